/**
 * `/admin/hall/rectifications` (差评整改): the bad ratings of the chief's department (all of them
 * for the director and hall managers), due within 15 working days; overdue ones are marked as
 * escalated to the director. Each goes verify → call back (recorded) → rectify → close.
 */
import { Button, Card, Descriptions, Input, Modal, Segmented, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { dateTime, type Rectification } from './hallApi';

const STEPS: Record<Exclude<Rectification['status'], 'closed'>, { action: string; label: string; placeholder: string }> = {
  open: { action: 'verify', label: '核实', placeholder: '核实情况（调取录像、询问当事人员等）' },
  verified: { action: 'call_back', label: '回访', placeholder: '回访记录：时间、电话、群众意见' },
  called_back: { action: 'rectify', label: '整改', placeholder: '整改措施' },
  rectified: { action: 'close', label: '办结', placeholder: '整改结果（群众可在评价链接查看）' },
};
const STATUS: Record<Rectification['status'], string> = { open: '待核实', verified: '已核实', called_back: '已回访', rectified: '已整改', closed: '已办结' };

/** The rectification list with its step dialog. */
export default function RectificationsPage() {
  const client = useQueryClient();
  const onError = useApiError();
  const [open, setOpen] = useState(true);
  const list = useQuery({ queryKey: ['rectifications', open], queryFn: ({ signal }) => api.get<{ items: Rectification[] }>('/rectifications', { open: open ? '1' : undefined }, signal) });
  const [acting, setActing] = useState<Rectification | null>(null);
  const [note, setNote] = useState('');
  const step = acting && acting.status !== 'closed' ? STEPS[acting.status] : null;
  const act = useMutation({
    mutationFn: () => api.post<Rectification>(`/rectifications/${acting?.id}/actions`, { action: step?.action, rev: acting?.rev, note }),
    onSuccess: () => {
      setActing(null);
      setNote('');
      void client.invalidateQueries({ queryKey: ['rectifications'] });
    },
    onError: (e) => onError(e),
  });
  return (
    <div>
      <PageHeader title="差评整改" extra={<Segmented value={open ? 'open' : 'all'} onChange={(v) => setOpen(v === 'open')} options={[{ value: 'open', label: '未办结' }, { value: 'all', label: '全部' }]} />} />
      <Card size="small">
        <Table
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          data-testid="hall-rectifications"
          expandable={{
            expandedRowRender: (r) => (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="评价意见">{r.rating.comment || '—'}</Descriptions.Item>
                <Descriptions.Item label="联系电话">{r.rating.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="核实">{r.verifyNote ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="回访">{r.callbackNote ? `${r.callbackNote}（${r.callbackAt ? dateTime(r.callbackAt) : ''}）` : '—'}</Descriptions.Item>
                <Descriptions.Item label="整改">{r.rectifyNote ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="结果">{r.outcome ?? '—'}</Descriptions.Item>
              </Descriptions>
            ),
          }}
          columns={[
            { title: '评价', render: (_, r) => <Tag color="red">{r.rating.gradeName}</Tag> },
            { title: '原因', render: (_, r) => r.rating.reasons.join('、') || '—' },
            { title: '票号 / 窗口 / 人员', render: (_, r) => [r.ticketNumber, r.windowName, r.staffName].filter(Boolean).join(' · ') },
            { title: '状态', dataIndex: 'status', render: (s: Rectification['status']) => STATUS[s] },
            { title: '期限', dataIndex: 'dueDate', render: (d: string, r) => (r.escalated ? <Tag color="red">{d} 逾期·已督办</Tag> : d) },
            {
              title: '操作',
              render: (_, r) =>
                r.status === 'closed' ? null : (
                  <Space>
                    <Button size="small" type="primary" onClick={() => setActing(r)} data-testid="hall-rectify-step" data-status={r.status}>
                      {STEPS[r.status].label}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Modal open={!!acting} title={step ? `整改 · ${step.label}` : ''} onCancel={() => setActing(null)} okText="提交" okButtonProps={{ disabled: !note.trim(), loading: act.isPending }} onOk={() => act.mutate()}>
        <Input.TextArea rows={4} value={note} onChange={(e) => setNote(e.target.value)} placeholder={step?.placeholder} data-testid="hall-rectify-note" />
      </Modal>
    </div>
  );
}
