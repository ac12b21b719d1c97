/**
 * SQL of the hall's appointments (预约): slots and their places, bookings, no-shows, check-in.
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';

export type AppointmentRow = Selectable<Database['hall_appointments']>;

/** Take a place in a slot if it has room; false when full. */
export async function takeSlotPlace(trx: Trx, zone: string, slotStart: Date, capacity: number): Promise<boolean> {
  const { rows } = await sql<{ booked: number }>`
    INSERT INTO hall_slot_counts (zone_code, slot_start, booked) VALUES (${zone}, ${slotStart}::timestamptz, 1)
    ON CONFLICT (zone_code, slot_start) DO UPDATE SET booked = hall_slot_counts.booked + 1 WHERE hall_slot_counts.booked < ${capacity}
    RETURNING booked`.execute(trx);
  return rows.length > 0;
}

export async function releaseSlotPlace(trx: Trx, zone: string, slotStart: Date) {
  await trx.updateTable('hall_slot_counts').set({ booked: sql`booked - 1` }).where('zone_code', '=', zone).where('slot_start', '=', slotStart).where('booked', '>', 0).execute();
}

/** The places booked in these slots of a zone. */
export function slotCounts(ex: Executor, zone: string, starts: Date[]) {
  return ex.selectFrom('hall_slot_counts').selectAll().where('zone_code', '=', zone).where('slot_start', 'in', starts).execute();
}

/** Mark a person's booked appointments whose slot has ended as no-shows. */
export async function markNoShows(ex: Executor, userId: string, now: Date) {
  await ex.updateTable('hall_appointments').set({ status: 'no_show' }).where('user_id', '=', userId).where('status', '=', 'booked').where('slot_end', '<=', now).execute();
}

/** The slot starts of a person's no-shows since a moment. */
export function noShowsSince(ex: Executor, userId: string, since: Date) {
  return ex.selectFrom('hall_appointments').select('slot_start').where('user_id', '=', userId).where('status', '=', 'no_show').where('slot_start', '>=', since).execute();
}

export async function insertAppointment(trx: Trx, row: Insertable<Database['hall_appointments']>) {
  await trx.insertInto('hall_appointments').values(row).execute();
}

function withTicketNumber(ex: Executor) {
  return ex
    .selectFrom('hall_appointments')
    .leftJoin('hall_tickets', 'hall_tickets.id', 'hall_appointments.ticket_id')
    .selectAll('hall_appointments')
    .select('hall_tickets.number as ticket_number');
}

/** An appointment with the number of the ticket it checked in with. */
export function appointmentById(ex: Executor, id: string) {
  return withTicketNumber(ex).where('hall_appointments.id', '=', id).executeTakeFirstOrThrow();
}

/** A person's appointments, newest slot first. */
export function appointmentsOf(ex: Executor, userId: string, limit: number) {
  return withTicketNumber(ex).where('hall_appointments.user_id', '=', userId).orderBy('hall_appointments.slot_start', 'desc').limit(limit).execute();
}

/** A person's appointment, locked for the transaction. */
export function lockAppointmentOf(trx: Trx, id: string, userId: string) {
  return trx.selectFrom('hall_appointments').selectAll().where('id', '=', id).where('user_id', '=', userId).forUpdate().executeTakeFirst();
}

export async function cancelAppointment(trx: Trx, id: string) {
  await trx.updateTable('hall_appointments').set({ status: 'cancelled' }).where('id', '=', id).execute();
}

/** Booked appointments whose slot starts in [from, to). */
export function bookedBetween(ex: Executor, from: Date, to: Date) {
  return ex
    .selectFrom('hall_appointments')
    .select(['id', 'user_id', 'code', 'zone_code', 'item_name', 'slot_start'])
    .where('status', '=', 'booked')
    .where('slot_start', '>=', from)
    .where('slot_start', '<', to)
    .execute();
}

/** Booked or checked-in appointments by code or by ID number (in a zone when given), locked, by slot. */
export function toCheckIn(trx: Trx, by: { code?: string; idNumber?: string; zone?: string }) {
  let q = trx.selectFrom('hall_appointments').selectAll().where('status', 'in', ['booked', 'checked_in']).forUpdate();
  if (by.code) q = q.where('code', '=', by.code);
  else q = q.where('id_number', '=', by.idNumber ?? '');
  if (by.zone) q = q.where('zone_code', '=', by.zone);
  return q.orderBy('slot_start').execute();
}

export async function markCheckedIn(trx: Trx, id: string, ticketId: number, at: Date) {
  await trx.updateTable('hall_appointments').set({ status: 'checked_in', checked_in_at: at, ticket_id: ticketId }).where('id', '=', id).execute();
}

/** Who booked each of these appointments, by appointment id. */
export async function bookersOf(ex: Executor, ids: string[]): Promise<Map<string, string>> {
  const rows = await ex.selectFrom('hall_appointments').select(['id', 'user_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((a) => [a.id, a.user_id]));
}
