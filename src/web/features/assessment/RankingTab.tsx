/**
 * The ranking of a month (section chief: their department; director: the whole bureau): red list
 * (vetoed or 不合格), yellow list (just above the pass line), the windows' figures; a row opens the
 * scorecard. The chief and the director give conduct points in an open month; the director closes
 * an ended month and adjusts a closed one.
 */
import { Alert, Button, Card, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { can } from '../../app/access';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { dataTestId, testIdAttrs } from '../../components/testId';
import { assessmentKeys, useScorecards, type Scorecard, type Scorecards } from './assessmentApi';
import { BandTag, ScorecardDetail } from './ScorecardDetail';

type Entry = { kind: 'conduct' | 'adjust'; card: Scorecard };

function newKey() {
  return crypto.randomUUID();
}

export function RankingTab({ month, current }: { month: string | undefined; current: string }) {
  const me = useMe().data;
  const client = useQueryClient();
  const onError = useApiError();
  const cards = useScorecards(month);
  const [open, setOpen] = useState<Scorecard | null>(null);
  const [entry, setEntry] = useState<Entry | null>(null);
  const [requestKey, setRequestKey] = useState(newKey);
  const [form] = Form.useForm<{ points: number; reason: string }>();
  const refresh = () => client.invalidateQueries({ queryKey: assessmentKeys.all });

  const close = useMutation({
    mutationFn: (m: string) => api.post<Scorecards>('/assessment/month-closings', { month: m }),
    onSuccess: () => void refresh(),
    onError: (e) => onError(e),
  });
  const save = useMutation({
    mutationFn: async (v: { points: number; reason: string }) => {
      if (!entry) return;
      const m = month ?? current;
      if (entry.kind === 'conduct') await api.post('/assessment/conduct-points', { staffId: entry.card.staffId, month: m, ...v, requestKey });
      else await api.post('/assessment/adjustments', { staffId: entry.card.staffId, month: m, ...v, requestKey });
    },
    onSuccess: () => {
      setEntry(null);
      setOpen(null);
      form.resetFields();
      setRequestKey(newKey());
      void refresh();
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Loaded query={cards}>
      {(d) => {
        const ended = d.month < current;
        const red = d.items.filter((c) => (c.adjusted ?? c).flag === 'red').length;
        const yellow = d.items.filter((c) => (c.adjusted ?? c).flag === 'yellow').length;
        return (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap>
              {d.closed ? (
                <Tag color="blue" data-testid="assessment-closed">
                  已结账（{d.closed.closedBy}，{formatTime(d.closed.closedAt)}），得分已冻结
                </Tag>
              ) : (
                <Tag>未结账</Tag>
              )}
              <Tag color="red">红榜 {red} 人</Tag>
              <Tag color="orange">黄榜 {yellow} 人</Tag>
              <Typography.Text type="secondary">配置：{d.configEffectiveMonth ? `${d.configEffectiveMonth} 起施行` : '默认配置'}</Typography.Text>
              {can(me, 'assessment.manage') && !d.closed && ended ? (
                <Popconfirm title={`结账后 ${d.month} 的考核结果将冻结，更正只能以调整记录。确定结账？`} onConfirm={() => close.mutate(d.month)}>
                  <Button type="primary" loading={close.isPending} data-testid="assessment-close-month">
                    {d.month} 结账
                  </Button>
                </Popconfirm>
              ) : null}
            </Space>
            <Table<Scorecard>
              rowKey="staffId"
              size="small"
              pagination={false}
              dataSource={d.items}
              data-testid="assessment-ranking"
              onRow={(c) => ({ ...testIdAttrs('assessment-row', { staff: c.username, flag: (c.adjusted ?? c).flag ?? '' }), onClick: () => setOpen(c), style: { cursor: 'pointer' } })}
              columns={[
                { title: '名次', dataIndex: 'rank', width: 60 },
                { title: '姓名', dataIndex: 'staffName' },
                { title: '科室', dataIndex: 'departmentName' },
                { title: '得分', render: (_, c) => (c.adjusted ? `${c.total} → ${c.adjusted.total}` : c.total) },
                { title: '等次', render: (_, c) => <BandTag {...(c.adjusted ?? c)} /> },
                { title: '一票否决', render: (_, c) => (c.vetoed ? <Tag color="red">{c.vetoes.map((v) => v.kindName).join('；')}</Tag> : null) },
              ]}
            />
            {d.windows.length ? (
              <Card size="small" title="各窗口">
                <Table
                  rowKey="window"
                  size="small"
                  pagination={false}
                  dataSource={d.windows}
                  columns={[
                    { title: '窗口', dataIndex: 'window' },
                    { title: '人员', dataIndex: 'staff', render: (s: string[]) => s.join('、') },
                    { title: '办结', dataIndex: 'served' },
                    { title: '平均时长（分钟）', dataIndex: 'averageMinutes', render: (x: number | null) => x ?? '—' },
                    { title: '评价数', dataIndex: 'rated' },
                    { title: '平均评分（5分制）', dataIndex: 'averageGrade', render: (x: number | null) => x ?? '—' },
                  ]}
                />
              </Card>
            ) : null}
            <Drawer
              open={!!open}
              width={880}
              title={open ? `${open.staffName} · ${d.month}` : ''}
              onClose={() => setOpen(null)}
              extra={
                open ? (
                  <Space>
                    {!d.closed && can(me, 'assessment.team') ? (
                      <Button onClick={() => setEntry({ kind: 'conduct', card: open })} data-testid="assessment-give-conduct">
                        作风加减分
                      </Button>
                    ) : null}
                    {d.closed && can(me, 'assessment.manage') ? (
                      <Button onClick={() => setEntry({ kind: 'adjust', card: open })} data-testid="assessment-adjust">
                        登记调整
                      </Button>
                    ) : null}
                  </Space>
                ) : null
              }
            >
              {open ? <ScorecardDetail card={d.items.find((c) => c.staffId === open.staffId) ?? open} month={d.month} ranked={d.ranked} /> : null}
            </Drawer>
            <Modal
              open={!!entry}
              title={entry?.kind === 'adjust' ? `调整已结账月份 · ${entry.card.staffName}` : `作风加减分 · ${entry?.card.staffName ?? ''}`}
              okText="提交"
              onCancel={() => setEntry(null)}
              okButtonProps={{ loading: save.isPending, ...dataTestId<ButtonProps>('assessment-entry-submit') }}
              onOk={() => form.submit()}
              destroyOnHidden
            >
              {entry?.kind === 'adjust' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title="冻结得分不变，调整记录及调整后得分显示在旁；一票否决的月份仍为不合格。" /> : null}
              <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
                <Form.Item name="points" label="分值（正数加分，负数减分，最多一位小数）" rules={[{ required: true, message: '请填写分值' }]}>
                  <InputNumber step={0.5} min={entry?.kind === 'adjust' ? -20 : -10} max={entry?.kind === 'adjust' ? 20 : 10} style={{ width: 160 }} data-testid="assessment-entry-points" />
                </Form.Item>
                <Form.Item name="reason" label="理由" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
                  <Input.TextArea rows={3} data-testid="assessment-entry-reason" />
                </Form.Item>
              </Form>
            </Modal>
          </Space>
        );
      }}
    </Loaded>
  );
}
