/**
 * 投诉登记 (hall manager, director; chiefs read their department's): the month's complaints about
 * window staff; recording one and finding it substantiated or not.
 */
import { Button, DatePicker, Form, Input, Modal, Select, Space, Switch, Table, Tag, type ButtonProps } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_NAMES } from '../../../domain/assessment';
import { can } from '../../app/access';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe, useServiceToday } from '../../api/queries';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { dataTestId, testIdAttrs } from '../../components/testId';
import { assessmentKeys, type Complaint, type StaffMember } from './assessmentApi';

const STATUS: Record<Complaint['status'], ReactNode> = {
  pending: <Tag color="gold">待核查</Tag>,
  substantiated: <Tag color="red">查实</Tag>,
  unsubstantiated: <Tag>不属实</Tag>,
};

interface RecordForm {
  staffId: string;
  occurredOn: Dayjs;
  category: Complaint['category'];
  source: string;
  summary: string;
}

export function ComplaintsTab({ month }: { month: string }) {
  const me = useMe().data;
  const today = useServiceToday();
  const client = useQueryClient();
  const onError = useApiError();
  const recorder = can(me, 'assessment.record');
  const list = useQuery({ queryKey: [...assessmentKeys.all, 'complaints', month], queryFn: ({ signal }) => api.get<{ items: Complaint[] }>('/assessment/complaints', { month }, signal) });
  const staff = useQuery({ queryKey: [...assessmentKeys.all, 'staff'], queryFn: ({ signal }) => api.get<{ items: StaffMember[] }>('/assessment/staff', undefined, signal), enabled: recorder });
  const [recording, setRecording] = useState(false);
  const [requestKey, setRequestKey] = useState(() => crypto.randomUUID());
  const [form] = Form.useForm<RecordForm>();
  const [deciding, setDeciding] = useState<Complaint | null>(null);
  const [substantiated, setSubstantiated] = useState(false);
  const [finding, setFinding] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: assessmentKeys.all });

  const record = useMutation({
    mutationFn: (v: RecordForm) => api.post<Complaint>('/assessment/complaints', { ...v, occurredOn: v.occurredOn.format('YYYY-MM-DD'), requestKey }),
    onSuccess: () => {
      setRecording(false);
      form.resetFields();
      setRequestKey(crypto.randomUUID());
      void refresh();
    },
    onError: (e) => onError(e, form),
  });
  const decide = useMutation({
    mutationFn: () => api.post<Complaint>(`/assessment/complaints/${deciding?.id}/decision`, { substantiated, finding, rev: deciding?.rev }),
    onSuccess: () => {
      setDeciding(null);
      setFinding('');
      setSubstantiated(false);
      void refresh();
    },
    onError: (e) => onError(e),
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {recorder ? (
        <Button type="primary" onClick={() => setRecording(true)} data-testid="assessment-complaint-new">
          登记投诉
        </Button>
      ) : null}
      <Loaded query={list}>
        {(d) => (
          <Table<Complaint>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.items}
            data-testid="assessment-complaints"
            locale={{ emptyText: '本月无投诉' }}
            onRow={(c) => testIdAttrs('assessment-complaint', { status: c.status })}
            columns={[
              { title: '日期', dataIndex: 'occurredOn', width: 110 },
              { title: '被投诉人', dataIndex: 'staffName', width: 170 },
              { title: '类别', dataIndex: 'categoryName', width: 100, render: (n: string, c) => (c.category === 'corruption' ? <Tag color="red">{n}</Tag> : n) },
              { title: '来源', dataIndex: 'source', width: 100 },
              { title: '内容', dataIndex: 'summary' },
              { title: '登记', width: 170, render: (_, c) => <span>{c.recordedBy}<br />{formatTime(c.recordedAt)}</span> },
              {
                title: '核查',
                render: (_, c) =>
                  c.status === 'pending' ? (
                    recorder ? (
                      <Button size="small" onClick={() => setDeciding(c)} data-testid="assessment-complaint-decide">
                        核查结论
                      </Button>
                    ) : (
                      STATUS.pending
                    )
                  ) : (
                    <Space direction="vertical" size={0}>
                      {STATUS[c.status]}
                      <span>
                        {c.finding}（{c.decidedBy}）
                      </span>
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </Loaded>
      <Modal open={recording} title="登记投诉" okText="登记" onCancel={() => setRecording(false)} okButtonProps={{ loading: record.isPending, ...dataTestId<ButtonProps>('assessment-complaint-submit') }} onOk={() => form.submit()}>
        <Form form={form} layout="vertical" onFinish={(v) => record.mutate(v)} initialValues={{ occurredOn: today, category: 'attitude' }}>
          <Form.Item name="staffId" label="被投诉的窗口人员" rules={[{ required: true, message: '请选择人员' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="assessment-complaint-staff"
              options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.departmentName ? ` · ${s.departmentName}` : ''}` }))}
            />
          </Form.Item>
          <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker disabledDate={(d) => !today || d.isAfter(today, 'day')} />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true }]}>
            <Select data-testid="assessment-complaint-category" options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_NAMES[c] }))} />
          </Form.Item>
          <Form.Item name="source" label="来源" rules={[{ required: true, whitespace: true, message: '请填写来源' }]}>
            <Input placeholder="12345热线、现场、信函、网上……" data-testid="assessment-complaint-source" />
          </Form.Item>
          <Form.Item name="summary" label="投诉内容" rules={[{ required: true, whitespace: true, message: '请填写投诉内容' }]}>
            <Input.TextArea rows={3} data-testid="assessment-complaint-summary" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!deciding}
        title="投诉核查结论"
        okText="提交"
        onCancel={() => setDeciding(null)}
        okButtonProps={{ disabled: !finding.trim(), loading: decide.isPending, ...dataTestId<ButtonProps>('assessment-complaint-decision-submit') }}
        onOk={() => decide.mutate()}
      >
        <p>{deciding?.summary}</p>
        <Space style={{ marginBottom: 12 }}>
          <span>查实</span>
          <Switch checked={substantiated} onChange={setSubstantiated} data-testid="assessment-complaint-substantiated" />
        </Space>
        <Input.TextArea rows={3} value={finding} onChange={(e) => setFinding(e.target.value)} placeholder="核查经过与结论" data-testid="assessment-complaint-finding" />
      </Modal>
    </Space>
  );
}
