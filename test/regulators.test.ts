/**
 * The regulators' workbench (issue #22): a regulator's staff see the decisions and licences of the
 * items their department supervises, acknowledge each within two working days (from the service
 * clock), and send supervision results through the exchange's own inbound path and receipts.
 * Scoping: another department's staff see none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, toShanghaiDate } from '../src/domain/calendar.js';
import ExcelJS from 'exceljs';
import { caseHelpers, type Item } from './case-helpers.js';
import { postInbound, regulatorSystem } from './exchange-fixtures.js';
import { beijing, createTestApp, DEMO_PASSWORD, testEpoch, type TestContext } from './harness.js';

// day(0) is a Monday weeks after the demo's today, in a plain week
const EPOCH = testEpoch();
const day = (n: number) => addCalendarDays(EPOCH, n);
let now = beijing(day(2));
let t: TestContext;
const c: Record<string, string> = {};
const h = caseHelpers(() => t);
let food: Item;
let caseNo = '';
let licenceNo = '';
let otherDept = '';
/** TA-R20's figures before this file's actions (the demo's exchange history) */
let baseline = { inspections: 0, problems: 0, suspendRequests: 0, revokeRequests: 0, openRequests: 0, late: 0, onTime: 0, acknowledged: 0, sentFromWorkbench: 0 };

interface EventView {
  seq: number;
  on: string;
  type: string;
  subject: string;
  caseNo: string | null;
  licenceNo: string | null;
  due: string;
  acknowledgedAt: string | null;
  late: boolean;
  overdue: boolean;
}

async function drain() {
  for (let i = 0; i < 20; i++) if ((await t.services.exchange.dispatchOnce()).events === 0) return;
}

