/**
 * `/my/projects`: the agent's main screen (代办工作台) — every project authorised to them, each with
 * every item's status and next step, what waits on the agent first — and the companies'
 * authorisations. An organisation applicant sees its own projects here. The service is free.
 */
import { Alert, Breadcrumb, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useDepartments, useMe } from '../../api/queries';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { can } from '../../app/access';
import { ItemPicker } from '../../components/ItemPicker';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { CaseStatusTag, ClockBadge } from '../cases/CaseBits';
import { ProjectClockTag } from './ProjectProgress';
import { AUTHORISATION_STATES, useAuthorisations, useProjects, type Authorisation, type Project } from './projectsApi';

/** One project as a card: the overall state and each item's status and next step. */
function ProjectCard({ p }: { p: Project }) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="my-project"
      data-id={p.id}
      title={
        <Space wrap>
          <Link to={`/my/projects/${p.id}`} data-testid="my-project-link">
            {p.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.code} · {p.companyName}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          <span>总体期限 {p.clock.dueOn ?? `${p.clock.limitDays} 个工作日（受理后起算）`}</span>
          <ProjectClockTag clock={p.clock} />
        </Space>
      }
    >
      {p.items.map((i) => (
        <div key={i.caseNo} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center', padding: '4px 0', borderTop: '1px solid #f0f0f0' }}>
          <CaseStatusTag status={i.status} />
          <Link to={`/my/cases/${encodeURIComponent(i.caseNo)}`} style={{ minWidth: 200 }}>
            {i.itemName}
          </Link>
          {i.clockState !== 'done' && i.clockState !== 'not_started' ? <ClockBadge state={i.clockState} remaining={i.remainingWorkingDays} /> : null}
          <Typography.Text type={i.nextStep.by === 'applicant' ? 'warning' : 'secondary'} data-testid="my-project-next-step" data-by={i.nextStep.by ?? ''}>
            {i.nextStep.by === 'applicant' ? '待我办理：' : ''}
            {i.nextStep.text}
          </Typography.Text>
          {i.milestones
            .filter((m) => !m.recorded)
            .map((m) => (
              <Tag key={m.name} color="gold">
                {m.name}待交易结果
              </Tag>
            ))}
        </div>
      ))}
    </Card>
  );
}

interface NewProjectValues {
  name: string;
  authorisationId?: string;
  leadDepartmentCode: string;
  limitDays?: number;
  items: { itemCode?: string }[];
}

