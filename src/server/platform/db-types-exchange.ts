/**
 * Row types of the exchange tables (migrations/0007_exchange.sql, 0014, 0050_regulator_workbench.sql).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { InboundMessage } from '../../domain/exchange.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ExchangeTables {
  exchange_state: { id: number; outbox_upto: number; head_hash: string; nats_upto: Generated<number> };
  exchange_subscriptions: {
    id: string;
    department_code: string;
    name: string;
    url: string;
    event_types: JSONColumnType<string[], string, string>;
    item_codes: JSONColumnType<string[] | null, string | null, string | null>;
    secret: string;
    enabled: Generated<boolean>;
    consecutive_failures: Generated<number>;
    alerting_since: Timestamp | null;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  exchange_events: {
    seq: Generated<number>;
    outbox_id: number;
    type: string;
    subject: string;
    item_code: string;
    event: JSONColumnType<Record<string, unknown>, string, string>;
    prev_hash: string;
    hash: string;
    created_at: Timestamp;
  };
  exchange_deliveries: {
    id: Generated<number>;
    subscription_id: string;
    event_seq: number;
    subject: string;
    status: 'pending' | 'delivered' | 'dead';
    attempts: Generated<number>;
    next_at: Timestamp;
    retry_from: Timestamp;
    claimed_until: Timestamp | null;
    claim: string | null;
    receipt_due: string;
    delivered_at: Timestamp | null;
    last_status: number | null;
    last_error: string | null;
    created_at: Timestamp;
  };
  exchange_attempts: {
    id: Generated<number>;
    delivery_id: number;
    at: Timestamp;
    status_code: number | null;
    latency_ms: number;
    error: string | null;
    response: string | null;
  };
  exchange_inbound: {
    id: string;
    department_code: string;
    message_id: string;
    type: InboundMessage['type'];
    licence_no: string | null;
    holder_id: string | null;
    body: JSONColumnType<Record<string, unknown>, string, string>;
    status: 'received' | 'awaiting_confirmation' | 'applied' | 'declined';
    effect: string | null;
    received_at: Timestamp;
    applied_at: Timestamp | null;
    decided_by: Generated<string | null>;
    decision_note: Generated<string | null>;
    prev_hash: string;
    hash: string;
    sent_by: Generated<string | null>;
    sent_by_name: Generated<string | null>;
  };
  exchange_acks: {
    department_code: string;
    event_seq: number;
    event_on: string;
    due: string;
    acknowledged_at: Timestamp | null;
    acknowledged_on: string | null;
    acknowledged_by: string | null;
    acknowledged_by_name: string | null;
  };
  exchange_department_keys: { department_code: string; secret: string; created_at: Generated<Date> };
}
