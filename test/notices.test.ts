import RPCClient from '@alicloud/pop-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { startSmsSim, type SmsSim } from '../src/cli/notify-sim.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { consumeFor as waitForNotices } from './notices-helpers.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 2));
let now = beijing(DAY, '10:00');
let t: TestContext;
let sim: SmsSim;
const c: Record<string, string> = {};
const { call, act, submitted, item: itemNamed } = caseHelpers(() => t);
let food: Item;
const KEY = { id: 'LTAI-test-key', secret: 'test-secret-不外传' };
const PHONE = '13905381234'; // applicant1's phone in the demo

/** One pass of the notices consumer, as the server's loop runs it. */
const consume = () => consumeOnce(t.database.db, t.services.notices.service.consumer());
const consumeFor = (caseNo: string, count: number) => waitForNotices(t, caseNo, count);
const inbox = async (who = c.applicant1) => (await call('GET', '/api/v1/my/notices?pageSize=100', who)).json() as { items: { id: string; caseNo: string | null; template: string; title: string; body: string; readAt: string | null }[]; unread: number; total: number };

beforeAll(async () => {
  sim = await startSmsSim({ port: 0, accessKeyId: KEY.id, accessKeySecret: KEY.secret, signName: '泰安市行政审批服务局' });
  t = await createTestApp({ SHENPI_SMS: 'aliyun', SHENPI_SMS_ENDPOINT: sim.url, SHENPI_SMS_ACCESS_KEY_ID: KEY.id, SHENPI_SMS_ACCESS_KEY_SECRET: KEY.secret }, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'director1', 'agent1']) c[u] = await t.login(u);
  food = await itemNamed('食品经营许可');
  // the cursor starts at the first pass: the demo's history is not sent to anyone
  await consume();
});
afterAll(async () => {
  await t.close();
  await sim.close();
});

