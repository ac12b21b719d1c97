/**
 * Two server processes on one PostgreSQL database: windows calling through both never get the
 * same ticket, and a call made by one process reaches the boards connected to the other.
 * Runs only when SHENPI_TEST_DATABASE_URL names a PostgreSQL server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, withDatabase, type DbHandle } from '../src/server/platform/db.js';
import { makeClerk, makeKiosk, windowsOf } from './hall-fixtures.js';
import { copyPgTemplate } from './harness.js';
import { freePort } from './ports.js';

const url = process.env.SHENPI_TEST_DATABASE_URL;
let name = '';
const children: ChildProcess[] = [];
let database: DbHandle;
const ports: number[] = [];


async function startServer(dbUrl: string): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), SHENPI_DEMO: '0', LOG_LEVEL: 'warn', SHENPI_SWEEP_SECONDS: '3600', SHENPI_KIOSK_TICKETS_PER_MINUTE: '600' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return port;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not start: ${out}`);
}

describe.skipIf(!url)('the hall on two server processes (PostgreSQL)', () => {
  beforeAll(async () => {
    name = await copyPgTemplate(url as string);
    const dbUrl = withDatabase(url as string, name);
    database = await openDatabase({ databaseUrl: dbUrl, dataDir: '' });
    ports.push(await startServer(dbUrl), await startServer(dbUrl));
  });
  afterAll(async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            c.on('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
    await database?.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const call = (port: number, path: string, cookie?: string, body: object = {}, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${port}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers }, body: JSON.stringify(body) });

  it('never gives one ticket to two windows calling through different processes', async () => {
    const windows = (await windowsOf(database.db, ['E'])).slice(0, 10);
    const item = '000136501000-370900000000-000-113709000043155017-1-00';
    await database.db.deleteFrom('hall_window_items').where('window_id', 'in', windows.map((w) => w.id)).execute();
    for (const w of windows.filter((x) => !x.comprehensive)) await database.db.insertInto('hall_window_items').values({ window_id: w.id, item_code: item }).execute();
    const clerks: { windowId: number; cookie: string; port: number }[] = [];
    for (const [i, w] of windows.entries()) {
      const { cookie } = await makeClerk(database.db, `proc${i}`);
      const port = ports[i % 2] as number;
      expect((await call(port, `/hall/windows/${w.id}/sign-in`, cookie)).status).toBe(200);
      clerks.push({ windowId: w.id, cookie, port });
    }
    const kiosk = await makeKiosk(database.db, '测试取号机E');
    for (let i = 0; i < 40; i++) expect((await call(ports[i % 2] as number, '/hall/tickets', undefined, { zone: 'E', itemCode: item }, kiosk.headers)).status).toBe(201);
    const got: string[] = [];
    for (let round = 0; round < 6; round++) {
      const results = await Promise.all(clerks.map((c) => call(c.port, `/hall/windows/${c.windowId}/call-next`, c.cookie)));
      const bodies = await Promise.all(results.map((r) => (r.status === 200 ? r.json() : null)));
      const numbers = bodies.filter((b) => b).map((b) => b.ticket.number as string);
      got.push(...numbers);
      await Promise.all(clerks.map((c) => call(c.port, `/hall/windows/${c.windowId}/finish`, c.cookie)));
      if (!numbers.length) break;
    }
    expect(got).toHaveLength(40);
    expect(new Set(got).size).toBe(40);
  });

  it('delivers a call made by one process to the boards of the other', async () => {
    const [a, b] = ports as [number, number];
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${a}/api/v1/hall/stream?zone=F`, { signal: controller.signal });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': ready')) text += decoder.decode((await reader.read()).value);
    const w = (await windowsOf(database.db, ['F'])).find((x) => x.comprehensive);
    const { cookie } = await makeClerk(database.db, 'proc_f');
    await call(b, `/hall/windows/${w?.id}/sign-in`, cookie);
    await call(b, '/hall/tickets', undefined, { zone: 'F' }, (await makeKiosk(database.db, '测试取号机F')).headers);
    const called = await call(b, `/hall/windows/${w?.id}/call-next`, cookie);
    expect(called.status).toBe(200);
    while (!text.includes('event: call')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain('"number":"F001"');
    controller.abort();
  });
});
