/**
 * The written notices of a case as its screens show them: the decision (准予 / 不予许可, 不予受理),
 * the 补正告知 with re-upload per flagged material, the 容缺 reminder, and withdrawing.
 */
import { Alert, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import type { CaseActionBody, CaseActionEntry, CaseMaterial, CaseView } from '../../api/types';
import { dataTestId } from '../../components/testId';
import { MaterialUploader } from './MaterialUploader';
import { actionBody, useCaseAction } from './casesApi';

/** The last action of one of `types`, if any. */
export function lastAction(c: Pick<CaseView, 'actions'>, ...types: CaseActionEntry['type'][]): CaseActionEntry | undefined {
  return [...c.actions].reverse().find((a) => types.includes(a.type));
}

/**
 * A button that sends one action on the version shown (submit, 提交补正, 补齐…), disabled unless the
 * server allows the action now; `onDone` gets the answer.
 */
export function SendButton({
  c,
  body,
  disabled = false,
  testId,
  icon,
  size,
  onDone,
  children,
}: {
  c: CaseView;
  body: (version: number) => CaseActionBody;
  disabled?: boolean;
  testId: string;
  icon?: ReactNode;
  size?: 'small' | 'middle';
  onDone?: (c: CaseView) => void;
  children: ReactNode;
}) {
  const act = useCaseAction(c.caseNo, onDone);
  const b = body(c.version);
  return (
    <Button type="primary" size={size} icon={icon} disabled={disabled || !c.allowedActions.includes(b.type)} loading={act.isPending} onClick={() => act.mutate(b)} data-testid={testId}>
      {children}
    </Button>
  );
}

const payloadText = (a: CaseActionEntry | undefined, key: string) => {
  const v = a?.payload[key];
  return typeof v === 'string' ? v : '';
};

/** What the decision notice says for each final status. */
function decisionOf(status: CaseView['status'], a: CaseActionEntry | undefined): { type: 'success' | 'error' | 'warning' | 'info'; title: string; lines: string[] } | null {
  const text = (key: string, label = '') => (payloadText(a, key) ? [`${label}${payloadText(a, key)}`] : []);
  switch (status) {
    case 'approved':
      return { type: 'success', title: '准予许可', lines: text('opinion').length ? text('opinion') : ['审批机关已作出准予行政许可的决定，许可证件将在 10 个工作日内颁发送达。'] };
    case 'refused':
      return {
        type: 'error',
        title: '不予许可',
        lines: [...text('reasons', '理由：'), '如不服本决定，可以自收到决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。'],
      };
    case 'rejected':
      return { type: 'warning', title: '不予受理', lines: [...text('competentBody', '请向有权机关申请：'), ...text('reason', '理由：')] };
    case 'withdrawn':
      return { type: 'info', title: '申请已撤回', lines: text('reason', '原因：') };
    default:
      return null;
  }
}

/** The decision of a finished case: approved, refused (with the right of appeal), rejected, withdrawn. */
export function DecisionNotice({ c }: { c: Pick<CaseView, 'status' | 'actions' | 'clock'> }) {
  const a = lastAction(c, 'approve', 'refuse', 'reject', 'withdraw');
  const d = decisionOf(c.status, a);
  if (!d) return null;
  return (
    <Alert
      type={d.type}
      showIcon
      data-testid="decision-notice"
      data-decision={c.status}
      title={`${d.title}（${a?.on ?? c.clock.decidedAt ?? ''}）`}
      description={d.lines.length ? d.lines.map((l, i) => <div key={i}>{l}</div>) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Whether the newest file of a material came after `since` (an ISO time). */
const uploadedSince = (m: CaseMaterial | undefined, since: string | undefined) => !!m?.files[0] && (!since || m.files[0].at > since);

/** 补正告知书 on the applicant side: every flagged material with its problem, an upload per material, then 提交补正. */
export function SupplementNotice({ c }: { c: CaseView }) {
  const notice = lastAction(c, 'request_supplement');
  const flagged = c.materials.filter((m) => c.flaggedMaterials.some((f) => f.materialCode === m.code));
  const ready = flagged.every((m) => uploadedSince(m, notice?.at) || c.commitments.some((p) => p.materialCode === m.code));
  return (
    <Card
      size="small"
      title={<span style={{ color: '#ad4e00' }}>补正告知书</span>}
      style={{ marginBottom: 16, borderColor: '#ffd591' }}
      data-testid="supplement-notice"
    >
      <Typography.Paragraph>
        您于 {c.clock.receivedAt ?? '—'} 提交的申请，经审查需补正以下 {flagged.length} 项材料（一次性告知）。请逐项重新上传后点击“提交补正”；补正期间受理期限暂停计算，收到补正材料之日起重新计算。
      </Typography.Paragraph>
      <MaterialUploader c={c} materials={flagged} />
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 12 }}>
        <SendButton c={c} body={(v) => actionBody('submit_supplement', v, {})} disabled={!ready} icon={<SendOutlined />} testId="submit-supplement">
          提交补正
        </SendButton>
      </div>
    </Card>
  );
}

/** 容缺 materials still to come: upload each, then confirm it as supplied. */
export function PendingNotice({ c }: { c: CaseView }) {
  const accepted = lastAction(c, 'accept_pending');
  const pending = c.materials.filter((m) => c.pendingMaterials.some((p) => p.materialCode === m.code));
  if (pending.length === 0) return null;
  return (
    <Card size="small" title="容缺受理：待补齐材料" style={{ marginBottom: 16, borderColor: '#d3adf7' }} data-testid="pending-notice">
      <Typography.Paragraph>您的申请已容缺受理。请在约定日期前补齐以下材料；材料补齐前不能作出许可决定。</Typography.Paragraph>
      <MaterialUploader
        c={c}
        materials={pending}
        rowExtra={(m) => (
          <SendButton
            c={c}
            size="small"
            body={(v) => actionBody('supply_pending', v, { materialCode: m.code })}
            disabled={!uploadedSince(m, accepted?.at)}
            icon={<CheckOutlined />}
            testId={`supply-pending-${m.code}`}
          >
            确认已补齐
          </SendButton>
        )}
      />
    </Card>
  );
}

/** 撤回申请: asks for the reason, then withdraws. */
export function WithdrawButton({ c }: { c: CaseView }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const close = () => setOpen(false);
  const withdraw = useCaseAction(c.caseNo, close, close);
  if (!c.allowedActions.includes('withdraw')) return null;
  return (
    <>
      <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)} data-testid="case-withdraw">
        撤回申请
      </Button>
      <Modal
        open={open}
        title="撤回申请"
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okText="确认撤回"
        okButtonProps={{ danger: true, loading: withdraw.isPending, ...dataTestId('withdraw-confirm') }}
        onOk={() => form.submit()}
      >
        <Typography.Paragraph>撤回后本申请终止办理，不能恢复；如需办理，请重新申请。</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => withdraw.mutate(actionBody('withdraw', c.version, { reason: v.reason.trim() }))}>
          <Form.Item name="reason" label="撤回原因" rules={[{ required: true, whitespace: true, message: '请填写撤回原因' }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