describe('notices to the applicant', () => {
  it('puts the one-time 补正 notice with its list in the inbox within one pass, and sends a signed SMS without an ID number', async () => {
    now = beijing(DAY, '10:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    const first = food.materials.find((m) => m.requirement === 'required');
    const res = await act(caseNo, c.clerk1 ?? '', 'request_supplement', { items: [{ materialCode: first?.code, problem: '复印件不清晰' }] });
    expect(res.statusCode, res.body).toBe(200);
    await consumeFor(caseNo, 2);
    const mine = (await inbox()).items.filter((n) => n.caseNo === caseNo);
    expect(mine.map((n) => n.template).sort()).toEqual(['received', 'supplement']);
    const supplement = mine.find((n) => n.template === 'supplement');
    expect(supplement?.body).toContain(`${first?.name}：复印件不清晰`);
    expect((await inbox()).unread).toBeGreaterThanOrEqual(2);

    const before = sim.received.length;
    const sent = await t.services.notices.dispatcher.dispatch();
    expect(sent.sent).toBeGreaterThanOrEqual(2);
    const got = sim.received.slice(before).filter((r) => r.params.caseNo === caseNo);
    expect(got.map((r) => r.templateCode).sort()).toEqual(['SHENPI_RECEIVED', 'SHENPI_SUPPLEMENT']);
    for (const r of got) {
      expect(r.phone).toBe(PHONE);
      expect(r.signName).toBe('泰安市行政审批服务局');
      expect(JSON.stringify(r.params)).not.toMatch(/\d{17}[\dXx]/);
    }
    expect(got.find((r) => r.templateCode === 'SHENPI_SUPPLEMENT')?.params).toEqual({ item: '食品经营许可', caseNo, count: '1' });

    // the case page's proof: who was told what, and that the SMS arrived (phone masked)
    const proof = (await call('GET', `/api/v1/cases/${caseNo}/notices`, c.clerk1)).json().items as { title: string; deliveries: { channel: string; status: string; to: string }[] }[];
    expect(proof.map((p) => p.deliveries.map((d) => d.channel))).toEqual([['sms'], ['sms']]);
    expect(proof.map((p) => [p.title, p.deliveries[0]?.status, p.deliveries[0]?.to])).toEqual([
      ['申请已收到', 'sent', '139****1234'],
      ['一次性补正告知', 'sent', '139****1234'],
    ]);
    expect((await call('GET', `/api/v1/cases/${caseNo}/notices`, c.applicant1)).statusCode).toBe(403);
    // staff see the record of the cases they may read: not a stationed tax officer
    expect([403, 404]).toContain((await call('GET', `/api/v1/cases/${caseNo}/notices`, await t.login('tax1'))).statusCode);
  });

  it('measures the 补正 wait from the day the notice reached the inbox, and a notice that came after the acceptance period makes the case accepted (art. 32)', async () => {
    const view = async (caseNo: string) => (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json() as { status: string; clock: { supplementToldOn: string | null; supplementLate: boolean; acceptedAt: string | null }; actions: { type: string; on: string; actorName: string }[] };
    const material = food.materials.find((m) => m.requirement === 'required')?.code;
    const ask = (caseNo: string) => act(caseNo, c.clerk1 ?? '', 'request_supplement', { items: [{ materialCode: material, problem: '缺少签字' }] });
    const next = cal.addWorkingDays(DAY, 1);

    // asked and delivered the same day: the request's day stands, nothing more in the log
    now = beijing(DAY, '11:00');
    const sameDay = await submitted(food, c.applicant1 ?? '');
    expect((await ask(sameDay)).statusCode).toBe(200);
    await consumeFor(sameDay, 2);
    expect((await view(sameDay)).clock.supplementToldOn).toBe(DAY);
    expect((await view(sameDay)).actions.map((a) => a.type)).not.toContain('supplement_delivered');

    // asked at 16:50; the notice reached the inbox only the next working day
    now = beijing(DAY, '16:50');
    const nextDay = await submitted(food, c.applicant1 ?? '');
    expect((await ask(nextDay)).statusCode).toBe(200);
    now = beijing(next, '09:05');
    await consumeFor(nextDay, 2);
    const late = await view(nextDay);
    expect(late.clock).toMatchObject({ supplementToldOn: next, supplementLate: false });
    expect(late.actions.at(-1)).toMatchObject({ type: 'supplement_delivered', on: next, actorName: '系统' });
    await t.services.caseSweeper.sweep();
    expect((await view(nextDay)).status).toBe('supplement_requested');

    // received on DAY, asked on the last day of the acceptance period, delivered the working day after it
    now = beijing(DAY, '09:30');
    const tooLate = await submitted(food, c.applicant1 ?? '');
    const lastDay = cal.addWorkingDays(DAY, 5);
    now = beijing(lastDay, '17:20');
    expect((await ask(tooLate)).statusCode).toBe(200);
    now = beijing(cal.addWorkingDays(lastDay, 1), '09:00');
    await consumeFor(tooLate, 2);
    expect((await view(tooLate)).clock.supplementLate).toBe(true);
    await t.services.caseSweeper.sweep();
    const deemed = await view(tooLate);
    expect(deemed.status).toBe('accepted');
    expect(deemed.clock.acceptedAt).toBe(DAY);
    expect(deemed.actions.slice(-2).map((a) => a.type)).toEqual(['supplement_delivered', 'deem_accept']);
    // a second pass does nothing more
    await t.services.caseSweeper.sweep();
    expect((await view(tooLate)).actions).toHaveLength(deemed.actions.length);
  });

  it('the stand-in gateway checks signatures as Alibaba Cloud does: the official SDK is accepted, a forged one refused', async () => {
    const client = new RPCClient({ accessKeyId: KEY.id, accessKeySecret: KEY.secret, endpoint: sim.url.replace(/\/$/, ''), apiVersion: '2017-05-25' });
    const params = { PhoneNumbers: '13800000000', SignName: '泰安市行政审批服务局', TemplateCode: 'SMS_1', TemplateParam: JSON.stringify({ code: '1234' }), RegionId: 'cn-hangzhou' };
    const ok = (await client.request('SendSms', params, { method: 'POST' })) as { Code: string };
    expect(ok.Code).toBe('OK');
    const forged = new RPCClient({ accessKeyId: KEY.id, accessKeySecret: 'wrong', endpoint: sim.url.replace(/\/$/, ''), apiVersion: '2017-05-25' });
    await expect(forged.request('SendSms', params, { method: 'POST' })).rejects.toThrow(/SignatureDoesNotMatch|signature/i);
  });

  it('holds a non-urgent SMS in quiet hours and sends it at 08:00; the inbox has it at once', async () => {
    now = beijing(DAY, '10:30');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await consumeFor(caseNo, 1);
    await t.services.notices.dispatcher.dispatch();
    now = beijing(DAY, '22:30');
    expect((await act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    await consumeFor(caseNo, 2);
    expect((await inbox()).items.some((n) => n.caseNo === caseNo && n.template === 'accepted')).toBe(true);
    const before = sim.received.length;
    await t.services.notices.dispatcher.dispatch();
    expect(sim.received.slice(before).filter((r) => r.params.caseNo === caseNo)).toEqual([]);
    now = beijing(addCalendarDays(DAY, 1), '08:01');
    await t.services.notices.dispatcher.dispatch();
    expect(sim.received.slice(before).filter((r) => r.params.caseNo === caseNo).map((r) => r.templateCode)).toEqual(['SHENPI_ACCEPTED']);
  });

  it('respects an SMS opt-out except for notices the law requires', async () => {
    now = beijing(addCalendarDays(DAY, 1), '10:00');
    const put = await call('PUT', '/api/v1/my/notice-settings', c.applicant1, { sms: false });
    expect(put.json()).toMatchObject({ sms: false, wechat: true, phone: '139****1234', smsAvailable: true, wechatBound: false });
    expect((await call('PUT', '/api/v1/my/notice-settings', c.applicant1, { sms: 'no' })).json().errors[0].path).toBe('sms');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    expect((await act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    await consumeFor(caseNo, 2);
    const before = sim.received.length;
    await t.services.notices.dispatcher.dispatch();
    // 申请已收到 is a courtesy: not sent; 受理通知 is required (行政许可法 第三十二条): sent anyway
    expect(sim.received.slice(before).filter((r) => r.params.caseNo === caseNo).map((r) => r.templateCode)).toEqual(['SHENPI_ACCEPTED']);
    expect((await inbox()).items.filter((n) => n.caseNo === caseNo).map((n) => n.template).sort()).toEqual(['accepted', 'received']);
    await call('PUT', '/api/v1/my/notice-settings', c.applicant1, { sms: true });
  });

  it('tells each person once per event, with consumers and dispatchers racing', async () => {
    now = beijing(addCalendarDays(DAY, 1), '11:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await Promise.all([consume(), consume(), consume()]);
    await consumeFor(caseNo, 1);
    await Promise.all([consume(), consume()]);
    expect((await inbox()).items.filter((n) => n.caseNo === caseNo)).toHaveLength(1);
    const before = sim.received.length;
    await Promise.all([t.services.notices.dispatcher.dispatch(), t.services.notices.dispatcher.dispatch()]);
    await t.services.notices.dispatcher.dispatch();
    const got = sim.received.slice(before).filter((r) => r.params.caseNo === caseNo);
    expect(got).toHaveLength(1);
    const ours = sim.received.flatMap((r) => (r.outId === null ? [] : [r.outId]));
    expect(new Set(ours).size).toBe(ours.length);
  });

  it('reminds of a 容缺 material 3 working days before its due day, once, naming the material', async () => {
    const day = workingDayFrom(cal, addCalendarDays(DAY, 3));
    now = beijing(day, '10:00');
    const tolerated = food.materials.find((m) => m.toleranceAllowed);
    if (!tolerated) throw new Error('no 容缺 material');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    const due = cal.addWorkingDays(day, 10);
    const accepted = await act(caseNo, c.clerk1 ?? '', 'accept_pending', { pending: [{ materialCode: tolerated.code, dueDate: due }] });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await consumeFor(caseNo, 2);
    // a week on, three working days remain: the sweeper's pass writes the reminder; a second pass does not repeat it
    now = beijing(cal.addWorkingDays(day, 7), '09:00');
    await t.services.caseSweeper.sweep();
    await t.services.caseSweeper.sweep();
    await consumeFor(caseNo, 3);
    await consume();
    const reminders = (await inbox()).items.filter((n) => n.caseNo === caseNo && n.template === 'pending_due');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain(`须于 ${due} 前补齐（还剩 3 个工作日）：${tolerated.name}`);
  });

  it("marks read one's own notices only", async () => {
    const { items, unread } = await inbox();
    const first = items[0];
    if (!first) throw new Error('no notice');
    expect((await call('POST', '/api/v1/my/notices/read', c.agent1, { id: first.id })).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/my/notices/read', c.applicant1, { id: first.id })).json()).toEqual({ marked: 1 });
    expect((await call('GET', '/api/v1/my/notices/unread', c.applicant1)).json()).toEqual({ unread: unread - 1 });
    expect((await call('POST', '/api/v1/my/notices/read', c.applicant1, { id: 'x' })).json().errors[0].path).toBe('id');
    await call('POST', '/api/v1/my/notices/read', c.applicant1, {});
    expect((await call('GET', '/api/v1/my/notices/unread', c.applicant1)).json()).toEqual({ unread: 0 });
    expect((await call('GET', '/api/v1/my/notices', undefined)).statusCode).toBe(401);
  });
});