/** The dialog that files a project: one draft case per item, created together. */
function NewProjectDialog({ open, onClose, agent }: { open: boolean; onClose: () => void; agent: boolean }) {
  const [form] = Form.useForm<NewProjectValues>();
  const onError = useApiError();
  const client = useQueryClient();
  const navigate = useNavigate();
  const departments = useDepartments();
  const auths = useAuthorisations(agent);
  const [requestKey] = useState(() => `web-${crypto.randomUUID()}`);
  const create = useMutation({
    mutationFn: (v: NewProjectValues) => api.post<Project>('/projects', { ...v, items: v.items.map((i) => ({ itemCode: i.itemCode })), requestKey }),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: ['projects'] });
      onClose();
      navigate(`/my/projects/${p.id}`);
    },
    onError: (e) => onError(e, form),
  });
  const usable = (auths.data?.items ?? []).filter((a) => a.state === 'valid' && !(a.scope === 'project' && a.projectId));
  return (
    <Modal title="新建并联审批项目" open={open} onCancel={onClose} onOk={() => form.submit()} okText="创建项目和各事项草稿" confirmLoading={create.isPending} width={680} destroyOnHidden>
      <Form<NewProjectValues> form={form} layout="vertical" initialValues={{ items: [{}, {}] }} onFinish={(v) => create.mutate(v)} data-testid="new-project-form">
        <Form.Item name="name" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
          <Input maxLength={200} data-testid="new-project-name" />
        </Form.Item>
        {agent ? (
          <Form.Item name="authorisationId" label="企业授权委托" rules={[{ required: true, message: '代办须依据企业的授权委托' }]} extra="只列出有效期内、委托给本人的授权">
            <Select
              data-testid="new-project-authorisation"
              options={usable.map((a) => ({ value: a.id, label: `${a.companyName}（${a.letterRef}${a.scope === 'project' ? `，限${a.projectName}` : '，全部项目'}）` }))}
            />
          </Form.Item>
        ) : null}
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="leadDepartmentCode" label="牵头科室" rules={[{ required: true, message: '请选择牵头科室' }]}>
              <Select data-testid="new-project-lead" options={(departments.data ?? []).filter((d) => d.kind === 'division').map((d) => ({ value: d.code, label: d.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="limitDays" label="项目约定时限（工作日）" extra="空 = 各事项最长承诺时限">
              <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'itemCode']} label={i === 0 ? '并联办理的事项（至少两项）' : undefined} rules={[{ required: true, message: '请选择事项' }]} style={{ width: 560 }}>
                    <ItemPickerField testId={`new-project-item-${i}`} />
                  </Form.Item>
                  {fields.length > 2 ? <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除事项" /> : null}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 10}>
                添加事项
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** ItemPicker as a form control. */
function ItemPickerField({ value, onChange, testId }: { value?: string; onChange?: (v: string | undefined) => void; testId: string }) {
  return <ItemPicker value={value} onChange={(code) => onChange?.(code)} placeholder="输入事项名称搜索" label="事项" testId={testId} style={{ width: '100%' }} />;
}

interface AuthorisationValues {
  companyName: string;
  creditCode: string;
  scope: 'project' | 'all';
  projectName?: string;
  letterRef: string;
  validity: [Dayjs, Dayjs];
}

/** The agent's authorisations and the form to register a new letter. */
function Authorisations() {
  const list = useAuthorisations();
  const [form] = Form.useForm<AuthorisationValues>();
  const onError = useApiError();
  const client = useQueryClient();
  const scope = Form.useWatch('scope', form);
  const create = useMutation({
    mutationFn: ({ validity, ...v }: AuthorisationValues) => api.post<Authorisation>('/agency/authorisations', { ...v, validFrom: validity[0].format('YYYY-MM-DD'), validTo: validity[1].format('YYYY-MM-DD') }),
    onSuccess: () => {
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['agency'] });
    },
    onError: (e) => onError(e, form),
  });
  return (
    <>
      <AuthorisationTable list={list} />
      <Card size="small" title="登记授权委托书" style={{ marginTop: 16 }}>
        <Form<AuthorisationValues> form={form} layout="vertical" initialValues={{ scope: 'all' }} onFinish={(v) => create.mutate(v)} data-testid="authorisation-form">
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="companyName" label="委托企业" rules={[{ required: true, message: '请填写企业名称' }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['creditCode']} label="统一社会信用代码" rules={[{ required: true, message: '请填写统一社会信用代码' }]}>
                <Input maxLength={18} data-testid="authorisation-credit-code" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="scope" label="委托范围">
                <Select options={[{ value: 'all', label: '企业全部投资项目' }, { value: 'project', label: '单个项目' }]} />
              </Form.Item>
            </Col>
            {scope === 'project' ? (
              <Col xs={24} md={16}>
                <Form.Item name="projectName" label="委托的项目" rules={[{ required: true, message: '请填写项目名称' }]}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={8}>
              <Form.Item name="letterRef" label="委托书编号" rules={[{ required: true, message: '请填写委托书编号' }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="validity" label="有效期" rules={[{ required: true, message: '请选择有效期' }]}>
                <DatePicker.RangePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="authorisation-submit">
            登记
          </Button>
        </Form>
      </Card>
    </>
  );
}

/** The authorisations as a table (the agent's own, or the centre's all). */
export function AuthorisationTable({ list, extraColumns = [] }: { list: ReturnType<typeof useAuthorisations>; extraColumns?: TableColumnsType<Authorisation> }) {
  return (
    <Table<Authorisation>
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      pagination={false}
      scroll={{ x: 800 }}
      data-testid="authorisations"
      columns={[
        { title: '委托企业', render: (_, a) => <Space orientation="vertical" size={0}>{a.companyName}<Typography.Text type="secondary" style={{ fontSize: 12 }}>{a.creditCode}</Typography.Text></Space> },
        { title: '委托范围', render: (_, a) => (a.scope === 'all' ? '全部投资项目' : `项目：${a.projectName ?? ''}`) },
        { title: '委托书编号', dataIndex: 'letterRef' },
        { title: '受托代办员', render: (_, a) => a.agent.name },
        { title: '有效期', render: (_, a) => `${a.validFrom} 至 ${a.validTo}` },
        { title: '状态', render: (_, a) => <Tag color={AUTHORISATION_STATES[a.state][1]}>{AUTHORISATION_STATES[a.state][0]}</Tag> },
        ...extraColumns,
      ]}
    />
  );
}

function Dashboard() {
  const me = useMe();
  const agent = can(me.data, 'case.agent');
  const projects = useProjects();
  const [creating, setCreating] = useState(false);
  const all = projects.data?.items ?? [];
  const waiting = all.flatMap((p) => p.items.filter((i) => i.nextStep.by === 'applicant'));
  const overdue = all.filter((p) => p.clock.state === 'overdue').length;
  const open = all.filter((p) => p.clock.state !== 'done').length;
  const list = (
    <Loaded query={projects}>
      {(d) =>
        d.items.length ? (
          d.items.map((p) => <ProjectCard key={p.id} p={p} />)
        ) : (
          <Empty description={agent ? '还没有受托的项目' : '还没有申报并联审批项目'} />
        )
      }
    </Loaded>
  );
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: agent ? '代办工作台' : '我的项目' }]} />
      <PageHeader
        title={agent ? '代办工作台' : '我的投资项目'}
        extra={
          <Space wrap>
            <Link to="/my/cases">我的办件</Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-project">
              新建并联审批项目
            </Button>
          </Space>
        }
      />
      {agent ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title="代办服务免费"
          description="泰安市代办服务中心为投资建设项目提供全程免费代办：受企业书面委托，代为申报、跟踪各审批事项，不收取任何费用。"
          data-testid="agency-free-notice"
        />
      ) : null}
      <Row gutter={12} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="在办项目" value={open} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="待我办理的事项" value={waiting.length} valueStyle={{ color: waiting.length ? '#d46b08' : undefined }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="超期项目" value={overdue} valueStyle={{ color: overdue ? '#cf1322' : undefined }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="项目总数" value={all.length} />
          </Card>
        </Col>
      </Row>
      {agent ? (
        <Tabs
          items={[
            { key: 'projects', label: '我的代办项目', children: list },
            { key: 'auth', label: '授权委托', children: <Authorisations /> },
          ]}
        />
      ) : (
        list
      )}
      <NewProjectDialog open={creating} onClose={() => setCreating(false)} agent={agent} />
    </>
  );
}

/** The page, for logged-in applicants and agents. */
export default function MyProjectsPage() {
  return (
    <ApplicantGuard>
      <Dashboard />
    </ApplicantGuard>
  );
}
