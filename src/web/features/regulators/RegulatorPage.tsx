/**
 * `/admin/supervision` 监管工作台 (issue #22, "谁审批谁负责、谁主管谁监管").
 * A regulator's staff: the decisions and licences of the items their department supervises, each
 * to acknowledge (签收) within two working days; a form to send supervision results (the exchange's
 * inbound path, signed on the server); their sent messages and what became of them; the
 * 事中事后监管 figures of their department. The bureau (analytics, licence officers): every
 * regulator department's on-time rate and activity, a department's events as drill-down.
 */
import { Alert, Button, Card, Col, Drawer, Form, Input, InputNumber, Radio, Row, Segmented, Select, Space, Statistic, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert, useApiError } from '../../api/errors';
import { useMe, useOrgNames } from '../../api/queries';
import { can } from '../../app/access';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { testIdAttrs } from '../../components/testId';
import { effectText, EVENT_TYPES, exchangeApi, INBOUND_STATUS, INBOUND_TYPE_NAMES, type InboundMessage } from '../exchange/exchangeApi';
import { ackDays, ackRate, RegulatorAnalytics } from './RegulatorAnalytics';
import { newMessageId, regulatorKeys, regulatorsApi, type DepartmentFigures, type EventStatusFilter, type Receipt, type RegulatorEvent, type SupervisionMessage } from './regulatorsApi';

const FILTERS: { value: EventStatusFilter | 'all'; label: string }[] = [
  { value: 'open', label: '待签收' },
  { value: 'overdue', label: '逾期未签收' },
  { value: 'acknowledged', label: '已签收' },
  { value: 'late', label: '逾期签收' },
  { value: 'all', label: '全部' },
];

const EVENT_COLORS: Record<string, string> = { 'licence.suspended': 'orange', 'licence.revoked': 'red', 'licence.cancelled': 'default', 'licence.issued': 'green', 'case.decided': 'blue' };

function eventName(e: RegulatorEvent): string {
  if (e.type === 'case.decided') return e.decision === 'refuse' ? '不予许可决定' : '准予许可决定';
  return EVENT_TYPES[e.type as keyof typeof EVENT_TYPES] ?? e.type;
}

function AckState({ e }: { e: RegulatorEvent }) {
  if (e.acknowledgedAt) return e.late ? <Tag color="orange">逾期签收</Tag> : <Tag color="green">已签收</Tag>;
  return e.overdue ? <Tag color="red">逾期未签收</Tag> : <Tag color="blue">待签收</Tag>;
}

