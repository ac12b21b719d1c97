/** 告知记录 on a staff case page: who was told what, when, and whether each SMS / WeChat notice arrived; a dead one can be resent. */
import { Button, List, Space, Tag, Typography } from 'antd';
import { formatTime } from '../../components/format';
import { useCaseNotices, useResend, type Delivery } from './noticesApi';

const CHANNEL = { sms: '短信', wechat: '微信' } as const;
const STATUS = { pending: { color: 'processing', text: '待发' }, sent: { color: 'success', text: '已送达网关' }, dead: { color: 'error', text: '未送达' } } as const;

function DeliveryTag({ caseNo, d }: { caseNo: string; d: Delivery }) {
  const resend = useResend(caseNo);
  const s = STATUS[d.status];
  return (
    <Space wrap size={4}>
      <Tag color={s.color} title={d.error ?? undefined}>
        {CHANNEL[d.channel]}
        {s.text} {d.to}
        {d.sentAt ? ` · ${formatTime(d.sentAt)}` : ''}
      </Tag>
      {d.status === 'dead' ? (
        <Button size="small" onClick={() => resend.mutate(d.id)} loading={resend.isPending} title={d.error ?? undefined}>
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
            description={
              n.deliveries.length ? (
                <Space wrap size={4}>
                  {n.deliveries.map((d) => (
                    <DeliveryTag key={d.id} caseNo={caseNo} d={d} />
                  ))}
                </Space>
              ) : (
                '仅站内信'
              )
            }
          />
        </List.Item>
      )}
    />
  );
}
