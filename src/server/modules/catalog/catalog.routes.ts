/**
 * /api/v1/catalog: the public catalog, the back-office review, batches, templates, import and export.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, problem } from '../../platform/errors.js';
import type { OrgService } from '../org/org.service.js';
import {
  batchPassBody,
  batchView,
  codeParam,
  createBatchBody,
  createVersionBody,
  diffQuery,
  idParam,
  itemSummary,
  listItemsQuery,
  publicItem,
  returnBody,
  revBody,
  stats,
  updateVersionBody,
  versionDetail,
  versionHistory,
  versionListQuery,
  versionSummary,
} from './catalog.schemas.js';
import type { CatalogService } from './catalog.service.js';
import { registerExcelRoutes } from './catalog.excel.routes.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const catalogRoutes: FastifyPluginAsyncZod<{ service: CatalogService; org: OrgService }> = async (app, { service, org }) => {
  const tags = ['catalog'];
  const review = ['catalog-review'];

  app.get('/catalog/stats', { config: { public: true }, schema: { tags, summary: '目录统计（由已确认目录实时计算）', response: { 200: stats } } }, async () => service.stats());

  app.get(
    '/catalog/items',
    { config: { public: true }, schema: { tags, summary: '事项列表（已确认发布）', querystring: listItemsQuery, response: { 200: z.object({ items: z.array(itemSummary), total: z.number() }), 400: problem } } },
    async (req) => service.listPublic(req.query, await org.names()),
  );

  app.get(
    '/catalog/items/:code',
    { config: { public: true }, schema: { tags, summary: '事项详情（行政许可法第三十条公示内容）', params: codeParam, response: { 200: publicItem, 404: problem } } },
    async (req) => service.getPublic(req.params.code, await org.names()),
  );

  app.get(
    '/catalog/items/:code/versions',
    { config: { public: true }, schema: { tags, summary: '事项版本历史（逐字段变化）', params: codeParam, response: { 200: versionHistory, 404: problem } } },
    async (req) => service.history(req.params.code),
  );

  app.get(
    '/catalog/items/:code/diff',
    { config: { public: true },
      schema: {
        tags,
        summary: '两个版本之间的逐字段比较',
        params: codeParam,
        querystring: diffQuery,
        response: { 200: z.object({ from: z.number(), to: z.number(), changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })) }), 400: problem, 404: problem },
      },
    },
    async (req) => service.diff(req.params.code, req.query.from, req.query.to),
  );

  app.get(
    '/catalog/templates/:file',
    { config: { public: true }, schema: { tags, summary: '材料示范文本 / 空白表格下载', params: z.object({ file: z.string().min(1).max(200) }), produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } },
    async (req, reply) => {
      const f = await service.template(req.params.file);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      reply.header('etag', `"${f.sha256}"`);
      return reply.type(f.media_type).send(Buffer.from(f.content));
    },
  );

  app.put(
    '/catalog/templates/:file',
    {
      schema: {
        tags: review,
        summary: '上传或替换示范文本（multipart 字段 file）',
        consumes: ['multipart/form-data'],
        params: z.object({ file: z.string().min(1).max(200) }),
        response: { 200: z.object({ name: z.string(), sha256: z.string() }), ...errors },
      },
    },
    async (req) =>
      service.putTemplate(req.actor, req.params.file, async () => {
        const file = req.isMultipart() ? await req.file() : undefined;
        if (!file) throw badRequest('REQUEST.INVALID', '缺少上传文件', [{ path: 'file', message: '请选择文件（multipart 字段 file）' }]);
        return { mediaType: file.mimetype || 'application/octet-stream', content: await file.toBuffer() };
      }),
  );

  app.get(
    '/catalog/versions',
    { schema: { tags: review, summary: '草稿与待审版本', querystring: versionListQuery, response: { 200: z.object({ items: z.array(versionSummary), total: z.number() }), ...errors } } },
    async (req) => service.listVersions(req.actor, req.query),
  );

  app.post(
    '/catalog/versions',
    { schema: { tags: review, summary: '起草新事项或事项变更（梳理保留）', body: createVersionBody, response: { 201: versionDetail, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createVersion(req.actor, req.body)),
  );

  app.get(
    '/catalog/versions/:id',
    { schema: { tags: review, summary: '版本详情、流转记录与变化', params: idParam, response: { 200: versionDetail, ...errors } } },
    async (req) => service.getVersion(req.actor, req.params.id),
  );

  app.put(
    '/catalog/versions/:id',
    { schema: { tags: review, summary: '修改草稿（需带上读到的 rev）', params: idParam, body: updateVersionBody, response: { 200: versionDetail, ...errors } } },
    async (req) => service.updateVersion(req.actor, req.params.id, req.body),
  );

  app.post(
    '/catalog/versions/:id/submit',
    { schema: { tags: review, summary: '提交初审', params: idParam, body: revBody, response: { 200: versionDetail, ...errors } } },
    async (req) => service.submit(req.actor, req.params.id, req.body.rev),
  );

  app.post(
    '/catalog/versions/:id/pass',
    { schema: { tags: review, summary: '本环节通过（初审拟定 / 复核 / 终审确认）', params: idParam, body: revBody, response: { 200: versionDetail, ...errors } } },
    async (req) => service.pass(req.actor, req.params.id, req.body.rev, req.body.comment),
  );

  app.post(
    '/catalog/versions/:id/return',
    { schema: { tags: review, summary: '退回起草人（须写明理由）', params: idParam, body: returnBody, response: { 200: versionDetail, ...errors } } },
    async (req) => service.sendBack(req.actor, req.params.id, req.body.rev, req.body.reason),
  );

  app.post(
    '/catalog/versions/:id/withdraw',
    { schema: { tags: review, summary: '撤回草稿', params: idParam, body: revBody, response: { 200: versionDetail, ...errors } } },
    async (req) => service.withdraw(req.actor, req.params.id, req.body.rev),
  );

  app.get(
    '/catalog/batches',
    { schema: { tags: review, summary: '清理批次', response: { 200: z.object({ items: z.array(batchView) }), ...errors } } },
    async (req) => service.listBatches(req.actor),
  );

  app.post(
    '/catalog/batches',
    { schema: { tags: review, summary: '新建清理批次', body: createBatchBody, response: { 201: batchView, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createBatch(req.actor, req.body)),
  );

  app.get(
    '/catalog/batches/:id',
    { schema: { tags: review, summary: '清理批次详情与统计', params: idParam, response: { 200: batchView, ...errors } } },
    async (req) => service.getBatch(req.actor, req.params.id),
  );

  app.post(
    '/catalog/batches/:id/submit',
    { schema: { tags: review, summary: '批次内草稿全部提交初审', params: idParam, response: { 200: z.object({ submitted: z.number() }), ...errors } } },
    async (req) => service.submitBatch(req.actor, req.params.id),
  );

  app.post(
    '/catalog/batches/:id/pass',
    { schema: { tags: review, summary: '批次内本环节全部通过（全部成功或全部不变）', params: idParam, body: batchPassBody, response: { 200: z.object({ passed: z.number() }), ...errors } } },
    async (req) => service.passBatch(req.actor, req.params.id, req.body.stage, req.body.comment),
  );

  await registerExcelRoutes(app, service);
};
