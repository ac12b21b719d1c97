/**
 * Expert review (专家评审): who may be drawn for a case, the seeded draw that can be re-run to
 * check it, the scoring criteria and the panel's conclusions. Pure: the service records the
 * inputs and the candidate list as they stood, so `drawPanel` on the record gives the same panel.
 */
import type { DateStr } from './calendar.js';
import { mulberry32 } from './random.js';

/** Fields of expertise (评审领域) of the pool. */
export const EXPERT_FIELDS = ['食品安全', '建筑工程', '环境保护', '医疗卫生', '消防', '交通运输', '水利', '安全生产', '文物保护', '教育'] as const;
export type ExpertField = (typeof EXPERT_FIELDS)[number];

/** Drawn for the same applicant within this many calendar days: a conflict of interest (回避). */
export const RECENT_DRAW_DAYS = 180;

/** Largest panel a review may ask for. */
export const MAX_PANEL = 9;

/** The panel's conclusions. */
export const CONCLUSIONS = { pass: '通过', fail: '不通过', pass_with_changes: '修改后通过' } as const;
export type Conclusion = keyof typeof CONCLUSIONS;

/** Why a pool member was not eligible for a draw. */
export const EXCLUSION_REASONS = {
  inactive: '已停用',
  field: '评审领域不符',
  employer: '与申请人同一单位（回避）',
  declared: '申报与该项目有利害关系（回避）',
  recent: `${RECENT_DRAW_DAYS}日内已为同一申请人评审（回避）`,
  unavailable: '评审期间不可用',
  on_panel: '已在本次评审中（含已谢绝）',
} as const;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

/** A pool member as a draw saw them. */
export interface Candidate {
  expertId: string;
  name: string;
  active: boolean;
  fields: string[];
  employer: string;
  employerCreditCode: string | null;
  /** applicants' names or credit codes the expert declared an interest in */
  declared: string[];
  unavailable: { from: DateStr; to: DateStr }[];
  /** the last day the expert was drawn for this draw's applicant, if ever */
  lastDrawnForApplicant: DateStr | null;
}

/** What a draw is asked. */
export interface DrawInput {
  applicant: { name: string; creditCode: string | null };
  fields: string[];
  /** experts wanted from this draw */
  n: number;
  /** the review's days: the draw's day to the review's due day */
  from: DateStr;
  to: DateStr;
  /** experts already on the panel or who declined it */
  exclude: string[];
}

export interface DrawResult {
  chosen: string[];
  eligible: string[];
  excluded: { expertId: string; reason: ExclusionReason }[];
}

/** A name or code as compared: no spaces, half-width brackets, upper case. */
function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();
}

/** Names compared without spaces, brackets' width or case: "泰山（集团）" = "泰山(集团)". */
export function sameParty(a: string, b: string): boolean {
  return norm(a) !== '' && norm(a) === norm(b);
}

const DAY_MS = 86_400_000;

/** The exclusion check of one draw, with the applicant's name and the dates prepared once. */
function exclusionRule(input: DrawInput): (c: Candidate) => ExclusionReason | null {
  const name = norm(input.applicant.name);
  const code = input.applicant.creditCode ? norm(input.applicant.creditCode) : null;
  const isApplicant = (s: string) => {
    const n = norm(s);
    return n !== '' && (n === name || n === code);
  };
  const exclude = new Set(input.exclude);
  const fields = new Set(input.fields);
  const from = Date.parse(`${input.from}T00:00:00Z`);
  return (c) => {
    if (!c.active) return 'inactive';
    if (exclude.has(c.expertId)) return 'on_panel';
    if (!c.fields.some((f) => fields.has(f))) return 'field';
    if ((code && c.employerCreditCode && norm(c.employerCreditCode) === code) || (norm(c.employer) !== '' && norm(c.employer) === name)) return 'employer';
    if (c.declared.some(isApplicant)) return 'declared';
    if (c.lastDrawnForApplicant && (from - Date.parse(`${c.lastDrawnForApplicant}T00:00:00Z`)) / DAY_MS < RECENT_DRAW_DAYS) return 'recent';
    if (c.unavailable.some((u) => u.from <= input.to && u.to >= input.from)) return 'unavailable';
    return null;
  };
}

/** The first reason a candidate may not sit on this panel, or null when eligible. */
export function exclusionOf(c: Candidate, input: DrawInput): ExclusionReason | null {
  return exclusionRule(input)(c);
}

/**
 * Draw `input.n` experts from the eligible candidates with a seeded shuffle. The candidates are
 * taken in expert id order, so the result depends only on the record (inputs, candidates, seed).
 * Fewer eligible than wanted: `chosen` is empty and the caller refuses.
 */
