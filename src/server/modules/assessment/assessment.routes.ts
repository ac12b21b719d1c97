/**
 * /api/v1/scorecards (the monthly scorecards and their source records) and /api/v1/assessment
 * (configuration, complaints, conduct points, serious faults, closing months, adjustments).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import {
  adjustmentBody,
  closeBody,
  complaintBody,
  complaintDecisionBody,
  complaintView,
  conductBody,
  conductView,
  configBody,
  configView,
  faultBody,
  faultView,
  idParam,
  monthQuery,
  monthsView,
  recordsQuery,
  recordsView,
  reviewScorecardsView,
  scorecardsView,
  scorecardView,
  staffView,
} from './assessment.schemas.js';
import type { AssessmentService } from './assessment.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const assessmentRoutes: FastifyPluginAsyncZod<{ service: AssessmentService }> = async (app, { service: svc }) => {
  const tags = ['assessment'];

  app.get(
    '/scorecards',
    {
      schema: {
        tags,
        summary: '窗口人员月度考核：本人（assessment.self）、本科室（assessment.team）、全局（assessment.manage）；month 缺省为本月；已结账月份为冻结结果',
        querystring: monthQuery,
        response: { 200: scorecardsView, ...errors },
      },
    },
    async (req) => svc.scorecards(req.actor, req.query.month),
  );
  app.get(
    '/assessment/review-scorecards',
    {
      schema: {
        tags,
        summary: '审查、审核、审批人员月度考核（按时办结环节、提交意见、严重超期责任）：局长全局，科长、分管局领导本科室，审查人员本人；month 缺省为本月',
        querystring: monthQuery,
        response: { 200: reviewScorecardsView, ...errors },
      },
    },
    async (req) => svc.reviewScorecards(req.actor, req.query.month),
  );
  app.get(
    '/scorecards/:id/records',
    {
      schema: {
        tags,
        summary: '考核得分的来源记录（叫号票、办件、评价、整改、出勤、投诉、作风加减分）；component 缺省为全部',
        params: idParam,
        querystring: recordsQuery,
        response: { 200: recordsView, ...errors },
      },
    },
    async (req) => svc.records(req.actor, req.params.id, req.query.month, req.query.component),
  );

  app.get('/assessment/staff', { schema: { tags, summary: '可登记投诉或评分的窗口人员', response: { 200: staffView, ...errors } } }, async (req) => svc.staff(req.actor));
  app.get('/assessment/config', { schema: { tags, summary: '考核权重、目标与分档线：现行、待生效与历史', response: { 200: configView, ...errors } } }, async (req) => svc.config(req.actor));
  app.put(
    '/assessment/config',
    { schema: { tags, summary: '修改考核配置（局长）；自下月起生效', body: configBody, response: { 200: configView, ...errors } } },
    async (req) => svc.setConfig(req.actor, req.body.config, req.body.reason),
  );

  app.get(
    '/assessment/complaints',
    { schema: { tags, summary: '投诉登记簿（某月）', querystring: monthQuery, response: { 200: z.object({ items: z.array(complaintView) }), ...errors } } },
    async (req) => svc.complaints(req.actor, req.query.month),
  );
  app.post(
    '/assessment/complaints',
    { schema: { tags, summary: '登记投诉（大厅管理员、局长）；同一 requestKey 只登记一次', body: complaintBody, response: { 201: complaintView, ...errors } } },
    async (req, reply) => reply.status(201).send(await svc.recordComplaint(req.actor, req.body)),
  );
  app.post(
    '/assessment/complaints/:id/decision',
    { schema: { tags, summary: '投诉核查结论：查实或不属实', params: idParam, body: complaintDecisionBody, response: { 200: complaintView, ...errors } } },
    async (req) => svc.decideComplaint(req.actor, req.params.id, req.body),
  );

  app.post(
    '/assessment/conduct-points',
    { schema: { tags, summary: '作风加减分（科长对本科室、局长对全部），附理由；同一 requestKey 只记一次', body: conductBody, response: { 201: conductView, ...errors } } },
    async (req, reply) => reply.status(201).send(await svc.giveConduct(req.actor, req.body)),
  );

  app.get(
    '/assessment/faults',
    { schema: { tags, summary: '一票否决线索（查实的吃拿卡要投诉、超过法定期限的办件、服务作风"非常不满意"）及认定结论', querystring: monthQuery, response: { 200: z.object({ items: z.array(faultView) }), ...errors } } },
    async (req) => svc.faults(req.actor, req.query.month),
  );
  app.post(
    '/assessment/faults',
    { schema: { tags, summary: '认定（一票否决）或排除一条严重过错线索（局长），记录认定人和时间', body: faultBody, response: { 200: faultView, ...errors } } },
    async (req) => svc.decideFault(req.actor, req.body),
  );

  app.get('/assessment/months', { schema: { tags, summary: '已结账月份', response: { 200: monthsView, ...errors } } }, async (req) => svc.months(req.actor));
  app.post(
    '/assessment/month-closings',
    { schema: { tags, summary: '月度结账（局长）：冻结该月全部考核结果及其来源记录', body: closeBody, response: { 200: scorecardsView, ...errors } } },
    async (req) => svc.closeMonth(req.actor, req.body.month),
  );
  app.post(
    '/assessment/adjustments',
    { schema: { tags, summary: '已结账月份的更正（局长），记录理由，显示在冻结分数旁', body: adjustmentBody, response: { 201: scorecardView, ...errors } } },
    async (req, reply) => reply.status(201).send(await svc.adjust(req.actor, req.body)),
  );
};
