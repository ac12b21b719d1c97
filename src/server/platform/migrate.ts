/**
 * Plain SQL migrations from migrations/NNNN_name.sql, applied in order, each in its own
 * transaction and recorded with its checksum. An applied file that changed stops the start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DbHandle } from './db.js';

/** The folder that holds the project's migrations. */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** The migration files in the order they apply. */
export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string; checksum: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: crypto.createHash('sha256').update(text).digest('hex') };
    });
}

/** Apply every pending migration; returns the names applied now. Safe to run from two processes at once. */
export async function migrate(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  const { db } = handle;
  await handle.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    const done = await db.transaction().execute(async (trx) => {
      // one migrator at a time across processes
      await sql`SELECT pg_advisory_xact_lock(74837201)`.execute(trx);
      const row = await trx.selectFrom('schema_migrations').selectAll().where('name', '=', m.name).executeTakeFirst();
      if (row) {
        if (row.checksum !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied`);
        return false;
      }
      await sql.raw(m.sql).execute(trx);
      await trx.insertInto('schema_migrations').values({ name: m.name, checksum: m.checksum }).execute();
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}
