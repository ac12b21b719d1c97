/**
 * SQL of the assessment module: the month's source records of a set of window staff (hall tickets,
 * sessions, ratings, rectifications, the cases they accepted) and the module's own tables.
 * Every reader takes an Executor, so closing a month reads through its transaction.
 */
import { sql } from 'kysely';
import type { Grade } from '../../../domain/hall.js';
import type { Executor } from '../../platform/db.js';
import { toCaseAction } from '../cases/cases.shared.js';

/** Window staff (the window_clerk grants) with their department; all of them, or those of some departments. */
export function windowStaff(ex: Executor, departments: string[] | null) {
  let q = ex
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('departments as d', 'd.code', 'r.department_code')
    .select(['u.id', 'u.username', 'u.display_name', 'r.department_code', 'd.name as department_name'])
    .where('r.role', '=', 'window_clerk')
    .orderBy('u.username');
  if (departments) q = q.where('r.department_code', 'in', departments.length ? departments : ['']);
  return q.execute();
}

/** Tickets the staff finished in [start, end). */
export function servedTickets(ex: Executor, staff: string[], start: Date, end: Date) {
  return ex
    .selectFrom('hall_tickets as t')
    .leftJoin('windows as w', 'w.id', 't.window_id')
    .select(['t.id', 't.number', 't.day', 't.staff_id', 't.window_id', 'w.name as window_name', 't.item_name', 't.called_at', 't.finished_at', 't.case_no'])
    .where('t.staff_id', 'in', staff)
    .where('t.status', '=', 'done')
    .where('t.finished_at', '>=', start)
    .where('t.finished_at', '<', end)
    .orderBy('t.finished_at')
    .execute();
}

/**
 * The staff's finished tickets per day and window in [start, end): how many, their minutes from
 * call to finish (never negative), the first call and the last finish — what the scores need,
 * without a row per ticket.
 */
export function ticketDays(ex: Executor, staff: string[], start: Date, end: Date) {
  return ex
    .selectFrom('hall_tickets as t')
    .leftJoin('windows as w', 'w.id', 't.window_id')
    .select([
      't.staff_id',
      't.day',
      'w.name as window_name',
      (eb) => eb.fn.countAll<number>().as('served'),
      sql<number>`coalesce(sum(greatest(0, extract(epoch from t.finished_at - t.called_at))), 0) / 60.0`.as('minutes'),
      (eb) => eb.fn.min('t.called_at').as('first_call'),
      (eb) => eb.fn.max('t.finished_at').as('last_finish'),
    ])
    .where('t.staff_id', 'in', staff)
    .where('t.status', '=', 'done')
    .where('t.finished_at', '>=', start)
    .where('t.finished_at', '<', end)
    .groupBy(['t.staff_id', 't.day', 'w.name'])
    .execute();
}

/** The staff's ratings in [start, end) counted by window, grade and whether flagged. */
export function ratingCounts(ex: Executor, staff: string[], start: Date, end: Date) {
  return ex
    .selectFrom('hall_ratings as g')
    .leftJoin('windows as w', 'w.id', 'g.window_id')
    .select(['g.staff_id', 'w.name as window_name', 'g.grade', 'g.flagged', (eb) => eb.fn.countAll<number>().as('n')])
    .where('g.staff_id', 'in', staff)
    .where('g.created_at', '>=', start)
    .where('g.created_at', '<', end)
    .groupBy(['g.staff_id', 'w.name', 'g.grade', 'g.flagged'])
    .execute();
}

/** Window sign-ins of the staff on the month's days (a sign-out deletes the row: see ADR 0010). */
export function sessions(ex: Executor, staff: string[], first: string, last: string) {
  return ex.selectFrom('hall_sessions').select(['user_id', 'day', 'signed_in_at']).where('user_id', 'in', staff).where('day', '>=', first).where('day', '<=', last).execute();
}

