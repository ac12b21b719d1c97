/**
 * The staff's actions on a case: one button per action the server allows this user now
 * (`allowedActions`), each opening a small form for the action's fields. Every action is sent with
 * `expectedVersion` = the version on screen; a 409 shows the server's title and detail (it names
 * the actions allowed now) and the case is fetched again.
 */
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { CASE_ACTIONS } from '../../../domain/case';
import type { PauseKind } from '../../../domain/clock';
import { ErrorAlert } from '../../api/errors';
import { useAssignees, useServiceToday } from '../../api/queries';
import type { CaseActionBody, CaseView, SendableAction } from '../../api/types';
import { roleLabel } from '../../components/labels';
import { PAUSE_OPTIONS } from './CaseBits';
import { useCaseAction } from './casesApi';
import { useCaseFees } from '../fees/feesApi';

/** Values of the action forms, by payload field. */
interface ActionValues {
  competentBody?: string;
  reason?: string;
  kind?: PauseKind;
  expectedDays?: number;
  result?: string;
  days?: number;
  opinion?: string;
  reasons?: string;
  pendingCodes?: string[];
  due?: Record<string, Dayjs | undefined>;
  userId?: string;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

function TextField({ name, label, rows = 3, message }: { name: keyof ActionValues; label: string; rows?: number; message: string }) {
  return (
    <Form.Item name={name} label={label} rules={required(message)}>
      {rows > 1 ? <Input.TextArea rows={rows} maxLength={2000} showCount data-testid={`action-field-${name}`} /> : <Input maxLength={200} data-testid={`action-field-${name}`} />}
    </Form.Item>
  );
}

function DaysField({ name, label, max, message }: { name: 'expectedDays' | 'days'; label: string; max: number; message: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message }]}>
      <InputNumber min={1} max={max} precision={0} style={{ width: '100%' }} data-testid={`action-field-${name}`} />
    </Form.Item>
  );
}

