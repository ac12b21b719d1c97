/**
 * Latency while a fresh demo start's background catch-up runs (issue #16's goal: p99 of `GET /api/v1/cases/:no` and
 * of the portal's item page < 100 ms meanwhile). A fresh demo start of `node dist/server/main.js` (embedded PGlite,
 * or the server DATABASE_URL names, in a database of its own) with the sweeper every BENCH_SWEEP_SECONDS; from
 * /readyz a paced load, one request at a time, BENCH_PACE_MS apart, in turn: a case as director1, an item's API
 * answer, the item page's HTML. Phase "catch-up": until the first sweeper pass that makes no document, licence or
 * analytics fact. Phase "settled", the baseline in the same process: the same load for BENCH_SETTLED_SECONDS.
 * Prints p50 / p99 / max per route and phase, and the catch-up's p99 as a multiple of the settled one.
 *
 *   npx tsx bench/catch-up.bench.ts
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/catch-up.bench.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { stop, timedStart } from './server-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SWEEP_SECONDS = Number(process.env.BENCH_SWEEP_SECONDS ?? 5);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 50);
const SETTLED_SECONDS = Number(process.env.BENCH_SETTLED_SECONDS ?? 30);
const MAX_CATCH_UP_SECONDS = 900;
const DB_NAME = 'shenpi_bench_catch_up';

type Route = 'case' | 'item API' | 'item page';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function main() {
  if (spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-catch-up-'));
  const env: Record<string, string | undefined> = { SHENPI_DATA_DIR: dataDir, SHENPI_DEMO: '1', LOG_LEVEL: 'debug', SHENPI_SWEEP_SECONDS: String(SWEEP_SECONDS), DATABASE_URL: undefined };
  let admin: pg.Client | undefined;
  if (process.env.DATABASE_URL) {
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${DB_NAME}`;
    env.DATABASE_URL = url.toString();
  }

  // the sweeper's passes (at debug level the ones that found nothing to do are logged too): the catch-up is done at
  // the first pass that made nothing after one that did
  let passes = 0;
  let done = false;
  const made = { documents: 0, issued: 0, analytics: 0 };
  const onLine = (line: string) => {
    if (!line.includes('"msg":"sweeper pass"')) return;
    const p = JSON.parse(line) as { documents?: number; issued?: number; analytics?: number };
    const work = (p.documents ?? 0) + (p.issued ?? 0) + (p.analytics ?? 0);
    if (work > 0) passes++;
    else if (passes > 0) done = true;
    made.documents += p.documents ?? 0;
    made.issued += p.issued ?? 0;
    made.analytics += p.analytics ?? 0;
  };
  const server = await timedStart(ROOT, ['dist/server/main.js'], env, '/readyz', onLine);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'director1', password: 'Taian@2018' }) });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`login: ${login.status}`);
    const cases = (await (await fetch(`${base}/api/v1/cases?pageSize=20`, { headers: { cookie } })).json()) as { items: { caseNo: string }[] };
    const items = (await (await fetch(`${base}/api/v1/catalog/items?pageSize=20`)).json()) as { items: { code: string }[] };
    if (!cases.items.length || !items.items.length) throw new Error('no demo cases or items');
    const targets: [Route, (k: number) => [string, RequestInit]][] = [
      ['case', (k) => [`/api/v1/cases/${cases.items[k % cases.items.length]!.caseNo}`, { headers: { cookie } }]],
      ['item API', (k) => [`/api/v1/catalog/items/${encodeURIComponent(items.items[k % items.items.length]!.code)}`, {}]],
      ['item page', (k) => [`/items/${encodeURIComponent(items.items[k % items.items.length]!.code)}`, {}]],
    ];
    const run = async (until: () => boolean) => {
      const times = new Map<Route, number[]>(targets.map(([r]) => [r, []]));
      for (let k = 0; !until(); k++) {
        const [route, req] = targets[k % targets.length]!;
        const [url, init] = req(Math.floor(k / targets.length));
        const t = performance.now();
        const res = await fetch(`${base}${url}`, init);
        await res.arrayBuffer();
        const ms = performance.now() - t;
        if (!res.ok) throw new Error(`${url}: ${res.status}`);
        times.get(route)!.push(ms);
        await new Promise((r) => setTimeout(r, Math.max(0, PACE_MS - ms)));
      }
      return times;
    };
    const t0 = performance.now();
    const catchUp = await run(() => done || performance.now() - t0 > MAX_CATCH_UP_SECONDS * 1000);
    const catchUpSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const settled = await run(() => performance.now() - t1 > SETTLED_SECONDS * 1000);

    console.log(`\nlatency while a fresh demo start's catch-up runs (${env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})`);
    console.log(`fresh start ready after ${server.ready.toFixed(1)} s; catch-up phase ${catchUpSeconds.toFixed(0)} s (${passes} sweeper passes with work: ${made.documents} documents, ${made.issued} licences, ${made.analytics} analytics facts); settled phase ${SETTLED_SECONDS} s; one request at a time, ${PACE_MS} ms apart`);
    console.log(`${'route'.padEnd(10)} ${'phase'.padEnd(9)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}   p99 ×settled   goal`);
    for (const [route] of targets) {
      const a = catchUp.get(route)!;
      const b = settled.get(route)!;
      const line = (phase: string, xs: number[], extra = '') => console.log(`${route.padEnd(10)} ${phase.padEnd(9)} ${String(xs.length).padStart(5)} ${pct(xs, 50).toFixed(1).padStart(8)} ${pct(xs, 99).toFixed(1).padStart(8)} ${Math.max(...xs).toFixed(1).padStart(8)}   ${extra}`);
      line('catch-up', a, `${(pct(a, 99) / pct(b, 99)).toFixed(1).padStart(9)}×     ${route === 'item API' ? '' : 'p99 < 100 ms'}`);
      line('settled', b, `${'1.0'.padStart(9)}×`);
    }
  } finally {
    await stop(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
      await admin.end();
    }
  }
}

await main();
