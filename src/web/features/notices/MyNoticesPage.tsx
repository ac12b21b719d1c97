/** `/my/notices`: the applicant's inbox (站内信): every step of their cases, newest first; SMS setting. */
import { Badge, Breadcrumb, Button, Card, Empty, List, Pagination, Space, Switch, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../api/errors';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { formatTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useUrlPaging } from '../../components/paging';
import { useInbox, useMarkRead, useNoticeSettings, useSaveNoticeSettings, type Notice } from './noticesApi';

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
            {unread ? <Badge status="processing" aria-label="未读" /> : null}
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

function SmsSetting() {
  const settings = useNoticeSettings();
  const save = useSaveNoticeSettings();
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title="短信提醒">
      {s.phone && s.smsAvailable ? (
        <Space wrap>
          <Switch checked={s.sms} loading={save.isPending} onChange={(sms) => save.mutate({ sms })} aria-label="接收短信提醒" data-testid="notice-sms-switch" />
          <span>发送到 {s.phone}</span>
          <Typography.Text type="secondary">受理、补正、决定等法定告知始终发送。</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">{s.smsAvailable ? '账户未登记手机号，消息仅在此处提供。' : '本系统暂未开通短信，消息仅在此处提供。'}</Typography.Text>
      )}
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
      <SmsSetting />
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