export function drawPanel(input: DrawInput, candidates: readonly Candidate[], seed: number): DrawResult {
  const sorted = [...candidates].sort((x, y) => (x.expertId < y.expertId ? -1 : x.expertId > y.expertId ? 1 : 0));
  const excluded: DrawResult['excluded'] = [];
  const eligible: string[] = [];
  const exclusion = exclusionRule(input);
  for (const c of sorted) {
    const reason = exclusion(c);
    if (reason) excluded.push({ expertId: c.expertId, reason });
    else eligible.push(c.expertId);
  }
  if (input.n < 1 || eligible.length < input.n) return { chosen: [], eligible, excluded };
  const deck = [...eligible];
  const rand = mulberry32(seed);
  // Fisher–Yates, stopping once the first n places are settled
  for (let i = 0; i < input.n; i++) {
    const j = i + Math.floor(rand() * (deck.length - i));
    [deck[i], deck[j]] = [deck[j] as string, deck[i] as string];
  }
  return { chosen: deck.slice(0, input.n), eligible, excluded };
}

/** One scoring criterion (评分项). */
export interface Criterion {
  code: string;
  name: string;
  max: number;
}

const GENERAL_CRITERIA: Criterion[] = [
  { code: 'compliance', name: '符合法律法规和标准规范', max: 30 },
  { code: 'completeness', name: '材料完整性与真实性', max: 20 },
  { code: 'feasibility', name: '技术方案可行性', max: 20 },
];

/** The field's own criterion, 30 points. */
const FIELD_CRITERIA: Record<ExpertField, Criterion> = {
  食品安全: { code: 'food_safety', name: '食品安全风险控制', max: 30 },
  建筑工程: { code: 'structure', name: '工程质量与结构安全', max: 30 },
  环境保护: { code: 'environment', name: '环境影响及防治措施', max: 30 },
  医疗卫生: { code: 'health', name: '医疗卫生与职业健康防护', max: 30 },
  消防: { code: 'fire', name: '消防安全设计', max: 30 },
  交通运输: { code: 'transport', name: '交通组织与运输安全', max: 30 },
  水利: { code: 'water', name: '防洪与水资源影响', max: 30 },
  安全生产: { code: 'work_safety', name: '安全设施与风险防控', max: 30 },
  文物保护: { code: 'heritage', name: '文物本体及环境保护', max: 30 },
  教育: { code: 'education', name: '办学条件与师资', max: 30 },
};

/** The criteria of a review in these fields: three general ones and the first field's own (100 points in all). */
export function criteriaFor(fields: readonly string[]): Criterion[] {
  const own = fields.map((f) => FIELD_CRITERIA[f as ExpertField]).find((c) => !!c) ?? { code: 'overall', name: '综合评价', max: 30 };
  return [...GENERAL_CRITERIA, own];
}

/** Problems of a score sheet against the criteria, as field paths under `scores` (empty when valid). */
export function scoreProblems(criteria: readonly Criterion[], scores: Record<string, number>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const c of criteria) {
    const v = scores[c.code];
    if (v === undefined) problems.push({ path: `scores.${c.code}`, message: `缺少"${c.name}"的评分` });
    else if (!Number.isInteger(v) || v < 0 || v > c.max) problems.push({ path: `scores.${c.code}`, message: `"${c.name}"的评分须为 0–${c.max} 的整数` });
  }
  for (const k of Object.keys(scores)) if (!criteria.some((c) => c.code === k)) problems.push({ path: `scores.${k}`, message: '不是本次评审的评分项' });
  return problems;
}

/** Below this share of the full marks a sheet fails (60 of 100); at or above the upper one it is clearly sound. */
export const PASS_SHARE = 0.6;
const STRONG_SHARE = 0.85;

/**
 * A recommendation that the scores do not bear out (通过 with 32 of 100, 不通过 with 90): a warning
 * the expert sees before signing, not a refusal — the conclusion is the expert's own judgement.
 */
export function recommendationWarning(total: number, max: number, recommendation: Conclusion | undefined): string | null {
  if (!recommendation || max <= 0) return null;
  const pass = Math.ceil(max * PASS_SHARE);
  if (recommendation !== 'fail' && total < pass) return `总分 ${total} 分，低于及格线 ${pass} 分，但建议结论为"${CONCLUSIONS[recommendation]}"。请核对评分或结论。`;
  if (recommendation === 'fail' && total >= Math.ceil(max * STRONG_SHARE)) return `总分 ${total} 分（满分 ${max} 分），但建议结论为"不通过"。请核对评分或结论。`;
  return null;
}

/** The text a signature covers: canonical (keys in a fixed order), so the same opinion gives the same hash. */
export function signedText(s: { reviewId: string; expertId: string; scores: Record<string, number>; opinion: string; recommendation: Conclusion }): string {
  const scores = Object.fromEntries(Object.keys(s.scores).sort().map((k) => [k, s.scores[k]]));
  return JSON.stringify({ reviewId: s.reviewId, expertId: s.expertId, scores, opinion: s.opinion, recommendation: s.recommendation });
}
