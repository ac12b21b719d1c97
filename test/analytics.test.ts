import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAction } from '../src/domain/case.js';
import { generateCases } from '../src/server/modules/analytics/analytics.generate.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { createTestApp, type TestContext } from './harness.js';

// March 2025 lies before the demo cases (the 12 months before the real today): these figures are ours alone
let now = new Date('2025-04-30T02:00:00Z');
let t: TestContext;
let food: Item;
let department: string;
let zone: string;
const h = caseHelpers(() => t);
const cookies: Record<string, string> = {};
const MARCH = 'from=2025-03-01&to=2025-03-31';

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['director1', 'chief1', 'hall1', 'applicant1', 'clerk1', 'caseworker1']) cookies[u] = await t.login(u);
  food = await h.item('食品经营许可');
  const pub = await t.database.db.selectFrom('catalog_public').select(['department_code', 'zone']).where('code', '=', food.code).executeTakeFirstOrThrow();
  department = pub.department_code;
  zone = pub.zone ?? '';
  // the demo's cases get their facts the way a fresh server gets them: the sweeper's catch-up
  while ((await t.services.analytics.catchUp()) > 0);
});
afterAll(() => t.close());

const get = (url: string, who = 'director1') => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: cookies[who] ? { cookie: cookies[who] } : {} });

type Step = [CaseAction['type'], string, object?];

/**
 * A case written as raw rows, one action at a time, each followed by what the listener does
 * after a commit (refresh): the incremental path, action by action.
 */
async function rawCase(caseNo: string, opts: { channel: 'online' | 'window' | 'agent'; limits: { statutoryDays: number; promisedDays: number; warningDays: number; instant: boolean }; steps: Step[] }) {
  const db = t.database.db;
  const filer = await db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
  await db
    .insertInto('cases')
    .values({
      case_no: caseNo,
      query_code: '000000',
      item_code: food.code,
      item_version: 1,
      item_name: food.name,
      department_code: department,
      limits: JSON.stringify(opts.limits),
      channel: opts.channel,
      applicant_kind: 'person',
      applicant_name: '测试申请人',
      filed_by: filer.id,
      situation_codes: '[]',
      form: '{}',
      status: 'draft',
      clock_state: 'not_started',
    })
    .execute();
  let seq = 0;
  for (const [type, on, payload] of [['create', opts.steps[0]?.[1] ?? '2025-03-01'] as Step, ...opts.steps]) {
    seq++;
    await db
      .insertInto('case_actions')
      .values({ case_no: caseNo, seq, type, at: new Date(`${on}T02:00:00Z`), on_day: on, actor_id: null, actor_name: 'test', payload: JSON.stringify(payload ?? {}) })
      .execute();
    await db.updateTable('cases').set({ version: seq }).where('case_no', '=', caseNo).execute();
    await t.services.analytics.refresh([caseNo]);
  }
}

const LIMITS = { statutoryDays: 20, promisedDays: 10, warningDays: 2, instant: false };

