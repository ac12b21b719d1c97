import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/domain/calendar.js';
import { creditCodeCheckChar } from '../src/domain/identifiers.js';
import { exampleForm } from '../src/domain/forms.js';
import { caseHelpers, PDF, type Item } from './case-helpers.js';
import { beijing, createTestApp, testEpoch, type TestContext } from './harness.js';

// the test's own plain weeks, from a Monday weeks after the demo seed's today; day(1) is its Tuesday, 10:00 in Beijing
const EPOCH = testEpoch();
const day = (n: number) => addCalendarDays(EPOCH, n);
let now = beijing(day(1));
let t: TestContext;
const h = caseHelpers(() => t);
const USERS = ['agent1', 'agent2', 'agencylead1', 'clerk2', 'caseworker1', 'chief1', 'chief4', 'deputy1', 'applicant1', 'director1'] as const;
type Who = (typeof USERS)[number];
const cookies = {} as Record<Who, string>;
const ids: Record<string, string> = {};

const code = (first17: string) => first17 + creditCodeCheckChar(first17);
const COMPANY_A = { companyName: '泰安岱宗新材料有限公司', creditCode: code('91370900MA3TXT001') };
const COMPANY_B = { companyName: '泰安汶河物流园有限公司', creditCode: code('91370900MA3TXT002') };

let core: Item; // 企业投资项目核准, TA-D04, promised 10
let landPlan: Item; // 建设用地规划许可证核发, TA-D04, promised 5, milestone 国有建设用地使用权出让
/** An item's own application form filled with its example values (as the agent would fill it). */
const filled = (i: Item) => (i.form ? exampleForm(i.form) : {});
let build: Item; // 建筑工程施工许可证核发, TA-D05, promised 3, milestone 施工招标投标

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of USERS) cookies[u] = await t.login(u);
  for (const r of await t.database.db.selectFrom('users').select(['id', 'username']).execute()) ids[r.username] = r.id;
  core = await h.item('企业投资项目核准');
  landPlan = await h.item('建设用地规划许可证核发');
  build = await h.item('建筑工程施工许可证核发');
});
afterAll(() => t.close());

