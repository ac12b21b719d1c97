/**
 * SQL of the hall's ratings (好差评) and the rectification (整改) of bad ones.
 */
import { sql, type Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { accountNames } from '../auth/users.js';

/** Grouped rating counts for statistics. */
export async function ratingGroups(ex: Executor, by: 'window' | 'staff' | 'zone' | 'item', from: Date | null, to: Date | null) {
  const col = { window: 'window_id', staff: 'staff_id', zone: 'zone_code', item: 'item_code' }[by];
  let q = ex
    .selectFrom('hall_ratings')
    .select((eb) => [
      sql<string | null>`${sql.ref(col)}::text`.as('key'),
      'grade',
      eb.fn.countAll<number>().as('n'),
      eb.fn.countAll<number>().filterWhere('flagged', '=', true).as('flagged'),
    ])
    .groupBy([sql.ref(col), 'grade']);
  if (from) q = q.where('created_at', '>=', from);
  if (to) q = q.where('created_at', '<', to);
  return q.execute();
}

/** Ratings of one grade since a moment from a device, or from a device or a phone. */
export async function sameRatingsSince(ex: Executor, grade: Database['hall_ratings']['grade'], since: Date, device: string, phone: string | undefined): Promise<number> {
  const row = await ex
    .selectFrom('hall_ratings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('grade', '=', grade)
    .where('created_at', '>=', since)
    .where((eb) => (phone ? eb.or([eb('device', '=', device), eb('phone', '=', phone)]) : eb('device', '=', device)))
    .executeTakeFirstOrThrow();
  return row.n;
}

export function insertRating(trx: Trx, row: Insertable<Database['hall_ratings']>) {
  return trx.insertInto('hall_ratings').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertRectification(trx: Trx, row: Insertable<Database['hall_rectifications']>) {
  await trx.insertInto('hall_rectifications').values(row).execute();
}

/** The ticket of a one-time rating link, by its token's hash. */
export function ticketByRatingToken(ex: Executor, tokenHash: string) {
  return ex.selectFrom('hall_tickets').selectAll().where('rating_token_hash', '=', tokenHash).executeTakeFirst();
}

/** The last finished ticket a case was received from. */
export function lastDoneTicketOfCase(ex: Executor, caseNo: string) {
  return ex.selectFrom('hall_tickets').selectAll().where('case_no', '=', caseNo).where('status', '=', 'done').orderBy('id', 'desc').executeTakeFirst();
}

/** A ticket's rating with its rectification's state. */
export function ratingOfTicket(ex: Executor, ticketId: number) {
  return ex
    .selectFrom('hall_ratings')
    .leftJoin('hall_rectifications', 'hall_rectifications.rating_id', 'hall_ratings.id')
    .select(['hall_ratings.grade', 'hall_ratings.comment', 'hall_ratings.created_at', 'hall_rectifications.status', 'hall_rectifications.outcome', 'hall_rectifications.due_date'])
    .where('hall_ratings.ticket_id', '=', ticketId)
    .executeTakeFirst();
}

/** Item names by code, as the tickets carry them. */
export async function itemNames(ex: Executor, codes: string[]): Promise<Map<string, string>> {
  const rows = await ex.selectFrom('hall_tickets').select(['item_code', 'item_name']).distinctOn('item_code').where('item_code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.item_code as string, r.item_name ?? (r.item_code as string)]));
}

/** Rectifications with their rating, ticket number and staff name. */
export function rectifications(ex: Executor) {
  return ex
    .selectFrom('hall_rectifications as r')
    .innerJoin('hall_ratings as g', 'g.id', 'r.rating_id')
    .leftJoin('hall_tickets as t', 't.id', 'g.ticket_id')
    .leftJoin(accountNames().as('u'), 'u.id', 'g.staff_id')
    .selectAll('r')
    .select(['g.grade', 'g.reasons', 'g.comment', 'g.phone', 'g.created_at as rated_at', 'g.window_id', 't.number as ticket_number', 'u.display_name as staff_name']);
}

export type RectificationRow = Awaited<ReturnType<ReturnType<typeof rectifications>['executeTakeFirstOrThrow']>>;

export function lockRectification(trx: Trx, id: string) {
  return trx.selectFrom('hall_rectifications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateRectification(trx: Trx, id: string, set: Partial<Insertable<Database['hall_rectifications']>>) {
  await trx.updateTable('hall_rectifications').set(set).where('id', '=', id).execute();
}

/** Who is told a rectification's outcome: the rating's case, and the person of the ticket's appointment. */
export function ratingToTell(ex: Executor, ratingId: number) {
  return ex
    .selectFrom('hall_ratings')
    .leftJoin('hall_tickets', 'hall_tickets.id', 'hall_ratings.ticket_id')
    .leftJoin('hall_appointments', 'hall_appointments.id', 'hall_tickets.appointment_id')
    .select(['hall_ratings.case_no', 'hall_ratings.item_code', 'hall_tickets.item_name', 'hall_appointments.user_id'])
    .where('hall_ratings.id', '=', ratingId)
    .executeTakeFirstOrThrow();
}

/** Ratings since a moment (all and bad), and the open and overdue rectifications on a day. */
export async function dayFigures(ex: Executor, since: Date, day: string) {
  const ratings = await ex
    .selectFrom('hall_ratings')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.countAll<number>().filterWhere('grade', 'in', ['dissatisfied', 'very_dissatisfied']).as('bad')])
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  const rect = await ex
    .selectFrom('hall_rectifications')
    .select((eb) => [eb.fn.countAll<number>().as('open'), eb.fn.countAll<number>().filterWhere('due_date', '<', day).as('overdue')])
    .where('status', '<>', 'closed')
    .executeTakeFirstOrThrow();
  return { ratings, rect };
}
