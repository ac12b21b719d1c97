/**
 * `/admin/experts` (专家库, the pool manager): the pool — fields, employer, declared interests,
 * unavailable periods, active — with add and edit; and every review with its panel, its draws
 * (seed, candidates, conflicts) and a button that re-runs a draw to check it.
 */
import { Button, Card, DatePicker, Form, Input, Modal, Segmented, Select, Space, Switch, Table, Tabs, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EXPERT_FIELDS } from '../../../domain/expert';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import { can } from '../../app/access';
import { PageHeader } from '../../components/PageHeader';
import { useInvalidateReviews, usePool, useReviews, type Expert } from './expertsApi';
import { ConcludeButton, DrawList, PanelTable, ReviewFacts, ReviewStatusTag } from './ReviewBits';

interface ExpertForm {
  username?: string;
  name: string;
  title: string;
  fields: string[];
  employer: string;
  employerCreditCode: string | null;
  declared: string[];
  unavailable: { range: [Dayjs, Dayjs]; reason: string }[];
  active: boolean;
}

const toForm = (e: Expert): ExpertForm => ({
  name: e.name,
  title: e.title,
  fields: e.fields,
  employer: e.employer,
  employerCreditCode: e.employerCreditCode,
  declared: e.declared,
  unavailable: e.unavailable.map((u) => ({ range: [dayjs(u.from), dayjs(u.to)], reason: u.reason })),
  active: e.active,
});

const toBody = (v: ExpertForm) => ({
  ...v,
  employerCreditCode: v.employerCreditCode?.trim() ? v.employerCreditCode.trim() : null,
  declared: v.declared ?? [],
  unavailable: (v.unavailable ?? []).map((u) => ({ from: u.range[0].format('YYYY-MM-DD'), to: u.range[1].format('YYYY-MM-DD'), reason: u.reason ?? '' })),
});

