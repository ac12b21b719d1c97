/** 告知记录 on a staff case page: who was told what, when, and whether the SMS arrived; a dead SMS can be resent. */
import { Button, List, Space, Tag, Typography } from 'antd';
import { formatTime } from '../../components/format';
import { useCaseNotices, useResendSms, type CaseNotice } from './noticesApi';

const SMS_STATUS = { pending: { color: 'processing', text: '短信待发' }, sent: { color: 'success', text: '短信已送达网关' }, dead: { color: 'error', text: '短信未送达' } } as const;

function SmsTag({ caseNo, sms }: { caseNo: string; sms: NonNullable<CaseNotice['sms']> }) {
  const resend = useResendSms(caseNo);
  const s = SMS_STATUS[sms.status];
  return (
    <Space wrap size={4}>
      <Tag color={s.color}>
        {s.text} {sms.phone}
        {sms.sentAt ? ` · ${formatTime(sms.sentAt)}` : ''}
      </Tag>
      {sms.status === 'dead' ? (
        <Button size="small" onClick={() => resend.mutate(sms.id)} loading={resend.isPending} title={sms.error ?? undefined}>
          重发
        </Button>
      ) : null}
    </Space>
  );
}

export function CaseNoticeRecord({ caseNo }: { caseNo: string }) {
  const notices = useCaseNotices(caseNo);
  const items = notices.data?.items ?? [];
  return (
    <List
      size="small"
      loading={notices.isPending}
      dataSource={items}
      locale={{ emptyText: '尚无告知' }}
      data-testid="case-notice-record"
      renderItem={(n) => (
        <List.Item>
          <List.Item.Meta
            title={
              <Space wrap size={[8, 0]}>
                <span>{n.title}</span>
                {n.required ? <Tag>法定告知</Tag> : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  致 {n.to} · {formatTime(n.createdAt)} · {n.readAt ? `已读 ${formatTime(n.readAt)}` : '未读'}
                </Typography.Text>
              </Space>
            }
            description={n.sms ? <SmsTag caseNo={caseNo} sms={n.sms} /> : '仅站内信'}
          />
        </List.Item>
      )}
    />
  );
}
