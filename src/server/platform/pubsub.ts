/**
 * Live events across server processes: PostgreSQL LISTEN/NOTIFY on a dedicated session connection, so an
 * event published by any process reaches the subscribers of every process; on the embedded
 * database (one process by construction) an in-process emitter. Events are small JSON objects,
 * published after the change that caused them committed.
 */
import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import { postgresDriver, type DbHandle } from './db.js';

/** Publish and subscribe on one channel. */
export interface Bus {
  publish(event: object): Promise<void>;
  /** Start delivering; resolves once this process listens (so a test can publish right after). */
  subscribe(fn: (event: Record<string, unknown>) => void): Promise<() => void>;
  close(): Promise<void>;
}

const RECONNECT_MS = 1000;

/** A bus inside this process only (the embedded database; the demo seed). */
export function localBus(): Bus {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  return {
    async publish(event) {
      // a copy, as LISTEN/NOTIFY would deliver it
      local.emit('event', JSON.parse(JSON.stringify(event)));
    },
    async subscribe(fn) {
      local.on('event', fn);
      return () => local.off('event', fn);
    },
    async close() {
      local.removeAllListeners();
    },
  };
}

/** A bus on `channel` (a plain identifier) over the database handle. */
export function createBus(handle: DbHandle, channel: string, log: Logger): Bus {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  if (handle.kind !== 'postgres' || !handle.sessionUrl) return localBus();
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const deliver = (payload: string) => {
    try {
      local.emit('event', JSON.parse(payload));
    } catch (err) {
      log.warn({ err }, 'bad bus payload dropped');
    }
  };

  // LISTEN needs a session of its own: the direct URL, not a transaction pooler's (DbHandle.sessionUrl)
  const url = handle.sessionUrl;
  let current: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const connect = (): Promise<void> => {
    connecting ??= (async () => {
      const c = new (await postgresDriver()).Client({ connectionString: url });
      current = c;
      c.on('notification', (n) => n.channel === channel && n.payload !== undefined && deliver(n.payload));
      c.on('error', (err) => {
        log.warn({ err }, 'bus connection lost; reconnecting');
        drop(c);
      });
      c.on('end', () => drop(c));
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    })().catch((err) => {
      connecting = null;
      throw err;
    });
    return connecting;
  };
  const drop = (c: pg.Client) => {
    if (current !== c) return;
    current = null;
    connecting = null;
    c.end().catch(() => {});
    if (!closed && local.listenerCount('event') > 0)
      timer = setTimeout(() => connect().catch((err) => log.warn({ err }, 'bus reconnect failed')), RECONNECT_MS);
  };
  return {
    async publish(event) {
      await sql`SELECT pg_notify(${channel}, ${JSON.stringify(event)})`.execute(handle.db);
    },
    async subscribe(fn) {
      local.on('event', fn);
      await connect();
      return () => local.off('event', fn);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      local.removeAllListeners();
      const c = current;
      current = null;
      if (c) await c.end().catch(() => {});
    },
  };
}
