/**
 * Case action benchmark: case actions per second (POST /api/v1/cases/:caseNo/actions — the log
 * row, the outbox event, the audit row and the projection in one transaction, then the case as
 * the answer) against a bare Fastify route doing one INSERT on the same database, in the same
 * process and run. Goal (issue): throughput ≥ 0.5× the bare route, p99 ≤ 3× its p99.
 *
 * The actions are a realistic mix on many prepared cases of one item with on-site inspection:
 * accept (window clerk) → start_pause (reviewer) → end_pause (reviewer) → approve (chief), each
 * through app.inject with the logged-in user's session cookie. Measured sequentially and with 4
 * requests in flight (Promise.all batches). Then one action of each type runs with a Kysely
 * plugin counting the queries it issues, and the time of one action is split into HTTP + session
 * lookup + schemas and the service's own work (checks, write transaction, the case as answer).
 * For reference (not the goal's baseline) it also measures a bare route that writes the same rows
 * an action writes, the way the service writes them, in one transaction: the floor of this design.
 *
 * Usage: npx tsx bench/cases.bench.ts                (embedded PGlite in a temporary directory)
 *        DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cases.bench.ts
 *          (a scratch database is created on that server and dropped afterwards; the database
 *           named in the URL is only used to run CREATE/DROP DATABASE)
 *        BENCH_N=400 sets the number of requests per measurement (a multiple of 4).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import pino from 'pino';
import { buildApp } from '../src/server/app.js';
import { createServices } from '../src/server/services.js';
import { loadConfig } from '../src/server/config.js';
import { bareCaseServices, demoPdf } from '../src/server/demo/cases.js';
import { seedDemo } from '../src/server/demo/seed.js';
import type { ActionBody } from '../src/server/modules/cases/cases.schemas.js';
import { CatalogService } from '../src/server/modules/catalog/catalog.service.js';
import { OrgService } from '../src/server/modules/org/org.service.js';
import { loadUserActor, type UserActor } from '../src/server/platform/auth.js';
import { migrate } from '../src/server/platform/migrate.js';
import type { DbHandle } from '../src/server/platform/db.js';
import { openScratch } from './scratch-db.js';
import { serviceClock } from '../src/server/platform/clock.js';

const N = Math.max(4, Math.floor(Number(process.env.BENCH_N ?? 400) / 4) * 4);
const CONCURRENCY = 4;
const ITEM = '小餐饮登记';
const PASSWORD = 'Taian@2018';

/**
 * Counts the queries Kysely executes while enabled, by kind of statement: a query counts when its
 * result comes back (a builder compiled into another statement, e.g. an action's insert inside
 * its audit statement, is part of that one).
 */
class QueryCounter implements KyselyPlugin {
  enabled = false;
  readonly counts = new Map<string, number>();
  private readonly kinds = new WeakMap<object, string>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.enabled) this.kinds.set(args.queryId, args.node.kind.replace(/QueryNode$|Node$/, '').toLowerCase());
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const kind = this.kinds.get(args.queryId);
    if (this.enabled && kind) this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    return args.result;
  }
  reset() {
    this.counts.clear();
  }
  total(): number {
    return [...this.counts.values()].reduce((s, n) => s + n, 0);
  }
}

// ------------------------------------------------------------------------------ measuring

interface Figures {
  n: number;
  opsPerSec: number;
  p50: number;
  p99: number;
  mean: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Run `fn(0..n-1)` in batches of `concurrency` and report throughput and latency. */
async function measure(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i += concurrency) {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, n - i) }, async (_, k) => {
        const s = process.hrtime.bigint();
        await fn(i + k);
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      }),
    );
  }
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { n, opsPerSec: (n / totalMs) * 1000, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), mean: latencies.reduce((s, x) => s + x, 0) / n };
}

/** The i-th element, which must exist. */
function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}

const fmt = (f: Figures) => `${f.opsPerSec.toFixed(0).padStart(6)} ops/s   p50 ${f.p50.toFixed(2).padStart(7)} ms   p99 ${f.p99.toFixed(2).padStart(7)} ms`;

// ------------------------------------------------------------------------------ set-up

const { database: raw, cleanup } = await openScratch();
const counter = new QueryCounter();
// the app sees the database through the counting plugin (off while measuring throughput)
const database: DbHandle = { ...raw, db: raw.db.withPlugin(counter) };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-bench-cfg-'));
const config = loadConfig({ SHENPI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SHENPI_LOGIN_RATE: '10000' });

