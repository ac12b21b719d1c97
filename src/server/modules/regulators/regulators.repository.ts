/**
 * SQL of the regulators' workbench: a department's events with their acknowledgements, and the
 * 事中事后监管 figures per department.
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db.js';

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
}

/** The 事中事后监管 figures of the regulator departments (one, or all with `departmentCode` undefined). */
export async function figures(db: Executor, today: string, departmentCode?: string): Promise<DepartmentFigures[]> {
  const only = departmentCode ? sql`AND d.code = ${departmentCode}` : sql``;
  const { rows } = await sql<DepartmentFigures>`
    WITH acks AS (
      SELECT a.department_code, count(*)::int AS events, count(a.acknowledged_at)::int AS acknowledged,
             count(*) FILTER (WHERE a.acknowledged_on <= a.due)::int AS on_time,
             count(*) FILTER (WHERE a.acknowledged_on > a.due)::int AS late,
             count(*) FILTER (WHERE a.acknowledged_at IS NULL AND a.due < ${today})::int AS overdue,
             avg(a.acknowledged_on::date - a.event_on::date)::float8 AS avg_ack_days
      FROM exchange_acks a GROUP BY a.department_code),
    inbound AS (
      SELECT department_code, count(*) FILTER (WHERE type = 'inspection')::int AS inspections,
             count(*) FILTER (WHERE (type = 'inspection' AND body->>'result' = 'fail') OR type = 'penalty')::int AS problems,
             count(*) FILTER (WHERE type = 'penalty')::int AS penalties,
             count(*) FILTER (WHERE type = 'suspend_request')::int AS suspend_requests,
             count(*) FILTER (WHERE type = 'revoke_request')::int AS revoke_requests,
             count(*) FILTER (WHERE type = 'blacklist')::int AS blacklist,
             count(*) FILTER (WHERE status = 'awaiting_confirmation')::int AS open_requests,
             count(sent_by)::int AS sent_from_workbench
      FROM exchange_inbound GROUP BY department_code),
    regulated AS (SELECT department_code, count(*)::int AS items FROM item_regulators GROUP BY department_code),
    in_force AS (
      SELECT r.department_code, count(*)::int AS licences_in_force
      FROM item_regulators r
      JOIN licences l ON l.item_code = r.item_code AND l.status = 'valid' AND (l.valid_to IS NULL OR l.valid_to >= ${today})
      GROUP BY r.department_code)
    SELECT d.code AS department_code, d.name AS department_name, COALESCE(g.items, 0) AS items, COALESCE(f.licences_in_force, 0) AS licences_in_force,
           COALESCE(a.events, 0) AS events, COALESCE(a.acknowledged, 0) AS acknowledged, COALESCE(a.on_time, 0) AS on_time, COALESCE(a.late, 0) AS late,
           COALESCE(a.overdue, 0) AS overdue, a.avg_ack_days,
           COALESCE(i.inspections, 0) AS inspections, COALESCE(i.problems, 0) AS problems, COALESCE(i.penalties, 0) AS penalties,
           COALESCE(i.suspend_requests, 0) AS suspend_requests, COALESCE(i.revoke_requests, 0) AS revoke_requests, COALESCE(i.blacklist, 0) AS blacklist,
           COALESCE(i.open_requests, 0) AS open_requests, COALESCE(i.sent_from_workbench, 0) AS sent_from_workbench
    FROM departments d
    LEFT JOIN regulated g ON g.department_code = d.code
    LEFT JOIN in_force f ON f.department_code = d.code
    LEFT JOIN acks a ON a.department_code = d.code
    LEFT JOIN inbound i ON i.department_code = d.code
    WHERE d.kind = 'regulator' ${only}
    ORDER BY d.code`.execute(db);
  return rows;
}
