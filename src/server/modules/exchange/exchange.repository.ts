/**
 * SQL of the exchange: fan-out from the outbox, claiming due deliveries, recording attempts.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { TOPIC_EVENT_TYPES } from '../../../domain/exchange.js';
import type { FormDefinition } from '../../../domain/forms.js';
import { canonicalJson } from '../../platform/audit.js';
import type { Executor, Trx } from '../../platform/db.js';

/** Outbox rows younger than this may still have lower ids committing after them; the high-water mark stays below them. */
const SETTLE_INTERVAL = sql`interval '2 minutes'`;

/** Lock the single state row: fan-out, claiming and inbound log appends go one process at a time. */
export function lockState(trx: Trx) {
  return trx.selectFrom('exchange_state').selectAll().where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
}

/** Outbox events above the mark that the exchange publishes and has not taken yet, oldest first. */
export function untakenEvents(trx: Trx, upto: number, limit: number) {
  return trx
    .selectFrom('outbox as o')
    .select(['o.id', 'o.topic', 'o.subject', 'o.payload', 'o.created_at'])
    .where('o.id', '>', upto)
    .where('o.topic', 'in', Object.keys(TOPIC_EVENT_TYPES))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('exchange_events as e').select('e.seq').whereRef('e.outbox_id', '=', 'o.id'))))
    .orderBy('o.id')
    .limit(limit)
    .execute();
}

/** Move the mark over every outbox row old enough that no lower id can still commit. */
export async function advanceMark(trx: Trx, upto: number) {
  await sql`UPDATE exchange_state SET outbox_upto = GREATEST(outbox_upto, COALESCE((SELECT max(id) FROM outbox WHERE id > ${upto} AND created_at < now() - ${SETTLE_INTERVAL}), 0)) WHERE id = 1`.execute(trx);
}

