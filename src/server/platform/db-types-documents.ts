/**
 * Row types of the documents and licences tables (migrations/0006_documents_licences.sql).
 */
import type { ColumnType, JSONColumnType } from 'kysely';
import type { LicencePayload, LicenceStatus } from '../../domain/licence.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** The seal's two algorithms (ADR 0020). */
export type SigningAlgorithm = 'Ed25519' | 'SM2';

export interface DocumentTables {
  signing_keys: { key_id: string; algorithm: ColumnType<SigningAlgorithm, SigningAlgorithm | undefined, SigningAlgorithm>; public_key: string; created_at: Timestamp; retired_at: Timestamp | null };
  document_sequences: { word: string; year: number; last: number };
  documents: {
    id: string;
    case_no: string;
    action_seq: number;
    type: string;
    number: string;
    title: string;
    sha256: string;
    signed_sha256: string;
    key_id: string;
    signature: string;
    /** migration 0040: null on documents signed before SM2 */
    sm2_key_id: ColumnType<string | null, string | null | undefined, string | null>;
    sm2_signature: ColumnType<string | null, string | null | undefined, string | null>;
    content: Buffer;
    created_at: Timestamp;
  };
  document_templates: { type: string; body: string; updated_by: string | null; updated_at: Timestamp };
  licence_sequences: { year: number; last: number };
  licences: {
    no: string;
    version: number;
    status: LicenceStatus;
    case_no: string;
    item_code: string;
    holder_name: string;
    holder_id: string;
    holder_kind: 'person' | 'organisation';
    holder_user_id: string | null;
    department_code: string;
    issued_on: string;
    valid_from: string;
    valid_to: string | null;
    payload: JSONColumnType<LicencePayload, string, string>;
    payload_text: string;
    key_id: string;
    signature: string;
    /** migration 0040: null on licences signed before SM2 */
    sm2_key_id: ColumnType<string | null, string | null | undefined, string | null>;
    sm2_signature: ColumnType<string | null, string | null | undefined, string | null>;
    status_reason: string | null;
    status_by: string | null;
    status_on: string | null;
    created_at: Timestamp;
  };
}
