/**
 * Analytics benchmark: fill a scratch database with the demo bureau and BENCH_CASES synthetic
 * cases (default 1,000,000; `shenpi demo generate`'s generator: action logs, hall tickets,
 * ratings, facts, rollups), then time the summary dashboard (`AnalyticsService.summary`, the
 * rollups) against a naive GROUP BY over the raw tables answering the same questions, in the
 * same process and run, over three ranges. Goals (issue #9): summary < 300 ms and ≥ 20× faster
 * than the naive query. Also printed: the generator's rate and the cost of one incremental
 * refresh (what every committed case action adds).
 *
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/analytics.bench.ts
 *        BENCH_CASES=20000 npx tsx bench/analytics.bench.ts      (embedded PGlite, smaller)
 */
import { sql } from 'kysely';
import pino from 'pino';
import { addCalendarDays, toShanghaiDate } from '../src/domain/calendar.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { generateCases } from '../src/server/modules/analytics/analytics.generate.js';
import { AnalyticsService } from '../src/server/modules/analytics/analytics.service.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { loadUserActor } from '../src/server/platform/auth.js';
import { migrate } from '../src/server/platform/migrate.js';
import { openScratch } from './scratch-db.js';
import { serviceClock } from '../src/server/platform/clock.js';

const CASES = Math.max(1000, Number(process.env.BENCH_CASES ?? 1_000_000));
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 15));
const NAIVE_RUNS = Math.max(1, Number(process.env.BENCH_NAIVE_RUNS ?? 3));

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
async function timed(runs: number, f: () => Promise<unknown>) {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await f();
    xs.push(ms(t0));
  }
  xs.sort((a, b) => a - b);
  return { p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), n: xs.length };
}

