/**
 * SQL of the hall's queue: kiosks, tickets, windows and their sessions, the boards' figures. The queue order of call-next is computed here in SQL and must match
 * compareTickets/mayServe of src/domain/hall.ts (test/hall.test.ts checks they agree).
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { accountNames } from '../auth/users.js';
import { windowsRelation } from '../org/org.queries.js';

/** Next number of a zone's day, allocated atomically (the counter row is the lock). */
export async function nextSeq(trx: Trx, zone: string, day: string): Promise<number> {
  const row = await trx
    .insertInto('hall_ticket_counters')
    .values({ zone_code: zone, day, last: 1 })
    .onConflict((oc) => oc.columns(['zone_code', 'day']).doUpdateSet({ last: sql`hall_ticket_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** An open (waiting, called or being served) ticket of the person with this ID hash, in a zone on a day. */
export function openTicketOf(ex: Executor, day: string, zone: string, idHash: string) {
  return ex
    .selectFrom('hall_tickets')
    .select('id')
    .where('day', '=', day)
    .where('zone_code', '=', zone)
    .where('id_hash', '=', idHash)
    .where('status', 'in', ['waiting', 'called', 'serving'])
    .executeTakeFirst();
}

/** A new waiting kiosk ticket row; `more` overrides (the service's tickets, and queues the tests and the benchmark insert directly). */
export function waitingTicket(day: string, zone: string, number: string, takenAt: Date, more: Partial<Insertable<Database['hall_tickets']>> = {}): Insertable<Database['hall_tickets']> {
  return {
    day,
    zone_code: zone,
    number,
    item_code: null,
    item_name: null,
    priority: 'normal',
    source: 'kiosk',
    appointment_id: null,
    appt_start: null,
    appt_end: null,
    taken_at: takenAt,
    queue_at: takenAt,
    status: 'waiting',
    target_window_id: null,
    window_id: null,
    staff_id: null,
    called_at: null,
    started_at: null,
    finished_at: null,
    case_no: null,
    request_key: null,
    rating_token_hash: null,
    ...more,
  };
}

export type TicketRow = Selectable<Database['hall_tickets']>;

export function ticketById(ex: Executor, id: number) {
  return ex.selectFrom('hall_tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The ticket a window holds (called or being served). */
export function activeTicketOf(ex: Executor, windowId: number) {
  return ex.selectFrom('hall_tickets').selectAll().where('window_id', '=', windowId).where('status', 'in', ['called', 'serving']).executeTakeFirst();
}

/**
 * A window's session today, locked for the transaction (so one window's actions run one at a
 * time), with the ticket the window holds, in one statement.
 */
export async function lockWindow(trx: Trx, windowId: number, day: string) {
  const { rows } = await sql<Selectable<Database['hall_tickets']> & { session_user_id: string; session_paused: boolean }>`
    SELECT s.user_id AS session_user_id, s.paused AS session_paused, t.*
      FROM hall_sessions s
      LEFT JOIN hall_tickets t ON t.window_id = s.window_id AND t.status IN ('called', 'serving')
     WHERE s.window_id = ${windowId} AND s.day = ${day}
       FOR UPDATE OF s`.execute(trx);
  const row = rows[0];
  if (!row) return undefined;
  const { session_user_id, session_paused, ...ticket } = row;
  return { userId: session_user_id, paused: session_paused, ticket: ticket.id === null ? null : ticket };
}

/**
 * Call the first waiting ticket the window may serve, in one statement: pick it with FOR UPDATE
 * SKIP LOCKED (rows another transaction holds are skipped, so concurrent callers never get the
 * same ticket), mark it called by the window, record the event, and count who still waits in the
 * zone. Order: appointment inside its slot, green channel, queue time, id — as
 * priorityClass/compareTickets.
 */
export async function callNext(trx: Trx, w: { id: number; zone: string; comprehensive: boolean }, userId: string, day: string, now: Date) {
  const { rows } = await sql<Selectable<Database['hall_tickets']> & { waiting: number }>`
    WITH next AS (
      SELECT t.id FROM hall_tickets t
       WHERE t.status = 'waiting' AND t.zone_code = ${w.zone} AND t.day = ${day}
         AND (t.target_window_id = ${w.id}
              OR (t.target_window_id IS NULL
                  AND (${w.comprehensive}::boolean OR t.item_code IN (SELECT item_code FROM hall_window_items WHERE window_id = ${w.id}))))
       ORDER BY CASE WHEN t.appt_start IS NOT NULL AND t.appt_start <= ${now}::timestamptz AND t.taken_at < t.appt_end THEN 0
                     WHEN t.priority <> 'normal' THEN 1 ELSE 2 END,
                t.queue_at, t.id
       LIMIT 1
         FOR UPDATE SKIP LOCKED
    ), called AS (
      UPDATE hall_tickets h
         SET status = 'called', window_id = ${w.id}, staff_id = ${userId}::uuid, called_at = ${now}::timestamptz,
             called_count = h.called_count + 1, target_window_id = NULL
        FROM next
       WHERE h.id = next.id AND h.status = 'waiting'
   RETURNING h.*
    ), event AS (
      INSERT INTO hall_ticket_events (ticket_id, at, type, window_id, user_id, detail)
      SELECT id, ${now}::timestamptz, 'called', ${w.id}, ${userId}::uuid, '{}'::jsonb FROM called
    )
    SELECT called.*,
           -- the statement's snapshot still counts the ticket just called as waiting
           (SELECT count(*) FROM hall_tickets WHERE zone_code = ${w.zone} AND day = ${day} AND status = 'waiting')::int - 1 AS waiting
      FROM called`.execute(trx);
  return rows[0];
}

/** Waiting tickets of a zone today (queue positions, the console's list). */
export function waitingIn(ex: Executor, zone: string, day: string) {
  return ex.selectFrom('hall_tickets').selectAll().where('zone_code', '=', zone).where('day', '=', day).where('status', '=', 'waiting').execute();
}

/** Per zone today: waiting, oldest waiting, served, open windows. */
export async function zoneCounts(ex: Executor, day: string) {
  const tickets = await ex
    .selectFrom('hall_tickets')
    .select((eb) => [
      'zone_code',
      eb.fn.countAll<number>().filterWhere('status', '=', 'waiting').as('waiting'),
      eb.fn.min('queue_at').filterWhere('status', '=', 'waiting').as('oldest'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'done').as('served'),
    ])
    .where('day', '=', day)
    .groupBy('zone_code')
    .execute();
  const open = await ex
    .selectFrom('hall_sessions')
    .innerJoin(windowsRelation().as('w'), 'w.id', 'hall_sessions.window_id')
    .select((eb) => ['w.zone_code', eb.fn.countAll<number>().as('n')])
    .where('hall_sessions.day', '=', day)
    .where('hall_sessions.paused', '=', false)
    .groupBy('w.zone_code')
    .execute();
  return { tickets, open };
}

/** Average minutes from call to finish of a zone's last 30 services in the past week, or null. */
export async function recentServiceMinutes(ex: Executor, zone: string | null, since: Date): Promise<Map<string, number>> {
  let q = ex
    .selectFrom('hall_tickets')
    .select(['zone_code', sql<number>`avg(extract(epoch from finished_at - called_at)) / 60`.as('minutes')])
    .where('status', '=', 'done')
    .where('finished_at', '>=', since)
    .groupBy('zone_code');
  if (zone) q = q.where('zone_code', '=', zone);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.zone_code, Number(r.minutes)]));
}

/** Open windows of a zone today. */
export async function openWindows(ex: Executor, zone: string, day: string): Promise<number> {
  const row = await ex
    .selectFrom('hall_sessions')
    .innerJoin(windowsRelation().as('w'), 'w.id', 'hall_sessions.window_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('hall_sessions.day', '=', day)
    .where('hall_sessions.paused', '=', false)
    .where('w.zone_code', '=', zone)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Tickets taken and served per hour (Beijing time) and zone on a day. */
export async function hourly(ex: Executor, day: string) {
  const { rows } = await sql<{ hour: number; zone: string; taken: number; served: number }>`
    SELECT h.hour, h.zone, sum(h.taken)::int AS taken, sum(h.served)::int AS served FROM (
      SELECT extract(hour from taken_at AT TIME ZONE 'Asia/Shanghai')::int AS hour, zone_code AS zone, 1 AS taken, 0 AS served FROM hall_tickets WHERE day = ${day}
      UNION ALL
      SELECT extract(hour from finished_at AT TIME ZONE 'Asia/Shanghai')::int, zone_code, 0, 1 FROM hall_tickets WHERE day = ${day} AND status = 'done'
    ) h GROUP BY h.hour, h.zone ORDER BY h.hour, h.zone`.execute(ex);
  return rows;
}

export async function addEvent(trx: Trx, e: { ticketId: number; at: Date; type: string; windowId: number | null; userId: string | null; detail?: Record<string, unknown> }) {
  await trx
    .insertInto('hall_ticket_events')
    .values({ ticket_id: e.ticketId, at: e.at, type: e.type, window_id: e.windowId, user_id: e.userId, detail: JSON.stringify(e.detail ?? {}) })
    .execute();
}

export function insertTicket(trx: Trx, row: Insertable<Database['hall_tickets']>) {
  return trx.insertInto('hall_tickets').values(row).returningAll().executeTakeFirstOrThrow();
}

export function ticketByRequestKey(ex: Executor, requestKey: string) {
  return ex.selectFrom('hall_tickets').selectAll().where('request_key', '=', requestKey).executeTakeFirst();
}

export function updateTicket(trx: Trx, id: number, set: Partial<TicketRow>) {
  return trx.updateTable('hall_tickets').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** A ticket of a day by its number, locked for the transaction. */
export function lockTicketByNumber(trx: Trx, day: string, number: string) {
  return trx.selectFrom('hall_tickets').selectAll().where('day', '=', day).where('number', '=', number).forUpdate().executeTakeFirst();
}

/** Waiting tickets of a zone on a day. */
export async function waitingCount(ex: Executor, zone: string, day: string): Promise<number> {
  const row = await ex
    .selectFrom('hall_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('zone_code', '=', zone)
    .where('day', '=', day)
    .where('status', '=', 'waiting')
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Tickets a window finished on a day. */
export async function servedAt(ex: Executor, windowId: number, day: string): Promise<number> {
  const row = await ex
    .selectFrom('hall_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('window_id', '=', windowId)
    .where('day', '=', day)
    .where('status', '=', 'done')
    .executeTakeFirstOrThrow();
  return row.n;
}

/** A window's skipped tickets of a day not put back in the queue, latest call first. */
export function skippedAt(ex: Executor, windowId: number, day: string, limit: number) {
  return ex
    .selectFrom('hall_tickets')
    .selectAll()
    .where('window_id', '=', windowId)
    .where('day', '=', day)
    .where('status', '=', 'skipped')
    .where('requeued', '=', false)
    .orderBy('called_at', 'desc')
    .limit(limit)
    .execute();
}

/** The latest calls of a zone on a day (the board). */
export function latestCalls(ex: Executor, zone: string, day: string, limit: number) {
  return ex
    .selectFrom('hall_tickets')
    .select(['number', 'window_id', 'called_at', 'status', 'zone_code'])
    .where('day', '=', day)
    .where('zone_code', '=', zone)
    .where('called_at', 'is not', null)
    .where('window_id', 'is not', null)
    .orderBy('called_at', 'desc')
    .limit(limit)
    .execute();
}

/** The last ticket a window finished since a moment that nobody rated yet (the pad beside it). */
export function lastUnratedAt(ex: Executor, windowId: number, since: Date) {
  return ex
    .selectFrom('hall_tickets')
    .leftJoin('hall_ratings', 'hall_ratings.ticket_id', 'hall_tickets.id')
    .select(['hall_tickets.id', 'hall_tickets.number', 'hall_tickets.item_name', 'hall_tickets.finished_at'])
    .where('hall_tickets.window_id', '=', windowId)
    .where('hall_tickets.status', '=', 'done')
    .where('hall_tickets.finished_at', '>=', since)
    .where('hall_ratings.id', 'is', null)
    .orderBy('hall_tickets.finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

// ------------------------------------------------------------------ windows and sessions

/** The items a window serves. */
export async function windowItems(ex: Executor, windowId: number): Promise<string[]> {
  const rows = await ex.selectFrom('hall_window_items').select('item_code').where('window_id', '=', windowId).orderBy('item_code').execute();
  return rows.map((r) => r.item_code);
}

export async function replaceWindowItems(trx: Trx, windowId: number, items: string[]) {
  await trx.deleteFrom('hall_window_items').where('window_id', '=', windowId).execute();
  if (items.length) await trx.insertInto('hall_window_items').values(items.map((item_code) => ({ window_id: windowId, item_code }))).execute();
}

/** A window's session on a day with the name of who signed in. */
export function sessionWithName(ex: Executor, windowId: number, day: string) {
  return ex
    .selectFrom('hall_sessions')
    .innerJoin(accountNames().as('u'), 'u.id', 'hall_sessions.user_id')
    .select(['hall_sessions.user_id', 'hall_sessions.paused', 'hall_sessions.signed_in_at', 'u.display_name'])
    .where('window_id', '=', windowId)
    .where('day', '=', day)
    .executeTakeFirst();
}

/** A window's session on a day. */
export function sessionAt(ex: Executor, windowId: number, day: string) {
  return ex.selectFrom('hall_sessions').selectAll().where('window_id', '=', windowId).where('day', '=', day).executeTakeFirst();
}

/** A window's session on a day, locked. */
export function lockSessionAt(trx: Trx, windowId: number, day: string) {
  return trx.selectFrom('hall_sessions').selectAll().where('window_id', '=', windowId).where('day', '=', day).forUpdate().executeTakeFirst();
}

/** A person's session on a day (at whichever window), locked. */
export function lockSessionOf(trx: Trx, userId: string, day: string) {
  return trx.selectFrom('hall_sessions').selectAll().where('user_id', '=', userId).where('day', '=', day).forUpdate().executeTakeFirst();
}

export async function insertSession(trx: Trx, windowId: number, day: string, userId: string, at: Date) {
  await trx.insertInto('hall_sessions').values({ window_id: windowId, day, user_id: userId, signed_in_at: at }).execute();
}

/** End a window's session on a day (only the given person's, when named). */
export async function deleteSession(ex: Executor, windowId: number, day: string, userId?: string) {
  let q = ex.deleteFrom('hall_sessions').where('window_id', '=', windowId).where('day', '=', day);
  if (userId) q = q.where('user_id', '=', userId);
  await q.execute();
}

export async function setPaused(ex: Executor, windowId: number, day: string, paused: boolean) {
  await ex.updateTable('hall_sessions').set({ paused }).where('window_id', '=', windowId).where('day', '=', day).execute();
}

// ------------------------------------------------------------------ kiosks

export type KioskRow = Selectable<Database['hall_kiosks']>;

export function insertKiosk(trx: Trx, row: Insertable<Database['hall_kiosks']>) {
  return trx.insertInto('hall_kiosks').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The registered kiosks, newest first. */
export function kiosks(ex: Executor) {
  return ex.selectFrom('hall_kiosks').selectAll().orderBy('id', 'desc').execute();
}

export function lockKiosk(trx: Trx, id: number) {
  return trx.selectFrom('hall_kiosks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function revokeKiosk(trx: Trx, id: number, at: Date, by: string) {
  return trx.updateTable('hall_kiosks').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function kioskByTokenHash(ex: Executor, tokenHash: string) {
  return ex.selectFrom('hall_kiosks').select(['id', 'revoked_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function kioskUsed(trx: Trx, id: number, at: Date) {
  await trx.updateTable('hall_kiosks').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Tickets a kiosk issued on a day. */
export async function kioskTicketsOn(ex: Executor, kioskId: number, day: string): Promise<number> {
  const row = await ex
    .selectFrom('hall_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kiosk_id', '=', kioskId)
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Tickets a kiosk issued in (from, to]. */
export async function kioskTicketsBetween(ex: Executor, kioskId: number, from: Date, to: Date): Promise<number> {
  const row = await ex
    .selectFrom('hall_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kiosk_id', '=', kioskId)
    .where('taken_at', '>', from)
    .where('taken_at', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
