/**
 * Memory benchmark (issue #21): the resident set of `node dist/server/main.js` idle after a start and after a
 * mixed load, and a leak check: the V8 heap in use after forced garbage collection, before and after
 * BENCH_REQUESTS (default 10,000) more requests of the same mix. Goals: RSS ≤ 300 MB on PostgreSQL,
 * ≤ 450 MB on the embedded PGlite. The server runs with --expose-gc and bench/memory-probe.mjs, which
 * answers SIGUSR2 with process.memoryUsage() after two collections.
 *
 * The mix, from 8 clients at once: portal reads (catalog stats, an item, a hall board), guide searches,
 * kiosk tickets, and case actions (applicant1 creates a draft application, reads it and the case list).
 *
 * Usage: npx tsx bench/memory.bench.ts                (embedded PGlite in a temporary directory)
 *        DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/memory.bench.ts
 *          (creates and drops its own database shenpi_bench_memory on that server)
 *        BENCH_REQUESTS=2000 for a quicker run. Ratios (after/idle) are printed; no thresholds.
 *        BENCH_DATA_DIR=<dir> BENCH_SETTLE_SECONDS=60: a restart on an embedded database a demo start left (its
 *          documents' catch-up done), as a production instance starts, measured idle after that many seconds;
 *          without it, a fresh demo start measured 5 s after /readyz (the seed's high-water mark, the catch-up running).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../test/ports.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REQUESTS = Math.max(100, Number(process.env.BENCH_REQUESTS ?? 10_000));
const WARMUP = 1000;
const CLIENTS = 8;
const KIOSK_TOKEN = 'demo-kiosk-token-not-for-production-0001';
const PASSWORD = (JSON.parse(fs.readFileSync(path.join(ROOT, 'demo', 'accounts.json'), 'utf8')) as { password: string }).password;
const MB = 1024 * 1024;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Usage {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

async function main() {
  if (spawnSync(process.execPath, ['scripts/build.mjs', 'server', '--if-stale'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-memory-'));
  const probeFile = path.join(work, 'probe.json');
  const restartOn = process.env.BENCH_DATA_DIR;
  const settleMs = 1000 * Math.max(0, Number(process.env.BENCH_SETTLE_SECONDS ?? 5));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SHENPI_DATA_DIR: restartOn ?? path.join(work, 'data'),
    SHENPI_DEMO: '1',
    LOG_LEVEL: 'warn',
    SHENPI_KIOSK_TICKETS_PER_MINUTE: '600',
    SHENPI_LOGIN_RATE: '10000',
    SHENPI_MEMORY_PROBE: probeFile,
  };
  let admin: pg.Client | undefined;
  const dbName = 'shenpi_bench_memory';
  if (process.env.DATABASE_URL) {
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
  } else delete env.DATABASE_URL;
  const kind = env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', './bench/memory-probe.mjs', 'dist/server/main.js'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const probe = async (): Promise<Usage> => {
    fs.rmSync(probeFile, { force: true });
    child.kill('SIGUSR2');
    for (let i = 0; i < 200 && !fs.existsSync(probeFile); i++) await sleep(50);
    await sleep(50);
    return JSON.parse(fs.readFileSync(probeFile, 'utf8')) as Usage;
  };
  try {
    const t0 = performance.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}`);
      if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) break;
      if (performance.now() - t0 > 900_000) throw new Error('not ready in 15 minutes');
      await sleep(200);
    }
    console.log(`server ready after ${((performance.now() - t0) / 1000).toFixed(1)} s (${kind}, ${restartOn ? `a restart on ${restartOn}` : 'fresh demo database'}); idle ${settleMs / 1000} s`);
    await sleep(settleMs); // the background passes' first rounds
    const idle = await probe();

    // ---- the mixed load
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username: 'applicant1', password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`login applicant1: ${login.status}`);
    const items = ((await (await fetch(`${base}/api/v1/catalog/items`)).json()) as { items: { code: string }[] }).items;
    const words = ['开饭店', '营业执照', 'yyzz', '食品经营许可', '办理不动产登记', '社保', '建设工程', 'jzgc'];
    const statuses = new Map<string, number>();
    let errors = 0;
    const call = async (cls: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}, ok = [200]) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), origin: base, ...headers },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      const key = `${cls} ${res.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (!ok.includes(res.status)) errors++;
      return res.status === 201 || res.status === 200 ? (JSON.parse(text) as Record<string, unknown>) : null;
    };
    let issued = 0;
    const one = async (k: number) => {
      const item = items[k % items.length]!.code;
      switch (k % 8) {
        case 0:
          return call('portal', 'GET', '/api/v1/catalog/stats');
        case 1:
          return call('portal', 'GET', `/api/v1/catalog/items/${encodeURIComponent(item)}`);
        case 2:
          return call('portal', 'GET', `/api/v1/hall/zones/${['A', 'C', 'D'][k % 3]}/board`);
        case 3:
        case 4:
          return call('guide', 'GET', `/api/v1/guide/search?q=${encodeURIComponent(`${words[k % words.length]}${k % 5 ? '' : k}`)}`);
        case 5:
          return call('kiosk', 'POST', '/api/v1/hall/tickets', { zone: ['A', 'C', 'D'][k % 3], requestKey: `memory-${k}-${issued++}` }, { 'x-kiosk-token': KIOSK_TOKEN }, [201, 429]); // 429: the kiosk's per-minute limit, also a path
        case 6: {
          // a draft application (items not stationed at the bureau answer 409, items with their own form 400 naming
          // the form: also case paths)
          const c = await call('case', 'POST', '/api/v1/cases', { itemCode: item }, { cookie }, [201, 400, 409]);
          if (c?.caseNo) await call('case', 'GET', `/api/v1/cases/${String(c.caseNo)}`, undefined, { cookie });
          return;
        }
        default:
          return call('case', 'GET', '/api/v1/cases?pageSize=20', undefined, { cookie });
      }
    };
    const run = async (n: number, from: number) => {
      let next = from;
      const t = performance.now();
      await Promise.all(Array.from({ length: CLIENTS }, async () => {
        while (next < from + n) await one(next++);
      }));
      return (performance.now() - t) / 1000;
    };
    await run(WARMUP, 0);
    const before = await probe();
    const secs = await run(REQUESTS, WARMUP);
    const after = await probe();
    await sleep(5000);
    const idleAfter = await probe();

    const mb = (b: number) => `${(b / MB).toFixed(1)} MB`;
    console.log(`\nmemory of node dist/server/main.js on ${kind} (node ${process.version}; ${REQUESTS} requests from ${CLIENTS} clients in ${secs.toFixed(1)} s, ${errors} unexpected statuses)`);
    console.log(`  statuses: ${[...statuses].sort().map(([k, v]) => `${k}×${v}`).join(', ')}`);
    const goal = kind === 'PostgreSQL' ? 300 : 450;
    console.log(`  RSS idle after start:            ${mb(idle.rss).padStart(10)}   goal ≤ ${goal} MB`);
    console.log(`  RSS after the load (idle 5 s):   ${mb(idleAfter.rss).padStart(10)}   ${(idleAfter.rss / idle.rss).toFixed(2)}× the idle start   goal ≤ ${goal} MB`);
    console.log(`  heap used after GC, idle start:  ${mb(idle.heapUsed).padStart(10)}`);
    console.log(`  heap used after GC, warmed up:   ${mb(before.heapUsed).padStart(10)}   (after ${WARMUP} requests)`);
    console.log(`  heap used after GC, +${REQUESTS}:  ${mb(after.heapUsed).padStart(10)}   growth ${mb(after.heapUsed - before.heapUsed)} = ${(((after.heapUsed - before.heapUsed) / REQUESTS) * 1).toFixed(0)} bytes a request (${(after.heapUsed / before.heapUsed).toFixed(3)}×)`);
    console.log(`  external / array buffers after:  ${mb(after.external)} / ${mb(after.arrayBuffers)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    fs.rmSync(work, { recursive: true, force: true });
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
}

await main();
