/**
 * The demo's parallel approval (并联审批) and agency service (代办): three companies' written
 * authorisations, two investment projects filed by agent1 (four and three items, under way over
 * the last two weeks, one land-use item approved after its 公共资源交易 milestone was recorded),
 * and a joint meeting on the first with minutes, a decision per item and two follow-ups (one
 * done, one overdue). Through the services users have. Resumable: each step checks whether it
 * is done.
 */
import type { Logger } from 'pino';
import { addCalendarDays, toShanghaiDate } from '../../domain/calendar.js';
import { bareCaseServices, demoPdf } from './cases.js';
import { loadUserActor, type UserActor } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { NO_POLICIES } from '../modules/cases/case-commands.service.js';
import type { ActionBody } from '../modules/cases/cases.schemas.js';
import { CatalogService } from '../modules/catalog/catalog.service.js';
import { AgencyService } from '../modules/projects/agency.service.js';
import { ProjectsService } from '../modules/projects/projects.service.js';
import { exampleForm, itemForm } from '../../domain/forms.js';

const COMPANIES = [
  { companyName: '泰安岱宗新材料科技有限公司', creditCode: '91370900MA3PRJ001T', agent: 'agent1', scope: 'all' as const, letterRef: '岱宗新材委〔2026〕1号' },
  { companyName: '泰安汶河智慧物流有限公司', creditCode: '91370900MA3PRJ002X', agent: 'agent1', scope: 'project' as const, projectName: '汶河智慧物流园一期工程', letterRef: '汶河物流委字第008号' },
  { companyName: '山东泰山文旅发展集团有限公司', creditCode: '91370900MA3PRJ0031', agent: 'agent2', scope: 'all' as const, letterRef: '泰山文旅委〔2026〕3号' },
];

const PROJECTS = [
  {
    key: 'demo-project-1',
    company: 0,
    name: '岱宗新材料年产5万吨高性能复合材料项目',
    lead: 'TA-D04',
    items: [
      '000104001000-370900000000-000-113709007526808DXK-1-00' /* 企业投资项目核准 */,
      '000119002000-370900000000-000-113709007526808DXK-1-00' /* 建设用地规划许可证核发 */,
      '000119003000-370900000000-000-113709007526808DXK-1-00' /* 建设工程规划许可证核发 */,
      '000121001000-370900000000-000-113709007526808E8K-1-00' /* 建筑工程施工许可证核发 */],
  },
  {
    key: 'demo-project-2',
    company: 1,
    name: '汶河智慧物流园一期工程',
    lead: 'TA-D04',
    items: ['000104002000-370900000000-000-113709007526808DXK-1-00' /* 固定资产投资项目节能审查 */, '000120001000-370900000000-000-113709007526808DXK-1-00' /* 建设项目环境影响评价文件审批 */, '000121003000-370900000000-000-113709007526808E8K-1-00' /* 特殊建设工程消防设计审查 */],
  },
];

/** An action as the demo takes it: on the version it reads just before. */
type ActionStep = ActionBody extends infer T ? (T extends ActionBody ? Omit<T, 'expectedVersion'> : never) : never;

const MEETING_TITLE = '岱宗新材料项目并联审批联席会议';
const STANDING_TITLE = '审管联动联席会议（第四季度例会）';

