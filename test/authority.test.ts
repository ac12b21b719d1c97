/**
 * 谁审批谁负责 (issue 14): who may decide what. An agency's items are decided by its stationed
 * officers in its own name; the bureau's items by the item's own division; the review chain
 * (审查 → 审核 → 审批) follows the item's procedure and is printed in the decision.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const RECEIVED = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 2));
const DECIDED = cal.addWorkingDays(RECEIVED, 2);
let now = beijing(RECEIVED);
const setDay = (day: string) => (now = beijing(day));

let t: TestContext;
const c: Record<string, string> = {};
const h = caseHelpers(() => t);
const person = { kind: 'person', name: '韩泰山', idNumber: '370902198506123019', phone: '13905381234' };
const company = { kind: 'organisation', name: '泰山建设发展有限公司', creditCode: '91370900MA3C00001T' };

let taxDeferral: Item;
let transfer: Item;
let freight: Item;
let planning: Item;
let vat: Item;
let soleTrader: Item;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'clerk2', 'caseworker1', 'caseworker2', 'chief1', 'chief3', 'chief4', 'deputy1', 'director1', 'estate1', 'tax1']) c[u] = await t.login(u);
  taxDeferral = await h.item('对纳税人延期申报的核准');
  transfer = await h.item('不动产转移登记');
  freight = await h.item('道路货物运输经营许可');
  planning = await h.item('建设工程规划许可证核发');
  vat = await h.item('增值税申报');
  soleTrader = await h.item('个体工商户设立登记');
});
afterAll(() => t.close());

const cookie = (u: string) => c[u] ?? '';

/** A case filed at the comprehensive window and accepted there (一窗受理). */
async function acceptedAtWindow(item: Item, onBehalfOf: object, clerk = 'clerk1') {
  setDay(RECEIVED);
  const caseNo = await h.submitted(item, cookie(clerk), { onBehalfOf });
  const accepted = await h.act(caseNo, cookie(clerk), 'accept');
  expect(accepted.statusCode, accepted.body).toBe(200);
  return caseNo;
}

async function pdfText(caseNo: string, type: string): Promise<string> {
  const docs = (await h.call('GET', `/api/v1/cases/${caseNo}/documents`, cookie('clerk1'))).json().items as { type: string; url: string }[];
  const doc = docs.find((d) => d.type === type);
  expect(doc, `${type} of ${caseNo}`).toBeDefined();
  const res = await t.app.inject({ url: doc?.url ?? '', headers: { cookie: cookie('clerk1') } });
  expect(res.statusCode).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('the disposition decides who acts', () => {
  it('a hall-only item: the bureau cannot decide it, its stationed officer does, in the agency name', async () => {
    const caseNo = await acceptedAtWindow(taxDeferral, person);
    setDay(DECIDED);
    const view = (await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('chief1'))).json();
    expect(view.review).toMatchObject({ decidedBy: 'agency', deciderName: '国家税务总局泰安市税务局' });
    expect(view.allowedActions).not.toContain('approve');

    const byChief = await h.act(caseNo, cookie('chief1'), 'approve', { opinion: '同意' });
    expect(byChief.statusCode).toBe(403);
    expect(byChief.json().title).toContain('国家税务总局泰安市税务局');
    // the director sees the case but does not decide it
    const byDirector = await h.act(caseNo, cookie('director1'), 'approve', { opinion: '同意' });
    expect(byDirector.statusCode).toBe(403);

    expect((await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('tax1'))).json().allowedActions).toContain('approve');
    const byOfficer = await h.act(caseNo, cookie('tax1'), 'approve', { opinion: '符合延期申报条件，予以核准' });
    expect(byOfficer.statusCode, byOfficer.body).toBe(200);
    expect(byOfficer.json().status).toBe('approved');

    const decision = await pdfText(caseNo, 'approval');
    expect(decision.startsWith('国家税务总局泰安市税务局')).toBe(true);
    expect(decision).toContain('业务专用章');
    expect(decision).not.toContain('泰安市行政审批服务局电子印章');
    expect(decision).toContain('审核意见：符合延期申报条件，予以核准');
    // whatever the item produces, a licence it makes names the agency as issuer, never the bureau
    const licences = (await h.call('GET', `/api/v1/licences?caseNo=${caseNo}`, cookie('director1'))).json().items as { issuer: string }[];
    for (const l of licences) expect(l.issuer).toBe('国家税务总局泰安市税务局');
  });

  it('a real-estate service (never part of the review): chief1 → 403, the 不动产 officer → 200', async () => {
    const caseNo = await acceptedAtWindow(transfer, person, 'clerk1');
    setDay(DECIDED);
    expect((await h.act(caseNo, cookie('chief1'), 'approve', { opinion: '同意' })).statusCode).toBe(403);
    const done = await h.act(caseNo, cookie('estate1'), 'approve', { opinion: '登簿' });
    expect(done.statusCode, done.body).toBe(200);
    // an officer of one agency does not see another agency's or the bureau's cases
    expect((await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('tax1'))).statusCode).toBe(404);
  });

  it("an agency's instant service accepted at the comprehensive window waits for its officer", async () => {
    const caseNo = await acceptedAtWindow(vat, person, 'clerk1');
    expect((await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('clerk1'))).json().status).toBe('accepted');
    const done = await h.act(caseNo, cookie('tax1'), 'approve', { opinion: '申报受理完成' });
    expect(done.statusCode, done.body).toBe(200);
  });
});

