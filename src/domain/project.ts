/**
 * Parallel approval of investment projects (并联审批): one project, several items, each its own
 * case with its own log and clock; the project only aggregates what the cases' clocks say.
 * Also the agency service's authorisations (代办授权) and the joint meetings' follow-ups.
 * Pure: no I/O.
 */
import type { DateStr, WorkingCalendar } from './calendar.js';
import { CASE_STATUSES, FINAL_STATUSES, type CaseStatus } from './case.js';
import { PAUSE_KINDS, type Clock } from './clock.js';

/** Warn when this many working days or fewer remain to the project's due day (as cases do by default). */
export const PROJECT_WARNING_DAYS = 2;

/** The project number as the bureau writes it: 泰投项〔2026〕3号. */
export function projectCode(year: number, n: number): string {
  return `泰投项〔${year}〕${n}号`;
}

/** The project's overall limit: the set limit, else the longest promised limit of its items (working days). */
export function projectLimitDays(setLimit: number | null, promisedDays: readonly number[]): number {
  if (setLimit !== null) return setLimit;
  return promisedDays.reduce((a, b) => Math.max(a, b), 0);
}

/** What the project clock reads of each case: its status and its own clock (computed by `computeClock`). */
export interface ProjectCaseClock {
  caseNo: string;
  status: CaseStatus;
  clock: Pick<Clock, 'acceptedAt' | 'promisedDue' | 'decidedAt' | 'state'>;
}

export type ProjectClockState = 'not_started' | 'ok' | 'warning' | 'overdue' | 'done';

export const PROJECT_CLOCK_STATES: Record<ProjectClockState, string> = {
  not_started: '未开始计时',
  ok: '正常',
  warning: '即将到期',
  overdue: '已超期',
  done: '已办结',
};

/** The project's overall deadline and where it stands. */
export interface ProjectClock {
  limitDays: number;
  /** the first acceptance (受理) among its cases: the parallel handling starts there */
  startedOn: DateStr | null;
  /** startedOn + limitDays working days */
  dueOn: DateStr | null;
  /** working days from today to dueOn (negative past it); null when not running */
  remainingWorkingDays: number | null;
  state: ProjectClockState;
  /** cases whose own promised due day falls after the project's (an art. 45 pause, a late acceptance) */
  atRisk: string[];
  /** open cases past their own deadline: the project is overdue with them, whatever its own due day */
  overdueCases: string[];
  finished: number;
  total: number;
  /** once every case is finished: every decision on or before dueOn */
  onTime: boolean | null;
}

/**
 * The project clock: counted from the first acceptance among its cases, `limitDays` working days
 * (民法典 art. 201: the start day does not count). Each case keeps its own clock; this reads
 * their acceptance, promised due and decision days only.
 */
export function projectClock(cases: readonly ProjectCaseClock[], limitDays: number, today: DateStr, calendar: WorkingCalendar): ProjectClock {
  const accepted = cases.map((c) => c.clock.acceptedAt).filter((d): d is string => d !== null);
  const startedOn = accepted.length ? accepted.reduce((a, b) => (a < b ? a : b)) : null;
  const dueOn = startedOn === null ? null : calendar.addWorkingDays(startedOn, limitDays);
  const finished = cases.filter((c) => FINAL_STATUSES.includes(c.status)).length;
  const total = cases.length;
  const atRisk = dueOn === null ? [] : cases.filter((c) => !FINAL_STATUSES.includes(c.status) && c.clock.promisedDue !== null && c.clock.promisedDue > dueOn).map((c) => c.caseNo);
  const overdueCases = cases.filter((c) => !FINAL_STATUSES.includes(c.status) && c.clock.state === 'overdue').map((c) => c.caseNo);
  const base = { limitDays, startedOn, dueOn, atRisk, overdueCases, finished, total };
  if (total > 0 && finished === total) {
    const decided = cases.map((c) => c.clock.decidedAt).filter((d): d is string => d !== null);
    const onTime = dueOn === null ? null : decided.every((d) => d <= dueOn);
    return { ...base, remainingWorkingDays: null, state: 'done', onTime };
  }
  if (dueOn === null) return { ...base, remainingWorkingDays: null, state: 'not_started', onTime: null };
  const remaining = calendar.workingDaysBetween(today, dueOn);
  const state: ProjectClockState = today > dueOn || overdueCases.length > 0 ? 'overdue' : remaining <= PROJECT_WARNING_DAYS || atRisk.length > 0 ? 'warning' : 'ok';
  return { ...base, remainingWorkingDays: remaining, state, onTime: null };
}

