import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { caseHelpers, PDF, PNG, type Item } from './case-helpers.js';
import { loadUserActor } from '../src/server/platform/auth.js';
import { bareCases, beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

// The test moves time over its own working days, weeks after the demo seed's today.
const cal = new WorkingCalendar();
/** the day most applications arrive (a working day mid-week) */
const RECEIVED = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 2));
/** the next working day */
const NEXT = cal.addWorkingDays(RECEIVED, 1);
let now = beijing(RECEIVED);
const setDay = (day: string) => (now = beijing(day));

let t: TestContext;
const c: Record<string, string> = {};
let food: Item;
let instant: Item;

const helpers = caseHelpers(() => t);
const { call, upload, act } = helpers;
const submitted = (item: Item, cookie = c.applicant1 ?? '', body: object = {}) => helpers.submitted(item, cookie, body);

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'clerk2', 'caseworker1', 'caseworker2', 'chief1', 'director1', 'agent1', 'admin', 'editor1']) c[u] = await t.login(u);
  food = await helpers.item('食品经营许可');
  instant = await helpers.item('个体工商户设立登记');
});
afterAll(() => t.close());

async function workingDays(from: string, days: number): Promise<string> {
  return (await t.app.inject({ url: `/api/v1/calendar/working-days?from=${from}&days=${days}` })).json().due;
}

