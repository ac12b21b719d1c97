/**
 * Parallel approval of investment projects (并联审批): one application opens several items, each
 * a case of its own (created through the cases' commands, with its own log and clock); the project
 * reads the cases' views and aggregates them. Also the external trading milestones a case must
 * have recorded before approval (公共资源交易), and the joint meetings (联席会议).
 * The agency service (代办) lives in agency.service.ts.
 */
import crypto from 'node:crypto';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { FINAL_STATUSES } from '../../../domain/case.js';
import { followupState, nextStep, PROJECT_CLOCK_STATES, projectClock, projectLimitDays } from '../../../domain/project.js';
import type { Permission } from '../../../domain/roles.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { agentAuthorisation } from '../auth/identity.js';
import { accountOf, staffOfDepartments } from '../auth/users.js';
import type { CaseCommandsService, PreparedDraft } from '../cases/case-commands.service.js';
import type { CaseFilesService } from '../cases/case-files.service.js';
import type { CaseQueriesService } from '../cases/case-queries.service.js';
import type { OnBehalfOf } from '../cases/cases.schemas.js';
import { APPLY } from '../cases/cases.shared.js';
import { listDepartments } from '../org/org.queries.js';
import * as repo from './projects.repository.js';
import type { CreateMeetingBody, CreateProjectBody, MeetingView, MinutesBody, ProjectView } from './projects.schemas.js';

/** What the service needs from outside. */
export interface ProjectsDeps {
  db: Db;
  caseCommands: CaseCommandsService;
  caseQueries: CaseQueriesService;
  caseFiles: CaseFilesService;
  calendar: CalendarService;
  now: () => Date;
}

/** Staff who see every project: the windows, the reviewers and deciders, the coordinators, the agency centre. */
export const PROJECT_STAFF: readonly Permission[] = ['case.window', 'case.review', 'case.decide', 'project.coordinate', 'agency.manage'];
/** Staff who may take part in a joint meeting (their department is invited) or own one of its follow-ups. */
const MEETING_READERS: Permission[] = ['project.coordinate', 'case.review', 'case.decide', 'case.window', 'case.inspect', 'exchange.regulator', 'agency.manage', 'case.agent'];

type CaseView = Awaited<ReturnType<CaseFilesService['procedureView']>>;

export class ProjectsService {
  constructor(private readonly d: ProjectsDeps) {}

  // ---------------------------------------------------------------------- projects

