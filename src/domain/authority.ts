/**
 * 谁审批谁负责: who may act on a case, from the item's disposition and the actor's grants, and
 * the review chain (审查 → 审核 → 审批) the item's procedure names. Pure: no I/O.
 *
 * - 划转 items: the bureau decides. Caseworkers, chiefs and deputy directors act on their own
 *   division's items; the director acts bureau-wide.
 * - 进驻大厅、暂不划转 items and the hall's services (disposition null): the comprehensive window
 *   receives them, the owning agency's stationed officers (`agency_officer` for that agency's
 *   department code) review and decide them, in the agency's name.
 * - Window clerks accept for any item (一窗受理); an instant item is decided on the spot only by a
 *   clerk authorised for the item's department.
 */
import type { Disposition } from './catalog-terms.js';

/** A role held for one department (or bureau-wide when the role is not department-scoped). */
export interface Grant {
  role: string;
  departmentCode: string | null;
}

/** What the authority rules read of an item. */
export interface ItemOwnership {
  departmentCode: string;
  disposition: Disposition | null;
}

/** The duties on a case beyond the applicant's. */
export type CaseDuty = 'case.window' | 'case.review' | 'case.decide' | 'case.approve_extension';

/** Whether the bureau decides the item (划转); otherwise the owning agency does. */
export function bureauDecides(item: ItemOwnership): boolean {
  return item.disposition === 'transferred';
}

/** The roles that act for the bureau on their own division's items, by duty. */
const DIVISION_ROLES: Record<Exclude<CaseDuty, 'case.window'>, readonly string[]> = {
  'case.review': ['case_reviewer', 'section_chief', 'deputy_director'],
  'case.decide': ['section_chief', 'deputy_director'],
  'case.approve_extension': ['deputy_director'],
};

/** Whether someone holding `grants` may take a duty on a case of `item` (the status aside). */
export function mayAct(grants: readonly Grant[], item: ItemOwnership, duty: CaseDuty): boolean {
  // 一窗受理: any window clerk receives for any item
  if (duty === 'case.window') return grants.some((g) => g.role === 'window_clerk');
  if (!bureauDecides(item)) return grants.some((g) => g.role === 'agency_officer' && g.departmentCode === item.departmentCode);
  if (duty !== 'case.review' && grants.some((g) => g.role === 'director')) return true;
  return grants.some((g) => DIVISION_ROLES[duty].includes(g.role) && g.departmentCode === item.departmentCode);
}

/** Whether a clerk's acceptance of an instant item decides it on the spot: only for a clerk of the item's own department. */
export function decidesOnTheSpot(grants: readonly Grant[], item: ItemOwnership): boolean {
  return grants.some((g) => g.role === 'window_clerk' && g.departmentCode === item.departmentCode);
}

/** The departments whose cases a reviewer's lists show, or null when the lists are not narrowed (clerks, the director, the applicant side). */
export function reviewScope(grants: readonly Grant[]): string[] | null {
  const wide = grants.some((g) => g.role === 'window_clerk' || g.role === 'director');
  const scoped = grants.filter((g) => ['case_reviewer', 'section_chief', 'deputy_director', 'agency_officer'].includes(g.role) && g.departmentCode);
  if (wide || scoped.length === 0) return null;
  return [...new Set(scoped.map((g) => g.departmentCode as string))];
}

/** Whether someone sees the cases of an agency's items only (a stationed officer with no bureau role). */
export function agencyOnly(grants: readonly Grant[]): string[] | null {
  const staff = grants.filter((g) => ['window_clerk', 'case_reviewer', 'section_chief', 'deputy_director', 'director', 'agency_officer'].includes(g.role));
  if (staff.length === 0 || staff.some((g) => g.role !== 'agency_officer')) return null;
  return staff.map((g) => g.departmentCode ?? '');
}

// ---------------------------------------------------------------------------- the review chain

/** The steps of the review chain, in order. */
export const REVIEW_STEPS = {
  review: '审查',
  check: '审核',
  sign: '审批',
} as const;
export type ReviewStep = keyof typeof REVIEW_STEPS;

/** The procedure steps of a catalog item as the chain reads them. */
export interface ProcedureStep {
  name: string;
  role: string;
}

/**
 * The chain an item's procedure names: 审查 when a caseworker reviews (审查人员), always 审核 by
 * the deciding officer, and 审批 when the decision belongs to the division's 分管局领导.
 */
export function chainOf(steps: readonly ProcedureStep[]): ReviewStep[] {
  const chain: ReviewStep[] = [];
  if (steps.some((s) => s.role === '审查人员')) chain.push('review');
  chain.push('check');
  if (steps.some((s) => s.role.includes('分管'))) chain.push('sign');
  return chain;
}

/** The step an officer's opinion or decision on a case counts as (the highest they hold for it), or null. */
export function stepOf(grants: readonly Grant[], item: ItemOwnership): ReviewStep | null {
  if (!bureauDecides(item)) return grants.some((g) => g.role === 'agency_officer' && g.departmentCode === item.departmentCode) ? 'check' : null;
  const own = (role: string) => grants.some((g) => g.role === role && g.departmentCode === item.departmentCode);
  if (grants.some((g) => g.role === 'director') || own('deputy_director')) return 'sign';
  if (own('section_chief')) return 'check';
  if (own('case_reviewer')) return 'review';
  return null;
}

/** One opinion of the chain as the log keeps it. */
export interface ChainOpinion {
  step: ReviewStep;
  by: string;
  on: string;
  text: string;
}

/**
 * Why a decision by someone at step `by` may not be taken yet, or null: where the item's chain names
 * 审批, a 审批 opinion (the deputy's signature) must be on the case unless the decider signs it themselves.
 */
