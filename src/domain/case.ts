/**
 * A case (办件) is its append-only action log. This module reduces the log to the case's state
 * and says which actions are allowed next, and for whom. Pure: no I/O. The server, the officer
 * screens, the applicant's screens and the public lookup all read the state from here.
 */
import type { ClockEvent, Dues, PauseKind } from './clock.js';
import { PAUSE_KINDS } from './clock.js';
import type { ChainOpinion, ReviewStep } from './authority.js';

/** Where a case stands. */
export const CASE_STATUSES = {
  draft: '草稿',
  submitted: '待受理',
  supplement_requested: '待补正',
  accepted: '审查中',
  paused: '特别程序中',
  approved: '准予许可',
  refused: '不予许可',
  rejected: '不予受理',
  withdrawn: '已撤回',
} as const;
export type CaseStatus = keyof typeof CASE_STATUSES;

/** Statuses after which nothing more happens to the case. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['approved', 'refused', 'rejected', 'withdrawn'];

/** The actions of the log, with their zh-CN names. */
export const CASE_ACTIONS = {
  create: '创建申请',
  submit: '提交申请',
  accept: '受理',
  reject: '不予受理',
  request_supplement: '一次性告知补正',
  submit_supplement: '提交补正材料',
  accept_pending: '容缺受理',
  supply_pending: '补齐容缺材料',
  commit_promise: '告知承诺',
  deem_accept: '逾期视为受理',
  supplement_delivered: '补正告知送达',
  take: '领取审查任务',
  assign: '指派审查人员',
  start_pause: '启动特别程序',
  end_pause: '结束特别程序',
  request_extension: '申请延期',
  approve_extension: '批准延期',
  submit_opinion: '提交审查意见',
  approve: '准予许可',
  refuse: '不予许可',
  withdraw: '撤回申请',
  recalculate_deadlines: '按节假日安排重算期限',
  assess_fee: '核定收费',
  approve_fee_waiver: '批准收费减免',
  fee_paid: '缴费到账',
  refund_fee: '退费',
  fee_lapse: '逾期未缴终止办理',
} as const;
export type CaseActionType = keyof typeof CASE_ACTIONS;

/** Who may take an action: the applicant side (applicant, the agent or clerk who filed), or a staff permission, or the system. */
export type ActionActor = 'applicant' | 'case.window' | 'case.review' | 'case.decide' | 'case.approve_extension' | 'system';

/** The party each action belongs to. */
export const ACTION_ACTOR: Record<CaseActionType, ActionActor> = {
  create: 'applicant',
  submit: 'applicant',
  accept: 'case.window',
  reject: 'case.window',
  request_supplement: 'case.window',
  submit_supplement: 'applicant',
  accept_pending: 'case.window',
  supply_pending: 'applicant',
  commit_promise: 'applicant',
  deem_accept: 'system',
  supplement_delivered: 'system',
  take: 'case.review',
  assign: 'case.decide',
  start_pause: 'case.review',
  end_pause: 'case.review',
  request_extension: 'case.review',
  approve_extension: 'case.approve_extension',
  submit_opinion: 'case.review',
  approve: 'case.decide',
  refuse: 'case.decide',
  withdraw: 'applicant',
  recalculate_deadlines: 'system',
  // fee actions are written by the fees module, which checks who may take them (fees.service.ts)
  assess_fee: 'system',
  approve_fee_waiver: 'system',
  fee_paid: 'system',
  refund_fee: 'system',
  fee_lapse: 'system',
};

/** A material the clerk found missing or wrong (补正告知书 lists them all at once). */
export interface MaterialProblem {
  materialCode: string;
  problem: string;
}

