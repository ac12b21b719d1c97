/**
 * Request and response shapes of the projects API: parallel approval projects, the agency
 * service, joint meetings and the external milestones of cases.
 */
import { z } from 'zod';
import { CASE_STATUSES } from '../../../domain/case.js';
import { keysOf } from '../../../domain/catalog.js';
import { isValidCreditCode } from '../../../domain/identifiers.js';
import { PROJECT_CLOCK_STATES } from '../../../domain/project.js';
import { createCaseBody } from '../cases/cases.schemas.js';
import { day } from '../../platform/schemas.js';

const text = (max = 1000) => z.string().trim().min(1).max(max);
const creditCode = z.string().trim().toUpperCase().refine(isValidCreditCode, '统一社会信用代码格式或校验位不正确');
const departmentCode = z.string().trim().min(1).max(40);

export const idParam = z.object({ id: z.uuid('编号格式不正确') });
export const caseNoParam = z.object({ caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号') });

// ------------------------------------------------------------------ projects

export const createProjectBody = z.strictObject({
  name: text(200),
  /** the company; an organisation applicant files as itself and leaves these out */
  companyName: text(200).optional(),
  creditCode: creditCode.optional(),
  leadDepartmentCode: departmentCode,
  /** a set overall limit in working days; default: the longest promised limit of the items */
  limitDays: z.number().int().min(1).max(365).optional(),
  items: z
    .array(z.strictObject({ itemCode: text(120), situation: z.array(text(80)).max(50).optional(), form: createCaseBody.shape.form }))
    .min(2, '并联审批至少包含两个事项')
    .max(10),
  /** 代办: the authorisation (授权委托) the agent files under */
  authorisationId: z.uuid().optional(),
  /** a retry with the same key answers with the project created first */
  requestKey: z.string().trim().min(8).max(100).optional(),
});
export type CreateProjectBody = z.infer<typeof createProjectBody>;

export const listProjectsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  state: z.enum(keysOf(PROJECT_CLOCK_STATES)).optional(),
});

export const reassignBody = z.strictObject({ agentUserId: z.uuid(), rev: z.number().int().min(1) });

const milestone = z.object({ name: z.string(), recorded: z.boolean(), reference: z.string().nullable(), date: z.string().nullable(), recordedBy: z.string().nullable() });

const projectClockView = z.object({
  limitDays: z.number(),
  startedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  remainingWorkingDays: z.number().nullable(),
  state: z.enum(keysOf(PROJECT_CLOCK_STATES)),
  stateName: z.string(),
  atRisk: z.array(z.string()),
  overdueCases: z.array(z.string()).describe('open cases past their own deadline (the project is overdue with them)'),
  finished: z.number(),
  total: z.number(),
  onTime: z.boolean().nullable(),
});

const projectItem = z.object({
  caseNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  status: z.enum(keysOf(CASE_STATUSES)),
  statusName: z.string(),
  clockState: z.string(),
  promisedDays: z.number(),
  acceptedAt: z.string().nullable(),
  promisedDue: z.string().nullable(),
  remainingWorkingDays: z.number().nullable(),
  decidedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  nextStep: z.object({ text: z.string(), by: z.enum(['applicant', 'bureau']).nullable() }),
  milestones: z.array(milestone),
  version: z.number(),
});

const person = z.object({ userId: z.string(), name: z.string() }).nullable();

export const projectView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  companyName: z.string(),
  creditCode: z.string().nullable(),
  leadDepartmentCode: z.string(),
  leadDepartmentName: z.string(),
  setLimitDays: z.number().nullable(),
  agent: person,
  createdAt: z.string(),
  rev: z.number(),
  clock: projectClockView,
  items: z.array(projectItem),
  meetings: z.array(z.object({ id: z.string(), title: z.string(), meetingDate: z.string() })),
});
export type ProjectView = z.infer<typeof projectView>;

export const projectList = z.object({ items: z.array(projectView.omit({ meetings: true })), total: z.number() });

// ------------------------------------------------------------------ agency

export const createAuthorisationBody = z
  .strictObject({
    companyName: text(200),
    creditCode,
    /** the agent authorised; an agent registering their own letter leaves it out */
    agentUserId: z.uuid().optional(),
    scope: z.enum(['project', 'all']),
    /** scope project: the project the letter names */
    projectName: text(200).optional(),
    /** 委托书 reference (编号) */
    letterRef: text(100),
    validFrom: day,
    validTo: day,
  })
  .superRefine((b, ctx) => {
    if (b.scope === 'project' && !b.projectName) ctx.addIssue({ code: 'custom', path: ['projectName'], message: '委托范围为单个项目时须填写项目名称' });
    if (b.scope === 'all' && b.projectName) ctx.addIssue({ code: 'custom', path: ['projectName'], message: '委托范围为全部项目时不填项目名称' });
    if (b.validTo < b.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: '有效期止不得早于有效期起' });
  });
export type CreateAuthorisationBody = z.infer<typeof createAuthorisationBody>;

export const authorisationView = z.object({
  id: z.string(),
  companyName: z.string(),
  creditCode: z.string(),
  agent: z.object({ userId: z.string(), name: z.string() }),
  scope: z.enum(['project', 'all']),
  projectName: z.string().nullable(),
  projectId: z.string().nullable(),
  letterRef: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  state: z.enum(['valid', 'expired', 'not_yet', 'revoked']),
  createdAt: z.string(),
});

