/**
 * Row types of the fees module's tables (migrations/0055_fees.sql, 0056_fee_late_rules.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type FeeStatusColumn = 'waiver_pending' | 'unpaid' | 'paid' | 'waived' | 'overdue' | 'refunded' | 'cancelled';
export type FeeFlagKind = 'forged_callback' | 'amount_mismatch' | 'not_recorded' | 'not_paid' | 'amount_differs';

export interface FeeTables {
  fee_assessments: {
    id: string;
    case_no: string;
    fee_index: number;
    fee_name: string;
    basis: string;
    item_code: string;
    due_at: 'acceptance' | 'decision';
    rule: JSONColumnType<Record<string, unknown>, string, string>;
    input: JSONColumnType<Record<string, unknown>, string, string>;
    amount_fen: number;
    waiver_code: Nullable<string>;
    waiver_name: Nullable<string>;
    waiver_percent: Nullable<number>;
    waiver_approver_role: Nullable<string>;
    waived_fen: Generated<number>;
    due_fen: number;
    payee: string;
    status: FeeStatusColumn;
    assessed_by: string;
    assessed_by_name: string;
    assessed_at: Date;
    waiver_approved_by: Nullable<string>;
    waiver_approved_name: Nullable<string>;
    waiver_approved_at: Nullable<Date>;
    order_no: Nullable<string>;
    pay_code: Nullable<string>;
    pay_url: Nullable<string>;
    notice_day: Nullable<string>;
    deadline: Nullable<string>;
    paid_at: Nullable<Date>;
    paid_fen: Nullable<number>;
    trade_no: Nullable<string>;
    receipt_no: Nullable<string>;
    receipt_file: Nullable<Buffer>;
    receipt_sha256: Nullable<string>;
    refunded_at: Nullable<Date>;
    refund_fen: Nullable<number>;
    refund_reason: Nullable<string>;
    refund_by: Nullable<string>;
    created_at: Date;
    late_rule: ColumnType<Record<string, unknown>, string | undefined, string>;
    surcharge_fen: Generated<number>;
    surcharge_days: Generated<number>;
    surcharge_day: Nullable<string>;
    lapsed_at: Nullable<Date>;
  };
  fee_callbacks: {
    id: Generated<number>;
    msg_id: Nullable<string>;
    received_at: Date;
    order_no: Nullable<string>;
    verdict: 'applied' | 'forged' | 'amount_mismatch' | 'unknown_order' | 'ignored';
    detail: string;
    body: string;
  };
  fee_flags: {
    id: string;
    kind: FeeFlagKind;
    order_no: Nullable<string>;
    pay_code: Nullable<string>;
    statement_day: Nullable<string>;
    statement_fen: Nullable<number>;
    recorded_fen: Nullable<number>;
    detail: string;
    created_at: Date;
    resolved_at: Nullable<Date>;
    resolved_by: Nullable<string>;
    resolution: Nullable<string>;
    note: Nullable<string>;
  };
  fee_statements: {
    day: string;
    imported_at: Date;
    imported_by: Nullable<string>;
    lines: number;
    total_fen: number;
    csv: string;
  };
  fee_reminders: {
    assessment_id: string;
    day: string;
  };
}
