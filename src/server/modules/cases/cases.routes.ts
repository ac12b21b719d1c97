/**
 * /api/v1/cases (applicants, clerks, reviewers, chiefs, the director) and
 * /api/v1/public/cases (progress lookup without login).
 */
import { authorizeUser } from '../../platform/auth.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../../../domain/identifiers.js';
import { badRequest, problem } from '../../platform/errors.js';
import { actionBody, editDraftBody, caseNoParam, caseSummary, caseView, createCaseBody, listCasesQuery, publicLookupQuery } from './cases.schemas.js';
import type { CaseCommandsService } from './case-commands.service.js';
import { MAX_FILE_BYTES, type CaseFilesService } from './case-files.service.js';
import type { CaseQueriesService } from './case-queries.service.js';
import { APPLY } from './cases.shared.js';
import { day } from '../../platform/schemas.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const casesRoutes: FastifyPluginAsyncZod<{ commands: CaseCommandsService; queries: CaseQueriesService; files: CaseFilesService }> = async (app, { commands, queries, files }) => {
  const tags = ['cases'];

  app.post(
    '/cases',
    { config: { permissions: APPLY }, schema: { tags, summary: '创建申请（草稿）：申请人网上申请、窗口代为申请或代办员为企业申请；不划转不进驻事项答 409 CASE.NOT_STATIONED，写明到哪里办理', body: createCaseBody, response: { 201: caseView, ...errors } } },
    async (req, reply) => reply.status(201).send(await commands.create(req.actor, req.body)),
  );

  app.get(
    '/cases',
    { schema: { tags, summary: '办件列表（工作人员按紧急程度排序；申请人只看自己的）', querystring: listCasesQuery, response: { 200: z.object({ items: z.array(caseSummary), total: z.number() }), ...errors } } },
    async (req) => queries.list(req.actor, req.query),
  );

  app.get(
    '/cases/prefill',
    {
      // the applicant applying online, a window clerk naming the party at the counter, or an agent naming their authorisation; others learn nothing about the query
      preValidation: async (req) => {
        const q = req.query as { kind?: unknown; authorisationId?: unknown };
        authorizeUser(req.actor, q.authorisationId ? 'case.agent' : q.kind ? 'case.window' : 'case.apply');
      },
      schema: {
        tags,
        summary: '申请表预填：取自申请人本人的身份信息和本人以前的办件（从不取他人的）；窗口代为申请时按窗口前申请人的身份证号或统一社会信用代码取其本人的办件；代办员按授权委托书取委托企业的信息和该企业以前的办件',
        querystring: z.strictObject({
          itemCode: z.string().trim().min(1).max(120),
          /** 窗口代为申请: the party at the counter (as `onBehalfOf` of POST /cases) */
          kind: z.enum(['person', 'organisation']).optional(),
          name: z.string().trim().min(1).max(100).optional(),
          idNumber: z.string().trim().toUpperCase().refine(isValidIdNumber, '身份证号格式或校验位不正确').optional(),
          creditCode: z.string().trim().toUpperCase().refine(isValidCreditCode, '统一社会信用代码格式或校验位不正确').optional(),
          phone: z.string().trim().refine(isValidMobile, '手机号码格式不正确').optional(),
          /** 代办: the agent's registered authorisation (as `onBehalfOf.authorisationId` of POST /cases) */
          authorisationId: z.string().trim().min(1).max(64).optional(),
        }),
        response: { 200: z.object({ itemCode: z.string(), formVersion: z.number(), form: z.record(z.string(), z.unknown()) }), ...errors },
      },
    },
    async (req) => {
      const { itemCode, ...party } = req.query;
      return queries.prefill(req.actor, itemCode, party.kind || party.authorisationId ? party : undefined);
    },
  );

  app.get(
    '/cases/assignees',
    {
      schema: {
        tags,
        summary: '可指派的审查人员和科长',
        response: { 200: z.object({ items: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string(), departmentCode: z.string().nullable() })) }), ...errors },
      },
    },
    async (req) => queries.assignees(req.actor),
  );

  app.get('/cases/:caseNo', { schema: { tags, summary: '办件详情：状态、时钟、流转记录、可执行操作', params: caseNoParam, response: { 200: caseView, ...errors } } }, async (req) =>
    queries.get(req.actor, req.params.caseNo),
  );

  app.patch(
    '/cases/:caseNo',
    { schema: { tags, summary: '修改草稿的办理情形和申请信息（提交前，申请人一方）', params: caseNoParam, body: editDraftBody, response: { 200: caseView, ...errors } } },
    async (req) => commands.editDraft(req.actor, req.params.caseNo, req.body),
  );

  app.post(
    '/cases/:caseNo/actions',
    {
      schema: {
        tags,
        summary: '办件操作（须带 expectedVersion；状态不允许时 409 并列出可执行操作）',
        params: caseNoParam,
        body: actionBody,
        response: { 200: caseView, ...errors },
      },
    },
    async (req) => commands.act(req.actor, req.params.caseNo, req.body),
  );

  app.post(
    '/cases/:caseNo/materials',
    {
      config: { permissions: APPLY },
      schema: {
        tags,
        summary: '上传材料（multipart：materialId、file；或 materialId、fileId 复用已有材料）',
        consumes: ['multipart/form-data'],
        params: caseNoParam,
        response: { 200: caseView, 413: problem, ...errors },
      },
    },
    async (req) => {
      // whose case it is comes before what was sent
      await files.mayAttach(req.actor, req.params.caseNo);
      if (!req.isMultipart()) throw badRequest('REQUEST.INVALID', '请以 multipart/form-data 上传', [{ path: 'file', message: '缺少文件' }]);
      const fields: Record<string, string> = {};
      for await (const part of req.parts({ limits: { fileSize: MAX_FILE_BYTES + 1 } })) {
        if (part.type === 'field') {
          fields[part.fieldname] = String(part.value);
          continue;
        }
        if (part.fieldname !== 'file') throw badRequest('REQUEST.INVALID', '文件字段名应为 file', [{ path: part.fieldname, message: '未知文件字段' }]);
        const materialCode = requireField(fields, 'materialId');
        // the service checks the caller and the case before it reads the upload
        return files.attachMaterial(req.actor, req.params.caseNo, { materialCode, upload: async () => ({ name: part.filename, content: await part.toBuffer() }) });
      }
      return files.attachMaterial(req.actor, req.params.caseNo, { materialCode: requireField(fields, 'materialId'), fileId: requireField(fields, 'fileId') });
    },
  );

  app.get(
    '/cases/:caseNo/reusable-files',
    {
      schema: {
        tags,
        summary: '申请人以往办件中可复用的材料',
        params: caseNoParam,
        response: {
          200: z.object({
            items: z.array(z.object({ fileId: z.string(), name: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(), materialCode: z.string(), materialName: z.string(), fromCase: z.string(), at: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => files.reusable(req.actor, req.params.caseNo),
  );

  app.get(
    '/cases/:caseNo/files/:fileId',
    { schema: { tags, summary: '下载办件材料文件', params: caseNoParam.extend({ fileId: z.uuid() }), produces: ['application/pdf', 'image/jpeg', 'image/png'] } },
    async (req, reply) => {
      const f = await files.file(req.actor, req.params.caseNo, req.params.fileId);
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      reply.header('etag', `"${f.sha256}"`);
      return reply.type(f.media_type).send(Buffer.from(f.content));
    },
  );

  app.get(
    '/public/decisions',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '行政许可决定公开（第四十条）：行政许可事项准予和不予许可的决定（其他事项不列入），按事项和日期查询，申请人姓名脱敏',
        querystring: z.strictObject({
          item: z.string().trim().max(120).optional(),
          from: day.optional(),
          to: day.optional(),
          result: z.enum(['approve', 'refuse']).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(z.object({ caseNo: z.string(), itemCode: z.string(), itemName: z.string(), applicantName: z.string(), result: z.enum(['approve', 'refuse']), resultName: z.string(), decidedOn: z.string() })),
            total: z.number(),
          }),
          400: problem,
          429: problem,
        },
      },
    },
    async (req) => queries.decisions(req.query),
  );

  app.get(
    '/public/cases/:caseNo',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['public'], summary: '办件进度查询（办件编号 + 查询码，无需登录，个人信息脱敏）', params: caseNoParam, querystring: publicLookupQuery, response: { 200: caseView, 404: problem, 400: problem, 429: problem } },
    },
    async (req) => queries.publicLookup(req.params.caseNo, req.query.code),
  );
};

function requireField(fields: Record<string, string>, name: string): string {
  const v = fields[name]?.trim();
  if (!v) throw badRequest('REQUEST.INVALID', `缺少字段 ${name}`, [{ path: name, message: '必填' }]);
  return v;
}