/** The events of a department's items: to acknowledge (a regulator's own) or to read (the bureau's drill-down). */
function EventsTable({ departmentCode, canAct, onFeedback }: { departmentCode?: string; canAct: boolean; onFeedback?: (licenceNo: string) => void }) {
  const [filter, setFilter] = useState<EventStatusFilter | 'all'>(canAct ? 'open' : 'all');
  const status = filter === 'all' ? undefined : filter;
  const client = useQueryClient();
  const showError = useApiError();
  const events = useQuery({ queryKey: regulatorKeys.events(departmentCode, status), queryFn: ({ signal }) => regulatorsApi.events({ departmentCode, status }, signal) });
  const ack = useMutation({
    mutationFn: (seq: number) => regulatorsApi.acknowledge(seq),
    onSuccess: () => client.invalidateQueries({ queryKey: regulatorKeys.all }),
    onError: (e) => showError(e),
  });
  const actions = (e: RegulatorEvent) => (
    <Space wrap>
      {!e.acknowledgedAt && (
        <Button size="small" type="primary" data-testid="reg-ack" loading={ack.isPending && ack.variables === e.seq} onClick={() => ack.mutate(e.seq)}>
          签收
        </Button>
      )}
      {e.licenceNo && onFeedback && (
        <Button size="small" data-testid="reg-feedback" onClick={() => onFeedback(e.licenceNo ?? '')}>
          反馈
        </Button>
      )}
    </Space>
  );
  const rowAttrs = (e: RegulatorEvent) => testIdAttrs('reg-event-row', { seq: String(e.seq), subject: e.subject, type: e.type, acknowledged: e.acknowledgedAt ? '1' : '0' });
  const columns: TableColumnsType<RegulatorEvent> = [
    { title: '日期', dataIndex: 'on', width: 110 },
    { title: '事件', dataIndex: 'type', width: 130, render: (_: string, e) => <Tag color={EVENT_COLORS[e.type] ?? 'default'}>{eventName(e)}</Tag> },
    {
      title: '事项与主体',
      key: 'what',
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <span>{e.itemName ?? e.itemCode}</span>
          <Typography.Text type="secondary">
            {e.party ?? '个人申请人'} · {e.licenceNo ?? e.caseNo}
          </Typography.Text>
          {e.reason && <Typography.Text type="secondary">理由：{e.reason}</Typography.Text>}
        </Space>
      ),
    },
    { title: '签收期限', dataIndex: 'due', width: 110 },
    {
      title: '签收',
      key: 'ack',
      width: 170,
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <AckState e={e} />
          {e.acknowledgedAt && <Typography.Text type="secondary">{`${formatTime(e.acknowledgedAt)} ${e.acknowledgedBy ?? ''}`}</Typography.Text>}
        </Space>
      ),
    },
    ...(canAct
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 170,
            render: (_: unknown, e: RegulatorEvent) => actions(e),
          },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented<EventStatusFilter | 'all'> options={FILTERS} value={filter} onChange={setFilter} data-testid="reg-event-filter" />
      {events.error && <ErrorAlert error={events.error} />}
      <ResponsiveTable<RegulatorEvent>
        rows={events.data?.items ?? []}
        rowKey={(e) => e.seq}
        loading={events.isPending}
        columns={columns}
        scrollX={860}
        rowAttrs={rowAttrs}
        empty={filter === 'open' ? '没有待签收的事件' : '暂无事件'}
        card={(e) => (
          <>
            <Space wrap>
              <Tag color={EVENT_COLORS[e.type] ?? 'default'}>{eventName(e)}</Tag>
              <AckState e={e} />
            </Space>
            <Typography.Text strong>{e.itemName ?? e.itemCode}</Typography.Text>
            <Typography.Text type="secondary">
              {e.party ?? '个人申请人'} · {e.licenceNo ?? e.caseNo}
            </Typography.Text>
            {e.reason && <Typography.Text type="secondary">理由：{e.reason}</Typography.Text>}
            <Typography.Text type="secondary">{`${e.on} · 签收期限 ${e.due}${e.acknowledgedAt ? ` · ${e.acknowledgedBy ?? ''}已签收` : ''}`}</Typography.Text>
            {canAct && actions(e)}
          </>
        )}
      />
    </Space>
  );
}

interface FormValues {
  type: SupervisionMessage['type'];
  licenceNo?: string;
  holderId?: string;
  occurredOn: string;
  result?: 'pass' | 'fail';
  summary?: string;
  decisionNo?: string;
  amountYuan?: number;
  reason?: string;
  until?: string;
}

const TYPE_OPTIONS = Object.entries(INBOUND_TYPE_NAMES).map(([value, label]) => ({ value, label }));

function toMessage(v: FormValues): SupervisionMessage {
  const licenceNo = (v.licenceNo ?? '').trim();
  switch (v.type) {
    case 'inspection':
      return { type: v.type, licenceNo, result: v.result ?? 'pass', summary: v.summary ?? '' };
    case 'penalty':
      return { type: v.type, licenceNo, decisionNo: v.decisionNo ?? '', summary: v.summary ?? '', ...(v.amountYuan !== undefined && v.amountYuan !== null ? { amountYuan: v.amountYuan } : {}) };
    case 'blacklist':
      return { type: v.type, holderId: (v.holderId ?? '').trim(), reason: v.reason ?? '', ...(v.until ? { until: v.until } : {}) };
    default:
      return { type: v.type, licenceNo, reason: v.reason ?? '' };
  }
}