const { database, cleanup } = await openScratch();
const db = database.db;
try {
  await migrate(database);
  let t0 = process.hrtime.bigint();
  await seedDemo(db, pino({ level: 'silent' }), { now: serviceClock() });
  console.log(`demo bureau seeded in ${(ms(t0) / 1000).toFixed(1)} s (${database.kind})`);
  const calendarService = new CalendarService(db);
  const calendar = await calendarService.current();
  const today = toShanghaiDate(new Date());

  t0 = process.hrtime.bigint();
  let last = 0;
  const generated = await generateCases(db, calendar, {
    cases: CASES,
    today,
    onProgress: (done, total) => {
      if (done - last >= total / 10 || done === total) {
        last = done;
        process.stderr.write(`  generated ${done}/${total} (${Math.round(done / (ms(t0) / 1000))} cases/s)\n`);
      }
    },
  });
  console.log(`generated ${generated.cases} cases, ${generated.actions} actions, ${generated.tickets} tickets, ${generated.ratings} ratings in ${generated.seconds} s (${Math.round(generated.cases / generated.seconds)} cases/s, rollups included)`);
  if (database.kind === 'postgres') await sql`VACUUM ANALYZE`.execute(db);

  const service = new AnalyticsService({ db, calendar: calendarService, now: () => new Date() });
  // the demo seed's own cases get their facts the way a server's sweeper gives them
  while ((await service.catchUp()) > 0);
  const director = await db.selectFrom('users').select('id').where('username', '=', 'director1').executeTakeFirstOrThrow();
  const actor = await loadUserActor(db, director.id, null);
  if (!actor) throw new Error('director1 missing');
  const division = await db.selectFrom('catalog_public').select('department_code').groupBy('department_code').orderBy(sql`count(*)`, 'desc').executeTakeFirstOrThrow();

  const ranges = [
    { name: 'all 3 years', from: addCalendarDays(today, -3 * 365 - 1), to: today, department: undefined as string | undefined },
    { name: 'last 12 months', from: addCalendarDays(today, -365), to: today, department: undefined },
    { name: 'one quarter, one division', from: addCalendarDays(today, -120), to: addCalendarDays(today, -30), department: division.department_code },
  ];
  const naive = (r: (typeof ranges)[number]) => sql<Record<string, number>>`
    WITH per_case AS (
      SELECT c.case_no, c.channel, c.department_code, (c.limits->>'promisedDays')::int AS promised,
             min(a.on_day) FILTER (WHERE a.type = 'submit') AS received_on,
             min(a.on_day) FILTER (WHERE a.type IN ('accept', 'accept_pending', 'deem_accept')) AS accepted_on,
             min(a.on_day) FILTER (WHERE a.type IN ('approve', 'refuse')) AS decided_on,
             bool_or(a.type = 'refuse') AS refused
      FROM cases c JOIN case_actions a ON a.case_no = c.case_no
      ${r.department ? sql`WHERE c.department_code = ${r.department}` : sql``}
      GROUP BY c.case_no
    ), d AS (SELECT *, decided_on::date - accepted_on::date AS days FROM per_case)
    SELECT count(*) FILTER (WHERE received_on BETWEEN ${r.from} AND ${r.to})::int AS received,
           count(*) FILTER (WHERE accepted_on BETWEEN ${r.from} AND ${r.to})::int AS accepted,
           count(*) FILTER (WHERE decided_on BETWEEN ${r.from} AND ${r.to})::int AS decided,
           count(*) FILTER (WHERE decided_on BETWEEN ${r.from} AND ${r.to} AND refused)::int AS refused,
           count(*) FILTER (WHERE decided_on BETWEEN ${r.from} AND ${r.to} AND days <= promised * 7 / 5)::int AS on_time,
           avg(days) FILTER (WHERE decided_on BETWEEN ${r.from} AND ${r.to})::float8 AS avg_days,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY days) FILTER (WHERE decided_on BETWEEN ${r.from} AND ${r.to}) AS p90,
           count(*) FILTER (WHERE received_on BETWEEN ${r.from} AND ${r.to} AND channel = 'online')::int AS online,
           count(*) FILTER (WHERE received_on BETWEEN ${r.from} AND ${r.to} AND channel = 'online'
                              AND NOT EXISTS (SELECT 1 FROM hall_tickets t WHERE t.case_no = d.case_no))::int AS zero_visit,
           (SELECT count(*) FROM hall_ratings WHERE created_at >= ${new Date(`${r.from}T00:00:00+08:00`)} AND created_at < ${new Date(`${addCalendarDays(r.to, 1)}T00:00:00+08:00`)}
              ${r.department ? sql`AND item_code IN (SELECT code FROM catalog_public WHERE department_code = ${r.department})` : sql``})::int AS ratings
    FROM d`.execute(db);

  console.log(`\nsummary dashboard (rollups) vs naive GROUP BY over cases ⨝ case_actions (+ tickets, ratings), ${generated.cases} generated cases on ${database.kind}:`);
  for (const r of ranges) {
    const filters = { from: r.from, to: r.to, department: r.department };
    const s = await service.summary(actor, filters);
    const n = (await naive(r)).rows[0] ?? {};
    const same = s.received === n.received && s.accepted === n.accepted && s.decided === n.decided && s.refused === n.refused && s.satisfaction.total === n.ratings;
    const fast = await timed(RUNS, () => service.summary(actor, filters));
    const slow = await timed(NAIVE_RUNS, () => naive(r));
    console.log(
      `  ${r.name.padEnd(26)} summary p50 ${fast.p50.toFixed(1).padStart(7)} ms  p99 ${fast.p99.toFixed(1).padStart(7)} ms | naive p50 ${slow.p50.toFixed(0).padStart(6)} ms | ${(slow.p50 / fast.p50).toFixed(0).padStart(4)}× | received ${s.received} decided ${s.decided} ${same ? '(counts agree)' : `(COUNTS DIFFER: naive ${JSON.stringify(n)})`}`,
    );
  }

  // the incremental path: what one committed action costs the analytics listener
  const sample = await db.selectFrom('cases').select('case_no').orderBy('case_no', 'desc').limit(50).execute();
  const refresh = await timed(sample.length, async () => {
    const c = sample.pop();
    if (c) await service.refresh([c.case_no]);
  });
  console.log(`\nrefresh of one case (read its log, recompute its fact, compare; the listener’s cost when nothing moved): p50 ${refresh.p50.toFixed(1)} ms, p99 ${refresh.p99.toFixed(1)} ms`);
} finally {
  await cleanup();
}
