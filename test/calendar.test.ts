import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR_TTL_MS, CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { createTestApp, type TestContext } from './harness.js';

let t: TestContext;
let c: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  c = {};
  for (const u of ['admin', 'applicant1', 'editor1', 'clerk1']) c[u] = await t.login(u);
});
afterAll(() => t.close());

const due = async (from: string, days: number) => (await t.app.inject({ url: `/api/v1/calendar/working-days?from=${from}&days=${days}` })).json().due;
const put = (date: string, cookie: string | undefined, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/calendar/overrides/${date}`, headers: cookie ? { cookie } : {}, payload });
const del = (date: string, cookie: string | undefined) => t.app.inject({ method: 'DELETE', url: `/api/v1/calendar/overrides/${date}`, headers: cookie ? { cookie } : {} });
const paths = (res: { json(): { errors: { path: string }[] } }) => res.json().errors.map((e) => e.path);

describe('the public calendar', () => {
  it('counts working days as DOMAIN.md does, without login', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/working-days?from=2026-09-30&days=5' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ due: '2026-10-13' });
    expect(await due('2026-09-30', 0)).toBe('2026-09-30');
    // 春节 2026: Fri 02-13 → Sat 02-14 (make-up) → Tue 02-24
    expect(await due('2026-02-13', 2)).toBe('2026-02-24');
  });

  it('shows a month with holidays, make-up days and the covered years', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/month?year=2026&month=10' });
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.days).toHaveLength(31);
    expect(m.days[0]).toEqual({ date: '2026-10-01', working: false, kind: 'holiday', name: '国庆节', provisional: false });
    expect(m.days[9]).toEqual({ date: '2026-10-10', working: true, kind: 'makeup_workday', name: '国庆节', provisional: false });
    expect(m.days[7]).toEqual({ date: '2026-10-08', working: true, kind: 'workday', name: null, provisional: false });
    expect(m.days[16]).toEqual({ date: '2026-10-17', working: false, kind: 'weekend', name: null, provisional: false });
    expect(m.coveredYears).toContain(2026);
    expect(m.coveredYears).not.toContain(2027);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['from=2026-02-30&days=5', 'querystring.from'],
      ['from=20260930&days=5', 'querystring.from'],
      ['from=2026-09-30&days=366', 'querystring.days'],
      ['from=2026-09-30&days=-1', 'querystring.days'],
      ['from=2026-09-30&days=1.5', 'querystring.days'],
      ['days=5', 'querystring.from'],
    ] as const) {
      const res = await t.app.inject({ url: `/api/v1/calendar/working-days?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(paths(res), query).toEqual([field]);
    }
    const unknown = await t.app.inject({ url: '/api/v1/calendar/working-days?from=2026-09-30&days=5&tz=UTC' });
    expect(unknown.statusCode).toBe(400);
    const month = await t.app.inject({ url: '/api/v1/calendar/month?year=2026&month=13' });
    expect(month.statusCode).toBe(400);
    expect(paths(month)).toEqual(['querystring.month']);
  });
});

