/**
 * The assessment API as the screens use it: shapes of docs/api-v1.md (Window staff assessment)
 * and TanStack Query hooks.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { addMonths, type AssessmentConfig, type Band, type ComplaintCategory, type Component, type VetoKind } from '../../../domain/assessment';

export interface ComponentScore {
  component: Component;
  name: string;
  score: number | null;
  weight: number;
  points: number;
  count: number;
  detail: string;
}
export interface Scorecard {
  staffId: string;
  username: string;
  staffName: string;
  departmentCode: string | null;
  departmentName: string | null;
  total: number;
  band: Band;
  bandName: string;
  vetoed: boolean;
  flag: 'red' | 'yellow' | null;
  rank: number;
  components: ComponentScore[];
  vetoes: { kind: VetoKind; kindName: string; sourceRef: string; title: string; note: string; verifiedBy: string; verifiedAt: string }[];
  adjustments: { id: string; points: number; reason: string; madeBy: string; madeAt: string }[];
  adjusted: { total: number; band: Band; bandName: string; flag: 'red' | 'yellow' | null } | null;
}
export interface WindowFigures {
  window: string;
  staff: string[];
  served: number;
  averageMinutes: number | null;
  rated: number;
  averageGrade: number | null;
}
export interface Scorecards {
  month: string;
  closed: { closedAt: string; closedBy: string } | null;
  configEffectiveMonth: string | null;
  config: AssessmentConfig;
  ranked: number;
  items: Scorecard[];
  windows: WindowFigures[];
}
export interface DrillRecord {
  ref: string;
  title: string;
  date: string;
  detail: string;
  counted: boolean;
  value: number | null;
  group: string | null;
}
export interface Records {
  month: string;
  staffId: string;
  staffName: string;
  frozen: boolean;
  components: { component: Component; name: string; items: DrillRecord[] }[];
}
export interface Complaint {
  id: string;
  staffId: string;
  staffName: string;
  occurredOn: string;
  month: string;
  category: ComplaintCategory;
  categoryName: string;
  source: string;
  summary: string;
  status: 'pending' | 'substantiated' | 'unsubstantiated';
  finding: string | null;
  recordedBy: string;
  recordedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  rev: number;
}
export interface Fault {
  staffId: string;
  staffName: string;
  month: string;
  kind: VetoKind;
  kindName: string;
  sourceRef: string;
  title: string;
  date: string;
  decision: 'verified' | 'dismissed' | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}
export interface ConfigVersion {
  effectiveMonth: string;
  config: AssessmentConfig;
  reason: string;
  createdBy: string;
  createdAt: string;
}
export interface ConfigAnswer {
  month: string;
  current: { effectiveMonth: string | null; config: AssessmentConfig };
  pending: ConfigVersion | null;
  history: ConfigVersion[];
}
export interface StaffMember {
  id: string;
  username: string;
  name: string;
  departmentCode: string | null;
  departmentName: string | null;
}

/** Months offered in the pickers: the current one and the eleven before it. */
export function recentMonths(current: string, n = 12): string[] {
  return Array.from({ length: n }, (_, i) => addMonths(current, -i));
}

export const assessmentKeys = {
  all: ['assessment'] as const,
  scorecards: (month: string | undefined) => ['assessment', 'scorecards', month ?? 'current'] as const,
  records: (staffId: string, month: string | undefined) => ['assessment', 'records', staffId, month ?? 'current'] as const,
  months: ['assessment', 'months'] as const,
};

export const useScorecards = (month: string | undefined) =>
  useQuery({ queryKey: assessmentKeys.scorecards(month), queryFn: ({ signal }) => api.get<Scorecards>('/scorecards', { month }, signal) });

export const useRecords = (staffId: string, month: string | undefined) =>
  useQuery({ queryKey: assessmentKeys.records(staffId, month), queryFn: ({ signal }) => api.get<Records>(`/scorecards/${staffId}/records`, { month }, signal) });

export const useMonths = () =>
  useQuery({ queryKey: assessmentKeys.months, queryFn: ({ signal }) => api.get<{ current: string; items: { month: string; closedAt: string; closedBy: string }[] }>('/assessment/months', undefined, signal) });