export const workloadView = z.object({
  agents: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      projects: z.number(),
      activeProjects: z.number(),
      openCases: z.number(),
      overdueCases: z.number(),
      waitingOnAgent: z.number(),
      projectList: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), companyName: z.string(), state: z.string(), stateName: z.string(), rev: z.number() })),
    }),
  ),
});

// ------------------------------------------------------------------ meetings

export const TOPIC_KINDS = ['project', 'case', 'item', 'policy'] as const;

/** One topic on a standing meeting's agenda: a project, a case, an item's rules, or a policy question (no reference). */
const topicBody = z
  .strictObject({ kind: z.enum(TOPIC_KINDS), ref: z.string().trim().min(1).max(100).optional(), title: text(200) })
  .superRefine((t, ctx) => {
    if (t.kind === 'policy' && t.ref) ctx.addIssue({ code: 'custom', path: ['ref'], message: '政策议题不关联项目、办件或事项' });
    if (t.kind !== 'policy' && !t.ref) ctx.addIssue({ code: 'custom', path: ['ref'], message: '请指明项目、办件或事项' });
  });

export const createMeetingBody = z
  .strictObject({
    projectId: z.uuid().optional(),
    caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号').optional(),
    /** a meeting of the standing joint-meeting system (联席会议制度): several topics, no one project or case */
    standing: z.boolean().default(false),
    topics: z.array(topicBody).max(20).optional(),
    title: text(200),
    agenda: text(4000),
    meetingDate: day,
    location: z.string().trim().max(200).default(''),
    departmentCodes: z.array(departmentCode).min(1, '至少邀请一个科室或部门').max(40),
  })
  .superRefine((b, ctx) => {
    if (b.standing) {
      if (b.projectId || b.caseNo) ctx.addIssue({ code: 'custom', path: [b.projectId ? 'projectId' : 'caseNo'], message: '例会不针对单个项目或办件，请列为议题' });
      if (!b.topics?.length) ctx.addIssue({ code: 'custom', path: ['topics'], message: '例会至少有一个议题' });
    } else {
      if (!b.projectId === !b.caseNo) ctx.addIssue({ code: 'custom', path: ['projectId'], message: '联席会议须针对一个项目或一个办件（二选一）' });
      if (b.topics) ctx.addIssue({ code: 'custom', path: ['topics'], message: '议题只用于联席会议例会（standing）' });
    }
  });
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const minutesBody = z.strictObject({
  minutes: text(20000),
  decisions: z.array(z.strictObject({ caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号'), decision: text(2000) })).max(20),
  /** a standing meeting's decision per topic (议定意见), by the topic's number */
  topicDecisions: z.array(z.strictObject({ seq: z.number().int().min(1), decision: text(2000) })).max(20).default([]),
  rev: z.number().int().min(1),
});
export type MinutesBody = z.infer<typeof minutesBody>;

export const followupBody = z.strictObject({ task: text(1000), ownerUserId: z.uuid(), dueDate: day, topicSeq: z.number().int().min(1).optional() });
export const followupDoneBody = z.strictObject({ note: z.string().trim().max(1000).default('') });

const followupView = z.object({
  id: z.string(),
  task: z.string(),
  owner: z.object({ userId: z.string(), name: z.string() }),
  dueDate: z.string(),
  state: z.enum(['open', 'overdue', 'done']),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
  mayComplete: z.boolean(),
  topicSeq: z.number().nullable().describe('例会中落实的议题序号'),
});

export const meetingView = z.object({
  id: z.string(),
  project: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  caseNo: z.string().nullable(),
  standing: z.boolean().describe('联席会议制度的例会'),
  topics: z.array(z.object({ seq: z.number(), kind: z.enum(TOPIC_KINDS), ref: z.string().nullable(), label: z.string().describe('项目、办件或事项的名称'), title: z.string(), decision: z.string().nullable() })),
  title: z.string(),
  agenda: z.string(),
  meetingDate: z.string(),
  location: z.string(),
  minutes: z.string().nullable(),
  calledBy: z.string(),
  rev: z.number(),
  departments: z.array(z.object({ code: z.string(), name: z.string() })),
  /** the cases a decision line may name: the project's, or the one case */
  cases: z.array(z.object({ caseNo: z.string(), itemName: z.string(), departmentName: z.string() })),
  decisions: z.array(z.object({ caseNo: z.string(), decision: z.string() })),
  followups: z.array(followupView),
  /** the people of the participating departments: who a follow-up can be given to */
  participants: z.array(z.object({ userId: z.string(), name: z.string(), departmentCode: z.string() })),
  mayEdit: z.boolean(),
});
export type MeetingView = z.infer<typeof meetingView>;

export const meetingList = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), meetingDate: z.string(), project: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(), caseNo: z.string().nullable(), standing: z.boolean(), topics: z.number(), departments: z.array(z.string()), held: z.boolean(), openFollowups: z.number(), overdueFollowups: z.number() })),
  myFollowups: z.array(followupView.extend({ meetingId: z.string(), meetingTitle: z.string() })),
});

// ------------------------------------------------------------------ milestones

export const milestoneBody = z.strictObject({ name: text(100), reference: text(100), date: day });
export const milestonesView = z.object({ caseNo: z.string(), items: z.array(milestone), mayRecord: z.boolean() });
