/** 清理批次: the batches with counts by disposition and by stage; editors create new ones. */
import { App, Button, Form, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { DISPOSITIONS, STAGES } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { ErrorAlert, useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import type { Batch } from '../../api/types';
import { canEditCatalog } from '../../app/access';
import { CountBars } from '../../components/CountBars';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { useBatches, useInvalidateCatalog } from '../catalog/catalogApi';

interface BatchValues {
  name: string;
  description: string;
}

function CreateBatch({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<BatchValues>();
  const showError = useApiError();
  const invalidate = useInvalidateCatalog();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (v: BatchValues) => api.post<Batch>('/catalog/batches', { name: v.name.trim(), description: (v.description ?? '').trim() }),
    onSuccess: async (b) => {
      message.success('已创建批次');
      await invalidate();
      onClose();
      navigate(`/admin/batches/${encodeURIComponent(b.id)}`);
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal open={open} title="新建清理批次" onCancel={onClose} onOk={() => form.submit()} okText="创建" confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
        <Form.Item name="name" label="批次名称" rules={[{ required: true, whitespace: true, message: '请填写批次名称' }]}>
          <Input maxLength={200} placeholder="例如：2018年市级行政许可事项清理" data-testid="batch-name" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** `/admin/batches`. */
export default function BatchesPage() {
  const me = useMe();
  const batches = useBatches();
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<Batch> = [
    {
      title: '批次',
      dataIndex: 'name',
      render: (_, b) => (
        <div>
          <Link to={`/admin/batches/${encodeURIComponent(b.id)}`} data-testid="batch-link">
            {b.name}
          </Link>
          {b.description ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {b.description}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (t: string) => formatTime(t) },
    { title: '事项数', dataIndex: 'total', width: 80, align: 'right' },
    { title: '按处理意见', key: 'byDisposition', width: 260, render: (_, b) => <CountBars counts={b.byDisposition} labels={DISPOSITIONS} /> },
    { title: '按环节', key: 'byStage', width: 260, render: (_, b) => <CountBars counts={b.byStage} labels={STAGES} /> },
  ];
  return (
    <div>
      <PageHeader
        title="清理批次"
        extra={
          canEditCatalog(me.data) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="batch-create">
              新建批次
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={batches.error} />
      <Table<Batch> rowKey="id" columns={columns} dataSource={batches.data ?? []} loading={batches.isFetching} scroll={{ x: 1000 }} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="batches-table" />
      <CreateBatch open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
