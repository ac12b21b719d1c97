/**
 * `shenpi demo generate --cases N`: realistic synthetic cases for the scale path — each with its
 * action log (create, submit, 补正, acceptance, special procedures, decision), the hall ticket of
 * those who came to the hall, a 好差评 rating for some of them, and the case's analytics fact —
 * written in batches of multi-row INSERT … SELECT FROM unnest(…) (one statement per table per
 * batch), then the rollups refreshed from the facts with one GROUP BY.
 *
 * Cases fall on working days over the `years` before today, weighted towards the demo's popular
 * items; the catalog's limits, zones and online levels shape them. Case numbers are reserved
 * from `case_sequences` like any other case's, so generated and real cases never collide.
 * Seeded: the same seed, catalog and day give the same cases.
 */
import { sql } from 'kysely';
import { caseFact, type CaseFact, type Channel } from '../../../domain/analytics.js';
import { addCalendarDays, toShanghaiDate, type DateStr, type WorkingCalendar } from '../../../domain/calendar.js';
import type { ActionPayloads, CaseAction, CaseActionType } from '../../../domain/case.js';
import type { PauseKind } from '../../../domain/clock.js';
import { mulberry32 } from '../../../domain/random.js';
import type { Grade } from '../../../domain/hall.js';
import type { Db } from '../../platform/db.js';
import * as repo from './analytics.repository.js';
import type { CalendarRevision } from '../calendar/calendar.service.js';

export interface GenerateOptions {
  cases: number;
  /** how many years back from today the cases spread over (default 3) */
  years?: number;
  seed?: number;
  /** cases per batch (default 5000) */
  batch?: number;
  /** the service clock's day; cases fall before it */
  today: DateStr;
  onProgress?: (done: number, total: number) => void;
}

interface GenItem {
  code: string;
  name: string;
  department: string;
  zone: string | null;
  online: 'full_online' | 'at_most_once' | 'on_site';
  limits: { statutoryDays: number; promisedDays: number; warningDays: number; instant: boolean };
  weight: number;
}

/** One generated case, before it is written. */
interface GenCase {
  caseNo: string;
  item: GenItem;
  channel: Channel;
  actions: CaseAction[];
  ticket: { day: DateStr; takenAt: Date; calledAt: Date; finishedAt: Date } | null;
  grade: Grade | null;
  fact: CaseFact;
}

const GRADE_WEIGHTS: [Grade, number][] = [
  ['very_satisfied', 0.7],
  ['satisfied', 0.2],
  ['basic', 0.06],
  ['dissatisfied', 0.03],
  ['very_dissatisfied', 0.01],
];
const PAUSES: [PauseKind, number][] = [
  ['inspection', 0.6],
  ['expert_review', 0.3],
  ['hearing', 0.04],
  ['testing', 0.04],
  ['appraisal', 0.02],
];

function pick<T>(r: () => number, weighted: readonly [T, number][]): T {
  let x = r() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of weighted) if ((x -= w) < 0) return v;
  return weighted[weighted.length - 1]![0];
}