const count = async (table: 'cases' | 'projects' | 'agency_authorisations' | 'project_followups') =>
  (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

async function authorise(as: Who, body: object) {
  return h.call('POST', '/api/v1/agency/authorisations', cookies[as], { scope: 'all', letterRef: 'WT-2026-001', validFrom: day(-29), validTo: day(335), ...body });
}

/** Upload every required material of a project's draft and submit it, as the filer. */
async function submitDraft(caseNo: string, item: Item, cookie: string) {
  for (const m of item.materials.filter((x) => x.requirement === 'required')) {
    const res = await h.upload(caseNo, cookie, m.code, Buffer.concat([PDF, Buffer.from(`% ${caseNo} ${m.code}\n`)]));
    expect(res.statusCode, res.body).toBe(200);
  }
  const res = await h.act(caseNo, cookie, 'submit');
  expect(res.statusCode, res.body).toBe(200);
}

async function project(id: string, as: Who = 'agent1') {
  const res = await h.call('GET', `/api/v1/projects/${id}`, cookies[as]);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

let authA = '';
let projectA = '';
let casesA: [string, string, string] = ['', '', ''];

describe('agency authorisations (授权委托)', () => {
  it('refuses a bad 统一社会信用代码, reversed dates and a missing project name with 400 naming the field, writing nothing', async () => {
    const before = await count('agency_authorisations');
    const bad: [object, string][] = [
      [{ ...COMPANY_A, creditCode: `${COMPANY_A.creditCode.slice(0, 17)}${COMPANY_A.creditCode.endsWith('0') ? '1' : '0'}` }, 'creditCode'],
      [{ ...COMPANY_A, validFrom: '2027-01-01', validTo: '2026-01-01' }, 'validTo'],
      [{ ...COMPANY_A, scope: 'project' }, 'projectName'],
      [{ ...COMPANY_A, validFrom: '2026-02-30' }, 'validFrom'],
    ];
    for (const [body, field] of bad) {
      const res = await authorise('agent1', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect(await count('agency_authorisations')).toBe(before);
  });

  it('lets an agent register their own letter, not someone else’s; the centre registers for any agent; a letter is registered once', async () => {
    const mine = await authorise('agent1', COMPANY_A);
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ state: 'valid', agent: { userId: ids.agent1 }, creditCode: COMPANY_A.creditCode });
    authA = mine.json().id;
    expect((await authorise('agent1', { ...COMPANY_B, agentUserId: ids.agent2 })).statusCode).toBe(403);
    expect((await authorise('agencylead1', { ...COMPANY_B, agentUserId: ids.agent2 })).statusCode).toBe(201);
    expect((await authorise('agencylead1', { ...COMPANY_B, agentUserId: ids.clerk2, letterRef: 'WT-X' })).json().errors[0].path).toBe('agentUserId');
    const again = await authorise('agent1', COMPANY_A);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('AGENCY.DUPLICATE_LETTER');
    const mineOnly = (await h.call('GET', '/api/v1/agency/authorisations', cookies.agent1)).json().items;
    expect(mineOnly.map((a: { creditCode: string }) => a.creditCode)).toContain(COMPANY_A.creditCode);
    expect(mineOnly.every((a: { agent: { userId: string } }) => a.agent.userId === ids.agent1)).toBe(true);
    const all = (await h.call('GET', '/api/v1/agency/authorisations', cookies.agencylead1)).json().items;
    expect(all.map((a: { creditCode: string }) => a.creditCode)).toEqual(expect.arrayContaining([COMPANY_A.creditCode, COMPANY_B.creditCode]));
    expect((await h.call('GET', '/api/v1/agency/authorisations', cookies.applicant1)).statusCode).toBe(403);
  });
});

describe('filing a project (并联审批)', () => {
  const body = () => ({ name: '岱宗新材料年产5万吨项目', leadDepartmentCode: 'TA-D04', items: [{ itemCode: core.code }, { itemCode: landPlan.code }, { itemCode: build.code, form: filled(build) }], authorisationId: authA });

  it('refuses bad input with 400 naming the field, and writes no project and no case', async () => {
    const cases = await count('cases');
    const projects = await count('projects');
    const bad: [object, string][] = [
      [{ ...body(), authorisationId: undefined }, 'authorisationId'],
      [{ ...body(), leadDepartmentCode: 'TA-R09' }, 'leadDepartmentCode'],
      [{ ...body(), items: [{ itemCode: core.code }, { itemCode: 'NO-SUCH-ITEM' }] }, 'items.1.itemCode'],
      [{ ...body(), items: [{ itemCode: core.code }, { itemCode: core.code }] }, 'items.1.itemCode'],
      [{ ...body(), items: [{ itemCode: core.code }] }, 'items'],
      [{ ...body(), creditCode: COMPANY_B.creditCode }, 'authorisationId'],
    ];
    for (const [b, field] of bad) {
      const res = await h.call('POST', '/api/v1/projects', cookies.agent1, b);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    // agent2 holds no authorisation of company A
    const other = await h.call('POST', '/api/v1/projects', cookies.agent2, body());
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].message).toMatch(/不是委托给当前代办员/);
    expect(await count('cases')).toBe(cases);
    expect(await count('projects')).toBe(projects);
  });

  it('creates one draft case per item through the cases module, with the lead division and a project number', async () => {
    const cases = await count('cases');
    const res = await h.call('POST', '/api/v1/projects', cookies.agent1, { ...body(), requestKey: 'req-project-a-0001' });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    projectA = p.id;
    casesA = p.items.map((i: { caseNo: string }) => i.caseNo) as [string, string, string];
    expect(p.code).toMatch(new RegExp(`^泰投项〔${day(1).slice(0, 4)}〕\\d+号$`));
    expect(p).toMatchObject({ companyName: COMPANY_A.companyName, creditCode: COMPANY_A.creditCode, leadDepartmentCode: 'TA-D04', leadDepartmentName: '投资建设项目审批科', agent: { userId: ids.agent1 } });
    expect(p.items.map((i: { itemCode: string }) => i.itemCode)).toEqual([core.code, landPlan.code, build.code]);
    expect(p.items.map((i: { departmentCode: string }) => i.departmentCode)).toEqual(['TA-D04', 'TA-D04', 'TA-D05']);
    expect(p.items.every((i: { status: string; nextStep: { by: string } }) => i.status === 'draft' && i.nextStep.by === 'applicant')).toBe(true);
    expect(p.clock).toMatchObject({ state: 'not_started', limitDays: 10, dueOn: null, total: 3, finished: 0 });
    expect(await count('cases')).toBe(cases + 3);
    // each is a case of its own, filed by the agent for the company
    const c = await h.call('GET', `/api/v1/cases/${casesA[2]}`, cookies.agent1);
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ channel: 'agent', status: 'draft', applicant: { name: COMPANY_A.companyName, creditCode: COMPANY_A.creditCode } });
    // a retry of the same request answers with the same project and writes nothing
    const retry = await h.call('POST', '/api/v1/projects', cookies.agent1, { ...body(), requestKey: 'req-project-a-0001' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(projectA);
    expect(await count('cases')).toBe(cases + 3);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', projectA).execute();
    expect(audit.map((a) => a.action)).toEqual(['project.create']);
  });

  it('lets an agent see only the projects assigned to them; an applicant sees none of them', async () => {
    expect((await h.call('GET', '/api/v1/projects', cookies.agent1)).json().items.map((p: { id: string }) => p.id)).toContain(projectA);
    expect((await h.call('GET', '/api/v1/projects', cookies.agent2)).json().items.map((p: { id: string }) => p.id)).not.toContain(projectA);
    expect((await h.call('GET', `/api/v1/projects/${projectA}`, cookies.agent2)).statusCode).toBe(404);
    expect((await h.call('GET', `/api/v1/projects/${projectA}`, cookies.applicant1)).statusCode).toBe(404);
    expect((await h.call('GET', '/api/v1/projects', cookies.applicant1)).json().items).toEqual([]);
    expect((await h.call('GET', `/api/v1/projects/${projectA}`, cookies.caseworker1)).statusCode).toBe(200);
  });
});

describe('combined progress and the overall deadline', () => {
  it('starts the project clock at the first acceptance and ends it the longest promised limit later, in working days', async () => {
    await submitDraft(casesA[0], core, cookies.agent1);
    let p = await project(projectA);
    expect(p.items[0]).toMatchObject({ status: 'submitted', nextStep: { by: 'bureau' } });
    expect(p.items[0].nextStep.text).toBe(`待窗口受理（${day(8)}前）`);
    expect(p.clock.state).toBe('not_started');

    expect((await h.act(casesA[0], cookies.clerk2, 'accept')).statusCode).toBe(200);
    // the next day the other two are submitted and accepted
    now = beijing(day(2));
    await submitDraft(casesA[1], landPlan, cookies.agent1);
    await submitDraft(casesA[2], build, cookies.agent1);
    expect((await h.act(casesA[1], cookies.clerk2, 'accept')).statusCode).toBe(200);
    expect((await h.act(casesA[2], cookies.clerk2, 'request_supplement', { items: [{ materialCode: build.materials[0]!.code, problem: '复印件不清晰' }] })).statusCode).toBe(200);

    p = await project(projectA);
    // 10 working days from Tuesday day(1): Wed–Fri, Mon–Fri of the next week, Mon and Tue of the one after
    expect(p.clock).toMatchObject({ startedOn: day(1), dueOn: day(15), limitDays: 10, remainingWorkingDays: 9, state: 'ok' });
    expect(p.items.map((i: { status: string }) => i.status)).toEqual(['accepted', 'accepted', 'supplement_requested']);
    expect(p.items[2].nextStep).toEqual({ text: '待申请方按补正告知书补正材料', by: 'applicant' });
    // each item's own clock, as the case page shows it
    const own = (await h.call('GET', `/api/v1/cases/${casesA[1]}`, cookies.agent1)).json();
    expect(p.items[1]).toMatchObject({ acceptedAt: day(2), promisedDue: own.clock.promisedDue, remainingWorkingDays: own.clock.remainingWorkingDays });
    expect(own.clock.promisedDue).toBe(day(9));
  });

  it('uses a set project limit instead of the longest promised limit', async () => {
    const res = await h.call('POST', '/api/v1/projects', cookies.clerk2, { ...COMPANY_B, name: '汶河物流园仓储项目', leadDepartmentCode: 'TA-D05', limitDays: 3, items: [{ itemCode: core.code }, { itemCode: build.code, form: filled(build) }] });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.agent).toBeNull();
    expect(p.clock.limitDays).toBe(3);
    expect((await h.call('POST', '/api/v1/projects', cookies.clerk2, { name: 'x', leadDepartmentCode: 'TA-D05', items: [{ itemCode: core.code }, { itemCode: build.code, form: filled(build) }] })).json().errors[0].path).toBe('companyName');
  });
});

