/**
 * The case clock: the ONE function that computes every deadline of a case (受理期限, 法定期限,
 * 承诺期限), the paused spans and the overdue flags, from the clock events the case log maps to.
 * Pure: the answer depends on the events, the limits, `today` and the calendar, nothing else.
 *
 * Law: acceptance within 5 working days of receipt (行政许可法 art. 32), a 补正 notice stops that
 * clock and the supplement restarts it; decision within the statutory days of acceptance,
 * extendable (art. 42); inspection, expert review, hearing, testing and appraisal time is not
 * counted (art. 45); all periods count working days (art. 82) and not the day they start from
 * (民法典 art. 201).
 *
 * Events are read in the order given (the case log's order). An event that makes no sense where it
 * stands is skipped, never thrown on, so a clock can always be shown:
 * - anything after `decided` or `closed` (the case is finished);
 * - `received` once the case is accepted, or while the acceptance clock already runs (a duplicate);
 *   it counts only as the first receipt or as the supplement answering an open 补正 notice;
 * - `supplement_requested` before any receipt, after acceptance, or while already waiting;
 * - `supplement_delivered` when not waiting for 补正, or on a day not after the one told so far;
 * - a second `accepted` (the first acceptance stands); an `accepted` with no receipt before it
 *   also serves as the receipt;
 * - `pause_started` before acceptance or while a pause is open; `pause_ended` with no open pause;
 * - `extended` before acceptance, or with days that are not a positive integer (several approved
 *   extensions add up: art. 42 allows one, and the case module is where that rule lives);
 * - an event whose `on` is not a real `YYYY-MM-DD` day.
 * A `due_floor` (due days the applicant was told, kept when a new calendar would bring them
 * earlier) raises the acceptance, promised and statutory due days to at least its own; a new
 * receipt (a 补正 supplement) starts a new acceptance period and drops the acceptance floor.
 * `decided` or `closed` finish the case wherever they come, closing an open pause that day; a
 * decision without acceptance has no promised due day, so `onTime` stays null. Days are taken as
 * given, not sorted: a pause that ends (or a case that finishes) on a day before the pause started
 * counts zero days, and an open pause that starts after `today` counts none yet.
 */
import type { WorkingCalendar } from './calendar.js';
import { isDateStr, type DateStr } from './dates.js';

/** Procedures whose time does not count towards the decision limit (art. 45). */
export type PauseKind = 'inspection' | 'expert_review' | 'hearing' | 'testing' | 'appraisal';

/** zh-CN names of the pause kinds, as the written notice to the applicant names them. */
export const PAUSE_KINDS: Record<PauseKind, string> = {
  inspection: '现场踏勘',
  expert_review: '专家评审',
  hearing: '听证',
  testing: '检验检测',
  appraisal: '鉴定',
};

/** What the clock reads from a case's log. */
export type ClockEvent =
  /** application submitted, or a 补正 supplement received (restarts the acceptance period from that day, art. 32) */
  | { type: 'received'; on: DateStr }
  /** 补正告知: the acceptance clock stops until the next 'received' */
  | { type: 'supplement_requested'; on: DateStr }
  /** the 补正 notice reached the applicant on a day after the request: the wait is measured from then */
  | { type: 'supplement_delivered'; on: DateStr }
  /** 受理 (also 容缺受理 and deemed acceptance, where `on` is the receipt day) */
  | { type: 'accepted'; on: DateStr }
  | { type: 'pause_started'; on: DateStr; kind: PauseKind; expectedDays: number }
  | { type: 'pause_ended'; on: DateStr }
  /** art. 42 extension approved */
  | { type: 'extended'; on: DateStr; days: number }
  /** approve or refuse */
  | { type: 'decided'; on: DateStr }
  /** rejected (不予受理) or withdrawn */
  | { type: 'closed'; on: DateStr }
  /** due days already told: a changed calendar never makes them earlier (null: no floor for that one) */
  | ({ type: 'due_floor'; on: DateStr } & Dues);

/** The due days an applicant is told, and a calendar change is measured on. */
export interface Dues {
  acceptanceDue: DateStr | null;
  promisedDue: DateStr | null;
  decisionDue: DateStr | null;
}

