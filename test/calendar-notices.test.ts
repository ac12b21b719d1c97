/**
 * The statutory holidays before the State Council's notice, the notice itself, and what a change of
 * calendar does to running cases (ADR 0012).
 *
 * The cases of this file are its own, made on a service clock pinned to December 30 of the year
 * before the first year with neither national data nor notice that lies after the suite's today
 * (so the demo seed, written up to that today, never meets them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, toShanghaiDate, WorkingCalendar } from '../src/domain/calendar.js';
import { computeClock } from '../src/domain/clock.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { suiteClock } from './db-template.js';
import { createTestApp, type TestContext } from './harness.js';

const suiteToday = toShanghaiDate(suiteClock()());
const shipped = new WorkingCalendar();
/** The year the cases run into: provisional (statutory days only), with its December 30 before after the suite's today. */
let Y = Number(suiteToday.slice(0, 4));
while (shipped.yearSource(Y) !== 'statutory' || `${Y - 1}-12-30` <= suiteToday) Y++;
const PINNED = new Date(`${Y - 1}-12-30T10:00:00+08:00`);

let t: TestContext;
const c: Record<string, string> = {};
let food: Item;
const helpers = caseHelpers(() => t);
const { call, act } = helpers;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => PINNED });
  for (const u of ['admin', 'applicant1', 'clerk1', 'editor1']) c[u] = await t.login(u);
  food = await helpers.item('食品经营许可');
});
afterAll(() => t.close());

interface Festival {
  name: string;
  days: string[];
  makeUp: string[];
}

/** The least notice of a year (its statutory days and 补假), with `patch` applied to 元旦. */
async function notice(year: number, patch: { to?: string; workdays?: string[] } = {}) {
  const res = await t.app.inject({ url: `/api/v1/calendar/years/${year}` });
  const holidays: { name: string; from: string; to: string; workdays: string[] }[] = res.json().draft;
  expect(holidays[0]?.name).toBe('元旦');
  holidays[0] = { ...holidays[0]!, ...patch };
  return { document: `国务院办公厅关于${year}年部分节假日安排的通知（测试）`, holidays };
}

