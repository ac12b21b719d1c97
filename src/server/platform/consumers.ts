/**
 * Outbox consumers: after-commit work (documents, licences, analytics, notices, pushes to the
 * province) that reads the outbox with a cursor of its own, off the request path.
 *
 * Order and completeness: a consumer reads only rows whose writing transaction is older than
 * every transaction of this database still running, in (txid, id) order (migrations/0026), so a row
 * that committed late is never passed over. Exactly once: a batch's writes and the cursor's move commit in one
 * transaction, and one process at a time holds a consumer's cursor. A failing event is retried;
 * after MAX_ATTEMPTS it is parked so the consumer goes on, and waits for an operator's replay.
 */
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db, Executor, Trx } from './db.js';

/** One outbox event as a consumer reads it. */
export interface OutboxRecord {
  id: number;
  topic: string;
  subject: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** After-commit work with its own cursor. */
export interface OutboxConsumer {
  /** the cursor's key: stable across releases */
  readonly name: string;
  /** the topics it reads; every topic when absent */
  readonly topics?: readonly string[];
  /** where a new cursor starts: every event ever written, or those committed after its first pass */
  readonly startAt: 'beginning' | 'now';
  /** events per transaction (default 50) */
  readonly batch?: number;
  /** Handle events in the transaction that moves the cursor: what it writes commits with the move, or not at all. */
  handle(trx: Trx, events: readonly OutboxRecord[]): Promise<void>;
}

/** Attempts at one event before it is parked. */
export const MAX_ATTEMPTS = 3;

/** What one pass did. */
export interface PassResult {
  /** events handled */
  handled: number;
  /** false: another process holds the cursor (nothing was read) */
  claimed: boolean;
  /** the event that failed this pass, if one did */
  failed?: { outboxId: number; error: string; parked: boolean };
}

interface Row {
  id: number;
  topic: string;
  subject: string;
  payload: Record<string, unknown>;
  created_at: Date;
  txid: string;
}

/**
 * The settled horizon: every transaction below it that wrote to this database has ended, so its rows
 * are all visible now and none can appear later. Transaction ids are shared by all databases of a
 * server, so the snapshot's oldest running transaction may belong to another database (another
 * application, or another test file, on the same server), and a long one there would hold every
 * consumer here back; a transaction writes in one database only, so those seen running in another
 * database are left out. A running transaction whose database cannot be seen (another user's
 * session without pg_read_all_stats, or one that ended meanwhile) still counts: the horizon errs
 * early, never late. Computed in a statement of its own: a later statement of the same transaction
 * has a newer snapshot, which sees everything below it.
 */
async function settledHorizon(trx: Trx): Promise<string> {
  const r = await sql<{ h: string }>`
    SELECT COALESCE(
      (SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) x
        WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
          WHERE a.backend_xid = x::xid AND a.datid <> (SELECT oid FROM pg_database WHERE datname = current_database()))),
      pg_snapshot_xmax(pg_current_snapshot()))::text AS h`.execute(trx);
  const h = r.rows[0]?.h;
  if (!h) throw new Error('no outbox horizon');
  return h;
}

/** Lock the consumer's cursor for this transaction, creating it first; null when another process holds it. */
async function claimCursor(trx: Trx, c: OutboxConsumer, below: string): Promise<{ txid: string; id: number } | null> {
  // 'now': just below the horizon, so every later commit is read and nothing before it
  const start = c.startAt === 'beginning' ? sql`'0'::xid8, 0` : sql`(${below}::numeric - 1)::text::xid8, 9007199254740991`;
  await sql`INSERT INTO outbox_cursors (consumer, txid, id) VALUES (${c.name}, ${start}) ON CONFLICT (consumer) DO NOTHING`.execute(trx);
  const row = await sql<{ txid: string; id: number }>`SELECT txid::text AS txid, id FROM outbox_cursors WHERE consumer = ${c.name} FOR UPDATE SKIP LOCKED`.execute(trx);
  return row.rows[0] ?? null;
}

function readPast(trx: Trx, c: OutboxConsumer, at: { txid: string; id: number }, below: string, limit: number) {
  const topics = c.topics && c.topics.length ? sql`AND o.topic IN (${sql.join(c.topics.map((t) => sql`${t}`))})` : sql``;
  return sql<Row>`
    SELECT o.id, o.topic, o.subject, o.payload, o.created_at, o.txid::text AS txid FROM outbox o
    WHERE (o.txid, o.id) > (${at.txid}::xid8, ${at.id}) AND o.txid < ${below}::xid8 ${topics}
      AND NOT EXISTS (SELECT 1 FROM outbox_failures f WHERE f.consumer = ${c.name} AND f.outbox_id = o.id AND f.parked)
    ORDER BY o.txid, o.id LIMIT ${limit}`.execute(trx);
}

/** The last settled outbox position, for moving a filtered consumer past rows it does not read. */
async function lastSettled(trx: Trx, below: string): Promise<{ txid: string; id: number } | null> {
  const r = await sql<{ txid: string; id: number }>`SELECT o.txid::text AS txid, o.id FROM outbox o WHERE o.txid < ${below}::xid8 ORDER BY o.txid DESC, o.id DESC LIMIT 1`.execute(trx);
  return r.rows[0] ?? null;
}

async function moveCursor(trx: Trx, name: string, to: { txid: string; id: number }) {
  await sql`UPDATE outbox_cursors SET txid = GREATEST(txid, ${to.txid}::xid8), id = CASE WHEN txid < ${to.txid}::xid8 OR (txid = ${to.txid}::xid8 AND id < ${to.id}) THEN ${to.id} ELSE id END, updated_at = now() WHERE consumer = ${name}`.execute(trx);
}

const toRecord = (r: Row): OutboxRecord => ({ id: r.id, topic: r.topic, subject: r.subject, payload: r.payload, createdAt: new Date(r.created_at) });

/**
 * One pass: claim the cursor, read up to `batch` settled events past it, handle them and move the
 * cursor, all in one transaction. When the batch fails, the pass is rolled back and the first event
 * is tried alone; if that fails too, its attempt is recorded (parked after MAX_ATTEMPTS).
 */
export async function consumeOnce(db: Db, c: OutboxConsumer, batch = c.batch ?? 50): Promise<PassResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      const below = await settledHorizon(trx);
      const at = await claimCursor(trx, c, below);
      if (!at) return { handled: 0, claimed: false };
      const rows = (await readPast(trx, c, at, below, batch)).rows;
      if (rows.length) await c.handle(trx, rows.map(toRecord));
      const last = rows.at(-1);
      if (last) await moveCursor(trx, c.name, { txid: last.txid, id: last.id });
      // a filtered consumer also moves past the settled rows it does not read
      if (rows.length < batch && c.topics) {
        const h = await lastSettled(trx, below);
        if (h) await moveCursor(trx, c.name, h);
      }
      if (rows.length) await trx.deleteFrom('outbox_failures').where('consumer', '=', c.name).where('outbox_id', 'in', rows.map((r) => r.id)).execute();
      return { handled: rows.length, claimed: true };
    });
  } catch (err) {
    if (batch > 1) return consumeOnce(db, c, 1);
    return { handled: 0, claimed: true, failed: await recordFailure(db, c, err) };
  }
}

