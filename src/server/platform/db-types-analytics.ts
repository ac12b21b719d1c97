/**
 * Tables of the analytics module (migrations/0012_analytics.sql): a fact row per case and the
 * rollups kept from the facts.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Counter } from '../../domain/analytics.js';

/** The dimensions and period of a rollup row. */
interface RollupKey {
  grain: 'day' | 'month';
  period: string;
  department_code: string;
  zone: string;
  item_code: string;
  channel: string;
}

export interface AnalyticsTables {
  analytics_case_facts: {
    case_no: string;
    version: number;
    as_of: string;
    item_code: string;
    item_name: string;
    department_code: string;
    zone: string;
    channel: 'online' | 'window' | 'agent';
    status: string;
    clock_state: string;
    outcome: 'approved' | 'refused' | 'rejected' | 'withdrawn' | null;
    received_on: string | null;
    accepted_on: string | null;
    decided_on: string | null;
    closed_on: string | null;
    statutory_days: number;
    promised_days: number;
    instant: boolean;
    working_days: number | null;
    on_time_promised: boolean | null;
    on_time_statutory: boolean | null;
    supplement_rounds: number;
    paused_days: number;
    pause_kinds: JSONColumnType<string[], string, string>;
    hall_visits: number;
    zero_visit: boolean;
    /** the calendar revision the fact was computed on (NULL: revision 1, before 0020) */
    calendar_revision: ColumnType<number | null, number | null | undefined, number | null>;
  };
  analytics_rollup: RollupKey & Record<Counter, Generated<number>>;
  analytics_rollup_hist: Omit<RollupKey, 'item_code'> & { working_days: number; n: number };
}
