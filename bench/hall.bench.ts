/**
 * Hall benchmark: call-next latency with 50 windows pressing at once (POST
 * /api/v1/hall/windows/:id/call-next through the whole app: session, window lock, SKIP LOCKED
 * pick, ticket update, event row, live event) against a bare route doing one UPDATE … RETURNING
 * on the same database with the same concurrency, in the same process and run; then the time
 * for one call to reach 500 open Server-Sent-Events connections. Goals (issue #5): call-next
 * p99 < 20 ms; fan-out to 500 boards < 100 ms.
 *
 * Usage: npx tsx bench/hall.bench.ts                (embedded PGlite in a temporary directory)
 *        DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/hall.bench.ts
 *        BENCH_ROUNDS=20 sets the rounds of 50 simultaneous calls.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import { toShanghaiDate } from '../src/domain/calendar.js';
import { ticketNumber } from '../src/domain/hall.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { DEMO_DIR } from '../src/server/demo/seed.js';
import { orgFile } from '../src/server/modules/org/org.schemas.js';
import { OrgService } from '../src/server/modules/org/org.service.js';
import { migrate } from '../src/server/platform/migrate.js';
import { waitingTicket } from '../src/server/modules/hall/queue.repository.js';
import { makeClerk } from '../test/hall-fixtures.js';
import { openScratch } from './scratch-db.js';
import { serviceClock } from '../src/server/platform/clock.js';

const WINDOWS = 50;
const ROUNDS = Math.max(2, Number(process.env.BENCH_ROUNDS ?? 20));
const BOARDS = 500;
/** Steady load: one call every PACES[i] ms across the windows (100 and 20 calls/s; a real hall of 80 windows makes under 1 call/s). */
const PACES = [10, 50];
const ITEM = 'BENCH-ITEM';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const figures = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p99: quantile(s, 0.99), max: s.at(-1) ?? 0 };
};
const fmt = (f: ReturnType<typeof figures>) => `n ${String(f.n).padStart(5)}   p50 ${f.p50.toFixed(2).padStart(7)} ms   p99 ${f.p99.toFixed(2).padStart(7)} ms   max ${f.max.toFixed(2).padStart(7)} ms`;