/** Seed the projects, authorisations and the meeting that are not there yet; returns whether anything was written. */
export async function seedDemoProjects(db: Db, log: Logger, seedNow: Date): Promise<boolean> {
  let wrote = false;
  const realNow = seedNow;
  let clock = realNow;
  const now = () => clock;
  const calendar = new CalendarService(db);
  // the seed's cases wait for the trading milestones like the server's; the other policies are off (NO_POLICIES)
  const cases = bareCaseServices(
    { db, catalog: new CatalogService(db), calendar, now },
    { ...NO_POLICIES, approvalCheck: (trx, { caseNo, item }) => projects.checkMilestones(trx, caseNo, item.externalMilestones) },
  );
  const projects: ProjectsService = new ProjectsService({ db, caseCommands: cases.commands, caseQueries: cases.queries, caseFiles: cases.files, calendar, now });
  const agency = new AgencyService({ db, caseFiles: cases.files, projects, now });
  const as = async (username: string): Promise<UserActor> => {
    const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    const actor = row ? await loadUserActor(db, row.id, null) : null;
    if (!actor) throw new Error(`demo account ${username} missing`);
    return actor;
  };
  const today = toShanghaiDate(realNow);
  // a working day `n` working days before today, at `hour` in Beijing
  const cal = await calendar.calendar();
  const workingDayBefore = (n: number) => {
    let d = today;
    for (let left = n; left > 0; ) {
      d = addCalendarDays(d, -1);
      if (cal.isWorkingDay(d)) left--;
    }
    return d;
  };
  const at = (n: number, hour = 10) => new Date(`${workingDayBefore(n)}T${String(hour - 8).padStart(2, '0')}:00:00Z`);

  const lead = await as('agencylead1');
  const authIds: string[] = [];
  for (const c of COMPANIES) {
    const have = await db.selectFrom('agency_authorisations').select('id').where('credit_code', '=', c.creditCode).where('letter_ref', '=', c.letterRef).executeTakeFirst();
    if (have) {
      authIds.push(have.id);
      continue;
    }
    clock = at(12, 9);
    const agent = await as(c.agent);
    const created = await agency.authorise(lead, {
      companyName: c.companyName,
      creditCode: c.creditCode,
      agentUserId: agent.userId,
      scope: c.scope,
      projectName: 'projectName' in c ? c.projectName : undefined,
      letterRef: c.letterRef,
      validFrom: addCalendarDays(today, -30),
      validTo: addCalendarDays(today, 335),
    });
    authIds.push(created.id);
    wrote = true;
  }

  const catalog = new CatalogService(db);
  const agent1 = await as('agent1');
  const clerk = await as('clerk2');
  const chief = await as('director1');
  const reviewer = await as('caseworker3');
  const act = async (user: UserActor, caseNo: string, body: ActionStep) => {
    const v = await cases.queries.get(user, caseNo);
    await cases.commands.act(user, caseNo, { ...body, expectedVersion: v.version } as ActionBody);
  };

  const ids: string[] = [];
  for (const p of PROJECTS) {
    const have = await db.selectFrom('projects').select('id').where('request_key', '=', p.key).executeTakeFirst();
    if (have) {
      ids.push(have.id);
      continue;
    }
    // items by code (a rename keeps it); a project whose items are not all published is left out
    const found = await Promise.all(p.items.map((code) => catalog.publishedItem(code).catch(() => null)));
    const items = found.filter((i) => i !== null);
    if (items.length < p.items.length) {
      log.warn({ project: p.key }, 'demo projects: an item is not in the public catalog, project left out');
      continue;
    }
    clock = at(p.key === 'demo-project-1' ? 10 : 6);
    const created = await projects.create(agent1, { name: p.name, leadDepartmentCode: p.lead, items: items.map((i, n) => ({ itemCode: i.code, form: { ...exampleForm(itemForm(i)), demoRef: `${p.key}-${n + 1}` } })), authorisationId: authIds[p.company], requestKey: p.key });
    ids.push(created.id);
    // the agent uploads every required material and submits each item the same day
    for (const [i, it] of created.items.entries()) {
      const item = items[i];
      if (!item) continue;
      for (const m of item.materials.filter((x) => x.requirement === 'required'))
        await cases.files.attachMaterial(agent1, it.caseNo, { materialCode: m.code, upload: async () => ({ name: `${m.code}.pdf`, content: demoPdf(`${p.key} ${it.caseNo} ${m.code}`) }) });
      await act(agent1, it.caseNo, { type: 'submit' });
    }
    // the comprehensive window accepts them the next working day, except the last item of the second project (补正)
    clock = at(p.key === 'demo-project-1' ? 9 : 5, 11);
    for (const [i, it] of created.items.entries()) {
      if (p.key === 'demo-project-2' && i === created.items.length - 1) {
        const item = items[i];
        const first = item?.materials.find((m) => m.requirement === 'required');
        if (first) await act(clerk, it.caseNo, { type: 'request_supplement', items: [{ materialCode: first.code, problem: '总平面图未加盖设计单位出图章，请补正' }] });
      } else await act(clerk, it.caseNo, { type: 'accept' });
    }
    if (p.key === 'demo-project-1') {
      const [core, land] = created.items;
      // the core approval is decided; the land-use planning permit waits for its land transfer, recorded, then approved
      clock = at(4, 15);
      if (core) await act(chief, core.caseNo, { type: 'approve', opinion: '符合产业政策和相关规划，同意核准。' });
      if (land) {
        clock = at(3, 10);
        await projects.recordMilestone(reviewer, land.caseNo, { name: '国有建设用地使用权出让（公共资源交易）', reference: 'TAGT2026-0137', date: workingDayBefore(15) });
        clock = at(2, 16);
        await act(chief, land.caseNo, { type: 'approve', opinion: '用地性质、位置和界限符合控制性详细规划，同意核发。' });
      }
    }
    wrote = true;
  }

  const meetingExists = await db.selectFrom('project_meetings').select('id').where('title', '=', MEETING_TITLE).executeTakeFirst();
  const projectId = ids[0];
  if (!meetingExists && projectId) {
    clock = at(5, 9);
    const m = await projects.createMeeting(chief, {
      projectId,
      standing: false,
      title: MEETING_TITLE,
      agenda: '一、通报项目四个事项的办理进度；二、研究建筑工程施工许可与施工招标投标的衔接；三、明确规划许可的会审意见。',
      meetingDate: workingDayBefore(4),
      location: '市政务服务中心三楼会议室',
      departmentCodes: ['TA-D04', 'TA-D05', 'TA-R09', 'TA-R11', 'TA-I02'],
    });
    clock = at(4, 17);
    const decided = ['已核准，抄送市发展改革委。', '待国有建设用地使用权出让成交后即予核发。', '设计方案经联合会审通过，5个工作日内出具规划许可。', '待施工招标投标完成并登记中标结果后核发施工许可。'];
    const withMinutes = await projects.writeMinutes(chief, m.id, {
      minutes: '会议由冯局长主持，投资建设项目审批科、勘察设计与工程建设审批科、市自然资源和规划局、市住房和城乡建设局、市代办服务中心参加。会议听取了项目各事项办理进度的汇报，逐项研究了存在的问题。',
      decisions: m.cases.map((c, i) => ({ caseNo: c.caseNo, decision: decided[i] ?? '按期办理。' })),
      topicDecisions: [],
      rev: m.rev,
    });
    const owners = withMinutes.participants;
    const clerkOwner = owners.find((o) => o.userId === clerk.userId) ?? owners[0];
    const agentOwner = owners.find((o) => o.userId === agent1.userId) ?? owners[0];
    if (agentOwner) await projects.addFollowup(chief, m.id, { task: '代办员督促企业提交施工招标投标中标通知书', ownerUserId: agentOwner.userId, dueDate: workingDayBefore(1) });
    if (clerkOwner) {
      const fu = await projects.addFollowup(chief, m.id, { task: '综合窗口将会审意见书面告知企业', ownerUserId: clerkOwner.userId, dueDate: workingDayBefore(2) });
      const done = fu.followups.find((f) => f.task.startsWith('综合窗口'));
      clock = at(3, 10);
      if (done) await projects.completeFollowup(clerk, done.id, '已于当日电话并书面告知企业。');
    }
    wrote = true;
  }
  // 联席会议制度: the standing meeting of the bureau and the regulators (审管联动), with topics and follow-ups
  const standingExists = await db.selectFrom('project_meetings').select('id').where('title', '=', STANDING_TITLE).executeTakeFirst();
  const food = await db.selectFrom('catalog_public').select('code').where('name', '=', '食品经营许可').executeTakeFirst();
  if (!standingExists && projectId && food) {
    clock = at(8, 9);
    const regulator = await as('regulator1');
    const m = await projects.createMeeting(chief, {
      standing: true,
      title: STANDING_TITLE,
      agenda: '一、通报上月审批与监管信息双向推送和签收情况；二、研究食品经营许可的事中事后监管衔接；三、会商重点项目的联合监管；四、讨论告知承诺制事项的核查办法。',
      meetingDate: workingDayBefore(6),
      location: '市政务服务中心五楼第一会议室',
      departmentCodes: ['TA-D02', 'TA-D04', 'TA-R20', 'TA-R09', 'TA-R11'],
      topics: [
        { kind: 'policy', title: '审批结果推送后两个工作日内签收的执行情况与逾期通报' },
        { kind: 'item', ref: food.code, title: '食品经营许可：发证后首次监督检查的时限与检查结果反馈' },
        { kind: 'project', ref: projectId, title: '重点项目建成投产前的联合监管安排' },
        { kind: 'policy', title: '告知承诺制审批事项的事后核查比例和失信惩戒' },
      ],
    });
    clock = at(6, 17);
    const minuted = await projects.writeMinutes(chief, m.id, {
      minutes: '会议由冯局长主持，市行政审批服务局相关科室和市市场监督管理局、市自然资源和规划局、市住房和城乡建设局参加。会议通报了审管信息推送与签收情况，逐项研究了议题。',
      decisions: [],
      topicDecisions: [
        { seq: 1, decision: '各监管部门指定专人每日签收；逾期签收按月通报。' },
        { seq: 2, decision: '发证后 30 日内完成首次检查，检查结果当日经监管工作台反馈。' },
        { seq: 3, decision: '住房城乡建设局牵头，竣工前组织联合检查。' },
        { seq: 4, decision: '核查比例不低于 20%，发现虚假承诺的撤销许可并列入失信名单。' },
      ],
      rev: m.rev,
    });
    const owner = (userId: string) => minuted.participants.find((p) => p.userId === userId)?.userId;
    const regulatorId = owner(regulator.userId);
    if (regulatorId) {
      await projects.addFollowup(chief, m.id, { task: '市场监管局报送首次监督检查计划', ownerUserId: regulatorId, dueDate: workingDayBefore(2), topicSeq: 2 });
      await projects.addFollowup(chief, m.id, { task: '市场监管局清理逾期未签收的审批结果', ownerUserId: regulatorId, dueDate: addCalendarDays(today, 10), topicSeq: 1 });
    }
    const division = minuted.participants.find((p) => p.departmentCode === 'TA-D02' || p.departmentCode === 'TA-D04')?.userId;
    if (division) await projects.addFollowup(chief, m.id, { task: '起草告知承诺事后核查办法（征求意见稿）', ownerUserId: division, dueDate: addCalendarDays(today, 15), topicSeq: 4 });
    wrote = true;
  }
  clock = realNow;
  if (wrote) log.info({ projects: ids.length }, 'demo projects seeded');
  return wrote;
}