/** An item's time limits, in working days. */
export interface ClockLimits {
  statutoryDays: number;
  promisedDays: number;
  /** warn when this many working days or fewer remain; default 2 */
  warningDays?: number;
  /** default 5 (art. 32) */
  acceptanceDays?: number;
  /** working days of each procedure step after acceptance (审查, 决定, …), from the catalog */
  stepDays?: readonly number[];
}

/** One span of art. 45 time; `to` is null while it is open. */
export interface ClockPause {
  kind: PauseKind;
  from: DateStr;
  to: DateStr | null;
  expectedDays: number;
  /** working days d with from < d ≤ to (to = today while open) */
  workingDays: number;
}

/** Where a case's clock stands. */
export type ClockState = 'ok' | 'warning' | 'overdue' | 'paused' | 'waiting_applicant' | 'done' | 'not_started';

/** Every deadline of a case. */
export interface Clock {
  /** the receipt day the acceptance period runs from */
  receivedAt: DateStr | null;
  /** receivedAt + acceptance days; null once accepted or finished, and while waiting for 补正 */
  acceptanceDue: DateStr | null;
  /** while waiting for 补正: the day the applicant was told (the request's day, or the later day the notice reached them) */
  supplementToldOn: DateStr | null;
  /** the 补正 notice reached the applicant after the acceptance due day: art. 32 deems the case accepted on the day of receipt */
  supplementLate: boolean;
  acceptedAt: DateStr | null;
  /** statutory: acceptedAt + statutoryDays + extension days + paused working days */
  decisionDue: DateStr | null;
  /** acceptedAt + promisedDays + paused working days (an extension does not move it) */
  promisedDue: DateStr | null;
  extensionDays: number;
  /** due day of each procedure step: acceptedAt + the days of the steps up to it + paused working days; empty before acceptance */
  stepDues: DateStr[];
  pauses: ClockPause[];
  pausedWorkingDays: number;
  /** workingDaysBetween(today, promised due day; before acceptance the acceptance due day): negative once a working day has passed after it (0 on a weekend right after it, when the state already says overdue); null when not running */
  remainingWorkingDays: number | null;
  /** the same to the statutory due day (before acceptance the acceptance period is the statutory one) */
  statutoryRemainingWorkingDays: number | null;
  state: ClockState;
  decidedAt: DateStr | null;
  /** when decided after acceptance: decidedAt ≤ promisedDue */
  onTime: boolean | null;
}

interface OpenSpan {
  kind: PauseKind;
  from: DateStr;
  to: DateStr | null;
  expectedDays: number;
}

/** What the events fold to before any working-day arithmetic. */
interface Folded {
  receivedAt: DateStr | null;
  waiting: boolean;
  /** while waiting: the day the 补正 notice was told */
  toldOn: DateStr | null;
  acceptedAt: DateStr | null;
  extensionDays: number;
  pauses: OpenSpan[];
  end: { type: 'decided' | 'closed'; on: DateStr } | null;
  floor: Dues;
}

const NO_FLOOR: Dues = { acceptanceDue: null, promisedDue: null, decisionDue: null };
const START: Folded = { receivedAt: null, waiting: false, toldOn: null, acceptedAt: null, extensionDays: 0, pauses: [], end: null, floor: NO_FLOOR };

/** The later of two days; null counts as no day. */
function later(a: DateStr | null, b: DateStr | null): DateStr | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

/**
 * Compute every deadline of a case from its clock events (in log order), the item's limits,
 * today (a Shanghai calendar day) and the working calendar. Never throws on odd events (see the
 * module comment); throws RangeError only for an invalid `today` or negative limits.
 */
