/**
 * Assessment benchmark: the month's scorecards of a whole hall (every component with its source
 * records, ranks, the windows' figures) against the bare aggregate a dashboard would run over the
 * same tickets and ratings (one GROUP BY per table), in the same process and database.
 * Also closing the month (compute + freeze every scorecard and its records in one transaction).
 * Usage: npx tsx bench/assessment.bench.ts   (BENCH_STAFF=80 BENCH_PER_DAY=20; DATABASE_URL=postgres://… for a server)
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { addMonths, monthDays, monthInstants, monthOf } from '../src/domain/assessment.js';
import { addCalendarDays, toShanghaiDate } from '../src/domain/calendar.js';
import { AssessmentService } from '../src/server/modules/assessment/assessment.service.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { waitingTicket } from '../src/server/modules/hall/queue.repository.js';
import { loadUserActor } from '../src/server/platform/auth.js';
import { migrate } from '../src/server/platform/migrate.js';
import { openScratch } from './scratch-db.js';

const STAFF = Number(process.env.BENCH_STAFF ?? 80);
const PER_DAY = Number(process.env.BENCH_PER_DAY ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const MIN = 60_000;

const pick = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out.sort((a, b) => a - b);
}
const show = (label: string, ms: number[]) => console.log(`${label.padEnd(52)} p50 ${pick(ms, 0.5).toFixed(1)} ms   p99 ${pick(ms, 0.99).toFixed(1)} ms`);

const { database, cleanup } = await openScratch();
const db = database.db;
await migrate(database);
const now = new Date();
const month = addMonths(monthOf(toShanghaiDate(now)), -1);
const { first, last } = monthDays(month);

// a bare bureau: one zone, one department, STAFF windows and clerks, a director
await db.insertInto('departments').values({ code: 'D', name: '审批科', kind: 'division', parent_code: null, credit_code: null }).execute();
await db.insertInto('zones').values({ code: 'A', name: '综合' }).execute();
const make = async (username: string, role: string) => {
  const id = crypto.randomUUID();
  await db.insertInto('users').values({ id, username, password_hash: 'x', display_name: username, kind: 'staff', id_number: null, credit_code: null, phone: null }).execute();
  await db.insertInto('user_roles').values({ user_id: id, role, department_code: 'D' }).execute();
  return id;
};
const director = await loadUserActor(db, await make('director', 'director'), null);
if (!director) throw new Error('no director');
const calendar = new CalendarService(db);
const cal = await calendar.calendar();
let tickets = 0;
let ratings = 0;
for (let s = 0; s < STAFF; s++) {
  const staff = await make(`clerk${s}`, 'window_clerk');
  const windowId = (await db.insertInto('windows').values({ zone_code: 'A', number: s + 1, name: `A${s + 1}` }).returning('id').executeTakeFirstOrThrow()).id;
  for (let day = first; day <= last; day = addCalendarDays(day, 1)) {
    if (!cal.isWorkingDay(day)) continue;
    await db.insertInto('hall_sessions').values({ window_id: windowId, day, user_id: staff, signed_in_at: new Date(`${day}T08:30:00+08:00`) }).execute();
    const rows = Array.from({ length: PER_DAY }, (_, i) => {
      const called = new Date(new Date(`${day}T08:40:00+08:00`).getTime() + i * 15 * MIN);
      return waitingTicket(day, 'A', `A${String(s * 1000 + i).padStart(5, '0')}`, called, { status: 'done', window_id: windowId, staff_id: staff, called_at: called, started_at: called, finished_at: new Date(called.getTime() + (5 + (i % 9)) * MIN) });
    });
    const ids = await db.insertInto('hall_tickets').values(rows).returning(['id', 'finished_at']).execute();
    tickets += ids.length;
    const rated = ids.filter((_, i) => i % 4 === 0);
    ratings += rated.length;
    await db
      .insertInto('hall_ratings')
      .values(rated.map((t, i) => ({ service_ref: `ticket:${t.id}`, ticket_id: t.id, case_no: null, zone_code: 'A', window_id: windowId, staff_id: staff, item_code: null, grade: i % 7 === 0 ? ('basic' as const) : ('very_satisfied' as const), reasons: '[]', comment: '', channel: 'link' as const, device: null, phone: null, flagged: false, created_at: t.finished_at as Date })))
      .execute();
  }
}
console.log(`\n${month}: ${STAFF} window clerks, ${tickets} tickets, ${ratings} ratings, ${database.kind}, ${ROUNDS} rounds\n`);

const svc = new AssessmentService({ db, calendar, now: () => now });
const { start, end } = monthInstants(month);
const full = await time(() => svc.scorecards(director, month));
show('scorecards (every component, ranks, windows)', full);
const bare = await time(async () => {
  await db
    .selectFrom('hall_tickets')
    .select(['staff_id', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`avg(extract(epoch from finished_at - called_at))`.as('secs')])
    .where('status', '=', 'done')
    .where('finished_at', '>=', start)
    .where('finished_at', '<', end)
    .groupBy('staff_id')
    .execute();
  await db.selectFrom('hall_ratings').select(['staff_id', 'grade', (eb) => eb.fn.countAll<number>().as('n')]).where('created_at', '>=', start).where('created_at', '<', end).groupBy(['staff_id', 'grade']).execute();
});
show('baseline: GROUP BY tickets and ratings per clerk', bare);
console.log(`ratio (scorecards / baseline, p50): ${(pick(full, 0.5) / pick(bare, 0.5)).toFixed(1)}×`);
const drill = await time(async () => svc.records(director, (await db.selectFrom('users').select('id').where('username', '=', 'clerk0').executeTakeFirstOrThrow()).id, month));
show('one clerk’s records (drill-down, all components)', drill);

const t0 = process.hrtime.bigint();
await svc.closeMonth(director, month);
console.log(`close the month (compute + freeze ${STAFF} scorecards with records): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
const frozen = await time(() => svc.scorecards(director, month));
show('scorecards of the closed month (from the snapshot)', frozen);
console.log(`ratio (frozen / baseline, p50): ${(pick(frozen, 0.5) / pick(bare, 0.5)).toFixed(1)}×`);
await cleanup();