/** The payload each action carries. */
export interface ActionPayloads {
  create: Record<string, never>;
  submit: Record<string, never>;
  accept: Record<string, never>;
  reject: { competentBody: string; reason: string };
  request_supplement: { items: MaterialProblem[] };
  submit_supplement: Record<string, never>;
  accept_pending: { pending: { materialCode: string; dueDate: string }[] };
  supply_pending: { materialCode: string };
  commit_promise: { materialCode: string; checkDue: string };
  deem_accept: { receivedAt: string };
  /** the 补正 notice of action `requestSeq` reached the applicant on this action's day, later than the request's */
  supplement_delivered: { requestSeq: number };
  take: Record<string, never>;
  assign: { userId: string; name: string };
  start_pause: { kind: PauseKind; expectedDays: number; reason: string };
  end_pause: { result: string };
  request_extension: { days: number; reason: string };
  approve_extension: Record<string, never>;
  /** an opinion of the review chain; `step` is the actor's place in it, set by the service */
  submit_opinion: { opinion: string; step: ReviewStep };
  /** `step`: the decider's place in the review chain (absent on logs written before the chain) */
  approve: { opinion: string; step?: ReviewStep };
  refuse: { reasons: string; step?: ReviewStep };
  withdraw: { reason: string };
  /** a changed working calendar moved due days (never earlier than told: `held` names those kept) */
  recalculate_deadlines: { reason: string; before: Dues; after: Dues; held: (keyof Dues)[]; changedDays: string[] };
  /** 核定收费: the amount confirmed by the officer (fen), any waiver asked, and the payment terms told the applicant */
  assess_fee: { assessmentId: string; feeName: string; amountFen: number; waiverCode: string | null; dueFen: number; payCode: string | null; deadline: string | null };
  /** a waiver (减免) approved: `dueFen` is what remains to pay */
  approve_fee_waiver: { assessmentId: string; waiverCode: string; waivedFen: number; dueFen: number; payCode: string | null; deadline: string | null };
  /** the platform's verified notice that the fee was paid, with its e-receipt (财政电子票据) number */
  fee_paid: { assessmentId: string; amountFen: number; orderNo: string; receiptNo: string | null };
  refund_fee: { assessmentId: string; amountFen: number; reason: string };
  /** the item's late rule `terminate`: the fee was not paid by the deadline (and its grace days), so the application ends as withdrawn */
  fee_lapse: { assessmentId: string; feeName: string; deadline: string; reason: string };
}

/** One entry of the log. `on` is the Shanghai calendar day of `at`. */
export type CaseAction = {
  [T in CaseActionType]: { seq: number; type: T; at: string; on: string; actorId: string | null; actorName: string; payload: ActionPayloads[T] };
}[CaseActionType];

/** The state a log reduces to. */
export interface CaseState {
  status: CaseStatus;
  version: number;
  /** materials the clerk has passed: a later 补正 notice may not ask about them again */
  passedMaterials: string[];
  /** materials named by the open (or last) 补正 notice */
  flaggedMaterials: string[];
  supplementRounds: number;
  /** 容缺: materials still to come, with their due date */
  pendingMaterials: { materialCode: string; dueDate: string }[];
  /** 告知承诺: materials replaced by a signed commitment, each with a follow-up check due */
  commitments: { materialCode: string; checkDue: string }[];
  openPause: { kind: PauseKind; since: string } | null;
  extension: { requestedDays: number; reason: string; approved: boolean } | null;
  /** the opinions of the review chain (审查, 审核, 审批), oldest first */
  opinions: ChainOpinion[];
  /** the reviewer who holds the review task */
  assignee: { userId: string; name: string } | null;
  decision: { type: 'approve' | 'refuse' | 'reject'; on: string; text: string } | null;
  /** what the clock reads */
  clockEvents: ClockEvent[];
}

/** What the reducer needs to know about the case's materials to judge 补正 requests. */
export interface CaseContext {
  /** material codes the application carries (uploaded, reused or committed) */
  submittedMaterials: string[];
}

const EMPTY: CaseState = {
  status: 'draft',
  version: 0,
  passedMaterials: [],
  flaggedMaterials: [],
  supplementRounds: 0,
  pendingMaterials: [],
  commitments: [],
  openPause: null,
  extension: null,
  opinions: [],
  assignee: null,
  decision: null,
  clockEvents: [],
};

/** Reduce a log to the case's state. Actions the status does not allow are skipped (the service never writes them). */
export function reduceCase(actions: readonly CaseAction[], ctx: CaseContext = { submittedMaterials: [] }): CaseState {
  return actions.reduce((s, a) => (allowedFor(s, a.type) ? apply(s, a, ctx) : { ...s, version: a.seq }), EMPTY);
}