describe('authority by division', () => {
  it("chief1 (市场准入) may not decide a 交通运输 case; that division's caseworker gives the 审查 opinion and its chief decides", async () => {
    const caseNo = await acceptedAtWindow(freight, person);
    setDay(DECIDED);
    const wrongChief = await h.act(caseNo, cookie('chief1'), 'approve', { opinion: '同意' });
    expect(wrongChief.statusCode).toBe(403);
    expect(wrongChief.json().title).toContain('交通运输审批科');
    const wrongCaseworker = await h.act(caseNo, cookie('caseworker1'), 'submit_opinion', { opinion: '建议准予许可' });
    expect(wrongCaseworker.statusCode).toBe(403);
    expect(wrongCaseworker.json().title).toContain('交通运输审批科');

    const before = (await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('caseworker2'))).json();
    expect(before.allowedActions).toContain('submit_opinion');
    expect(before.allowedActions).not.toContain('approve');
    expect(before.review.chain.map((s: { name: string }) => s.name)).toEqual(['审查', '审核']);
    const opinion = await h.act(caseNo, cookie('caseworker2'), 'submit_opinion', { opinion: '申请材料齐全，车辆和驾驶人员符合条件，建议准予许可' });
    expect(opinion.statusCode, opinion.body).toBe(200);
    const approved = await h.act(caseNo, cookie('chief3'), 'approve', { opinion: '同意准予许可' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().review.opinions.map((o: { name: string; by: string }) => `${o.name}:${o.by}`)).toEqual(['审查:孙审查（交通运输审批科）', '审核:施科长（交通运输审批科）']);

    const decision = await pdfText(caseNo, 'approval');
    expect(decision.startsWith('泰安市行政审批服务局')).toBe(true);
    expect(decision).toContain('审批意见');
    expect(decision).toContain('审查意见：申请材料齐全，车辆和驾驶人员符合条件，建议准予许可（孙审查（交通运输审批科）');
    expect(decision).toContain('审核意见：同意准予许可（施科长（交通运输审批科）');
  });

  it('a procedure naming 分管领导 blocks the chief until the deputy signs; the deputy acts only for their divisions', async () => {
    const caseNo = await acceptedAtWindow(planning, company, 'clerk2');
    setDay(DECIDED);
    const view = (await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('chief4'))).json();
    expect(view.review.chain.map((s: { name: string }) => s.name)).toEqual(['审查', '审核', '审批']);
    const early = await h.act(caseNo, cookie('chief4'), 'approve', { opinion: '同意' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CASE.SIGNATURE_REQUIRED');

    const signed = await h.act(caseNo, cookie('deputy1'), 'submit_opinion', { opinion: '同意核发' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().review.opinions.at(-1)).toMatchObject({ step: 'sign', name: '审批', by: '严副局长（分管投资建设、勘察设计、农林水利）' });
    const approved = await h.act(caseNo, cookie('chief4'), 'approve', { opinion: '规划条件核实无误' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await pdfText(caseNo, 'approval')).toContain('审批意见：同意核发');

    // deputy1 oversees 投资建设, 勘察设计, 农林水利: not 交通运输
    const freightCase = await acceptedAtWindow(freight, person);
    expect((await h.act(freightCase, cookie('deputy1'), 'submit_opinion', { opinion: '同意' })).statusCode).toBe(403);
  });

  it('a reviewer starts a special procedure only on their own division’s case', async () => {
    const food = await h.item('食品经营许可');
    const caseNo = await acceptedAtWindow(food, person);
    const wrong = await h.call('POST', '/api/v1/inspections', cookie('caseworker2'), { caseNo, reason: '核查经营场所' });
    expect([wrong.statusCode, wrong.json().code], wrong.body).toEqual([403, 'CASE.OUT_OF_SCOPE']);
    expect(wrong.json().title).toContain('市场准入审批科');
    const right = await h.call('POST', '/api/v1/inspections', cookie('caseworker1'), { caseNo, reason: '核查经营场所' });
    expect(right.statusCode, right.body).toBe(201);
  });

  it('any clerk accepts (一窗受理), but only a clerk of the item’s division decides an instant item on the spot', async () => {
    const elsewhere = await acceptedAtWindow(soleTrader, person, 'clerk2');
    expect((await h.call('GET', `/api/v1/cases/${elsewhere}`, cookie('clerk2'))).json().status).toBe('accepted');
    expect((await h.act(elsewhere, cookie('chief1'), 'approve', { opinion: '同意' })).statusCode).toBe(200);
    const own = await acceptedAtWindow(soleTrader, person, 'clerk1');
    expect((await h.call('GET', `/api/v1/cases/${own}`, cookie('clerk1'))).json().status).toBe('approved');
  });

  it("reviewers' lists show their own division's cases; the director's and clerks' show the bureau's and the agencies'", async () => {
    const codes = async (u: string) => {
      const list = (await h.call('GET', '/api/v1/cases?pageSize=200', cookie(u))).json();
      return new Set((list.items as { itemCode: string }[]).map((i) => i.itemCode));
    };
    const departmentOf = async (code: string) => (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })).json().departmentCode as string;
    for (const code of await codes('chief3')) expect(await departmentOf(code)).toBe('TA-D08');
    for (const code of await codes('tax1')) expect(await departmentOf(code)).toBe('TA-R26');
    const all = await codes('director1');
    expect(all.has(taxDeferral.code) || all.has(vat.code)).toBe(true);
    expect(all.has(freight.code)).toBe(true);
  });

  it("a clerk's 待受理 queue shows the items of their zone first", async () => {
    setDay(RECEIVED);
    await h.submitted(freight, cookie('clerk2'), { onBehalfOf: person });
    await h.submitted(planning, cookie('clerk2'), { onBehalfOf: company });
    const queue = (await h.call('GET', '/api/v1/cases?status=submitted&pageSize=200', cookie('clerk2'))).json().items as { itemCode: string }[];
    const zoneOf = new Map<string, string>();
    for (const code of new Set(queue.map((i) => i.itemCode))) zoneOf.set(code, (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })).json().zone);
    const inB = queue.map((i) => zoneOf.get(i.itemCode) === 'B');
    expect(inB[0]).toBe(true);
    expect(inB.includes(false)).toBe(true);
    // every zone-B case before every other one
    expect(inB.indexOf(false)).toBe(inB.lastIndexOf(true) + 1);
  });

  it('the demo has no agency case decided by a bureau officer', async () => {
    const rows = await t.database.db
      .selectFrom('cases')
      .innerJoin('case_actions', 'case_actions.case_no', 'cases.case_no')
      .innerJoin('user_roles', 'user_roles.user_id', 'case_actions.actor_id')
      .select(['cases.case_no', 'cases.department_code', 'user_roles.role', 'user_roles.department_code as actor_department'])
      .where('case_actions.type', 'in', ['approve', 'refuse'])
      .where('cases.department_code', 'like', 'TA-R%')
      .execute();
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect([r.case_no, r.role, r.actor_department]).toEqual([r.case_no, 'agency_officer', r.department_code]);
  });

  it('a case past its statutory day is charged to the step that held it, not to the accepting clerk; reviewers get scorecards', async () => {
    const caseNo = await acceptedAtWindow(freight, person);
    expect((await h.act(caseNo, cookie('caseworker2'), 'take')).statusCode).toBe(200);
    const due = (await h.call('GET', `/api/v1/cases/${caseNo}`, cookie('caseworker2'))).json().clock.decisionDue as string;
    // the caseworker holds it until after the statutory day; the chief decides the next working day
    const late = cal.addWorkingDays(due, 2);
    setDay(late);
    expect((await h.act(caseNo, cookie('caseworker2'), 'submit_opinion', { opinion: '建议准予许可' })).statusCode).toBe(200);
    const decided = cal.addWorkingDays(late, 1);
    setDay(decided);
    expect((await h.act(caseNo, cookie('chief3'), 'approve', { opinion: '同意' })).statusCode).toBe(200);

    const month = decided.slice(0, 7);
    const board = await h.call('GET', `/api/v1/assessment/review-scorecards?month=${month}`, cookie('director1'));
    expect(board.statusCode, board.body).toBe(200);
    const row = (name: string) => (board.json().items as { name: string; steps: number; onTime: number; opinions: number; vetoes: string[] }[]).find((i) => i.name === name);
    expect(row('孙审查（交通运输审批科）')?.vetoes).toContain(caseNo);
    expect(row('施科长（交通运输审批科）')?.vetoes ?? []).not.toContain(caseNo);
    expect(row('施科长（交通运输审批科）')?.steps).toBeGreaterThanOrEqual(1);
    // the accepting clerk is not on the chain, and no 严重超期 veto falls on them for it
    expect(row('周窗口（商事登记区）')).toBeUndefined();
    const faults = (await h.call('GET', `/api/v1/assessment/faults?month=${month}`, cookie('director1'))).json().items as { sourceRef: string }[];
    expect(faults.map((f) => f.sourceRef)).not.toContain(`case:${caseNo}`);
    // a caseworker sees only their own row; a chief of another division none of these
    const own = (await h.call('GET', `/api/v1/assessment/review-scorecards?month=${month}`, cookie('caseworker2'))).json().items as { name: string }[];
    expect(own.map((i) => i.name)).toEqual(['孙审查（交通运输审批科）']);
    const other = (await h.call('GET', `/api/v1/assessment/review-scorecards?month=${month}`, cookie('chief1'))).json().items as { name: string }[];
    expect(other.map((i) => i.name)).not.toContain('孙审查（交通运输审批科）');
    expect((await h.call('GET', `/api/v1/assessment/review-scorecards?month=${month}`, cookie('applicant1'))).statusCode).toBe(403);
  });
});
