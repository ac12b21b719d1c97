/**
 * SQL of the regulators' workbench: a department's events with their acknowledgements, and the
 * 事中事后监管 figures per department.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { RegulatorFigure } from '../../../domain/exchange-terms.js';
import type { Executor } from '../../platform/db.js';
import { departmentsRelation } from '../org/org.queries.js';

export interface EventFilter {
  departmentCode: string;
  status?: 'open' | 'overdue' | 'acknowledged' | 'late';
  type?: string;
  before?: number;
  limit: number;
  today: string;
}

/** A department's acknowledgeable events, newest first. */
export function events(db: Executor, f: EventFilter) {
  let q = db
    .selectFrom('exchange_acks as a')
    .innerJoin('exchange_events as e', 'e.seq', 'a.event_seq')
    .select(['a.event_seq', 'a.department_code', 'a.event_on', 'a.due', 'a.acknowledged_at', 'a.acknowledged_on', 'a.acknowledged_by_name', 'e.type', 'e.subject', 'e.item_code', 'e.event'])
    .where('a.department_code', '=', f.departmentCode)
    .orderBy('a.event_seq', 'desc')
    .limit(f.limit);
  if (f.status === 'open') q = q.where('a.acknowledged_at', 'is', null);
  if (f.status === 'overdue') q = q.where('a.acknowledged_at', 'is', null).where('a.due', '<', f.today);
  if (f.status === 'acknowledged') q = q.where('a.acknowledged_at', 'is not', null);
  if (f.status === 'late') q = q.where('a.acknowledged_at', 'is not', null).whereRef('a.acknowledged_on', '>', 'a.due');
  if (f.type) q = q.where('e.type', '=', f.type);
  if (f.before) q = q.where('a.event_seq', '<', f.before);
  return q.execute();
}
export type EventRow = Awaited<ReturnType<typeof events>>[number];

export function event(db: Executor, departmentCode: string, seq: number) {
  return db
    .selectFrom('exchange_acks as a')
    .innerJoin('exchange_events as e', 'e.seq', 'a.event_seq')
    .select(['a.event_seq', 'a.department_code', 'a.event_on', 'a.due', 'a.acknowledged_at', 'a.acknowledged_on', 'a.acknowledged_by_name', 'e.type', 'e.subject', 'e.item_code', 'e.event'])
    .where('a.department_code', '=', departmentCode)
    .where('a.event_seq', '=', seq)
    .executeTakeFirst();
}

export interface DepartmentFigures {
  department_code: string;
  department_name: string;
  items: number;
  licences_in_force: number;
  events: number;
  acknowledged: number;
  on_time: number;
  late: number;
  overdue: number;
  avg_ack_days: number | null;
  inspections: number;
  problems: number;
  penalties: number;
  suspend_requests: number;
  revoke_requests: number;
  blacklist: number;
  open_requests: number;
  sent_from_workbench: number;
  deliveries: number;
  delivered: number;
  delivered_on_time: number;
  dead: number;
}

/** Which figures: one department or all; a period (the event's business date, the message's and delivery's day of receipt), or all time. */
export interface FiguresFilter {
  today: string;
  departmentCode?: string;
  from?: string;
  to?: string;
}

