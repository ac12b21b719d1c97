/**
 * Row types of the notices module's tables (migrations/0030_notices.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface NoticeTables {
  notices: {
    id: string;
    outbox_id: number;
    user_id: string;
    case_no: string | null;
    template: string;
    title: string;
    body: string;
    params: JSONColumnType<Record<string, string>, string, string>;
    required: boolean;
    created_at: Date;
    read_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  notice_deliveries: {
    id: Generated<number>;
    notice_id: string;
    channel: 'sms';
    address: string;
    status: 'pending' | 'sent' | 'dead';
    attempts: Generated<number>;
    next_at: Date;
    last_error: ColumnType<string | null, string | null | undefined, string | null>;
    provider_id: ColumnType<string | null, string | null | undefined, string | null>;
    sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  notice_settings: { user_id: string; sms: boolean; updated_at: Date };
}
