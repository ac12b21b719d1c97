/**
 * Big-data analysis (大数据分析): what one case contributes to the bureau's figures, and how the
 * figures are read back from summed counters. Pure: no I/O.
 *
 * A case's figures come from the same reducer and clock as its screens (`reduceCase`,
 * `computeClock`): `caseFact` turns the log into one fact row; `factRows` turns a fact into
 * counter rows of the rollup, each anchored on the day its event happened:
 * - the receipt day (first 提交申请): received, online (网办), zero visit (零跑腿), 即办件,
 *   supplemented (补正), paused (by kind) — attributes of the application;
 * - the acceptance day: accepted;
 * - the decision day (准予 / 不予许可): decided, approved, refused, on time against the promised
 *   and the statutory limit, working days to decision (and its histogram for percentiles, kept
 *   without the item dimension), the
 *   promised and statutory days of the decided cases (时限压缩率);
 * - the closing day: rejected (不予受理) and withdrawn.
 * Every row is kept twice, per day and per month, so a range reads whole months from month rows
 * and only its ragged edges from day rows (`rollupPlan`).
 *
 * 零跑腿 rule: a case is zero-visit when it was applied for online and no hall ticket was ever
 * tied to it (`hall_tickets.case_no`): the applicant never queued in the hall for it.
 * Working days to decision: working days from acceptance to decision (the acceptance day not
 * counted, 民法典 art. 201), minus the art. 45 paused working days — the days the limits count.
 */
import type { WorkingCalendar } from './calendar.js';
import { addCalendarDays, isDateStr, type DateStr } from './dates.js';
import { reduceCase, type CaseAction } from './case.js';
import { computeClock, PAUSE_KINDS, type ClockLimits, type ClockState, type PauseKind } from './clock.js';
import { GRADE_SCORE, GRADES, isBadGrade, type Grade } from './hall.js';

/** How an application came in. */
export const CHANNELS = { online: '网上申报', window: '窗口申报', agent: '代办' } as const;
export type Channel = keyof typeof CHANNELS;

/** How a case ended (null while open). */
export type Outcome = 'approved' | 'refused' | 'rejected' | 'withdrawn';

/** The earliest day a range may start from when none is given: the bureau was founded in 2018. */
export const ANALYTICS_EPOCH: DateStr = '2018-01-01';

/** What `caseFact` reads about a case. */
export interface CaseFactInput {
  caseNo: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  /** the hall zone the item is handled in (null: none) */
  zone: string | null;
  channel: Channel;
  limits: ClockLimits & { instant?: boolean };
  actions: readonly CaseAction[];
  /** hall tickets tied to the case */
  hallVisits: number;
}

/** One case as the figures see it. */
export interface CaseFact {
  caseNo: string;
  version: number;
  /** the day the clock was read (open cases' clock state moves with it) */
  asOf: DateStr;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  /** '' when the item has no zone */
  zone: string;
  channel: Channel;
  status: string;
  clockState: ClockState;
  outcome: Outcome | null;
  receivedOn: DateStr | null;
  acceptedOn: DateStr | null;
  /** approve or refuse */
  decidedOn: DateStr | null;
  /** reject or withdraw */
  closedOn: DateStr | null;
  statutoryDays: number;
  promisedDays: number;
  instant: boolean;
  workingDays: number | null;
  onTimePromised: boolean | null;
  onTimeStatutory: boolean | null;
  supplementRounds: number;
  pausedDays: number;
  /** the kinds of art. 45 procedure the case went through, each once */
  pauseKinds: PauseKind[];
  hallVisits: number;
  zeroVisit: boolean;
}

/** Reduce a case's log and read its clock on `today`: the fact row of the case. */
export function caseFact(input: CaseFactInput, today: DateStr, calendar: WorkingCalendar): CaseFact {
  const state = reduceCase(input.actions);
  const clock = computeClock(state.clockEvents, input.limits, today, calendar);
  const firstReceipt = state.clockEvents.find((e) => e.type === 'received' || e.type === 'accepted');
  const decision = state.decision;
  const decidedOn = decision && decision.type !== 'reject' ? decision.on : null;
  const outcome: Outcome | null =
    state.status === 'approved' || state.status === 'refused' || state.status === 'rejected' || state.status === 'withdrawn' ? state.status : null;
  const closedOn = outcome === 'rejected' ? (decision?.on ?? null) : outcome === 'withdrawn' ? (input.actions.at(-1)?.on ?? null) : null;
  const workingDays =
    clock.decidedAt && clock.acceptedAt ? Math.max(0, calendar.workingDaysBetween(clock.acceptedAt, clock.decidedAt) - clock.pausedWorkingDays) : null;
  return {
    caseNo: input.caseNo,
    version: state.version,
    asOf: today,
    itemCode: input.itemCode,
    itemName: input.itemName,
    departmentCode: input.departmentCode,
    zone: input.zone ?? '',
    channel: input.channel,
    status: state.status,
    clockState: clock.state,
    outcome,
    receivedOn: firstReceipt?.on ?? null,
    acceptedOn: clock.acceptedAt,
    decidedOn,
    closedOn,
    statutoryDays: input.limits.statutoryDays,
    promisedDays: input.limits.promisedDays,
    instant: input.limits.instant ?? false,
    workingDays,
    onTimePromised: clock.decidedAt ? clock.onTime : null,
    onTimeStatutory: clock.decidedAt && clock.decisionDue ? clock.decidedAt <= clock.decisionDue : null,
    supplementRounds: state.supplementRounds,
    pausedDays: clock.pausedWorkingDays,
    pauseKinds: [...new Set(clock.pauses.map((p) => p.kind))],
    hallVisits: input.hallVisits,
    zeroVisit: input.channel === 'online' && input.hallVisits === 0,
  };
}