/** 容缺受理: which tolerance-allowed materials may follow later, and by when. */
function PendingFields({ c }: { c: CaseView }) {
  const allowed = c.materials.filter((m) => m.toleranceAllowed);
  const today = useServiceToday();
  if (allowed.length === 0) return <Alert type="warning" showIcon title="该事项没有允许容缺的材料。" />;
  return (
    <>
      <Form.Item name="pendingCodes" label="容缺材料（先受理，后补齐）" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项容缺材料' }]}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Space orientation="vertical">
            {allowed.map((m) => (
              <Checkbox key={m.code} value={m.code} data-testid={`pending-check-${m.code}`}>
                {m.name}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: ActionValues, b: ActionValues) => a.pendingCodes !== b.pendingCodes}>
        {({ getFieldValue }) =>
          ((getFieldValue('pendingCodes') as string[] | undefined) ?? []).map((code) => (
            <Form.Item key={code} name={['due', code]} label={`${allowed.find((m) => m.code === code)?.name ?? code}：补齐日期`} rules={[{ required: true, message: '请选择补齐日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => !today || !d.isAfter(today, 'day')} data-testid={`pending-due-${code}`} />
            </Form.Item>
          ))
        }
      </Form.Item>
    </>
  );
}

/** 指派: the reviewers and section chiefs, by name and role. */
function AssigneeField({ c }: { c: CaseView }) {
  const people = useAssignees();
  const options = (people.data ?? []).map((p) => ({ value: p.userId, label: `${p.name}（${roleLabel(p.role)}）` }));
  return (
    <>
      <ErrorAlert error={people.error} />
      <Form.Item name="userId" label="审查人员" rules={[{ required: true, message: '请选择指派给谁' }]} extra={c.assignee ? `当前承办人：${c.assignee.name}` : undefined}>
        <Select options={options} loading={people.isPending} showSearch={{ optionFilterProp: 'label' }} placeholder="选择审查人员或科长" data-testid="assign-user" />
      </Form.Item>
    </>
  );
}

/** Each action's form: its explanation, fields and starting values. */
function formOf(type: SendableAction, c: CaseView): { intro?: ReactNode; fields?: ReactNode; initial?: ActionValues; danger?: boolean } {
  switch (type) {
    case 'accept':
      return { intro: '材料齐全、符合法定形式，予以受理；受理后开始计算审查期限，并向申请人出具受理通知书。' };
    case 'reject':
      return {
        danger: true,
        intro: '申请事项依法不属于本机关职权范围的，作出不予受理决定，并告知申请人向有关行政机关申请（行政许可法第三十二条）。',
        fields: (
          <>
            <TextField name="competentBody" label="有权机关" rows={1} message="请填写应向哪个机关申请" />
            <TextField name="reason" label="不予受理理由" message="请填写理由" />
          </>
        ),
      };
    case 'accept_pending':
      return { intro: '主要材料齐全、次要材料暂缺的，先行受理，申请人在约定日期前补齐（容缺受理）。', fields: <PendingFields c={c} />, initial: { due: {} } };
    case 'start_pause':
      return {
        intro: '现场踏勘、专家评审、听证、检验检测、鉴定所需时间不计入审查期限（行政许可法第四十五条），并书面告知申请人。',
        initial: { kind: 'inspection', expectedDays: 5 },
        fields: (
          <>
            <Form.Item name="kind" label="特别程序" rules={[{ required: true, message: '请选择' }]}>
              <Select options={PAUSE_OPTIONS} data-testid="action-field-kind" />
            </Form.Item>
            <DaysField name="expectedDays" label="预计工作日" max={365} message="请填写预计天数" />
            <TextField name="reason" label="事由" message="请填写事由，将告知申请人" />
          </>
        ),
      };
    case 'end_pause':
      return { intro: '特别程序结束，恢复计算审查期限。', fields: <TextField name="result" label="结果" message="请填写特别程序的结果" /> };
    case 'request_extension':
      return {
        intro: '法定期限内不能作出决定的，经本机关负责人批准可延长一次（行政许可法第四十二条），并将延长理由告知申请人。',
        initial: { days: 10 },
        fields: (
          <>
            <DaysField name="days" label="延长工作日" max={30} message="请填写天数" />
            <TextField name="reason" label="延期理由" message="请填写延期理由" />
          </>
        ),
      };
    case 'approve_extension':
      return {
        intro: c.extension ? (
          <>
            批准延长 <b>{c.extension.requestedDays}</b> 个工作日。理由：{c.extension.reason}
          </>
        ) : (
          '批准延期申请。'
        ),
      };
    case 'submit_opinion':
      return {
        intro:
          c.review?.decidedBy === 'agency'
            ? `提交审查意见，由${c.review.deciderName}进驻人员作出决定。`
            : '提交本环节的审查意见（审查人员：审查意见；科长：审核意见；分管局领导：审批意见），随办件流转并载入决定书的审批意见栏。',
        initial: { opinion: '经审查，申请材料齐全、符合法定形式，申请人符合法定条件、标准，建议准予许可。' },
        fields: <TextField name="opinion" label="意见" message="请填写意见" />,
      };
    case 'approve':
      return {
        intro: '申请人的申请符合法定条件、标准，作出准予行政许可的书面决定。',
        initial: { opinion: '经审查，申请材料齐全、符合法定形式，申请人符合法定条件、标准，准予行政许可。' },
        fields: <TextField name="opinion" label="决定意见" message="请填写意见" />,
      };
    case 'refuse':
      return {
        danger: true,
        intro: '作出不予行政许可的书面决定，说明理由，并告知申请人依法申请行政复议或者提起行政诉讼的权利（行政许可法第三十八条）。',
        fields: <TextField name="reasons" label="不予许可理由" rows={4} message="请填写理由" />,
      };
    case 'take':
      return { intro: '领取该办件的审查任务，由您负责审查。' };
    case 'assign':
      return { intro: '将该办件的审查任务指派给审查人员或科长。', fields: <AssigneeField c={c} /> };
    default:
      return {};
  }
}

/** The request body of an action from its form values. */
function bodyOf(type: SendableAction, version: number, v: ActionValues): CaseActionBody {
  const base = { expectedVersion: version };
  switch (type) {
    case 'reject':
      return { ...base, type, competentBody: v.competentBody?.trim() ?? '', reason: v.reason?.trim() ?? '' };
    case 'accept_pending':
      return {
        ...base,
        type,
        pending: (v.pendingCodes ?? []).map((materialCode) => ({ materialCode, dueDate: v.due?.[materialCode]?.format('YYYY-MM-DD') ?? '' })),
      };
    case 'start_pause':
      return { ...base, type, kind: v.kind ?? 'inspection', expectedDays: v.expectedDays ?? 1, reason: v.reason?.trim() ?? '' };
    case 'end_pause':
      return { ...base, type, result: v.result?.trim() ?? '' };
    case 'request_extension':
      return { ...base, type, days: v.days ?? 10, reason: v.reason?.trim() ?? '' };
    case 'approve':
    case 'submit_opinion':
      return { ...base, type, opinion: v.opinion?.trim() ?? '' };
    case 'refuse':
      return { ...base, type, reasons: v.reasons?.trim() ?? '' };
    case 'assign':
      return { ...base, type, userId: v.userId ?? '' };
    case 'accept':
    case 'approve_extension':
    case 'take':
      return { ...base, type };
    default:
      throw new Error(`没有“${CASE_ACTIONS[type]}”的表单`);
  }
}

/** The dialog of one action; Enter in a field or the OK button sends it. */
function ActionDialog({ c, type, onClose }: { c: CaseView; type: SendableAction; onClose: () => void }) {
  const [form] = Form.useForm<ActionValues>();
  const act = useCaseAction(c.caseNo, onClose, onClose);
  const spec = formOf(type, c);
  return (
    <Modal open title={CASE_ACTIONS[type]} onCancel={onClose} footer={null} destroyOnHidden data-testid="action-dialog">
      <Form<ActionValues>
        form={form}
        layout="vertical"
        initialValues={spec.initial}
        onFinish={(v) => act.mutate(bodyOf(type, c.version, v))}
        data-testid={`action-form-${type}`}
      >
        {spec.intro ? <Typography.Paragraph type="secondary">{spec.intro}</Typography.Paragraph> : null}
        {spec.fields}
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" danger={spec.danger} htmlType="submit" loading={act.isPending} data-testid="action-confirm" autoFocus={!spec.fields}>
            确认{CASE_ACTIONS[type]}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}

/** Actions that have a form here, in the order their buttons show (the applicant side's actions have their own screens). */
const STAFF_ACTIONS: SendableAction[] = [
  'accept',
  'accept_pending',
  'reject',
  'take',
  'assign',
  'start_pause',
  'end_pause',
  'request_extension',
  'approve_extension',
  'submit_opinion',
  'approve',
  'refuse',
];

/** One button per staff action the server allows this user now; `only` limits them (e.g. to the window's). */
export function ActionButtons({ c, only }: { c: CaseView; only?: SendableAction[] }) {
  const [open, setOpen] = useState<SendableAction | null>(null);
  const types = STAFF_ACTIONS.filter((t) => c.allowedActions.includes(t) && (!only || only.includes(t)));
  // 准予许可 waits for the fees: the server refuses it (FEE.UNSETTLED) while a fee is unsettled, so say why here
  const fees = useCaseFees(c.caseNo, types.includes('approve'));
  const unpaid = fees.data?.status === '待缴费';
  if (types.length === 0) return null;
  return (
    <>
      {types.map((t) => {
        const danger = t === 'reject' || t === 'refuse';
        const primary = t === 'accept' || t === 'approve' || t === 'approve_extension';
        const button = (
          <Button key={t} type={primary ? 'primary' : 'default'} danger={danger} disabled={t === 'approve' && unpaid} onClick={() => setOpen(t)} data-testid={`action-${t}`}>
            {CASE_ACTIONS[t]}
          </Button>
        );
        return t === 'approve' && unpaid ? (
          <Tooltip key={t} title="待缴费：收费缴清或减免后方可准予许可">
            <span data-testid="approve-fee-unsettled">{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
      {open ? <ActionDialog c={c} type={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
