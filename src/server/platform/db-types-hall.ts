/**
 * Row types of the hall module's tables (migrations/0005_hall.sql, 0019_hall_kiosks.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Grade, Priority } from '../../domain/hall.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface HallTables {
  hall_window_items: { window_id: number; item_code: string };
  hall_sessions: { window_id: number; day: string; user_id: string; paused: Generated<boolean>; signed_in_at: Generated<Date> };
  hall_ticket_counters: { zone_code: string; day: string; last: number };
  hall_tickets: {
    id: Generated<number>;
    day: string;
    zone_code: string;
    number: string;
    item_code: string | null;
    item_name: string | null;
    priority: Priority;
    source: 'kiosk' | 'appointment' | 'clerk';
    appointment_id: string | null;
    appt_start: Timestamp | null;
    appt_end: Timestamp | null;
    taken_at: Timestamp;
    queue_at: Timestamp;
    status: 'waiting' | 'called' | 'serving' | 'done' | 'skipped';
    target_window_id: number | null;
    window_id: number | null;
    staff_id: string | null;
    called_at: Timestamp | null;
    called_count: Generated<number>;
    started_at: Timestamp | null;
    finished_at: Timestamp | null;
    requeued: Generated<boolean>;
    transfers: Generated<number>;
    case_no: string | null;
    request_key: string | null;
    rating_token_hash: string | null;
    /** the registered kiosk that took it (0019) */
    kiosk_id: ColumnType<number | null, number | null | undefined, number | null>;
    /** SHA-256 of the ID number read, for one open ticket per person per zone per day (0019) */
    id_hash: ColumnType<string | null, string | null | undefined, string | null>;
  };
  /** registered kiosks (自助取号机) and their device tokens (0019) */
  hall_kiosks: {
    id: Generated<number>;
    name: string;
    token_hash: string;
    created_by: string;
    created_at: Timestamp;
    revoked_at: Timestamp | null;
    revoked_by: string | null;
    last_used_at: Timestamp | null;
  };
  hall_ticket_events: {
    id: Generated<number>;
    ticket_id: number;
    at: Timestamp;
    type: string;
    window_id: number | null;
    user_id: string | null;
    detail: JSONColumnType<Record<string, unknown>, string, string>;
  };
  hall_slot_counts: { zone_code: string; slot_start: Timestamp; booked: number };
  hall_appointments: {
    id: string;
    code: string;
    user_id: string;
    id_number: string | null;
    zone_code: string;
    item_code: string | null;
    item_name: string | null;
    slot_start: Timestamp;
    slot_end: Timestamp;
    status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
    created_at: Timestamp;
    checked_in_at: Timestamp | null;
    ticket_id: number | null;
  };
  hall_ratings: {
    id: Generated<number>;
    service_ref: string;
    ticket_id: number | null;
    case_no: string | null;
    zone_code: string | null;
    window_id: number | null;
    staff_id: string | null;
    item_code: string | null;
    grade: Grade;
    reasons: JSONColumnType<string[], string, string>;
    comment: string;
    channel: 'pad' | 'link' | 'online';
    device: string | null;
    phone: string | null;
    flagged: boolean;
    created_at: Timestamp;
  };
  hall_rectifications: {
    id: string;
    rating_id: number;
    department_code: string | null;
    status: 'open' | 'verified' | 'called_back' | 'rectified' | 'closed';
    opened_on: string;
    due_date: string;
    verify_note: string | null;
    callback_note: string | null;
    callback_at: Timestamp | null;
    rectify_note: string | null;
    outcome: string | null;
    closed_at: Timestamp | null;
    updated_by: string | null;
    rev: Generated<number>;
  };
}