describe('overrides', () => {
  it('an admin closes 2026-10-13 for a typhoon: the due day moves, the change is audited, and can be undone', async () => {
    const res = await put('2026-10-13', c.admin, { working: false, reason: '台风停工' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ date: '2026-10-13', working: false, reason: '台风停工', createdBy: 'admin' });
    expect(await due('2026-09-30', 5)).toBe('2026-10-14');
    const month = (await t.app.inject({ url: '/api/v1/calendar/month?year=2026&month=10' })).json();
    expect(month.days[12]).toEqual({ date: '2026-10-13', working: false, kind: 'override_off', name: '台风停工', provisional: false });

    const list = await t.app.inject({ url: '/api/v1/calendar/overrides', headers: { cookie: c.admin } });
    expect(list.json().items).toEqual([expect.objectContaining({ date: '2026-10-13', working: false, reason: '台风停工', createdBy: 'admin' })]);

    // changing the reason keeps one row and audits before and after
    expect((await put('2026-10-13', c.admin, { working: false, reason: '台风"海葵"停工' })).statusCode).toBe(200);
    const trail = (await t.app.inject({ url: '/api/v1/audit?action=calendar.override', headers: { cookie: c.admin } })).json().items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['calendar.override_put', 'calendar.override_put']);
    expect(trail[1]).toMatchObject({ actorName: 'admin', targetType: 'calendar_day', targetId: '2026-10-13', before: null, after: { date: '2026-10-13', working: false, reason: '台风停工' } });
    expect(trail[0]).toMatchObject({ before: { reason: '台风停工' }, after: { reason: '台风"海葵"停工' } });

    const removed = await del('2026-10-13', c.admin);
    expect(removed.statusCode).toBe(204);
    expect(await due('2026-09-30', 5)).toBe('2026-10-13');
    const last = (await t.app.inject({ url: '/api/v1/audit?action=calendar.override_delete', headers: { cookie: c.admin } })).json().items[0];
    expect(last).toMatchObject({ targetId: '2026-10-13', before: { working: false }, after: null });
    const again = await del('2026-10-13', c.admin);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('CALENDAR.OVERRIDE_NOT_FOUND');
  });

  it('an admin opens a Saturday: it counts, and the month says why', async () => {
    expect((await put('2026-11-14', c.admin, { working: true, reason: '集中办理日' })).statusCode).toBe(200);
    // Fri 11-13 + 1 → Sat 11-14 instead of Mon 11-16
    expect(await due('2026-11-13', 1)).toBe('2026-11-14');
    expect((await del('2026-11-14', c.admin)).statusCode).toBe(204);
    expect(await due('2026-11-13', 1)).toBe('2026-11-16');
  });

  it('an override does not stand in for the year\'s notice', async () => {
    expect((await put('2027-01-04', c.admin, { working: false, reason: '停电' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/calendar/month?year=2027&month=1' })).json().coveredYears).not.toContain(2027);
    expect((await del('2027-01-04', c.admin)).statusCode).toBe(204);
  });

  it('401 to anonymous and 403 to non-admins, before looking at the input, and writes nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/calendar/overrides', headers: { cookie: c.admin } })).json().items;
    for (const [cookie, status] of [
      [undefined, 401],
      [c.applicant1, 403],
      [c.editor1, 403],
      [c.clerk1, 403],
    ] as const) {
      expect((await t.app.inject({ url: '/api/v1/calendar/overrides', headers: cookie ? { cookie } : {} })).statusCode).toBe(status);
      expect((await put('2026-10-13', cookie, { working: false, reason: '台风停工' })).statusCode).toBe(status);
      expect((await put('not-a-day', cookie, {})).statusCode).toBe(status);
      expect((await del('2026-10-13', cookie)).statusCode).toBe(status);
    }
    expect((await t.app.inject({ url: '/api/v1/calendar/overrides', headers: { cookie: c.admin } })).json().items).toEqual(before);
    expect(await due('2026-09-30', 5)).toBe('2026-10-13');
  });

  it('refuses bad override input with a 400 naming the field', async () => {
    const badDay = await put('2026-02-30', c.admin, { working: false, reason: '台风停工' });
    expect(badDay.statusCode).toBe(400);
    expect(paths(badDay)).toEqual(['params.date']);
    const noReason = await put('2026-10-13', c.admin, { working: false, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(paths(noReason)).toEqual(['reason']);
    const extra = await put('2026-10-13', c.admin, { working: 'no', reason: '台风停工', by: 'me' });
    expect(extra.statusCode).toBe(400);
    expect(paths(extra)).toContain('working');
    expect((await del('2026-13-01', c.admin)).statusCode).toBe(400);
  });
});

describe('the cache', () => {
  it('rereads changes from another process within a minute', async () => {
    const db = t.database.db;
    let now = Date.now() + 3_600_000;
    // a service of its own stands for another server process's
    const svc = new CalendarService(db, () => now);
    expect((await svc.calendar()).isWorkingDay('2026-12-01')).toBe(true);
    // another process writes an override: this one keeps its cache for up to a minute
    await db.insertInto('calendar_overrides').values({ date: '2026-12-01', working: false, reason: '另一进程写入', created_by: null }).execute();
    expect((await svc.calendar()).isWorkingDay('2026-12-01')).toBe(true);
    now += CALENDAR_TTL_MS - 1_000;
    expect((await svc.calendar()).isWorkingDay('2026-12-01')).toBe(true);
    now += 2_000;
    expect((await svc.calendar()).isWorkingDay('2026-12-01')).toBe(false);
  });

  it('is one per process: a change through the app is seen at once by the service every module uses', async () => {
    const calendar = t.services.calendar;
    expect((await calendar.calendar()).isWorkingDay('2026-12-02')).toBe(true);
    expect((await put('2026-12-02', c.admin, { working: false, reason: '台风停工' })).statusCode).toBe(200);
    expect((await calendar.calendar()).isWorkingDay('2026-12-02')).toBe(false);
    expect((await del('2026-12-02', c.admin)).statusCode).toBe(204);
    expect((await calendar.calendar()).isWorkingDay('2026-12-02')).toBe(true);
  });
});
