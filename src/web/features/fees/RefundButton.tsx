/**
 * 退费 (the finance officer): a paid fee of a case withdrawn, not accepted or refused is refunded in
 * full through the payment platform, after a confirmation with the reason (recorded on the case log).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { formatYuan } from '../../../domain/fees';
import { caseFeesKey } from './feesApi';

export const REFUNDS_DUE = ['fees', 'refunds-due'] as const;

export function RefundButton({ fee }: { fee: { id: string; caseNo: string; feeName: string; paidFen: number | null; dueFen: number } }) {
  const qc = useQueryClient();
  const onError = useApiError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const refund = useMutation({
    mutationFn: (v: { reason: string }) => api.post(`/fees/${fee.id}/refund`, { reason: v.reason }),
    onSuccess: () => {
      setOpen(false);
      void qc.invalidateQueries({ queryKey: REFUNDS_DUE });
      void qc.invalidateQueries({ queryKey: caseFeesKey(fee.caseNo) });
    },
    onError: (e) => onError(e, form),
  });
  const amount = formatYuan(fee.paidFen ?? fee.dueFen);
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid="fee-refund">
        退费
      </Button>
      <Modal
        open={open}
        title={`确认退费 ${amount}`}
        okText="确认退费"
        okButtonProps={{ danger: true, 'data-testid': 'fee-refund-confirm' } as ButtonProps}
        cancelText="取消"
        confirmLoading={refund.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${fee.caseNo} 的${fee.feeName} ${amount} 将经统一公共支付平台原路退回缴款人，退费后不能撤销。`} />
        <Form form={form} layout="vertical" onFinish={(v) => refund.mutate(v)}>
          <Form.Item name="reason" label="退费原因" rules={[{ required: true, min: 2, message: '请填写退费原因（至少 2 个字）' }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="fee-refund-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