try {
  await migrate(raw);
  console.log(`seeding the demo bureau on ${raw.kind} …`);
  let t0 = Date.now();
  await seedDemo(raw.db, pino({ level: 'warn' }), { now: serviceClock() });
  console.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const deps = { config, database, logger: pino({ level: 'silent' }), now: serviceClock() };
  // the goal's figures measure the action itself; its documents and licence are made after the
  // commit, in the background, and are measured on their own below (a second app with them on)
  const services = await createServices(deps);
  const service = bareCaseServices({ db: database.db, catalog: services.catalog, calendar: services.calendar, now: deps.now, log: deps.logger });
  const app = await buildApp(deps, { ...services, caseCommands: service.commands, caseQueries: service.queries, caseFiles: service.files, caseSweeper: service.sweeper });
  await app.ready();
  const withDocuments = await buildApp(deps, services);
  await withDocuments.ready();

  const cookies = new Map<string, string>();
  for (const u of ['clerk1', 'caseworker1', 'chief1']) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u, password: PASSWORD } });
    const c = res.cookies.find((x) => x.name === 'shenpi_session');
    if (!c) throw new Error(`login ${u} failed: ${res.body}`);
    cookies.set(u, `shenpi_session=${c.value}`);
  }
  const actorOf = async (username: string): Promise<UserActor> => {
    const row = await raw.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const a = await loadUserActor(raw.db, row.id, null);
    if (!a) throw new Error(`no user ${username}`);
    return a;
  };
  const clerk = await actorOf('clerk1');
  const reviewer = await actorOf('caseworker1');

  const org = new OrgService(raw.db);
  const catalog = new CatalogService(raw.db);
  const list = await catalog.listPublic({ q: ITEM, page: 1, pageSize: 50 }, await org.names());
  const code = list.items.find((i) => i.name === ITEM)?.code;
  if (!code) throw new Error(`item ${ITEM} not in the catalog`);
  const item = await catalog.getPublic(code, await org.names());
  const required = item.materials.filter((m) => m.requirement === 'required').map((m) => m.code);

  let prepared = 0;
  /** A submitted case with every required material, filed at the window (not measured). */
  const prepare = async (): Promise<string> => {
    prepared++;
    const cs = await service.commands.create(clerk, { itemCode: code, onBehalfOf: { kind: 'person', name: '基准测试', idNumber: '11010519491231002X' } });
    for (const m of required)
      await service.files.attachMaterial(clerk, cs.caseNo, { materialCode: m, upload: async () => ({ name: `${m}.pdf`, content: demoPdf(`bench ${cs.caseNo} ${m} ${prepared}`) }) });
    await service.commands.act(clerk, cs.caseNo, { type: 'submit', expectedVersion: (await service.queries.get(clerk, cs.caseNo)).version });
    return cs.caseNo;
  };

  /** The four actions of the mix, in the order a case goes through them. */
  const MIX: { who: string; body: (v: number) => ActionBody }[] = [
    { who: 'clerk1', body: (v) => ({ type: 'accept', expectedVersion: v }) },
    { who: 'caseworker1', body: (v) => ({ type: 'start_pause', expectedVersion: v, kind: 'inspection', expectedDays: 3, reason: '现场核查经营场所' }) },
    { who: 'caseworker1', body: (v) => ({ type: 'end_pause', expectedVersion: v, result: '现场符合要求' }) },
    { who: 'chief1', body: (v) => ({ type: 'approve', expectedVersion: v, opinion: '符合条件，准予许可' }) },
  ];

  /** Prepare n/4 cases and return the n requests (step-major, so requests in a batch touch different cases). */
  const plan = async (n: number) => {
    const cases: { caseNo: string; version: number }[] = [];
    for (let i = 0; i < n / MIX.length; i++) {
      const caseNo = await prepare();
      cases.push({ caseNo, version: (await service.queries.get(clerk, caseNo)).version });
    }
    return MIX.flatMap((step) => cases.map((c) => ({ c, step })));
  };
  const send = async (r: { c: { caseNo: string; version: number }; step: (typeof MIX)[number] }, through = app) => {
    const res = await through.inject({
      method: 'POST',
      url: `/api/v1/cases/${r.c.caseNo}/actions`,
      headers: { cookie: cookies.get(r.step.who) ?? '' },
      payload: r.step.body(r.c.version),
    });
    if (res.statusCode !== 200) throw new Error(`${r.c.caseNo} ${res.statusCode} ${res.body}`);
    r.c.version = (res.json() as { version: number }).version;
  };

  // the bare route: one INSERT on the same database, nothing else
  await sql`CREATE TABLE bench_rows (id bigserial PRIMARY KEY, payload jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`.execute(raw.db);
  const bare = Fastify();
  bare.post('/bare', async (req) => {
    await sql`INSERT INTO bench_rows (payload) VALUES (${JSON.stringify(req.body)})`.execute(database.db);
    return { ok: true };
  });
  const bareCall = async () => {
    const res = await bare.inject({ method: 'POST', url: '/bare', payload: { type: 'approve', expectedVersion: 5, opinion: '符合条件，准予许可' } });
    if (res.statusCode !== 200) throw new Error(res.body);
  };

  // for reference, not the goal's baseline: a bare route writing what an action must write, the
  // way the service writes it — lock the case row, read its log, append, outbox, the audit row
  // chained to the head in one statement, projection updated — in one transaction, no checks, no answer
  await sql`CREATE TABLE bench_case (id integer PRIMARY KEY, version integer NOT NULL)`.execute(raw.db);
  await sql`CREATE TABLE bench_log (case_id integer NOT NULL, seq integer NOT NULL, payload jsonb NOT NULL, PRIMARY KEY (case_id, seq))`.execute(raw.db);
  await sql`CREATE TABLE bench_outbox (id bigserial PRIMARY KEY, payload jsonb NOT NULL)`.execute(raw.db);
  await sql`CREATE TABLE bench_head (id integer PRIMARY KEY, prev text NOT NULL, hash text NOT NULL, n integer NOT NULL)`.execute(raw.db);
  await sql`CREATE TABLE bench_audit (id bigserial PRIMARY KEY, prev text NOT NULL, hash text NOT NULL, after jsonb NOT NULL)`.execute(raw.db);
  await sql`INSERT INTO bench_head VALUES (1, 'GENESIS', 'GENESIS', 0)`.execute(raw.db);
  await sql`INSERT INTO bench_case SELECT g, 0 FROM generate_series(1, 64) g`.execute(raw.db);
  bare.post('/same-writes', async (req) => {
    const body = JSON.stringify(req.body);
    const id = 1 + Math.floor(Math.random() * 64);
    await database.db.transaction().execute(async (trx) => {
      await sql`SELECT version FROM bench_case WHERE id = ${id} FOR UPDATE`.execute(trx);
      const seq = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_log WHERE case_id = ${id}`.execute(trx)).rows[0]?.n ?? 0;
      await sql`INSERT INTO bench_log VALUES (${id}, ${seq + 1}, ${body})`.execute(trx);
      await sql`INSERT INTO bench_outbox (payload) VALUES (${body})`.execute(trx);
      await sql`WITH h AS (UPDATE bench_head SET prev = hash, hash = encode(sha256(convert_to(hash || ${body}::text, 'UTF8')), 'hex'), n = n + 1 WHERE id = 1 RETURNING prev, hash)
                INSERT INTO bench_audit (prev, hash, after) SELECT prev, hash, ${body}::jsonb FROM h`.execute(trx);
      await sql`UPDATE bench_case SET version = ${seq + 1} WHERE id = ${id}`.execute(trx);
    });
    return { ok: true };
  });
  await bare.ready();
  const sameWritesCall = async () => {
    const res = await bare.inject({ method: 'POST', url: '/same-writes', payload: { type: 'approve', expectedVersion: 5, opinion: '符合条件，准予许可' } });
    if (res.statusCode !== 200) throw new Error(res.body);
  };

  console.log(`preparing ${(3 * N) / MIX.length + 8} submitted cases of ${ITEM} …`);
  t0 = Date.now();
  const warm = await plan(8);
  const seqReqs = await plan(N);
  const conReqs = await plan(N);
  const docReqs = await plan(N);
  console.log(`  prepared in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // warm up both paths
  for (const r of warm) await send(r);
  for (let i = 0; i < 50; i++) await bareCall();
  for (let i = 0; i < 50; i++) await sameWritesCall();

  console.log(`\n${N} requests each, ${raw.kind}, action mix: ${MIX.map((m) => m.body(0).type).join(' → ')}\n`);
  const bareSeq = await measure(N, 1, bareCall);
  console.log(`bare route, one INSERT, sequential      ${fmt(bareSeq)}`);
  const actSeq = await measure(N, 1, (i) => send(nth(seqReqs, i)));
  console.log(`case action, sequential                 ${fmt(actSeq)}`);
  const bareCon = await measure(N, CONCURRENCY, bareCall);
  console.log(`bare route, one INSERT, ${CONCURRENCY} in flight      ${fmt(bareCon)}`);
  const actCon = await measure(N, CONCURRENCY, (i) => send(nth(conReqs, i)));
  console.log(`case action, ${CONCURRENCY} in flight                ${fmt(actCon)}`);

  const docSeq = await measure(N, 1, async (i) => {
    const r = nth(docReqs, i);
    await send(r, withDocuments);
    await services.caseCommands.settled(r.c.caseNo);
  });
  console.log(`case action + its documents and licence, sequential (not the goal) ${fmt(docSeq)}`);

  const sameSeq = await measure(N, 1, sameWritesCall);
  console.log(`(ref) bare route, the same writes, sequential ${fmt(sameSeq)}`);
  const sameCon = await measure(N, CONCURRENCY, sameWritesCall);
  console.log(`(ref) bare route, the same writes, ${CONCURRENCY} in flight ${fmt(sameCon)}`);

  const verdict = (through: number, p99: number) => `${through >= 0.5 && p99 <= 3 ? 'meets' : 'misses'} the goal (≥ 0.5×, p99 ≤ 3×)`;
  console.log('\nratios (case action / bare route)');
  const tr1 = actSeq.opsPerSec / bareSeq.opsPerSec;
  const pr1 = actSeq.p99 / bareSeq.p99;
  const tr4 = actCon.opsPerSec / bareCon.opsPerSec;
  const pr4 = actCon.p99 / bareCon.p99;
  console.log(`  sequential   throughput ${tr1.toFixed(3)}×   p99 ${pr1.toFixed(1)}×   ${verdict(tr1, pr1)}`);
  console.log(`  ${CONCURRENCY} in flight  throughput ${tr4.toFixed(3)}×   p99 ${pr4.toFixed(1)}×   ${verdict(tr4, pr4)}`);
  console.log('reference ratios (case action / bare route writing the same rows in one transaction)');
  console.log(`  sequential   throughput ${(actSeq.opsPerSec / sameSeq.opsPerSec).toFixed(3)}×   p99 ${(actSeq.p99 / sameSeq.p99).toFixed(1)}×`);
  console.log(`  ${CONCURRENCY} in flight  throughput ${(actCon.opsPerSec / sameCon.opsPerSec).toFixed(3)}×   p99 ${(actCon.p99 / sameCon.p99).toFixed(1)}×`);

  // ---------------------------------------------------------------- where the time goes
  console.log('\nqueries per request (Kysely plugin; BEGIN/COMMIT not counted)');
  const probe = await plan(4);
  const countOne = async (label: string, fn: () => Promise<unknown>) => {
    counter.reset();
    counter.enabled = true;
    await fn();
    counter.enabled = false;
    const parts = [...counter.counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
    console.log(`  ${label.padEnd(34)} ${String(counter.total()).padStart(3)}  (${parts.join(', ')})`);
  };
  const probeCase = probe[0]?.c;
  if (!probeCase) throw new Error('no probe case');
  for (const r of probe.filter((x) => x.c === probeCase)) await countOne(`POST action ${r.step.body(0).type}`, () => send(r));
  await countOne('GET /cases/:caseNo (same view)', () => app.inject({ url: `/api/v1/cases/${probeCase.caseNo}`, headers: { cookie: cookies.get('clerk1') ?? '' } }));
  await countOne('bare route', bareCall);
  await countOne('(ref) bare route, the same writes', sameWritesCall);

  // split one action: HTTP + session + schemas, and the service's act (checks, write transaction, answer)
  const M = Math.min(100, N / 4);
  const direct = await plan(M * 4);
  const accepts = direct.slice(0, M);
  const pauses = direct.slice(M, 2 * M);
  const http = await measure(M, 1, (i) => send(nth(accepts, i)));
  const svc = await measure(M, 1, async (i) => {
    const r = nth(pauses, i);
    r.c.version = (await service.commands.act(reviewer, r.c.caseNo, r.step.body(r.c.version))).version;
  });
  const httpGet = await measure(M, 1, async (i) => {
    await app.inject({ url: `/api/v1/cases/${nth(accepts, i).c.caseNo}`, headers: { cookie: cookies.get('clerk1') ?? '' } });
  });
  const getOnly = await measure(M, 1, async (i) => {
    await service.queries.get(clerk, nth(accepts, i).c.caseNo);
  });
  console.log(`\none request, mean of ${M} (accept through HTTP; start_pause through the service directly)`);
  console.log(`  POST action through HTTP            ${http.mean.toFixed(2)} ms`);
  console.log(`  CaseCommandsService.act (no HTTP)   ${svc.mean.toFixed(2)} ms   checks, write transaction, the case as answer`);
  console.log(`  ⇒ HTTP, session lookup, schemas     ${(http.mean - svc.mean).toFixed(2)} ms`);
  console.log(`  GET /cases/:caseNo through HTTP     ${httpGet.mean.toFixed(2)} ms`);
  console.log(`  CaseQueriesService.get (no HTTP)    ${getOnly.mean.toFixed(2)} ms   row, log, materials, item`);
  console.log(`  bare route (for scale)              ${bareSeq.mean.toFixed(2)} ms`);

  await app.close();
  await withDocuments.close();
  await bare.close();
} finally {
  await cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
