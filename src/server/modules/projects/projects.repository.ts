/**
 * SQL of the projects module: projects and their cases, agency authorisations, joint meetings,
 * follow-ups and the external milestones of cases.
 */
import type { Executor, Trx } from '../../platform/db.js';
import { projectCode } from '../../../domain/project.js';
import { accountNames } from '../auth/users.js';
import { departmentsRelation } from '../org/org.queries.js';

/** The next project number of a year, under the counter row's lock. */
export async function nextProjectCode(trx: Trx, year: number): Promise<string> {
  const row = await trx
    .insertInto('project_sequences')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('project_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return projectCode(year, row.last);
}

const projectColumns = [
  'projects.id',
  'projects.code',
  'projects.name',
  'projects.company_name',
  'projects.credit_code',
  'projects.lead_department_code',
  'projects.limit_days',
  'projects.agent_user_id',
  'projects.authorisation_id',
  'projects.applicant_user_id',
  'projects.created_by',
  'projects.created_at',
  'projects.rev',
] as const;

function projects(ex: Executor) {
  return ex.selectFrom('projects').leftJoin(accountNames().as('agent'), 'agent.id', 'projects.agent_user_id').select([...projectColumns, 'agent.display_name as agent_name']);
}
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export function findProject(ex: Executor, id: string) {
  return projects(ex).where('projects.id', '=', id).executeTakeFirst();
}

export function findProjectForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('projects').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function projectByRequestKey(ex: Executor, key: string) {
  return ex.selectFrom('projects').select(['id', 'created_by']).where('request_key', '=', key).executeTakeFirst();
}

/** Projects, newest first: all of them, an agent's, or an applicant's; `q` matches code, name or company. */
export function listProjects(ex: Executor, f: { agentUserId?: string; applicantUserId?: string; q?: string }) {
  let query = projects(ex);
  if (f.agentUserId) query = query.where('projects.agent_user_id', '=', f.agentUserId);
  if (f.applicantUserId) query = query.where('projects.applicant_user_id', '=', f.applicantUserId);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('projects.code', 'like', like), eb('projects.name', 'like', like), eb('projects.company_name', 'like', like)]));
  }
  return query.orderBy('projects.created_at', 'desc').orderBy('projects.code', 'desc').execute();
}

export function casesOf(ex: Executor, projectId: string) {
  return ex.selectFrom('project_cases').selectAll().where('project_id', '=', projectId).orderBy('sort_order').execute();
}

export function projectOfCase(ex: Executor, caseNo: string) {
  return ex.selectFrom('project_cases').select('project_id').where('case_no', '=', caseNo).executeTakeFirst();
}


// ------------------------------------------------------------------ agency

function authorisations(ex: Executor) {
  return ex.selectFrom('agency_authorisations').innerJoin(accountNames().as('agent'), 'agent.id', 'agency_authorisations.agent_user_id').selectAll('agency_authorisations').select('agent.display_name as agent_name');
}

export function findAuthorisation(ex: Executor, id: string) {
  return authorisations(ex).where('agency_authorisations.id', '=', id).executeTakeFirst();
}

export function findAuthorisationForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('agency_authorisations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listAuthorisations(ex: Executor, agentUserId?: string) {
  let q = authorisations(ex);
  if (agentUserId) q = q.where('agency_authorisations.agent_user_id', '=', agentUserId);
  return q.orderBy('agency_authorisations.created_at', 'desc').execute();
}

// ------------------------------------------------------------------ meetings

export function findMeeting(ex: Executor, id: string) {
  return ex
    .selectFrom('project_meetings')
    .leftJoin('projects', 'projects.id', 'project_meetings.project_id')
    .innerJoin(accountNames().as('caller'), 'caller.id', 'project_meetings.called_by')
    .selectAll('project_meetings')
    .select(['projects.code as project_code', 'projects.name as project_name', 'caller.display_name as called_by_name'])
    .where('project_meetings.id', '=', id)
    .executeTakeFirst();
}

export function findMeetingForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('project_meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function meetingDepartments(ex: Executor, meetingIds: readonly string[]) {
  if (!meetingIds.length) return Promise.resolve([]);
  return ex
    .selectFrom('project_meeting_departments')
    .innerJoin(departmentsRelation().as('d'), 'd.code', 'project_meeting_departments.department_code')
    .select(['project_meeting_departments.meeting_id', 'd.code', 'd.name'])
    .where('meeting_id', 'in', meetingIds)
    .orderBy('d.sort_order')
    .orderBy('d.code')
    .execute();
}

