/**
 * Tables of the inspections module (migrations/0009_inspections.sql, 0016_inspection_cancel.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { PointResult } from '../../domain/inspection.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface InspectionTables {
  inspections: {
    id: string;
    case_no: string;
    round: number;
    status: 'requested' | 'scheduled' | 'done' | 'cancelled';
    reason: string;
    checklist: JSONColumnType<string[], string, string>;
    requested_by: string;
    requested_by_name: string;
    requested_at: Timestamp;
    scheduled_on: string | null;
    address: string | null;
    scheduled_by_name: string | null;
    scheduled_at: Timestamp | null;
    start_seq: number | null;
    end_seq: number | null;
    results: JSONColumnType<PointResult[], string | undefined, string>;
    notes: Generated<string>;
    rectification: Generated<string>;
    rectify_due: string | null;
    latitude: number | null;
    longitude: number | null;
    recorded_at: Timestamp | null;
    recorded_by_name: string | null;
    rev: Generated<number>;
    outcome: 'pass' | 'fail' | null;
    finished_on: string | null;
    cancel_reason: ColumnType<string | null, string | null | undefined, string | null>;
  };
  inspection_inspectors: { inspection_id: string; user_id: string; name: string; position: number; confirmed_at: Timestamp | null };
  inspection_photos: {
    id: string;
    inspection_id: string;
    name: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Buffer;
    uploaded_by_name: string;
    created_at: Timestamp;
  };
}
