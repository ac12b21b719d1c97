/**
 * One process at a time: a job that several app processes on one PostgreSQL all run on a timer (the
 * sweeper) takes a session advisory lock on a connection of its own, opened for the length of a pass on the
 * session URL (DbHandle.sessionUrl: direct to PostgreSQL even when the pool goes through PgBouncer in
 * transaction pooling, where a session lock would land on whichever server connection the pooler lent);
 * a process that does not get it skips the pass. The lock is the session's, so a killed process's lock goes
 * with its connection and the next pass elsewhere takes over (ADR 0023). On the embedded database one
 * process owns the data directory, so the job just runs.
 */
import { postgresDriver, type DbHandle } from '../platform/db.js';

/** The first key of Shenpi's two-key advisory locks; the second is hashtext(job name). */
const LOCK_SPACE = 74837300;

/** Run `fn` unless another process holds the job `name`; false when it was skipped. */
export async function runExclusive(database: Pick<DbHandle, 'kind' | 'sessionUrl'>, name: string, fn: () => Promise<void>): Promise<boolean> {
  if (database.kind !== 'postgres' || !database.sessionUrl) {
    await fn();
    return true;
  }
  const session = new (await postgresDriver()).Client({ connectionString: database.sessionUrl });
  // a session lost mid-pass has lost its lock too; the pass's own work goes on through the pool
  session.on('error', () => {});
  await session.connect();
  try {
    const got = await session.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS got', [LOCK_SPACE, name]);
    if (!got.rows[0]?.got) return false;
    await fn();
    return true;
  } finally {
    // ending the session releases its lock
    await session.end().catch(() => {});
  }
}