/** 反馈监管结果: one message per filled form (its id fixed until it is sent), the bureau's receipt shown after. */
function SendForm({ today, licenceNo }: { today: string; licenceNo: string }) {
  const [form] = Form.useForm<FormValues>();
  const [messageId, setMessageId] = useState(newMessageId);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const client = useQueryClient();
  const showError = useApiError();
  const type = Form.useWatch('type', form) ?? 'inspection';
  const send = useMutation({
    mutationFn: (v: FormValues) => regulatorsApi.send({ ...toMessage(v), messageId, occurredOn: v.occurredOn }),
    onSuccess: async (r) => {
      setReceipt(r);
      setMessageId(newMessageId());
      form.resetFields(['summary', 'reason', 'decisionNo', 'amountYuan']);
      await client.invalidateQueries({ queryKey: regulatorKeys.all });
      await client.invalidateQueries({ queryKey: ['exchange'] });
      await client.invalidateQueries({ queryKey: ['licences'] });
    },
    onError: (e) => showError(e, form),
  });
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ type: 'inspection', result: 'pass', occurredOn: today, licenceNo }}
          onValuesChange={() => setReceipt(null)}
          onFinish={(v) => send.mutate(v)}
        >
          <div data-testid="reg-form-type">
            <Form.Item name="type" label="反馈类型" rules={[{ required: true }]}>
              <Select options={TYPE_OPTIONS} />
            </Form.Item>
          </div>
          {type === 'blacklist' ? (
            <Form.Item name="holderId" label="主体证件号（统一社会信用代码或身份证号）" rules={required('请填写证件号')}>
              <Input maxLength={18} data-testid="reg-form-holder" />
            </Form.Item>
          ) : (
            <Form.Item name="licenceNo" label="证照编号" rules={required('请填写证照编号')}>
              <Input maxLength={20} data-testid="reg-form-licence" placeholder="TAXK…" />
            </Form.Item>
          )}
          <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: '请填写日期' }]}>
            <Input type="date" data-testid="reg-form-occurred" />
          </Form.Item>
          {type === 'inspection' && (
            <Form.Item name="result" label="检查结果">
              <Radio.Group data-testid="reg-form-result" options={[{ value: 'pass', label: '合格' }, { value: 'fail', label: '发现问题' }]} />
            </Form.Item>
          )}
          {type === 'penalty' && (
            <>
              <Form.Item name="decisionNo" label="处罚决定书文号" rules={required('请填写文号')}>
                <Input maxLength={60} data-testid="reg-form-decision-no" />
              </Form.Item>
              <Form.Item name="amountYuan" label="罚款金额（元）">
                <InputNumber min={0} style={{ width: '100%' }} data-testid="reg-form-amount" />
              </Form.Item>
            </>
          )}
          {(type === 'inspection' || type === 'penalty') && (
            <Form.Item name="summary" label="情况摘要" rules={required('请填写摘要')}>
              <Input.TextArea maxLength={500} rows={3} data-testid="reg-form-summary" />
            </Form.Item>
          )}
          {(type === 'suspend_request' || type === 'revoke_request' || type === 'blacklist') && (
            <Form.Item name="reason" label="理由" rules={required('请写明理由')}>
              <Input.TextArea maxLength={500} rows={3} data-testid="reg-form-reason" />
            </Form.Item>
          )}
          {type === 'blacklist' && (
            <Form.Item name="until" label="有效期至（可不填）">
              <Input type="date" data-testid="reg-form-until" />
            </Form.Item>
          )}
          {type === 'revoke_request' && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="吊销是审批局的决定（谁审批谁负责）：请求提交后等待审批局确认。" />}
          <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="reg-form-submit">
            以本部门名义签名发送
          </Button>
        </Form>
      </Col>
      <Col xs={24} lg={10}>
        {receipt ? (
          <Alert
            data-testid="reg-receipt"
            data-status={receipt.status}
            style={{ marginTop: 16 }}
            type={receipt.status === 'awaiting_confirmation' ? 'warning' : 'success'}
            showIcon
            message={receipt.status === 'awaiting_confirmation' ? '已接收，待审批局确认' : `已处理：${effectText(receipt.effect)}`}
            description={
              <Typography.Paragraph style={{ margin: 0 }}>
                消息编号 {receipt.messageId}
                <br />
                接收时间 {formatTime(receipt.receivedAt)}
                <br />
                审批局回执签名（{receipt.keyId}）：<Typography.Text code copyable={{ text: receipt.signature }}>{receipt.signature.slice(0, 16)}…</Typography.Text>
              </Typography.Paragraph>
            }
          />
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            反馈在服务端以本部门的密钥签名，经与监管系统接口相同的通道处理：同一条反馈只生效一次，审批局签发回执并记入交换日志。
          </Typography.Paragraph>
        )}
      </Col>
    </Row>
  );
}

