/**
 * Catalog benchmarks, printed as ratios against baselines measured in the same process:
 * - public item list and item page vs a bare Fastify route returning the same-sized JSON;
 * - a draft edit (PUT with rev, audit row) vs a bare single-row SQL insert;
 * - the audit chain verification per row.
 * Usage: npm run bench   (DATABASE_URL=postgres://… to measure on a server, in a scratch database)
 */
import os from 'node:os';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { openScratch } from './scratch-db.js';
import { migrate } from '../src/server/platform/migrate.js';
import { serviceClock } from '../src/server/platform/clock.js';

const N = Number(process.env.BENCH_N ?? 300);

async function time(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn(i);
  const perOp = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  console.log(`${label.padEnd(48)} ${perOp.toFixed(3)} ms/op`);
  return perOp;
}

const { database, cleanup } = await openScratch();
const config = loadConfig({ ...process.env, SHENPI_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent', SHENPI_LOGIN_RATE: '10000' });
await migrate(database);
console.log(`seeding the demo bureau on ${database.kind} …`);
await seedDemo(database.db, pino({ level: 'warn' }), { now: serviceClock() });
const app = await buildApp({ config, database, logger: pino({ level: 'silent' }), now: serviceClock() });
await app.ready();

const listBody = (await app.inject({ url: '/api/v1/catalog/items?pageSize=20' })).body;
const bare = Fastify();
bare.get('/bare', async (_req, reply) => reply.type('application/json').send(listBody));
await bare.ready();

console.log(`\n${N} operations each, ${database.kind}\n`);
const base = await time('baseline: bare Fastify route, same JSON', N, () => bare.inject({ url: '/bare' }));
const list = await time('GET /api/v1/catalog/items?pageSize=20', N, () => app.inject({ url: '/api/v1/catalog/items?pageSize=20' }));
const search = await time('GET /api/v1/catalog/items?q=许可', N, () => app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('许可')}` }));
const code = JSON.parse(listBody).items[0].code as string;
const page = await time('GET /api/v1/catalog/items/:code', N, () => app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` }));

await sql`CREATE TABLE bench_rows (id serial PRIMARY KEY, payload jsonb NOT NULL)`.execute(database.db);
const insert = await time('baseline: bare single-row SQL insert', N, (i) => sql`INSERT INTO bench_rows (payload) VALUES (${JSON.stringify({ i })})`.execute(database.db));

const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'editor1', password: 'Taian@2018' } });
const cookie = `shenpi_session=${login.cookies[0]?.value}`;
const item = (await app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })).json();
const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = item;
let draft = (await app.inject({ method: 'POST', url: '/api/v1/catalog/versions', headers: { cookie }, payload: { data } })).json();
const edit = await time('PUT /api/v1/catalog/versions/:id (draft edit + audit)', N, async (i) => {
  const res = await app.inject({ method: 'PUT', url: `/api/v1/catalog/versions/${draft.id}`, headers: { cookie }, payload: { rev: draft.rev, data: { ...data, description: `第${i}稿` } } });
  draft = res.json();
});

const auditRows = (await database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const t0 = process.hrtime.bigint();
const adminLogin = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'Taian@2018' } });
await app.inject({ url: '/api/v1/audit/verify', headers: { cookie: `shenpi_session=${adminLogin.cookies[0]?.value}` } });
const verifyMs = Number(process.hrtime.bigint() - t0) / 1e6;

console.log('\nratios');
console.log(`  item list / bare route          ${(list / base).toFixed(1)}x`);
console.log(`  text search / bare route        ${(search / base).toFixed(1)}x`);
console.log(`  item page / bare route          ${(page / base).toFixed(1)}x`);
console.log(`  draft edit / bare SQL insert    ${(edit / insert).toFixed(1)}x`);
console.log(`  audit verify: ${auditRows} rows in ${verifyMs.toFixed(0)} ms (${((verifyMs / auditRows) * 1000).toFixed(1)} µs/row, incl. one login)`);

await app.close();
await bare.close();
await cleanup();