export function computeClock(events: readonly ClockEvent[], limits: ClockLimits, today: DateStr, calendar: WorkingCalendar): Clock {
  if (!isDateStr(today)) throw new RangeError(`today is not a date (YYYY-MM-DD): ${today}`);
  const f = events.reduce(step, START);
  const warningDays = limits.warningDays ?? 2;
  const acceptanceDays = limits.acceptanceDays ?? 5;

  const pauses: ClockPause[] = f.pauses.map((p) => ({ ...p, workingDays: Math.max(0, calendar.workingDaysBetween(p.from, p.to ?? today)) }));
  const pausedWorkingDays = pauses.reduce((sum, p) => sum + p.workingDays, 0);
  const acceptedAt = f.acceptedAt;
  const decisionDue = acceptedAt === null ? null : later(calendar.addWorkingDays(acceptedAt, limits.statutoryDays + f.extensionDays + pausedWorkingDays), f.floor.decisionDue);
  const promisedDue = acceptedAt === null ? null : later(calendar.addWorkingDays(acceptedAt, limits.promisedDays + pausedWorkingDays), f.floor.promisedDue);
  let cumulative = 0;
  const stepDues =
    acceptedAt === null ? [] : (limits.stepDays ?? []).map((d) => calendar.addWorkingDays(acceptedAt, (cumulative += Math.max(0, d)) + pausedWorkingDays));
  const acceptancePeriodEnd = f.receivedAt === null ? null : later(calendar.addWorkingDays(f.receivedAt, acceptanceDays), f.floor.acceptanceDue);
  const running = acceptedAt === null && f.end === null;
  const acceptanceDue = running && !f.waiting ? acceptancePeriodEnd : null;
  const supplementToldOn = running && f.waiting ? f.toldOn : null;

  const base = {
    receivedAt: f.receivedAt,
    acceptanceDue,
    supplementToldOn,
    supplementLate: supplementToldOn !== null && acceptancePeriodEnd !== null && supplementToldOn > acceptancePeriodEnd,
    acceptedAt,
    decisionDue,
    promisedDue,
    extensionDays: f.extensionDays,
    stepDues,
    pauses,
    pausedWorkingDays,
  };
  if (f.end !== null) {
    const decidedAt = f.end.type === 'decided' ? f.end.on : null;
    const onTime = decidedAt !== null && promisedDue !== null ? decidedAt <= promisedDue : null;
    return { ...base, remainingWorkingDays: null, statutoryRemainingWorkingDays: null, state: 'done', decidedAt, onTime };
  }
  const stopped = { remainingWorkingDays: null, statutoryRemainingWorkingDays: null, decidedAt: null, onTime: null };
  if (f.receivedAt === null) return { ...base, ...stopped, state: 'not_started' };
  if (f.waiting) return { ...base, ...stopped, state: 'waiting_applicant' };

  const due = promisedDue ?? acceptanceDue;
  const statutoryDue = decisionDue ?? acceptanceDue;
  if (due === null || statutoryDue === null) return { ...base, ...stopped, state: 'not_started' }; // unreachable: received and not waiting means one of them is set
  const remaining = remainingTo(calendar, today, due);
  const paused = pauses.some((p) => p.to === null);
  const state: ClockState = paused ? 'paused' : today > due ? 'overdue' : remaining <= warningDays ? 'warning' : 'ok';
  return {
    ...base,
    remainingWorkingDays: remaining,
    statutoryRemainingWorkingDays: remainingTo(calendar, today, statutoryDue),
    state,
    decidedAt: null,
    onTime: null,
  };
}

/**
 * Working days left until `due` (counting `due`, not today); negative past it. On a non-working day
 * right after the due day it is still 0 while the state already says overdue (today > due): the
 * count stays a pure working-day count, so it freezes exactly while a pause runs.
 */
function remainingTo(calendar: WorkingCalendar, today: DateStr, due: DateStr): number {
  return calendar.workingDaysBetween(today, due);
}