/** The counters of a rollup row (the column names of analytics_rollup). */
export const COUNTERS = [
  'received',
  'accepted',
  'decided',
  'approved',
  'refused',
  'rejected',
  'withdrawn',
  'on_time_promised',
  'on_time_statutory',
  'working_days_sum',
  'promised_days_sum',
  'statutory_days_sum',
  'online',
  'zero_visit',
  'instant',
  'supplemented',
  'paused',
  'paused_days_sum',
  'pause_inspection',
  'pause_expert_review',
  'pause_hearing',
  'pause_testing',
  'pause_appraisal',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Record<Counter, number>;

const PAUSE_COUNTER: Record<PauseKind, Counter> = {
  inspection: 'pause_inspection',
  expert_review: 'pause_expert_review',
  hearing: 'pause_hearing',
  testing: 'pause_testing',
  appraisal: 'pause_appraisal',
};

/** The zh-CN names of the pause counters, for the pauses-by-kind chart. */
export const PAUSE_COUNTERS = (Object.keys(PAUSE_KINDS) as PauseKind[]).map((k) => ({ kind: k, counter: PAUSE_COUNTER[k], name: PAUSE_KINDS[k] }));

/** Rollup rows are kept per day and per month. */
export type Grain = 'day' | 'month';

/** The dimensions every rollup row is keyed by besides its period. */
export interface Dims {
  departmentCode: string;
  zone: string;
  itemCode: string;
  channel: Channel;
}

/** One signed contribution to a rollup row. */
export interface RollupRow extends Dims {
  grain: Grain;
  /** YYYY-MM-DD for a day row, YYYY-MM for a month row */
  period: string;
  counters: Partial<Counters>;
}

/** One signed contribution to the working-days histogram: keyed without the item, so years of it stay small to read. */
export interface HistRow extends Omit<Dims, 'itemCode'> {
  grain: Grain;
  period: string;
  workingDays: number;
  n: number;
}

/** The counters a fact adds, per anchor day, before grains. */
function anchored(f: CaseFact): { day: DateStr; counters: Partial<Counters> }[] {
  const out: { day: DateStr; counters: Partial<Counters> }[] = [];
  if (f.receivedOn) {
    const c: Partial<Counters> = { received: 1 };
    if (f.channel === 'online') c.online = 1;
    if (f.zeroVisit) c.zero_visit = 1;
    if (f.instant) c.instant = 1;
    if (f.supplementRounds > 0) c.supplemented = 1;
    if (f.pauseKinds.length > 0) {
      c.paused = 1;
      c.paused_days_sum = f.pausedDays;
      for (const k of f.pauseKinds) c[PAUSE_COUNTER[k]] = 1;
    }
    out.push({ day: f.receivedOn, counters: c });
  }
  if (f.acceptedOn) out.push({ day: f.acceptedOn, counters: { accepted: 1 } });
  if (f.decidedOn) {
    const c: Partial<Counters> = { decided: 1, promised_days_sum: f.promisedDays, statutory_days_sum: f.statutoryDays };
    if (f.outcome === 'approved') c.approved = 1;
    if (f.outcome === 'refused') c.refused = 1;
    if (f.onTimePromised) c.on_time_promised = 1;
    if (f.onTimeStatutory) c.on_time_statutory = 1;
    if (f.workingDays !== null) c.working_days_sum = f.workingDays;
    out.push({ day: f.decidedOn, counters: c });
  }
  if (f.closedOn && (f.outcome === 'rejected' || f.outcome === 'withdrawn')) out.push({ day: f.closedOn, counters: { [f.outcome]: 1 } });
  return out;
}

const dimsOf = (f: CaseFact): Dims => ({ departmentCode: f.departmentCode, zone: f.zone, itemCode: f.itemCode, channel: f.channel });
const monthOf = (day: DateStr) => day.slice(0, 7);

/** The rollup and histogram rows one fact contributes (sign −1 takes them back). */
export function factRows(f: CaseFact, sign: 1 | -1 = 1): { rollup: RollupRow[]; hist: HistRow[] } {
  const dims = dimsOf(f);
  const rollup: RollupRow[] = [];
  for (const a of anchored(f)) {
    const counters = Object.fromEntries(Object.entries(a.counters).map(([k, v]) => [k, sign * (v ?? 0)])) as Partial<Counters>;
    rollup.push({ ...dims, grain: 'day', period: a.day, counters }, { ...dims, grain: 'month', period: monthOf(a.day), counters });
  }
  const histDims = { departmentCode: f.departmentCode, zone: f.zone, channel: f.channel };
  const hist: HistRow[] =
    f.decidedOn && f.workingDays !== null
      ? [
          { ...histDims, grain: 'day', period: f.decidedOn, workingDays: f.workingDays, n: sign },
          { ...histDims, grain: 'month', period: monthOf(f.decidedOn), workingDays: f.workingDays, n: sign },
        ]
      : [];
  return { rollup, hist };
}

const rowKey = (r: Omit<Dims, 'itemCode'> & { itemCode?: string; grain: Grain; period: string }) => [r.grain, r.period, r.departmentCode, r.zone, r.itemCode ?? '', r.channel].join('\u0001');

/**
 * What changes in the rollup when a case's fact goes from `before` to `after` (either may be
 * null): rows merged by key, zero counters and empty rows dropped, in key order (writers lock
 * rows in the same order, so two of them cannot deadlock).
 */
export function rollupDelta(before: CaseFact | null, after: CaseFact | null): { rollup: RollupRow[]; hist: HistRow[] } {
  const parts = [before ? factRows(before, -1) : null, after ? factRows(after, 1) : null].filter((p) => p !== null);
  const rollup = new Map<string, RollupRow>();
  const hist = new Map<string, HistRow>();
  for (const p of parts) {
    for (const r of p.rollup) {
      const k = rowKey(r);
      const cur = rollup.get(k) ?? { ...r, counters: {} };
      for (const [c, v] of Object.entries(r.counters) as [Counter, number][]) cur.counters[c] = (cur.counters[c] ?? 0) + v;
      rollup.set(k, cur);
    }
    for (const h of p.hist) {
      const k = `${rowKey(h)}\u0001${h.workingDays}`;
      const cur = hist.get(k) ?? { ...h, n: 0 };
      cur.n += h.n;
      hist.set(k, cur);
    }
  }
  const nonZero = (r: RollupRow): RollupRow => ({ ...r, counters: Object.fromEntries(Object.entries(r.counters).filter(([, v]) => v !== 0)) });
  return {
    rollup: [...rollup.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, r]) => nonZero(r))
      .filter((r) => Object.keys(r.counters).length > 0),
    hist: [...hist.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, h]) => h)
      .filter((h) => h.n !== 0),
  };
}

