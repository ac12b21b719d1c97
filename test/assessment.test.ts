/**
 * The window staff assessment over a small hand-made month (two months after the suite clock's, far from the demo's months):
 * two clerks of our own at the empty zones E and F, their tickets, sessions and ratings; then
 * complaints, a verified veto, conduct points, a configuration change, closing and an adjustment.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_CONFIG, monthOf } from '../src/domain/assessment.js';
import { addCalendarDays, toShanghaiDate, WorkingCalendar } from '../src/domain/calendar.js';
import { hashToken } from '../src/server/platform/auth.js';
import { waitingTicket } from '../src/server/modules/hall/queue.repository.js';
import { makeClerk, windowsOf } from './hall-fixtures.js';
import { suiteClock } from './db-template.js';
import { beijing, createTestApp, suiteToday, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const MONTH = addMonths(monthOf(suiteToday()), 2);
const NEXT = addMonths(MONTH, 1);
const LAST_DAY = addCalendarDays(`${NEXT}-01`, -1);
/** the month's working days, and its k-th (1-based) */
const WORKING = Array.from({ length: Number(LAST_DAY.slice(8)) }, (_, i) => addCalendarDays(`${MONTH}-01`, i)).filter((d) => cal.isWorkingDay(d));
const wd = (k: number) => WORKING[k - 1] as string;
// the month's last day, 14:00 in Beijing
let now = beijing(LAST_DAY, '14:00');
let t: TestContext;
let a: { userId: string; cookie: string };
let b: { userId: string; cookie: string };
let director: string;
let chief: string;
let hall1: string;
/** rating tokens of clerk B's tickets, used one by one */
const bTokens: string[] = [];

