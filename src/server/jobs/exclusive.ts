/**
 * One process at a time: a job that several app processes on one PostgreSQL all run on a timer (the
 * sweeper) takes a session advisory lock on a connection of its own for the length of a pass; a process
 * that does not get it skips the pass. The lock is the connection's, so a killed process's lock goes with
 * its connection and the next pass elsewhere takes over (ADR 0023). On the embedded database one process
 * owns the data directory, so the job just runs.
 */
import { sql } from 'kysely';
import type { DbHandle } from '../platform/db.js';

/** The first key of Shenpi's two-key advisory locks; the second is hashtext(job name). */
const LOCK_SPACE = 74837300;

/** Run `fn` unless another process holds the job `name`; false when it was skipped. */
export async function runExclusive(database: Pick<DbHandle, 'db' | 'kind'>, name: string, fn: () => Promise<void>): Promise<boolean> {
  if (database.kind !== 'postgres') {
    await fn();
    return true;
  }
  return database.db.connection().execute(async (conn) => {
    const got = await sql<{ got: boolean }>`SELECT pg_try_advisory_lock(${LOCK_SPACE}::int, hashtext(${name})) AS got`.execute(conn);
    if (!got.rows[0]?.got) return false;
    try {
      await fn();
      return true;
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_SPACE}::int, hashtext(${name}))`.execute(conn);
    }
  });
}
