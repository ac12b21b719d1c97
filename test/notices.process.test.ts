/**
 * Notices survive kill -9: a server process is killed in the middle of sending a batch of SMS to a
 * slow provider; a second process, started once the first one's lease has run out, sends the rest.
 * Every event gives exactly one notice, every delivery ends sent, and only the messages that were
 * in flight at the kill can reach the provider twice (each carries its delivery id as OutId, which
 * the provider's receipts match). Runs only when SHENPI_TEST_DATABASE_URL names a PostgreSQL server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmsSim, type SmsSim } from '../src/cli/notify-sim.js';
import { openDatabase, withDatabase, type DbHandle } from '../src/server/platform/db.js';
import { copyPgTemplate } from './harness.js';
import { freePort } from './ports.js';

const url = process.env.SHENPI_TEST_DATABASE_URL;
const N = 400;
const KEY = { id: 'LTAI-kill', secret: 'kill-secret' };
let name = '';
let dbUrl = '';
let database: DbHandle;
let sim: SmsSim;
const children = new Set<ChildProcess>();


/** 10:00 in Beijing today, plus `minutes`: outside the SMS quiet hours whenever the suite runs. */
function beijingMorning(minutes: number): string {
  const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(Date.parse(`${day}T10:00:00+08:00`) + minutes * 60_000).toISOString();
}

async function startServer(clock: string): Promise<ChildProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: dbUrl,
    PORT: String(port),
    SHENPI_DEMO: '0',
    LOG_LEVEL: 'warn',
    SHENPI_SWEEP_SECONDS: '3600',
    SHENPI_CLOCK: clock,
    SHENPI_SMS: 'aliyun',
    SHENPI_SMS_ENDPOINT: sim.url,
    SHENPI_SMS_ACCESS_KEY_ID: KEY.id,
    SHENPI_SMS_ACCESS_KEY_SECRET: KEY.secret,
    SHENPI_SMS_DAILY_CAP: '1000',
    SHENPI_WECHAT: 'off',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not start: ${out}`);
}

async function until(what: string, test: () => Promise<boolean>, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!url)('notices across kill -9 (PostgreSQL)', () => {
  beforeAll(async () => {
    name = await copyPgTemplate(url as string);
    dbUrl = withDatabase(url as string, name);
    database = await openDatabase({ databaseUrl: dbUrl, dataDir: '' });
    // a slow provider: a batch of sends is in flight for seconds
    sim = await startSmsSim({ port: 0, accessKeyId: KEY.id, accessKeySecret: KEY.secret, signName: '泰安市行政审批服务局', delayMs: 150 });
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await database?.close();
    await sim?.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('writes each notice once and sends every SMS, duplicating at most what was in flight at the kill', async () => {
    const db = database.db;
    const first = await startServer(beijingMorning(0));
    // the consumer's cursor starts at its first pass: events written after it are the ones to tell
    await until('the notices cursor', async () => !!(await db.selectFrom('outbox_cursors').select('consumer').where('consumer', '=', 'notices').executeTakeFirst()));
    const person = await db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
    const slot = beijingMorning(24 * 60);
    await sql`INSERT INTO outbox (topic, subject, payload, dedupe_key, dispatched_at)
      SELECT 'hall.appointment_booked', 'appointment:kill-' || g,
             jsonb_build_object('userId', ${person.id}::text, 'code', lpad(g::text, 8, '0'), 'zoneName', 'A区', 'itemName', NULL, 'slotStart', ${slot}::text),
             'kill:' || g, NULL
        FROM generate_series(1, ${N}) g`.execute(db);
    const ours = () => db.selectFrom('notices').innerJoin('outbox', 'outbox.id', 'notices.outbox_id').where('outbox.dedupe_key', 'like', 'kill:%');

    // kill -9 in the middle of the sending
    await until('a quarter sent', async () => sim.received.length >= N / 4);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = sim.received.length;
    expect(atKill).toBeLessThan(N);

    // the second process starts after the first one's lease (5 minutes) has run out
    await startServer(beijingMorning(6));
    await until(
      'every delivery sent',
      async () => {
        const r = await ours()
          .innerJoin('notice_deliveries', 'notice_deliveries.notice_id', 'notices.id')
          .select((eb) => [eb.fn.countAll<string>().as('all'), eb.fn.count<string>('notice_deliveries.id').filterWhere('notice_deliveries.status', '=', 'sent').as('sent')])
          .executeTakeFirstOrThrow();
        return Number(r.all) === N && Number(r.sent) === N;
      },
      120_000,
    );

    const notices = await ours().select(['notices.outbox_id']).execute();
    expect(notices).toHaveLength(N);
    expect(new Set(notices.map((n) => n.outbox_id)).size).toBe(N);
    const deliveries = await ours().innerJoin('notice_deliveries', 'notice_deliveries.notice_id', 'notices.id').select('notice_deliveries.id').execute();
    const received = sim.received.filter((r) => r.templateCode === 'SHENPI_APPOINTMENT_BOOKED').map((r) => r.outId);
    const counts = new Map<string, number>();
    for (const id of received) counts.set(id ?? '', (counts.get(id ?? '') ?? 0) + 1);
    // nothing lost: every delivery reached the provider
    for (const d of deliveries) expect(counts.get(String(d.id)), `delivery ${d.id}`).toBeGreaterThanOrEqual(1);
    // twice only what the killed process had sent but not yet marked: the sends in flight and one group awaiting its mark (2 × 16)
    const twice = [...counts.values()].filter((n) => n > 1).length;
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    expect(twice).toBeLessThanOrEqual(32);
    console.log(`kill -9 after ${atKill} of ${N} SMS reached the provider: ${N} notices, ${N} sent, ${twice} sent twice (sent but not yet marked at the kill)`);
  }, 300_000);
});
