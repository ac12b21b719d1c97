/**
 * Row types of the province module's tables (migrations/0047_province_pushes.sql, 0048_library_licence_uses.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface ProvinceTables {
  province_pushes: {
    id: Generated<number>;
    outbox_id: number;
    kind: 'banjian' | 'rating' | 'licence';
    subject: string;
    record_id: string;
    record: JSONColumnType<Record<string, unknown>, string, string>;
    status: 'pending' | 'accepted' | 'rejected' | 'failed';
    attempts: Generated<number>;
    next_at: Date;
    retry_from: Date;
    claim: Nullable<string>;
    claimed_until: Nullable<Date>;
    last_error: Nullable<string>;
    receipt_id: Nullable<string>;
    reason: Nullable<string>;
    field_errors: ColumnType<{ field: string; message: string }[] | null, string | null | undefined, string | null>;
    answered_at: Nullable<Date>;
    resent_count: Generated<number>;
    created_at: Date;
  };
  case_library_licences: {
    id: Generated<number>;
    case_no: string;
    material_code: string;
    licence_no: string;
    version: number;
    record_id: string;
    type_name: string;
    case_version: number;
    consent_text: string;
    consent_by: string;
    consent_at: Date;
  };
}
