/**
 * Notices benchmark (issue #13): notices per second from the outbox to an SMS gateway: the
 * `notices` consumer writes each case event's notice and SMS delivery (a batch of events in a few
 * statements), the dispatcher, running beside it as in the server, claims,
 * signs (Alibaba Cloud RPC signature) and POSTs them to the stand-in gateway on loopback, which
 * verifies every signature. Baseline, in the same process and run: a bare loop sending the same
 * number of signed SMS to the same gateway with the same concurrency, no database.
 * Goal: ≥ 1,000 notices/s and ≥ 0.5× the bare loop, 0 duplicates.
 *
 * Usage: npx tsx bench/notices.bench.ts             (embedded PGlite in a temporary directory)
 *        DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/notices.bench.ts
 *        BENCH_NOTICES=5000 sets the number of events.
 */
import { sql } from 'kysely';
import pino from 'pino';
import { startSmsSim } from '../src/cli/notify-sim.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { NoticeDispatcher } from '../src/server/modules/notices/notices.dispatch.js';
import { NoticesService } from '../src/server/modules/notices/notices.service.js';
import { aliyunSms } from '../src/server/modules/notices/sms.js';
import { serviceClock } from '../src/server/platform/clock.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { migrate } from '../src/server/platform/migrate.js';
import { openScratch } from './scratch-db.js';

const N = Math.max(100, Number(process.env.BENCH_NOTICES ?? 5000));
const CONCURRENCY = 16;
const KEY = { id: 'bench-key', secret: 'bench-secret' };
const log = pino({ level: 'silent' });

const { database, cleanup } = await openScratch();
const db = database.db;
const sim = await startSmsSim({ port: 0, accessKeyId: KEY.id, accessKeySecret: KEY.secret, signName: '泰安市行政审批服务局' });
const gateway = aliyunSms({ endpoint: sim.url, accessKeyId: KEY.id, accessKeySecret: KEY.secret, signName: '泰安市行政审批服务局', now: () => new Date() });

try {
  await migrate(database);
  // 10:00 in Beijing today: outside the SMS quiet hours, whenever the benchmark runs
  const now = serviceClock(new Date(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T10:00:00+08:00`));
  const t = performance.now();
  await seedDemo(db, log, { now });
  process.stderr.write(`demo seeded in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
  const notices = new NoticesService({ db, now, log, channels: { sms: true, wechat: false }, canRead: async () => undefined, supplementDelivered: async () => undefined });
  const dispatcher = new NoticeDispatcher({ db, now, log, sms: gateway, wechat: null, dailyCap: 1_000_000, templateCodes: {} });
  const consumer = { ...notices.consumer(), batch: 500 };
  await consumeOnce(db, consumer); // the cursor starts here: the demo's own events are history

  // N submitted cases of a demo applicant with a phone, each with its 'submit' action and outbox event
  const template = await db.selectFrom('cases').select('case_no').where('applicant_user_id', 'is not', null).where('applicant_phone', 'is not', null).orderBy('case_no').executeTakeFirstOrThrow();
  const columns = (await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'cases' AND table_schema = current_schema() ORDER BY ordinal_position`.execute(db)).rows.map((r) => r.column_name);
  const copied = columns.filter((c) => c !== 'case_no' && c !== 'query_code');
  const list = sql.join(copied.map((c) => sql.ref(c)));
  await sql`INSERT INTO cases (case_no, query_code, ${list})
    SELECT 'TA2099-' || lpad(g::text, 6, '0'), 'B' || lpad(g::text, 7, '0'), ${list} FROM cases, generate_series(1, ${N}) g WHERE case_no = ${template.case_no}`.execute(db);
  await sql`INSERT INTO case_actions (case_no, seq, type, at, on_day, actor_id, actor_name, payload)
    SELECT 'TA2099-' || lpad(g::text, 6, '0'), 1, 'submit', now(), '2099-01-05', NULL, 'bench', '{}' FROM generate_series(1, ${N}) g`.execute(db);
  await sql`INSERT INTO outbox (topic, subject, payload, dedupe_key, dispatched_at)
    SELECT 'case.submit', 'TA2099-' || lpad(g::text, 6, '0'), jsonb_build_object('caseNo', 'TA2099-' || lpad(g::text, 6, '0'), 'seq', 1, 'type', 'submit'), 'bench:' || g, NULL FROM generate_series(1, ${N}) g`.execute(db);

  // the bare loop: N signed SMS to the same gateway, the same concurrency, no database
  const message = { outId: 'bare', phone: '13905381234', templateCode: 'SHENPI_RECEIVED', params: { item: '食品经营许可', caseNo: 'TA2099-000001' }, text: '' };
  const bareLoop = async (count: number, tag: string) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < count; i = next++) await gateway.send({ ...message, outId: `${tag}-${i}` });
      }),
    );
  };
  // warm up the signing code and the connections first: the pipeline runs warm too
  await bareLoop(500, 'warm');
  const t0 = performance.now();
  await bareLoop(N, 'bare');
  const bare = N / ((performance.now() - t0) / 1000);
  const before = sim.received.length;

  // the pipeline as the server runs it: a consumer loop and a dispatcher loop side by side, until every notice is sent
  let sent = 0;
  let consuming = 0;
  let dispatching = 0;
  let handled = 0;
  const t1 = performance.now();
  const consumerLoop = async () => {
    while (handled < N) {
      const ta = performance.now();
      const c = await consumeOnce(db, consumer);
      consuming += performance.now() - ta;
      if (c.failed) throw new Error(`consumer pass: ${JSON.stringify(c)}`);
      handled += c.handled;
      if (c.handled === 0) await new Promise((r) => setTimeout(r, 5));
    }
  };
  const dispatcherLoop = async () => {
    let idle = 0;
    while (sent < N) {
      const tb = performance.now();
      const r = await dispatcher.dispatch(500, CONCURRENCY);
      dispatching += performance.now() - tb;
      if (r.failed || r.held) throw new Error(`dispatcher pass: ${JSON.stringify(r)}`);
      sent += r.sent;
      idle = r.sent === 0 ? idle + 1 : 0;
      if (idle > 2000) throw new Error(`stalled after ${sent} notices`);
      if (r.sent === 0) await new Promise((r) => setTimeout(r, 5));
    }
  };
  await Promise.all([consumerLoop(), dispatcherLoop()]);
  const rate = N / ((performance.now() - t1) / 1000);
  const got = sim.received.slice(before);
  const duplicates = got.length - new Set(got.map((r) => r.outId)).size;
  const written = await db.selectFrom('notices').select((eb) => eb.fn.countAll<string>().as('n')).where('case_no', 'like', 'TA2099-%').executeTakeFirstOrThrow();
  process.stdout.write(
    [
      `notices (${database.kind}, ${N} case events, SMS concurrency ${CONCURRENCY}, stand-in gateway verifying every signature)`,
      `  bare signed-SMS loop         ${bare.toFixed(0).padStart(7)} /s`,
      `  outbox → notice → SMS        ${rate.toFixed(0).padStart(7)} /s   ratio ${(rate / bare).toFixed(2)}   (goal ≥ 1000/s and ≥ 0.5)`,
      `  busy in consumer passes ${(consuming / 1000).toFixed(1)} s, in dispatcher passes ${(dispatching / 1000).toFixed(1)} s (side by side, as in the server)`,
      `  notices written ${written.n}, SMS received ${got.length}, duplicates ${duplicates}`,
      '',
    ].join('\n'),
  );
  if (duplicates > 0 || Number(written.n) !== N) process.exitCode = 1;
} finally {
  await sim.close();
  await cleanup();
}
