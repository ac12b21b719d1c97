/**
 * 收费 on a case page: the item's fees and how each is computed, the assessments with 待缴费 /
 * 已缴费, the 缴款通知书, paying on the unified public payment platform, the e-receipt; for the
 * officer the assessment form (核定收费) and, for the approver, 批准减免.
 */
import { DollarOutlined, FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { API_BASE, api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { capitalAmount, formatYuan } from '../../../domain/fees';
import { Panel } from '../cases/CaseLayout';
import { caseFeesKey, useCaseFees, type CaseFees } from './feesApi';
import { RefundButton } from './RefundButton';
import { useMe } from '../../api/queries';
import { can } from '../../app/access';

type Assessment = CaseFees['assessments'][number];
type FeeRule = { kind: 'fixed' | 'per_unit' | 'tiered' | 'assessed'; unit?: string; options?: { label: string }[] };
type Terms = { rule: FeeRule; waivers: { code: string; name: string; percent: number }[]; dueAt: 'acceptance' | 'decision' };

const key = caseFeesKey;
const STATUS_COLOR: Record<string, string> = { unpaid: 'orange', overdue: 'red', paid: 'green', waived: 'green', waiver_pending: 'blue', refunded: 'default', cancelled: 'default' };

/** The fees of a case (nothing when its item charges none). */
export function FeesPanel({ caseNo, staff }: { caseNo: string; staff: boolean }) {
  const fees = useCaseFees(caseNo);
  if (!fees.data || fees.data.fees.length === 0) return null;
  const d = fees.data;
  return (
    <Panel
      title={
        <Space>
          收费
          {d.status ? (
            <Tag color={d.status === '已缴费' ? 'green' : 'orange'} data-testid="fee-status">
              {d.status}
            </Tag>
          ) : null}
        </Space>
      }
    >
      <div data-testid="fees-panel">
        {d.fees.map((f) => {
          const done = d.assessments.filter((a) => a.feeIndex === f.feeIndex && a.status !== 'cancelled');
          return (
            <div key={f.feeIndex} style={{ marginBottom: 12 }}>
              <Typography.Text strong>{f.name}</Typography.Text>
              <div>
                <Typography.Text type="secondary">计费方式：</Typography.Text>
                {f.computation ?? f.amountText}
              </div>
              {f.late ? (
                <div>
                  <Typography.Text type="secondary">逾期未缴：</Typography.Text>
                  {f.late}
                </div>
              ) : null}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  收费依据：{f.basis}
                </Typography.Text>
              </div>
              {done.map((a) => (
                <AssessmentView key={a.id} a={a} caseNo={caseNo} staff={staff} />
              ))}
              {staff && done.length === 0 && f.rule ? <AssessForm caseNo={caseNo} feeIndex={f.feeIndex} terms={f.rule as unknown as Terms} /> : null}
            </div>
          );
        })}
      </div>
    </Panel>
  );
}

function AssessmentView({ a, caseNo, staff }: { a: Assessment; caseNo: string; staff: boolean }) {
  const qc = useQueryClient();
  const onError = useApiError();
  const finance = can(useMe().data, 'fee.finance');
  const refresh = useMutation({ mutationFn: () => api.post<Assessment>(`/fees/${a.id}/refresh`), onSuccess: () => qc.invalidateQueries({ queryKey: key(caseNo) }), onError: (e) => onError(e) });
  const approve = useMutation({ mutationFn: () => api.post<Assessment>(`/fees/${a.id}/waiver/approve`), onSuccess: () => qc.invalidateQueries({ queryKey: key(caseNo) }), onError: (e) => onError(e) });
  return (
    <div style={{ marginTop: 8 }} data-testid="fee-assessment" data-status={a.status}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="状态">
          <Tag color={STATUS_COLOR[a.status]}>{a.statusName}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="核定金额">
          {formatYuan(a.amountFen)}（{a.assessedBy} 核定）
        </Descriptions.Item>
        {a.waiverCode ? (
          <Descriptions.Item label="减免">
            {a.waiverName}
            {a.waiverApprovedBy ? `，${a.waiverApprovedBy} 批准，减免 ${formatYuan(a.waivedFen)}` : '，待审批'}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="应缴金额">
          <span data-testid="fee-due">{formatYuan(a.dueFen)}</span>（{capitalAmount(a.dueFen)}）
        </Descriptions.Item>
        {a.payCode ? <Descriptions.Item label="缴款码">{a.payCode}</Descriptions.Item> : null}
        {a.deadline ? <Descriptions.Item label="缴款期限">{a.deadline}</Descriptions.Item> : null}
        {a.surchargeFen > 0 ? (
          <Descriptions.Item label="滞纳金">
            <span data-testid="fee-surcharge">{formatYuan(a.surchargeFen)}</span>（逾期 {a.surchargeDays} 日，不超过应缴金额）
          </Descriptions.Item>
        ) : null}
        {a.lapsedAt ? <Descriptions.Item label="终止办理">缴款期限届满未缴纳，视为撤回申请</Descriptions.Item> : null}
        <Descriptions.Item label="执收单位">{a.payee}</Descriptions.Item>
        {a.receiptNo ? <Descriptions.Item label="财政电子票据">{a.receiptNo}</Descriptions.Item> : null}
      </Descriptions>
      <Space wrap style={{ marginTop: 8 }}>
        {a.payCode ? (
          <Button icon={<FilePdfOutlined aria-hidden />} href={`${API_BASE}/fees/${a.id}/notice.pdf`} target="_blank" data-testid="fee-notice">
            缴款通知书
          </Button>
        ) : null}
        {!staff && a.payUrl ? (
          <Button type="primary" icon={<DollarOutlined aria-hidden />} href={a.payUrl} data-testid="fee-pay">
            去缴费
          </Button>
        ) : null}
        {a.status === 'unpaid' || a.status === 'overdue' ? (
          <Button icon={<ReloadOutlined aria-hidden />} loading={refresh.isPending} onClick={() => refresh.mutate()} data-testid="fee-refresh">
            查询缴费结果
          </Button>
        ) : null}
        {a.receiptNo ? (
          <Button icon={<FilePdfOutlined aria-hidden />} href={`${API_BASE}/fees/${a.id}/receipt.pdf`} data-testid="fee-receipt">
            下载电子票据
          </Button>
        ) : null}
        {finance && a.status === 'paid' ? <RefundButton fee={a} /> : null}
        {staff && a.status === 'waiver_pending' ? (
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate()} data-testid="fee-approve-waiver">
            批准减免
          </Button>
        ) : null}
      </Space>
    </div>
  );
}

function AssessForm({ caseNo, feeIndex, terms }: { caseNo: string; feeIndex: number; terms: Terms }) {
  const qc = useQueryClient();
  const onError = useApiError();
  const [form] = Form.useForm<{ option?: number; quantity?: number; amountYuan?: number; waiverCode?: string }>();
  const assess = useMutation({
    mutationFn: (v: { option?: number; quantity?: number; amountYuan?: number; waiverCode?: string }) =>
      api.post<Assessment>(`/cases/${encodeURIComponent(caseNo)}/fees`, {
        feeIndex,
        ...(v.option !== undefined ? { option: v.option } : {}),
        ...(v.quantity !== undefined ? { quantity: v.quantity } : {}),
        ...(v.amountYuan !== undefined ? { amountFen: Math.round(v.amountYuan * 100) } : {}),
        ...(v.waiverCode ? { waiverCode: v.waiverCode } : {}),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(caseNo) }),
    onError: (e) => onError(e, form),
  });
  const r = terms.rule;
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 8 }} onFinish={(v) => assess.mutate(v)} data-testid="fee-assess-form">
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title={`${terms.dueAt === 'acceptance' ? '受理' : '决定'}时核定收费`} />
      {r.options && r.options.length > 1 ? (
        <Form.Item name="option" label="收费标准" rules={[{ required: true, message: '请选择收费标准' }]}>
          <Select options={r.options.map((o, i) => ({ value: i, label: o.label }))} data-testid="fee-option" />
        </Form.Item>
      ) : null}
      {r.kind === 'per_unit' || r.kind === 'tiered' ? (
        <Form.Item name="quantity" label={`数量（${r.unit ?? ''}）`} rules={[{ required: true, message: '请填写数量' }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fee-quantity" />
        </Form.Item>
      ) : null}
      {r.kind === 'assessed' ? (
        <Form.Item name="amountYuan" label="核定金额（元）" rules={[{ required: true, message: '请填写核定金额' }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fee-amount" />
        </Form.Item>
      ) : null}
      {terms.waivers.length ? (
        <Form.Item name="waiverCode" label="申请减免（须经审批）">
          <Select allowClear options={terms.waivers.map((w) => ({ value: w.code, label: `${w.name}（减免${w.percent}%）` }))} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={assess.isPending} data-testid="fee-assess">
        确认核定
      </Button>
    </Form>
  );
}
