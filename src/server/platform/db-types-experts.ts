/**
 * Tables of the experts module (migrations/0010_expert_reviews.sql).
 */
import type { ColumnType, JSONColumnType } from 'kysely';
import type { Candidate, Conclusion, Criterion, DrawInput } from '../../domain/expert.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T extends object> = JSONColumnType<T, string, string>;

/** A period an expert cannot review. */
export interface Unavailability {
  from: string;
  to: string;
  reason: string;
}

export interface ExpertTables {
  experts: {
    id: string;
    user_id: string;
    name: string;
    title: ColumnType<string, string | undefined, string>;
    fields: Json<string[]>;
    employer: string;
    employer_credit_code: string | null;
    declared: Json<string[]>;
    unavailable: Json<Unavailability[]>;
    active: ColumnType<boolean, boolean | undefined, boolean>;
    rev: ColumnType<number, number | undefined, number>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  expert_reviews: {
    id: string;
    case_no: string;
    item_name: string;
    applicant_name: string;
    applicant_key: string;
    fields: Json<string[]>;
    criteria: Json<Criterion[]>;
    panel_size: number;
    requested_on: string;
    due: string;
    reason: string;
    status: 'open' | 'concluded';
    overdue: ColumnType<boolean, boolean | undefined, boolean>;
    requested_by: string;
    requested_at: Timestamp;
    start_seq: number;
    end_seq: number | null;
    conclusion: Conclusion | null;
    conclusion_text: string | null;
    concluded_by: string | null;
    concluded_at: Timestamp | null;
  };
  expert_draws: {
    review_id: string;
    step: number;
    seed: number;
    input: Json<DrawInput>;
    candidates: Json<Candidate[]>;
    chosen: Json<string[]>;
    replaces: string | null;
    drawn_by: string | null;
    drawn_at: Timestamp;
  };
  expert_assignments: {
    review_id: string;
    expert_id: string;
    draw_step: number;
    drawn_on: string;
    applicant_key: string;
    status: 'invited' | 'declined' | 'signed';
    decline_reason: string | null;
    declined_at: Timestamp | null;
    scores: JSONColumnType<Record<string, number> | null, string | null, string | null>;
    opinion: string | null;
    recommendation: Conclusion | null;
    signed_at: Timestamp | null;
    opinion_sha256: string | null;
    signature: string | null;
    key_id: string | null;
    /** migration 0040 */
    sm2_key_id: ColumnType<string | null, string | null | undefined, string | null>;
    sm2_signature: ColumnType<string | null, string | null | undefined, string | null>;
  };
}