export function decisionsOf(ex: Executor, meetingId: string) {
  return ex.selectFrom('project_meeting_decisions').select(['case_no', 'decision']).where('meeting_id', '=', meetingId).orderBy('case_no').execute();
}

/** A standing meeting's topics in agenda order, each with the name of what it refers to (project, case's item, item). */
export function topicsOf(ex: Executor, meetingIds: readonly string[]) {
  if (!meetingIds.length) return Promise.resolve([]);
  return ex
    .selectFrom('project_meeting_topics as t')
    .leftJoin('projects as p', (j) => j.on('t.kind', '=', 'project').on((eb) => eb(eb.cast('p.id', 'text'), '=', eb.ref('t.ref'))))
    .leftJoin('cases as c', (j) => j.on('t.kind', '=', 'case').onRef('c.case_no', '=', 't.ref'))
    .leftJoin('catalog_public as i', (j) => j.on('t.kind', '=', 'item').onRef('i.code', '=', 't.ref'))
    .select(['t.meeting_id', 't.seq', 't.kind', 't.ref', 't.title', 't.decision', 'p.name as project_name', 'c.item_name as case_item', 'i.name as item_name'])
    .where('t.meeting_id', 'in', meetingIds)
    .orderBy('t.meeting_id')
    .orderBy('t.seq')
    .execute();
}

function followups(ex: Executor) {
  return ex
    .selectFrom('project_followups')
    .innerJoin(accountNames().as('owner'), 'owner.id', 'project_followups.owner_user_id')
    .innerJoin('project_meetings', 'project_meetings.id', 'project_followups.meeting_id')
    .selectAll('project_followups')
    .select(['owner.display_name as owner_name', 'project_meetings.title as meeting_title']);
}

export function followupsOf(ex: Executor, meetingIds: readonly string[]) {
  if (!meetingIds.length) return Promise.resolve([]);
  return followups(ex).where('project_followups.meeting_id', 'in', meetingIds).orderBy('project_followups.due_date').execute();
}

export function followupsOwnedBy(ex: Executor, userId: string) {
  return followups(ex).where('project_followups.owner_user_id', '=', userId).orderBy('project_followups.due_date').execute();
}

export function findFollowupForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('project_followups').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Meetings, newest first: all, or those one of `departments` takes part in or one of whose follow-ups `ownerId` holds. */
export function listMeetings(ex: Executor, f: { departments?: readonly string[]; ownerId?: string } = {}) {
  let q = ex
    .selectFrom('project_meetings')
    .leftJoin('projects', 'projects.id', 'project_meetings.project_id')
    .select(['project_meetings.id', 'project_meetings.title', 'project_meetings.meeting_date', 'project_meetings.case_no', 'project_meetings.minutes', 'project_meetings.standing', 'projects.id as project_id', 'projects.code as project_code', 'projects.name as project_name']);
  if (f.departments) {
    const depts = f.departments;
    const owner = f.ownerId;
    q = q.where((eb) =>
      eb.or([
        ...(depts.length ? [eb.exists(eb.selectFrom('project_meeting_departments as d').select('d.meeting_id').whereRef('d.meeting_id', '=', 'project_meetings.id').where('d.department_code', 'in', depts))] : []),
        ...(owner ? [eb.exists(eb.selectFrom('project_followups as f').select('f.id').whereRef('f.meeting_id', '=', 'project_meetings.id').where('f.owner_user_id', '=', owner))] : []),
        eb.val(false),
      ]),
    );
  }
  return q.orderBy('project_meetings.meeting_date', 'desc').orderBy('project_meetings.created_at', 'desc').execute();
}

export function meetingsOfProject(ex: Executor, projectId: string) {
  return ex.selectFrom('project_meetings').select(['id', 'title', 'meeting_date']).where('project_id', '=', projectId).orderBy('meeting_date', 'desc').execute();
}

// ------------------------------------------------------------------ milestones

export function milestonesOf(ex: Executor, caseNos: readonly string[]) {
  if (!caseNos.length) return Promise.resolve([]);
  return ex
    .selectFrom('case_milestones')
    .innerJoin(accountNames().as('recorder'), 'recorder.id', 'case_milestones.recorded_by')
    .selectAll('case_milestones')
    .select('recorder.display_name as recorded_by_name')
    .where('case_no', 'in', caseNos)
    .execute();
}