async function events(cookie: string | undefined, query = '') {
  const res = await h.call('GET', `/api/v1/regulators/events${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as EventView[];
}

let messages = 0;
const send = (cookie: string | undefined, body: object) => h.call('POST', '/api/v1/regulators/messages', cookie, { messageId: `WB-TEST-${++messages}`, occurredOn: day(7), ...body });

beforeAll(async () => {
  // insecure endpoints: the regulator system's subscription (test/exchange-fixtures.ts) points at a loopback address
  t = await createTestApp({ SHENPI_EXCHANGE_ALLOW_INSECURE: '1' }, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'chief1', 'admin', 'regulator1', 'director1']) c[u] = await t.login(u);
  food = await h.item('食品经营许可');
  // a regulator department that does not supervise the food licence, with its own staff member
  const db = t.database.db;
  otherDept = (
    await db
      .selectFrom('departments')
      .select('code')
      .where('kind', '=', 'regulator')
      .where('code', 'not in', (eb) => eb.selectFrom('item_regulators').select('department_code').where('item_code', '=', food.code))
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
  const created = await h.call('POST', '/api/v1/users', c.admin, { username: 'regulator9', displayName: '外部门监管', password: DEMO_PASSWORD, roles: [{ role: 'regulator', departmentCode: otherDept }] });
  expect(created.statusCode, created.body).toBe(201);
  c.regulator9 = await t.login('regulator9');
  baseline = (await h.call('GET', '/api/v1/regulators/overview', c.regulator1)).json().items[0];
  // a food licence approved on day(2), a Wednesday
  caseNo = await h.submitted(food, c.applicant1 ?? '');
  expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
  const approved = await h.act(caseNo, c.chief1 ?? '', 'approve', { opinion: '同意' });
  expect(approved.statusCode, approved.body).toBe(200);
  await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.applicant1);
  licenceNo = (await h.call('GET', `/api/v1/licences?caseNo=${caseNo}`, c.applicant1)).json().items[0].no;
  await drain();
}, 120_000);
afterAll(async () => t?.close());

describe('the workbench: events of the department\'s items, acknowledged within two working days', () => {
  it('shows the decision and the licence to the supervising department only', async () => {
    const mine = await events(c.regulator1);
    const decision = mine.find((e) => e.type === 'case.decided' && e.caseNo === caseNo);
    const issued = mine.find((e) => e.type === 'licence.issued' && e.licenceNo === licenceNo);
    expect(decision).toBeDefined();
    expect(issued).toBeDefined();
    // submissions and acceptances are not to acknowledge
    expect(mine.some((e) => e.type === 'case.submitted' || e.type === 'case.accepted')).toBe(false);
    // two working days from the service clock's date of the decision (Wednesday → Friday)
    const cal = await t.calendar();
    expect(decision?.due).toBe(cal.addWorkingDays(day(2), 2));
    expect(decision?.on).toBe(day(2));
    expect(decision).toMatchObject({ acknowledgedAt: null, overdue: false, late: false });

    // another department's staff: none of it, and asking for it is refused
    expect((await events(c.regulator9)).some((e) => e.subject === caseNo || e.subject === licenceNo)).toBe(false);
    expect((await h.call('GET', '/api/v1/regulators/events?departmentCode=TA-R20', c.regulator9)).statusCode).toBe(403);
    expect((await h.call('POST', `/api/v1/regulators/events/${decision?.seq}/acknowledge`, c.regulator9)).statusCode).toBe(404);
    // an applicant or a window clerk has no workbench; the bureau's analytics read any department's (drill-down)
    expect((await h.call('GET', '/api/v1/regulators/events', c.applicant1)).statusCode).toBe(403);
    expect((await h.call('POST', `/api/v1/regulators/events/${decision?.seq}/acknowledge`, c.clerk1)).statusCode).toBe(403);
    expect((await events(c.director1, '?departmentCode=TA-R20')).some((e) => e.subject === caseNo)).toBe(true);
    expect((await h.call('GET', '/api/v1/regulators/events', c.director1)).json().errors[0].path).toBe('departmentCode');
    expect((await h.call('GET', '/api/v1/regulators/events?status=soon', c.regulator1)).statusCode).toBe(400);
  });

  it('on time by the due date, late after it; overdue while open; acknowledging twice changes nothing', async () => {
    const cal = await t.calendar();
    const list = await events(c.regulator1);
    const decision = list.find((e) => e.type === 'case.decided' && e.caseNo === caseNo) as EventView;
    const issued = list.find((e) => e.type === 'licence.issued' && e.licenceNo === licenceNo) as EventView;
    // on the due date, in the evening: on time
    now = beijing(decision.due, '21:00');
    const onTime = await h.call('POST', `/api/v1/regulators/events/${decision.seq}/acknowledge`, c.regulator1);
    expect(onTime.statusCode, onTime.body).toBe(200);
    expect(onTime.json()).toMatchObject({ late: false, overdue: false, acknowledgedBy: '沈监管（市场监督管理局）' });
    // the next working day after the licence's due date: overdue until acknowledged, then late
    now = beijing(cal.addWorkingDays(issued.due, 1));
    expect((await events(c.regulator1, '?status=overdue')).map((e) => e.seq)).toContain(issued.seq);
    const late = await h.call('POST', `/api/v1/regulators/events/${issued.seq}/acknowledge`, c.regulator1);
    expect(late.json()).toMatchObject({ late: true, overdue: false });
    expect((await events(c.regulator1, '?status=overdue')).map((e) => e.seq)).not.toContain(issued.seq);
    const late2 = (await events(c.regulator1, '?status=late')).map((e) => e.seq);
    expect(late2).toContain(issued.seq);
    expect(late2).not.toContain(decision.seq);
    const at = late.json().acknowledgedAt;
    now = beijing(cal.addWorkingDays(issued.due, 3));
    const again = await h.call('POST', `/api/v1/regulators/events/${issued.seq}/acknowledge`, c.regulator1);
    expect(again.json().acknowledgedAt).toBe(at);
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'exchange.acknowledge').where('target_id', '=', String(issued.seq)).execute();
    expect(audits).toHaveLength(1);
  });
});

describe('supervision results from the workbench: the exchange\'s inbound path and receipts', () => {
  it('an inspection result is recorded once per message id, with a receipt signed by the bureau', async () => {
    const body = { messageId: 'WB-INSP-1', occurredOn: day(7), type: 'inspection', licenceNo, result: 'fail', summary: '后厨卫生不达标，责令限期整改' };
    const first = await h.call('POST', '/api/v1/regulators/messages', c.regulator1, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ messageId: 'WB-INSP-1', departmentCode: 'TA-R20', status: 'applied', effect: 'recorded', keyId: expect.any(String), signature: expect.any(String) });
    // sent again (a double click, a retry): the same record, the same receipt
    const second = await h.call('POST', '/api/v1/regulators/messages', c.regulator1, body);
    expect(second.json()).toMatchObject({ logHash: first.json().logHash, receivedAt: first.json().receivedAt });
    const changed = await h.call('POST', '/api/v1/regulators/messages', c.regulator1, { ...body, summary: '另一内容' });
    expect(changed.statusCode).toBe(409);
    const mine = (await h.call('GET', '/api/v1/exchange/inbound', c.regulator1)).json().items;
    expect(mine.filter((m: { messageId: string }) => m.messageId === 'WB-INSP-1')).toHaveLength(1);
    expect(mine[0]).toMatchObject({ sentByName: '沈监管（市场监督管理局）', departmentCode: 'TA-R20' });
    // the other department sees none of it and cannot act on the licence
    expect((await h.call('GET', '/api/v1/exchange/inbound', c.regulator9)).json().items).toEqual([]);
    const foreign = await send(c.regulator9, { type: 'suspend_request', licenceNo, reason: '越权' });
    expect([foreign.statusCode, foreign.json().errors?.[0]?.path]).toEqual([403, 'licenceNo']);
    // the chain of the exchange log still verifies with the workbench's messages on it
    expect((await h.call('GET', '/api/v1/exchange/log/verify', c.director1)).json()).toMatchObject({ ok: true, brokenAt: null });
  });

  it('bad input names the field and writes nothing', async () => {
    const before = await t.database.db.selectFrom('exchange_inbound').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bad = await send(c.regulator1, { type: 'penalty', licenceNo: 'TAXK-NOPE', decisionNo: '泰市监罚〔2026〕1号', summary: 'x' });
    expect([bad.statusCode, bad.json().errors[0].path]).toEqual([400, 'licenceNo']);
    const noReason = await send(c.regulator1, { type: 'suspend_request', licenceNo, reason: ' ' });
    expect([noReason.statusCode, noReason.json().errors[0].path]).toEqual([400, 'reason']);
    const after = await t.database.db.selectFrom('exchange_inbound').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await send(c.applicant1, { type: 'suspend_request', licenceNo, reason: 'x' })).statusCode).toBe(403);
  });

  it('a suspension request suspends the licence; a revocation request waits for the director', async () => {
    const suspended = await send(c.regulator1, { type: 'suspend_request', licenceNo, reason: '整改期间暂停经营' });
    expect(suspended.json()).toMatchObject({ status: 'applied', effect: 'licence.suspended' });
    expect((await h.call('GET', `/api/v1/licences/${licenceNo}`, c.director1)).json()).toMatchObject({ status: 'suspended', statusBy: '泰安市市场监督管理局' });
    const revoke = await send(c.regulator1, { type: 'revoke_request', licenceNo, reason: '拒不整改，情节严重' });
    expect(revoke.json()).toMatchObject({ status: 'awaiting_confirmation' });
    expect((await h.call('GET', `/api/v1/licences/${licenceNo}`, c.director1)).json().status).toBe('suspended');
    const waiting = (await h.call('GET', '/api/v1/exchange/inbound?status=awaiting_confirmation', c.director1)).json().items;
    expect(waiting.map((m: { licenceNo: string }) => m.licenceNo)).toContain(licenceNo);
  });

  it('the overview counts the department\'s licences, checks, problems, acknowledgement times and open requests', async () => {
    // the demo's history is there too: count what this test added over it
    const demo = (await h.call('GET', '/api/v1/regulators/overview?departmentCode=TA-R20', c.director1)).json().items[0];
    const mine = await h.call('GET', '/api/v1/regulators/overview', c.regulator1);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    expect(mine.json().today).toBe(toShanghaiDate(now));
    expect(mine.json().items[0]).toEqual(demo);
    expect(mine.json().items[0]).toMatchObject({ departmentCode: 'TA-R20', inspections: baseline.inspections + 1, problems: baseline.problems + 1, suspendRequests: baseline.suspendRequests + 1 });
    expect(mine.json().items[0]).toMatchObject({ revokeRequests: baseline.revokeRequests + 1, openRequests: baseline.openRequests + 1, late: baseline.late + 1, onTime: baseline.onTime + 1, sentFromWorkbench: baseline.sentFromWorkbench + 3 });
    expect(mine.json().items[0].onTimeRate).toBeCloseTo((baseline.onTime + 1) / (baseline.acknowledged + 2));
    expect(mine.json().items[0].avgAckDays).toBeGreaterThan(0);
    expect((await h.call('GET', `/api/v1/regulators/overview?departmentCode=${otherDept}`, c.regulator1)).statusCode).toBe(403);
    const all = (await h.call('GET', '/api/v1/regulators/overview', c.director1)).json().items;
    expect(all).toHaveLength(27);
    expect(all.find((r: { departmentCode: string }) => r.departmentCode === otherDept)).toMatchObject({ inspections: 0, sentFromWorkbench: 0 });
    expect((await h.call('GET', '/api/v1/regulators/overview', c.clerk1)).statusCode).toBe(403);
  });
});

describe('大数据分析 per regulator: acknowledgement times and supervision activity over a period, the records behind each figure, Excel', () => {
  interface Figures { departmentCode: string; events: number; acknowledged: number; onTime: number; late: number; overdue: number; inspections: number; problems: number; penalties: number; suspendRequests: number; revokeRequests: number; blacklist: number; openRequests: number; deliveries: number; receiptOnTimeRate: number | null }
  interface Record_ { kind: string; ref: string; departmentCode: string; type: string; subject: string; state: string; by: string | null }
  const overview = async (cookie: string | undefined, query: string) => {
    const res = await h.call('GET', `/api/v1/regulators/overview${query}`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Figures[];
  };
  const records = async (cookie: string | undefined, query: string) => {
    const res = await h.call('GET', `/api/v1/regulators/records${query}`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: Record_[] };
  };

  it('a message from the department\'s system (API key, Standard Webhooks) counts beside the workbench\'s', async () => {
    const system = await regulatorSystem(t.app, c.admin ?? '', 'TA-R20');
    const res = await postInbound(t.app, system, { messageId: 'SYS-PEN-1', type: 'penalty', licenceNo, occurredOn: day(8), decisionNo: '泰市监罚〔2026〕9号', amountYuan: 2000, summary: '超范围经营' });
    expect(res.statusCode, res.body).toBe(200);
    const penalties = await records(c.regulator1, `?figure=penalties&from=${day(0)}&to=${day(20)}`);
    expect(penalties.items.find((r) => r.ref === 'SYS-PEN-1')).toMatchObject({ kind: 'message', type: 'penalty', subject: licenceNo, by: '监管系统接口', state: '已处理' });
  });

  it('each figure of a period equals the number of records behind it; the period leaves out what happened outside it', async () => {
    const q = `?departmentCode=TA-R20&from=${day(0)}&to=${day(20)}`;
    const [f] = await overview(c.director1, q);
    // this file's decision (on time) and licence (late), its workbench and system messages
    expect(f).toMatchObject({ departmentCode: 'TA-R20', onTime: 1, late: 1, inspections: 1, problems: 2, penalties: 1, suspendRequests: 1, revokeRequests: 1, openRequests: 1 });
    const pairs: [string, number][] = [
      ['events', f?.events ?? -1], ['acknowledged', f?.acknowledged ?? -1], ['onTime', f?.onTime ?? -1], ['late', f?.late ?? -1], ['overdue', f?.overdue ?? -1],
      ['inspections', f?.inspections ?? -1], ['problems', f?.problems ?? -1], ['penalties', f?.penalties ?? -1], ['requests', (f?.suspendRequests ?? 0) + (f?.revokeRequests ?? 0)], ['blacklist', f?.blacklist ?? -1], ['openRequests', f?.openRequests ?? -1],
    ];
    for (const [figure, n] of pairs) expect((await records(c.director1, `${q}&figure=${figure}&pageSize=200`)).total, figure).toBe(n);
    const late = await records(c.director1, `${q}&figure=late`);
    expect(late.items.map((r) => [r.kind, r.subject, r.state])).toEqual([['event', licenceNo, '逾期签收']]);
    const open = await records(c.director1, `${q}&figure=openRequests`);
    expect(open.items.map((r) => [r.type, r.subject, r.state])).toEqual([['revoke_request', licenceNo, '待审批局确认']]);
    // a period before this file's decisions: none of them
    const before = (await overview(c.director1, `?departmentCode=TA-R20&from=${day(-3)}&to=${day(-1)}`))[0];
    expect(before).toMatchObject({ events: 0, inspections: 0, penalties: 0 });
    // every department for the bureau, the exchange's deliveries per department among them
    const all = await overview(c.director1, `?from=${day(0)}&to=${day(20)}`);
    expect(all).toHaveLength(27);
    expect(all.every((x) => typeof x.deliveries === 'number')).toBe(true);
  });

  it('scoping: a regulator reads their own department\'s figures and records only; bad input names the field', async () => {
    const mine = await records(c.regulator9, `?figure=events&from=${day(0)}&to=${day(20)}`);
    expect(mine.items.every((r) => r.departmentCode === otherDept)).toBe(true);
    expect(mine.items.some((r) => r.subject === caseNo || r.subject === licenceNo)).toBe(false);
    expect((await h.call('GET', '/api/v1/regulators/records?figure=events&departmentCode=TA-R20', c.regulator9)).statusCode).toBe(403);
    expect((await h.call('GET', '/api/v1/regulators/records/export?figure=late&departmentCode=TA-R20', c.regulator9)).statusCode).toBe(403);
    expect((await h.call('GET', `/api/v1/regulators/overview?departmentCode=TA-R20&from=${day(0)}`, c.regulator9)).statusCode).toBe(403);
    expect((await h.call('GET', '/api/v1/regulators/records?figure=events', c.clerk1)).statusCode).toBe(403);
    const path = async (query: string) => {
      const res = await h.call('GET', `/api/v1/regulators/records${query}`, c.director1);
      expect(res.statusCode, res.body).toBe(400);
      return res.json().errors[0].path;
    };
    expect(await path('?figure=everything')).toBe('querystring.figure');
    expect(await path(`?figure=events&from=${day(5)}&to=${day(1)}`)).toBe('from');
    expect(await path('?figure=events&from=2026-02-30')).toBe('querystring.from');
    expect(await path('?figure=events&departmentCode=TA-D02')).toBe('querystring.departmentCode');
  });

  it('exports the records behind a figure as Excel, one row each', async () => {
    const q = `?departmentCode=TA-R20&from=${day(0)}&to=${day(20)}&figure=problems`;
    const { total } = await records(c.director1, q);
    const res = await t.app.inject({ url: `/api/v1/regulators/records/export${q}`, headers: { cookie: c.director1 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('发现问题'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.rowCount).toBe(total + 1);
    expect(ws?.getRow(1).getCell(1).value).toBe('监管部门');
    expect(String(ws?.getRow(2).getCell(1).value)).toBe('泰安市市场监督管理局');
    // the regulator's own export works too
    expect((await t.app.inject({ url: `/api/v1/regulators/records/export?figure=events`, headers: { cookie: c.regulator1 } })).statusCode).toBe(200);
  });
});

describe('standing joint meetings (联席会议制度): several topics, a decision each, follow-ups with owners and due dates', () => {
  let meetingId = '';
  const create = (body: object) =>
    h.call('POST', '/api/v1/meetings', c.chief1, { title: '审管联动联席会议例会', agenda: '审管信息签收与监管衔接', meetingDate: day(9), departmentCodes: ['TA-D02', 'TA-R20'], standing: true, ...body });

  it('is called with an agenda of topics — a case, an item\'s rules, a policy question — without a project or case of its own', async () => {
    const topics = [
      { kind: 'case', ref: caseNo, title: '该食品经营许可的监管衔接' },
      { kind: 'item', ref: food.code, title: '食品经营许可发证后的首次检查' },
      { kind: 'policy', title: '逾期签收的通报办法' },
    ];
    const res = await create({ topics });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    meetingId = m.id;
    expect(m).toMatchObject({ standing: true, project: null, caseNo: null });
    expect(m.topics.map((t: { seq: number; kind: string; decision: string | null }) => [t.seq, t.kind, t.decision])).toEqual([
      [1, 'case', null],
      [2, 'item', null],
      [3, 'policy', null],
    ]);
    expect(m.topics[1].label).toBe('食品经营许可');
    expect(m.topics[0].label).toContain(caseNo);
    // a regulator of a participating department reads it; another department's does not
    expect((await h.call('GET', `/api/v1/meetings/${meetingId}`, c.regulator1)).statusCode).toBe(200);
    expect((await h.call('GET', `/api/v1/meetings/${meetingId}`, c.regulator9)).statusCode).toBe(404);
    const list = (await h.call('GET', '/api/v1/meetings', c.regulator1)).json().items;
    expect(list.find((i: { id: string }) => i.id === meetingId)).toMatchObject({ standing: true, topics: 3 });
  });

  it('refuses a malformed agenda naming the field, and writes nothing', async () => {
    const before = await t.database.db.selectFrom('project_meetings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const path = async (body: object) => {
      const res = await create(body);
      expect(res.statusCode, res.body).toBe(400);
      return res.json().errors[0].path;
    };
    expect(await path({ topics: [] })).toBe('topics');
    expect(await path({ caseNo, topics: [{ kind: 'policy', title: 'x' }] })).toBe('caseNo');
    expect(await path({ topics: [{ kind: 'policy', ref: caseNo, title: 'x' }] })).toBe('topics.0.ref');
    expect(await path({ topics: [{ kind: 'policy', title: 'x' }, { kind: 'item', ref: 'NO-SUCH-ITEM', title: 'y' }] })).toBe('topics.1.ref');
    expect(await path({ topics: [{ kind: 'project', ref: 'not-a-project', title: 'y' }] })).toBe('topics.0.ref');
    expect(await path({ standing: false, caseNo, topics: [{ kind: 'policy', title: 'x' }] })).toBe('topics');
    const after = await t.database.db.selectFrom('project_meetings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // a meeting of one case stays as it was
    const single = await h.call('POST', '/api/v1/meetings', c.chief1, { title: '单件会商', agenda: '会商', meetingDate: day(9), departmentCodes: ['TA-R20'], caseNo });
    expect(single.statusCode, single.body).toBe(201);
    expect(single.json()).toMatchObject({ standing: false, caseNo, topics: [] });
  });

  it('takes the minutes with a decision per topic', async () => {
    const m = (await h.call('GET', `/api/v1/meetings/${meetingId}`, c.chief1)).json();
    const bad = await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, c.chief1, { minutes: '纪要', decisions: [], topicDecisions: [{ seq: 9, decision: 'x' }], rev: m.rev });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().errors[0].path).toBe('topicDecisions.0.seq');
    const twice = await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, c.chief1, { minutes: '纪要', decisions: [], topicDecisions: [{ seq: 1, decision: 'x' }, { seq: 1, decision: 'y' }], rev: m.rev });
    expect([twice.statusCode, twice.json().errors[0].path]).toEqual([400, 'topicDecisions.1.seq']);
    // a standing meeting has no cases of its own: decisions go by topic
    const byCase = await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, c.chief1, { minutes: '纪要', decisions: [{ caseNo, decision: 'x' }], rev: m.rev });
    expect(byCase.statusCode).toBe(400);
    const ok = await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, c.chief1, {
      minutes: '会议研究了审管衔接的三个议题。',
      decisions: [],
      topicDecisions: [
        { seq: 1, decision: '市场监管局已暂扣证照，吊销请求由审批局依法决定。' },
        { seq: 3, decision: '逾期签收按月通报。' },
      ],
      rev: m.rev,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().topics.map((t: { decision: string | null }) => t.decision)).toEqual(['市场监管局已暂扣证照，吊销请求由审批局依法决定。', null, '逾期签收按月通报。']);
    expect(regulatorsCan(ok.json())).toBe(true);
  });

  it('gives a follow-up of a topic to a regulator, flagged overdue by the service clock, done by its owner', async () => {
    const m = (await h.call('GET', `/api/v1/meetings/${meetingId}`, c.chief1)).json();
    const owner = m.participants.find((p: { departmentCode: string }) => p.departmentCode === 'TA-R20').userId;
    const wrongTopic = await h.call('POST', `/api/v1/meetings/${meetingId}/followups`, c.chief1, { task: 'x', ownerUserId: owner, dueDate: day(11), topicSeq: 7 });
    expect([wrongTopic.statusCode, wrongTopic.json().errors[0].path]).toEqual([400, 'topicSeq']);
    now = beijing(day(9));
    const added = await h.call('POST', `/api/v1/meetings/${meetingId}/followups`, c.chief1, { task: '报送首次监督检查计划', ownerUserId: owner, dueDate: day(11), topicSeq: 2 });
    expect(added.statusCode, added.body).toBe(200);
    const fu = added.json().followups.find((f: { task: string }) => f.task === '报送首次监督检查计划');
    expect(fu).toMatchObject({ state: 'open', topicSeq: 2, owner: { name: '沈监管（市场监督管理局）' } });
    // the day after the due date: overdue, on the owner's own list too
    now = beijing(day(12));
    const mine = (await h.call('GET', '/api/v1/meetings', c.regulator1)).json().myFollowups;
    expect(mine.find((f: { id: string }) => f.id === fu.id)).toMatchObject({ state: 'overdue', meetingId, mayComplete: true });
    expect((await h.call('GET', '/api/v1/meetings', c.chief1)).json().items.find((i: { id: string }) => i.id === meetingId)).toMatchObject({ overdueFollowups: 1 });
    const done = await h.call('POST', `/api/v1/followups/${fu.id}/done`, c.regulator1, { note: '计划已报送' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().followups.find((f: { id: string }) => f.id === fu.id).state).toBe('done');
  });
});

/** A regulator of a participating department may read the meeting but not edit it. */
function regulatorsCan(m: { departments: { code: string }[] }): boolean {
  return m.departments.some((d) => d.code === 'TA-R20');
}