export function chainBlock(chain: readonly ReviewStep[], opinions: readonly ChainOpinion[], by: ReviewStep): string | null {
  if (!chain.includes('sign') || by === 'sign') return null;
  if (opinions.some((o) => o.step === 'sign')) return null;
  return '该事项须经分管局领导审批，分管局领导签署审批意见后方可作出决定';
}

// ---------------------------------------------------------------------------- responsibility for time

/** What the responsibility rules read of one action of a case's log. */
export interface LoggedAction {
  type: string;
  on: string;
  actorId: string | null;
  actorName: string;
  payload: unknown;
}

/** One step of the review chain as a case went through it: its due day (from the procedure), the day it was done, who held it. */
export interface HeldStep {
  step: ReviewStep;
  name: string;
  due: string | null;
  done: string | null;
  holderId: string | null;
  holderName: string | null;
  /** the holder gave a separate opinion for this step (not only the decision) */
  opinion: boolean;
}

/** The procedure step whose due day a chain step has: 审查人员 for 审查, 科长 for 审核, 分管领导 for 审批 (审核 without its own step shares 审批's). */
function dueOf(step: ReviewStep, procedure: readonly ProcedureStep[], stepDues: readonly string[]): string | null {
  const at = (match: (role: string) => boolean) => {
    const i = procedure.findIndex((p) => match(p.role));
    return i >= 0 ? (stepDues[i] ?? null) : null;
  };
  if (step === 'review') return at((r) => r === '审查人员');
  if (step === 'sign') return at((r) => r.includes('分管'));
  return at((r) => r === '科长') ?? at((r) => r.includes('分管'));
}

const stepOfPayload = (p: unknown): ReviewStep | null => {
  const s = (p as { step?: unknown } | null)?.step;
  return s === 'review' || s === 'check' || s === 'sign' ? s : null;
};

/**
 * The chain's steps of an accepted case from its log: each step is done on the day of its own
 * opinion, or on the decision when the decider took it (a chief deciding without a caseworker's
 * opinion did the 审查 too). The 审查 holder is the opinion's author, else whoever holds the task
 * (`take` / `assign`), else the decider.
 */
export function heldSteps(procedure: readonly ProcedureStep[], stepDues: readonly string[], actions: readonly LoggedAction[]): HeldStep[] {
  const decision = actions.find((a) => a.type === 'approve' || a.type === 'refuse');
  const decidedAt = decision ? (stepOfPayload(decision.payload) ?? 'check') : null;
  let assignee: { id: string | null; name: string } | null = null;
  for (const a of actions) {
    if (a.type === 'take') assignee = { id: a.actorId, name: a.actorName };
    if (a.type === 'assign') {
      const p = a.payload as { userId?: string; name?: string };
      assignee = { id: p.userId ?? null, name: p.name ?? '' };
    }
  }
  const order: ReviewStep[] = ['review', 'check', 'sign'];
  return chainOf(procedure).map((step) => {
    const own = actions.find((a) => a.type === 'submit_opinion' && stepOfPayload(a.payload) === step);
    // the decision completes its own step and every step below it that has no opinion of its own
    const byDecision = decision && decidedAt !== null && order.indexOf(step) <= order.indexOf(decidedAt) ? decision : undefined;
    const by = own ?? byDecision;
    const holder = by ? { id: by.actorId, name: by.actorName } : step === 'review' ? assignee : null;
    return { step, name: REVIEW_STEPS[step], due: dueOf(step, procedure, stepDues), done: by?.on ?? null, holderId: holder?.id ?? null, holderName: holder?.name ?? null, opinion: !!own };
  });
}

/**
 * The step a case past its statutory day is charged to: the first step of the chain that was done
 * (or, still open, stood on `today`) after its own due day; when every step kept its day, the last
 * one. Null while the case keeps its statutory day.
 */
export function chargedStep(held: readonly HeldStep[], statutoryDue: string | null, decidedOn: string | null, today: string): HeldStep | null {
  if (!statutoryDue || (decidedOn ?? today) <= statutoryDue) return null;
  return held.find((h) => h.due !== null && (h.done ?? today) > h.due) ?? held[held.length - 1] ?? null;
}

/** A caseworker's, chief's or deputy's month from the same rules: steps done, on time, opinions given, serious-overdue cases charged. */
export interface ReviewScore {
  userId: string;
  name: string;
  steps: number;
  onTime: number;
  opinions: number;
  /** cases past their statutory day charged to a step this person held */
  vetoes: string[];
}

/**
 * Monthly review scorecards: every chain step done in the month counts for its holder (on time when
 * done by its due day), separate opinions are counted, and a case past its statutory day is a veto
 * for the holder of the step it is charged to (`chargedStep`). `inMonth` says whether a day is in the month.
 */
export function reviewScores(cases: readonly { caseNo: string; held: readonly HeldStep[]; charged: HeldStep | null }[], inMonth: (day: string) => boolean): ReviewScore[] {
  const out = new Map<string, ReviewScore>();
  const of = (id: string, name: string) => {
    let s = out.get(id);
    if (!s) out.set(id, (s = { userId: id, name, steps: 0, onTime: 0, opinions: 0, vetoes: [] }));
    return s;
  };
  for (const c of cases) {
    for (const h of c.held) {
      if (!h.holderId || !h.done || !inMonth(h.done)) continue;
      const s = of(h.holderId, h.holderName ?? '');
      s.steps++;
      if (h.due === null || h.done <= h.due) s.onTime++;
      if (h.opinion) s.opinions++;
    }
    if (c.charged?.holderId) of(c.charged.holderId, c.charged.holderName ?? '').vetoes.push(c.caseNo);
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