/** Generate and write `cases` synthetic cases; returns how many were written and how long it took. */
export async function generateCases(db: Db, { id: revision, calendar }: CalendarRevision, opts: GenerateOptions): Promise<{ cases: number; actions: number; tickets: number; ratings: number; seconds: number }> {
  const started = Date.now();
  const today = opts.today;
  const r = mulberry32(opts.seed ?? 20181106);
  const items = await loadItems(db);
  if (items.length === 0) throw new Error('no published items: seed the demo bureau first (npx shenpi seed)');
  const filer = await db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirst();
  const anyUser = filer ?? (await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
  if (!anyUser) throw new Error('no users: seed the demo bureau first (npx shenpi seed)');

  // the receipt days first (working days over the span), so case numbers can be reserved per year
  const span = Math.round((opts.years ?? 3) * 365);
  const firstDay = addCalendarDays(today, -span);
  const days: DateStr[] = [];
  for (let d = firstDay; d < today; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  const received: DateStr[] = Array.from({ length: opts.cases }, () => days[Math.floor(r() * days.length)]!).sort();
  const perYear = new Map<number, number>();
  for (const d of received) perYear.set(Number(d.slice(0, 4)), (perYear.get(Number(d.slice(0, 4))) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, n] of perYear) {
    const row = await db
      .insertInto('case_sequences')
      .values({ year, last: n })
      .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('case_sequences.last', '+', n) })))
      .returning('last')
      .executeTakeFirstOrThrow();
    if (row.last > 999_999) throw new Error(`more than 999999 cases in ${year}: spread them over more years (--years)`);
    next.set(year, row.last - n + 1);
  }

  const totalWeight = items.reduce((s, i) => s + i.weight, 0);
  const pickItem = () => {
    let x = r() * totalWeight;
    for (const i of items) if ((x -= i.weight) < 0) return i;
    return items[items.length - 1]!;
  };
  const batchSize = opts.batch ?? 5000;
  let done = 0;
  const totals = { actions: 0, tickets: 0, ratings: 0 };
  for (let start = 0; start < received.length; start += batchSize) {
    const batch: GenCase[] = received.slice(start, start + batchSize).map((day) => {
      const year = Number(day.slice(0, 4));
      const seq = next.get(year) ?? 1;
      next.set(year, seq + 1);
      return makeCase(r, `TA${year}-${String(seq).padStart(6, '0')}`, pickItem(), day, today, calendar);
    });
    const written = await writeBatch(db, batch, anyUser.id, revision);
    totals.actions += written.actions;
    totals.tickets += written.tickets;
    totals.ratings += written.ratings;
    done += batch.length;
    opts.onProgress?.(done, received.length);
  }
  await db.transaction().execute(async (trx) => {
    await repo.lockRollups(trx, true);
    await repo.rebuildRollups(trx);
  });
  return { cases: done, ...totals, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

async function loadItems(db: Db): Promise<GenItem[]> {
  const rows = await db
    .selectFrom('catalog_public')
    .select(['code', 'name', 'department_code', 'zone', 'online_level', 'statutory_days', 'promised_days', 'data'])
    .where('kind', '<>', 'fee')
    .where((eb) => eb.or([eb('disposition', 'is', null), eb('disposition', 'in', ['transferred', 'hall_only', 'not_stationed'])]))
    .orderBy('code')
    .execute();
  // a few items take most of the cases, as in a real hall (Zipf-like by position, shuffled by code)
  return rows.map((row, i) => {
    const data = row.data as { warningDays?: number; instant?: boolean };
    return {
      code: row.code,
      name: row.name,
      department: row.department_code,
      zone: row.zone,
      online: row.online_level as GenItem['online'],
      limits: { statutoryDays: row.statutory_days, promisedDays: row.promised_days, warningDays: data.warningDays ?? 2, instant: data.instant ?? false },
      weight: 1 / (1 + ((i * 7919) % rows.length)),
    };
  });
}

/** One case's story, from its receipt day; steps that would fall after today are not taken (the case is still open). */
function makeCase(r: () => number, caseNo: string, item: GenItem, day: DateStr, today: DateStr, calendar: WorkingCalendar): GenCase {
  const channel: Channel = item.online === 'on_site' ? (r() < 0.85 ? 'window' : 'agent') : pick(r, item.online === 'full_online' ? [['online', 0.75], ['window', 0.2], ['agent', 0.05]] : [['online', 0.45], ['window', 0.45], ['agent', 0.1]]);
  const actions: CaseAction[] = [];
  const add = <T extends CaseActionType>(type: T, on: DateStr, payload: ActionPayloads[T]): boolean => {
    if (on > today) return false;
    const minutes = 9 * 60 + Math.floor(r() * 7 * 60);
    actions.push({ seq: actions.length + 1, type, at: new Date(`${on}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`).toISOString(), on, actorId: null, actorName: '模拟数据', payload } as CaseAction);
    return true;
  };
  const wd = (from: DateStr, n: number) => calendar.addWorkingDays(from, n);
  add('create', day, {});
  add('submit', day, {});
  let at = day;
  const story = (): void => {
    if (r() < 0.03) {
      add('reject', wd(at, Math.floor(r() * 3)), { competentBody: '泰安市泰山区行政审批服务局', reason: '不属于本机关职权范围' });
      return;
    }
    if (r() < 0.02) {
      add('withdraw', wd(at, 1 + Math.floor(r() * 3)), { reason: '申请人决定暂不办理' });
      return;
    }
    if (!item.limits.instant && r() < 0.15) {
      if (!add('request_supplement', wd(at, 1), { items: [{ materialCode: 'M01', problem: '复印件不清晰' }] })) return;
      at = wd(at, 1 + 1 + Math.floor(r() * 5));
      if (!add('submit_supplement', at, {})) return;
    }
    if (item.limits.instant) {
      if (add('accept', at, {})) add('approve', at, { opinion: '当场办结' });
      return;
    }
    at = wd(at, Math.floor(r() * 2));
    if (!add('accept', at, {})) return;
    const accepted = at;
    let paused = 0;
    if (r() < 0.08) {
      paused = 2 + Math.floor(r() * 7);
      const kind = pick(r, PAUSES);
      at = wd(at, 1 + Math.floor(r() * 3));
      if (!add('start_pause', at, { kind, expectedDays: paused, reason: '依法启动特别程序' })) return;
      at = wd(at, paused);
      if (!add('end_pause', at, { result: '符合要求' })) return;
    }
    // most decide well inside the promised limit; some late, a few past the statutory one
    const x = r();
    const promised = Math.max(1, item.limits.promisedDays);
    const n = x < 0.9 ? Math.max(1, Math.round(promised * (0.2 + r() * 0.8))) : x < 0.99 ? promised + 1 + Math.floor(r() * 5) : item.limits.statutoryDays + 1 + Math.floor(r() * 5);
    const decideOn = wd(accepted, n + paused);
    if (r() < 0.05) add('refuse', decideOn, { reasons: '申请人不符合法定条件' });
    else add('approve', decideOn, { opinion: '符合法定条件，准予许可' });
  };
  story();
  // who came to the hall: window cases always, agents mostly, online applicants now and then
  const visited = channel === 'window' || (channel === 'agent' && r() < 0.7) || (channel === 'online' && r() < 0.08);
  let ticket: GenCase['ticket'] = null;
  if (visited && item.zone) {
    const takenAt = new Date(`${day}T${String(8 + Math.floor(r() * 9)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00+08:00`);
    const wait = 2 + Math.floor(r() * r() * 45);
    const calledAt = new Date(takenAt.getTime() + wait * 60_000);
    ticket = { day, takenAt, calledAt, finishedAt: new Date(calledAt.getTime() + (5 + Math.floor(r() * 20)) * 60_000) };
  }
  const grade = ticket && r() < 0.4 ? pick(r, GRADE_WEIGHTS) : channel === 'online' && r() < 0.1 ? pick(r, GRADE_WEIGHTS) : null;
  const fact = caseFact(
    { caseNo, itemCode: item.code, itemName: item.name, departmentCode: item.department, zone: item.zone, channel, limits: item.limits, actions, hallVisits: ticket ? 1 : 0 },
    today,
    calendar,
  );
  return { caseNo, item, channel, actions, ticket, grade, fact };
}

/** One batch: cases, their logs, tickets, ratings and facts, one INSERT … SELECT FROM unnest each, in one transaction. */
async function writeBatch(db: Db, batch: GenCase[], filer: string, revision: number): Promise<{ actions: number; tickets: number; ratings: number }> {
  const col = <T>(rows: readonly T[], f: (x: T) => unknown) => rows.map(f);
  const actions = batch.flatMap((c) => c.actions.map((a) => ({ c, a })));
  const withTicket = batch.filter((c) => c.ticket);
  const rated = batch.filter((c) => c.grade);
  await db.transaction().execute(async (trx) => {
    await sql`
      INSERT INTO cases (case_no, query_code, item_code, item_version, item_name, department_code, limits, channel, applicant_kind, applicant_name,
                         filed_by, created_at, version, status, clock_state, received_on, calendar_revision, updated_at)
      SELECT u.case_no, u.query_code, u.item_code, v.version, u.item_name, u.department_code, u.limits::jsonb, u.channel, 'person', '模拟申请人',
             ${filer}::uuid, u.created_at::timestamptz, u.version, u.status, u.clock_state, u.received_on, ${revision}::int, u.created_at::timestamptz
      FROM unnest(${col(batch, (c) => c.caseNo)}::text[], ${col(batch, (c) => hashCode(c.caseNo).toString(36).toUpperCase().padStart(6, '0').slice(-6))}::text[],
                  ${col(batch, (c) => c.item.code)}::text[], ${col(batch, (c) => c.item.name)}::text[], ${col(batch, (c) => c.item.department)}::text[],
                  ${col(batch, (c) => JSON.stringify(c.item.limits))}::text[], ${col(batch, (c) => c.channel)}::text[], ${col(batch, (c) => c.actions[0]?.at)}::text[],
                  ${col(batch, (c) => c.fact.version)}::int[], ${col(batch, (c) => c.fact.status)}::text[], ${col(batch, (c) => c.fact.clockState)}::text[],
                  ${col(batch, (c) => c.fact.receivedOn)}::text[])
           AS u(case_no, query_code, item_code, item_name, department_code, limits, channel, created_at, version, status, clock_state, received_on)
      JOIN catalog_public v ON v.code = u.item_code`.execute(trx);
    await sql`
      INSERT INTO case_actions (case_no, seq, type, at, on_day, actor_id, actor_name, payload)
      SELECT case_no, seq, type, at::timestamptz, on_day, NULL, actor_name, payload::jsonb
      FROM unnest(${col(actions, (x) => x.c.caseNo)}::text[], ${col(actions, (x) => x.a.seq)}::int[], ${col(actions, (x) => x.a.type)}::text[],
                  ${col(actions, (x) => x.a.at)}::text[], ${col(actions, (x) => x.a.on)}::text[], ${col(actions, (x) => x.a.actorName)}::text[],
                  ${col(actions, (x) => JSON.stringify(x.a.payload))}::text[])
           AS u(case_no, seq, type, at, on_day, actor_name, payload)`.execute(trx);
    if (withTicket.length) {
      await sql`
        INSERT INTO hall_tickets (day, zone_code, number, item_code, item_name, priority, source, taken_at, queue_at, status, called_at, called_count, started_at, finished_at, case_no)
        SELECT day, zone_code, number, item_code, item_name, 'normal', 'kiosk', taken_at::timestamptz, taken_at::timestamptz, 'done', called_at::timestamptz, 1, called_at::timestamptz, finished_at::timestamptz, case_no
        FROM unnest(${col(withTicket, (c) => c.ticket?.day)}::text[], ${col(withTicket, (c) => c.item.zone)}::text[], ${col(withTicket, (c) => `${c.item.zone}S${c.caseNo.slice(2, 6)}${c.caseNo.slice(7)}`)}::text[],
                    ${col(withTicket, (c) => c.item.code)}::text[], ${col(withTicket, (c) => c.item.name)}::text[], ${col(withTicket, (c) => c.ticket?.takenAt.toISOString())}::text[],
                    ${col(withTicket, (c) => c.ticket?.calledAt.toISOString())}::text[], ${col(withTicket, (c) => c.ticket?.finishedAt.toISOString())}::text[], ${col(withTicket, (c) => c.caseNo)}::text[])
             AS u(day, zone_code, number, item_code, item_name, taken_at, called_at, finished_at, case_no)
        ON CONFLICT DO NOTHING`.execute(trx);
    }
    if (rated.length) {
      await sql`
        INSERT INTO hall_ratings (service_ref, case_no, zone_code, item_code, grade, channel, created_at)
        SELECT service_ref, case_no, zone_code, item_code, grade, channel, created_at::timestamptz
        FROM unnest(${col(rated, (c) => `generated:${c.caseNo}`)}::text[], ${col(rated, (c) => c.caseNo)}::text[], ${col(rated, (c) => c.item.zone)}::text[],
                    ${col(rated, (c) => c.item.code)}::text[], ${col(rated, (c) => c.grade)}::text[], ${col(rated, (c) => (c.ticket ? 'pad' : 'online'))}::text[],
                    ${col(rated, (c) => (c.ticket?.finishedAt ?? new Date(c.actions.at(-1)?.at ?? Date.now())).toISOString())}::text[])
             AS u(service_ref, case_no, zone_code, item_code, grade, channel, created_at)
        ON CONFLICT DO NOTHING`.execute(trx);
    }
    await repo.writeFacts(
      trx,
      batch.map((c) => c.fact),
      revision,
    );
  });
  return { actions: actions.length, tickets: withTicket.length, ratings: rated.length };
}

function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}
