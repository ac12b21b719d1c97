/**
 * Row types of the assessment module's tables (migrations/0013_assessment.sql).
 */
import type { ColumnType, JSONColumnType } from 'kysely';
import type { AssessmentConfig, ComplaintCategory, VetoKind } from '../../domain/assessment.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** numeric comes back as text; written as a number */
type Numeric = ColumnType<string, number, number>;
type Json<T extends object> = JSONColumnType<T, string, string>;

export interface AssessmentTables {
  assessment_configs: { effective_month: string; config: Json<AssessmentConfig>; reason: string; created_by: string; created_at: Timestamp };
  assessment_complaints: {
    id: string;
    staff_id: string;
    occurred_on: string;
    month: string;
    category: ComplaintCategory;
    source: string;
    summary: string;
    status: 'pending' | 'substantiated' | 'unsubstantiated';
    finding: string | null;
    recorded_by: string;
    recorded_at: Timestamp;
    decided_by: string | null;
    decided_at: Timestamp | null;
    request_key: string;
    rev: ColumnType<number, number | undefined, number>;
  };
  assessment_conduct_points: { id: string; staff_id: string; month: string; points: Numeric; reason: string; given_by: string; given_at: Timestamp; request_key: string };
  assessment_faults: {
    id: string;
    staff_id: string;
    month: string;
    kind: VetoKind;
    source_ref: string;
    decision: 'verified' | 'dismissed';
    note: string;
    decided_by: string;
    decided_at: Timestamp;
  };
  assessment_months: { month: string; closed_by: string; closed_at: Timestamp; config: Json<AssessmentConfig> };
  assessment_snapshots: { month: string; staff_id: string; scorecard: Json<Record<string, unknown>>; records: Json<Record<string, unknown>> };
  assessment_adjustments: { id: string; month: string; staff_id: string; points: Numeric; reason: string; made_by: string; made_at: Timestamp; request_key: string };
}
