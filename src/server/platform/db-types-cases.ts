/**
 * Row types of the cases module's tables and the outbox (migrations/0003_cases.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Json<T extends object> = JSONColumnType<T, string, string>;

export interface CaseTables {
  case_sequences: { year: number; last: number };
  cases: {
    case_no: string;
    query_code: string;
    item_code: string;
    item_version: number;
    item_name: string;
    department_code: string;
    limits: Json<{ statutoryDays: number; promisedDays: number; warningDays: number; instant: boolean; stepDays?: number[] }>;
    situation_codes: Json<string[]>;
    form: Json<Record<string, unknown>>;
    channel: 'online' | 'window' | 'agent';
    applicant_user_id: string | null;
    applicant_kind: 'person' | 'organisation';
    applicant_name: string;
    applicant_id_number: string | null;
    applicant_credit_code: string | null;
    applicant_phone: string | null;
    filed_by: string;
    /** 代办: the registered agency authorisation an agent filed under (0018) */
    agency_authorisation_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** the issued licence this case changes or renews */
    licence_no: ColumnType<string | null, string | null | undefined, string | null>;
    /** 信用联合惩戒: why the applicant was flagged when the case was made, if they were */
    credit_flag: ColumnType<string | null, string | null | undefined, string | null>;
    licence_purpose: ColumnType<'change' | 'renewal' | null, 'change' | 'renewal' | null | undefined, 'change' | 'renewal' | null>;
    created_at: Generated<Date>;
    version: Generated<number>;
    status: string;
    clock_state: string;
    assignee_id: Generated<string | null>;
    received_on: string | null;
    acceptance_due: string | null;
    promised_due: string | null;
    decision_due: string | null;
    /** the calendar revision the due days were last computed on (NULL: revision 1, before 0020) */
    calendar_revision: ColumnType<number | null, number | null | undefined, number | null>;
    /** how many case_materials rows the case has, moved by every attachment (0057) */
    materials_count: Generated<number>;
    updated_at: Generated<Date>;
  };
  case_actions: {
    case_no: string;
    seq: number;
    type: string;
    at: ColumnType<Date, Date, never>;
    on_day: string;
    actor_id: string | null;
    actor_name: string;
    payload: Json<Record<string, unknown>>;
  };
  files: {
    id: string;
    owner_key: string;
    name: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Uint8Array;
    uploaded_by: string | null;
    created_at: Generated<Date>;
  };
  case_materials: {
    id: string;
    case_no: string;
    material_code: string;
    material_name: string;
    file_id: string;
    reused: Generated<boolean>;
    case_version: number;
    created_at: Generated<Date>;
  };
  case_followups: {
    id: string;
    case_no: string;
    material_code: string;
    due: string;
    status: Generated<'open' | 'passed' | 'failed'>;
    created_at: Generated<Date>;
  };
  outbox: {
    id: Generated<number>;
    topic: string;
    subject: string;
    payload: Json<Record<string, unknown>>;
    dedupe_key: string | null;
    created_at: Generated<Date>;
    dispatched_at: Date | null;
    /** the writing transaction's id (xid8, as text): consumers read in (txid, id) order */
    txid: Generated<string>;
  };
  outbox_cursors: { consumer: string; txid: string; id: number; updated_at: Generated<Date> };
  outbox_failures: { consumer: string; outbox_id: number; attempts: number; last_error: string; parked: Generated<boolean>; failed_at: Generated<Date> };
}
