/**
 * `/admin/projects` (并联审批项目) for the windows, reviewers, chiefs, the director and the agency
 * centre: every project with its overall deadline and state; `/admin/projects/:id` one project's
 * combined progress, its joint meetings, and (chiefs, director) calling a new one.
 */
import { Button, Card, Col, DatePicker, Descriptions, Form, Input, List, Modal, Segmented, Select, Space, Table, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useDepartments, useMe } from '../../api/queries';
import { can } from '../../app/access';
import { Loaded } from '../../components/Loaded';
import { DetailHeader, FilterBar, PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { testIdAttrs } from '../../components/testId';
import { PROJECT_CLOCK_STATES } from '../../../domain/project';
import { ProjectClockTag, ProjectProgress } from './ProjectProgress';
import { TOPIC_KINDS, useProject, useProjects, type Meeting, type Project, type TopicKind } from './projectsApi';

/** The list of projects, most urgent state filterable. */
export default function ProjectsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const state = params.get('state') ?? '';
  const list = useProjects({ q, state });
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <div>
      <PageHeader title="并联审批项目" />
      <FilterBar>
        <Col xs={24} md={10}>
          <SearchBox defaultValue={q} label="搜索项目" onSearch={(v) => set('q', v)} placeholder="项目编号、名称或企业" testId="projects-search" />
        </Col>
        <Col xs={24} md={14}>
          <Segmented
            value={state}
            onChange={(v) => set('state', String(v))}
            options={[{ value: '', label: '全部' }, ...Object.entries(PROJECT_CLOCK_STATES).map(([value, label]) => ({ value, label }))]}
            data-testid="projects-state"
          />
        </Col>
      </FilterBar>
      <Card size="small">
        <Table<Project>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          onRow={(p) => testIdAttrs('project-row', { id: p.id, state: p.clock.state })}
          columns={[
            { title: '项目', render: (_, p) => <Space orientation="vertical" size={0}><Link to={`/admin/projects/${p.id}`}>{p.name}</Link><Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.code}</Typography.Text></Space> },
            { title: '申请企业', dataIndex: 'companyName' },
            { title: '牵头科室', dataIndex: 'leadDepartmentName' },
            { title: '代办员', render: (_, p) => p.agent?.name ?? '—' },
            { title: '事项', render: (_, p) => `${p.clock.finished} / ${p.clock.total} 办结` },
            { title: '总体期限', render: (_, p) => p.clock.dueOn ?? `${p.clock.limitDays} 个工作日` },
            { title: '状态', render: (_, p) => <ProjectClockTag clock={p.clock} /> },
          ]}
        />
      </Card>
    </div>
  );
}

interface MeetingValues {
  title: string;
  agenda: string;
  date: Dayjs;
  location?: string;
  departmentCodes: string[];
  topics?: { kind: TopicKind; ref?: string; title: string }[];
}