describe('application', () => {
  it('an applicant applies online: draft, materials checked by content, submit with a readable number and a query code', async () => {
    setDay(RECEIVED);
    const created = await call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code, situation: ['S01'] });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.caseNo).toMatch(new RegExp(`^TA${RECEIVED.slice(0, 4)}-\\d{6}$`));
    expect(draft.queryCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(draft.status).toBe('draft');
    expect(draft.applicant.idNumber).toMatch(/^\d{6}\*+\d{3}[\dX]$/);

    // not everything is there yet
    const early = await act(draft.caseNo, c.applicant1 ?? '', 'submit');
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('CASE.MATERIALS_MISSING');

    const text = await upload(draft.caseNo, c.applicant1 ?? '', food.materials[0]?.code ?? '', Buffer.from('just some text pretending to be a pdf'), 'fake.pdf');
    expect(text.statusCode).toBe(400);
    expect(text.json().errors[0].path).toBe('file');
    const png = await upload(draft.caseNo, c.applicant1 ?? '', food.materials[0]?.code ?? '', PNG, 'id.png');
    expect(png.statusCode).toBe(200);
    const unknown = await upload(draft.caseNo, c.applicant1 ?? '', 'NOPE');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('materialId');
    // somebody else's case does not exist for them
    const other = await upload(draft.caseNo, c.agent1 ?? '', food.materials[0]?.code ?? '');
    expect(other.statusCode).toBe(404);
  });

  it('attaches a stack of files in one go, all or none, each audited in the chain', async () => {
    setDay(RECEIVED);
    const draft = (await call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code, situation: ['S01'] })).json();
    const { db } = t.database;
    const user = await db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
    const actor = await loadUserActor(db, user.id, null);
    if (!actor) throw new Error('no applicant1');
    const [first, second] = food.materials.map((m) => m.code);
    if (!first || !second) throw new Error('the item needs two materials');
    const file = (name: string, content: Buffer) => async () => ({ name, content });
    const links = async () => (await db.selectFrom('case_materials').select('material_code').where('case_no', '=', draft.caseNo).orderBy('material_code').execute()).map((r) => r.material_code);
    const audited = async () => (await db.selectFrom('audit_log').select('after').where('target_id', '=', draft.caseNo).where('action', '=', 'case.material_attach').execute()).length;

    // one file that is not what it claims refuses the whole stack: nothing is written
    const refused = t.services.caseFiles.attachAll(actor, draft.caseNo, [
      { materialCode: first, upload: file('a.pdf', PDF) },
      { materialCode: second, upload: file('b.pdf', Buffer.from('text pretending to be a pdf')) },
    ]);
    await expect(refused).rejects.toMatchObject({ code: 'CASE.FILE_INVALID' });
    expect(await links()).toEqual([]);
    expect(await audited()).toBe(0);

    await t.services.caseFiles.attachAll(actor, draft.caseNo, [
      { materialCode: first, upload: file('a.pdf', PDF) },
      { materialCode: second, upload: file('b.png', PNG) },
    ]);
    expect(await links()).toEqual([first, second].sort());
    expect(await audited()).toBe(2);
    const view = (await call('GET', `/api/v1/cases/${draft.caseNo}`, c.applicant1)).json();
    const shown = view.materials.filter((m: { files: unknown[] }) => m.files.length > 0).map((m: { code: string }) => m.code);
    expect(shown.sort()).toEqual([first, second].sort());
    expect((await call('GET', '/api/v1/audit/verify', c.admin)).json()).toMatchObject({ ok: true });
  });

  it('refuses an unknown item, a cancelled item and an unknown situation, naming the field', async () => {
    const res = await call('POST', '/api/v1/cases', c.applicant1, { itemCode: 'NO-SUCH' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('itemCode');
    const cancelled = (await t.app.inject({ url: '/api/v1/catalog/items?disposition=cancelled&pageSize=1' })).json().items[0].code;
    const cres = await call('POST', '/api/v1/cases', c.applicant1, { itemCode: cancelled });
    expect(cres.json().code).toBe('CASE.ITEM_NOT_AVAILABLE');
    const sres = await call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code, situation: ['S99'] });
    expect(sres.json().errors[0].path).toBe('situation.0');
  });

  it("the applicant changes a draft's situations and form until it is submitted; nobody else can", async () => {
    setDay(RECEIVED);
    const draft = (await call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code, situation: ['S01'], form: { 项目名称: '泰山小馆' } })).json();
    expect(draft.materials.map((m: { code: string }) => m.code)).not.toContain('M08');
    const edited = await call('PATCH', `/api/v1/cases/${draft.caseNo}`, c.applicant1, { situation: ['S02', 'S03'] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().situation).toEqual(['S02', 'S03']);
    // the online-business situation asks for its own material; the form stays as it was
    expect(edited.json().materials.map((m: { code: string }) => m.code)).toContain('M08');
    expect(edited.json().form).toEqual({ 项目名称: '泰山小馆' });
    const form = await call('PATCH', `/api/v1/cases/${draft.caseNo}`, c.applicant1, { form: { 项目名称: '泰山小馆（岱庙店）', 经营场所: '泰山区东岳大街 1 号' } });
    expect(form.json().form).toEqual({ 项目名称: '泰山小馆（岱庙店）', 经营场所: '泰山区东岳大街 1 号' });
    expect(form.json().situation).toEqual(['S02', 'S03']);
    // wrong input names the field; another person's draft does not exist for them
    const bad = await call('PATCH', `/api/v1/cases/${draft.caseNo}`, c.applicant1, { situation: ['S99'] });
    expect([bad.statusCode, bad.json().errors[0].path]).toEqual([400, 'situation.0']);
    const empty = await call('PATCH', `/api/v1/cases/${draft.caseNo}`, c.applicant1, {});
    expect(empty.statusCode).toBe(400);
    expect((await call('PATCH', `/api/v1/cases/${draft.caseNo}`, c.agent1, { form: {} })).statusCode).toBe(404);
    expect((await call('PATCH', `/api/v1/cases/${draft.caseNo}`, c.clerk1, { form: {} })).statusCode).toBe(403);
    // once submitted, the application is what the bureau received
    const caseNo = await submitted(food, c.applicant1, { situation: ['S01'] });
    const late = await call('PATCH', `/api/v1/cases/${caseNo}`, c.applicant1, { situation: ['S02'] });
    expect([late.statusCode, late.json().code]).toEqual([409, 'CASE.NOT_DRAFT']);
    expect((await call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json().situation).toEqual(['S01']);
  });

  it('a clerk files at the counter for a person; an agent files for a company with its authorisation', async () => {
    const clerk = await call('POST', '/api/v1/cases', c.clerk1, { itemCode: food.code, onBehalfOf: { kind: 'person', name: '王五', idNumber: '11010519491231002X', phone: '13905380000' } });
    expect(clerk.statusCode).toBe(201);
    expect(clerk.json().channel).toBe('window');
    expect(clerk.json().applicant.phone).toBe('139****0000');
    const noAuth = await call('POST', '/api/v1/cases', c.agent1, { itemCode: food.code, onBehalfOf: {} });
    expect(noAuth.statusCode).toBe(400);
    expect(noAuth.json().errors.map((e: { path: string }) => e.path)).toEqual(['onBehalfOf.authorisationId']);
    // the company comes from the registered letter, never from what is typed
    const authorisationId = await helpers.authorisation(c.agent1, { name: '泰山食品有限公司', creditCode: '91370900MA3C00001T' });
    const typed = await call('POST', '/api/v1/cases', c.agent1, { itemCode: food.code, onBehalfOf: { authorisationId, name: '别的公司' } });
    expect([typed.statusCode, typed.json().errors?.[0]?.path]).toEqual([400, 'onBehalfOf.name']);
    const agent = await call('POST', '/api/v1/cases', c.agent1, { itemCode: food.code, onBehalfOf: { authorisationId } });
    expect(agent.statusCode, agent.body).toBe(201);
    expect(agent.json().channel).toBe('agent');
    expect(agent.json().authorisationId).toBe(authorisationId);
    expect([agent.json().applicant.name, agent.json().applicant.creditCode]).toEqual(['泰山食品有限公司', '91370900MA3C00001T']);
    const staffSelf = await call('POST', '/api/v1/cases', c.clerk1, { itemCode: food.code });
    expect(staffSelf.statusCode).toBe(400);
    expect((await call('POST', '/api/v1/cases', c.chief1, { itemCode: food.code })).statusCode).toBe(403);
  });
});