/** What a case of a project is waiting for, and on whom. */
export interface NextStep {
  text: string;
  /** who must act: the applicant side (applicant or agent), the bureau, or nobody (finished) */
  by: 'applicant' | 'bureau' | null;
}

/** The next step of a case, from its status, its clock and its procedure steps with their due days. */
export function nextStep(status: CaseStatus, clock: Pick<Clock, 'acceptanceDue' | 'promisedDue' | 'pauses'>, steps: readonly { name: string; due: DateStr | null }[], today: DateStr): NextStep {
  switch (status) {
    case 'draft':
      return { text: '待申请方上传材料并提交申请', by: 'applicant' };
    case 'submitted':
      return { text: clock.acceptanceDue ? `待窗口受理（${clock.acceptanceDue}前）` : '待窗口受理', by: 'bureau' };
    case 'supplement_requested':
      return { text: '待申请方按补正告知书补正材料', by: 'applicant' };
    case 'paused': {
      const open = clock.pauses.find((p) => p.to === null);
      return { text: `${open ? PAUSE_KINDS[open.kind] : '特别程序'}中（不计入办理时限）`, by: 'bureau' };
    }
    case 'accepted': {
      const current = steps.find((s) => s.due !== null && s.due >= today) ?? steps[steps.length - 1];
      if (current?.due) return { text: `${current.name}（${current.due}前）`, by: 'bureau' };
      return { text: clock.promisedDue ? `审查决定（${clock.promisedDue}前）` : '审查决定', by: 'bureau' };
    }
    default:
      return { text: CASE_STATUSES[status], by: null };
  }
}

/** A follow-up of a joint meeting: done, overdue (past its due day and not done) or open. */
export function followupState(f: { dueDate: DateStr; doneAt: unknown }, today: DateStr): 'done' | 'overdue' | 'open' {
  if (f.doneAt) return 'done';
  return today > f.dueDate ? 'overdue' : 'open';
}

/** An agency authorisation as the rule reads it. */
export interface Authorisation {
  creditCode: string;
  agentUserId: string;
  scope: 'project' | 'all';
  projectId: string | null;
  validFrom: DateStr;
  validTo: DateStr;
  revoked: boolean;
}

/**
 * Why an authorisation does not let this agent act for this company today, or null when it does.
 * `projectId`: the project filed (null for a new one); `'case'` for an application on its own,
 * which only an authorisation for all matters (scope `all`) covers — a project-scope one covers
 * its one project.
 */
export function authorisationRefusal(a: Authorisation, want: { agentUserId: string; creditCode: string; today: DateStr; projectId: string | null | 'case' }): string | null {
  if (a.revoked) return '授权委托已撤销';
  if (a.agentUserId !== want.agentUserId) return '该授权委托书不是委托给当前代办员的';
  if (a.creditCode !== want.creditCode) return '授权委托书的企业与申请企业不一致';
  if (want.today < a.validFrom || want.today > a.validTo) return `授权委托书不在有效期内（${a.validFrom} 至 ${a.validTo}）`;
  if (a.scope === 'project' && want.projectId === 'case') return '该授权委托书只委托了一个投资建设项目，不能用于单独申请事项';
  if (a.scope === 'project' && a.projectId !== null && a.projectId !== want.projectId) return '该授权委托书只委托了另一个项目';
  return null;
}

/** One agent's load as the centre sees it. */
export interface AgentLoad {
  projects: number;
  activeProjects: number;
  openCases: number;
  overdueCases: number;
  waitingOnAgent: number;
}

/** Sum an agent's projects: a case is open until final, overdue by its own clock state, waiting on the agent when its next step is the applicant side's. */
export function agentLoad(projects: readonly { cases: readonly { status: CaseStatus; clockState: string; by: NextStep['by'] }[] }[]): AgentLoad {
  const load: AgentLoad = { projects: projects.length, activeProjects: 0, openCases: 0, overdueCases: 0, waitingOnAgent: 0 };
  for (const p of projects) {
    const open = p.cases.filter((c) => !FINAL_STATUSES.includes(c.status));
    if (open.length) load.activeProjects++;
    load.openCases += open.length;
    load.overdueCases += open.filter((c) => c.clockState === 'overdue').length;
    load.waitingOnAgent += open.filter((c) => c.by === 'applicant').length;
  }
  return load;
}
