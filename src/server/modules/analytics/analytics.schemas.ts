/**
 * Request and response shapes of the analytics API (/api/v1/analytics, /api/v1/public/open-data).
 */
import { z } from 'zod';
import { CHANNELS, DRILL_FIGURES, INTERVALS, METRICS, type Channel, type DrillFigure, type Metric } from '../../../domain/analytics.js';
import { PAUSE_KINDS, type PauseKind } from '../../../domain/clock.js';
import { FEE_FIGURES, type FeeFigure } from '../../../domain/fees.js';
import { GRADES } from '../../../domain/hall.js';
import { day } from '../../platform/schemas.js';

const keys = <K extends string>(o: Record<K, unknown>) => Object.keys(o) as [K, ...K[]];

/** The filters every figure takes. */
export const figureQuery = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  zone: z.string().regex(/^[A-Z]$/, '服务区代码为一个大写字母').optional(),
  department: z.string().trim().min(1).max(40).optional(),
  item: z.string().trim().min(1).max(120).optional(),
  channel: z.enum(keys<Channel>(CHANNELS)).optional(),
});

export const seriesQuery = figureQuery.extend({
  metric: z.enum(keys<Metric>(METRICS)),
  interval: z.enum(INTERVALS).default('month'),
});

export const breakdownQuery = figureQuery.extend({ by: z.enum(['department', 'zone', 'item', 'channel']) });

/** Cases of one item by a field its application form marks as a dimension (主体业态). */
export const formDimensionQuery = figureQuery.extend({ item: z.string().trim().min(1).max(120), field: z.string().trim().min(1).max(80) });
export const formDimensionView = z.object({
  item: z.string(),
  field: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(z.object({ value: z.string(), received: z.number(), approved: z.number(), refused: z.number() })),
});

export const drillQuery = figureQuery.extend({
  figure: z.enum(keys<DrillFigure>(DRILL_FIGURES)),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const exportQuery = figureQuery.extend({ figure: z.enum(keys<DrillFigure>(DRILL_FIGURES)) });

export const openDataQuery = z.strictObject({ year: z.coerce.number().int().min(2018).max(2100).optional() });

const rate = z.number().nullable();
const satisfactionView = z.object({
  total: z.number(),
  byGrade: z.object(Object.fromEntries(GRADES.map((g) => [g, z.number()])) as Record<(typeof GRADES)[number], z.ZodNumber>),
  averageScore: z.number().nullable(),
  satisfiedRate: rate,
  bad: z.number(),
});

const figureFields = {
  received: z.number(),
  accepted: z.number(),
  decided: z.number(),
  approved: z.number(),
  refused: z.number(),
  rejected: z.number(),
  withdrawn: z.number(),
  onTimeRate: rate,
  statutoryOnTimeRate: rate,
  avgWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
  promisedCompression: rate,
  actualCompression: rate,
  onlineRate: rate,
  zeroVisitRate: rate,
  instantShare: rate,
  supplementRate: rate,
  refusalRate: rate,
  pausedCases: z.number(),
  pausedDays: z.number(),
  pausesByKind: z.object(Object.fromEntries(Object.keys(PAUSE_KINDS).map((k) => [k, z.number()])) as Record<PauseKind, z.ZodNumber>),
};

export const summaryView = z.object({ from: z.string(), to: z.string(), ...figureFields, satisfaction: satisfactionView });

export const seriesView = z.object({
  metric: z.string(),
  name: z.string(),
  interval: z.enum(INTERVALS),
  points: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
});

export const breakdownView = z.object({ by: z.string(), items: z.array(z.object({ key: z.string(), name: z.string(), ...figureFields })) });

export const drillView = z.object({
  figure: z.string(),
  name: z.string(),
  total: z.number(),
  items: z.array(
    z.object({
      caseNo: z.string(),
      itemCode: z.string(),
      itemName: z.string(),
      departmentCode: z.string(),
      zone: z.string(),
      channel: z.enum(keys<Channel>(CHANNELS)),
      status: z.string(),
      receivedOn: z.string().nullable(),
      acceptedOn: z.string().nullable(),
      decidedOn: z.string().nullable(),
      closedOn: z.string().nullable(),
      promisedDays: z.number(),
      statutoryDays: z.number(),
      workingDays: z.number().nullable(),
      onTimePromised: z.boolean().nullable(),
      supplementRounds: z.number(),
      pausedDays: z.number(),
      zeroVisit: z.boolean(),
    }),
  ),
});

export const hallView = z.object({
  zones: z.array(z.object({ code: z.string(), name: z.string() })),
  heatmap: z.array(z.object({ zone: z.string(), hour: z.number(), tickets: z.number(), avgWaitMinutes: z.number().nullable() })),
  appointments: z.object({ total: z.number(), checkedIn: z.number(), noShow: z.number(), cancelled: z.number(), open: z.number(), noShowRate: rate }),
});

export const ratingsView = z.object({
  satisfaction: satisfactionView,
  rectifications: z.object({ total: z.number(), closed: z.number(), closedOnTime: z.number(), onTimeRate: rate, overdueOpen: z.number() }),
});

export const exchangeView = z.object({
  total: z.number(),
  delivered: z.number(),
  pending: z.number(),
  dead: z.number(),
  deliveredOnTime: z.number(),
  onTimeRate: rate,
  avgAttempts: z.number().nullable(),
});

export const rebuildView = z.object({ cases: z.number(), rollupRows: z.number(), seconds: z.number() });

export const openDataView = z.object({
  year: z.number(),
  months: z.array(z.string()),
  divisions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      months: z.array(
        z.object({ month: z.string(), received: z.number(), decided: z.number(), onTimeRate: rate, onlineRate: rate, ratings: z.number(), satisfiedRate: rate }),
      ),
    }),
  ),
});

/** Fee figures (收费统计): the filters; `figure` picks the drill-down and export list. */
export const feeQuery = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  department: z.string().trim().min(1).max(40).optional(),
  item: z.string().trim().min(1).max(120).optional(),
});
export const feeDrillQuery = feeQuery.extend({
  figure: z.enum(keys<FeeFigure>(FEE_FIGURES)),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const feeExportQuery = feeQuery.extend({ figure: z.enum(keys<FeeFigure>(FEE_FIGURES)) });

/** Count and sum (fen) of each fee figure. */
const feeSums = z.object(Object.fromEntries(Object.keys(FEE_FIGURES).map((k) => [k, z.object({ count: z.number(), fen: z.number() })])) as Record<FeeFigure, z.ZodObject<{ count: z.ZodNumber; fen: z.ZodNumber }>>);
export const feeFiguresView = z.object({
  from: z.string(),
  to: z.string(),
  totals: feeSums,
  months: z.array(z.object({ month: z.string(), figures: feeSums })),
  items: z.array(z.object({ itemCode: z.string(), itemName: z.string(), figures: feeSums })),
});
export const feeDrillView = z.object({
  figure: z.string(),
  name: z.string(),
  total: z.number(),
  sumFen: z.number(),
  items: z.array(
    z.object({
      assessmentId: z.string(),
      caseNo: z.string(),
      itemCode: z.string(),
      itemName: z.string(),
      feeName: z.string(),
      day: z.string(),
      amountFen: z.number(),
      status: z.string(),
      statusName: z.string(),
    }),
  ),
});
