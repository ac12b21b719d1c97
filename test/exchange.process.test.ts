/**
 * The exchange under SIGKILL (issue #7): a server process killed in the middle of a delivery
 * batch, then started again, loses nothing; the receiver sees every event id, each subject's in
 * order, and at most a batch of re-sends. Runs on PGlite, or on SHENPI_TEST_DATABASE_URL's server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../src/server/demo/seed.js';
import { orgFile } from '../src/server/modules/org/org.schemas.js';
import { OrgService } from '../src/server/modules/org/org.service.js';
import { openDatabase, withDatabase } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';
import { seedDeliveries } from './exchange-fixtures.js';
import { freePort } from './ports.js';

const COUNT = 600;
const SUBJECTS = 30;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-exchange-proc-'));
const pgUrl = process.env.SHENPI_TEST_DATABASE_URL;
const dbName = `shenpi_xk_${process.pid}`;
const children: ChildProcess[] = [];
/** the servers' environment, set by the first test */
let env: NodeJS.ProcessEnv = {};

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
  if (pgUrl) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});


async function database() {
  if (!pgUrl) return { handle: await openDatabase({ dataDir: dir }), env: {} };
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = withDatabase(pgUrl, dbName);
  return { handle: await openDatabase({ databaseUrl: url, dataDir: '' }), env: { DATABASE_URL: url } };
}

/** A receiver that checks every request's signature and keeps the arrivals; it answers slowly, so a kill lands inside a batch. */
async function receiver() {
  const r = { secret: '', url: '', arrivals: [] as { id: number; subject: string }[], close: () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.on('end', () => {
      const ev = new Webhook(r.secret).verify(Buffer.concat(chunks).toString(), req.headers as Record<string, string>) as { id: string; subject: string };
      r.arrivals.push({ id: Number(ev.id.replace('shenpi-', '')), subject: ev.subject });
      setTimeout(() => res.writeHead(204).end(), 5);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  r.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/events`;
  r.close = () => void server.close();
  return r;
}

function start(env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: 'ignore' });
  children.push(child);
  return child;
}

async function until(what: string, ok: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the exchange dispatcher process', () => {
  it('killed with SIGKILL mid-batch and restarted: every event arrives, in order per subject, few re-sends', async () => {
    const r = await receiver();
    const { arrivals } = r;
    const { handle, env: dbEnv } = await database();
    await migrate(handle);
    const org = orgFile.parse(JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'org.json'), 'utf8')));
    await handle.db.transaction().execute((trx) => new OrgService(handle.db).load(trx, { type: 'system', name: 'test', ip: null }, org));
    r.secret = await seedDeliveries(handle.db, { url: r.url, count: COUNT, subjects: SUBJECTS });
    await handle.close();

    env = { ...process.env, ...dbEnv, SHENPI_DATA_DIR: dir, SHENPI_DEMO: '0', LOG_LEVEL: 'silent', SHENPI_EXCHANGE_ALLOW_INSECURE: '1', SHENPI_EXCHANGE_LEASE_SECONDS: '3' };
    if (!pgUrl) delete env.DATABASE_URL;
    const first = start({ ...env, PORT: String(await freePort()) });
    await until('the first deliveries', () => arrivals.length >= COUNT / 4, 60_000);
    const killed = new Promise((ok) => first.on('exit', ok));
    first.kill('SIGKILL');
    await killed;
    const atKill = arrivals.length;
    expect(atKill).toBeLessThan(COUNT);

    const second = start({ ...env, PORT: String(await freePort()) });
    await until('every event', () => new Set(arrivals.map((a) => a.id)).size === COUNT, 90_000);
    const stopped = new Promise((ok) => second.on('exit', ok));
    second.kill('SIGTERM');
    await stopped;
    r.close();

    const resent = arrivals.length - COUNT;
    expect(resent).toBeGreaterThanOrEqual(0);
    expect(resent).toBeLessThanOrEqual(200);
    // the first arrival of each event: in order within its subject
    const firsts = new Map<number, string>();
    for (const a of arrivals) if (!firsts.has(a.id)) firsts.set(a.id, a.subject);
    const bySubject = new Map<string, number[]>();
    for (const [id, subject] of firsts) bySubject.set(subject, [...(bySubject.get(subject) ?? []), id]);
    for (const ids of bySubject.values()) expect(ids).toEqual([...ids].sort((a, b) => a - b));
  }, 180_000);

  it.skipIf(!pgUrl)('two server processes on one PostgreSQL never deliver an event twice', async () => {
    const r = await receiver();
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: '' });
    r.secret = await seedDeliveries(handle.db, { url: r.url, count: COUNT, subjects: SUBJECTS });
    await handle.close();
    const servers = [start({ ...env, PORT: String(await freePort()) }), start({ ...env, PORT: String(await freePort()) })];
    await until('every event', () => new Set(r.arrivals.map((a) => a.id)).size === COUNT, 90_000);
    await new Promise((ok) => setTimeout(ok, 500));
    await Promise.all(servers.map((s) => new Promise((ok) => (s.on('exit', ok), s.kill('SIGTERM')))));
    r.close();
    expect(r.arrivals.length).toBe(COUNT);
  }, 120_000);
});