describe('acceptance on the working-day clock', () => {
  it('补正 stops the clock; a later notice may only concern what was resubmitted; acceptance starts the decision clock', async () => {
    setDay(RECEIVED);
    const caseNo = await submitted(food);
    let cs = (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json();
    expect(cs.status).toBe('submitted');
    expect(cs.clock.receivedAt).toBe(RECEIVED);
    expect(cs.clock.acceptanceDue).toBe(await workingDays(RECEIVED, 5));
    expect(cs.allowedActions.sort()).toEqual(['accept', 'accept_pending', 'reject', 'request_supplement']);

    const [first, second] = food.materials.filter((m) => m.requirement === 'required');
    const notice = await act(caseNo, c.clerk1 ?? '', 'request_supplement', { items: [{ materialCode: first?.code, problem: '复印件不清晰' }] });
    expect(notice.statusCode, notice.body).toBe(200);
    cs = notice.json();
    expect(cs.status).toBe('supplement_requested');
    expect(cs.clock.state).toBe('waiting_applicant');
    expect(cs.flaggedMaterials).toEqual([{ materialCode: first?.code, problem: '复印件不清晰' }]);

    // weeks of waiting for the applicant never make the case overdue
    const resubmitted = workingDayFrom(cal, addCalendarDays(RECEIVED, 26));
    setDay(resubmitted);
    cs = (await call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json();
    expect(cs.clock.state).toBe('waiting_applicant');
    const notYet = await act(caseNo, c.applicant1 ?? '', 'submit_supplement');
    expect(notYet.json().code).toBe('CASE.MATERIALS_MISSING');
    expect((await upload(caseNo, c.applicant1 ?? '', first?.code ?? '', Buffer.concat([PDF, Buffer.from('%clear copy\n')]))).statusCode).toBe(200);
    cs = (await act(caseNo, c.applicant1 ?? '', 'submit_supplement')).json();
    expect(cs.status).toBe('submitted');
    expect(cs.clock.receivedAt).toBe(resubmitted);
    expect(cs.clock.acceptanceDue).toBe(await workingDays(resubmitted, 5));

    // the second material passed the first look: it cannot be questioned again
    const again = await act(caseNo, c.clerk1 ?? '', 'request_supplement', { items: [{ materialCode: second?.code, problem: '又发现问题' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CASE.SUPPLEMENT_REFUSED');

    cs = (await act(caseNo, c.clerk1 ?? '', 'accept')).json();
    expect(cs.status).toBe('accepted');
    expect(cs.clock.acceptedAt).toBe(resubmitted);
    expect(cs.clock.promisedDue).toBe(await workingDays(resubmitted, food.promisedDays));
    expect(cs.clock.decisionDue).toBe(await workingDays(resubmitted, food.statutoryDays));
  });

  it('answers a wrong action with 409 naming the allowed ones, a wrong role with 403, a stale version with 409', async () => {
    setDay(NEXT);
    const caseNo = await submitted(food);
    const cs = (await call('GET', `/api/v1/cases/${caseNo}`, c.chief1)).json();
    const early = await call('POST', `/api/v1/cases/${caseNo}/actions`, c.chief1, { type: 'approve', expectedVersion: cs.version, opinion: '同意' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CASE.ILLEGAL_TRANSITION');
    const byApplicant = await call('POST', `/api/v1/cases/${caseNo}/actions`, c.applicant1, { type: 'accept', expectedVersion: cs.version });
    expect(byApplicant.statusCode).toBe(403);
    const stale = await call('POST', `/api/v1/cases/${caseNo}/actions`, c.clerk1, { type: 'accept', expectedVersion: cs.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CASE.STALE');
    expect(stale.json().detail).toContain('accept');
    const badBody = await call('POST', `/api/v1/cases/${caseNo}/actions`, c.clerk1, { type: 'reject', expectedVersion: cs.version });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['competentBody', 'reason']);
  });

  it('two clerks accepting at once: one succeeds, the other gets 409, one action is written', async () => {
    setDay(NEXT);
    const caseNo = await submitted(food);
    const v = (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json().version;
    const [a, b] = await Promise.all([
      call('POST', `/api/v1/cases/${caseNo}/actions`, c.clerk1, { type: 'accept', expectedVersion: v }),
      call('POST', `/api/v1/cases/${caseNo}/actions`, c.clerk2, { type: 'accept', expectedVersion: v }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const cs = (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json();
    expect(cs.actions.filter((x: { type: string }) => x.type === 'accept')).toHaveLength(1);
  });

  it('容缺受理 accepts with a material to come and blocks the decision until it arrives', async () => {
    setDay(NEXT);
    const tolerated = food.materials.find((m) => m.toleranceAllowed);
    const strict = food.materials.find((m) => !m.toleranceAllowed && m.requirement === 'required');
    const caseNo = await submitted(food);
    const notAllowed = await act(caseNo, c.clerk1 ?? '', 'accept_pending', { pending: [{ materialCode: strict?.code, dueDate: addCalendarDays(NEXT, 14) }] });
    expect(notAllowed.json().code).toBe('CASE.TOLERANCE_NOT_ALLOWED');
    let cs = (await act(caseNo, c.clerk1 ?? '', 'accept_pending', { pending: [{ materialCode: tolerated?.code, dueDate: addCalendarDays(NEXT, 14) }] })).json();
    expect(cs.status).toBe('accepted');
    expect(cs.pendingMaterials).toHaveLength(1);
    const blocked = await act(caseNo, c.chief1 ?? '', 'approve', { opinion: '同意' });
    expect(blocked.statusCode).toBe(409);
    expect((await upload(caseNo, c.applicant1 ?? '', tolerated?.code ?? '', Buffer.concat([PDF, Buffer.from('%late\n')]))).statusCode).toBe(200);
    const supplied = await act(caseNo, c.applicant1 ?? '', 'supply_pending', { materialCode: tolerated?.code });
    expect(supplied.statusCode, supplied.body).toBe(200);
    expect(supplied.json().pendingMaterials).toEqual([]);
    expect((await act(caseNo, c.chief1 ?? '', 'approve', { opinion: '同意' })).json().status).toBe('approved');
  });

  it('告知承诺 records the commitment and a follow-up check', async () => {
    setDay(NEXT);
    const committed = food.materials.find((m) => m.commitmentAllowed);
    const created = (await call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code })).json();
    const res = await act(created.caseNo, c.applicant1 ?? '', 'commit_promise', { materialCode: committed?.code, checkDue: addCalendarDays(NEXT, 50) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().commitments).toEqual([{ materialCode: committed?.code, checkDue: addCalendarDays(NEXT, 50) }]);
    const f = await t.database.db.selectFrom('case_followups').selectAll().where('case_no', '=', created.caseNo).execute();
    expect(f.map((r) => [r.material_code, r.due])).toEqual([[committed?.code, addCalendarDays(NEXT, 50)]]);
    const notAllowed = await act(created.caseNo, c.applicant1 ?? '', 'commit_promise', { materialCode: food.materials.find((m) => !m.commitmentAllowed)?.code, checkDue: addCalendarDays(NEXT, 50) });
    expect(notAllowed.json().code).toBe('CASE.COMMITMENT_NOT_ALLOWED');
  });

  it('即办件 are decided at acceptance', async () => {
    setDay(NEXT);
    const caseNo = await submitted(instant);
    const cs = (await act(caseNo, c.clerk1 ?? '', 'accept')).json();
    expect(cs.status).toBe('approved');
    expect(cs.actions.map((a: { type: string }) => a.type).slice(-2)).toEqual(['accept', 'approve']);
    expect(cs.clock.onTime).toBe(true);
    // a decided case takes no more files, and the refused upload leaves nothing behind
    const files = async () => Number((await t.database.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await files();
    const late = await upload(caseNo, c.applicant1 ?? '', instant.materials[0]?.code ?? '', Buffer.concat([PDF, Buffer.from('% late\n')]));
    expect([late.statusCode, late.json().code]).toEqual([409, 'CASE.MATERIAL_CLOSED']);
    expect(await files()).toBe(before);
  });
});

describe('review and decision', () => {
  it('an on-site inspection pauses the clock and moves the deadlines by exactly the paused working days; extension needs the director', async () => {
    setDay(NEXT);
    const caseNo = await submitted(food);
    let cs = (await act(caseNo, c.clerk1 ?? '', 'accept')).json();
    const promised0 = cs.clock.promisedDue;
    const decision0 = cs.clock.decisionDue;
    const paused = cal.addWorkingDays(NEXT, 1);
    setDay(paused);
    cs = (await act(caseNo, c.caseworker1 ?? '', 'start_pause', { kind: 'inspection', expectedDays: 3, reason: '现场核查经营场所' })).json();
    expect(cs.status).toBe('paused');
    expect(cs.clock.state).toBe('paused');
    const blocked = await act(caseNo, c.chief1 ?? '', 'approve', { opinion: '同意' });
    expect(blocked.statusCode).toBe(409);
    setDay(cal.addWorkingDays(paused, 3));
    cs = (await act(caseNo, c.caseworker1 ?? '', 'end_pause', { result: '现场符合要求' })).json();
    expect(cs.clock.pausedWorkingDays).toBe(3); // the three working days after the day it began
    expect(cs.clock.promisedDue).toBe(await workingDays(promised0, 3));
    expect(cs.clock.decisionDue).toBe(await workingDays(decision0, 3));

    const ask = await act(caseNo, c.caseworker1 ?? '', 'request_extension', { days: 10, reason: '需征求相关部门意见' });
    expect(ask.statusCode).toBe(200);
    expect((await act(caseNo, c.chief1 ?? '', 'approve_extension')).statusCode).toBe(403);
    const waiting = (await call('GET', '/api/v1/cases?extension=requested&pageSize=200', c.director1)).json();
    expect(waiting.items.map((i: { caseNo: string }) => i.caseNo)).toContain(caseNo);
    cs = (await act(caseNo, c.director1 ?? '', 'approve_extension')).json();
    const after = (await call('GET', '/api/v1/cases?extension=requested&pageSize=200', c.director1)).json();
    expect(after.items.map((i: { caseNo: string }) => i.caseNo)).not.toContain(caseNo);
    expect(cs.clock.extensionDays).toBe(10);
    expect(cs.clock.decisionDue).toBe(await workingDays(decision0, 13));
    expect(cs.clock.promisedDue).toBe(await workingDays(promised0, 3));
    // once only
    expect((await act(caseNo, c.caseworker1 ?? '', 'request_extension', { days: 5, reason: '再延' })).statusCode).toBe(409);

    cs = (await act(caseNo, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' })).json();
    expect(cs.status).toBe('approved');
    expect(cs.allowedActions).toEqual([]);
    expect((await act(caseNo, c.applicant1 ?? '', 'withdraw', { reason: '不办了' })).statusCode).toBe(409);

    // the public sees the same status and dates, masked
    const code = (await call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json().queryCode;
    const pub = await t.app.inject({ url: `/api/v1/public/cases/${caseNo}?code=${code}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().status).toBe('approved');
    expect(pub.json().clock).toEqual(cs.clock);
    expect(pub.json().applicant.name).not.toBe(cs.applicant.name);
    expect(pub.body).not.toContain('现场符合要求');
    expect(pub.json().actions.map((a: { actorName: string }) => a.actorName)).toEqual(expect.arrayContaining(['申请人', '受理窗口', '审查人员', '审批科室']));
    expect(pub.body).not.toContain(cs.actions.find((a: { type: string }) => a.type === 'accept').actorName);
    expect((await t.app.inject({ url: `/api/v1/public/cases/${caseNo}?code=WRONG1` })).statusCode).toBe(404);
  });

  it('the chief assigns the review task, the reviewer sees it as theirs, and every catalog step has its due day', async () => {
    setDay(NEXT);
    const caseNo = await submitted(food);
    let cs = (await act(caseNo, c.clerk1 ?? '', 'accept')).json();
    expect(cs.steps.length).toBeGreaterThan(0);
    expect(cs.steps.at(-1).due).toBe(cs.clock.promisedDue);
    for (let i = 1; i < cs.steps.length; i++) expect(cs.steps[i].due >= cs.steps[i - 1].due).toBe(true);
    const me = (await call('GET', '/api/v1/auth/me', c.caseworker1)).json();
    expect((await act(caseNo, c.caseworker1 ?? '', 'assign', { userId: me.id })).statusCode).toBe(403);
    const notReviewer = (await call('GET', '/api/v1/auth/me', c.clerk2)).json();
    const bad = await act(caseNo, c.chief1 ?? '', 'assign', { userId: notReviewer.id });
    expect(bad.json().errors[0].path).toBe('userId');
    cs = (await act(caseNo, c.chief1 ?? '', 'assign', { userId: me.id })).json();
    expect(cs.assignee).toEqual({ userId: me.id, name: me.displayName });
    const people = (await call('GET', '/api/v1/cases/assignees', c.chief1)).json().items;
    expect(people.map((p: { userId: string }) => p.userId)).toContain(me.id);
    // a caseworker of another division (交通运输) is neither offered nor accepted
    const otherDivision = (await call('GET', '/api/v1/auth/me', c.caseworker2)).json();
    expect(people.map((p: { userId: string }) => p.userId)).not.toContain(otherDivision.id);
    const wrong = await act(caseNo, c.chief1 ?? '', 'assign', { userId: otherDivision.id });
    expect([wrong.statusCode, wrong.json().errors[0].path]).toEqual([400, 'userId']);
    expect((await call('GET', '/api/v1/cases/assignees', c.applicant1)).statusCode).toBe(403);
    const mine = (await call('GET', '/api/v1/cases?assigned=me&pageSize=200', c.caseworker1)).json();
    expect(mine.items.map((i: { caseNo: string }) => i.caseNo)).toContain(caseNo);
    // the one who holds it is not offered 领取审查任务 again, and taking it again is refused; the chief still may
    const held = (await call('GET', `/api/v1/cases/${caseNo}`, c.caseworker1)).json();
    expect(held.allowedActions).not.toContain('take');
    expect(held.allowedActions).toContain('submit_opinion');
    const again = await act(caseNo, c.caseworker1 ?? '', 'take');
    expect([again.statusCode, again.json().code]).toEqual([409, 'CASE.ALREADY_TAKEN']);
    expect((await call('GET', `/api/v1/cases/${caseNo}`, c.chief1)).json().allowedActions).toContain('take');
  });

  it('the applicant withdraws before the decision', async () => {
    setDay(NEXT);
    const caseNo = await submitted(food);
    const cs = (await act(caseNo, c.applicant1 ?? '', 'withdraw', { reason: '暂不经营' })).json();
    expect(cs.status).toBe('withdrawn');
    expect(cs.clock.state).toBe('done');
  });

  it('materials on file are offered for reuse on the next application', async () => {
    setDay(NEXT);
    const created = (await call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code })).json();
    const reusable = (await call('GET', `/api/v1/cases/${created.caseNo}/reusable-files`, c.applicant1)).json();
    expect(reusable.items.length).toBeGreaterThan(0);
    const pick = reusable.items[0];
    const boundary = '----reuse';
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${created.caseNo}/materials`,
      headers: { cookie: c.applicant1 ?? '', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="materialId"\r\n\r\n${pick.materialCode}\r\n--${boundary}\r\nContent-Disposition: form-data; name="fileId"\r\n\r\n${pick.fileId}\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json().materials.find((x: { code: string }) => x.code === pick.materialCode);
    expect(m.files[0]).toMatchObject({ id: pick.fileId, reused: true });
  });
});

describe('the sweeper', () => {
  it('deems a case accepted on its receipt day when 5 working days pass, exactly once, and warns once', async () => {
    setDay(NEXT);
    const caseNo = await submitted(food);
    setDay(cal.addWorkingDays(NEXT, 9));
    const service = bareCases(t.deps);
    await service.sweeper.sweep();
    await service.sweeper.sweep();
    const cs = (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json();
    expect(cs.actions.filter((a: { type: string }) => a.type === 'deem_accept')).toHaveLength(1);
    expect(cs.actions.at(-1)).toMatchObject({ type: 'deem_accept', actorName: '系统' });
    expect(cs.status).toBe('accepted');
    expect(cs.clock.acceptedAt).toBe(NEXT);
    // the promised limit of food licensing (3 days) ran out too: one overdue notice
    const events = await t.database.db.selectFrom('outbox').select(['topic']).where('subject', '=', caseNo).execute();
    expect(events.filter((e) => e.topic === 'case.overdue')).toHaveLength(1);
    expect(events.filter((e) => e.topic === 'case.deem_accept')).toHaveLength(1);
  });

  it('two sweepers at once, or one stopped half-way and restarted, miss nothing and repeat nothing', async () => {
    const received = workingDayFrom(cal, addCalendarDays(RECEIVED, 5));
    setDay(received);
    const cases = [await submitted(food), await submitted(food), await submitted(food)];
    setDay(cal.addWorkingDays(received, 11));
    const a = bareCases(t.deps);
    const b = bareCases(t.deps);
    // a sweeper that dies half-way: after deeming the first of these cases, inside the second one's transaction
    // (it reads the time once per case, in case-number order, and these cases come last)
    const before = await t.database.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'not in', ['approved', 'refused', 'rejected', 'withdrawn', 'draft'])
      .where('case_no', '<', cases[0] ?? '')
      .executeTakeFirstOrThrow();
    let calls = 0;
    const dying = bareCases({ ...t.deps, now: () => { if (++calls > before.n + 1) throw new Error('killed'); return now; } });
    await expect(dying.sweeper.sweep()).rejects.toThrow('killed');
    const halfway = await t.database.db.selectFrom('case_actions').select('case_no').where('type', '=', 'deem_accept').where('case_no', 'in', cases).execute();
    expect(halfway.map((r) => r.case_no)).toEqual([cases[0]]);
    await Promise.all([a.sweeper.sweep(), b.sweeper.sweep()]);
    for (const caseNo of cases) {
      const cs = (await call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json();
      expect(cs.actions.filter((x: { type: string }) => x.type === 'deem_accept'), caseNo).toHaveLength(1);
      const events = await t.database.db.selectFrom('outbox').select(['topic']).where('subject', '=', caseNo).where('topic', '=', 'case.overdue').execute();
      expect(events, caseNo).toHaveLength(1);
    }
  });

  it('keeps the stored projection equal to what the log says', async () => {
    const rows = await t.database.db.selectFrom('cases').select(['case_no', 'status', 'version']).execute();
    for (const r of rows.slice(0, 30)) {
      const cs = (await call('GET', `/api/v1/cases/${r.case_no}`, c.clerk1)).json();
      expect([r.status, r.version], r.case_no).toEqual([cs.status, cs.version]);
    }
  });
});

describe('lists', () => {
  it('staff see cases sorted by urgency; an applicant sees only their own', async () => {
    const staff = (await call('GET', '/api/v1/cases?pageSize=200', c.caseworker1)).json();
    expect(staff.total).toBeGreaterThan(5);
    const order = staff.items.map((i: { clockState: string }) => ['overdue', 'warning', 'ok'].indexOf(i.clockState)).map((x: number) => (x < 0 ? 3 : x));
    expect([...order].sort((x: number, y: number) => x - y)).toEqual(order);
    const mine = (await call('GET', '/api/v1/cases?pageSize=200', c.agent1)).json();
    expect(mine.items.every((i: { channel: string }) => i.channel === 'agent')).toBe(true);
    // one's own cases newest first: drafts, then by the day received
    const received = mine.items.map((i: { receivedOn: string | null }) => i.receivedOn ?? '9999-12-31');
    expect(new Set(received).size).toBeGreaterThan(2);
    expect(received).toEqual([...received].sort().reverse());
    expect((await call('GET', '/api/v1/cases', undefined)).statusCode).toBe(401);
  });

  it('filters by several statuses at once and shows the working days left as the case page does', async () => {
    const both = (await call('GET', '/api/v1/cases?status=accepted,paused&pageSize=200', c.caseworker1)).json();
    expect(both.total).toBeGreaterThan(0);
    expect(new Set(both.items.map((i: { status: string }) => i.status))).toEqual(new Set(['accepted', 'paused']));
    const accepted = (await call('GET', '/api/v1/cases?status=accepted&pageSize=1', c.caseworker1)).json().total;
    const paused = (await call('GET', '/api/v1/cases?status=paused&pageSize=1', c.caseworker1)).json().total;
    expect(both.total).toBe(accepted + paused);
    const bad = await call('GET', '/api/v1/cases?status=accepted,nonsense', c.caseworker1);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.status.1');
    for (const row of both.items.filter((i: { clockState: string }) => ['ok', 'warning', 'overdue'].includes(i.clockState)).slice(0, 5)) {
      const detail = (await call('GET', `/api/v1/cases/${row.caseNo}`, c.caseworker1)).json();
      expect(row.remainingWorkingDays).toBe(detail.clock.remainingWorkingDays);
    }
    expect(both.items.filter((i: { clockState: string }) => i.clockState === 'paused').every((i: { remainingWorkingDays: null }) => i.remainingWorkingDays === null)).toBe(true);
  });
});
