/**
 * Window staff assessment (窗口考核): the monthly scorecard of a window clerk and the one-vote
 * veto (一票否决). Pure: the server gathers the month's facts from the hall, the cases and the
 * assessment tables and this module turns them into component scores, a total, a grade and the
 * red/yellow list. The configuration (weights, targets, grading bands) carries the month it takes
 * effect from; a month is scored with the configuration in force for it.
 */
import { z } from 'zod';
import type { DateStr } from './calendar.js';
import { GRADE_SCORE, type Grade } from './hall.js';

/** A month, `YYYY-MM`. */
export type MonthStr = string;
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `s` is a month written `YYYY-MM`. */
export function isMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

/** The month of a calendar day. */
export function monthOf(day: DateStr): MonthStr {
  return day.slice(0, 7);
}

/** The month `n` months after `m` (before it when n < 0). */
export function addMonths(m: MonthStr, n: number): MonthStr {
  const match = MONTH_RE.exec(m);
  if (!match) throw new RangeError(`not a month: ${m}`);
  const k = Number(match[1]) * 12 + Number(match[2]) - 1 + n;
  return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** First and last calendar day of a month. */
export function monthDays(m: MonthStr): { first: DateStr; last: DateStr } {
  const next = addMonths(m, 1);
  const lastDay = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 0)).getUTCDate();
  return { first: `${m}-01`, last: `${m}-${String(lastDay).padStart(2, '0')}` };
}

/** The instants a month spans in Beijing time: [start, end). */
export function monthInstants(m: MonthStr): { start: Date; end: Date } {
  return { start: new Date(`${m}-01T00:00:00+08:00`), end: new Date(`${addMonths(m, 1)}-01T00:00:00+08:00`) };
}

/** The scorecard's components, in display order. */
export const COMPONENTS = ['volume', 'on_time', 'service_time', 'ratings', 'rectification', 'attendance', 'complaints', 'conduct'] as const;
export type Component = (typeof COMPONENTS)[number];

export const COMPONENT_NAMES: Record<Component, string> = {
  volume: '服务量',
  on_time: '按时办结率',
  service_time: '平均办理时长',
  ratings: '好差评',
  rectification: '差评整改',
  attendance: '窗口出勤',
  complaints: '投诉',
  conduct: '作风加减分',
};

/** The weighted components (conduct points are added on top of the weighted score). */
export const WEIGHTED = ['volume', 'on_time', 'service_time', 'ratings', 'rectification', 'attendance', 'complaints'] as const;
export type WeightedComponent = (typeof WEIGHTED)[number];

/** The grades of a month. */
export const BANDS = ['excellent', 'good', 'pass', 'fail'] as const;
export type Band = (typeof BANDS)[number];
export const BAND_NAMES: Record<Band, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

/** Serious faults that fail the month whatever the score. */
export const VETO_KINDS = ['corruption_complaint', 'serious_overdue', 'conduct_rating'] as const;
export type VetoKind = (typeof VETO_KINDS)[number];
export const VETO_NAMES: Record<VetoKind, string> = {
  corruption_complaint: '经查实的"吃拿卡要"投诉',
  serious_overdue: '严重超期办件（超过法定期限）',
  conduct_rating: '经核实的"非常不满意"（服务作风）评价',
};

