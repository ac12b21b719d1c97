/**
 * Row types of the notices module's tables (migrations/0030_notices.sql, 0031_notice_channels.sql).
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
    channel: 'sms' | 'wechat';
    address: string;
    status: 'pending' | 'sent' | 'dead';
    attempts: Generated<number>;
    next_at: Date;
    last_error: ColumnType<string | null, string | null | undefined, string | null>;
    provider_id: ColumnType<string | null, string | null | undefined, string | null>;
    sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  notice_settings: {
    user_id: string;
    sms: boolean;
    wechat: Generated<boolean>;
    wechat_openid: ColumnType<string | null, string | null | undefined, string | null>;
    wechat_bound_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    wechat_state: ColumnType<string | null, string | null | undefined, string | null>;
    wechat_state_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    updated_at: Date;
  };
  phone_codes: {
    id: Generated<number>;
    user_id: string;
    phone: string;
    code_hash: string;
    sent_at: Date;
    expires_at: Date;
    attempts: Generated<number>;
    used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  notice_template_versions: {
    template: string;
    version: number;
    name: string;
    sms: string;
    sms_code: ColumnType<string | null, string | null | undefined, string | null>;
    edited_by: string;
    edited_at: Date;
  };
}