function MessagesTable() {
  const inbound = useQuery({ queryKey: ['exchange', 'inbound', 'mine'], queryFn: ({ signal }) => exchangeApi.inbound(signal) });
  const rowAttrs = (m: InboundMessage) => testIdAttrs('reg-message-row', { type: m.type, status: m.status, licence: m.licenceNo ?? '' });
  const columns: TableColumnsType<InboundMessage> = [
    { title: '时间', dataIndex: 'receivedAt', width: 150, render: (t: string) => formatTime(t) },
    { title: '类型', dataIndex: 'type', width: 100, render: (t: string) => INBOUND_TYPE_NAMES[t] ?? t },
    { title: '证照 / 主体', key: 'subject', width: 170, render: (_, m) => m.licenceNo ?? m.holderId ?? '—' },
    { title: '内容', key: 'content', render: (_, m) => String(m.message.reason ?? m.message.summary ?? '') },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: InboundMessage['status']) => <Tag color={INBOUND_STATUS[s].color}>{INBOUND_STATUS[s].text}</Tag> },
    {
      title: '结果',
      key: 'effect',
      width: 200,
      render: (_, m) => (
        <Space direction="vertical" size={0}>
          <span>{effectText(m.effect)}</span>
          {m.decisionNote && <Typography.Text type="secondary">{`${m.decidedBy ?? '审批局'}：${m.decisionNote}`}</Typography.Text>}
        </Space>
      ),
    },
    { title: '发送', key: 'by', width: 140, render: (_, m) => m.sentByName ?? '监管系统接口' },
  ];
  return (
    <>
      {inbound.error && <ErrorAlert error={inbound.error} />}
      <ResponsiveTable<InboundMessage>
        rows={inbound.data?.items ?? []}
        rowKey={(m) => m.id}
        loading={inbound.isPending}
        columns={columns}
        scrollX={960}
        rowAttrs={rowAttrs}
        card={(m) => (
          <>
            <Space wrap>
              <Tag>{INBOUND_TYPE_NAMES[m.type] ?? m.type}</Tag>
              <Tag color={INBOUND_STATUS[m.status].color}>{INBOUND_STATUS[m.status].text}</Tag>
            </Space>
            <Typography.Text>{m.licenceNo ?? m.holderId ?? '—'}</Typography.Text>
            <Typography.Text type="secondary">{String(m.message.reason ?? m.message.summary ?? '')}</Typography.Text>
            <Typography.Text type="secondary">{`${effectText(m.effect)}${m.decisionNote ? `（${m.decidedBy ?? '审批局'}：${m.decisionNote}）` : ''}`}</Typography.Text>
            <Typography.Text type="secondary">{`${formatTime(m.receivedAt)} · ${m.sentByName ?? '监管系统接口'}`}</Typography.Text>
          </>
        )}
      />
    </>
  );
}