/** Complaint categories; 吃拿卡要 substantiated is a veto candidate. */
export const COMPLAINT_CATEGORIES = ['corruption', 'attitude', 'efficiency', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_CATEGORY_NAMES: Record<ComplaintCategory, string> = { corruption: '吃拿卡要', attitude: '服务态度', efficiency: '办事效率', other: '其他' };

/** The rating reason that makes a 非常不满意 a conduct matter. */
export const CONDUCT_REASON = '服务态度差';

const weight = z.number().int('权重须为整数').min(0, '权重不能为负').max(100);

/** The configuration: weights (summing to 100), targets, grading bands and the yellow margin. */
export const assessmentConfig = z
  .strictObject({
    weights: z.strictObject({
      volume: weight,
      on_time: weight,
      service_time: weight,
      ratings: weight,
      rectification: weight,
      attendance: weight,
      complaints: weight,
    }),
    targets: z.strictObject({
      /** tickets served per day on the window that earns full volume marks */
      ticketsPerDay: z.number().positive().max(500),
      /** average minutes from call to finish that still earns full marks; twice this earns none */
      serviceMinutes: z.number().positive().max(240),
      /** points a substantiated complaint takes off the complaints component (of 100) */
      complaintPenalty: z.number().min(0).max(100),
      /** the most conduct points a month can add or take away */
      conductCap: z.number().min(0).max(50),
    }),
    /** the lowest total of each band */
    bands: z.strictObject({ excellent: z.number().min(0).max(100), good: z.number().min(0).max(100), pass: z.number().min(0).max(100) }),
    /** a total within this many points above the pass line puts the person on the yellow list */
    yellowMargin: z.number().min(0).max(50),
  })
  .superRefine((c, ctx) => {
    const sum = WEIGHTED.reduce((s, k) => s + c.weights[k], 0);
    if (sum !== 100) ctx.addIssue({ code: 'custom', path: ['weights'], message: `权重之和须为100（现为${sum}）` });
    if (!(c.bands.excellent > c.bands.good && c.bands.good > c.bands.pass))
      ctx.addIssue({ code: 'custom', path: ['bands'], message: '分档线须满足 优秀 > 良好 > 合格' });
  });
export type AssessmentConfig = z.infer<typeof assessmentConfig>;

/** The configuration in force until the director changes it. */
export const DEFAULT_CONFIG: AssessmentConfig = {
  weights: { volume: 20, on_time: 20, service_time: 10, ratings: 25, rectification: 10, attendance: 10, complaints: 5 },
  targets: { ticketsPerDay: 20, serviceMinutes: 10, complaintPenalty: 50, conductCap: 10 },
  bands: { excellent: 90, good: 80, pass: 60 },
  yellowMargin: 5,
};

/** A configuration with the month it applies from. */
export interface ConfigVersion {
  effectiveMonth: MonthStr;
  config: AssessmentConfig;
}

/** The version in force for `month`: the latest effective on or before it, or null (DEFAULT_CONFIG applies). */
export function versionFor(versions: readonly ConfigVersion[], month: MonthStr): ConfigVersion | null {
  let best: ConfigVersion | null = null;
  for (const v of versions) if (v.effectiveMonth <= month && (!best || v.effectiveMonth > best.effectiveMonth)) best = v;
  return best;
}

/** A configuration change made during `current` applies from the next month. */
export function effectiveMonthOfChange(current: MonthStr): MonthStr {
  return addMonths(current, 1);
}

/** A month's facts about one person, as gathered from the sources. */
export interface MonthFacts {
  /** tickets the person finished (status done) */
  served: number;
  /** total minutes from call to finish over those tickets */
  serviceMinutesTotal: number;
  /** cases the person accepted that were decided this month, and how many of them by the promised day */
  casesDecided: number;
  casesOnTime: number;
  /** ratings of the person's services by grade (flagged bursts excluded) */
  ratings: Partial<Record<Grade, number>>;
  /** rectifications of the person's bad ratings settled this month or overdue: on time / late */
  rectificationsOnTime: number;
  rectificationsLate: number;
  /** days signed in or serving at a window, and the month's working days (to date for the running month) */
  attendedDays: number;
  workingDays: number;
  /** substantiated complaints */
  complaintsSubstantiated: number;
  /** the sum of the leaders' conduct points */
  conductPoints: number;
  /** verified serious faults */
  vetoes: readonly VetoKind[];
}

/** One component's value: its 0–100 sub-score (null when there is nothing to score) and its weight. */
export interface ComponentScore {
  component: Component;
  /** 0–100, or null: not applicable this month (its weight goes to the others) */
  score: number | null;
  weight: number;
  /** the points this component contributes to the total */
  points: number;
}

/** A scorecard's computed part. */
export interface ScoreResult {
  components: ComponentScore[];
  /** the weighted score plus conduct points, 0–100, one decimal */
  total: number;
  band: Band;
  vetoed: boolean;
  /** red: vetoed or 不合格; yellow: within the margin above the pass line */
  flag: 'red' | 'yellow' | null;
}

/** Round half away from zero to one decimal (scores are shown with one). */
export function round1(x: number): number {
  const r = Math.round(Math.abs(x) * 10 + 1e-9) / 10;
  return x < 0 ? -r : r;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The sub-scores (0–100, or null when not applicable) of the weighted components. */
export function subScores(f: MonthFacts, c: AssessmentConfig): Record<WeightedComponent, number | null> {
  const rated = Object.values(f.ratings).reduce((s, n) => s + (n ?? 0), 0);
  const gradeSum = (Object.entries(f.ratings) as [Grade, number][]).reduce((s, [g, n]) => s + GRADE_SCORE[g] * n, 0);
  const rectified = f.rectificationsOnTime + f.rectificationsLate;
  const avgMinutes = f.served > 0 ? f.serviceMinutesTotal / f.served : null;
  return {
    // per day actually on the window, so a day off is counted once (by attendance), not twice
    volume: f.attendedDays > 0 || f.served > 0 ? clamp((f.served / (Math.max(1, f.attendedDays) * c.targets.ticketsPerDay)) * 100, 0, 100) : null,
    on_time: f.casesDecided > 0 ? (f.casesOnTime / f.casesDecided) * 100 : null,
    // full marks up to the target, none at twice the target, linear between
    service_time: avgMinutes === null ? null : clamp((2 - avgMinutes / c.targets.serviceMinutes) * 100, 0, 100),
    // average grade on 1..5 mapped to 0..100
    ratings: rated > 0 ? ((gradeSum / rated - 1) / 4) * 100 : null,
    rectification: rectified > 0 ? (f.rectificationsOnTime / rectified) * 100 : null,
    attendance: f.workingDays > 0 ? clamp((f.attendedDays / f.workingDays) * 100, 0, 100) : null,
    complaints: clamp(100 - f.complaintsSubstantiated * c.targets.complaintPenalty, 0, 100),
  };
}

/** The band of a total. */
export function bandOf(total: number, c: AssessmentConfig): Band {
  if (total >= c.bands.excellent) return 'excellent';
  if (total >= c.bands.good) return 'good';
  if (total >= c.bands.pass) return 'pass';
  return 'fail';
}

/**
 * Score a month. Components without anything to score drop out and their weight is shared by the
 * others in proportion; conduct points (capped) are added; the total is clamped to 0–100 and rounded
 * to one decimal. A verified serious fault fails the month whatever the total.
 */
export function scoreMonth(f: MonthFacts, c: AssessmentConfig): ScoreResult {
  const subs = subScores(f, c);
  const applicableWeight = WEIGHTED.reduce((s, k) => s + (subs[k] === null ? 0 : c.weights[k]), 0);
  const components: ComponentScore[] = WEIGHTED.map((k) => {
    const score = subs[k];
    const points = score === null || applicableWeight === 0 ? 0 : (score * c.weights[k]) / applicableWeight;
    return { component: k, score: score === null ? null : round1(score), weight: c.weights[k], points: round1(points) };
  });
  const weighted = WEIGHTED.reduce((s, k) => s + (applicableWeight === 0 ? 0 : ((subs[k] ?? 0) * c.weights[k]) / applicableWeight), 0);
  const conduct = clamp(f.conductPoints, -c.targets.conductCap, c.targets.conductCap);
  components.push({ component: 'conduct', score: null, weight: 0, points: round1(conduct) });
  const total = round1(clamp(weighted + conduct, 0, 100));
  return withVeto(total, f.vetoes.length > 0, components, c);
}

function withVeto(total: number, vetoed: boolean, components: ComponentScore[], c: AssessmentConfig): ScoreResult {
  const band = vetoed ? 'fail' : bandOf(total, c);
  return { components, total, band, vetoed, flag: flagOf(total, band, vetoed, c) };
}

/** Red: vetoed or 不合格; yellow: passing but within the margin above the pass line. */
export function flagOf(total: number, band: Band, vetoed: boolean, c: AssessmentConfig): 'red' | 'yellow' | null {
  if (vetoed || band === 'fail') return 'red';
  return total < c.bands.pass + c.yellowMargin ? 'yellow' : null;
}

/**
 * A closed month's score after adjustments: the frozen total plus the adjustments' points, clamped
 * and rounded; the veto still fails the month (an adjustment corrects points, not a verified fault).
 */
export function adjustedResult(frozenTotal: number, vetoed: boolean, adjustments: readonly number[], c: AssessmentConfig): { total: number; band: Band; flag: 'red' | 'yellow' | null } {
  const total = round1(clamp(frozenTotal + adjustments.reduce((s, x) => s + x, 0), 0, 100));
  const band = vetoed ? 'fail' : bandOf(total, c);
  return { total, band, flag: flagOf(total, band, vetoed, c) };
}

/** Which veto a source record can raise, from the facts the server reads. */
export function vetoCandidate(source:
  | { type: 'complaint'; category: ComplaintCategory; status: 'pending' | 'substantiated' | 'unsubstantiated' }
  | { type: 'case'; decidedOn: DateStr | null; statutoryDue: DateStr | null; today: DateStr }
  | { type: 'rating'; grade: Grade; reasons: readonly string[]; flagged: boolean },
): VetoKind | null {
  switch (source.type) {
    case 'complaint':
      return source.category === 'corruption' && source.status === 'substantiated' ? 'corruption_complaint' : null;
    case 'case': {
      if (!source.statutoryDue) return null;
      const day = source.decidedOn ?? source.today;
      return day > source.statutoryDue ? 'serious_overdue' : null;
    }
    case 'rating':
      return source.grade === 'very_dissatisfied' && !source.flagged && source.reasons.includes(CONDUCT_REASON) ? 'conduct_rating' : null;
  }
}
