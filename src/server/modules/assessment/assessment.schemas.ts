/**
 * Request and response shapes of the assessment API (scorecards, drill-down, configuration,
 * complaints, conduct points, faults, closing months, adjustments).
 */
import { z } from 'zod';
import { assessmentConfig, BANDS, COMPLAINT_CATEGORIES, COMPONENTS, isMonth, VETO_KINDS } from '../../../domain/assessment.js';
import { day } from '../../platform/schemas.js';

export const month = z.string().refine(isMonth, '月份格式应为 YYYY-MM');
const note = z.string().trim().min(1, '请填写说明').max(2000);
const requestKey = z.string().trim().min(8).max(80);
/** one decimal */
const points = (max: number) =>
  z
    .number()
    .min(-max)
    .max(max)
    .refine((x) => x !== 0, '分值不能为0')
    .refine((x) => Number.isInteger(Math.round(x * 10 * 1e6) / 1e6), '分值最多一位小数');

export const monthQuery = z.object({ month: month.optional() });
export const recordsQuery = z.object({ month: month.optional(), component: z.enum(COMPONENTS).optional() });
export const idParam = z.object({ id: z.uuid() });

const band = z.enum(BANDS);
const flag = z.enum(['red', 'yellow']).nullable();

export const drillRecord = z.object({
  /** the source: ticket:<id>, case:<no>, rating:<id>, rectification:<id>, day:<YYYY-MM-DD>, complaint:<id>, conduct:<id> */
  ref: z.string(),
  title: z.string(),
  date: z.string(),
  detail: z.string(),
  /** whether it counts in the score (a flagged rating, a rectification not yet due and a pending complaint do not) */
  counted: z.boolean(),
  /** minutes of a ticket, grade score of a rating, points of a conduct entry */
  value: z.number().nullable(),
  /** the window a ticket or rating belongs to */
  group: z.string().nullable(),
});
export type DrillRecord = z.infer<typeof drillRecord>;

export const componentView = z.object({
  component: z.enum(COMPONENTS),
  name: z.string(),
  /** 0–100, null when nothing to score this month */
  score: z.number().nullable(),
  weight: z.number(),
  points: z.number(),
  count: z.number(),
  detail: z.string(),
});

export const vetoView = z.object({
  kind: z.enum(VETO_KINDS),
  kindName: z.string(),
  sourceRef: z.string(),
  title: z.string(),
  note: z.string(),
  verifiedBy: z.string(),
  verifiedAt: z.string(),
});

export const adjustmentView = z.object({ id: z.string(), points: z.number(), reason: z.string(), madeBy: z.string(), madeAt: z.string() });

export const scorecardView = z.object({
  staffId: z.string(),
  username: z.string(),
  staffName: z.string(),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  total: z.number(),
  band,
  bandName: z.string(),
  vetoed: z.boolean(),
  flag,
  rank: z.number(),
  components: z.array(componentView),
  vetoes: z.array(vetoView),
  adjustments: z.array(adjustmentView),
  /** a closed month's score after its adjustments (the frozen score stays beside it) */
  adjusted: z.object({ total: z.number(), band, bandName: z.string(), flag }).nullable(),
});
export type ScorecardView = z.infer<typeof scorecardView>;

export const windowView = z.object({ window: z.string(), staff: z.array(z.string()), served: z.number(), averageMinutes: z.number().nullable(), rated: z.number(), averageGrade: z.number().nullable() });

export const scorecardsView = z.object({
  month: z.string(),
  closed: z.object({ closedAt: z.string(), closedBy: z.string() }).nullable(),
  /** the month the configuration in force took effect (null: the built-in default) */
  configEffectiveMonth: z.string().nullable(),
  config: assessmentConfig,
  /** how many window staff the ranks are among (the whole bureau) */
  ranked: z.number(),
  /** the caller's rows: their own (window staff), their team (section chief) or everyone (director), ranked */
  items: z.array(scorecardView),
  windows: z.array(windowView),
});

export const recordsView = z.object({
  month: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  frozen: z.boolean(),
  components: z.array(z.object({ component: z.enum(COMPONENTS), name: z.string(), items: z.array(drillRecord) })),
});

export const configVersionView = z.object({ effectiveMonth: z.string(), config: assessmentConfig, reason: z.string(), createdBy: z.string(), createdAt: z.string() });
export const configView = z.object({
  month: z.string(),
  current: z.object({ effectiveMonth: z.string().nullable(), config: assessmentConfig }),
  /** a change waiting for its month */
  pending: configVersionView.nullable(),
  history: z.array(configVersionView),
});
export const configBody = z.strictObject({ config: assessmentConfig, reason: note });

export const complaintView = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  occurredOn: z.string(),
  month: z.string(),
  category: z.enum(COMPLAINT_CATEGORIES),
  categoryName: z.string(),
  source: z.string(),
  summary: z.string(),
  status: z.enum(['pending', 'substantiated', 'unsubstantiated']),
  finding: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rev: z.number(),
});
export const complaintBody = z.strictObject({
  staffId: z.uuid(),
  occurredOn: day,
  category: z.enum(COMPLAINT_CATEGORIES),
  /** 来源: 12345热线, 现场, 信函, 网上 … */
  source: z.string().trim().min(1, '请填写投诉来源').max(100),
  summary: note,
  requestKey,
});
export type ComplaintBody = z.infer<typeof complaintBody>;
export const complaintDecisionBody = z.strictObject({ substantiated: z.boolean(), finding: note, rev: z.number().int().min(1) });

export const conductView = z.object({ id: z.string(), staffId: z.string(), month: z.string(), points: z.number(), reason: z.string(), givenBy: z.string(), givenAt: z.string() });
export const conductBody = z.strictObject({ staffId: z.uuid(), month, points: points(10), reason: note, requestKey });
export type ConductBody = z.infer<typeof conductBody>;

export const faultView = z.object({
  staffId: z.string(),
  staffName: z.string(),
  month: z.string(),
  kind: z.enum(VETO_KINDS),
  kindName: z.string(),
  sourceRef: z.string(),
  title: z.string(),
  date: z.string(),
  decision: z.enum(['verified', 'dismissed']).nullable(),
  note: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export const faultBody = z.strictObject({
  month,
  sourceRef: z.string().regex(/^(complaint|case|rating):[\w-]+$/, '来源格式如 complaint:<id>、case:<办件号>、rating:<id>'),
  decision: z.enum(['verified', 'dismissed']),
  note,
});
export type FaultBody = z.infer<typeof faultBody>;

export const closeBody = z.strictObject({ month });
export const monthsView = z.object({ current: z.string(), items: z.array(z.object({ month: z.string(), closedAt: z.string(), closedBy: z.string() })) });

export const adjustmentBody = z.strictObject({ month, staffId: z.uuid(), points: points(20), reason: note, requestKey });
export type AdjustmentBody = z.infer<typeof adjustmentBody>;

export const staffView = z.object({ items: z.array(z.object({ id: z.string(), username: z.string(), name: z.string(), departmentCode: z.string().nullable(), departmentName: z.string().nullable() })) });

/** `GET /assessment/review-scorecards`: the review chain's people for a month (ADR 0011). */
export const reviewScorecardsView = z.object({
  month: z.string(),
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      steps: z.number().describe('本月办结的审查、审核、审批环节数'),
      onTime: z.number().describe('其中在环节截止日前办结的'),
      opinions: z.number().describe('单独提交的审查/审核/审批意见数'),
      vetoes: z.array(z.string()).describe('超过法定期限、责任落在本人所持环节的办件（严重超期，一票否决）'),
    }),
  ),
});