const putNotice = (year: number, body: object, cookie: string | null = c.admin ?? null) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/calendar/notices/${year}`, headers: cookie ? { cookie } : {}, payload: body });

/** An accepted case of the food licence, accepted today (the pinned day). */
async function acceptedCase(): Promise<string> {
  const caseNo = await helpers.submitted(food, c.applicant1 ?? '');
  const res = await act(caseNo, c.clerk1 ?? '', 'accept');
  expect(res.statusCode, res.body).toBe(200);
  return caseNo;
}

const caseView = async (caseNo: string) => (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json();

describe('a year without its notice', () => {
  it('keeps its statutory holidays, marked provisional, in the working-day count, the month and the year views', async () => {
    // chinese-days 1.5.7 has no 2027: from 2026-12-30, day 1 is Thu 12-31, 元旦 is off, then the weekend
    const res = await t.app.inject({ url: '/api/v1/calendar/working-days?from=2026-12-30&days=2' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ due: '2027-01-04' });
    const feb = (await t.app.inject({ url: '/api/v1/calendar/month?year=2027&month=2' })).json();
    expect(feb.days[4]).toEqual({ date: '2027-02-05', working: false, kind: 'holiday', name: '春节', provisional: true });
    expect(feb.days[8]).toEqual({ date: '2027-02-09', working: false, kind: 'holiday', name: '春节（补假）', provisional: true });
    expect(feb.days[10]).toMatchObject({ date: '2027-02-11', working: true, kind: 'workday', provisional: false });
    const year = (await t.app.inject({ url: '/api/v1/calendar/years/2027' })).json();
    expect(year).toMatchObject({ year: 2027, source: 'statutory', notice: null });
    expect(year.provisionalDays.map((d: { date: string }) => d.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-08', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01']));
    expect(year.festivals.find((f: Festival) => f.name === '春节')).toEqual({ name: '春节', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], makeUp: ['2027-02-09', '2027-02-10'] });
    expect((await t.app.inject({ url: '/api/v1/calendar/years/2026' })).json()).toMatchObject({ source: 'national', provisionalDays: [] });
    expect((await t.app.inject({ url: '/api/v1/calendar/years/2024' })).statusCode).toBe(400);
  });
});

describe('entering a notice', () => {
  it('refuses a notice that leaves out a statutory day or works on a weekday, with a 400 naming the field, and writes nothing', async () => {
    const good = await notice(Y);
    const revisions = async () => (await t.database.db.selectFrom('calendar_revisions').select('id').execute()).length;
    const before = await revisions();
    // 国庆 (the last holiday, with 中秋 when they share days) cut to its first day
    const short = { ...good, holidays: good.holidays.map((h, i) => (i === good.holidays.length - 1 ? { ...h, to: h.from } : h)) };
    const missing = await putNotice(Y, short);
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({ code: 'CALENDAR.NOTICE_INVALID', errors: [{ path: 'holidays', message: expect.stringContaining(`${Y}-10-02（国庆节）`) }] });
    // a make-up working day on a weekday: the first weekday after 元旦's holiday
    let weekday = addCalendarDays(good.holidays[0]?.to ?? '', 1);
    while (!shipped.isWorkingDay(weekday)) weekday = addCalendarDays(weekday, 1);
    const onWeekday = await putNotice(Y, { ...good, holidays: good.holidays.map((h, i) => (i === 0 ? { ...h, workdays: [weekday] } : h)) });
    expect(onWeekday.statusCode).toBe(400);
    expect(onWeekday.json().errors).toEqual([{ path: 'holidays.0.workdays.0', message: expect.stringContaining('不是周六或周日') }]);
    const badDay = await putNotice(Y, { ...good, holidays: [{ ...good.holidays[0], from: `${Y}-02-30` }, ...good.holidays.slice(1)] });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().errors.map((e: { path: string }) => e.path)).toEqual(['holidays.0.from']);
    const noDocument = await putNotice(Y, { ...good, document: ' ' });
    expect(noDocument.json().errors.map((e: { path: string }) => e.path)).toEqual(['document']);
    expect((await putNotice(2024, good)).json().errors.map((e: { path: string }) => e.path)).toEqual(['params.year']);
    for (const [cookie, status] of [
      [null, 401],
      [c.applicant1 ?? '', 403],
      [c.editor1 ?? '', 403],
      [c.clerk1 ?? '', 403],
    ] as const) {
      expect((await putNotice(Y, good, cookie)).statusCode).toBe(status);
      expect((await putNotice(Y, {}, cookie)).statusCode).toBe(status);
    }
    expect((await t.app.inject({ url: '/api/v1/calendar/notices', headers: { cookie: c.admin } })).json().items).toEqual([]);
    expect(await revisions()).toBe(before);
  });

  it('moves an open case\'s due days later as a case action, audited, with the analytics fact following; a change that would bring them earlier keeps them', async () => {
    const caseNo = await acceptedCase();
    const accepted = await caseView(caseNo);
    const told = { promised: accepted.clock.promisedDue as string, statutory: accepted.clock.decisionDue as string };
    expect(told.promised > `${Y}-01-01`).toBe(true);

    // the notice gives the three days after 元旦 too
    const bridged = await notice(Y, { to: `${Y}-01-04` });
    const res = await putNotice(Y, bridged);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().notice).toMatchObject({ year: Y, document: bridged.document, enteredBy: 'admin' });
    expect(res.json().recomputed.moved).toBeGreaterThanOrEqual(1);
    const cal = new WorkingCalendar({ notices: [{ year: Y, holidays: bridged.holidays as never }] });
    const expected = computeClock([{ type: 'accepted', on: toShanghaiDate(PINNED) }], { statutoryDays: food.statutoryDays, promisedDays: food.promisedDays }, toShanghaiDate(PINNED), cal);
    expect(expected.promisedDue! > told.promised).toBe(true);

    const after = await caseView(caseNo);
    expect(after.clock).toMatchObject({ promisedDue: expected.promisedDue, decisionDue: expected.decisionDue });
    const moved = after.actions.at(-1);
    expect(moved).toMatchObject({
      type: 'recalculate_deadlines',
      name: '按节假日安排重算期限',
      actorName: '系统',
      payload: {
        reason: expect.stringContaining(`录入${Y}年放假安排`),
        before: { promisedDue: told.promised, decisionDue: told.statutory },
        after: { promisedDue: expected.promisedDue, decisionDue: expected.decisionDue },
        held: [],
        changedDays: [`${Y}-01-02`, `${Y}-01-03`, `${Y}-01-04`].filter((d) => shipped.isWorkingDay(d)),
      },
    });
    // the list's projection and the public lookup say the same
    const row = await t.database.db.selectFrom('cases').select(['promised_due', 'decision_due', 'calendar_revision', 'version']).where('case_no', '=', caseNo).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ promised_due: expected.promisedDue, decision_due: expected.decisionDue, version: after.version });
    const trail = (await t.app.inject({ url: '/api/v1/audit?action=calendar.notice_put', headers: { cookie: c.admin } })).json().items;
    expect(trail[0]).toMatchObject({ actorName: 'admin', targetType: 'calendar_notice', targetId: String(Y), before: null, after: { year: Y, document: bridged.document } });
    // the analytics fact follows without a rebuild
    await t.services.caseCommands.settled();
    const fact = await t.database.db.selectFrom('analytics_case_facts').select(['version', 'calendar_revision']).where('case_no', '=', caseNo).executeTakeFirstOrThrow();
    expect(fact).toEqual({ version: after.version, calendar_revision: row.calendar_revision });

    // a case accepted now, on the notice's calendar, and a changed notice that makes a weekend day before its
    // statutory due day a working one, which would bring that day earlier: the told day stands
    const second = await acceptedCase();
    const told2 = (await caseView(second)).clock;
    let weekend = addCalendarDays(`${Y}-01-04`, 1);
    while (cal.dayInfo(weekend).kind !== 'weekend') weekend = addCalendarDays(weekend, 1);
    const withWorkday = await notice(Y, { to: `${Y}-01-04`, workdays: [weekend] });
    const earlier = computeClock(
      [{ type: 'accepted', on: toShanghaiDate(PINNED) }],
      { statutoryDays: food.statutoryDays, promisedDays: food.promisedDays },
      toShanghaiDate(PINNED),
      new WorkingCalendar({ notices: [{ year: Y, holidays: withWorkday.holidays as never }] }),
    );
    expect(earlier.decisionDue! < told2.decisionDue).toBe(true);
    const changed = await putNotice(Y, withWorkday);
    expect(changed.statusCode, changed.body).toBe(200);
    const held = await caseView(second);
    expect(held.clock).toMatchObject({ promisedDue: told2.promisedDue, decisionDue: told2.decisionDue });
    expect(held.actions.at(-1)).toMatchObject({
      type: 'recalculate_deadlines',
      payload: {
        reason: expect.stringContaining(`修改${Y}年放假安排`),
        held: (['promisedDue', 'decisionDue'] as const).filter((k) => earlier[k]! < told2[k]),
        before: { promisedDue: told2.promisedDue, decisionDue: told2.decisionDue },
        after: { promisedDue: told2.promisedDue, decisionDue: told2.decisionDue },
        changedDays: [weekend],
      },
    });
    // the first case's recalculation already holds its days: nothing more to record
    const first = await caseView(caseNo);
    expect(first.version).toBe(after.version);
    expect(first.clock).toMatchObject({ promisedDue: expected.promisedDue, decisionDue: expected.decisionDue });
    // entering the same notice again changes nothing
    const again = await putNotice(Y, withWorkday);
    expect(again.json().recomputed).toEqual({ checked: 0, moved: 0 });
    expect((await caseView(second)).version).toBe(held.version);
    expect((await t.app.inject({ url: `/api/v1/calendar/years/${Y}` })).json()).toMatchObject({ source: 'notice', provisionalDays: [], notice: { document: withWorkday.document } });
    const listed = (await t.app.inject({ url: '/api/v1/calendar/notices', headers: { cookie: c.admin } })).json();
    expect(listed).toMatchObject({ today: toShanghaiDate(PINNED), items: [{ year: Y, document: withWorkday.document, holidays: withWorkday.holidays, enteredBy: 'admin' }] });
  });

  it('a notice removed brings the provisional days back; a case told the notice\'s later days keeps them', async () => {
    const caseNo = await acceptedCase();
    const told = (await caseView(caseNo)).clock;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/calendar/notices/${Y}`, headers: { cookie: c.admin } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recomputed.moved).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ url: `/api/v1/calendar/years/${Y}` })).json().source).toBe('statutory');
    const after = await caseView(caseNo);
    expect(after.clock).toMatchObject({ promisedDue: told.promisedDue, decisionDue: told.decisionDue });
    expect(after.actions.at(-1)).toMatchObject({ type: 'recalculate_deadlines', payload: { reason: expect.stringContaining(`删除${Y}年放假安排`), after: { promisedDue: told.promisedDue } } });
    expect(after.actions.at(-1).payload.held.length).toBeGreaterThan(0);
    const trail = (await t.app.inject({ url: '/api/v1/audit?action=calendar.notice_delete', headers: { cookie: c.admin } })).json().items;
    expect(trail[0]).toMatchObject({ targetId: String(Y), after: null });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/calendar/notices/${Y}`, headers: { cookie: c.admin } })).json().code).toBe('CALENDAR.NOTICE_NOT_FOUND');
  });
});

describe('an upgraded database', () => {
  it('cases computed before the statutory fallback (revision 1) are recomputed once by the sweeper, whichever processes run it', async () => {
    const caseNo = await acceptedCase();
    const view = await caseView(caseNo);
    // as a database from before migration 0020 has it: no revision, due days counted on plain weekdays
    await t.database.db.updateTable('cases').set({ calendar_revision: null }).where('case_no', '=', caseNo).execute();
    await t.database.db.updateTable('analytics_case_facts').set({ calendar_revision: null }).where('case_no', '=', caseNo).execute();
    const legacy = new WorkingCalendar({ statutory: false });
    const limits = { statutoryDays: food.statutoryDays, promisedDays: food.promisedDays };
    const old = computeClock([{ type: 'accepted', on: toShanghaiDate(PINNED) }], limits, toShanghaiDate(PINNED), legacy);
    expect(old.promisedDue! < view.clock.promisedDue).toBe(true);

    // two sweepers at once (on PGlite they take turns): one recalculation
    const [a, b] = await Promise.all([t.services.caseSweeper.sweep(), t.services.caseSweeper.sweep()]);
    expect(a.checked + b.checked).toBeGreaterThanOrEqual(1);
    await t.services.caseSweeper.sweep();
    const after = await caseView(caseNo);
    const recalculated = after.actions.filter((x: { type: string }) => x.type === 'recalculate_deadlines');
    expect(recalculated).toHaveLength(1);
    expect(recalculated[0].payload).toMatchObject({
      reason: expect.stringContaining('调休安排未公布'),
      before: { promisedDue: old.promisedDue, decisionDue: old.decisionDue },
      after: { promisedDue: view.clock.promisedDue, decisionDue: view.clock.decisionDue },
    });
    expect(after.clock.promisedDue).toBe(view.clock.promisedDue);
    const revision = (await t.database.db.selectFrom('cases').select('calendar_revision').where('case_no', '=', caseNo).executeTakeFirstOrThrow()).calendar_revision;
    expect(revision).toBeGreaterThan(1);
    // the analytics catch-up brings the fact to the same revision
    for (let n = 1; n > 0; ) n = await t.services.analytics.catchUp();
    expect((await t.database.db.selectFrom('analytics_case_facts').select('calendar_revision').where('case_no', '=', caseNo).executeTakeFirstOrThrow()).calendar_revision).toBe(revision);
    expect(await t.database.db.selectFrom('analytics_case_facts').select('case_no').where('calendar_revision', 'is', null).execute()).toEqual([]);
  });

  it('a clerk acting on such a case first gets the recalculation, on the version the clerk read', async () => {
    const caseNo = await acceptedCase();
    const read = await caseView(caseNo);
    await t.database.db.updateTable('cases').set({ calendar_revision: null }).where('case_no', '=', caseNo).execute();
    const res = await call('POST', `/api/v1/cases/${caseNo}/actions`, c.clerk1, { type: 'withdraw', expectedVersion: read.version, reason: '测试' });
    // the clerk may not withdraw for the applicant: the recalculation rolls back with the refusal
    expect(res.statusCode).toBe(403);
    expect((await caseView(caseNo)).version).toBe(read.version);
    const taken = await call('POST', `/api/v1/cases/${caseNo}/actions`, c.applicant1, { type: 'withdraw', expectedVersion: read.version, reason: '不再需要' });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().actions.slice(-2).map((x: { type: string }) => x.type)).toEqual(['recalculate_deadlines', 'withdraw']);
    expect(taken.json().version).toBe(read.version + 2);
  });
});