/** Add (editing === 'new') or edit a pool member. */
function ExpertDialog({ editing, onClose }: { editing: Expert | 'new'; onClose: () => void }) {
  const [form] = Form.useForm<ExpertForm>();
  const onError = useApiError();
  const invalidate = useInvalidateReviews();
  const isNew = editing === 'new';
  const save = useMutation({
    mutationFn: (v: ExpertForm) => {
      const { username, active, ...rest } = toBody(v);
      return isNew ? api.post<Expert>('/experts', { username, ...rest }) : api.put<Expert>(`/experts/${editing.id}`, { ...rest, active, rev: editing.rev });
    },
    onSuccess: () => {
      invalidate();
      onClose();
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Modal title={isNew ? '加入专家库' : `编辑专家：${editing.name}`} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={isNew ? { fields: [], declared: [], unavailable: [], title: '', active: true } : toForm(editing)} onFinish={(v) => save.mutate(v)} data-testid="expert-form">
        {isNew ? (
          <Form.Item name="username" label="专家账号（须具有“评审专家”角色）" rules={[{ required: true, message: '请填写专家账号' }]}>
            <Input data-testid="expert-form-username" />
          </Form.Item>
        ) : null}
        <Space wrap>
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input data-testid="expert-form-name" />
          </Form.Item>
          <Form.Item name="title" label="职称">
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="fields" label="评审领域" rules={[{ required: true, message: '请至少选择一个评审领域' }]}>
          <Select mode="multiple" options={EXPERT_FIELDS.map((f) => ({ value: f, label: f }))} data-testid="expert-form-fields" />
        </Form.Item>
        <Form.Item name="employer" label="工作单位" rules={[{ required: true, whitespace: true, message: '请填写工作单位' }]}>
          <Input data-testid="expert-form-employer" />
        </Form.Item>
        <Form.Item name="employerCreditCode" label="工作单位统一社会信用代码（选填）">
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="declared" label="申报有利害关系的单位（名称或统一社会信用代码，回车添加）">
          <Select mode="tags" open={false} data-testid="expert-form-declared" />
        </Form.Item>
        <Form.List name="unavailable">
          {(fields, { add, remove }) => (
            <Form.Item label="不可评审时段">
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: '请选择时段' }]}>
                    <DatePicker.RangePicker />
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']}>
                    <Input placeholder="原因（选填）" />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除时段" />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ reason: '' })} icon={<PlusOutlined />}>
                添加时段
              </Button>
            </Form.Item>
          )}
        </Form.List>
        {isNew ? null : (
          <Form.Item name="active" label="在库（停用后不再被抽取）" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function PoolTab() {
  const pool = usePool();
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [field, setField] = useState<string | undefined>();
  const rows = (pool.data?.items ?? []).filter((e) => !field || e.fields.includes(field));
  return (
    <Card size="small">
      <Space style={{ marginBottom: 12 }} wrap>
        <Select allowClear placeholder="按评审领域筛选" aria-label="按评审领域筛选" style={{ width: 180 }} value={field} onChange={setField} options={EXPERT_FIELDS.map((f) => ({ value: f, label: f }))} data-testid="expert-pool-field" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="expert-add">
          加入专家库
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={pool.isPending}
        dataSource={rows}
        data-testid="expert-pool"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: '姓名', render: (_, e) => <span data-testid="expert-pool-row" data-username={e.username} style={{ whiteSpace: 'nowrap' }}>{e.name}</span> },
          { title: '账号', dataIndex: 'username' },
          { title: '职称', dataIndex: 'title' },
          { title: '评审领域', render: (_, e) => e.fields.map((f) => <Tag key={f}>{f}</Tag>) },
          { title: '工作单位', dataIndex: 'employer' },
          { title: '利害关系申报', render: (_, e) => e.declared.join('、') || '—' },
          { title: '不可评审时段', render: (_, e) => e.unavailable.map((u) => `${u.from} 至 ${u.to}`).join('；') || '—' },
          { title: <span style={{ whiteSpace: 'nowrap' }}>在评</span>, dataIndex: 'openReviews' },
          { title: '状态', render: (_, e) => (e.active ? <Tag color="green">在库</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            render: (_, e) => (
              <Button size="small" onClick={() => setEditing(e)} data-testid="expert-edit">
                编辑
              </Button>
            ),
          },
        ]}
      />
      {editing ? <ExpertDialog editing={editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

function ReviewsTab() {
  const me = useMe();
  const [status, setStatus] = useState<'open' | 'concluded' | 'all'>('open');
  const list = useReviews(status === 'all' ? undefined : status);
  return (
    <Card size="small">
      <Segmented
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        options={[
          { value: 'open', label: '评审中' },
          { value: 'concluded', label: '已结束' },
          { value: 'all', label: '全部' },
        ]}
      />
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        data-testid="expert-reviews"
        scroll={{ x: true }}
        expandable={{
          expandedRowRender: (r) => (
            <div data-testid="expert-review" data-review-id={r.id}>
              <ReviewFacts r={r} />
              <PanelTable r={r} />
              <div style={{ marginTop: 12 }}>
                <DrawList r={r} />
              </div>
              <div style={{ marginTop: 12 }}>
                <ConcludeButton r={r} />
              </div>
            </div>
          ),
        }}
        columns={[
          { title: '办件', dataIndex: 'caseNo', render: (no: string) => (can(me.data, 'case.review', 'case.decide') ? <Link to={`/admin/cases/${no}`}>{no}</Link> : no) },
          { title: '事项', dataIndex: 'itemName' },
          { title: '申请人', dataIndex: 'applicantName' },
          { title: '领域', render: (_, r) => r.fields.join('、') },
          { title: '专家', render: (_, r) => r.panel.filter((m) => m.status !== 'declined').map((m) => m.name).join('、') },
          { title: '签署', render: (_, r) => `${r.panel.filter((m) => m.status === 'signed').length} / ${r.panel.filter((m) => m.status !== 'declined').length}` },
          { title: '期限', dataIndex: 'due' },
          { title: '状态', render: (_, r) => <ReviewStatusTag r={r} /> },
        ]}
      />
    </Card>
  );
}

export default function ExpertsPage() {
  return (
    <div>
      <PageHeader title="专家库与专家评审" />
      <Tabs
        items={[
          { key: 'pool', label: '专家库', children: <PoolTab /> },
          { key: 'reviews', label: '评审与抽取记录', children: <ReviewsTab /> },
        ]}
      />
    </div>
  );
}