/** Count an attempt at the first event past the cursor, parking it after MAX_ATTEMPTS. */
async function recordFailure(db: Db, c: OutboxConsumer, err: unknown): Promise<PassResult['failed']> {
  const error = err instanceof Error ? err.message : String(err);
  return db.transaction().execute(async (trx) => {
    const below = await settledHorizon(trx);
    const at = await claimCursor(trx, c, below);
    const first = at ? (await readPast(trx, c, at, below, 1)).rows[0] : undefined;
    // the failure came from claiming or reading, not from an event
    if (!first) throw err;
    const row = await trx
      .insertInto('outbox_failures')
      .values({ consumer: c.name, outbox_id: first.id, attempts: 1, last_error: error.slice(0, 2000), parked: MAX_ATTEMPTS <= 1 })
      .onConflict((oc) =>
        oc.columns(['consumer', 'outbox_id']).doUpdateSet((eb) => ({
          attempts: eb('outbox_failures.attempts', '+', 1),
          last_error: error.slice(0, 2000),
          parked: sql<boolean>`outbox_failures.attempts + 1 >= ${MAX_ATTEMPTS}`,
          failed_at: new Date(),
        })),
      )
      .returning(['parked'])
      .executeTakeFirstOrThrow();
    return { outboxId: first.id, error, parked: row.parked };
  });
}

