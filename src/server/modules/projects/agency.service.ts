/**
 * The agency service (代办服务中心, free of charge): companies' written authorisations of the
 * centre's agents, the agents' workload as the centre sees it, and reassigning a project to
 * another agent (who then files and follows its cases).
 */
import crypto from 'node:crypto';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { agentLoad, PROJECT_CLOCK_STATES } from '../../../domain/project.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { usersWithRole } from '../auth/users.js';
import type { CaseFilesService } from '../cases/case-files.service.js';
import * as repo from './projects.repository.js';
import type { CreateAuthorisationBody } from './projects.schemas.js';
import type { ProjectsService } from './projects.service.js';

export interface AgencyDeps {
  db: Db;
  caseFiles: CaseFilesService;
  projects: ProjectsService;
  now: () => Date;
}

type AuthorisationRow = NonNullable<Awaited<ReturnType<typeof repo.findAuthorisation>>>;

export class AgencyService {
  constructor(private readonly d: AgencyDeps) {}

  /** Register a company's authorisation (授权委托书): an agent their own, the centre's lead for any agent. */
  async authorise(actor: Actor, body: CreateAuthorisationBody) {
    const user = authorizeUser(actor, 'case.agent', 'agency.manage');
    const lead = user.permissions.includes('agency.manage');
    const agentUserId = body.agentUserId ?? (lead ? null : user.userId);
    if (!agentUserId) throw badRequest('REQUEST.INVALID', '请选择受托代办员', [{ path: 'agentUserId', message: '必填' }]);
    if (!lead && agentUserId !== user.userId) throw forbidden('代办员只能登记委托给本人的授权');
    const agents = await usersWithRole(this.d.db, 'agent');
    if (!agents.some((a) => a.id === agentUserId)) throw badRequest('AGENCY.AGENT_INVALID', '受托人须为代办服务中心的代办员', [{ path: 'agentUserId', message: '不是代办员' }]);
    const id = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('agency_authorisations')
        .values({
          id,
          company_name: body.companyName,
          credit_code: body.creditCode,
          agent_user_id: agentUserId,
          scope: body.scope,
          project_name: body.projectName ?? null,
          project_id: null,
          letter_ref: body.letterRef,
          valid_from: body.validFrom,
          valid_to: body.validTo,
          revoked_at: null,
          created_by: user.userId,
        })
        .onConflict((oc) => oc.columns(['credit_code', 'letter_ref']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) throw conflict('AGENCY.DUPLICATE_LETTER', `该企业编号为"${body.letterRef}"的授权委托书已登记`);
      await audit(trx, auditActor(user), { action: 'agency.authorise', targetType: 'authorisation', targetId: id, after: { ...body, agentUserId } });
    });
    const row = await repo.findAuthorisation(this.d.db, id);
    if (!row) throw notFound('AGENCY.NOT_FOUND', '授权委托不存在');
    return this.present(row);
  }

  /** Authorisations: an agent's own, or (the centre) all. */
  async authorisations(actor: Actor) {
    const user = authorizeUser(actor, 'case.agent', 'agency.manage');
    const rows = await repo.listAuthorisations(this.d.db, user.permissions.includes('agency.manage') ? undefined : user.userId);
    return { items: rows.map((r) => this.present(r)) };
  }

  /** Revoke an authorisation (the company withdrew it); revoking again changes nothing. */
  async revoke(actor: Actor, id: string) {
    const user = authorizeUser(actor, 'case.agent', 'agency.manage');
    await this.d.db.transaction().execute(async (trx) => {
      const a = await repo.findAuthorisationForUpdate(trx, id);
      if (!a || (!user.permissions.includes('agency.manage') && a.agent_user_id !== user.userId)) throw notFound('AGENCY.NOT_FOUND', '授权委托不存在');
      if (a.revoked_at) return;
      await trx.updateTable('agency_authorisations').set({ revoked_at: this.d.now() }).where('id', '=', id).execute();
      await audit(trx, auditActor(user), { action: 'agency.revoke', targetType: 'authorisation', targetId: id, before: { revoked: false }, after: { revoked: true } });
    });
    const row = await repo.findAuthorisation(this.d.db, id);
    if (!row) throw notFound('AGENCY.NOT_FOUND', '授权委托不存在');
    return this.present(row);
  }

  private present(r: AuthorisationRow) {
    const today = toShanghaiDate(this.d.now());
    const state = r.revoked_at ? 'revoked' : today < r.valid_from ? 'not_yet' : today > r.valid_to ? 'expired' : 'valid';
    return {
      id: r.id,
      companyName: r.company_name,
      creditCode: r.credit_code,
      agent: { userId: r.agent_user_id, name: r.agent_name },
      scope: r.scope,
      projectName: r.project_name,
      projectId: r.project_id,
      letterRef: r.letter_ref,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      state: state as 'valid' | 'expired' | 'not_yet' | 'revoked',
      createdAt: r.created_at.toISOString(),
    };
  }

  /** Every agent's load: projects, open and overdue cases (by the cases' own clocks), cases waiting on the agent. */
  async workload(actor: Actor) {
    authorizeUser(actor, 'agency.manage');
    const agents = await usersWithRole(this.d.db, 'agent');
    const out = [];
    for (const a of agents) {
      const projects = [];
      for (const row of await repo.listProjects(this.d.db, { agentUserId: a.id })) projects.push(await this.d.projects.present(row));
      const load = agentLoad(projects.map((p) => ({ cases: p.items.map((i) => ({ status: i.status, clockState: i.clockState, by: i.nextStep.by })) })));
      out.push({
        userId: a.id,
        name: a.display_name,
        ...load,
        projectList: projects.map((p) => ({ id: p.id, code: p.code, name: p.name, companyName: p.companyName, state: p.clock.state, stateName: PROJECT_CLOCK_STATES[p.clock.state], rev: p.rev })),
      });
    }
    return { agents: out };
  }

  /** The centre hands a project to another agent: the project and the applicant side of its cases move together. */
  async reassign(actor: Actor, projectId: string, body: { agentUserId: string; rev: number }) {
    const user = authorizeUser(actor, 'agency.manage');
    const agents = await usersWithRole(this.d.db, 'agent');
    if (!agents.some((a) => a.id === body.agentUserId)) throw badRequest('AGENCY.AGENT_INVALID', '只能改派给代办服务中心的代办员', [{ path: 'agentUserId', message: '不是代办员' }]);
    await this.d.db.transaction().execute(async (trx) => {
      const p = await repo.findProjectForUpdate(trx, projectId);
      if (!p) throw notFound('PROJECT.NOT_FOUND', '项目不存在');
      if (p.rev !== body.rev) throw conflict('PROJECT.STALE', '项目已被他人修改，请刷新后重试', `当前版本 ${p.rev}`);
      if (p.agent_user_id === body.agentUserId) throw conflict('PROJECT.SAME_AGENT', '项目已由该代办员办理');
      if (!p.agent_user_id) throw conflict('PROJECT.NOT_AGENCY', '该项目不是代办项目', '企业自行申报或窗口代为申报的项目没有代办员');
      await trx.updateTable('projects').set({ agent_user_id: body.agentUserId, rev: p.rev + 1 }).where('id', '=', projectId).execute();
      const caseNos = (await repo.casesOf(trx, projectId)).map((c) => c.case_no);
      await this.d.caseFiles.transferFiler(trx, user, caseNos, body.agentUserId);
      await audit(trx, auditActor(user), { action: 'project.reassign', targetType: 'project', targetId: projectId, before: { agentUserId: p.agent_user_id }, after: { agentUserId: body.agentUserId } });
      await emit(trx, { topic: 'project.reassigned', subject: p.code, payload: { projectId, from: p.agent_user_id, to: body.agentUserId, rev: p.rev + 1 }, dedupeKey: `project:${projectId}:reassign:${p.rev + 1}` });
    });
    return this.d.projects.get(actor, projectId);
  }
}