/** Ratings of the staff's services given in [start, end); only the given grades when named. */
export function ratings(ex: Executor, staff: string[], start: Date, end: Date, grades?: Grade[]) {
  let q = ex
    .selectFrom('hall_ratings as g')
    .leftJoin('hall_tickets as t', 't.id', 'g.ticket_id')
    .leftJoin('windows as w', 'w.id', 'g.window_id')
    .select(['g.id', 'g.staff_id', 'w.name as window_name', 'g.grade', 'g.reasons', 'g.flagged', 'g.created_at', 'g.case_no', 't.number as ticket_number'])
    .where('g.staff_id', 'in', staff)
    .where('g.created_at', '>=', start)
    .where('g.created_at', '<', end)
    .orderBy('g.created_at');
  if (grades) q = q.where('g.grade', 'in', grades);
  return q.execute();
}

/** Rectifications of the staff's bad ratings that fall due on the month's days. */
export function rectifications(ex: Executor, staff: string[], first: string, last: string) {
  return ex
    .selectFrom('hall_rectifications as r')
    .innerJoin('hall_ratings as g', 'g.id', 'r.rating_id')
    .select(['r.id', 'g.staff_id', 'r.rating_id', 'g.grade', 'r.status', 'r.opened_on', 'r.due_date', 'r.closed_at'])
    .where('g.staff_id', 'in', staff)
    .where('r.due_date', '>=', first)
    .where('r.due_date', '<=', last)
    .orderBy('r.due_date')
    .execute();
}

/**
 * Cases the staff accepted (受理 or 容缺受理) that were decided on the month's days, or that are still
 * undecided with their statutory day in the month and past (candidates for a serious-overdue veto).
 */
export async function acceptedCases(ex: Executor, staff: string[], first: string, last: string, today: string) {
  const rows = await sql<{
    case_no: string;
    item_name: string;
    staff_id: string;
    accepted_on: string;
    decided_on: string | null;
    promised_due: string | null;
    decision_due: string | null;
    status: string;
  }>`
    SELECT DISTINCT ON (c.case_no) c.case_no, c.item_name, acc.actor_id AS staff_id, acc.on_day AS accepted_on, dec.on_day AS decided_on,
           c.promised_due, c.decision_due, c.status
      FROM case_actions acc
      JOIN cases c ON c.case_no = acc.case_no
      LEFT JOIN case_actions dec ON dec.case_no = c.case_no AND dec.type IN ('approve', 'refuse')
     WHERE acc.type IN ('accept', 'accept_pending')
       AND acc.actor_id IN (${sql.join(staff)})
       AND ((dec.on_day BETWEEN ${first} AND ${last})
            OR (dec.case_no IS NULL AND c.status IN ('accepted', 'paused') AND c.decision_due BETWEEN ${first} AND ${last} AND c.decision_due < ${today}))
     ORDER BY c.case_no, acc.seq`.execute(ex);
  return rows.rows;
}

/** The register's complaints about the staff in a month. */
export function complaints(ex: Executor, staff: string[] | null, month: string) {
  let q = complaintQuery(ex).where('c.month', '=', month);
  if (staff) q = q.where('c.staff_id', 'in', staff.length ? staff : ['00000000-0000-0000-0000-000000000000']);
  return q.orderBy('c.occurred_on').orderBy('c.recorded_at').execute();
}

export function complaintQuery(ex: Executor) {
  return ex
    .selectFrom('assessment_complaints as c')
    .innerJoin('users as s', 's.id', 'c.staff_id')
    .innerJoin('users as rb', 'rb.id', 'c.recorded_by')
    .leftJoin('users as db', 'db.id', 'c.decided_by')
    .selectAll('c')
    .select(['s.display_name as staff_name', 'rb.display_name as recorded_by_name', 'db.display_name as decided_by_name']);
}

/** Leaders' conduct points for the staff in a month. */
export function conductPoints(ex: Executor, staff: string[], month: string) {
  return ex
    .selectFrom('assessment_conduct_points as p')
    .innerJoin('users as g', 'g.id', 'p.given_by')
    .selectAll('p')
    .select('g.display_name as given_by_name')
    .where('p.staff_id', 'in', staff)
    .where('p.month', '=', month)
    .orderBy('p.given_at')
    .execute();
}

/** Decided faults (verified or dismissed) of the staff in a month. */
export function faults(ex: Executor, staff: string[], month: string) {
  return ex
    .selectFrom('assessment_faults as f')
    .innerJoin('users as v', 'v.id', 'f.decided_by')
    .selectAll('f')
    .select('v.display_name as decided_by_name')
    .where('f.staff_id', 'in', staff)
    .where('f.month', '=', month)
    .orderBy('f.decided_at')
    .execute();
}