/** `col` (a date text) within the period, or true without one. */
function within(col: RawBuilder<unknown>, f: { from?: string; to?: string }): RawBuilder<SqlBool> {
  return sql<SqlBool>`${f.from ? sql`${col} >= ${f.from}` : sql`true`} AND ${f.to ? sql`${col} <= ${f.to}` : sql`true`}`;
}
const receivedOn = sql`to_char(received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;

/** The 事中事后监管 figures of the regulator departments (one, or all with `departmentCode` undefined), over a period or all time. */
export async function figures(db: Executor, f: FiguresFilter): Promise<DepartmentFigures[]> {
  const only = f.departmentCode ? sql`AND d.code = ${f.departmentCode}` : sql``;
  const { rows } = await sql<DepartmentFigures>`
    WITH acks AS (
      SELECT a.department_code, count(*)::int AS events, count(a.acknowledged_at)::int AS acknowledged,
             count(*) FILTER (WHERE a.acknowledged_on <= a.due)::int AS on_time,
             count(*) FILTER (WHERE a.acknowledged_on > a.due)::int AS late,
             count(*) FILTER (WHERE a.acknowledged_at IS NULL AND a.due < ${f.today})::int AS overdue,
             avg(a.acknowledged_on::date - a.event_on::date)::float8 AS avg_ack_days
      FROM exchange_acks a WHERE ${within(sql`a.event_on`, f)} GROUP BY a.department_code),
    inbound AS (
      SELECT department_code, count(*) FILTER (WHERE type = 'inspection')::int AS inspections,
             count(*) FILTER (WHERE (type = 'inspection' AND body->>'result' = 'fail') OR type = 'penalty')::int AS problems,
             count(*) FILTER (WHERE type = 'penalty')::int AS penalties,
             count(*) FILTER (WHERE type = 'suspend_request')::int AS suspend_requests,
             count(*) FILTER (WHERE type = 'revoke_request')::int AS revoke_requests,
             count(*) FILTER (WHERE type = 'blacklist')::int AS blacklist,
             count(*) FILTER (WHERE status = 'awaiting_confirmation')::int AS open_requests,
             count(sent_by)::int AS sent_from_workbench
      FROM exchange_inbound WHERE ${within(receivedOn, f)} GROUP BY department_code),
    deliveries AS (
      SELECT s.department_code, count(*)::int AS deliveries, count(*) FILTER (WHERE x.status = 'delivered')::int AS delivered,
             count(*) FILTER (WHERE x.status = 'delivered' AND to_char(x.delivered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') <= x.receipt_due)::int AS delivered_on_time,
             count(*) FILTER (WHERE x.status = 'dead')::int AS dead
      FROM exchange_deliveries x JOIN exchange_subscriptions s ON s.id = x.subscription_id
      WHERE ${within(sql`to_char(x.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`, f)} GROUP BY s.department_code),
    regulated AS (SELECT department_code, count(*)::int AS items FROM item_regulators GROUP BY department_code),
    in_force AS (
      SELECT r.department_code, count(*)::int AS licences_in_force
      FROM item_regulators r
      JOIN licences l ON l.item_code = r.item_code AND l.status = 'valid' AND (l.valid_to IS NULL OR l.valid_to >= ${f.today})
      GROUP BY r.department_code)
    SELECT d.code AS department_code, d.name AS department_name, COALESCE(g.items, 0) AS items, COALESCE(f.licences_in_force, 0) AS licences_in_force,
           COALESCE(a.events, 0) AS events, COALESCE(a.acknowledged, 0) AS acknowledged, COALESCE(a.on_time, 0) AS on_time, COALESCE(a.late, 0) AS late,
           COALESCE(a.overdue, 0) AS overdue, a.avg_ack_days,
           COALESCE(i.inspections, 0) AS inspections, COALESCE(i.problems, 0) AS problems, COALESCE(i.penalties, 0) AS penalties,
           COALESCE(i.suspend_requests, 0) AS suspend_requests, COALESCE(i.revoke_requests, 0) AS revoke_requests, COALESCE(i.blacklist, 0) AS blacklist,
           COALESCE(i.open_requests, 0) AS open_requests, COALESCE(i.sent_from_workbench, 0) AS sent_from_workbench,
           COALESCE(x.deliveries, 0) AS deliveries, COALESCE(x.delivered, 0) AS delivered, COALESCE(x.delivered_on_time, 0) AS delivered_on_time, COALESCE(x.dead, 0) AS dead
    FROM ${departmentsRelation()} d
    LEFT JOIN regulated g ON g.department_code = d.code
    LEFT JOIN in_force f ON f.department_code = d.code
    LEFT JOIN acks a ON a.department_code = d.code
    LEFT JOIN inbound i ON i.department_code = d.code
    LEFT JOIN deliveries x ON x.department_code = d.code
    WHERE d.kind = 'regulator' ${only}
    ORDER BY d.code`.execute(db);
  return rows;
}

/** The records behind a figure: a page of them (or all, for the export) and how many there are. */
export interface RecordsFilter extends FiguresFilter {
  figure: RegulatorFigure;
  limit: number;
  offset: number;
}

/** The events behind an acknowledgement figure, newest first. */
export async function eventRecords(db: Executor, f: RecordsFilter) {
  let q = db
    .selectFrom('exchange_acks as a')
    .innerJoin('exchange_events as e', 'e.seq', 'a.event_seq')
    .where(within(sql`a.event_on`, f));
  if (f.departmentCode) q = q.where('a.department_code', '=', f.departmentCode);
  if (f.figure === 'acknowledged') q = q.where('a.acknowledged_at', 'is not', null);
  if (f.figure === 'onTime') q = q.whereRef('a.acknowledged_on', '<=', 'a.due');
  if (f.figure === 'late') q = q.whereRef('a.acknowledged_on', '>', 'a.due');
  if (f.figure === 'open') q = q.where('a.acknowledged_at', 'is', null);
  if (f.figure === 'overdue') q = q.where('a.acknowledged_at', 'is', null).where('a.due', '<', f.today);
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['a.event_seq', 'a.department_code', 'a.event_on', 'a.due', 'a.acknowledged_at', 'a.acknowledged_on', 'a.acknowledged_by_name', 'e.type', 'e.subject', 'e.item_code', 'e.event'])
    .orderBy('a.event_seq', 'desc')
    .orderBy('a.department_code')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(n), rows };
}

/** The supervision results behind an activity figure, newest first, with the licence's item. */
export async function messageRecords(db: Executor, f: RecordsFilter) {
  let q = db.selectFrom('exchange_inbound as i').where(within(sql`to_char(i.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`, f));
  if (f.departmentCode) q = q.where('i.department_code', '=', f.departmentCode);
  if (f.figure === 'inspections') q = q.where('i.type', '=', 'inspection');
  if (f.figure === 'problems') q = q.where((eb) => eb.or([eb.and([eb('i.type', '=', 'inspection'), eb(sql`i.body->>'result'`, '=', 'fail')]), eb('i.type', '=', 'penalty')]));
  if (f.figure === 'penalties') q = q.where('i.type', '=', 'penalty');
  if (f.figure === 'requests') q = q.where('i.type', 'in', ['suspend_request', 'revoke_request']);
  if (f.figure === 'blacklist') q = q.where('i.type', '=', 'blacklist');
  if (f.figure === 'openRequests') q = q.where('i.status', '=', 'awaiting_confirmation');
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['i.id', 'i.department_code', 'i.message_id', 'i.type', 'i.licence_no', 'i.holder_id', 'i.body', 'i.status', 'i.effect', 'i.received_at', 'i.sent_by_name', 'i.decided_by', 'i.decision_note'])
    .select(sql<string | null>`(SELECT p.name FROM licences l JOIN catalog_public p ON p.code = l.item_code WHERE l.no = i.licence_no LIMIT 1)`.as('item_name'))
    .orderBy('i.received_at', 'desc')
    .orderBy('i.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(n), rows };
}
export type MessageRecord = Awaited<ReturnType<typeof messageRecords>>['rows'][number];
