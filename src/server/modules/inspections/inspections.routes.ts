/**
 * /api/v1/inspections: on-site inspection (现场踏勘) — the reviewer's request, the centre's
 * scheduling and board, the inspectors' report, photos and confirmations — and
 * /api/v1/cases/:caseNo/inspections for the case pages.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest, problem } from '../../platform/errors.js';
import {
  boardQuery,
  cancelBody,
  boardView,
  caseInspectionsView,
  caseNoParam,
  confirmBody,
  inspectionParam,
  inspectionView,
  inspectorsView,
  listQuery,
  listView,
  photoParam,
  reportBody,
  requestBody,
  scheduleBody,
} from './inspections.schemas.js';
import { MAX_PHOTO_BYTES, type InspectionsService } from './inspections.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const inspectionsRoutes: FastifyPluginAsyncZod<{ service: InspectionsService }> = async (app, { service }) => {
  const tags = ['inspections'];

  app.post(
    '/inspections',
    { schema: { tags, summary: '申请现场踏勘（审查人员；事项须规定现场踏勘，同一办件同时只有一次）', body: requestBody, response: { 201: inspectionView, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.request(req.actor, req.body)),
  );

  app.get(
    '/inspections',
    { schema: { tags, summary: '踏勘任务列表：scope=all 勘验图审中心全部，scope=mine 本人的踏勘任务', querystring: listQuery, response: { 200: listView, ...errors } } },
    async (req) => service.list(req.actor, req.query),
  );

  app.get(
    '/inspections/inspectors',
    { schema: { tags, summary: '可指派的踏勘人员（勘验图审中心调度）', response: { 200: inspectorsView, ...errors } } },
    async (req) => service.inspectors(req.actor),
  );

  app.get(
    '/inspections/board',
    { schema: { tags, summary: '踏勘工作量：每人每天的踏勘数、待安排数、逾期未出报告的踏勘', querystring: boardQuery, response: { 200: boardView, ...errors } } },
    async (req) => service.board(req.actor, req.query),
  );

  app.get(
    '/inspections/:id',
    { schema: { tags, summary: '一次踏勘的全部记录（调度、办件的审查人员、指派的踏勘人员）', params: inspectionParam, response: { 200: inspectionView, ...errors } } },
    async (req) => service.get(req.actor, req.params.id),
  );

  app.post(
    '/inspections/:id/schedule',
    {
      schema: {
        tags,
        summary: '安排踏勘：日期、地点、2名以上踏勘人员（行政许可法第三十四条）；首次安排即开始办件的特别程序（第四十五条）',
        params: inspectionParam,
        body: scheduleBody,
        response: { 200: inspectionView, ...errors },
      },
    },
    async (req) => service.schedule(req.actor, req.params.id, req.body),
  );

  app.put(
    '/inspections/:id/report',
    { schema: { tags, summary: '填写或修改踏勘记录（指派的踏勘人员）；修改后已有的确认全部作废', params: inspectionParam, body: reportBody, response: { 200: inspectionView, ...errors } } },
    async (req) => service.record(req.actor, req.params.id, req.body),
  );

  app.post(
    '/inspections/:id/photos',
    {
      schema: {
        tags,
        summary: '上传现场照片（multipart：file；JPEG、PNG、WebP，不超过 5 MB）',
        consumes: ['multipart/form-data'],
        params: inspectionParam,
        response: { 200: inspectionView, 413: problem, ...errors },
      },
    },
    // the service checks the caller's right before it reads the upload
    async (req) =>
      service.addPhoto(req.actor, req.params.id, async () => {
        if (!req.isMultipart()) throw badRequest('REQUEST.INVALID', '请以 multipart/form-data 上传', [{ path: 'file', message: '缺少文件' }]);
        for await (const part of req.parts({ limits: { fileSize: MAX_PHOTO_BYTES + 1 } })) {
          if (part.type === 'file') return { name: part.filename, content: await part.toBuffer() };
        }
        throw badRequest('REQUEST.INVALID', '缺少照片文件', [{ path: 'file', message: '缺少文件' }]);
      }),
  );

  app.get(
    '/inspections/:id/photos/:photoId',
    { schema: { tags, summary: '现场照片', params: photoParam, produces: ['image/jpeg', 'image/png'] } },
    async (req, reply) => {
      const p = await service.photo(req.actor, req.params.id, req.params.photoId);
      reply.header('etag', `"${p.sha256}"`);
      return reply.type(p.media_type).send(Buffer.from(p.content));
    },
  );

  app.post(
    '/inspections/:id/confirm',
    {
      schema: {
        tags,
        summary: '踏勘人员本人确认踏勘记录（expectedRev 为所确认的版本）；全部指派人员确认后报告生效、特别程序结束',
        params: inspectionParam,
        body: confirmBody,
        response: { 200: inspectionView, ...errors },
      },
    },
    async (req) => service.confirm(req.actor, req.params.id, req.body),
  );

  app.post(
    '/inspections/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消踏勘（勘验图审中心或审查人员，须写明原因）；已安排的踏勘同时结束办件的特别程序，不出具报告',
        params: inspectionParam,
        body: cancelBody,
        response: { 200: inspectionView, ...errors },
      },
    },
    async (req) => service.cancel(req.actor, req.params.id, req.body),
  );

  app.get(
    '/cases/:caseNo/inspections',
    { schema: { tags, summary: '办件的现场踏勘（审查人员看全部记录，申请人看踏勘时间地点与结论）', params: caseNoParam, response: { 200: caseInspectionsView, ...errors } } },
    async (req) => service.ofCase(req.actor, req.params.caseNo),
  );
};
