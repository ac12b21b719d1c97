/** `/my/notices`: the applicant's inbox (站内信): every step of their cases, newest first; how they are reached (SMS to a verified phone, WeChat). */
import { Badge, Breadcrumb, Button, Card, Empty, Input, List, Pagination, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../api/errors';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { formatTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useUrlPaging } from '../../components/paging';
import { useInbox, useMarkRead, useNoticeSettings, useSaveNoticeSettings, useSendPhoneCode, useVerifyPhone, useWechatAuthorize, useWechatBind, useWechatUnbind, type Notice } from './noticesApi';

function NoticeItem({ n }: { n: Notice }) {
  const mark = useMarkRead();
  const unread = n.readAt === null;
  return (
    <List.Item
      data-testid="notice-item"
      data-unread={unread}
      actions={unread ? [<Button key="read" type="link" size="small" onClick={() => mark.mutate(n.id)} loading={mark.isPending}>标为已读</Button>] : []}
    >
      <List.Item.Meta
        title={
          <Space wrap size={[8, 0]}>
            {unread ? <Badge status="processing" text="未读" /> : null}
            <Typography.Text strong={unread}>{n.title}</Typography.Text>
            {n.caseNo ? <Link to={`/my/cases/${encodeURIComponent(n.caseNo)}`}>{n.caseNo}</Link> : null}
          </Space>
        }
        description={
          <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 4, color: 'rgba(0,0,0,0.78)' }}>{n.body}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatTime(n.createdAt)}</Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/** The phone for notices, proved by a six-digit code sent to it. */
function PhoneVerify({ onDone }: { onDone: () => void }) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const send = useSendPhoneCode();
  const verify = useVerifyPhone();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ maxWidth: 360, width: '100%' }}>
        <Input value={phone} onChange={(e) => setPhone(e.target.value.trim())} placeholder="手机号" inputMode="numeric" maxLength={11} aria-label="手机号" data-testid="phone-input" />
        <Button onClick={() => send.mutate(phone)} loading={send.isPending} disabled={!/^1\d{10}$/.test(phone)} data-testid="phone-send-code">
          {send.isSuccess ? '重新发送' : '获取验证码'}
        </Button>
      </Space.Compact>
      {send.isSuccess ? (
        <Space.Compact style={{ maxWidth: 360, width: '100%' }}>
          <Input value={code} onChange={(e) => setCode(e.target.value.trim())} placeholder="6 位验证码" inputMode="numeric" maxLength={6} aria-label="验证码" data-testid="phone-code-input" />
          <Button type="primary" onClick={() => verify.mutate({ phone, code }, { onSuccess: onDone })} loading={verify.isPending} disabled={!/^\d{6}$/.test(code)} data-testid="phone-verify">
            验证
          </Button>
        </Space.Compact>
      ) : null}
      <ErrorAlert error={send.error ?? verify.error} />
    </Space>
  );
}

/** Channels: SMS to a verified phone, WeChat once bound; notices the law requires are always sent. */
function ChannelSettings() {
  const settings = useNoticeSettings();
  const save = useSaveNoticeSettings();
  const authorize = useWechatAuthorize();
  const unbind = useWechatUnbind();
  const bind = useWechatBind();
  const [params, setParams] = useSearchParams();
  const [changingPhone, setChangingPhone] = useState(false);
  const code = params.get('code');
  const state = params.get('state');
  const returned = params.get('wechat') === 'bind' && code && state;
  useEffect(() => {
    // back from WeChat's authorisation page: bind once, then clean the address
    if (!returned || bind.isPending || bind.isSuccess || bind.isError) return;
    bind.mutate({ code, state }, { onSettled: () => setParams({}, { replace: true }) });
  }, [returned, code, state, bind, setParams]);
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title="接收方式" data-testid="notice-channels">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text type="secondary">站内信始终保留；受理、补正、决定等法定告知不受下列开关影响。</Typography.Text>
        {s.smsAvailable ? (
          <div>
            <Space wrap>
              <Typography.Text strong>短信</Typography.Text>
              {s.phone ? <Switch checked={s.sms} loading={save.isPending} onChange={(sms) => save.mutate({ sms })} aria-label="接收短信提醒" data-testid="notice-sms-switch" /> : null}
              {s.phone ? <span>发送到 {s.phone}</span> : <Typography.Text type="secondary">未登记手机号</Typography.Text>}
              {s.phone ? s.phoneVerified ? <Tag color="success">已验证</Tag> : <Tag>未验证</Tag> : null}
              <Button size="small" type="link" onClick={() => setChangingPhone((v) => !v)} data-testid="phone-change">
                {s.phone ? '更换手机号' : '登记手机号'}
              </Button>
            </Space>
            {changingPhone ? <PhoneVerify onDone={() => setChangingPhone(false)} /> : null}
          </div>
        ) : (
          <Typography.Text type="secondary">本系统暂未开通短信。</Typography.Text>
        )}
        {s.wechatAvailable ? (
          <Space wrap>
            <Typography.Text strong>微信</Typography.Text>
            {s.wechatBound ? (
              <>
                <Switch checked={s.wechat} loading={save.isPending} onChange={(wechat) => save.mutate({ wechat })} aria-label="接收微信通知" data-testid="notice-wechat-switch" />
                <Tag color="success">已绑定“泰安市行政审批服务局”公众号</Tag>
                <Button size="small" type="link" danger onClick={() => unbind.mutate()} loading={unbind.isPending}>
                  解除绑定
                </Button>
              </>
            ) : (
              <Button size="small" onClick={() => authorize.mutate()} loading={authorize.isPending || bind.isPending} data-testid="wechat-bind">
                绑定微信
              </Button>
            )}
          </Space>
        ) : null}
        <ErrorAlert error={save.error ?? authorize.error ?? bind.error ?? unbind.error} />
      </Space>
    </Card>
  );
}

function MyNotices() {
  const paging = useUrlPaging(10);
  const inbox = useInbox(paging.page, paging.pageSize);
  const mark = useMarkRead();
  const data = inbox.data;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '我的消息' }]} />
      <PageHeader
        title="我的消息"
        extra={
          <Button onClick={() => mark.mutate(undefined)} disabled={!data?.unread} loading={mark.isPending} data-testid="notices-read-all">
            全部标为已读
          </Button>
        }
      />
      <ChannelSettings />
      <ErrorAlert error={inbox.error} />
      <Card size="small" title={data ? <span data-testid="notices-unread">未读 {data.unread} 条</span> : '消息'}>
        <List
          loading={inbox.isFetching && !data}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description="暂无消息" /> }}
          renderItem={(n) => <NoticeItem key={n.id} n={n} />}
          data-testid="notices-list"
        />
        {data && data.total > paging.pageSize ? (
          <Pagination style={{ marginTop: 12, textAlign: 'right' }} size="small" current={paging.page} pageSize={paging.pageSize} total={data.total} onChange={paging.onChange} showTotal={(t) => `共 ${t} 条`} />
        ) : null}
      </Card>
    </>
  );
}

export default function MyNoticesPage() {
  return (
    <ApplicantGuard>
      <MyNotices />
    </ApplicantGuard>
  );
}