  /**
   * File a project: every item's draft is prepared (and checked) first, then the project, its
   * number and all the drafts are written in one transaction. An agent files under a company's
   * authorisation; a window clerk for a company; an organisation applicant as itself.
   */
  async create(actor: Actor, body: CreateProjectBody): Promise<ProjectView> {
    const user = authorizeUser(actor, ...APPLY);
    if (body.requestKey) {
      const prior = await repo.projectByRequestKey(this.d.db, body.requestKey);
      if (prior) return this.retried(actor, user, prior);
    }
    const [lead] = await listDepartments(this.d.db, { codes: [body.leadDepartmentCode] });
    if (!lead || lead.kind !== 'division') throw badRequest('PROJECT.LEAD_INVALID', '牵头科室须为本局的内设科室', [{ path: 'leadDepartmentCode', message: '不是本局内设科室' }]);
    const seen = new Map<string, number>();
    body.items.forEach((it, i) => {
      if (seen.has(it.itemCode)) throw badRequest('PROJECT.ITEM_REPEATED', '同一事项不能重复申报', [{ path: `items.${i}.itemCode`, message: `与第 ${(seen.get(it.itemCode) ?? 0) + 1} 项重复` }]);
      seen.set(it.itemCode, i);
    });
    const now = this.d.now();
    const today = toShanghaiDate(now);
    const roles = user.roles.map((r) => r.role);
    let filer: { companyName: string; creditCode: string | null; agentUserId: string | null; authorisation: { id: string; scope: 'project' | 'all' } | null; applicantUserId: string | null; onBehalfOf?: OnBehalfOf };
    if (roles.includes('agent')) {
      if (!body.authorisationId) throw badRequest('AGENCY.AUTHORISATION_REQUIRED', '代办须依据企业的授权委托', [{ path: 'authorisationId', message: '请选择授权委托书' }]);
      const a = await agentAuthorisation(this.d.db, user, body.authorisationId, { today, projectId: null, creditCode: body.creditCode, path: 'authorisationId' });
      filer = {
        companyName: a.companyName,
        creditCode: a.creditCode,
        agentUserId: user.userId,
        authorisation: { id: a.id, scope: a.scope },
        applicantUserId: null,
        onBehalfOf: { authorisationId: a.id },
      };
    } else if (roles.includes('window_clerk')) {
      if (!body.companyName) throw badRequest('REQUEST.INVALID', '请填写申请企业名称', [{ path: 'companyName', message: '必填' }]);
      if (!body.creditCode) throw badRequest('REQUEST.INVALID', '请填写统一社会信用代码', [{ path: 'creditCode', message: '必填' }]);
      filer = { companyName: body.companyName, creditCode: body.creditCode, agentUserId: null, authorisation: null, applicantUserId: null, onBehalfOf: { kind: 'organisation', name: body.companyName, creditCode: body.creditCode } };
    } else {
      if (user.userKind !== 'organisation') throw forbidden('投资建设项目须以企业账号申报，或委托代办员、由窗口人员代为申报');
      const me = await accountOf(this.d.db, user.userId);
      filer = { companyName: me?.display_name ?? user.displayName, creditCode: me?.credit_code ?? null, agentUserId: null, authorisation: null, applicantUserId: user.userId };
    }
    // every item checked before anything is written; a field error names the item it concerns
    const drafts: PreparedDraft[] = [];
    for (const [i, it] of body.items.entries()) {
      try {
        drafts.push(await this.d.caseCommands.prepareDraft(actor, { itemCode: it.itemCode, situation: it.situation, form: it.form, inProject: true, ...(filer.onBehalfOf ? { onBehalfOf: filer.onBehalfOf } : {}) }));
      } catch (err) {
        if (err instanceof DomainError && err.status === 400)
          throw new DomainError(err.code, 400, err.title, err.errors.map((e) => ({ ...e, path: e.path.startsWith('onBehalfOf') ? e.path : `items.${i}.${e.path}` })), err.detail);
        throw err;
      }
    }
    const id = crypto.randomUUID();
    try {
      await this.d.db.transaction().execute(async (trx) => {
        const code = await repo.nextProjectCode(trx, Number(today.slice(0, 4)));
        const inserted = await trx
          .insertInto('projects')
          .values({
            id,
            code,
            name: body.name,
            company_name: filer.companyName,
            credit_code: filer.creditCode,
            lead_department_code: lead.code,
            limit_days: body.limitDays ?? null,
            agent_user_id: filer.agentUserId,
            authorisation_id: filer.authorisation?.id ?? null,
            applicant_user_id: filer.applicantUserId,
            created_by: user.userId,
            created_at: now,
            request_key: body.requestKey ?? null,
          })
          .onConflict((oc) => oc.column('request_key').doNothing())
          .executeTakeFirst();
        // a request key already used (two submissions of one request at once): nothing of this one is kept
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) throw conflict('PROJECT.REQUEST_KEY_USED', '请求编号已被使用');
        if (filer.authorisation?.scope === 'project') {
          const bound = await trx.updateTable('agency_authorisations').set({ project_id: id }).where('id', '=', filer.authorisation.id).where('project_id', 'is', null).executeTakeFirst();
          if (Number(bound.numUpdatedRows) !== 1) throw conflict('AGENCY.AUTHORISATION_USED', '该授权委托书已用于另一个项目');
        }
        const caseNos: string[] = [];
        for (const [i, draft] of drafts.entries()) {
          const caseNo = await this.d.caseCommands.insertDraft(trx, draft);
          caseNos.push(caseNo);
          await trx.insertInto('project_cases').values({ project_id: id, case_no: caseNo, item_code: draft.item.code, promised_days: draft.item.promisedDays, sort_order: i }).execute();
        }
        await audit(trx, auditActor(user), {
          action: 'project.create',
          targetType: 'project',
          targetId: id,
          after: { code, name: body.name, companyName: filer.companyName, leadDepartmentCode: lead.code, limitDays: body.limitDays ?? null, cases: caseNos, agentUserId: filer.agentUserId },
        });
        await emit(trx, { topic: 'project.created', subject: code, payload: { projectId: id, code, leadDepartmentCode: lead.code, cases: caseNos }, dedupeKey: `project:${id}:created` });
      });
    } catch (err) {
      // two submissions of the same request at once: the second answers with the first's project
      if (body.requestKey && err instanceof DomainError && err.code === 'PROJECT.REQUEST_KEY_USED') {
        const prior = await repo.projectByRequestKey(this.d.db, body.requestKey);
        if (prior) return this.retried(actor, user, prior);
      }
      throw err;
    }
    return this.get(actor, id);
  }

  private async retried(actor: Actor, user: UserActor, prior: { id: string; created_by: string }): Promise<ProjectView> {
    if (prior.created_by !== user.userId) throw conflict('PROJECT.REQUEST_KEY_USED', '请求编号已被使用');
    return this.get(actor, prior.id);
  }

  /** One project with every item's case, its status, clock and next step, and the overall deadline. */
  async get(actor: Actor, id: string): Promise<ProjectView> {
    const user = requireUser(actor);
    const row = await repo.findProject(this.d.db, id);
    if (!row || !this.maySee(user, row)) throw notFound('PROJECT.NOT_FOUND', '项目不存在');
    const meetings = await repo.meetingsOfProject(this.d.db, id);
    return { ...(await this.present(row)), meetings: meetings.map((m) => ({ id: m.id, title: m.title, meetingDate: m.meeting_date })) };
  }

  /** Projects the caller may see: staff all, an agent the projects assigned to them, an organisation applicant its own. */
  async list(actor: Actor, q: { q?: string; state?: string }) {
    const user = requireUser(actor);
    const rows = await repo.listProjects(this.d.db, { ...this.filterFor(user), q: q.q });
    const items = [];
    for (const row of rows) items.push(await this.present(row));
    const shown = q.state ? items.filter((p) => p.clock.state === q.state) : items;
    return { items: shown, total: shown.length };
  }

  private filterFor(user: UserActor): { agentUserId?: string; applicantUserId?: string } {
    if (user.permissions.some((p) => PROJECT_STAFF.includes(p))) return {};
    if (user.permissions.includes('case.agent')) return { agentUserId: user.userId };
    if (user.permissions.includes('case.apply')) return { applicantUserId: user.userId };
    throw forbidden();
  }

  private maySee(user: UserActor, row: repo.ProjectRow): boolean {
    const f = this.filterFor(user);
    return (!f.agentUserId || f.agentUserId === row.agent_user_id) && (!f.applicantUserId || f.applicantUserId === row.applicant_user_id);
  }

  /** The project as the screens show it; each item from its case's own view (the same reducer and clock). */
  async present(row: repo.ProjectRow): Promise<Omit<ProjectView, 'meetings'>> {
    const links = await repo.casesOf(this.d.db, row.id);
    const views: CaseView[] = [];
    for (const l of links) views.push(await this.d.caseFiles.procedureView(l.case_no));
    const milestones = await this.milestonesFor(views.map((v) => v.caseNo));
    const depts = new Map((await listDepartments(this.d.db, { codes: [...new Set([row.lead_department_code, ...views.map((v) => v.departmentCode)])] })).map((dpt) => [dpt.code, dpt.name]));
    const today = toShanghaiDate(this.d.now());
    const calendar = await this.d.calendar.calendar();
    const clock = projectClock(
      views.map((v) => ({ caseNo: v.caseNo, status: v.status, clock: v.clock })),
      projectLimitDays(row.limit_days, links.map((l) => l.promised_days)),
      today,
      calendar,
    );
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      companyName: row.company_name,
      creditCode: row.credit_code,
      leadDepartmentCode: row.lead_department_code,
      leadDepartmentName: depts.get(row.lead_department_code) ?? row.lead_department_code,
      setLimitDays: row.limit_days,
      agent: row.agent_user_id ? { userId: row.agent_user_id, name: row.agent_name ?? '' } : null,
      createdAt: new Date(row.created_at).toISOString(),
      rev: row.rev,
      clock: { ...clock, stateName: PROJECT_CLOCK_STATES[clock.state] },
      items: views.map((v, i) => ({
        caseNo: v.caseNo,
        itemCode: v.itemCode,
        itemName: v.itemName,
        departmentCode: v.departmentCode,
        departmentName: depts.get(v.departmentCode) ?? v.departmentCode,
        status: v.status,
        statusName: v.statusName,
        clockState: v.clock.state,
        promisedDays: links[i]?.promised_days ?? 0,
        acceptedAt: v.clock.acceptedAt,
        promisedDue: v.clock.promisedDue,
        remainingWorkingDays: v.clock.remainingWorkingDays,
        decidedAt: v.clock.decidedAt,
        onTime: v.clock.onTime,
        nextStep: nextStep(v.status, v.clock, v.steps, today),
        milestones: milestones.get(v.caseNo) ?? [],
        version: v.version,
      })),
    };
  }

  // ---------------------------------------------------------------------- external milestones

  private async milestonesFor(caseNos: string[]) {
    const rows = await repo.milestonesOf(this.d.db, caseNos);
    const out = new Map<string, { name: string; recorded: boolean; reference: string | null; date: string | null; recordedBy: string | null }[]>();
    for (const caseNo of caseNos) {
      const item = await this.d.caseQueries.caseItem(caseNo);
      out.set(
        caseNo,
        item.externalMilestones.map((name) => {
          const r = rows.find((x) => x.case_no === caseNo && x.name === name);
          return { name, recorded: !!r, reference: r?.reference ?? null, date: r?.on_date ?? null, recordedBy: r?.recorded_by_name ?? null };
        }),
      );
    }
    return out;
  }

  /** The external milestones of a case (公共资源交易 steps its item names), recorded or pending. */
  async milestones(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    await this.d.caseQueries.canRead(actor, caseNo);
    return { caseNo, items: (await this.milestonesFor([caseNo])).get(caseNo) ?? [], mayRecord: user.permissions.includes('case.review') };
  }

  /** An officer records a milestone with its reference (交易编号) and date; the same record again changes nothing. */
  async recordMilestone(actor: Actor, caseNo: string, body: { name: string; reference: string; date: string }) {
    const user = authorizeUser(actor, 'case.review');
    await this.d.caseQueries.canRead(actor, caseNo);
    const item = await this.d.caseQueries.caseItem(caseNo);
    if (!item.externalMilestones.includes(body.name))
      throw badRequest('CASE.MILESTONE_UNKNOWN', '该事项没有这个外部交易环节', [{ path: 'name', message: `应为：${item.externalMilestones.join('、') || '（该事项无外部交易环节）'}` }]);
    const now = this.d.now();
    if (body.date > toShanghaiDate(now)) throw badRequest('CASE.MILESTONE_DATE_INVALID', '交易日期不能晚于今天', [{ path: 'date', message: '日期晚于今天' }]);
    const view = await this.d.caseFiles.procedureView(caseNo);
    if (FINAL_STATUSES.includes(view.status)) throw conflict('CASE.CLOSED', '办件已办结，不能再登记外部交易环节', `办件状态：${view.statusName}`);
    await this.d.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('case_milestones')
        .values({ case_no: caseNo, name: body.name, reference: body.reference, on_date: body.date, recorded_by: user.userId, recorded_at: now })
        .onConflict((oc) => oc.columns(['case_no', 'name']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) {
        // recorded before (or by a concurrent request): the same record is a retry, another one a conflict
        const existing = await trx.selectFrom('case_milestones').selectAll().where('case_no', '=', caseNo).where('name', '=', body.name).executeTakeFirstOrThrow();
        if (existing.reference === body.reference && existing.on_date === body.date) return;
        throw conflict('CASE.MILESTONE_RECORDED', `"${body.name}"已登记（${existing.reference}，${existing.on_date}）`);
      }
      await audit(trx, auditActor(user), { action: 'case.milestone_record', targetType: 'case', targetId: caseNo, after: body });
      await emit(trx, { topic: 'case.milestone_recorded', subject: caseNo, payload: { caseNo, ...body }, dedupeKey: `case:${caseNo}:milestone:${body.name}` });
    });
    return this.milestones(actor, caseNo);
  }

  /** The approval gate the cases' commands call (under the case's row lock, through its transaction). */
  async checkMilestones(trx: Trx, caseNo: string, wanted: readonly string[]): Promise<void> {
    if (!wanted.length) return;
    const rows = await trx.selectFrom('case_milestones').select('name').where('case_no', '=', caseNo).execute();
    const missing = wanted.filter((m) => !rows.some((r) => r.name === m));
    if (missing.length) throw conflict('CASE.MILESTONES_PENDING', '外部交易环节尚未全部登记，不能准予许可', `请先登记：${missing.join('、')}（公共资源交易的交易编号和日期）`);
  }

  // ---------------------------------------------------------------------- joint meetings

  /** A chief or the director calls a joint meeting (联席会议) on a project or a case. */
  async createMeeting(actor: Actor, body: CreateMeetingBody): Promise<MeetingView> {
    const user = authorizeUser(actor, 'project.coordinate');
    if (body.projectId && !(await repo.findProject(this.d.db, body.projectId))) throw badRequest('REQUEST.INVALID', '项目不存在', [{ path: 'projectId', message: '不存在' }]);
    if (body.caseNo) {
      try {
        await this.d.caseFiles.procedureView(body.caseNo);
      } catch (err) {
        if (err instanceof DomainError && err.status === 404) throw badRequest('REQUEST.INVALID', '办件不存在', [{ path: 'caseNo', message: '不存在' }]);
        throw err;
      }
    }
    const topics: { kind: 'project' | 'case' | 'item' | 'policy'; ref: string | null; title: string }[] = [];
    for (const [i, topic] of (body.topics ?? []).entries()) topics.push({ kind: topic.kind, ref: await this.topicRef(topic, i), title: topic.title });
    const codes = [...new Set(body.departmentCodes)];
    const known = await listDepartments(this.d.db, { codes });
    body.departmentCodes.forEach((c, i) => {
      const dpt = known.find((k) => k.code === c);
      if (!dpt || dpt.kind === 'bureau') throw badRequest('MEETING.DEPARTMENT_INVALID', '参会单位须为本局科室、中心或监管部门', [{ path: `departmentCodes.${i}`, message: `未知单位: ${c}` }]);
    });
    const id = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('project_meetings')
        .values({ id, project_id: body.projectId ?? null, case_no: body.caseNo ?? null, standing: body.standing, title: body.title, agenda: body.agenda, meeting_date: body.meetingDate, location: body.location, minutes: null, called_by: user.userId, created_at: this.d.now() })
        .execute();
      if (topics.length) await trx.insertInto('project_meeting_topics').values(topics.map((t, i) => ({ meeting_id: id, seq: i + 1, ...t, decision: null }))).execute();
      await trx.insertInto('project_meeting_departments').values(codes.map((c) => ({ meeting_id: id, department_code: c }))).execute();
      await audit(trx, auditActor(user), { action: 'meeting.create', targetType: 'meeting', targetId: id, after: { ...body, departmentCodes: codes } });
      await emit(trx, { topic: 'meeting.called', subject: id, payload: { meetingId: id, projectId: body.projectId ?? null, caseNo: body.caseNo ?? null, standing: body.standing, meetingDate: body.meetingDate, departments: codes }, dedupeKey: `meeting:${id}:called` });
    });
    return this.meeting(actor, id);
  }

  /**
   * What a standing meeting's topic refers to, as stored: a project (by id or code: its id), a case or
   * a published item; a policy question refers to nothing. 400 naming the topic when it does not exist.
   */
  private async topicRef(topic: { kind: 'project' | 'case' | 'item' | 'policy'; ref?: string }, i: number): Promise<string | null> {
    const missing = (message: string) => badRequest('REQUEST.INVALID', '议题关联的对象不存在', [{ path: `topics.${i}.ref`, message }]);
    const ref = topic.ref ?? '';
    if (topic.kind === 'project') {
      const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
      const p = await this.d.db.selectFrom('projects').select('id').where(isId ? 'id' : 'code', '=', ref).executeTakeFirst();
      if (!p) throw missing('项目不存在');
      return p.id;
    }
    if (topic.kind === 'case') {
      if (!(await this.d.db.selectFrom('cases').select('case_no').where('case_no', '=', ref).executeTakeFirst())) throw missing('办件不存在');
      return ref;
    }
    if (topic.kind === 'item') {
      if (!(await this.d.db.selectFrom('catalog_public').select('code').where('code', '=', ref).executeTakeFirst())) throw missing('事项不存在');
      return ref;
    }
    return null;
  }

  /** Meetings the caller takes part in (coordinators: all), and the follow-ups they own. */
  async meetings(actor: Actor) {
    const user = authorizeUser(actor, ...MEETING_READERS);
    const coordinator = user.permissions.includes('project.coordinate');
    const rows = await repo.listMeetings(this.d.db, coordinator ? {} : { departments: myDepartments(user), ownerId: user.userId });
    const ids = rows.map((r) => r.id);
    const depts = await repo.meetingDepartments(this.d.db, ids);
    const fus = await repo.followupsOf(this.d.db, ids);
    const topics = await repo.topicsOf(this.d.db, ids);
    const today = toShanghaiDate(this.d.now());
    const mine = await repo.followupsOwnedBy(this.d.db, user.userId);
    return {
      items: rows.map((r) => {
        const states = fus.filter((f) => f.meeting_id === r.id).map((f) => followupState({ dueDate: f.due_date, doneAt: f.done_at }, today));
        return {
          id: r.id,
          title: r.title,
          meetingDate: r.meeting_date,
          project: r.project_id ? { id: r.project_id, code: r.project_code ?? '', name: r.project_name ?? '' } : null,
          caseNo: r.case_no,
          standing: r.standing,
          topics: topics.filter((t) => t.meeting_id === r.id).length,
          departments: depts.filter((dpt) => dpt.meeting_id === r.id).map((dpt) => dpt.name),
          held: r.minutes !== null,
          openFollowups: states.filter((s) => s !== 'done').length,
          overdueFollowups: states.filter((s) => s === 'overdue').length,
        };
      }),
      myFollowups: mine.map((f) => ({ ...followupOut(f, today, true), meetingId: f.meeting_id, meetingTitle: f.meeting_title })),
    };
  }

  /** One meeting: agenda, participants, minutes, the decision per case and the follow-ups. */
  async meeting(actor: Actor, id: string): Promise<MeetingView> {
    const user = authorizeUser(actor, ...MEETING_READERS);
    const m = await repo.findMeeting(this.d.db, id);
    if (!m) throw notFound('MEETING.NOT_FOUND', '会议不存在');
    const depts = await repo.meetingDepartments(this.d.db, [id]);
    const fus = await repo.followupsOf(this.d.db, [id]);
    const coordinator = user.permissions.includes('project.coordinate');
    const mine = myDepartments(user);
    if (!coordinator && !depts.some((dpt) => mine.includes(dpt.code)) && !fus.some((f) => f.owner_user_id === user.userId)) throw notFound('MEETING.NOT_FOUND', '会议不存在');
    const today = toShanghaiDate(this.d.now());
    const caseNos = await this.meetingCases(this.d.db, m);
    const views: CaseView[] = [];
    for (const c of caseNos) views.push(await this.d.caseFiles.procedureView(c));
    const names = new Map((await listDepartments(this.d.db, { codes: views.map((v) => v.departmentCode) })).map((dpt) => [dpt.code, dpt.name]));
    const participants = await staffOfDepartments(this.d.db, depts.map((dpt) => dpt.code));
    const topics = await repo.topicsOf(this.d.db, [id]);
    return {
      id: m.id,
      project: m.project_id ? { id: m.project_id, code: m.project_code ?? '', name: m.project_name ?? '' } : null,
      caseNo: m.case_no,
      standing: m.standing,
      topics: topics.map((t) => ({
        seq: t.seq,
        kind: t.kind,
        ref: t.ref,
        label: t.kind === 'policy' ? '政策议题' : (t.project_name ?? (t.case_item ? `${t.ref ?? ''} ${t.case_item}` : null) ?? t.item_name ?? t.ref ?? ''),
        title: t.title,
        decision: t.decision,
      })),
      title: m.title,
      agenda: m.agenda,
      meetingDate: m.meeting_date,
      location: m.location,
      minutes: m.minutes,
      calledBy: m.called_by_name,
      rev: m.rev,
      departments: depts.map((dpt) => ({ code: dpt.code, name: dpt.name })),
      cases: views.map((v) => ({ caseNo: v.caseNo, itemName: v.itemName, departmentName: names.get(v.departmentCode) ?? v.departmentCode })),
      decisions: (await repo.decisionsOf(this.d.db, id)).map((r) => ({ caseNo: r.case_no, decision: r.decision })),
      followups: fus.map((f) => followupOut(f, today, coordinator || f.owner_user_id === user.userId)),
      participants: participants.map((p) => ({ userId: p.id, name: p.display_name, departmentCode: p.department_code ?? '' })),
      mayEdit: coordinator,
    };
  }

  private async meetingCases(ex: Db | Trx, m: { project_id: string | null; case_no: string | null }): Promise<string[]> {
    if (m.case_no) return [m.case_no];
    return m.project_id ? (await repo.casesOf(ex, m.project_id)).map((c) => c.case_no) : [];
  }

  /** Write the minutes and one decision line per case (the project's cases, or the one case); replaces earlier minutes. */
  async writeMinutes(actor: Actor, id: string, body: MinutesBody): Promise<MeetingView> {
    const user = authorizeUser(actor, 'project.coordinate');
    const seen = new Set<string>();
    await this.d.db.transaction().execute(async (trx) => {
      const m = await repo.findMeetingForUpdate(trx, id);
      if (!m) throw notFound('MEETING.NOT_FOUND', '会议不存在');
      if (m.rev !== body.rev) throw conflict('MEETING.STALE', '会议记录已被他人修改，请刷新后重试', `当前版本 ${m.rev}`);
      const allowed = await this.meetingCases(trx, m);
      body.decisions.forEach((dec, i) => {
        if (!allowed.includes(dec.caseNo)) throw badRequest('MEETING.DECISION_INVALID', '议定事项须针对本次会议的办件', [{ path: `decisions.${i}.caseNo`, message: `${dec.caseNo} 不属于本次会议` }]);
        if (seen.has(dec.caseNo)) throw badRequest('MEETING.DECISION_INVALID', '每个办件只写一条议定意见', [{ path: `decisions.${i}.caseNo`, message: '重复' }]);
        seen.add(dec.caseNo);
      });
      const topics = (await repo.topicsOf(trx, [id])).map((t) => t.seq);
      const seenTopics = new Set<number>();
      body.topicDecisions.forEach((dec, i) => {
        if (!topics.includes(dec.seq)) throw badRequest('MEETING.DECISION_INVALID', '议定意见须针对本次会议的议题', [{ path: `topicDecisions.${i}.seq`, message: `没有第 ${dec.seq} 项议题` }]);
        if (seenTopics.has(dec.seq)) throw badRequest('MEETING.DECISION_INVALID', '每个议题只写一条议定意见', [{ path: `topicDecisions.${i}.seq`, message: '重复' }]);
        seenTopics.add(dec.seq);
      });
      const before = { minutes: m.minutes, decisions: await repo.decisionsOf(trx, id) };
      await trx.updateTable('project_meetings').set({ minutes: body.minutes, rev: m.rev + 1 }).where('id', '=', id).execute();
      await trx.deleteFrom('project_meeting_decisions').where('meeting_id', '=', id).execute();
      if (body.decisions.length) await trx.insertInto('project_meeting_decisions').values(body.decisions.map((dec) => ({ meeting_id: id, case_no: dec.caseNo, decision: dec.decision }))).execute();
      if (topics.length) await trx.updateTable('project_meeting_topics').set({ decision: null }).where('meeting_id', '=', id).execute();
      for (const dec of body.topicDecisions) await trx.updateTable('project_meeting_topics').set({ decision: dec.decision }).where('meeting_id', '=', id).where('seq', '=', dec.seq).execute();
      await audit(trx, auditActor(user), { action: 'meeting.minutes', targetType: 'meeting', targetId: id, before, after: { minutes: body.minutes, decisions: body.decisions, topicDecisions: body.topicDecisions } });
      await emit(trx, { topic: 'meeting.minutes', subject: id, payload: { meetingId: id, rev: m.rev + 1, cases: body.decisions.map((dec) => dec.caseNo) }, dedupeKey: `meeting:${id}:minutes:${m.rev + 1}` });
    });
    return this.meeting(actor, id);
  }

  /** Give a follow-up (督办事项) to a person of a participating department, with a due day. */
  async addFollowup(actor: Actor, id: string, body: { task: string; ownerUserId: string; dueDate: string; topicSeq?: number }): Promise<MeetingView> {
    const user = authorizeUser(actor, 'project.coordinate');
    const fid = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      const m = await repo.findMeetingForUpdate(trx, id);
      if (!m) throw notFound('MEETING.NOT_FOUND', '会议不存在');
      const depts = await repo.meetingDepartments(trx, [id]);
      const people = await staffOfDepartments(trx, depts.map((dpt) => dpt.code));
      if (!people.some((p) => p.id === body.ownerUserId)) throw badRequest('MEETING.FOLLOWUP_INVALID', '责任人须为参会单位的工作人员', [{ path: 'ownerUserId', message: '不是参会单位人员' }]);
      if (body.dueDate < m.meeting_date) throw badRequest('MEETING.FOLLOWUP_INVALID', '办理期限不得早于会议日期', [{ path: 'dueDate', message: `早于会议日期 ${m.meeting_date}` }]);
      if (body.topicSeq !== undefined && !(await repo.topicsOf(trx, [id])).some((t) => t.seq === body.topicSeq))
        throw badRequest('MEETING.FOLLOWUP_INVALID', '督办事项须落实本次会议的议题', [{ path: 'topicSeq', message: `没有第 ${body.topicSeq} 项议题` }]);
      await trx
        .insertInto('project_followups')
        .values({ id: fid, meeting_id: id, task: body.task, owner_user_id: body.ownerUserId, due_date: body.dueDate, done_at: null, done_by: null, done_note: null, topic_seq: body.topicSeq ?? null })
        .execute();
      await audit(trx, auditActor(user), { action: 'meeting.followup_add', targetType: 'meeting', targetId: id, after: { followupId: fid, ...body } });
      await emit(trx, { topic: 'meeting.followup_assigned', subject: id, payload: { meetingId: id, followupId: fid, ownerUserId: body.ownerUserId, dueDate: body.dueDate }, dedupeKey: `followup:${fid}:assigned` });
    });
    return this.meeting(actor, id);
  }

  /** The owner (or a coordinator) marks a follow-up done; done again changes nothing. */
  async completeFollowup(actor: Actor, fid: string, note: string): Promise<MeetingView> {
    const user = authorizeUser(actor, ...MEETING_READERS);
    const meetingId = await this.d.db.transaction().execute(async (trx) => {
      const f = await repo.findFollowupForUpdate(trx, fid);
      if (!f) throw notFound('MEETING.FOLLOWUP_NOT_FOUND', '督办事项不存在');
      if (f.owner_user_id !== user.userId && !user.permissions.includes('project.coordinate')) throw forbidden('只有责任人或会议召集人可以办结督办事项');
      if (f.done_at) return f.meeting_id;
      await trx.updateTable('project_followups').set({ done_at: this.d.now(), done_by: user.userId, done_note: note }).where('id', '=', fid).execute();
      await audit(trx, auditActor(user), { action: 'meeting.followup_done', targetType: 'meeting', targetId: f.meeting_id, after: { followupId: fid, note } });
      return f.meeting_id;
    });
    return this.meeting(actor, meetingId);
  }
}

function myDepartments(user: UserActor): string[] {
  return user.roles.map((r) => r.departmentCode).filter((c): c is string => !!c);
}

function followupOut(f: Awaited<ReturnType<typeof repo.followupsOf>>[number], today: string, mayComplete: boolean) {
  const state = followupState({ dueDate: f.due_date, doneAt: f.done_at }, today);
  return {
    id: f.id,
    task: f.task,
    owner: { userId: f.owner_user_id, name: f.owner_name },
    dueDate: f.due_date,
    state,
    doneAt: f.done_at ? new Date(f.done_at).toISOString() : null,
    doneNote: f.done_note,
    mayComplete: mayComplete && state !== 'done',
    topicSeq: f.topic_seq,
  };
}