function apply(s: CaseState, a: CaseAction, ctx: CaseContext): CaseState {
  const next: CaseState = { ...s, version: a.seq };
  switch (a.type) {
    case 'create':
      return next;
    case 'submit':
      return { ...next, status: 'submitted', clockEvents: [...s.clockEvents, { type: 'received', on: a.on }] };
    case 'request_supplement': {
      const flagged = a.payload.items.map((i) => i.materialCode);
      // what the first notice did not flag has passed; later notices keep that list
      const considered = s.supplementRounds === 0 ? ctx.submittedMaterials : s.flaggedMaterials;
      const passed = [...new Set([...s.passedMaterials, ...considered.filter((m) => !flagged.includes(m))])];
      return {
        ...next,
        status: 'supplement_requested',
        flaggedMaterials: flagged,
        passedMaterials: passed,
        supplementRounds: s.supplementRounds + 1,
        clockEvents: [...s.clockEvents, { type: 'supplement_requested', on: a.on }],
      };
    }
    case 'submit_supplement':
      return { ...next, status: 'submitted', clockEvents: [...s.clockEvents, { type: 'received', on: a.on }] };
    case 'accept':
      return { ...next, status: 'accepted', passedMaterials: allMaterials(s, ctx), clockEvents: [...s.clockEvents, { type: 'accepted', on: a.on }] };
    case 'accept_pending':
      return {
        ...next,
        status: 'accepted',
        passedMaterials: allMaterials(s, ctx),
        pendingMaterials: a.payload.pending,
        clockEvents: [...s.clockEvents, { type: 'accepted', on: a.on }],
      };
    case 'supplement_delivered':
      return { ...next, clockEvents: [...s.clockEvents, { type: 'supplement_delivered', on: a.on }] };
    case 'deem_accept':
      // art. 32: not decided on within 5 working days (or told of a 补正 only after them) → accepted on the day of receipt
      return { ...next, status: 'accepted', clockEvents: [...s.clockEvents, { type: 'accepted', on: a.payload.receivedAt }] };
    case 'supply_pending':
      return { ...next, pendingMaterials: s.pendingMaterials.filter((p) => p.materialCode !== a.payload.materialCode) };
    case 'commit_promise':
      return { ...next, commitments: [...s.commitments.filter((c) => c.materialCode !== a.payload.materialCode), a.payload] };
    case 'reject':
      return { ...next, status: 'rejected', decision: { type: 'reject', on: a.on, text: a.payload.reason }, clockEvents: [...s.clockEvents, { type: 'closed', on: a.on }] };
    case 'take':
      return { ...next, assignee: a.actorId ? { userId: a.actorId, name: a.actorName } : s.assignee };
    case 'assign':
      return { ...next, assignee: { userId: a.payload.userId, name: a.payload.name } };
    case 'start_pause':
      return {
        ...next,
        status: 'paused',
        openPause: { kind: a.payload.kind, since: a.on },
        clockEvents: [...s.clockEvents, { type: 'pause_started', on: a.on, kind: a.payload.kind, expectedDays: a.payload.expectedDays }],
      };
    case 'end_pause':
      return { ...next, status: 'accepted', openPause: null, clockEvents: [...s.clockEvents, { type: 'pause_ended', on: a.on }] };
    case 'request_extension':
      return { ...next, extension: { requestedDays: a.payload.days, reason: a.payload.reason, approved: false } };
    case 'approve_extension':
      return s.extension
        ? { ...next, extension: { ...s.extension, approved: true }, clockEvents: [...s.clockEvents, { type: 'extended', on: a.on, days: s.extension.requestedDays }] }
        : next;
    case 'submit_opinion':
      return { ...next, opinions: [...s.opinions, { step: a.payload.step, by: a.actorName, on: a.on, text: a.payload.opinion }] };
    case 'approve':
      return {
        ...next,
        status: 'approved',
        decision: { type: 'approve', on: a.on, text: a.payload.opinion },
        opinions: withDecision(s.opinions, a.payload.step, a, a.payload.opinion),
        clockEvents: [...s.clockEvents, { type: 'decided', on: a.on }],
      };
    case 'refuse':
      return {
        ...next,
        status: 'refused',
        decision: { type: 'refuse', on: a.on, text: a.payload.reasons },
        opinions: withDecision(s.opinions, a.payload.step, a, a.payload.reasons),
        clockEvents: [...s.clockEvents, { type: 'decided', on: a.on }],
      };
    case 'withdraw':
      return { ...next, status: 'withdrawn', openPause: null, clockEvents: [...s.clockEvents, { type: 'closed', on: a.on }] };
    case 'fee_lapse':
      return { ...next, status: 'withdrawn', openPause: null, clockEvents: [...s.clockEvents, { type: 'closed', on: a.on }] };
    case 'recalculate_deadlines':
      return { ...next, clockEvents: [...s.clockEvents, { type: 'due_floor', on: a.on, ...a.payload.after }] };
    case 'assess_fee':
    case 'approve_fee_waiver':
    case 'fee_paid':
    case 'refund_fee':
      // fees do not move the case or its clock; the fees module reads them for 待缴费 / 已缴费
      return next;
  }
}