/** Every configuration version. */
export function configVersions(ex: Executor) {
  return ex
    .selectFrom('assessment_configs as c')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select('u.display_name as created_by_name')
    .orderBy('c.effective_month', 'desc')
    .execute();
}

/** A closed month, if it is. */
export function closedMonth(ex: Executor, month: string) {
  return ex
    .selectFrom('assessment_months as m')
    .innerJoin('users as u', 'u.id', 'm.closed_by')
    .selectAll('m')
    .select('u.display_name as closed_by_name')
    .where('m.month', '=', month)
    .executeTakeFirst();
}

/** Closed months, latest first. */
export function closedMonths(ex: Executor) {
  return ex.selectFrom('assessment_months as m').innerJoin('users as u', 'u.id', 'm.closed_by').select(['m.month', 'm.closed_at', 'u.display_name as closed_by_name']).orderBy('m.month', 'desc').execute();
}

/** The frozen scorecards of a closed month with their windows' figures, and the source records only when asked for. */
export function snapshots(ex: Executor, month: string, staff: string[] | null, withRecords: boolean) {
  let q = ex
    .selectFrom('assessment_snapshots')
    .select(['staff_id', 'scorecard', sql<unknown>`records -> 'windows'`.as('windows'), sql<unknown>`${withRecords ? sql`records -> 'components'` : sql`null`}`.as('components')])
    .where('month', '=', month);
  if (staff) q = q.where('staff_id', 'in', staff.length ? staff : ['00000000-0000-0000-0000-000000000000']);
  return q.execute();
}

/** Adjustments of a closed month. */
export function adjustments(ex: Executor, month: string) {
  return ex
    .selectFrom('assessment_adjustments as a')
    .innerJoin('users as u', 'u.id', 'a.made_by')
    .selectAll('a')
    .select('u.display_name as made_by_name')
    .where('a.month', '=', month)
    .orderBy('a.made_at')
    .execute();
}

/**
 * Serialise the writes of one month with its closing (a transaction-scoped advisory lock): a
 * complaint, a conduct point or a verified fault either lands before the month is frozen, or sees it
 * closed and is refused.
 */
export async function lockMonth(ex: Executor, month: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`assessment:${month}`}))`.execute(ex);
}

/**
 * Cases whose review chain matters for a month: an opinion or a decision on one of its days, or
 * still open with the statutory day in the month and past; or the cases named. With their log,
 * their limits and the steps of the item version they follow.
 */
export async function chainCases(ex: Executor, q: { first: string; last: string; today: string; departments: string[] | null } | { caseNos: string[] }) {
  let query = ex
    .selectFrom('cases as c')
    .innerJoin('catalog_versions as v', (j) => j.onRef('v.item_code', '=', 'c.item_code').onRef('v.version', '=', 'c.item_version'))
    .select(['c.case_no', 'c.item_name', 'c.department_code', 'c.limits', sql<{ name: string; role: string }[]>`v.data->'steps'`.as('steps')]);
  if ('caseNos' in q) query = query.where('c.case_no', 'in', q.caseNos.length ? q.caseNos : ['']);
  else {
    const { first, last, today, departments } = q;
    if (departments) query = query.where('c.department_code', 'in', departments.length ? departments : ['']);
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('case_actions as a')
            .select('a.seq')
            .whereRef('a.case_no', '=', 'c.case_no')
            .where('a.type', 'in', ['submit_opinion', 'approve', 'refuse'])
            .where('a.on_day', '>=', first)
            .where('a.on_day', '<=', last),
        ),
        eb.and([eb('c.status', 'in', ['accepted', 'paused']), eb('c.decision_due', '>=', first), eb('c.decision_due', '<=', last), eb('c.decision_due', '<', today)]),
      ]),
    );
  }
  const rows = await query.orderBy('c.case_no').execute();
  const actions = rows.length
    ? await ex.selectFrom('case_actions').selectAll().where('case_no', 'in', rows.map((r) => r.case_no)).orderBy('case_no').orderBy('seq').execute()
    : [];
  return rows.map((r) => ({ ...r, actions: actions.filter((a) => a.case_no === r.case_no).map(toCaseAction) }));
}
