/**
 * /api/v1/cases/:caseNo/documents, /api/v1/documents (the PDFs, their public check) and
 * /api/v1/documents/templates (the administrator's templates).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_TYPES, type DocumentType } from '../../../domain/licence.js';
import { badRequest, problem } from '../../platform/errors.js';
import { caseNoParam } from '../cases/cases.schemas.js';
import type { DocumentsService } from './documents.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const MAX_VERIFY_BYTES = 20 * 1024 * 1024;

const documentType = z.enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]]);
const typeParam = z.object({ type: documentType });

const documentView = z.object({
  id: z.string(),
  type: documentType,
  title: z.string(),
  number: z.string(),
  actionSeq: z.number(),
  sha256: z.string(),
  keyId: z.string(),
  sm2KeyId: z.string().nullable().describe('SM2（国密）签名的密钥；SM2 启用前签发的文书为 null'),
  url: z.string(),
  createdAt: z.string(),
});

/** Each algorithm's result of checking a seal (licences, documents). */
export const signaturesView = z
  .object({ ed25519: z.enum(['ok', 'unknown_key', 'bad_signature']), sm2: z.enum(['ok', 'unknown_key', 'bad_signature', 'absent']) })
  .describe('各算法的核验结果：ed25519；sm2 为 SM3withSM2（国密，GM/T 0003），absent = 签发时尚无 SM2 签名');

const verifyView = z.object({
  valid: z.boolean(),
  reason: z.string().optional(),
  keyId: z.string().optional(),
  sm2KeyId: z.string().nullable().optional(),
  signatures: signaturesView.optional(),
  sha256: z.string().optional(),
  document: z.object({ type: z.string(), title: z.string(), number: z.string(), caseNo: z.string(), issuedAt: z.string() }).nullable().optional(),
});

const templateView = z.object({ type: documentType, title: z.string(), body: z.string(), source: z.enum(['file', 'custom']), shipped: z.string() });

/** A PDF answer, shown inline with its file name. */
export function sendPdf(reply: { header: (k: string, v: string) => unknown; type: (t: string) => { send: (b: Buffer) => unknown } }, name: string, content: Buffer) {
  reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`);
  return reply.type('application/pdf').send(content);
}

export const documentsRoutes: FastifyPluginAsyncZod<{ service: DocumentsService }> = async (app, { service }) => {
  const tags = ['documents'];

  app.get(
    '/cases/:caseNo/documents',
    { schema: { tags, summary: '办件文书列表（受理通知书、补正告知书、决定书、送达回证等）', params: caseNoParam, response: { 200: z.object({ items: z.array(documentView) }), ...errors } } },
    async (req) => service.list(req.actor, req.params.caseNo),
  );

  app.get(
    '/cases/:caseNo/archive',
    { schema: { tags, summary: '办结办件的电子档案（zip：办件、流转记录、文书、材料，manifest 含 SHA-256 并经电子印章签名）', params: caseNoParam, produces: ['application/zip'] } },
    async (req, reply) => {
      const a = await service.archive(req.actor, req.params.caseNo);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`);
      return reply.type('application/zip').send(a.content);
    },
  );

  app.get(
    '/cases/:caseNo/application-form',
    { schema: { tags, summary: '申请表 PDF：按办件填写时的事项申请表版本打印，电子印章签名', params: caseNoParam, produces: ['application/pdf'] } },
    async (req, reply) => {
      const f = await service.applicationForm(req.actor, req.params.caseNo);
      return sendPdf(reply, f.name, f.content);
    },
  );

  app.get('/documents/:id', { schema: { tags, summary: '下载文书 PDF（带电子印章和签名）', params: z.object({ id: z.uuid() }), produces: ['application/pdf'] } }, async (req, reply) => {
    const f = await service.file(req.actor, req.params.id);
    return sendPdf(reply, f.name, f.content);
  });

  app.post(
    '/documents/verify',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['public'], summary: '核验文书真伪：上传 PDF（multipart：file），检查内容哈希、电子签名（Ed25519 与 SM2 各自的结果）和文书登记', consumes: ['multipart/form-data'], response: { 200: verifyView, 400: problem, 429: problem } },
    },
    async (req) => {
      if (!req.isMultipart()) throw badRequest('REQUEST.INVALID', '请以 multipart/form-data 上传文件', [{ path: 'file', message: '缺少文件' }]);
      const part = await req.file({ limits: { fileSize: MAX_VERIFY_BYTES } });
      if (!part || part.fieldname !== 'file') throw badRequest('REQUEST.INVALID', '请上传文件', [{ path: 'file', message: '缺少文件' }]);
      const content = await part.toBuffer();
      return service.verifyFile(content);
    },
  );

  app.get(
    '/documents/registered/:id',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '扫码核验文书：文书二维码中的登记号打开本局登记的原件，核验其哈希与电子签名（Ed25519 与 SM2），并给出原件下载地址',
        params: z.object({ id: z.uuid() }),
        response: { 200: verifyView.extend({ fileUrl: z.string() }), 404: problem, 429: problem },
      },
    },
    async (req) => service.registered(req.params.id),
  );

  app.get(
    '/documents/registered/:id/file',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['public'], summary: '下载登记原件 PDF（凭文书二维码中的登记号）', params: z.object({ id: z.uuid() }), produces: ['application/pdf'] },
    },
    async (req, reply) => {
      const f = await service.registeredFile(req.params.id);
      return sendPdf(reply, f.name, f.content);
    },
  );

  app.get(
    '/documents/templates',
    {
      schema: {
        tags,
        summary: '文书模板列表（管理员）',
        response: { 200: z.object({ items: z.array(z.object({ type: documentType, title: z.string(), source: z.enum(['file', 'custom']), updatedBy: z.string().nullable(), updatedAt: z.string().nullable() })) }), ...errors },
      },
    },
    async (req) => service.templates(req.actor),
  );

  app.get('/documents/templates/:type', { schema: { tags, summary: '文书模板（Mustache）', params: typeParam, response: { 200: templateView, ...errors } } }, async (req) =>
    service.template(req.actor, req.params.type),
  );

  app.put(
    '/documents/templates/:type',
    {
      schema: {
        tags,
        summary: '保存文书模板（先检查语法）；reset: true 恢复系统默认模板',
        params: typeParam,
        body: z.union([z.strictObject({ body: z.string().trim().min(1).max(20_000) }), z.strictObject({ reset: z.literal(true) })]),
        response: { 200: templateView, ...errors },
      },
    },
    async (req) => service.saveTemplate(req.actor, req.params.type, req.body),
  );

  app.post(
    '/documents/templates/:type/preview',
    { schema: { tags, summary: '用样例数据预览模板（PDF）', params: typeParam, body: z.strictObject({ body: z.string().trim().min(1).max(20_000) }), produces: ['application/pdf'] } },
    async (req, reply) => sendPdf(reply, `${DOCUMENT_TYPES[req.params.type].title}-样稿.pdf`, await service.preview(req.actor, req.params.type, req.body.body)),
  );
};
