/**
 * Shenpi through PgBouncer in transaction pooling (ADR 0023): the pool goes through the pooler (a server
 * connection per transaction), LISTEN and the sweeper's advisory lock go on direct session connections
 * (SHENPI_SESSION_DATABASE_URL). Starts the Debian package's pgbouncer on a free loopback port in front of a
 * copy of the demo database; runs on SHENPI_TEST_DATABASE_URL's server only, when pgbouncer is installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { runExclusive } from '../src/server/jobs/exclusive.js';
import { openDatabase, withDatabase, type DbHandle } from '../src/server/platform/db.js';
import { createBus } from '../src/server/platform/pubsub.js';
import { createServices } from '../src/server/services.js';
import { makeKiosk } from './hall-fixtures.js';
import { suiteClock } from './db-template.js';
import { copyPgTemplate, DEMO_PASSWORD } from './harness.js';
import { freePort } from './ports.js';

const PGBOUNCER = '/usr/sbin/pgbouncer';
const url = process.env.SHENPI_TEST_DATABASE_URL;
const can = !!url && fs.existsSync(PGBOUNCER);

let bouncer: ChildProcess;
let work: string;
let dbName: string;
let direct: string;
let pooled: string;
let handle: DbHandle;
let app: App;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  if (!can) return;
  dbName = await copyPgTemplate(url);
  direct = withDatabase(url, dbName);
  const server = new URL(url);
  const port = await freePort();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-pgbouncer-'));
  fs.chmodSync(work, 0o755); // pgbouncer refuses root: it runs as nobody and reads its files here
  const user = decodeURIComponent(server.username || 'postgres');
  fs.writeFileSync(path.join(work, 'users.txt'), `"${user}" ""\n`);
  fs.writeFileSync(
    path.join(work, 'pgbouncer.ini'),
    `[databases]
${dbName} = host=${server.hostname} port=${server.port || 5432} dbname=${dbName}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${path.join(work, 'users.txt')}
pool_mode = transaction
default_pool_size = 4
max_client_conn = 100
`,
  );
  bouncer = spawn(PGBOUNCER, [...(process.getuid?.() === 0 ? ['-u', 'nobody'] : []), path.join(work, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  bouncer.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  pooled = `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${dbName}`;
  for (let i = 0; ; i++) {
    const c = new pg.Client({ connectionString: pooled });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.end();
      break;
    } catch (err) {
      if (i > 50 || bouncer.exitCode !== null) throw new Error(`pgbouncer did not start: ${log}`, { cause: err });
      await sleep(100);
    }
  }
  handle = await openDatabase({ databaseUrl: pooled, sessionDatabaseUrl: direct, dataDir: '' });
  const config = loadConfig({ DATABASE_URL: pooled, SHENPI_SESSION_DATABASE_URL: direct, SHENPI_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent', SHENPI_LOGIN_RATE: '1000' });
  const deps = { config, database: handle, logger: pino({ level: 'silent' }), now: suiteClock() };
  app = await buildApp(deps, await createServices(deps));
  await app.ready();
});
afterAll(async () => {
  if (!can) return;
  await app?.close();
  await handle?.close();
  bouncer?.kill('SIGINT');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.end();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!can)('through PgBouncer in transaction pooling', () => {
  it('the pool goes through the pooler and the session URL straight to the server', () => {
    expect(handle.url).toBe(pooled);
    expect(handle.sessionUrl).toBe(direct);
  });

  it('signs in, applies and acts on the case, each request on whichever server connection the pooler lends', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'applicant1', password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = `shenpi_session=${login.cookies.find((c) => c.name === 'shenpi_session')?.value}`;
    const food = await handle.db.selectFrom('catalog_public').select('code').where('name', '=', '食品经营许可').executeTakeFirstOrThrow();
    const created = await app.inject({ method: 'POST', url: '/api/v1/cases', headers: { cookie }, payload: { itemCode: food.code, situation: ['S01'] } });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ caseNo: string; version: number }>();
    const withdrawn = await app.inject({ method: 'POST', url: `/api/v1/cases/${c.caseNo}/actions`, headers: { cookie }, payload: { type: 'withdraw', expectedVersion: c.version, reason: '不办了' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const read = await app.inject({ url: `/api/v1/cases/${c.caseNo}`, headers: { cookie } });
    expect(read.json<{ status: string }>().status).toBe('withdrawn');
  });

  it('issues kiosk tickets numbered once each', async () => {
    const kiosk = await makeKiosk(handle.db, 'pgbouncer');
    const numbers = await Promise.all(
      ['a', 'b', 'c', 'd'].map(async (k) => {
        const r = await app.inject({ method: 'POST', url: '/api/v1/hall/tickets', headers: kiosk.headers, payload: { zone: 'C', requestKey: `pgbouncer-${k}` } });
        expect(r.statusCode, r.body).toBe(201);
        return r.json<{ number: string }>().number;
      }),
    );
    expect(new Set(numbers).size).toBe(4);
  });

  it("holds the sweeper's lock on a session of its own: a second instance skips the pass, the next one runs", async () => {
    const other = await openDatabase({ databaseUrl: pooled, sessionDatabaseUrl: direct, dataDir: '' });
    try {
      let runs = 0;
      const pass = async () => {
        runs++;
        // while held, the lock is a session's on the server (not a pooled connection's the pooler would lend on)
        const held = await handle.db.selectFrom('pg_locks' as never).select('pid' as never).where('locktype' as never, '=', 'advisory' as never).where('objid' as never, '!=', 0 as never).execute();
        expect(held.length).toBeGreaterThan(0);
        await sleep(200);
      };
      const [x, y] = await Promise.all([runExclusive(handle, 'sweeper', pass), runExclusive(other, 'sweeper', pass)]);
      expect([x, y].filter(Boolean)).toHaveLength(1);
      expect(runs).toBe(1);
      expect(await runExclusive(other, 'sweeper', pass)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('delivers live events: LISTEN on the session URL, NOTIFY through the pool', async () => {
    const bus = createBus(handle, 'shenpi_pgbouncer_test', pino({ level: 'silent' }));
    const got: unknown[] = [];
    await bus.subscribe((e) => got.push(e));
    await bus.publish({ hello: 'pgbouncer' });
    for (let i = 0; i < 50 && !got.length; i++) await sleep(50);
    await bus.close();
    expect(got).toEqual([{ hello: 'pgbouncer' }]);
  });
});