/** The dialog a chief or the director calls a joint meeting with. */
export function CallMeetingDialog({ target, open, onClose, defaults }: { target: { projectId: string } | { caseNo: string } | { standing: true }; open: boolean; onClose: () => void; defaults: string[] }) {
  const standing = 'standing' in target;
  const [form] = Form.useForm<MeetingValues>();
  const departments = useDepartments();
  const onError = useApiError();
  const navigate = useNavigate();
  const client = useQueryClient();
  const call = useMutation({
    mutationFn: ({ date, topics, ...v }: MeetingValues) =>
      api.post<Meeting>('/meetings', {
        ...target,
        ...v,
        meetingDate: date.format('YYYY-MM-DD'),
        ...(standing ? { topics: (topics ?? []).map((t) => ({ kind: t.kind, title: t.title, ...(t.kind !== 'policy' && t.ref?.trim() ? { ref: t.ref.trim() } : {}) })) } : {}),
      }),
    onSuccess: (m) => {
      void client.invalidateQueries({ queryKey: ['meetings'] });
      onClose();
      navigate(`/admin/meetings/${m.id}`);
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Modal title={standing ? '召集联席会议例会' : '召集联席会议'} open={open} onCancel={onClose} onOk={() => form.submit()} okText="召集" confirmLoading={call.isPending} width={720} destroyOnHidden>
      <Form<MeetingValues>
        form={form}
        layout="vertical"
        initialValues={{ departmentCodes: defaults, topics: standing ? [{ kind: 'policy', title: '' }] : undefined }}
        onFinish={(v) => call.mutate(v)}
        data-testid="meeting-form"
      >
        <Form.Item name="title" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="agenda" label="议程" rules={[{ required: true, message: '请填写议程' }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="date" label="会议日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="location" label="地点">
            <Input maxLength={200} style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Form.Item name="departmentCodes" label="参会科室和部门" rules={[{ required: true, message: '至少邀请一个单位' }]}>
          <Select mode="multiple" optionFilterProp="label" options={(departments.data ?? []).filter((d) => d.kind !== 'bureau').map((d) => ({ value: d.code, label: d.name }))} />
        </Form.Item>
        {standing && (
          <Form.List name="topics">
            {(fields, { add, remove }) => (
              <Card size="small" title="议题" extra={<Button size="small" onClick={() => add({ kind: 'policy', title: '' })} data-testid="topic-add">增加议题</Button>}>
                {fields.map((f, i) => (
                  <Space key={f.key} wrap align="start" data-testid="topic-row">
                    <Typography.Text style={{ lineHeight: '32px' }}>{i + 1}.</Typography.Text>
                    <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 8 }}>
                      <Select style={{ width: 110 }} options={Object.entries(TOPIC_KINDS).map(([value, label]) => ({ value, label }))} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['topics', f.name, 'kind']) === 'policy' ? null : (
                          <Form.Item name={[f.name, 'ref']} style={{ marginBottom: 8 }} rules={[{ required: true, message: '请填写编号' }]}>
                            <Input placeholder="项目编号 / 办件编号 / 事项编码" style={{ width: 200 }} maxLength={100} />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <Form.Item name={[f.name, 'title']} style={{ marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: '请填写议题' }]}>
                      <Input placeholder="议题" style={{ width: 260 }} maxLength={200} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="link" onClick={() => remove(f.name)}>删除</Button>}
                  </Space>
                ))}
              </Card>
            )}
          </Form.List>
        )}
      </Form>
    </Modal>
  );
}

/** One project for the officers. */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const project = useProject(id);
  const [calling, setCalling] = useState(false);
  return (
    <Loaded query={project}>
      {(p) => (
        <>
          <DetailHeader
            back={{ to: '/admin/projects', label: '项目列表' }}
            title={p.name}
            titleTestId="project-name"
            meta={<ProjectClockTag clock={p.clock} />}
            actions={
              can(me.data, 'project.coordinate') ? (
                <Button icon={<TeamOutlined />} onClick={() => setCalling(true)} data-testid="call-meeting">
                  召集联席会议
                </Button>
              ) : null
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
              <Descriptions.Item label="项目编号">{p.code}</Descriptions.Item>
              <Descriptions.Item label="申请企业">{`${p.companyName} ${p.creditCode ?? ''}`}</Descriptions.Item>
              <Descriptions.Item label="代办员">{p.agent?.name ?? '企业自办 / 窗口代办'}</Descriptions.Item>
            </Descriptions>
          </DetailHeader>
          <ProjectProgress project={p} caseLink={(c) => `/admin/cases/${encodeURIComponent(c)}`} />
          <Card size="small" title="联席会议" style={{ marginTop: 16 }} data-testid="project-meetings">
            <List
              dataSource={p.meetings ?? []}
              locale={{ emptyText: '尚未召开联席会议' }}
              renderItem={(m) => (
                <List.Item>
                  <Link to={`/admin/meetings/${m.id}`}>{m.title}</Link>
                  <span>{m.meetingDate}</span>
                </List.Item>
              )}
            />
          </Card>
          <CallMeetingDialog target={{ projectId: p.id }} open={calling} onClose={() => setCalling(false)} defaults={[...new Set([p.leadDepartmentCode, ...p.items.map((i) => i.departmentCode)])]} />
        </>
      )}
    </Loaded>
  );
}
