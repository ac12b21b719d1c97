/**
 * The outbox: events leave the system through rows written in the same transaction as the change
 * that caused them. A dispatcher delivers them later (notifications now, regulators in #7).
 */
import type { Executor, Trx } from './db.js';

/** One event to emit. `dedupeKey` makes it happen at most once, whoever emits it. */
export interface OutboxEvent {
  topic: string;
  subject: string;
  payload: Record<string, unknown>;
  dedupeKey?: string;
}

/** Write an event in the caller's transaction; returns false when an event with the same dedupe key exists. */
export async function emit(trx: Trx, e: OutboxEvent): Promise<boolean> {
  const res = await outboxInsert(trx, e).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The statement that writes an event (nothing when its dedupe key exists): `emit` runs it, or an audit runs it with its own (audit.ts). */
export function outboxInsert(trx: Trx, e: OutboxEvent) {
  return trx
    .insertInto('outbox')
    .values({ topic: e.topic, subject: e.subject, payload: JSON.stringify(e.payload), dedupe_key: e.dedupeKey ?? null, dispatched_at: null })
    .onConflict((oc) => oc.column('dedupe_key').doNothing());
}

/** Events of one subject, oldest first (tests, case pages). */
export function eventsFor(ex: Executor, subject: string) {
  return ex.selectFrom('outbox').selectAll().where('subject', '=', subject).orderBy('id').execute();
}