const send = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, payload, headers: cookie ? { cookie } : {} });
const get = (url: string, cookie?: string) => send('GET', url, cookie);
const post = (url: string, payload: object, cookie?: string) => send('POST', url, cookie, payload);
/** rows of our month (the demo seeds its own months), or every configuration version */
const count = async (table: 'assessment_complaints' | 'assessment_conduct_points' | 'assessment_configs' | 'assessment_adjustments' | 'assessment_faults') =>
  table === 'assessment_configs'
    ? (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
    : (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('month', '=', MONTH).executeTakeFirstOrThrow()).n;
const cardOf = async (cookie: string, staffId: string, month = MONTH) => {
  const res = await get(`/scorecards?month=${month}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { staffId: string }[]).find((c) => c.staffId === staffId) as Record<string, any>;
};
const component = (card: Record<string, any>, name: string) => (card.components as { component: string }[]).find((c) => c.component === name) as Record<string, any>;

/** `n` finished tickets of a clerk on a day at a window, each `minutes` from call to finish; returns their rating tokens. */
async function served(clerk: string, windowId: number, zone: string, day: string, n: number, minutes: number, from = 1): Promise<string[]> {
  const tokens: string[] = [];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const called = new Date(`${day}T09:${String(i * 2).padStart(2, '0')}:00+08:00`);
    const token = crypto.randomBytes(24).toString('base64url');
    tokens.push(token);
    rows.push(
      waitingTicket(day, zone, `${zone}${String(from + i).padStart(3, '0')}`, new Date(called.getTime() - 60_000), {
        status: 'done',
        window_id: windowId,
        staff_id: clerk,
        called_at: called,
        started_at: called,
        finished_at: new Date(called.getTime() + minutes * 60_000),
        rating_token_hash: hashToken(token),
      }),
    );
  }
  await t.database.db.insertInto('hall_tickets').values(rows).execute();
  return tokens;
}

async function rate(token: string, grade: string, reasons: string[] = [], device = crypto.randomUUID()) {
  const res = await post('/ratings', { token, grade, reasons, device });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number };
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  const db = t.database.db;
  a = await makeClerk(db, 'asmt_a', 'TA-D06');
  b = await makeClerk(db, 'asmt_b', 'TA-D07');
  [director, chief, hall1] = await Promise.all([t.login('director1'), t.login('chief1'), t.login('hall1')]);
  const [e] = await windowsOf(db, ['E']);
  const [f] = await windowsOf(db, ['F']);
  if (!e || !f) throw new Error('zones E and F need windows');
  // A: 3 days on window E, 4 tickets a day at 6 minutes; B: one day on F, 2 tickets at 15 minutes
  const aTokens: string[] = [];
  for (const [k, day] of [wd(2), wd(3), wd(4)].entries()) {
    await db.insertInto('hall_sessions').values({ window_id: e.id, day, user_id: a.userId, signed_in_at: new Date(`${day}T08:30:00+08:00`) }).execute();
    aTokens.push(...(await served(a.userId, e.id, 'E', day, 4, 6, k * 4 + 1)));
  }
  await db.insertInto('hall_sessions').values({ window_id: f.id, day: wd(5), user_id: b.userId, signed_in_at: beijing(wd(5), '08:30') }).execute();
  bTokens.push(...(await served(b.userId, f.id, 'F', wd(5), 2, 15)));
  bTokens.push(...(await served(b.userId, f.id, 'F', wd(6), 2, 15, 3)));
  // ratings on the month's last day: A 非常满意 ×2 and 满意; B 满意
  await rate(aTokens[0] as string, 'very_satisfied');
  await rate(aTokens[1] as string, 'very_satisfied');
  await rate(aTokens[2] as string, 'satisfied');
  await rate(bTokens.shift() as string, 'satisfied');
});
afterAll(() => t.close());

describe('the scorecard of a month', () => {
  it('scores each component from the sources, with counts and explanations', async () => {
    const card = await cardOf(director, a.userId);
    expect(card).toMatchObject({ username: 'asmt_a', departmentCode: 'TA-D06', vetoed: false });
    // 12 tickets over 3 days against 20 a day
    expect(component(card, 'volume')).toMatchObject({ count: 12, score: 20, weight: 20 });
    expect(component(card, 'service_time')).toMatchObject({ count: 12, score: 100 });
    expect(component(card, 'service_time').detail).toContain('平均 6 分钟');
    // (5 + 5 + 4) / 3 → (4.667 − 1) / 4
    expect(component(card, 'ratings')).toMatchObject({ count: 3, score: 91.7 });
    // 3 of the month's working days
    expect(component(card, 'attendance')).toMatchObject({ count: 3, score: Math.round((300 / WORKING.length) * 10) / 10 });
    expect(component(card, 'complaints')).toMatchObject({ count: 0, score: 100 });
    // no cases, no rectifications: left out, their weight shared by the others
    expect(component(card, 'on_time')).toMatchObject({ score: null, points: 0 });
    expect(component(card, 'rectification')).toMatchObject({ score: null, points: 0 });
    const applicable = 20 + 10 + 25 + 10 + 5;
    const expected = (20 * 20 + 100 * 10 + (275 / 3) * 25 + (300 / WORKING.length) * 10 + 100 * 5) / applicable;
    expect(card.total).toBe(Math.round(expected * 10) / 10);
    // 61.7: just above the pass line, on the yellow list
    expect(card.band).toBe('pass');
    expect(card.flag).toBe('yellow');
  });

  it('lists the records behind every component', async () => {
    const res = await get(`/scorecards/${a.userId}/records?month=${MONTH}&component=volume`, director);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ staffId: a.userId, frozen: false });
    expect(body.components).toHaveLength(1);
    expect(body.components[0].items).toHaveLength(12);
    expect(body.components[0].items[0].ref).toMatch(/^ticket:\d+$/);
    const all = (await get(`/scorecards/${a.userId}/records?month=${MONTH}`, director)).json();
    const ratings = all.components.find((c: { component: string }) => c.component === 'ratings');
    expect(ratings.items.map((r: { title: string }) => r.title.split(' ')[0])).toEqual(['非常满意', '非常满意', '满意']);
    const attendance = all.components.find((c: { component: string }) => c.component === 'attendance');
    expect(attendance.items.map((r: { date: string }) => r.date)).toEqual([wd(2), wd(3), wd(4)]);
  });

  it('shows a clerk only their own row, a chief their department, the director everyone', async () => {
    const mine = (await get(`/scorecards?month=${MONTH}`, a.cookie)).json();
    expect(mine.items.map((c: { staffId: string }) => c.staffId)).toEqual([a.userId]);
    expect(mine.windows).toEqual([]);
    expect((await get(`/scorecards/${b.userId}/records?month=${MONTH}`, a.cookie)).statusCode).toBe(404);
    expect((await get(`/scorecards/${a.userId}/records?month=${MONTH}`, a.cookie)).statusCode).toBe(200);
    const team = (await get(`/scorecards?month=${MONTH}`, chief)).json();
    const ids = team.items.map((c: { staffId: string }) => c.staffId);
    expect(ids).toContain(a.userId);
    expect(ids).not.toContain(b.userId);
    expect(team.items.every((c: { departmentCode: string }) => c.departmentCode === 'TA-D06')).toBe(true);
    const all = (await get(`/scorecards?month=${MONTH}`, director)).json();
    expect(all.items.map((c: { staffId: string }) => c.staffId)).toEqual(expect.arrayContaining([a.userId, b.userId]));
    expect(all.items.map((c: { rank: number }) => c.rank)).toEqual(all.items.map((_: unknown, i: number) => i + 1));
    expect(all.windows.map((w: { window: string }) => w.window)).toEqual(expect.arrayContaining([expect.stringMatching(/^E01/), expect.stringMatching(/^F01/)]));
    expect((await get(`/scorecards?month=${MONTH}`, await t.login('applicant1'))).statusCode).toBe(403);
    expect((await get(`/scorecards?month=${MONTH}`, hall1)).statusCode).toBe(403);
    expect((await get(`/scorecards?month=${MONTH}`)).statusCode).toBe(401);
  });

  it('answers 400 naming month for a malformed or future month', async () => {
    for (const m of ['2027-3', '2027-13', 'march', '2027-03-01', addMonths(MONTH, 2)]) {
      const res = await get(`/scorecards?month=${m}`, director);
      expect(res.statusCode, m).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path).join(), m).toMatch(/month/);
    }
  });
});

describe('complaints and the one-vote veto', () => {
  let complaintId: string;

  it('records a complaint once however often the request is retried, and refuses bad input naming the field', async () => {
    const before = await count('assessment_complaints');
    const body = { staffId: a.userId, occurredOn: `${MONTH}-10`, category: 'corruption', source: '12345热线', summary: '申请人（13905381234）反映窗口人员暗示送礼', requestKey: 'asmt-test-complaint-1' };
    const [x, y] = await Promise.all([post('/assessment/complaints', body, hall1), post('/assessment/complaints', body, hall1)]);
    expect([x.statusCode, y.statusCode]).toEqual([201, 201]);
    expect(x.json().id).toBe(y.json().id);
    expect(x.json().summary).toContain('139****1234');
    expect(await count('assessment_complaints')).toBe(before + 1);
    complaintId = x.json().id;
    const bad: [object, string][] = [
      [{ ...body, requestKey: 'asmt-test-c-2', staffId: crypto.randomUUID() }, 'staffId'],
      [{ ...body, requestKey: 'asmt-test-c-3', occurredOn: `${NEXT}-10` }, 'occurredOn'],
      [{ ...body, requestKey: 'asmt-test-c-4', occurredOn: '2027-02-30' }, 'occurredOn'],
      [{ ...body, requestKey: 'asmt-test-c-5', category: 'bribe' }, 'category'],
      [{ ...body, requestKey: 'asmt-test-c-6', summary: ' ' }, 'summary'],
    ];
    for (const [payload, field] of bad) {
      const res = await post('/assessment/complaints', payload, hall1);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path).join(), field).toContain(field);
    }
    expect(await count('assessment_complaints')).toBe(before + 1);
    expect((await post('/assessment/complaints', { ...body, requestKey: 'asmt-test-c-7' }, a.cookie)).statusCode).toBe(403);
    expect((await post('/assessment/complaints', { ...body, requestKey: 'asmt-test-c-8' }, chief)).statusCode).toBe(403);
  });

  it('fails the month of a verified 吃拿卡要 whatever the score, and tells the clerk who verified it and when', async () => {
    const decided = await post(`/assessment/complaints/${complaintId}/decision`, { substantiated: true, finding: '调取录像属实', rev: 1 }, hall1);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'substantiated', decidedBy: '冯大厅（大厅管理员）' });
    expect((await post(`/assessment/complaints/${complaintId}/decision`, { substantiated: false, finding: '再议', rev: 1 }, hall1)).statusCode).toBe(409);
    // substantiated but not yet verified: counted as a complaint, no veto
    const before = await cardOf(director, a.userId);
    expect(component(before, 'complaints')).toMatchObject({ count: 1, score: 50 });
    expect(before.vetoed).toBe(false);

    const faults = (await get(`/assessment/faults?month=${MONTH}`, director)).json().items;
    const candidate = faults.find((f: { sourceRef: string }) => f.sourceRef === `complaint:${complaintId}`);
    expect(candidate).toMatchObject({ kind: 'corruption_complaint', staffId: a.userId, decision: null });
    expect((await get(`/assessment/faults?month=${MONTH}`, chief)).statusCode).toBe(403);

    const verify = { month: MONTH, sourceRef: `complaint:${complaintId}`, decision: 'verified', note: '纪检组核实' };
    expect((await post('/assessment/faults', verify, chief)).statusCode).toBe(403);
    const [v1, v2] = await Promise.all([post('/assessment/faults', verify, director), post('/assessment/faults', verify, director)]);
    expect([v1.statusCode, v2.statusCode], v1.body + v2.body).toEqual([200, 200]);
    expect(await count('assessment_faults')).toBe(1);
    expect((await post('/assessment/faults', { ...verify, decision: 'dismissed' }, director)).json().code).toBe('ASSESSMENT.FAULT_DECIDED');
    const notAFault = await post('/assessment/faults', { ...verify, sourceRef: `complaint:${crypto.randomUUID()}` }, director);
    expect(notAFault.statusCode).toBe(400);
    expect(notAFault.json().errors[0].path).toBe('sourceRef');

    // a perfect-looking B would pass; A fails whatever the score
    const after = await cardOf(a.cookie, a.userId);
    expect(after).toMatchObject({ vetoed: true, band: 'fail', bandName: '不合格', flag: 'red' });
    expect(after.total).toBe(before.total);
    expect(after.vetoes).toEqual([
      expect.objectContaining({ kind: 'corruption_complaint', kindName: expect.stringContaining('吃拿卡要'), verifiedBy: '冯局长', note: '纪检组核实', verifiedAt: now.toISOString() }),
    ]);
    // the vetoed are ranked last
    const all = (await get(`/scorecards?month=${MONTH}`, director)).json().items;
    expect(all[all.length - 1].staffId).toBe(a.userId);
  });

  it('offers a 非常不满意 about conduct as a candidate, not other bad ratings', async () => {
    const conductRating = await rate(bTokens.shift() as string, 'very_dissatisfied', ['服务态度差']);
    const other = await rate(bTokens.shift() as string, 'very_dissatisfied', ['等候时间长']);
    const refs = (await get(`/assessment/faults?month=${MONTH}`, director)).json().items.map((f: { sourceRef: string; kind: string }) => `${f.kind} ${f.sourceRef}`);
    expect(refs).toContain(`conduct_rating rating:${conductRating.id}`);
    expect(refs.join()).not.toContain(`rating:${other.id}`);
  });
});

describe('conduct points', () => {
  it('lets a chief give points to their own team only, with a reason, once per request', async () => {
    const body = { staffId: a.userId, month: MONTH, points: 2.5, reason: '主动延时服务', requestKey: 'asmt-test-conduct-1' };
    const res = await post('/assessment/conduct-points', body, chief);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ points: 2.5, givenBy: '钱科长（市场准入审批科）' });
    expect((await post('/assessment/conduct-points', body, chief)).json().id).toBe(res.json().id);
    expect(await count('assessment_conduct_points')).toBe(1);
    expect((await post('/assessment/conduct-points', { ...body, staffId: b.userId, requestKey: 'asmt-test-conduct-2' }, chief)).statusCode).toBe(403);
    expect((await post('/assessment/conduct-points', { ...body, requestKey: 'asmt-test-conduct-3' }, a.cookie)).statusCode).toBe(403);
    for (const [patch, field] of [[{ points: 0 }, 'points'], [{ points: 11 }, 'points'], [{ points: 1.25 }, 'points'], [{ month: NEXT }, 'month'], [{ reason: '' }, 'reason']] as const) {
      const bad = await post('/assessment/conduct-points', { ...body, ...patch, requestKey: `asmt-test-conduct-${field}-${JSON.stringify(patch)}` }, chief);
      expect(bad.statusCode, JSON.stringify(patch)).toBe(400);
      expect(bad.json().errors.map((e: { path: string }) => e.path).join()).toContain(field);
    }
    expect(await count('assessment_conduct_points')).toBe(1);
    const card = await cardOf(director, a.userId);
    expect(component(card, 'conduct')).toMatchObject({ count: 1, points: 2.5 });
    const drill = (await get(`/scorecards/${a.userId}/records?month=${MONTH}&component=conduct`, a.cookie)).json();
    expect(drill.components[0].items[0]).toMatchObject({ value: 2.5, detail: expect.stringContaining('主动延时服务') });
  });
});

describe('configuration with history', () => {
  it('applies a change from the next month only, and refuses a bad one naming the field', async () => {
    const march = await cardOf(director, b.userId);
    const before = await count('assessment_configs');
    const bad = await send('PUT', '/assessment/config', director, { config: { ...DEFAULT_CONFIG, weights: { ...DEFAULT_CONFIG.weights, volume: 19 } }, reason: '调整' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('config.weights');
    expect((await send('PUT', '/assessment/config', chief, { config: DEFAULT_CONFIG, reason: '调整' })).statusCode).toBe(403);
    expect(await count('assessment_configs')).toBe(before);

    const changed = { ...DEFAULT_CONFIG, weights: { volume: 5, on_time: 20, service_time: 10, ratings: 40, rectification: 10, attendance: 10, complaints: 5 }, bands: { excellent: 85, good: 75, pass: 55 } };
    const res = await send('PUT', '/assessment/config', director, { config: changed, reason: '加大好差评权重' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ month: MONTH, current: { effectiveMonth: null }, pending: { effectiveMonth: NEXT, reason: '加大好差评权重', createdBy: '冯局长' } });
    const after = await cardOf(director, b.userId);
    expect(after.total).toBe(march.total);
    expect((await get(`/scorecards?month=${MONTH}`, director)).json()).toMatchObject({ configEffectiveMonth: null, config: DEFAULT_CONFIG });

    now = beijing(`${NEXT}-01`);
    const april = (await get(`/scorecards?month=${NEXT}`, director)).json();
    expect(april).toMatchObject({ configEffectiveMonth: NEXT, config: changed });
    expect((await get('/assessment/config', a.cookie)).json().current).toEqual({ effectiveMonth: NEXT, config: changed });
  });
});

describe('closing a month', () => {
  let frozen: { items: Record<string, any>[] };

  it('closes an ended month once, freezing every scorecard', async () => {
    now = beijing(`${NEXT}-02`);
    expect((await post('/assessment/month-closings', { month: NEXT }, director)).json().code).toBe('ASSESSMENT.MONTH_NOT_OVER');
    expect((await post('/assessment/month-closings', { month: MONTH }, chief)).statusCode).toBe(403);
    const live = (await get(`/scorecards?month=${MONTH}`, director)).json();
    const [x, y] = await Promise.all([post('/assessment/month-closings', { month: MONTH }, director), post('/assessment/month-closings', { month: MONTH }, director)]);
    const codes = [x.statusCode, y.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const ok = x.statusCode === 200 ? x : y;
    frozen = ok.json();
    expect(frozen).toMatchObject({ month: MONTH, closed: { closedBy: '冯局长' } });
    // the frozen cards were computed from a row per ticket and rating, the live ones from counts: the same
    expect(frozen.items).toEqual(live.items);
    const months = (await get('/assessment/months', a.cookie)).json();
    expect(months.items.map((m: { month: string }) => m.month)).toContain(MONTH);
  });

  it('does not move a closed month when sources change later, and refuses new records for it', async () => {
    // a rating of a March service that reaches the database after the closing
    const ticket = await t.database.db.selectFrom('hall_tickets').select(['id', 'window_id']).where('staff_id', '=', a.userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('hall_ratings')
      .values({ service_ref: `ticket:${ticket.id}`, ticket_id: ticket.id, case_no: null, zone_code: 'E', window_id: ticket.window_id, staff_id: a.userId, item_code: null, grade: 'very_dissatisfied', reasons: '[]', comment: '', channel: 'link', device: 'late', phone: null, flagged: false, created_at: beijing(addCalendarDays(LAST_DAY, -1)) })
      .execute();
    const again = (await get(`/scorecards?month=${MONTH}`, director)).json();
    expect(again.items).toEqual(frozen.items);
    const drill = (await get(`/scorecards/${a.userId}/records?month=${MONTH}&component=ratings`, director)).json();
    expect(drill.frozen).toBe(true);
    expect(drill.components[0].items).toHaveLength(3);

    const complaint = await post('/assessment/complaints', { staffId: b.userId, occurredOn: `${MONTH}-20`, category: 'attitude', source: '现场', summary: '态度差', requestKey: 'asmt-test-late-1' }, hall1);
    expect(complaint.json().code).toBe('ASSESSMENT.MONTH_CLOSED');
    const points = await post('/assessment/conduct-points', { staffId: a.userId, month: MONTH, points: 1, reason: '补记', requestKey: 'asmt-test-late-2' }, chief);
    expect(points.json().code).toBe('ASSESSMENT.MONTH_CLOSED');
  });

  it('records an adjustment with who and why, beside the frozen score; a veto stays a fail', async () => {
    const before = frozen.items.find((c) => c.staffId === b.userId) as Record<string, any>;
    const body = { month: MONTH, staffId: b.userId, points: 3, reason: '系统故障期间的办件漏计', requestKey: 'asmt-test-adjust-1' };
    expect((await post('/assessment/adjustments', body, chief)).statusCode).toBe(403);
    const res = await post('/assessment/adjustments', body, director);
    expect(res.statusCode, res.body).toBe(201);
    expect((await post('/assessment/adjustments', body, director)).statusCode).toBe(201);
    expect(await count('assessment_adjustments')).toBe(1);
    const card = res.json();
    expect(card.total).toBe(before.total);
    expect(card.adjusted.total).toBe(Math.min(100, Math.round((before.total + 3) * 10) / 10));
    expect(card.adjustments).toEqual([expect.objectContaining({ points: 3, reason: '系统故障期间的办件漏计', madeBy: '冯局长' })]);
    const vetoed = (await post('/assessment/adjustments', { ...body, staffId: a.userId, points: 20, requestKey: 'asmt-test-adjust-2' }, director)).json();
    expect(vetoed.adjusted).toMatchObject({ band: 'fail', flag: 'red' });
    expect((await post('/assessment/adjustments', { ...body, month: NEXT, requestKey: 'asmt-test-adjust-3' }, director)).json().code).toBe('ASSESSMENT.MONTH_OPEN');
    const bad = await post('/assessment/adjustments', { ...body, points: 25, requestKey: 'asmt-test-adjust-4' }, director);
    expect(bad.json().errors[0].path).toBe('points');
  });

  it('audits every write', async () => {
    const actions = (await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'assessment.%').execute()).map((r) => r.action);
    for (const a of ['assessment.complaint_recorded', 'assessment.complaint_decided', 'assessment.fault_verified', 'assessment.conduct_points', 'assessment.config', 'assessment.month_closed', 'assessment.adjustment'])
      expect(actions, a).toContain(a);
    expect(actions.filter((x) => x === 'assessment.month_closed')).toHaveLength(1);
  });
});

describe('cases in the on-time rate (the demo months)', () => {
  it('counts exactly the cases the clerk accepted that were decided in the month, each linked', async () => {
    // the demo months: the suite clock's month and the one before
    const real = suiteClock()();
    now = real;
    try {
      const db = t.database.db;
      const clerk1 = (await db.selectFrom('users').select('id').where('username', '=', 'clerk1').executeTakeFirstOrThrow()).id;
      let checked = 0;
      const current = monthOf(toShanghaiDate(real));
      for (const month of [current, addMonths(current, -1)]) {
        const drill = (await get(`/scorecards/${clerk1}/records?month=${month}&component=on_time`, director)).json();
        const counted = drill.components[0].items.filter((r: { counted: boolean }) => r.counted);
        const card = await cardOf(director, clerk1, month);
        expect(component(card, 'on_time').count).toBe(counted.length);
        for (const r of counted) {
          const caseNo = r.ref.replace(/^case:/, '');
          const actions = await db.selectFrom('case_actions').select(['type', 'actor_id', 'on_day']).where('case_no', '=', caseNo).execute();
          expect(actions.some((a) => ['accept', 'accept_pending'].includes(a.type) && a.actor_id === clerk1), caseNo).toBe(true);
          expect(actions.find((a) => a.type === 'approve' || a.type === 'refuse')?.on_day.slice(0, 7), caseNo).toBe(month);
          checked++;
        }
        // and none is missing: every case clerk1 accepted and decided in the month is in the list
        const expected = await db
          .selectFrom('case_actions as a')
          .innerJoin('case_actions as d', 'd.case_no', 'a.case_no')
          .select('a.case_no')
          .distinct()
          .where('a.type', 'in', ['accept', 'accept_pending'])
          .where('a.actor_id', '=', clerk1)
          .where('d.type', 'in', ['approve', 'refuse'])
          .where('d.on_day', 'like', `${month}-%`)
          .execute();
        expect(counted.map((r: { ref: string }) => r.ref).sort()).toEqual(expected.map((e) => `case:${e.case_no}`).sort());
      }
      expect(checked).toBeGreaterThan(0);
    } finally {
      now = beijing(`${NEXT}-02`);
    }
  });
});