/** Handle a parked event again (an operator's replay); it leaves the parked list when it succeeds. */
export async function replayParked(db: Db, c: OutboxConsumer, outboxId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // wait for a running pass: the replay and the consumer never handle at the same time
    await sql`SELECT 1 FROM outbox_cursors WHERE consumer = ${c.name} FOR UPDATE`.execute(trx);
    const row = await sql<Row>`SELECT o.id, o.topic, o.subject, o.payload, o.created_at, o.txid::text AS txid FROM outbox o
      JOIN outbox_failures f ON f.outbox_id = o.id AND f.consumer = ${c.name} AND f.parked WHERE o.id = ${outboxId}`.execute(trx);
    const event = row.rows[0];
    if (!event) throw new Error(`event ${outboxId} is not parked for ${c.name}`);
    await c.handle(trx, [toRecord(event)]);
    await trx.deleteFrom('outbox_failures').where('consumer', '=', c.name).where('outbox_id', '=', outboxId).execute();
  });
}

/** Per consumer: events waiting past its cursor and events parked (for /metrics and the operators' page). */
export async function consumerLag(ex: Executor): Promise<{ consumer: string; waiting: number; parked: number }[]> {
  const r = await sql<{ consumer: string; waiting: number; parked: number }>`
    SELECT c.consumer,
      (SELECT count(*) FROM outbox o WHERE (o.txid, o.id) > (c.txid, c.id))::int AS waiting,
      (SELECT count(*) FROM outbox_failures f WHERE f.consumer = c.consumer AND f.parked)::int AS parked
    FROM outbox_cursors c ORDER BY c.consumer`.execute(ex);
  return r.rows;
}

/** Running consumers: `wake` shortens the wait after a commit, `stop` lets the passes in progress finish. */
export interface ConsumerRunner {
  wake(): void;
  stop(): Promise<void>;
}

/** Run each consumer in a loop of passes: at once while there is work, then every `pollMs` (or on `wake`). */
export function startConsumers(db: Db, consumers: readonly OutboxConsumer[], log: Logger, opts: { pollMs: number }): ConsumerRunner {
  let stopped = false;
  const wakers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });
  const loop = async (c: OutboxConsumer) => {
    let failures = 0;
    while (!stopped) {
      try {
        const r = await consumeOnce(db, c);
        if (r.failed) {
          failures++;
          log.error({ consumer: c.name, outboxId: r.failed.outboxId, parked: r.failed.parked, err: r.failed.error }, r.failed.parked ? 'outbox event parked after repeated failures' : 'outbox event failed; retrying');
          await sleep(Math.min(60_000, opts.pollMs * 2 ** failures));
          continue;
        }
        failures = 0;
        if (r.handled === 0) await sleep(opts.pollMs);
      } catch (err) {
        log.error({ consumer: c.name, err }, 'outbox consumer pass failed');
        await sleep(opts.pollMs * 4);
      }
    }
  };
  const loops = consumers.map(loop);
  return {
    wake() {
      for (const w of [...wakers]) w();
    },
    async stop() {
      stopped = true;
      for (const w of [...wakers]) w();
      await Promise.all(loops);
    },
  };
}
