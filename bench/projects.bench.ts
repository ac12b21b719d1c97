/**
 * The project page (并联审批) against what it replaces: `GET /projects/:id` (every item's case view
 * through the cases' services, the project clock, the milestones) measured against fetching the
 * same items' case pages one by one (`GET /cases/:caseNo` for each), in the same process over the
 * same demo data. Also the agency centre's workload page, which builds every agent's projects.
 * Usage: npx tsx bench/projects.bench.ts   (DATABASE_URL=… to run on PostgreSQL)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { migrate } from '../src/server/platform/migrate.js';
import { openScratch } from './scratch-db.js';
import { serviceClock } from '../src/server/platform/clock.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const PASSWORD = 'Taian@2018';

async function time(fn: () => Promise<void>): Promise<{ p50: number; p99: number; perSec: number }> {
  for (let r = 0; r < 10; r++) await fn();
  const out: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  out.sort((a, b) => a - b);
  const at = (p: number) => out[Math.min(out.length - 1, Math.floor(out.length * p))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), perSec: (ROUNDS / total) * 1000 };
}

const { database, cleanup } = await openScratch();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-bench-cfg-'));
try {
  await migrate(database);
  console.log(`seeding the demo bureau on ${database.kind} …`);
  await seedDemo(database.db, pino({ level: 'warn' }), { now: serviceClock() });
  const deps = { config: loadConfig({ SHENPI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SHENPI_LOGIN_RATE: '10000' }), database, logger: pino({ level: 'silent' }), now: serviceClock() };
  const app = await buildApp(deps);
  await app.ready();
  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
    const c = res.cookies.find((x) => x.name === 'shenpi_session');
    if (!c) throw new Error(`login ${username} failed`);
    return `shenpi_session=${c.value}`;
  };
  const agent = await login('agent1');
  const lead = await login('agencylead1');
  const projects = (await app.inject({ url: '/api/v1/projects', headers: { cookie: agent } })).json() as { items: { id: string; items: { caseNo: string }[] }[] };
  const project = projects.items.reduce((a, b) => (b.items.length > a.items.length ? b : a));
  const get = async (url: string, cookie: string) => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
  };
  console.log(`${ROUNDS} rounds each; a project of ${project.items.length} items\n`);
  const page = await time(() => get(`/api/v1/projects/${project.id}`, agent));
  const oneByOne = await time(async () => {
    for (const i of project.items) await get(`/api/v1/cases/${i.caseNo}`, agent);
  });
  const workload = await time(() => get('/api/v1/agency/workload', lead));
  const fmt = (f: { p50: number; p99: number; perSec: number }) => `${f.perSec.toFixed(0).padStart(5)}/s  p50 ${f.p50.toFixed(2).padStart(6)} ms  p99 ${f.p99.toFixed(2).padStart(6)} ms`;
  console.log(`GET /projects/:id                  ${fmt(page)}`);
  console.log(`GET /cases/:caseNo × ${project.items.length} (baseline)   ${fmt(oneByOne)}`);
  console.log(`project page / baseline at p50: ${(page.p50 / oneByOne.p50).toFixed(2)}x`);
  console.log(`GET /agency/workload (every agent's projects)  ${fmt(workload)}`);
  await app.close();
} finally {
  await cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