const { database, cleanup } = await openScratch();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-bench-cfg-'));
const config = loadConfig({ SHENPI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const db = database.db;

try {
  await migrate(database);
  const org = orgFile.parse(JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'org.json'), 'utf8')));
  await db.transaction().execute((trx) => new OrgService(db).load(trx, { type: 'system', name: 'bench', ip: null }, org));
  const app = await buildApp({ config, database, logger: pino({ level: 'silent' }), now: serviceClock() });
  await app.ready();

  // 50 windows of zones A–D, each with a clerk signed in; every specialised window serves ITEM
  const windows = (await db.selectFrom('windows').selectAll().where('zone_code', 'in', ['A', 'B', 'C', 'D']).orderBy('zone_code').orderBy('number').execute()).slice(0, WINDOWS);
  await db.insertInto('hall_window_items').values(windows.filter((w) => !w.comprehensive).map((w) => ({ window_id: w.id, item_code: ITEM }))).execute();
  const clerks: { windowId: number; cookie: string }[] = [];
  for (const [i, w] of windows.entries()) {
    const { cookie } = await makeClerk(db, `bench${i}`);
    const res = await app.inject({ method: 'POST', url: `/api/v1/hall/windows/${w.id}/sign-in`, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(res.body);
    clerks.push({ windowId: w.id, cookie });
  }
  // enough waiting tickets for every call, per zone in proportion to its windows
  const day = toShanghaiDate(new Date());
  const now = Date.now();
  const perZone = new Map<string, number>();
  for (const w of windows) perZone.set(w.zone_code, (perZone.get(w.zone_code) ?? 0) + (2 + PACES.length) * ROUNDS);
  for (const [zone, n] of perZone)
    for (let i = 0; i < n; i += 500)
      await db
        .insertInto('hall_tickets')
        .values(
          Array.from({ length: Math.min(500, n - i) }, (_, k) =>
            waitingTicket(day, zone, ticketNumber(zone, i + k + 1), new Date(now - (n - i - k) * 1000), {
              item_code: ITEM,
              item_name: '基准事项',
              priority: (i + k) % 9 === 0 ? 'elderly' : 'normal',
            }),
          ),
        )
        .execute();

  // ---------------------------------------------------------------- call-next under 50 windows
  const round = async (fn: (c: (typeof clerks)[number], i: number) => Promise<void>) => {
    const lat: number[] = [];
    await Promise.all(
      clerks.map(async (c, i) => {
        const t0 = process.hrtime.bigint();
        await fn(c, i);
        lat.push(ms(t0));
      }),
    );
    return lat;
  };
  const called = new Set<number>();
  const callNext = async (c: (typeof clerks)[number]) => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/hall/windows/${c.windowId}/call-next`, headers: { cookie: c.cookie } });
    if (res.statusCode !== 200) throw new Error(`call-next ${res.statusCode} ${res.body}`);
    const id = (res.json() as { ticket: { id: number } }).ticket.id;
    if (called.has(id)) throw new Error(`ticket ${id} called twice`);
    called.add(id);
  };
  const finish = async (c: (typeof clerks)[number]) => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/hall/windows/${c.windowId}/finish`, headers: { cookie: c.cookie }, payload: {} });
    if (res.statusCode !== 200) throw new Error(`finish ${res.statusCode} ${res.body}`);
  };
  // warm-up round, not measured
  await round(callNext);
  await round(finish);
  const callLat: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    callLat.push(...(await round(callNext)));
    await round(finish);
  }

  // steady load: the 50 windows in turn, one call every PACE_MS (each window calls again only after finishing)
  const paced = async (paceMs: number, call: (c: (typeof clerks)[number], i: number) => Promise<void>, after: (c: (typeof clerks)[number]) => Promise<void>) => {
    const lat: number[] = [];
    const last = new Map<number, Promise<void>>();
    const start = Date.now();
    const jobs: Promise<void>[] = [];
    for (let k = 0; k < ROUNDS * WINDOWS; k++) {
      const i = k % WINDOWS;
      const c = clerks[i] as (typeof clerks)[number];
      const wait = start + k * paceMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const job = (last.get(i) ?? Promise.resolve()).then(async () => {
        const t0 = process.hrtime.bigint();
        await call(c, i);
        lat.push(ms(t0));
        await after(c);
      });
      last.set(i, job);
      jobs.push(job);
    }
    await Promise.all(jobs);
    return lat;
  };
  const pacedCall = [];
  for (const pace of PACES) pacedCall.push(await paced(pace, callNext, finish));

  // the bare route: one UPDATE … RETURNING of a row per window, same concurrency, same database
  await sql`CREATE TABLE bench_slots (id integer PRIMARY KEY, n integer NOT NULL)`.execute(db);
  await sql`INSERT INTO bench_slots SELECT g, 0 FROM generate_series(1, ${WINDOWS}::int) g`.execute(db);
  const bare = Fastify();
  bare.post('/bare/:id', async (req) => {
    const { rows } = await sql<{ n: number }>`UPDATE bench_slots SET n = n + 1 WHERE id = ${Number((req.params as { id: string }).id)} RETURNING n`.execute(db);
    return { n: rows[0]?.n };
  });
  await bare.ready();
  await round((_, i) => bare.inject({ method: 'POST', url: `/bare/${i + 1}` }).then(() => undefined));
  const bareLat: number[] = [];
  for (let r = 0; r < ROUNDS; r++) bareLat.push(...(await round((_, i) => bare.inject({ method: 'POST', url: `/bare/${i + 1}` }).then(() => undefined))));

  const bareCall = (_: unknown, i: number) => bare.inject({ method: 'POST', url: `/bare/${i + 1}` }).then(() => undefined);
  const pacedBare = [];
  for (const pace of PACES) pacedBare.push(await paced(pace, bareCall, async () => {}));

  const call = figures(callLat);
  const base = figures(bareLat);

  console.log(`\nhall benchmark on ${database.kind}: ${WINDOWS} windows, ${ROUNDS} rounds`);
  console.log(`  all ${WINDOWS} pressing call-next in the same instant (burst):`);
  console.log(`    call-next   ${fmt(call)}`);
  console.log(`    bare route  ${fmt(base)}   (one UPDATE … RETURNING)   p99 ratio ${(call.p99 / Math.max(0.001, base.p99)).toFixed(1)}×`);
  for (const [i, pace] of PACES.entries()) {
    const steady = figures(pacedCall[i] ?? []);
    console.log(`  the ${WINDOWS} windows in turn, one call every ${pace} ms (${(1000 / pace).toFixed(0)} calls/s), each finishing before calling again:`);
    console.log(`    call-next   ${fmt(steady)}   goal p99 < 20 ms: ${steady.p99 < 20 ? 'met' : 'NOT met'}`);
    console.log(`    bare route  ${fmt(figures(pacedBare[i] ?? []))}`);
  }
  console.log(`  ${called.size} tickets called, none twice`);

  // ---------------------------------------------------------------- fan-out to 500 boards
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const w0 = windows[0];
  const c0 = clerks[0];
  if (!w0 || !c0) throw new Error('no window');
  let t0 = 0n;
  const arrivals: number[] = [];
  let resolveAll: () => void = () => {};
  const all = new Promise<void>((r) => (resolveAll = r));
  const requests: http.ClientRequest[] = [];
  await Promise.all(
    Array.from(
      { length: BOARDS },
      () =>
        new Promise<void>((ready, fail) => {
          const req = http.get({ host: '127.0.0.1', port, path: `/api/v1/hall/stream?zone=${w0.zone_code}`, agent }, (res) => {
            let buf = '';
            let seen = false;
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buf += chunk;
              if (buf.includes(': ready')) ready();
              if (!seen && buf.includes('event: call')) {
                seen = true;
                arrivals.push(ms(t0));
                if (arrivals.length === BOARDS) resolveAll();
              }
            });
          });
          req.on('error', fail);
          requests.push(req);
        }),
    ),
  );
  await finish(c0).catch(() => undefined);
  t0 = process.hrtime.bigint();
  await callNext(c0);
  const callDone = ms(t0);
  await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
  const fan = figures(arrivals);
  console.log(`\n  fan-out: one call-next (answered in ${callDone.toFixed(1)} ms) reached ${arrivals.length}/${BOARDS} open boards`);
  console.log(`  from the request: first ${(arrivals.length ? Math.min(...arrivals) : 0).toFixed(1)} ms   p50 ${fan.p50.toFixed(1)} ms   all ${fan.max.toFixed(1)} ms   goal < 100 ms: ${arrivals.length === BOARDS && fan.max < 100 ? 'met' : 'NOT met'}`);
  for (const r of requests) r.destroy();
  agent.destroy();
  await app.close();
  await bare.close();
} finally {
  await cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