describe('external trading milestones (公共资源交易)', () => {
  it('refuses to approve while a milestone is unrecorded, and approves once an officer recorded it', async () => {
    const caseNo = casesA[1];
    // the 投资建设 chief decides the division's items (chief1 of 市场准入 may not)
    const refused = await h.act(caseNo, cookies.chief4, 'approve', { opinion: '同意' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CASE.MILESTONES_PENDING');
    expect(refused.json().detail).toContain('国有建设用地使用权出让（公共资源交易）');

    const shown = (await h.call('GET', `/api/v1/cases/${caseNo}/milestones`, cookies.agent1)).json();
    expect(shown).toMatchObject({ mayRecord: false, items: [{ name: '国有建设用地使用权出让（公共资源交易）', recorded: false }] });
    expect((await h.call('POST', `/api/v1/cases/${caseNo}/milestones`, cookies.agent1, { name: '国有建设用地使用权出让（公共资源交易）', reference: 'TA-JY-2026-0088', date: day(-10) })).statusCode).toBe(403);
    const wrong = await h.call('POST', `/api/v1/cases/${caseNo}/milestones`, cookies.caseworker1, { name: '施工招标投标（公共资源交易）', reference: 'X', date: day(-10) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('name');
    const future = await h.call('POST', `/api/v1/cases/${caseNo}/milestones`, cookies.caseworker1, { name: '国有建设用地使用权出让（公共资源交易）', reference: 'X', date: day(30) });
    expect(future.json().errors[0].path).toBe('date');

    const body = { name: '国有建设用地使用权出让（公共资源交易）', reference: 'TA-JY-2026-0088', date: day(-10) };
    const rec = await h.call('POST', `/api/v1/cases/${caseNo}/milestones`, cookies.caseworker1, body);
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json().items[0]).toMatchObject({ recorded: true, reference: 'TA-JY-2026-0088', date: day(-10) });
    // the same record again changes nothing; a different one is a conflict
    expect((await h.call('POST', `/api/v1/cases/${caseNo}/milestones`, cookies.caseworker1, body)).statusCode).toBe(200);
    expect((await h.call('POST', `/api/v1/cases/${caseNo}/milestones`, cookies.caseworker1, { ...body, reference: 'OTHER' })).statusCode).toBe(409);
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', caseNo).where('action', '=', 'case.milestone_record').execute();
    expect(audits).toHaveLength(1);

    // both items' procedures name 分管领导: the deputy signs, then the chief decides
    expect((await h.act(caseNo, cookies.deputy1, 'submit_opinion', { opinion: '同意' })).statusCode).toBe(200);
    const approved = await h.act(caseNo, cookies.chief4, 'approve', { opinion: '同意' });
    expect(approved.statusCode, approved.body).toBe(200);
    // an item without milestones is approved as before
    expect((await h.act(casesA[0], cookies.deputy1, 'submit_opinion', { opinion: '同意' })).statusCode).toBe(200);
    expect((await h.act(casesA[0], cookies.chief4, 'approve', { opinion: '同意' })).statusCode).toBe(200);
    const p = await project(projectA);
    expect(p.items.map((i: { status: string }) => i.status)).toEqual(['approved', 'approved', 'supplement_requested']);
    expect(p.clock).toMatchObject({ finished: 2, total: 3, state: 'ok' });
    expect(p.items[1].milestones[0]).toMatchObject({ recorded: true, reference: 'TA-JY-2026-0088' });
  });
});

describe('joint meetings (联席会议)', () => {
  let meetingId = '';
  it('is called by a chief for a project, with participating divisions and regulators', async () => {
    const bad = await h.call('POST', '/api/v1/meetings', cookies.chief1, { projectId: projectA, title: '会', agenda: '议程', meetingDate: day(3), departmentCodes: ['TA-D04', 'NOPE'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('departmentCodes.1');
    expect((await h.call('POST', '/api/v1/meetings', cookies.caseworker1, { projectId: projectA, title: '会', agenda: '议程', meetingDate: day(3), departmentCodes: ['TA-D04'] })).statusCode).toBe(403);
    const res = await h.call('POST', '/api/v1/meetings', cookies.chief1, {
      projectId: projectA,
      title: '岱宗新材料项目联席会议',
      agenda: '施工许可补正材料及招投标进度',
      meetingDate: day(3),
      departmentCodes: ['TA-D04', 'TA-D05', 'TA-R09'],
    });
    expect(res.statusCode, res.body).toBe(201);
    meetingId = res.json().id;
    expect(res.json().cases.map((c: { caseNo: string }) => c.caseNo)).toEqual(casesA);
    expect(res.json().departments.map((d: { code: string }) => d.code).sort()).toEqual(['TA-D04', 'TA-D05', 'TA-R09']);
  });

  it('shows a meeting to the people of participating departments only', async () => {
    expect((await h.call('GET', `/api/v1/meetings/${meetingId}`, cookies.clerk2)).statusCode).toBe(200);
    expect((await h.call('GET', `/api/v1/meetings/${meetingId}`, cookies.caseworker1)).statusCode).toBe(404);
    expect((await h.call('GET', '/api/v1/meetings', cookies.clerk2)).json().items.map((m: { id: string }) => m.id)).toContain(meetingId);
    expect((await h.call('GET', '/api/v1/meetings', cookies.caseworker1)).json().items.map((m: { id: string }) => m.id)).not.toContain(meetingId);
    expect((await h.call('GET', '/api/v1/meetings', cookies.applicant1)).statusCode).toBe(403);
  });

  it('records minutes with one decision per case, and follow-ups that turn overdue', async () => {
    const m = (await h.call('GET', `/api/v1/meetings/${meetingId}`, cookies.chief1)).json();
    const foreign = await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, cookies.chief1, { minutes: '纪要', decisions: [{ caseNo: 'TA2026-999999', decision: 'x' }], rev: m.rev });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('decisions.0.caseNo');
    const res = await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, cookies.chief1, {
      minutes: '会议研究了项目三个事项的办理进度。',
      decisions: casesA.map((c, i) => ({ caseNo: c, decision: ['已准予许可', '已准予许可', '企业于12月7日前补正，招投标结果到后即审'][i] })),
      rev: m.rev,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().decisions).toHaveLength(3);
    expect((await h.call('PUT', `/api/v1/meetings/${meetingId}/minutes`, cookies.chief1, { minutes: '再改', decisions: [], rev: m.rev })).statusCode).toBe(409);

    const notParticipant = await h.call('POST', `/api/v1/meetings/${meetingId}/followups`, cookies.chief1, { task: '催办', ownerUserId: ids.caseworker1, dueDate: day(7) });
    expect(notParticipant.json().errors[0].path).toBe('ownerUserId');
    const before = await count('project_followups');
    const fu = await h.call('POST', `/api/v1/meetings/${meetingId}/followups`, cookies.chief1, { task: '督促企业补正施工许可材料', ownerUserId: ids.clerk2, dueDate: day(7) });
    expect(fu.statusCode, fu.body).toBe(200);
    expect(await count('project_followups')).toBe(before + 1);
    const f = fu.json().followups[0];
    expect(f).toMatchObject({ state: 'open', owner: { userId: ids.clerk2 } });

    now = beijing(day(8));
    const later = (await h.call('GET', `/api/v1/meetings/${meetingId}`, cookies.clerk2)).json();
    expect(later.followups[0]).toMatchObject({ state: 'overdue', mayComplete: true });
    const mine = (await h.call('GET', '/api/v1/meetings', cookies.clerk2)).json();
    expect(mine.items.find((x: { id: string }) => x.id === meetingId)).toMatchObject({ overdueFollowups: 1, held: true });
    expect(mine.myFollowups.map((x: { id: string }) => x.id)).toContain(f.id);
    expect((await h.call('POST', `/api/v1/followups/${f.id}/done`, cookies.agent1, { note: 'x' })).statusCode).toBe(403);
    const done = await h.call('POST', `/api/v1/followups/${f.id}/done`, cookies.clerk2, { note: '企业已补正' });
    expect(done.json().followups[0]).toMatchObject({ state: 'done', doneNote: '企业已补正' });
    now = beijing(day(2));
  });
});

describe('the agency centre (代办服务中心)', () => {
  type Load = { userId: string; projects: number; activeProjects: number; openCases: number; overdueCases: number; waitingOnAgent: number; projectList: { id: string; state: string }[] };
  const workload = async () => (await h.call('GET', '/api/v1/agency/workload', cookies.agencylead1)).json().agents as Load[];
  const of = (w: Load[], who: 'agent1' | 'agent2') => w.find((a) => a.userId === ids[who])!;

  it('sees each agent’s projects with the project clock', async () => {
    now = beijing(day(16));
    const a1 = of(await workload(), 'agent1');
    expect(a1.projectList.find((p) => p.id === projectA)).toMatchObject({ state: 'overdue' });
    expect(a1.projects).toBe(a1.projectList.length);
    expect(of(await workload(), 'agent2').projectList.map((p) => p.id)).not.toContain(projectA);
    expect((await h.call('GET', '/api/v1/agency/workload', cookies.agent1)).statusCode).toBe(403);
    now = beijing(day(2));
  });

  it('reassigns a project to another agent, who then follows its cases; the first agent no longer sees it, and the loads move', async () => {
    const before = await workload();
    const p = await project(projectA, 'agencylead1');
    expect((await h.call('POST', `/api/v1/projects/${projectA}/reassign`, cookies.agencylead1, { agentUserId: ids.clerk2, rev: p.rev })).json().errors[0].path).toBe('agentUserId');
    expect((await h.call('POST', `/api/v1/projects/${projectA}/reassign`, cookies.agent1, { agentUserId: ids.agent2, rev: p.rev })).statusCode).toBe(403);
    const res = await h.call('POST', `/api/v1/projects/${projectA}/reassign`, cookies.agencylead1, { agentUserId: ids.agent2, rev: p.rev });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().agent.userId).toBe(ids.agent2);
    // a second reassignment on the version read is stale
    expect((await h.call('POST', `/api/v1/projects/${projectA}/reassign`, cookies.agencylead1, { agentUserId: ids.agent1, rev: p.rev })).json().code).toBe('PROJECT.STALE');
    expect((await h.call('GET', `/api/v1/projects/${projectA}`, cookies.agent1)).statusCode).toBe(404);
    expect((await h.call('GET', `/api/v1/cases/${casesA[2]}`, cookies.agent1)).statusCode).toBe(404);
    expect((await h.call('GET', `/api/v1/projects/${projectA}`, cookies.agent2)).statusCode).toBe(200);
    // agent2 now answers the 补正 notice of the third case
    const c = (await h.call('GET', `/api/v1/cases/${casesA[2]}`, cookies.agent2)).json();
    expect(c.allowedActions).toContain('submit_supplement');
    // project A has one open case, waiting on the agent (补正): it moves from agent1's load to agent2's
    const after = await workload();
    for (const [who, sign] of [['agent1', -1], ['agent2', 1]] as const) {
      const [b, a] = [of(before, who), of(after, who)];
      expect({ projects: a.projects - b.projects, activeProjects: a.activeProjects - b.activeProjects, openCases: a.openCases - b.openCases, waitingOnAgent: a.waitingOnAgent - b.waitingOnAgent }).toEqual({
        projects: sign,
        activeProjects: sign,
        openCases: sign,
        waitingOnAgent: sign,
      });
    }
    expect(of(after, 'agent2').projectList.map((x) => x.id)).toContain(projectA);
  });
});
