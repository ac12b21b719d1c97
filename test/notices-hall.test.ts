/**
 * Notices from the service hall: an appointment booked, "3 people ahead of you" and "your number is
 * called at window …" for a ticket of a person known by their appointment, the 好差评 invitation
 * after the decision, and the outcome of the rectification of their bad rating.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { makeClerk, windowsOf } from './hall-fixtures.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 16));
let now = beijing(DAY, '08:30');
let t: TestContext;
const c: Record<string, string> = {};
const { call, act, submitted, item: itemNamed } = caseHelpers(() => t);
let food: Item;

const consume = () => consumeOnce(t.database.db, t.services.notices.service.consumer());
/** Passes until the applicant's inbox holds a notice of `template` matching `body`, or 20 s (see notices-helpers.ts). */
async function noticeOf(template: string, body: RegExp) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await consume();
    const items = (await call('GET', '/api/v1/my/notices?pageSize=100', c.applicant1)).json().items as { template: string; title: string; body: string; caseNo: string | null }[];
    const found = items.filter((n) => n.template === template && body.test(n.body));
    if (found.length || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const post = (url: string, payload: object, cookie?: string) => call('POST', `/api/v1${url}`, cookie, payload);

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'chief1']) c[u] = await t.login(u);
  food = await itemNamed('食品经营许可');
  await consume();
});
afterAll(() => t.close());

describe('hall notices', () => {
  it('confirms a booking, tells the person when 3 are ahead of them, and calls them to the window', async () => {
    now = beijing(DAY, '08:30');
    const slots = (await call('GET', '/api/v1/appointments/slots?zone=D', undefined)).json();
    const slot = (slots.days as { date: string; slots: { start: string }[] }[]).find((d) => d.date === DAY)?.slots.find((s) => s.start === beijing(DAY, '10:00').toISOString());
    expect(slot, 'a 10:00 slot on the test day').toBeTruthy();
    const booked = await post('/appointments', { zone: 'D', slotStart: slot?.start ?? '' }, c.applicant1);
    expect(booked.statusCode, booked.body).toBe(201);
    const code = booked.json().code as string;
    const confirmations = await noticeOf('appointment_booked', new RegExp(`预约码 ${code}`));
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]?.body).toContain('10:00');

    // four people queue first; the appointment checks in ten minutes early: it waits as a normal ticket, 4 ahead
    now = beijing(DAY, '09:50');
    const w = (await windowsOf(t.database.db, ['D']))[0];
    if (!w) throw new Error('no window in zone D');
    const windowId = w.id;
    const { cookie: clerk } = await makeClerk(t.database.db, 'notices-hall-clerk');
    for (let i = 0; i < 4; i++) expect((await post('/hall/tickets', { zone: 'D' }, clerk)).statusCode).toBe(201);
    const mine = await post('/hall/tickets', { zone: 'D', appointmentCode: code }, clerk);
    expect(mine.statusCode, mine.body).toBe(201);
    const number = mine.json().number as string;
    expect(mine.json().position).toBe(5);

    expect((await post(`/hall/windows/${windowId}/sign-in`, {}, clerk)).statusCode).toBe(200);
    // the first call leaves 3 ahead of the appointment's ticket
    expect((await post(`/hall/windows/${windowId}/call-next`, {}, clerk)).statusCode).toBe(200);
    const near = await noticeOf('ticket_near', new RegExp(`${number} 号前面还有 3 人`));
    expect(near).toHaveLength(1);

    // in its slot the appointment goes first: the next call is theirs
    now = beijing(DAY, '10:01');
    expect((await post(`/hall/windows/${windowId}/finish`, {}, clerk)).statusCode).toBe(200);
    const called = await post(`/hall/windows/${windowId}/call-next`, {}, clerk);
    expect(called.json().ticket.number).toBe(number);
    const told = await noticeOf('ticket_called', new RegExp(`请 ${number} 号到`));
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain(w.name);
    await post(`/hall/windows/${windowId}/finish`, {}, clerk);
  });

  it('reminds of an appointment the day before, once', async () => {
    now = beijing(DAY, '10:30');
    const next = cal.addWorkingDays(DAY, 1);
    const slots = (await call('GET', '/api/v1/appointments/slots?zone=E', undefined)).json();
    const slot = (slots.days as { date: string; slots: { start: string }[] }[]).find((d) => d.date === next)?.slots.find((s) => s.start === beijing(next, '09:30').toISOString());
    expect(slot, 'a 09:30 slot on the next working day').toBeTruthy();
    const booked = await post('/appointments', { zone: 'E', slotStart: slot?.start ?? '' }, c.applicant1);
    expect(booked.statusCode, booked.body).toBe(201);
    const code = booked.json().code as string;
    now = beijing(addCalendarDays(next, -1), '12:00');
    await t.services.appointments.remind();
    await t.services.appointments.remind();
    const reminders = await noticeOf('appointment_reminder', new RegExp(`预约码 ${code}`));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain('明天');
    expect(reminders[0]?.body).toContain('09:30');
  });

  it('invites the applicant to rate after the decision, and tells them the outcome of the rectification of their bad rating', async () => {
    now = beijing(DAY, '11:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    expect((await act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    expect((await act(caseNo, c.chief1 ?? '', 'approve', { opinion: '同意' })).statusCode).toBe(200);
    const invites = await noticeOf('rating_invite', new RegExp(caseNo));
    expect(invites).toHaveLength(1);

    const rated = await post('/ratings', { serviceRef: `case:${caseNo}`, grade: 'dissatisfied', reasons: ['办理时间长'], comment: '太慢' }, c.applicant1);
    expect(rated.statusCode, rated.body).toBe(201);
    const id = rated.json().rectificationId as string;
    expect(id).toBeTruthy();
    const chief = c.chief1 ?? '';
    const tasks = (await call('GET', '/api/v1/rectifications', chief)).json().items as { id: string }[];
    if (!tasks.some((r) => r.id === id)) throw new Error('chief1 cannot see the rectification');
    let rev = 1;
    for (const action of ['verify', 'call_back', 'rectify', 'close']) {
      const step = await post(`/rectifications/${id}/actions`, { action, rev, note: action === 'close' ? '已调整审查流程，缩短承诺时限' : `${action} 记录` }, chief);
      expect(step.statusCode, step.body).toBe(200);
      rev = step.json().rev;
    }
    const outcome = await noticeOf('rectification_closed', /已调整审查流程，缩短承诺时限/);
    expect(outcome).toHaveLength(1);
    expect(outcome[0]?.body).toContain('食品经营许可');
  });
});