/** The decider's own opinion closes the chain (decisions logged before the chain carry no step). */
function withDecision(opinions: ChainOpinion[], step: ReviewStep | undefined, a: CaseAction, text: string): ChainOpinion[] {
  return step ? [...opinions, { step, by: a.actorName, on: a.on, text }] : opinions;
}

function allMaterials(s: CaseState, ctx: CaseContext): string[] {
  return [...new Set([...s.passedMaterials, ...ctx.submittedMaterials])];
}

/** Whether the status allows an action at all (before who asks and with what). */
function allowedFor(s: CaseState, type: CaseActionType): boolean {
  switch (type) {
    case 'create':
      return s.version === 0;
    case 'submit':
      return s.status === 'draft';
    case 'accept':
    case 'accept_pending':
    case 'reject':
    case 'request_supplement':
      return s.status === 'submitted';
    case 'deem_accept':
      return s.status === 'submitted' || s.status === 'supplement_requested';
    case 'supplement_delivered':
      return s.status === 'supplement_requested';
    case 'commit_promise':
      return s.status === 'draft' || s.status === 'submitted' || s.status === 'supplement_requested';
    case 'submit_supplement':
      return s.status === 'supplement_requested';
    case 'supply_pending':
      return (s.status === 'accepted' || s.status === 'paused') && s.pendingMaterials.length > 0;
    case 'take':
    case 'assign':
      return s.status === 'accepted' || s.status === 'paused';
    case 'start_pause':
      return s.status === 'accepted';
    case 'end_pause':
      return s.status === 'paused';
    case 'request_extension':
      return (s.status === 'accepted' || s.status === 'paused') && s.extension === null;
    case 'approve_extension':
      return s.extension !== null && !s.extension.approved && (s.status === 'accepted' || s.status === 'paused');
    case 'submit_opinion':
      return s.status === 'accepted';
    case 'approve':
      // 容缺 materials must have arrived; a special procedure must have ended
      return s.status === 'accepted' && s.pendingMaterials.length === 0;
    case 'refuse':
      return s.status === 'accepted';
    case 'withdraw':
      return !FINAL_STATUSES.includes(s.status);
    case 'recalculate_deadlines':
      return s.status !== 'draft' && !FINAL_STATUSES.includes(s.status);
    case 'assess_fee':
    case 'approve_fee_waiver':
      // at acceptance (submitted) or before the decision (accepted, paused)
      return s.status === 'submitted' || s.status === 'accepted' || s.status === 'paused';
    case 'fee_lapse':
      return !FINAL_STATUSES.includes(s.status) && s.status !== 'draft';
    case 'fee_paid':
    case 'refund_fee':
      // money arrives or goes back whatever the case's state (a refund follows a withdrawal or refusal)
      return s.status !== 'draft';
  }
}

/** The fee actions: written by the fees module on its own commands, never taken through the case's action list. */
export const FEE_ACTIONS = ['assess_fee', 'approve_fee_waiver', 'fee_paid', 'refund_fee', 'fee_lapse'] as const satisfies readonly CaseActionType[];
export type FeeActionType = (typeof FEE_ACTIONS)[number];

/** The actions the status allows now (for any actor), in a stable order; fee actions are the fees module's. */
export function allowedActions(s: CaseState): CaseActionType[] {
  return (Object.keys(CASE_ACTIONS) as CaseActionType[]).filter((t) => t !== 'create' && !(FEE_ACTIONS as readonly string[]).includes(t) && allowedFor(s, t));
}

/** Whether the case's status allows a fee action now (the fees module's check before it writes one). */
export function feeActionAllowed(s: CaseState, type: FeeActionType): boolean {
  return allowedFor(s, type);
}

/** Why a 补正 notice cannot go out as asked, or null: it must name something, and only what is open to question. */
export function supplementRefusal(s: CaseState, items: readonly MaterialProblem[], known: readonly string[]): string | null {
  if (items.length === 0) return '补正告知须列明全部需补正的材料';
  for (const i of items) {
    if (!known.includes(i.materialCode)) return `材料 ${i.materialCode} 不属于该事项`;
    if (s.passedMaterials.includes(i.materialCode)) return `材料 ${i.materialCode} 已经审核通过，不能再次要求补正`;
  }
  return null;
}

/** The zh-CN name of a pause kind. */
export function pauseName(kind: PauseKind): string {
  return PAUSE_KINDS[kind];
}
