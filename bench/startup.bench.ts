/**
 * Start-time benchmark (issue #21): how long `node dist/server/main.js` takes until it listens (/healthz
 * answers) and is ready (/readyz 200), against a baseline measured the same way in the same run: a bare
 * Fastify process that only listens. Each start is a new process, timed from spawn to the first answer.
 *
 *   1. a fresh demo start: an empty database, the demo bureau seeded (goal < 20 s);
 *   2. restarts on the database that start left (goal: listening < 2 s);
 *   3. the baseline: `node -e` importing fastify and listening.
 *
 * Usage: npx tsx bench/startup.bench.ts                 (embedded PGlite in a temporary directory)
 *        DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/startup.bench.ts
 *          (creates and drops its own database shenpi_bench_startup on that server)
 *        BENCH_RESTARTS=5 sets the restarts measured.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { stop, timedStart, type Start } from './server-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const RESTARTS = Math.max(1, Number(process.env.BENCH_RESTARTS ?? 3));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  if (spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-startup-'));
  const env: Record<string, string | undefined> = { SHENPI_DATA_DIR: dataDir, SHENPI_DEMO: '1', LOG_LEVEL: 'warn' };
  let admin: pg.Client | undefined;
  if (process.env.DATABASE_URL) {
    const dbName = 'shenpi_bench_startup';
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
  } else env.DATABASE_URL = undefined;
  const kind = env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';

  const baselineArgs = ['--input-type=module', '-e', "const f=(await import('fastify')).default();f.get('/healthz',async()=>({ok:true}));await f.listen({port:Number(process.env.PORT),host:'127.0.0.1'});"];
  const baseline: number[] = [];
  for (let i = 0; i < RESTARTS; i++) {
    const s = await timedStart(ROOT, baselineArgs, {}, '/healthz');
    baseline.push(s.listening);
    await stop(s.child);
  }
  const base = median(baseline);

  const fresh = await timedStart(ROOT, ['dist/server/main.js'], env);
  await stop(fresh.child);
  const restarts: Start[] = [];
  for (let i = 0; i < RESTARTS; i++) {
    const s = await timedStart(ROOT, ['dist/server/main.js'], env);
    restarts.push(s);
    await stop(s.child);
  }
  const listen = median(restarts.map((s) => s.listening));
  const ready = median(restarts.map((s) => s.ready));

  const row = (name: string, secs: number, goal: string) => console.log(`${name.padEnd(46)} ${secs.toFixed(2).padStart(7)} s   ${(secs / base).toFixed(1).padStart(7)}× baseline   ${goal}`);
  console.log(`\nstart times of node dist/server/main.js on ${kind} (node ${process.version}, ${os.cpus().length} cores, medians of ${RESTARTS})`);
  row('baseline: bare Fastify process listening', base, '');
  row('fresh demo start: listening', fresh.listening, '');
  row('fresh demo start: /readyz', fresh.ready, 'goal < 20 s');
  row('restart on that database: listening', listen, 'goal < 2 s');
  row('restart on that database: /readyz', ready, '');

  fs.rmSync(dataDir, { recursive: true, force: true });
  if (admin) {
    await admin.query('DROP DATABASE IF EXISTS shenpi_bench_startup WITH (FORCE)');
    await admin.end();
  }
}

await main();