/** Which rollup rows cover [from, to]: the whole months inside it from month rows, the rest from day rows. */
export function rollupPlan(from: DateStr, to: DateStr): { months: string[]; dayRanges: [DateStr, DateStr][] } {
  if (!isDateStr(from) || !isDateStr(to)) throw new RangeError(`not a date range: ${from} – ${to}`);
  if (from > to) return { months: [], dayRanges: [] };
  const months: string[] = [];
  const dayRanges: [DateStr, DateStr][] = [];
  const firstFull = from.endsWith('-01') ? from : nextMonthStart(from);
  let m = firstFull;
  while (monthEnd(m) <= to) {
    months.push(monthOf(m));
    m = nextMonthStart(m);
  }
  if (months.length === 0) return { months, dayRanges: [[from, to]] };
  if (from < firstFull) dayRanges.push([from, addCalendarDays(firstFull, -1)]);
  if (m <= to) dayRanges.push([m, to]);
  return { months, dayRanges };
}

function nextMonthStart(day: DateStr): DateStr {
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  return mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
}

function monthEnd(day: DateStr): DateStr {
  return addCalendarDays(nextMonthStart(day), -1);
}

/** Series intervals. */
export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

/** The bucket a day falls in: the day, the Monday of its week, or its month (YYYY-MM). */
export function bucketOf(day: DateStr, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return monthOf(day);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday
  return addCalendarDays(day, -((weekday + 6) % 7));
}

/** Nearest-rank percentile of a histogram of working days (null when empty). */
export function percentile(hist: readonly { workingDays: number; n: number }[], q: number): number | null {
  const sorted = hist.filter((h) => h.n > 0).sort((a, b) => a.workingDays - b.workingDays);
  const total = sorted.reduce((s, h) => s + h.n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const h of sorted) {
    seen += h.n;
    if (seen >= rank) return h.workingDays;
  }
  return sorted.at(-1)?.workingDays ?? null;
}

