/**
 * /api/v1/projects (并联审批), /api/v1/agency (代办服务), /api/v1/meetings (联席会议) and
 * /api/v1/cases/:caseNo/milestones (公共资源交易的外部环节).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { APPLY } from '../cases/cases.shared.js';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import type { AgencyService } from './agency.service.js';
import {
  authorisationView,
  caseNoParam,
  createAuthorisationBody,
  createMeetingBody,
  createProjectBody,
  followupBody,
  followupDoneBody,
  idParam,
  listProjectsQuery,
  meetingList,
  meetingView,
  milestoneBody,
  milestonesView,
  minutesBody,
  projectList,
  projectView,
  reassignBody,
  workloadView,
} from './projects.schemas.js';
import type { ProjectsService } from './projects.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const projectsRoutes: FastifyPluginAsyncZod<{ service: ProjectsService; agency: AgencyService }> = async (app, { service, agency }) => {
  const tags = ['projects'];

  app.post(
    '/projects',
    { config: { permissions: APPLY }, schema: { tags, summary: '并联审批项目申报：一次创建各事项的办件草稿（企业、代办员或窗口人员）', body: createProjectBody, response: { 201: projectView, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.create(req.actor, req.body)),
  );

  app.get(
    '/projects',
    { schema: { tags, summary: '项目列表：工作人员全部；代办员本人受托的；企业自己的', querystring: listProjectsQuery, response: { 200: projectList, ...errors } } },
    async (req) => service.list(req.actor, req.query),
  );

  app.get('/projects/:id', { schema: { tags, summary: '项目总体进度：各事项状态、剩余工作日、下一步和项目总体期限', params: idParam, response: { 200: projectView, ...errors } } }, async (req) =>
    service.get(req.actor, req.params.id),
  );

  app.post(
    '/projects/:id/reassign',
    { schema: { tags: ['agency'], summary: '改派代办员（代办服务中心负责人）', params: idParam, body: reassignBody, response: { 200: projectView, ...errors } } },
    async (req) => agency.reassign(req.actor, req.params.id, req.body),
  );

  app.post(
    '/agency/authorisations',
    { schema: { tags: ['agency'], summary: '登记企业授权委托书（代办员本人或中心负责人）', body: createAuthorisationBody, response: { 201: authorisationView, ...errors } } },
    async (req, reply) => reply.status(201).send(await agency.authorise(req.actor, req.body)),
  );

  app.get(
    '/agency/authorisations',
    { schema: { tags: ['agency'], summary: '授权委托列表（代办员看本人的，中心负责人看全部）', response: { 200: z.object({ items: z.array(authorisationView) }), ...errors } } },
    async (req) => agency.authorisations(req.actor),
  );

  app.post(
    '/agency/authorisations/:id/revoke',
    { schema: { tags: ['agency'], summary: '撤销授权委托', params: idParam, response: { 200: authorisationView, ...errors } } },
    async (req) => agency.revoke(req.actor, req.params.id),
  );

  app.get('/agency/workload', { schema: { tags: ['agency'], summary: '代办员工作量：项目数、在办件、超期件、待代办员处理', response: { 200: workloadView, ...errors } } }, async (req) =>
    agency.workload(req.actor),
  );

  app.post(
    '/meetings',
    { schema: { tags: ['meetings'], summary: '召集联席会议（科长、局长）', body: createMeetingBody, response: { 201: meetingView, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createMeeting(req.actor, req.body)),
  );

  app.get('/meetings', { schema: { tags: ['meetings'], summary: '我参加的联席会议和我负责的督办事项', response: { 200: meetingList, ...errors } } }, async (req) => service.meetings(req.actor));

  app.get('/meetings/:id', { schema: { tags: ['meetings'], summary: '联席会议：议程、参会单位、纪要、逐件议定意见、督办事项', params: idParam, response: { 200: meetingView, ...errors } } }, async (req) =>
    service.meeting(req.actor, req.params.id),
  );

  app.put(
    '/meetings/:id/minutes',
    { schema: { tags: ['meetings'], summary: '填写会议纪要和议定意见：逐件（项目、办件会议）或逐项议题（例会）（须带 rev）', params: idParam, body: minutesBody, response: { 200: meetingView, ...errors } } },
    async (req) => service.writeMinutes(req.actor, req.params.id, req.body),
  );

  app.post(
    '/meetings/:id/followups',
    { schema: { tags: ['meetings'], summary: '布置督办事项：责任人、办理期限', params: idParam, body: followupBody, response: { 200: meetingView, ...errors } } },
    async (req) => service.addFollowup(req.actor, req.params.id, req.body),
  );

  app.post(
    '/followups/:id/done',
    { schema: { tags: ['meetings'], summary: '督办事项办结（责任人或召集人）', params: idParam, body: followupDoneBody, response: { 200: meetingView, ...errors } } },
    async (req) => service.completeFollowup(req.actor, req.params.id, req.body.note),
  );

  app.get(
    '/cases/:caseNo/milestones',
    { schema: { tags: ['cases'], summary: '外部交易环节（公共资源交易）：待登记 / 已登记', params: caseNoParam, response: { 200: milestonesView, ...errors } } },
    async (req) => service.milestones(req.actor, req.params.caseNo),
  );

  app.post(
    '/cases/:caseNo/milestones',
    { schema: { tags: ['cases'], summary: '登记外部交易环节的交易编号和日期（审查人员）', params: caseNoParam, body: milestoneBody, response: { 200: milestonesView, ...errors } } },
    async (req) => service.recordMilestone(req.actor, req.params.caseNo, req.body),
  );
};
