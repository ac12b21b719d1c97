/**
 * Once per test run: build a template database (migrated, demo bureau seeded) that each test
 * file copies, so no file pays for initdb and the seed. PGlite by default; the PostgreSQL
 * server named by SHENPI_TEST_DATABASE_URL when set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { seedDemo } from '../src/server/demo/seed.js';
import { openDatabase, openPglite, withDatabase, type DbHandle } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';
import crypto from 'node:crypto';
import { suiteClock, TEST_DB_PREFIX } from './db-template.js';

async function build(handle: DbHandle) {
  await migrate(handle);
  await seedDemo(handle.db, pino({ level: 'warn' }), { now: suiteClock() });
  await handle.close();
}

export default async function setup(project: TestProject) {
  const url = process.env.SHENPI_TEST_DATABASE_URL;
  if (url) {
    // this run's own names: two runs on one server (CI beside a developer) never touch each other's databases
    const run = `${TEST_DB_PREFIX}${crypto.randomBytes(4).toString('hex')}`;
    const template = `${run}_template`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    await build(await openDatabase({ databaseUrl: withDatabase(url, template), dataDir: '' }));
    project.provide('pgliteTemplate', null);
    project.provide('pgTemplate', template);
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${run}\\_%`]);
      for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await c.end();
    };
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-test-'));
  const dir = path.join(root, 'template');
  await build(await openPglite(dir));
  project.provide('pgliteTemplate', dir);
  project.provide('pgTemplate', null);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