/** Zeroed counters. */
export function zeroCounters(): Counters {
  return Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Counters;
}

/** a / b rounded to 4 places, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((a / b) * 10_000) / 10_000;
}

/** The headline figures from summed counters and the working-days histogram. */
export function figures(c: Counters, hist: readonly { workingDays: number; n: number }[]) {
  return {
    received: c.received,
    accepted: c.accepted,
    decided: c.decided,
    approved: c.approved,
    refused: c.refused,
    rejected: c.rejected,
    withdrawn: c.withdrawn,
    /** decided by the promised limit */
    onTimeRate: ratio(c.on_time_promised, c.decided),
    /** decided by the statutory limit (with an approved extension) */
    statutoryOnTimeRate: ratio(c.on_time_statutory, c.decided),
    avgWorkingDays: c.decided === 0 ? null : Math.round((c.working_days_sum / c.decided) * 100) / 100,
    p90WorkingDays: percentile(hist, 0.9),
    /** how much shorter the promised limits are than the statutory ones (decided cases) */
    promisedCompression: c.statutory_days_sum === 0 ? null : ratio(c.statutory_days_sum - c.promised_days_sum, c.statutory_days_sum),
    /** how much shorter the actual working days were than the statutory limits */
    actualCompression: c.statutory_days_sum === 0 ? null : ratio(c.statutory_days_sum - c.working_days_sum, c.statutory_days_sum),
    onlineRate: ratio(c.online, c.received),
    zeroVisitRate: ratio(c.zero_visit, c.received),
    instantShare: ratio(c.instant, c.received),
    supplementRate: ratio(c.supplemented, c.received),
    refusalRate: ratio(c.refused, c.decided),
    pausedCases: c.paused,
    pausedDays: c.paused_days_sum,
    pausesByKind: Object.fromEntries(PAUSE_COUNTERS.map((p) => [p.kind, c[p.counter]])) as Record<PauseKind, number>,
  };
}
export type Figures = ReturnType<typeof figures>;

/** Metrics a series can plot. */
export const METRICS = {
  received: '收件量',
  accepted: '受理量',
  decided: '办结量',
  onTimeRate: '按承诺时限办结率',
  statutoryOnTimeRate: '按法定时限办结率',
  avgWorkingDays: '平均办理工作日',
  p90WorkingDays: '90%办结工作日',
  onlineRate: '网办率',
  zeroVisitRate: '零跑腿率',
  instantShare: '即办件占比',
  supplementRate: '补正率',
  refusalRate: '不予许可率',
} as const satisfies Partial<Record<keyof Figures, string>>;
export type Metric = keyof typeof METRICS;

/**
 * The figures a drill-down can list the cases of, with the anchor day the range applies to and
 * the zh-CN name. A drill-down lists exactly the facts whose counters make up the figure.
 */
export const DRILL_FIGURES = {
  received: { anchor: 'receivedOn', name: '收件' },
  accepted: { anchor: 'acceptedOn', name: '受理' },
  decided: { anchor: 'decidedOn', name: '办结（准予或不予许可）' },
  approved: { anchor: 'decidedOn', name: '准予许可' },
  refused: { anchor: 'decidedOn', name: '不予许可' },
  late: { anchor: 'decidedOn', name: '超承诺时限办结' },
  lateStatutory: { anchor: 'decidedOn', name: '超法定时限办结' },
  rejected: { anchor: 'closedOn', name: '不予受理' },
  withdrawn: { anchor: 'closedOn', name: '撤回' },
  online: { anchor: 'receivedOn', name: '网上申报' },
  zeroVisit: { anchor: 'receivedOn', name: '零跑腿' },
  instant: { anchor: 'receivedOn', name: '即办件' },
  supplemented: { anchor: 'receivedOn', name: '经补正' },
  paused: { anchor: 'receivedOn', name: '经特别程序' },
} as const;
export type DrillFigure = keyof typeof DRILL_FIGURES;

/** 好差评 figures from counts per grade: average score (5 … 1) and the share that was not bad. */
export function satisfaction(counts: Partial<Record<Grade, number>>) {
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, counts[g] ?? 0])) as Record<Grade, number>;
  const total = GRADES.reduce((n, g) => n + byGrade[g], 0);
  const score = GRADES.reduce((n, g) => n + byGrade[g] * GRADE_SCORE[g], 0);
  const bad = GRADES.filter(isBadGrade).reduce((n, g) => n + byGrade[g], 0);
  return { total, byGrade, averageScore: total === 0 ? null : Math.round((score / total) * 100) / 100, satisfiedRate: ratio(total - bad, total), bad };
}