describe('figures on a hand-made March', () => {
  beforeAll(async () => {
    // 1 online, accepted 03-04, approved 03-10: 4 working days, on time
    await rawCase('TA2025-900001', { channel: 'online', limits: LIMITS, steps: [['submit', '2025-03-03'], ['accept', '2025-03-04'], ['approve', '2025-03-10', { opinion: '准予' }]] });
    // 2 window, one 补正, expert review 03-10…03-14 (4 working days not counted), refused 03-28:
    //   03-07 → 03-28 is 15 working days, 11 counted; promised due 03-07 + 14 = 03-27, so late; statutory due 04-10, in time
    await rawCase('TA2025-900002', {
      channel: 'window',
      limits: LIMITS,
      steps: [
        ['submit', '2025-03-03'],
        ['request_supplement', '2025-03-04', { items: [{ materialCode: 'M', problem: '缺' }] }],
        ['submit_supplement', '2025-03-06'],
        ['accept', '2025-03-07'],
        ['start_pause', '2025-03-10', { kind: 'expert_review', expectedDays: 4, reason: '专家评审' }],
        ['end_pause', '2025-03-14', { result: '通过' }],
        ['refuse', '2025-03-28', { reasons: '不符合条件' }],
      ],
    });
    // 3 online but queued in the hall (a ticket tied to it): not zero-visit; 不予受理 03-06
    await rawCase('TA2025-900003', { channel: 'online', limits: LIMITS, steps: [['submit', '2025-03-05'], ['reject', '2025-03-06', { competentBody: '某局', reason: '不属于本机关' }]] });
    // 4 agent, accepted 03-05, still open
    await rawCase('TA2025-900004', { channel: 'agent', limits: LIMITS, steps: [['submit', '2025-03-05'], ['accept', '2025-03-05']] });
    // 5 online 即办件, decided the day it came
    await rawCase('TA2025-900005', {
      channel: 'online',
      limits: { statutoryDays: 1, promisedDays: 0, warningDays: 0, instant: true },
      steps: [['submit', '2025-03-12'], ['accept', '2025-03-12'], ['approve', '2025-03-12', { opinion: '当场准予' }]],
    });
    await t.database.db
      .insertInto('hall_tickets')
      .values({ day: '2025-03-05', zone_code: 'C', number: 'C901', priority: 'normal', source: 'kiosk', taken_at: new Date('2025-03-05T01:00:00Z'), queue_at: new Date('2025-03-05T01:00:00Z'), status: 'done', called_at: new Date('2025-03-05T01:30:00Z'), case_no: 'TA2025-900003' })
      .execute();
    // the ticket was tied after the facts were made: the sweeper's catch-up notices
    expect(await t.services.analytics.catchUp()).toBe(1);
  });

  it('summary equals the figures worked out by hand', async () => {
    const res = await get(`/analytics/summary?${MARCH}&item=${encodeURIComponent(food.code)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      received: 5,
      accepted: 4,
      decided: 3,
      approved: 2,
      refused: 1,
      rejected: 1,
      onTimeRate: 0.6667,
      statutoryOnTimeRate: 1,
      avgWorkingDays: 5,
      p90WorkingDays: 11,
      onlineRate: 0.6,
      zeroVisitRate: 0.4,
      instantShare: 0.2,
      supplementRate: 0.2,
      refusalRate: 0.3333,
      // statutory 41, promised 20, actual 15 working days over the three decided cases
      promisedCompression: 0.5122,
      actualCompression: 0.6341,
      pausedCases: 1,
      pausedDays: 4,
      pausesByKind: { expert_review: 1, inspection: 0 },
    });
  });

  it('filters by channel, zone, department and date range', async () => {
    const item = `item=${encodeURIComponent(food.code)}`;
    expect((await get(`/analytics/summary?${MARCH}&${item}&channel=online`)).json()).toMatchObject({ received: 3, decided: 2, onlineRate: 1, zeroVisitRate: 0.6667 });
    expect((await get(`/analytics/summary?${MARCH}&${item}&channel=agent`)).json()).toMatchObject({ received: 1, accepted: 1, decided: 0, onTimeRate: null });
    // case 5 came on 03-12
    expect((await get(`/analytics/summary?from=2025-03-01&to=2025-03-10&${item}`)).json()).toMatchObject({ received: 4, accepted: 3, decided: 1 });
    // without an item filter the percentile comes from the histogram rollup, with one from the facts: the same answer
    expect((await get(`/analytics/summary?${MARCH}&department=${department}`)).json()).toMatchObject({ received: 5, p90WorkingDays: 11, avgWorkingDays: 5 });
    expect((await get(`/analytics/summary?${MARCH}&zone=${zone}&${item}`)).json()).toMatchObject({ received: 5 });
    const otherZone = zone === 'A' ? 'B' : 'A';
    expect((await get(`/analytics/summary?${MARCH}&zone=${otherZone}&${item}`)).json()).toMatchObject({ received: 0, onTimeRate: null });
  });

  it('a month series and a breakdown per item read the same rollup', async () => {
    const s = (await get(`/analytics/series?metric=received&interval=month&from=2025-02-15&to=2025-04-10&item=${encodeURIComponent(food.code)}`)).json();
    expect(s.points).toEqual([
      { period: '2025-02', value: 0 },
      { period: '2025-03', value: 5 },
      { period: '2025-04', value: 0 },
    ]);
    const w = (await get(`/analytics/series?metric=onTimeRate&interval=week&${MARCH}&item=${encodeURIComponent(food.code)}`)).json();
    // decisions on 03-10 (week of 03-10, on time), 03-12 (same week, on time), 03-28 (week of 03-24, late)
    expect(w.points.filter((p: { value: number | null }) => p.value !== null)).toEqual([
      { period: '2025-03-10', value: 1 },
      { period: '2025-03-24', value: 0 },
    ]);
    const b = (await get(`/analytics/breakdown?by=item&${MARCH}&department=${department}`)).json();
    expect(b.items).toEqual([expect.objectContaining({ key: food.code, name: food.name, received: 5, supplementRate: 0.2 })]);
  });

  it('a drill-down lists exactly the cases a figure counts, and the Excel export holds the same rows', async () => {
    const item = `item=${encodeURIComponent(food.code)}`;
    const expected: Record<string, string[]> = {
      received: ['TA2025-900001', 'TA2025-900002', 'TA2025-900003', 'TA2025-900004', 'TA2025-900005'],
      decided: ['TA2025-900001', 'TA2025-900002', 'TA2025-900005'],
      late: ['TA2025-900002'],
      zeroVisit: ['TA2025-900001', 'TA2025-900005'],
      rejected: ['TA2025-900003'],
      supplemented: ['TA2025-900002'],
      instant: ['TA2025-900005'],
    };
    for (const [figure, cases] of Object.entries(expected)) {
      const res = (await get(`/analytics/cases?figure=${figure}&${MARCH}&${item}&pageSize=200`)).json();
      expect(res.total, figure).toBe(cases.length);
      expect(res.items.map((i: { caseNo: string }) => i.caseNo).sort(), figure).toEqual(cases);
    }
    const summary = (await get(`/analytics/summary?${MARCH}&${item}`)).json();
    const decided = (await get(`/analytics/cases?figure=decided&${MARCH}&${item}`)).json();
    expect(decided.total).toBe(summary.decided);

    const file = await get(`/analytics/cases/export?figure=decided&${MARCH}&${item}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('办结（准予或不予许可）');
    const header = (ws?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['办件编号', '事项', '科室']);
    const rows: string[] = [];
    ws?.eachRow((row, n) => {
      if (n > 1) rows.push(String(row.getCell(1).value));
    });
    expect(rows.sort()).toEqual(expected.decided);
    const late = ws?.getRow(rows.length + 1);
    expect(late?.cellCount).toBeGreaterThan(10);
  });

  it('a rebuild from the action logs gives the same rows as the incremental path', async () => {
    const snapshot = async () => ({
      facts: await t.database.db.selectFrom('analytics_case_facts').selectAll().orderBy('case_no').execute(),
      rollup: await t.database.db.selectFrom('analytics_rollup').selectAll().orderBy('grain').orderBy('period').orderBy('department_code').orderBy('zone').orderBy('item_code').orderBy('channel').execute(),
      hist: await t.database.db.selectFrom('analytics_rollup_hist').selectAll().orderBy('grain').orderBy('period').orderBy('department_code').orderBy('zone').orderBy('channel').orderBy('working_days').execute(),
    });
    const before = await snapshot();
    expect(before.rollup.length).toBeGreaterThan(20);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/analytics/rebuild', headers: { cookie: cookies.director1 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().cases).toBe(before.facts.length);
    expect(await snapshot()).toEqual(before);
    // a wrong rollup row is put right by the rebuild
    await t.database.db.updateTable('analytics_rollup').set({ received: 99 }).where('grain', '=', 'month').where('period', '=', '2025-03').where('item_code', '=', food.code).where('channel', '=', 'window').execute();
    expect((await get(`/analytics/summary?${MARCH}&item=${encodeURIComponent(food.code)}`)).json().received).toBe(99 + 3 + 1);
    await t.app.inject({ method: 'POST', url: '/api/v1/analytics/rebuild', headers: { cookie: cookies.director1 } });
    expect(await snapshot()).toEqual(before);
  });

  it('open cases follow the clock: the sweeper rereads them on a later day', async () => {
    const fact = () => t.database.db.selectFrom('analytics_case_facts').select(['as_of', 'clock_state']).where('case_no', '=', 'TA2025-900004').executeTakeFirstOrThrow();
    expect(await fact()).toEqual({ as_of: '2025-04-30', clock_state: 'overdue' });
    expect(await t.services.analytics.catchUp()).toBe(0);
    now = new Date('2025-05-06T02:00:00Z');
    try {
      expect(await t.services.analytics.catchUp()).toBeGreaterThanOrEqual(1);
      expect((await fact()).as_of).toBe('2025-05-06');
    } finally {
      now = new Date('2025-04-30T02:00:00Z');
    }
  });
});

describe('the listener keeps figures current as cases are handled through the API', () => {
  it('an application accepted and approved on 2025-04-07 counts the moment the actions commit', async () => {
    now = new Date('2025-04-07T02:00:00Z');
    try {
      const range = `from=2025-04-07&to=2025-04-07&item=${encodeURIComponent(food.code)}`;
      const caseNo = await h.submitted(food, cookies.applicant1 ?? '');
      expect((await h.act(caseNo, cookies.clerk1 ?? '', 'accept')).statusCode).toBe(200);
      expect((await h.act(caseNo, cookies.chief1 ?? '', 'approve', { opinion: '同意' })).statusCode).toBe(200);
      await t.services.caseCommands.settled();
      const s = (await get(`/analytics/summary?${range}`)).json();
      expect(s).toMatchObject({ received: 1, accepted: 1, decided: 1, approved: 1, onTimeRate: 1, avgWorkingDays: 0, onlineRate: 1, zeroVisitRate: 1 });
      const d = (await get(`/analytics/cases?figure=approved&${range}`)).json();
      expect(d.items.map((i: { caseNo: string }) => i.caseNo)).toEqual([caseNo]);
      // nothing left for the catch-up: the listener did it
      expect(await t.services.analytics.catchUp()).toBe(0);
    } finally {
      now = new Date('2025-04-30T02:00:00Z');
    }
  });
});

describe('access and input', () => {
  it('answers 400 naming the field for a bad date, range, metric or interval', async () => {
    const cases: [string, string][] = [
      ['/analytics/summary?from=2025-02-30', 'from'],
      ['/analytics/summary?to=2025-13-01', 'to'],
      ['/analytics/summary?from=2025-03-10&to=2025-03-01', 'to'],
      ['/analytics/series?metric=bogus', 'metric'],
      ['/analytics/series?metric=received&interval=year', 'interval'],
      ['/analytics/cases?figure=everything', 'figure'],
      ['/analytics/summary?channel=fax', 'channel'],
      ['/analytics/breakdown?by=colour', 'by'],
    ];
    for (const [url, field] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path.replace(/^querystring\./, '')), url).toContain(field);
    }
  });

  it('a 科长 sees their own division only; the hall manager sees all; an applicant nothing', async () => {
    const own = await get(`/analytics/summary?${MARCH}`, 'chief1');
    expect(own.statusCode).toBe(200);
    const chiefDept = (await t.database.db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('department_code').where('username', '=', 'chief1').executeTakeFirstOrThrow()).department_code;
    const other = chiefDept === department ? 'TA-D01' : department;
    expect((await get(`/analytics/summary?${MARCH}&department=${other}`, 'chief1')).statusCode).toBe(403);
    const drill = (await get(`/analytics/cases?figure=received&${MARCH}&pageSize=200`, 'chief1')).json();
    expect(drill.items.every((i: { departmentCode: string }) => i.departmentCode === chiefDept)).toBe(true);
    expect((await get(`/analytics/summary?${MARCH}`, 'hall1')).statusCode).toBe(200);
    expect((await get('/analytics/summary', 'applicant1')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/analytics/rebuild', headers: { cookie: cookies.hall1 } })).statusCode).toBe(403);
  });

  it('the open-data page answers without login: per division and month', async () => {
    const res = await t.app.inject({ url: '/api/v1/public/open-data?year=2025' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const division = body.divisions.find((d: { code: string }) => d.code === department);
    const march = division.months.find((m: { month: string }) => m.month === '2025-03');
    expect(march).toMatchObject({ received: 5, decided: 3, onTimeRate: 0.6667, onlineRate: 0.6 });
    expect(body.months[0]).toBe('2025-01');
    expect((await t.app.inject({ url: '/api/v1/public/open-data?year=1999' })).statusCode).toBe(400);
  });

  it('hall, ratings and exchange figures answer over the same filters', async () => {
    const hall = (await get(`/analytics/hall?${MARCH}`)).json();
    expect(hall.heatmap).toContainEqual({ zone: 'C', hour: 9, tickets: 1, avgWaitMinutes: 30 });
    const ratingRef = crypto.randomUUID();
    await sql`INSERT INTO hall_ratings (service_ref, zone_code, item_code, grade, channel, created_at) VALUES
      (${ratingRef}, 'C', ${food.code}, 'dissatisfied', 'pad', '2025-03-05T03:00:00Z'),
      (${`${ratingRef}-2`}, 'C', ${food.code}, 'very_satisfied', 'pad', '2025-03-05T04:00:00Z')`.execute(t.database.db);
    const r = (await get(`/analytics/ratings?${MARCH}&item=${encodeURIComponent(food.code)}`)).json();
    expect(r.satisfaction).toMatchObject({ total: 2, averageScore: 3.5, satisfiedRate: 0.5, bad: 1 });
    const s = (await get(`/analytics/summary?${MARCH}&item=${encodeURIComponent(food.code)}`)).json();
    expect(s.satisfaction.total).toBe(2);
    const x = await get(`/analytics/exchange?${MARCH}`);
    expect(x.statusCode).toBe(200);
    expect(x.json()).toMatchObject({ total: 0, onTimeRate: null });
  });
});

describe('the scale path', () => {
  it('generated cases carry logs that reduce to the facts written beside them; a rebuild changes nothing', async () => {
    const calendar = await new CalendarService(t.database.db).current();
    const before = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const earlier = (await t.database.db.selectFrom('cases').select('case_no').execute()).map((c) => c.case_no);
    const r = await generateCases(t.database.db, calendar, { cases: 400, years: 1, today: '2025-04-30', batch: 150 });
    expect(r.cases).toBe(400);
    const after = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(400);
    // the generated cases' facts (the others were read on other days: their as_of differs), and the whole rollup
    const snapshot = async () => ({
      facts: await t.database.db.selectFrom('analytics_case_facts').selectAll().where('case_no', 'not in', earlier).orderBy('case_no').execute(),
      rollup: await t.database.db.selectFrom('analytics_rollup').selectAll().orderBy('grain').orderBy('period').orderBy('department_code').orderBy('zone').orderBy('item_code').orderBy('channel').execute(),
    });
    const generated = await snapshot();
    expect(generated.facts).toHaveLength(400);
    await t.services.analytics.rebuild({ type: 'system', name: 'test', ip: null });
    expect(await snapshot()).toEqual(generated);
    // realistic: most decided on time, some online, some came to the hall
    const s = (await get('/analytics/summary?from=2024-05-01&to=2025-04-30')).json();
    expect(s.received).toBeGreaterThan(300);
    expect(s.onTimeRate).toBeGreaterThan(0.8);
    expect(s.onlineRate).toBeGreaterThan(0.1);
    expect(s.zeroVisitRate).toBeLessThan(s.onlineRate);
  });
});
