/** Types and calls of /api/v1/analytics and /api/v1/public/open-data. */
import { format } from 'echarts';
import type { Query } from '../../api/client';
import type { Channel, DrillFigure, Interval, Metric } from '../../../domain/analytics';
import type { Grade } from '../../../domain/hall';
import type { PauseKind } from '../../../domain/clock';

/** The filters every figure takes (all optional; absent period: since 2018 up to today). */
export interface Filters extends Query {
  from?: string;
  to?: string;
  zone?: string;
  department?: string;
  item?: string;
  channel?: Channel;
}

export interface Satisfaction {
  total: number;
  byGrade: Record<Grade, number>;
  averageScore: number | null;
  satisfiedRate: number | null;
  bad: number;
}

export interface Figures {
  received: number;
  accepted: number;
  decided: number;
  approved: number;
  refused: number;
  rejected: number;
  withdrawn: number;
  onTimeRate: number | null;
  statutoryOnTimeRate: number | null;
  avgWorkingDays: number | null;
  p90WorkingDays: number | null;
  promisedCompression: number | null;
  actualCompression: number | null;
  onlineRate: number | null;
  zeroVisitRate: number | null;
  instantShare: number | null;
  supplementRate: number | null;
  refusalRate: number | null;
  pausedCases: number;
  pausedDays: number;
  pausesByKind: Record<PauseKind, number>;
}

export interface Summary extends Figures {
  from: string;
  to: string;
  satisfaction: Satisfaction;
}

export interface Series {
  metric: Metric;
  name: string;
  interval: Interval;
  points: { period: string; value: number | null }[];
}

export interface Breakdown {
  by: string;
  items: (Figures & { key: string; name: string })[];
}

export interface DrillCase {
  caseNo: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  zone: string;
  channel: Channel;
  status: string;
  receivedOn: string | null;
  acceptedOn: string | null;
  decidedOn: string | null;
  closedOn: string | null;
  promisedDays: number;
  statutoryDays: number;
  workingDays: number | null;
  onTimePromised: boolean | null;
  supplementRounds: number;
  pausedDays: number;
  zeroVisit: boolean;
}

export interface Drill {
  figure: DrillFigure;
  name: string;
  total: number;
  items: DrillCase[];
}

export interface HallFigures {
  zones: { code: string; name: string }[];
  heatmap: { zone: string; hour: number; tickets: number; avgWaitMinutes: number | null }[];
  appointments: { total: number; checkedIn: number; noShow: number; cancelled: number; open: number; noShowRate: number | null };
}

export interface RatingFigures {
  satisfaction: Satisfaction;
  rectifications: { total: number; closed: number; closedOnTime: number; onTimeRate: number | null; overdueOpen: number };
}

export interface ExchangeFigures {
  total: number;
  delivered: number;
  pending: number;
  dead: number;
  deliveredOnTime: number;
  onTimeRate: number | null;
  avgAttempts: number | null;
}

export interface OpenData {
  year: number;
  months: string[];
  divisions: {
    code: string;
    name: string;
    months: { month: string; received: number; decided: number; onTimeRate: number | null; onlineRate: number | null; ratings: number; satisfiedRate: number | null }[];
  }[];
}

/** A rate as a percentage with one decimal, or — when there is nothing to divide. */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
}

/** The hall heat map's tooltip. ECharts renders it as HTML, so the zone's name (typed in by a hall manager) is escaped. */
export function heatmapTooltip(zoneName: string, hour: number, avgWaitMinutes: number, tickets: number): string {
  return `${format.encodeHTML(zoneName)} ${hour}时：平均等候 ${avgWaitMinutes} 分钟（${tickets} 人）`;
}
