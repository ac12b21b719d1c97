/**
 * 接口密钥: API keys of regulator systems. A new key is shown exactly once, with a copy
 * button; afterwards only its prefix is known. Revoking is immediate.
 */
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { ErrorAlert, useApiError } from '../../api/errors';
import { useDepartments, useOrgNames } from '../../api/queries';
import type { ApiKeyRow, CreatedApiKey, ItemsOf } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';

const KEYS = ['api-keys'] as const;

interface CreateValues {
  name: string;
  departmentCode: string;
}

function CreateKeyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (k: CreatedApiKey) => void }) {
  const [form] = Form.useForm<CreateValues>();
  const departments = useDepartments();
  const showError = useApiError();
  const client = useQueryClient();
  const options = useMemo(() => {
    const list = departments.data ?? [];
    const regulators = list.filter((d) => d.kind === 'regulator').map((d) => ({ value: d.code, label: d.name }));
    const own = list.filter((d) => d.kind !== 'regulator').map((d) => ({ value: d.code, label: d.name }));
    return [
      { label: '监管部门', options: regulators },
      { label: '本局及所属单位', options: own },
    ];
  }, [departments.data]);
  const create = useMutation({
    mutationFn: (v: CreateValues) => api.post<CreatedApiKey>('/api-keys', { name: v.name.trim(), departmentCode: v.departmentCode }),
    onSuccess: async (k) => {
      await client.invalidateQueries({ queryKey: KEYS });
      onClose();
      onCreated(k);
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal open={open} title="新建接口密钥" onCancel={onClose} onOk={() => form.submit()} okText="创建" confirmLoading={create.isPending} destroyOnHidden>
      <Form<CreateValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称，例如对接系统的名称' }]}>
          <Input maxLength={100} data-testid="api-key-name" />
        </Form.Item>
        <Form.Item name="departmentCode" label="所属部门" rules={[{ required: true, message: '请选择密钥代表的部门' }]}>
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} data-testid="api-key-department" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ShowKeyOnce({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  return (
    <Modal
      open={created !== null}
      title="接口密钥已创建"
      onCancel={onClose}
      closable={false}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-key-done">
          我已妥善保存
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="密钥只显示这一次，关闭后无法再次查看。请立即复制并交给对接系统妥善保存；如遗失，请吊销后重新创建。" />
      <Typography.Paragraph copyable={{ text: created?.key ?? '', tooltips: ['复制', '已复制'] }} code style={{ wordBreak: 'break-all', fontSize: 15 }} data-testid="api-key-secret">
        {created?.key}
      </Typography.Paragraph>
      <Typography.Text type="secondary">调用方式：请求头 Authorization: Bearer &lt;密钥&gt;</Typography.Text>
    </Modal>
  );
}

/** `/admin/api-keys`. */
export default function ApiKeysPage() {
  const keys = useQuery({ queryKey: KEYS, queryFn: ({ signal }) => api.get<ItemsOf<ApiKeyRow>>('/api-keys', undefined, signal), select: (d) => d.items });
  const names = useOrgNames();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const showError = useApiError();
  const client = useQueryClient();
  const { message } = App.useApp();
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api-keys/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      message.success('已吊销');
      await client.invalidateQueries({ queryKey: KEYS });
    },
    onError: (e) => showError(e),
  });
  const columns: TableColumnsType<ApiKeyRow> = [
    { title: '名称', dataIndex: 'name' },
    { title: '所属部门', dataIndex: 'departmentCode', render: (c: string) => names.department(c) },
    { title: '前缀', dataIndex: 'prefix', width: 140, render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (t: string) => formatTime(t) },
    { title: '最近使用', dataIndex: 'lastUsedAt', width: 150, render: (t: string | null) => formatTime(t) },
    {
      title: '状态',
      dataIndex: 'revokedAt',
      width: 170,
      render: (t: string | null) => (t ? <Tag color="red">已吊销 {formatTime(t)}</Tag> : <Tag color="green">有效</Tag>),
    },
    {
      title: '操作',
      key: 'ops',
      width: 90,
      render: (_, k) =>
        k.revokedAt ? null : (
          <Popconfirm title={`吊销“${k.name}”？`} description="吊销后使用该密钥的系统将立即无法调用接口。" onConfirm={() => revoke.mutate(k.id)} okText="吊销" okButtonProps={{ danger: true }} cancelText="取消">
            <Button type="link" danger size="small" data-testid="api-key-revoke">
              吊销
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <div>
      <PageHeader
        title="接口密钥"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="api-key-create">
            新建密钥
          </Button>
        }
      />
      <ErrorAlert error={keys.error} />
      <Table<ApiKeyRow> rowKey="id" columns={columns} dataSource={keys.data ?? []} loading={keys.isFetching} scroll={{ x: 1000 }} data-testid="api-keys-table" />
      <CreateKeyModal open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <ShowKeyOnce created={created} onClose={() => setCreated(null)} />
    </div>
  );
}