/** One event applied to the fold; an event that makes no sense here leaves it unchanged. */
function step(s: Folded, e: ClockEvent): Folded {
  if (s.end !== null || !isDateStr(e.on)) return s;
  switch (e.type) {
    case 'received':
      // first receipt, or the supplement answering a 补正 notice: the acceptance period restarts (art. 32)
      return s.acceptedAt === null && (s.receivedAt === null || s.waiting) ? { ...s, receivedAt: e.on, waiting: false, toldOn: null, floor: { ...s.floor, acceptanceDue: null } } : s;
    case 'supplement_requested':
      return s.acceptedAt === null && s.receivedAt !== null && !s.waiting ? { ...s, waiting: true, toldOn: e.on } : s;
    case 'supplement_delivered':
      // only a later day moves it: the notice cannot reach anyone before it was written
      return s.waiting && s.toldOn !== null && e.on > s.toldOn ? { ...s, toldOn: e.on } : s;
    case 'accepted':
      return s.acceptedAt === null ? { ...s, acceptedAt: e.on, receivedAt: s.receivedAt ?? e.on, waiting: false, toldOn: null } : s;
    case 'pause_started':
      return s.acceptedAt !== null && !hasOpenPause(s)
        ? { ...s, pauses: [...s.pauses, { kind: e.kind, from: e.on, to: null, expectedDays: e.expectedDays }] }
        : s;
    case 'pause_ended':
      return hasOpenPause(s) ? { ...s, pauses: closeOpenPause(s.pauses, e.on) } : s;
    case 'extended':
      return s.acceptedAt !== null && Number.isInteger(e.days) && e.days > 0 ? { ...s, extensionDays: s.extensionDays + e.days } : s;
    case 'decided':
    case 'closed':
      // finishing during a pause ends the pause that day
      return { ...s, pauses: closeOpenPause(s.pauses, e.on), end: { type: e.type, on: e.on } };
    case 'due_floor':
      return {
        ...s,
        floor: {
          acceptanceDue: later(s.floor.acceptanceDue, validDay(e.acceptanceDue)),
          promisedDue: later(s.floor.promisedDue, validDay(e.promisedDue)),
          decisionDue: later(s.floor.decisionDue, validDay(e.decisionDue)),
        },
      };
  }
}

function validDay(d: DateStr | null): DateStr | null {
  return d !== null && isDateStr(d) ? d : null;
}

/** How a change of calendar moves a case's due days (`dueChange`). */
export interface DueChange {
  /** the due days on the calendar before */
  before: Dues;
  /** the due days from now on: each the later of before and what the new calendar gives */
  after: Dues;
  /** due days the new calendar would have brought earlier, kept as told */
  held: (keyof Dues)[];
  /** the days between the case's start and its latest due day that changed between working and not */
  changedDays: DateStr[];
}

const DUE_FIELDS: readonly (keyof Dues)[] = ['acceptanceDue', 'promisedDue', 'decisionDue'];

/**
 * What a change from calendar `before` to calendar `after` does to a case's due days, read on
 * `today`: null when none of them changes. A due day never comes earlier than it was (what the
 * applicant was told stands); later it may. The answer's `after` is the floor the case keeps.
 */
export function dueChange(events: readonly ClockEvent[], limits: ClockLimits, today: DateStr, before: WorkingCalendar, after: WorkingCalendar): DueChange | null {
  const old = computeClock(events, limits, today, before);
  const now = computeClock(events, limits, today, after);
  if (old.state === 'done') return null;
  const was: Dues = { acceptanceDue: old.acceptanceDue, promisedDue: old.promisedDue, decisionDue: old.decisionDue };
  const next: Dues = { ...was };
  const held: (keyof Dues)[] = [];
  for (const k of DUE_FIELDS) {
    next[k] = later(was[k], now[k]);
    if (was[k] !== null && now[k] !== null && (now[k] ?? '') < (was[k] ?? '')) held.push(k);
  }
  if (held.length === 0 && DUE_FIELDS.every((k) => next[k] === was[k])) return null;
  const start = old.receivedAt ?? old.acceptedAt;
  const end = DUE_FIELDS.reduce<DateStr | null>((m, k) => later(m, later(was[k], now[k])), null);
  return { before: was, after: next, held, changedDays: start && end ? before.differingDays(after, start, end) : [] };
}

function hasOpenPause(s: Folded): boolean {
  return s.pauses.at(-1)?.to === null;
}

/** Close the open pause (if any) on `on`, never before the day it started. */
function closeOpenPause(pauses: OpenSpan[], on: DateStr): OpenSpan[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: on < p.from ? p.from : on } : p));
}
