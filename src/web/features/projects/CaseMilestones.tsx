/**
 * The external milestones of a case (公共资源交易: land transfer, bidding) on the case page: pending
 * or recorded with the trading reference and date; a reviewer records one. Approval is refused
 * by the server until every one is recorded. Renders nothing for items without milestones.
 */
import { Alert, Button, Card, DatePicker, Form, Input, List, Modal, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMilestones, type Milestone } from './projectsApi';

interface RecordValues {
  reference: string;
  date: Dayjs;
}

/** The card; `caseNo` of the case shown. */
export function CaseMilestones({ caseNo }: { caseNo: string }) {
  const milestones = useMilestones(caseNo);
  const [recording, setRecording] = useState<Milestone | null>(null);
  const [form] = Form.useForm<RecordValues>();
  const client = useQueryClient();
  const onError = useApiError();
  const record = useMutation({
    mutationFn: (v: RecordValues) => api.post(`/cases/${caseNo}/milestones`, { name: recording?.name, reference: v.reference, date: v.date.format('YYYY-MM-DD') }),
    onSuccess: () => {
      setRecording(null);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['cases', caseNo] });
    },
    onError: (e) => onError(e, form),
  });
  const data = milestones.data;
  if (!data || data.items.length === 0) return null;
  const pending = data.items.filter((m) => !m.recorded).length;
  return (
    <Card size="small" title="外部交易环节（公共资源交易）" style={{ marginBottom: 16 }} data-testid="case-milestones">
      {pending ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`尚有 ${pending} 个外部交易环节未登记，登记交易编号后方可准予许可`} /> : null}
      <List
        size="small"
        dataSource={data.items}
        renderItem={(m) => (
          <List.Item
            data-testid="case-milestone"
            data-recorded={String(m.recorded)}
            actions={
              !m.recorded && data.mayRecord
                ? [
                    <Button key="r" size="small" type="primary" onClick={() => setRecording(m)} data-testid="milestone-record">
                      登记
                    </Button>,
                  ]
                : []
            }
          >
            <span>{m.name}</span>
            {m.recorded ? <Tag color="green">{`已登记：${m.reference}（${m.date}，${m.recordedBy ?? ''}）`}</Tag> : <Tag color="gold">待登记</Tag>}
          </List.Item>
        )}
      />
      <Modal title={recording ? `登记：${recording.name}` : ''} open={!!recording} onCancel={() => setRecording(null)} onOk={() => form.submit()} confirmLoading={record.isPending} destroyOnHidden>
        <Form<RecordValues> form={form} layout="vertical" onFinish={(v) => record.mutate(v)}>
          <Form.Item name="reference" label="交易编号" rules={[{ required: true, message: '请填写交易编号' }]}>
            <Input maxLength={100} data-testid="milestone-reference" />
          </Form.Item>
          <Form.Item name="date" label="成交日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
