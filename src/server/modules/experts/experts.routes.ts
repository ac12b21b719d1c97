/**
 * /api/v1/experts (the pool), /api/v1/expert-reviews (reviews, draws and their check, conclusions),
 * /api/v1/cases/:caseNo/expert-reviews (request; the case's reviews) and /api/v1/my/expert-reviews
 * (the expert's own panel places: the case, scoring, signing, declining).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import { caseNoParam } from '../cases/cases.schemas.js';
import {
  caseReviewsView,
  concludeBody,
  eligibleQuery,
  eligibleView,
  createExpertBody,
  declineBody,
  expertView,
  fileParam,
  idParam,
  listReviewsQuery,
  myAssignment,
  myReviewView,
  requestReviewBody,
  reviewView,
  signBody,
  updateExpertBody,
  verifyView,
} from './experts.schemas.js';
import type { ExpertsService } from './experts.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const expertsRoutes: FastifyPluginAsyncZod<{ service: ExpertsService }> = async (app, { service }) => {
  const tags = ['experts'];

  app.get('/experts', { schema: { tags, summary: '专家库（专家库管理员）', response: { 200: z.object({ items: z.array(expertView) }), ...errors } } }, async (req) => service.pool(req.actor));

  app.post(
    '/experts',
    { schema: { tags, summary: '将具有"评审专家"角色的账号加入专家库', body: createExpertBody, response: { 201: expertView, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.create(req.actor, req.body)),
  );

  app.put(
    '/experts/:id',
    { schema: { tags, summary: '修改专家的评审领域、工作单位、利害关系申报、不可用时段或停用（须带 rev）', params: idParam, body: updateExpertBody, response: { 200: expertView, ...errors } } },
    async (req) => service.update(req.actor, req.params.id, req.body),
  );

  app.post(
    '/cases/:caseNo/expert-reviews',
    {
      schema: {
        tags,
        summary: '申请专家评审：按领域随机抽取专家（回避利害关系、同单位、近期评审过同一申请人和评审期间不可用者），并启动特别程序（不计入审批时限）',
        params: caseNoParam,
        body: requestReviewBody,
        response: { 201: reviewView, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await service.request(req.actor, req.params.caseNo, req.body)),
  );

  app.get(
    '/cases/:caseNo/expert-reviews/eligible',
    {
      schema: {
        tags,
        summary: '按领域和期限可抽取的专家人数，以及回避、不可用的人数（申请前预览）',
        params: caseNoParam,
        querystring: eligibleQuery,
        response: { 200: eligibleView, ...errors },
      },
    },
    async (req) => service.eligible(req.actor, req.params.caseNo, req.query),
  );

  app.get(
    '/cases/:caseNo/expert-reviews',
    { schema: { tags, summary: '办件的专家评审：工作人员看全部；申请人在结论前只看到评审进度和专家人数', params: caseNoParam, response: { 200: caseReviewsView, ...errors } } },
    async (req) => service.forCase(req.actor, req.params.caseNo),
  );

  app.get(
    '/expert-reviews',
    { schema: { tags, summary: '专家评审与抽取记录', querystring: listReviewsQuery, response: { 200: z.object({ items: z.array(reviewView) }), ...errors } } },
    async (req) => service.list(req.actor, req.query),
  );

  app.get('/expert-reviews/:id', { schema: { tags, summary: '一次专家评审：专家组、评分、签署、抽取记录', params: idParam, response: { 200: reviewView, ...errors } } }, async (req) =>
    service.get(req.actor, req.params.id),
  );

  app.get(
    '/expert-reviews/:id/verify',
    { schema: { tags, summary: '用记录的种子、条件和候选名单重新抽取，核对是否得到同样的专家', params: idParam, response: { 200: verifyView, ...errors } } },
    async (req) => service.verify(req.actor, req.params.id),
  );

  app.post(
    '/expert-reviews/:id/conclusion',
    { schema: { tags, summary: '录入专家组评审结论（全部专家签署后），结束特别程序', params: idParam, body: concludeBody, response: { 200: reviewView, ...errors } } },
    async (req) => service.conclude(req.actor, req.params.id, req.body),
  );

  app.get('/my/expert-reviews', { schema: { tags, summary: '我的评审（评审专家）', response: { 200: z.object({ items: z.array(myAssignment) }), ...errors } } }, async (req) => service.mine(req.actor));

  app.get(
    '/my/expert-reviews/:id',
    { schema: { tags, summary: '我参加的一次评审：办件概况、申请材料、评分标准和我的评审意见', params: idParam, response: { 200: myReviewView, ...errors } } },
    async (req) => service.myReview(req.actor, req.params.id),
  );

  app.get(
    '/my/expert-reviews/:id/files/:fileId',
    { schema: { tags, summary: '评审办件的申请材料文件（专家组成员）', params: fileParam, produces: ['application/pdf', 'image/jpeg', 'image/png'] } },
    async (req, reply) => {
      const f = await service.myFile(req.actor, req.params.id, req.params.fileId);
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      reply.header('etag', `"${f.sha256}"`);
      return reply.type(f.media_type).send(Buffer.from(f.content));
    },
  );

  app.post(
    '/my/expert-reviews/:id/sign',
    { schema: { tags, summary: '评分、填写评审意见并签署（签署后不能修改）', params: idParam, body: signBody, response: { 200: myReviewView, ...errors } } },
    async (req) => service.sign(req.actor, req.params.id, req.body),
  );

  app.post(
    '/my/expert-reviews/:id/decline',
    { schema: { tags, summary: '谢绝评审邀请（须说明理由），系统随即补抽一名专家', params: idParam, body: declineBody, response: { 200: z.object({ declined: z.boolean(), replacementDrawn: z.boolean() }), ...errors } } },
    async (req) => service.decline(req.actor, req.params.id, req.body.reason),
  );
};
