/**
 * 数据交换 (`/admin/exchange`): the regulators' subscriptions, deliveries with their attempts,
 * dead letters with replay, receipts overdue after two working days, and inbound supervision
 * results. A banner names every subscription that keeps failing.
 */
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Space, Statistic, Switch, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ErrorAlert, useApiError } from '../../api/errors';
import { useDepartments, useOrgNames } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { effectText, EVENT_TYPES, exchangeApi, INBOUND_STATUS, INBOUND_TYPE_NAMES, type Delivery, type EventType, type InboundMessage, type Subscription } from './exchangeApi';

const KEY = ['exchange'] as const;
const STATUS_TAGS: Record<Delivery['status'], { color: string; text: string }> = {
  pending: { color: 'blue', text: '待投递' },
  delivered: { color: 'green', text: '已回执' },
  dead: { color: 'red', text: '死信' },
};

interface SubscribeValues {
  departmentCode: string;
  name: string;
  url: string;
  eventTypes: EventType[];
}

function SubscribeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<SubscribeValues>();
  const departments = useDepartments();
  const showError = useApiError();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const regulators = useMemo(() => (departments.data ?? []).filter((d) => d.kind === 'regulator').map((d) => ({ value: d.code, label: d.name })), [departments.data]);
  const create = useMutation({
    mutationFn: (v: SubscribeValues) => exchangeApi.subscribe({ ...v, name: v.name.trim(), url: v.url.trim() }),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: KEY });
      onClose();
      modal.info({
        title: '订阅已创建：签名密钥只显示这一次',
        content: <Typography.Paragraph copyable code style={{ wordBreak: 'break-all' }} data-testid="exchange-secret">{s.secret}</Typography.Paragraph>,
      });
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal open={open} title="登记接收地址" onCancel={onClose} onOk={() => form.submit()} okText="创建" confirmLoading={create.isPending} destroyOnHidden width={640}>
      <Form<SubscribeValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false} initialValues={{ eventTypes: Object.keys(EVENT_TYPES) }}>
        <Form.Item name="departmentCode" label="监管部门" rules={[{ required: true, message: '请选择监管部门' }]}>
          <Select options={regulators} showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="url" label="接收地址（https）" rules={[{ required: true, message: '请填写接收地址' }]}>
          <Input maxLength={500} placeholder="https://jg.example.gov.cn/shenpi/events" />
        </Form.Item>
        <Form.Item name="eventTypes" label="事件类型" rules={[{ required: true, message: '至少选择一种事件' }]}>
          <Checkbox.Group options={Object.entries(EVENT_TYPES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Attempts({ id }: { id: number }) {
  const detail = useQuery({ queryKey: [...KEY, 'delivery', id], queryFn: ({ signal }) => exchangeApi.delivery(id, signal) });
  if (detail.error) return <ErrorAlert error={detail.error} />;
  return (
    <Table
      size="small"
      rowKey="at"
      loading={detail.isPending}
      pagination={false}
      dataSource={detail.data?.attempts ?? []}
      columns={[
        { title: '时间', dataIndex: 'at', render: (t: string) => formatTime(t) },
        { title: '状态码', dataIndex: 'statusCode', render: (c: number | null) => c ?? '无应答' },
        { title: '耗时', dataIndex: 'latencyMs', render: (ms: number) => `${ms} ms` },
        { title: '错误', dataIndex: 'error' },
        { title: '应答摘录', dataIndex: 'response', ellipsis: true },
      ]}
    />
  );
}

function Deliveries({ subscriptions }: { subscriptions: Map<string, string> }) {
  const [status, setStatus] = useState<string | undefined>(undefined);
  const list = useQuery({ queryKey: [...KEY, 'deliveries', status], queryFn: ({ signal }) => exchangeApi.deliveries(status, signal), select: (d) => d.items });
  const client = useQueryClient();
  const showError = useApiError();
  const { message } = App.useApp();
  const replay = useMutation({
    mutationFn: (id: number) => exchangeApi.replay(id),
    onSuccess: async () => {
      message.success('已重新排入投递');
      await client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => showError(e),
  });
  const columns: TableColumnsType<Delivery> = [
    { title: '事件', dataIndex: 'type', render: (t: string) => EVENT_TYPES[t as EventType] ?? t },
    { title: '编号', dataIndex: 'subject' },
    { title: '订阅', dataIndex: 'subscriptionId', render: (id: string) => subscriptions.get(id) ?? id },
    { title: '状态', dataIndex: 'status', render: (s: Delivery['status'], d) => <Space size={4}><Tag color={STATUS_TAGS[s].color}>{STATUS_TAGS[s].text}</Tag>{d.overdue && <Tag color="orange">逾期未回执</Tag>}</Space> },
    { title: '尝试', dataIndex: 'attempts', width: 70 },
    { title: '最近结果', key: 'last', render: (_, d) => d.lastError ?? (d.lastStatus ? String(d.lastStatus) : '') },
    { title: '回执期限', dataIndex: 'receiptDue', width: 110 },
    { title: '产生时间', dataIndex: 'createdAt', width: 150, render: (t: string) => formatTime(t) },
    {
      title: '操作',
      key: 'ops',
      width: 80,
      render: (_, d) =>
        d.status === 'pending' ? null : (
          <Button type="link" size="small" onClick={() => replay.mutate(d.id)} data-testid="exchange-replay">
            重发
          </Button>
        ),
    },
  ];
  return (
    <>
      <Select
        style={{ width: 200, marginBottom: 12 }}
        allowClear
        placeholder="全部状态"
        aria-label="状态"
        value={status}
        onChange={setStatus}
        options={[
          { value: 'pending', label: '待投递' },
          { value: 'delivered', label: '已回执' },
          { value: 'dead', label: '死信' },
          { value: 'overdue', label: '逾期未回执' },
        ]}
        data-testid="exchange-status-filter"
      />
      {list.error && <ErrorAlert error={list.error} />}
      <Table rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} columns={columns} expandable={{ expandedRowRender: (d) => <Attempts id={d.id} /> }} />
    </>
  );
}

/** `/admin/exchange`. */
export default function ExchangePage() {
  const status = useQuery({ queryKey: [...KEY, 'status'], queryFn: ({ signal }) => exchangeApi.status(signal), refetchInterval: 30_000 });
  const subs = useQuery({ queryKey: [...KEY, 'subscriptions'], queryFn: ({ signal }) => exchangeApi.subscriptions(signal), select: (d) => d.items });
  const inbound = useQuery({ queryKey: [...KEY, 'inbound'], queryFn: ({ signal }) => exchangeApi.inbound(signal), select: (d) => d.items });
  const names = useOrgNames();
  const client = useQueryClient();
  const showError = useApiError();
  const [creating, setCreating] = useState(false);
  const toggle = useMutation({
    mutationFn: (s: Subscription) => exchangeApi.setEnabled(s.id, !s.enabled),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
    onError: (e) => showError(e),
  });
  const subNames = useMemo(() => new Map((subs.data ?? []).map((s) => [s.id, s.name])), [subs.data]);
  const subColumns: TableColumnsType<Subscription> = [
    { title: '名称', dataIndex: 'name' },
    { title: '监管部门', dataIndex: 'departmentCode', render: (c: string) => names.department(c) },
    { title: '接收地址', dataIndex: 'url', ellipsis: true },
    { title: '事件', dataIndex: 'eventTypes', render: (ts: EventType[]) => `${ts.length} 种` },
    { title: '连续失败', dataIndex: 'consecutiveFailures', width: 90, render: (n: number, s) => (s.alertingSince ? <Tag color="red">{n}</Tag> : n) },
    { title: '启用', dataIndex: 'enabled', width: 80, render: (_: boolean, s) => <Switch checked={s.enabled} onChange={() => toggle.mutate(s)} size="small" /> },
  ];
  const inboundColumns: TableColumnsType<InboundMessage> = [
    { title: '收到时间', dataIndex: 'receivedAt', width: 150, render: (t: string) => formatTime(t) },
    { title: '监管部门', dataIndex: 'departmentCode', render: (c: string) => names.department(c) },
    { title: '消息编号', dataIndex: 'messageId' },
    { title: '类型', dataIndex: 'type', render: (t: string) => INBOUND_TYPE_NAMES[t] ?? t },
    { title: '证照编号', dataIndex: 'licenceNo' },
    { title: '处理', dataIndex: 'status', render: (st: InboundMessage['status']) => <Tag color={INBOUND_STATUS[st].color}>{INBOUND_STATUS[st].text}</Tag> },
    { title: '效果', dataIndex: 'effect', render: (e: string | null) => effectText(e) },
  ];
  const check = useMutation({ mutationFn: exchangeApi.verifyLog, onError: (e) => showError(e) });
  return (
    <>
      <PageHeader
        title="数据交换"
        extra={
          <Space>
            <Button icon={<SafetyCertificateOutlined />} loading={check.isPending} onClick={() => check.mutate()} data-testid="exchange-verify-log">
              校验交换日志
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="exchange-subscribe">
              登记接收地址
            </Button>
          </Space>
        }
      />
      {check.data ? (
        <Alert
          type={check.data.ok ? 'success' : 'error'}
          showIcon
          closable
          style={{ marginBottom: 12 }}
          data-testid="exchange-log-check"
          data-ok={String(check.data.ok)}
          title={
            check.data.ok
              ? `交换日志完整：${check.data.entries} 条记录（推送事件与反馈消息）逐条核对哈希链无误`
              : `交换日志被改动：共 ${check.data.entries} 条，链上核对通过 ${check.data.verified} 条，断点 ${check.data.brokenAt ?? ''}`
          }
          description={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{`链头 ${check.data.head}`}</Typography.Text>}
        />
      ) : null}
      {(status.data?.alerts ?? []).map((a) => (
        <Alert key={a.subscriptionId} type="error" showIcon style={{ marginBottom: 12 }} title={`“${a.name}”（${names.department(a.departmentCode)}）已连续 ${a.consecutiveFailures} 次投递失败，自 ${formatTime(a.since)}`} data-testid="exchange-alert" />
      ))}
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title="待投递" value={status.data?.pending ?? 0} />
        <Statistic title="死信" value={status.data?.dead ?? 0} />
        <Statistic title="逾期未回执" value={status.data?.overdue ?? 0} />
      </Space>
      <Tabs
        items={[
          { key: 'deliveries', label: '投递记录', children: <Deliveries subscriptions={subNames} /> },
          { key: 'subscriptions', label: '订阅', children: <Table rowKey="id" size="small" loading={subs.isPending} dataSource={subs.data ?? []} columns={subColumns} pagination={false} /> },
          { key: 'inbound', label: '监管结果反馈', children: <Table rowKey="id" size="small" loading={inbound.isPending} dataSource={inbound.data ?? []} columns={inboundColumns} /> },
        ]}
      />
      <SubscribeModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
