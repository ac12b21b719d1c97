/**
 * `/admin/inspections` (勘验图审中心, kancha1): the requests to schedule and the scheduled visits,
 * each scheduled or moved with a date, a place and two or more inspectors, and the workload
 * board — visits per inspector per day on the working calendar, and the reports overdue.
 */
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Segmented, Select, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MIN_INSPECTORS } from '../../../domain/inspection';
import { toShanghaiDate } from '../../../domain/dates';
import { PageHeader } from '../../components/PageHeader';
import { dataTestId, testIdAttrs } from '../../components/testId';
import { CancelButton, OutcomeTag } from './InspectionCard';
import { inspectionCalls, useInspectionBoard, useInspectionMutation, useInspections, useInspectors, type Inspection } from './inspectionsApi';

const STATUS_COLOR = { requested: 'orange', scheduled: 'blue', done: 'green', cancelled: 'default' } as const;

interface ScheduleValues {
  scheduledOn: Dayjs;
  address: string;
  inspectorIds: string[];
}

function ScheduleDialog({ i, onClose }: { i: Inspection; onClose: () => void }) {
  const [form] = Form.useForm<ScheduleValues>();
  const people = useInspectors(true);
  const schedule = useInspectionMutation(
    (v: ScheduleValues) => inspectionCalls.schedule(i.id, { scheduledOn: v.scheduledOn.format('YYYY-MM-DD'), address: v.address, inspectorIds: v.inspectorIds ?? [], expectedRev: i.rev }),
    onClose,
  );
  return (
    <Modal
      title={`${i.status === 'requested' ? '安排' : '调整'}现场踏勘：${i.itemName}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确定"
      okButtonProps={{ loading: schedule.isPending, ...dataTestId<ButtonProps>('schedule-submit') }}
    >
      <Typography.Paragraph type="secondary">
        办件 {i.caseNo} · {i.applicantName} · 事由：{i.reason}
        {i.status === 'requested' ? '。确定后办件进入特别程序（行政许可法第四十五条），申请人将收到踏勘时间地点的通知。' : '。调整后已有的确认作废。'}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => schedule.mutate(v)}
        initialValues={{ scheduledOn: i.scheduledOn ? dayjs(i.scheduledOn) : undefined, address: i.address ?? '', inspectorIds: i.inspectors.map((p) => p.userId) }}
      >
        <Form.Item name="scheduledOn" label="踏勘日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < toShanghaiDate(new Date())} data-testid="schedule-date" />
        </Form.Item>
        <Form.Item name="address" label="踏勘地点" rules={[{ required: true, whitespace: true, message: '请填写地点' }]}>
          <Input maxLength={300} data-testid="schedule-address" />
        </Form.Item>
        <Form.Item
          name="inspectorIds"
          label="踏勘人员"
          extra={`须${MIN_INSPECTORS}名以上（行政许可法第三十四条）`}
          rules={[{ validator: async (_, v?: string[]) => ((v?.length ?? 0) < MIN_INSPECTORS ? Promise.reject(new Error(`请选择${MIN_INSPECTORS}名以上踏勘人员`)) : undefined) }]}
        >
          <Select mode="multiple" loading={people.isPending} options={(people.data ?? []).map((p) => ({ value: p.userId, label: p.name }))} data-testid="schedule-inspectors" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Board() {
  const [from, setFrom] = useState(() => toShanghaiDate(new Date()));
  const board = useInspectionBoard(from, 10);
  const b = board.data;
  return (
    <Card
      size="small"
      title="踏勘工作量"
      style={{ marginBottom: 16 }}
      extra={<DatePicker allowClear={false} value={dayjs(from)} onChange={(d) => d && setFrom(d.format('YYYY-MM-DD'))} size="small" />}
    >
      {b && b.overdue.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="inspection-overdue"
          title={`${b.overdue.length} 次踏勘逾期未出具报告（踏勘日后 3 个工作日内）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {b.overdue.map((o) => (
                <li key={o.id} data-testid="overdue-row" data-case-no={o.caseNo}>
                  {o.caseNo} {o.itemName}：{o.scheduledOn} 踏勘，报告应于 {o.reportDue} 前出具（{o.inspectors.join('、')}）
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Table
        size="small"
        rowKey="userId"
        pagination={false}
        scroll={{ x: true }}
        loading={board.isPending}
        dataSource={b?.inspectors ?? []}
        data-testid="inspection-board"
        onRow={(r) => testIdAttrs('board-row', { name: r.name })}
        columns={[
          { title: '踏勘人员', dataIndex: 'name', fixed: 'left' },
          ...(b?.days ?? []).map((d, n) => ({
            title: <span style={{ color: d.working ? undefined : '#595959' }}>{d.date.slice(5)}</span>,
            key: d.date,
            align: 'center' as const,
            render: (_: unknown, r: { perDay: number[] }) => {
              const count = r.perDay[n] ?? 0;
              return (
                <span data-testid="board-cell" data-date={d.date} data-count={count} style={{ fontWeight: count ? 600 : undefined, color: d.working ? undefined : '#767676' }}>
                  {count || '·'}
                </span>
              );
            },
          })),
          { title: '合计', dataIndex: 'total', align: 'center' as const },
        ]}
      />
      {b ? <Typography.Text type="secondary">待安排的踏勘申请：{b.waiting} 件</Typography.Text> : null}
    </Card>
  );
}

/** The centre's page. */
export default function InspectionsPage() {
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const list = useInspections('all', status === 'open' ? 'requested,scheduled' : 'done');
  const [editing, setEditing] = useState<Inspection | null>(null);
  return (
    <div data-testid="inspections-page">
      <PageHeader title="现场踏勘调度" />
      <Board />
      <Card
        size="small"
        title="踏勘任务"
        extra={<Segmented value={status} onChange={(v) => setStatus(v as 'open' | 'done')} options={[{ value: 'open', label: '进行中' }, { value: 'done', label: '已出具报告' }]} />}
      >
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          loading={list.isPending}
          dataSource={list.data ?? []}
          onRow={(r) => testIdAttrs('inspection-row', { 'case-no': r.caseNo, status: r.status })}
          columns={[
            { title: '办件', render: (_, r) => <Link to={`/admin/inspections/${r.id}`}>{r.caseNo}</Link> },
            { title: '事项', dataIndex: 'itemName' },
            { title: '申请人', dataIndex: 'applicantName' },
            {
              title: '状态',
              render: (_, r) => (
                <Space size={4}>
                  <Tag color={STATUS_COLOR[r.status]}>{r.statusName}</Tag>
                  {r.round > 1 ? <Tag>第{r.round}次</Tag> : null}
                  {r.overdue ? <Tag color="red">逾期</Tag> : null}
                  <OutcomeTag outcome={r.outcome} />
                </Space>
              ),
            },
            { title: '申请', render: (_, r) => `${r.requestedBy} · ${r.reason}` },
            { title: '时间地点', render: (_, r) => (r.scheduledOn ? `${r.scheduledOn} ${r.address ?? ''}` : '—') },
            { title: '踏勘人员', render: (_, r) => r.inspectors.map((p) => p.name).join('、') || '—' },
            { title: '报告期限', render: (_, r) => (r.status === 'scheduled' ? r.reportDue : r.finishedOn ? `${r.finishedOn} 出具` : '—') },
            {
              title: '',
              render: (_, r) => (
                <Space size={4}>
                  {r.can.schedule ? (
                    <Button size="small" type={r.status === 'requested' ? 'primary' : 'default'} onClick={() => setEditing(r)} data-testid="inspection-schedule">
                      {r.status === 'requested' ? '安排' : '调整'}
                    </Button>
                  ) : null}
                  <CancelButton i={r} />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing ? <ScheduleDialog i={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
