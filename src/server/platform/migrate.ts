/**
 * Plain SQL migrations from migrations/NNNN_name.sql, applied in order, each in its own
 * transaction and recorded with its checksum. An applied file that changed stops the start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openPglite, templateFingerprint, type DbHandle } from './db.js';
import { listMigrations, MIGRATIONS_DIR } from './migrations.js';

/** Apply every pending migration; returns the names applied now. Safe to run from two processes at once. */
export async function migrate(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  const { db } = handle;
  await handle.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const migrations = listMigrations(dir);
  // a restart's usual case, in one statement: every migration applied as it is today (else each is taken in turn below)
  const have = new Map((await db.selectFrom('schema_migrations').select(['name', 'checksum']).execute()).map((r) => [r.name, r.checksum]));
  if (migrations.every((m) => have.get(m.name) === m.checksum)) return [];
  const applied: string[] = [];
  for (const m of migrations) {
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

/**
 * Make the migrated empty embedded database that new data directories start from (db.ts's TEMPLATE_DIR):
 * initdb and every migration into `out`/pgdata, closed cleanly, with its fingerprint (db.ts's templateFingerprint) beside it.
 * Made aside and renamed into place; scripts/build.mjs makes it into dist/db.
 */
export async function makeTemplate(out: string): Promise<void> {
  const work = `${out}.making`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const handle = await openPglite(path.join(work, 'pgdata'), null);
  await migrate(handle);
  await handle.close();
  fs.writeFileSync(path.join(work, 'fingerprint'), `${templateFingerprint()}\n`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(work, out);
}