/** What the case events carry: the case's item, department and the applicant when it is an organisation. */
export function casesFor(trx: Trx, caseNos: string[]) {
  if (caseNos.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('cases')
    // the application form of the item version the case was filled against (its structured fields go to the regulators)
    .leftJoin('catalog_versions as v', (j) => j.onRef('v.item_code', '=', 'cases.item_code').onRef('v.version', '=', 'cases.item_version'))
    .select(['case_no', 'cases.item_code', 'item_name', 'department_code', 'applicant_kind', 'applicant_name', 'applicant_credit_code', 'cases.form'])
    .select(sql<FormDefinition | null>`v.data->'form'`.as('item_form'))
    .where('case_no', 'in', caseNos)
    .execute();
}

/** Licence versions named by licence events. */
export function licencesFor(trx: Trx, nos: string[]) {
  if (nos.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('licences')
    .select(['no', 'version', 'item_code', 'department_code', 'holder_name', 'holder_id', 'holder_kind', 'valid_from', 'valid_to', 'case_no', 'payload'])
    .where('no', 'in', nos)
    .execute();
}

/** The departments regulating each of the items. */
export function regulatorsOf(ex: Executor, itemCodes: string[]) {
  if (itemCodes.length === 0) return Promise.resolve([]);
  return ex.selectFrom('item_regulators').select(['item_code', 'department_code']).where('item_code', 'in', itemCodes).execute();
}

export function enabledSubscriptions(ex: Executor) {
  return ex.selectFrom('exchange_subscriptions').select(['id', 'department_code', 'event_types', 'item_codes']).where('enabled', '=', true).execute();
}

/** Append to the exchange log's hash chain: hash = sha256(prev || canonical JSON). Call under lockState. */
export function chain(prev: string, body: unknown): string {
  return crypto.createHash('sha256').update(prev).update(canonicalJson(body)).digest('hex');
}

export async function setHead(trx: Trx, head: string) {
  await trx.updateTable('exchange_state').set({ head_hash: head }).where('id', '=', 1).execute();
}

/** A due delivery with what sending it needs. */
export interface Claimed {
  id: number;
  subject: string;
  attempts: number;
  retry_from: Date;
  subscription_id: string;
  url: string;
  secret: string;
  event: Record<string, unknown>;
}

/**
 * Claim up to `limit` due deliveries for `leaseMs`. A delivery waits while an earlier one of its
 * subscription and subject is pending and either not due or claimed by someone, so one subject's
 * events go out in order; the caller sends each subject's claimed deliveries one after another.
 */
export async function claimDue(trx: Trx, now: Date, leaseMs: number, limit: number, claim: string): Promise<Claimed[]> {
  const until = new Date(now.getTime() + leaseMs);
  const { rows } = await sql<Claimed>`
    UPDATE exchange_deliveries d SET claimed_until = ${until}, claim = ${claim}
    FROM exchange_subscriptions s, exchange_events e
    WHERE d.id IN (
      SELECT d2.id FROM exchange_deliveries d2 JOIN exchange_subscriptions s2 ON s2.id = d2.subscription_id AND s2.enabled
      WHERE d2.status = 'pending' AND d2.next_at <= ${now} AND (d2.claimed_until IS NULL OR d2.claimed_until < ${now})
        AND NOT EXISTS (
          SELECT 1 FROM exchange_deliveries p
          WHERE p.subscription_id = d2.subscription_id AND p.subject = d2.subject AND p.status = 'pending' AND p.event_seq < d2.event_seq
            AND (p.next_at > ${now} OR p.claimed_until >= ${now}))
      ORDER BY d2.event_seq LIMIT ${limit})
      AND s.id = d.subscription_id AND e.seq = d.event_seq
    RETURNING d.id, d.subject, d.attempts, d.retry_from, d.subscription_id, s.url, s.secret, e.event`.execute(trx);
  return rows.sort((a, b) => Number(a.id) - Number(b.id)).map((r) => ({ ...r, id: Number(r.id), retry_from: new Date(r.retry_from) }));
}

/** One try's outcome, to record. */
export interface Outcome {
  deliveryId: number;
  subscriptionId: string;
  at: Date;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  response: string | null;
  /** delivered, retry at `nextAt`, or dead */
  result: { status: 'delivered' } | { status: 'pending'; nextAt: Date } | { status: 'dead' };
}

/** Write the outcomes of one claim: attempts, delivery states (only where the claim still holds). */
export async function record(trx: Trx, claim: string, outcomes: Outcome[]) {
  if (outcomes.length === 0) return;
  await trx
    .insertInto('exchange_attempts')
    .values(outcomes.map((o) => ({ delivery_id: o.deliveryId, at: o.at, status_code: o.statusCode, latency_ms: o.latencyMs, error: o.error, response: o.response })))
    .execute();
  const rows = outcomes.map((o) => {
    const r = o.result;
    const nextAt = r.status === 'pending' ? r.nextAt : o.at;
    const deliveredAt = r.status === 'delivered' ? o.at.toISOString() : null;
    return sql`(${o.deliveryId}::bigint, ${r.status}, ${nextAt.toISOString()}::timestamptz, ${deliveredAt}::timestamptz, ${o.statusCode}::int, ${o.error}::text)`;
  });
  // one statement for the whole batch
  await sql`
    UPDATE exchange_deliveries d SET status = v.status, attempts = d.attempts + 1, next_at = v.next_at, delivered_at = v.delivered_at,
      last_status = v.last_status, last_error = v.last_error, claim = NULL, claimed_until = NULL
    FROM (VALUES ${sql.join(rows)}) AS v(id, status, next_at, delivered_at, last_status, last_error)
    WHERE d.id = v.id AND d.claim = ${claim}`.execute(trx);
}

/** Give back claimed deliveries that were not tried (an earlier one of their subject failed). */
export async function release(trx: Trx, claim: string, ids: number[]) {
  if (ids.length === 0) return;
  await trx.updateTable('exchange_deliveries').set({ claim: null, claimed_until: null }).where('id', 'in', ids).where('claim', '=', claim).execute();
}

/** Count a subscription's consecutive failures; returns the new count and whether it just started alerting. */
export async function countFailures(trx: Trx, subscriptionId: string, failed: number, succeeded: boolean, alertAfter: number, now: Date) {
  if (succeeded && failed === 0) {
    await trx.updateTable('exchange_subscriptions').set({ consecutive_failures: 0, alerting_since: null }).where('id', '=', subscriptionId).execute();
    return { failures: 0, started: false };
  }
  const row = await trx
    .updateTable('exchange_subscriptions')
    .set((eb) => ({ consecutive_failures: succeeded ? failed : eb('consecutive_failures', '+', failed) }))
    .where('id', '=', subscriptionId)
    .returning(['consecutive_failures', 'alerting_since'])
    .executeTakeFirstOrThrow();
  if (row.consecutive_failures >= alertAfter && !row.alerting_since) {
    await trx.updateTable('exchange_subscriptions').set({ alerting_since: now }).where('id', '=', subscriptionId).execute();
    return { failures: row.consecutive_failures, started: true };
  }
  return { failures: row.consecutive_failures, started: false };
}