/** The 事中事后监管 figures of one department. */
function Figures({ f }: { f: DepartmentFigures }) {
  const stats: [string, string, number | string][] = [
    ['licences', '在用证照', f.licencesInForce],
    ['open', '待签收', f.events - f.acknowledged],
    ['overdue', '逾期未签收', f.overdue],
    ['on-time', '按期签收率', ackRate(f)],
    ['ack-time', '决定到签收（平均）', ackDays(f.avgAckDays)],
    ['inspections', '检查记录', f.inspections],
    ['problems', '发现问题', f.problems],
    ['requests', '待确认请求', f.openRequests],
  ];
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="reg-overview">
      <Row gutter={[16, 8]}>
        {stats.map(([key, title, value]) => (
          <Col key={key} xs={12} sm={6} lg={3}>
            <Statistic title={title} value={value} valueStyle={{ fontSize: 20, color: key === 'overdue' && f.overdue > 0 ? '#cf1322' : undefined }} data-testid={`reg-stat-${key}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function RegulatorWorkbench({ departmentCode }: { departmentCode: string }) {
  const names = useOrgNames();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'events';
  const licenceNo = params.get('licence') ?? '';
  const overview = useQuery({ queryKey: regulatorKeys.overview(), queryFn: ({ signal }) => regulatorsApi.overview(undefined, signal) });
  const figures = overview.data?.items[0];
  const setTab = (key: string, licence?: string) => setParams(licence ? { tab: key, licence } : { tab: key }, { replace: true });
  return (
    <>
      <PageHeader title={`监管工作台 · ${names.department(departmentCode)}`} />
      {overview.error && <ErrorAlert error={overview.error} />}
      {figures && <Figures f={figures} />}
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k)}
        items={[
          { key: 'events', label: <span data-testid="reg-tab-events">审批动态与签收</span>, children: <EventsTable canAct onFeedback={(no) => setTab('send', no)} /> },
          {
            key: 'send',
            label: <span data-testid="reg-tab-send">反馈监管结果</span>,
            children: overview.data ? <SendForm key={licenceNo} today={overview.data.today} licenceNo={licenceNo} /> : null,
          },
          { key: 'messages', label: <span data-testid="reg-tab-messages">已发反馈</span>, children: <MessagesTable /> },
        ]}
      />
    </>
  );
}

/** The bureau's view: every regulator department's acknowledgement on-time rate and supervision activity; a department's events as drill-down. */
function BureauView() {
  const [open, setOpen] = useState<DepartmentFigures | null>(null);
  return (
    <>
      <PageHeader title="审管联动 · 各监管部门" />
      <Typography.Paragraph type="secondary">各监管部门对审批决定和证照变动的签收时效与事中事后监管活动；点击一行查看该部门的事件与签收明细，点击数字查看其明细。按期间统计见大数据分析。</Typography.Paragraph>
      <RegulatorAnalytics period={{}} onDepartment={setOpen} />
      <Drawer open={!!open} width={Math.min(960, typeof window === 'undefined' ? 960 : window.innerWidth)} title={open ? `${open.departmentName} · 事件与签收` : ''} onClose={() => setOpen(null)} destroyOnHidden>
        {open && (
          <>
            <Figures f={open} />
            <EventsTable departmentCode={open.departmentCode} canAct={false} />
          </>
        )}
      </Drawer>
    </>
  );
}

export default function RegulatorPage() {
  const me = useMe();
  const departmentCode = me.data?.roles.find((r) => r.role === 'regulator')?.departmentCode;
  if (can(me.data, 'exchange.regulator') && departmentCode) return <RegulatorWorkbench departmentCode={departmentCode} />;
  return <BureauView />;
}
