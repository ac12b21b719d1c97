/**
 * /api/v1/licences: electronic licences, their public verification and the bureau's keys.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { keysOf } from '../../../domain/catalog.js';
import { isValidLicenceNumber, LICENCE_ACTIONS, LICENCE_STATUSES } from '../../../domain/licence.js';
import { badRequest, problem } from '../../platform/errors.js';
import { sendPdf, signaturesView } from '../documents/documents.routes.js';
import { parseQr, type LicencesService } from './licences.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

const noParam = z.object({ no: z.string().refine(isValidLicenceNumber, '证照编号格式或校验位不正确（TAXK + 10 位数字 + 校验位）') });
const versionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });
const status = z.enum(keysOf(LICENCE_STATUSES));

const licenceView = z.object({
  no: z.string(),
  version: z.number(),
  status,
  statusName: z.string(),
  type: z.string(),
  holder: z.string(),
  holderKind: z.enum(['person', 'organisation']),
  holderId: z.string(),
  item: z.string(),
  itemCode: z.string(),
  scope: z.string(),
  fields: z.record(z.string(), z.string()).describe('证照字段：按事项的映射取自申请表（如食品经营许可证的主体业态、经营项目）'),
  conditions: z.array(z.string()),
  issuer: z.string(),
  departmentCode: z.string(),
  issuedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  caseNo: z.string(),
  keyId: z.string(),
  signature: z.string(),
  sm2KeyId: z.string().nullable().describe('SM2（国密）签名的密钥；SM2 启用前签发的证照为 null'),
  sm2Signature: z.string().nullable().describe('SM3withSM2 签名（用户标识 1234567812345678），DER 的 base64url，签的是 payload 原文'),
  statusReason: z.string().nullable(),
  statusBy: z.string().nullable(),
  statusOn: z.string().nullable(),
});

const verifyView = z.object({
  valid: z.boolean(),
  authentic: z.boolean(),
  signature: z.enum(['ok', 'invalid']).describe('总体：Ed25519 通过且 SM2 通过（或签发时尚无 SM2）为 ok'),
  signatures: signaturesView.optional(),
  keyId: z.string(),
  sm2KeyId: z.string().nullable().optional(),
  reason: z.string().optional(),
  no: z.string().optional(),
  version: z.number().optional(),
  latestVersion: z.number().optional(),
  status: status.optional(),
  statusName: z.string().optional(),
  statusOn: z.string().nullable().optional(),
  statusReason: z.string().nullable().optional(),
  statusBy: z.string().nullable().optional(),
  type: z.string().optional(),
  holder: z.string().optional(),
  holderId: z.string().optional(),
  item: z.string().optional(),
  scope: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
  issuer: z.string().optional(),
  issuedOn: z.string().optional(),
  validFrom: z.string().optional(),
  validTo: z.string().nullable().optional(),
});

export const licencesRoutes: FastifyPluginAsyncZod<{ service: LicencesService }> = async (app, { service }) => {
  const tags = ['licences'];

  app.get(
    '/licences',
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: '证照列表（工作人员全部；监管部门本部门监管事项；持证人自己的）',
        querystring: z.strictObject({
          holderId: z.string().trim().max(18).optional(),
          item: z.string().trim().max(120).optional(),
          status: status.optional(),
          /** the licence a case produced (or whose later version it produced) */
          caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号').optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: z.object({ items: z.array(licenceView), total: z.number() }), ...errors },
      },
    },
    async (req) => service.list(req.actor, req.query),
  );

  app.get(
    '/licences/keys',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: '本局电子印章公钥（Ed25519 与 SM2 国密，SPKI PEM 及原始公钥十六进制）；轮换后旧密钥仍在列，旧证照仍可核验',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                keyId: z.string(),
                algorithm: z.enum(['Ed25519', 'SM2']),
                publicKey: z.string().describe('SPKI PEM（SM2 为 SM2 曲线上的 EC 公钥，openssl 可直接读取）'),
                publicKeyHex: z.string().describe('原始公钥：Ed25519 32 字节；SM2 为 04||x||y（65 字节）'),
                createdAt: z.string(),
                retiredAt: z.string().nullable(),
                current: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await service.keys() }),
  );

  app.post(
    '/licences/verify',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '核验出示的证照：二维码内容（qr），或导出的证照文件（payload、signature、keyId，及 sm2 签名；文件中的其他字段忽略）',
        body: z.union([
          z.strictObject({ qr: z.string().min(10).max(8000) }),
          z.object({
            payload: z.string().min(2).max(8000),
            signature: z.string().min(10).max(200),
            keyId: z.string().min(4).max(64),
            sm2: z.object({ keyId: z.string().min(4).max(64), signature: z.string().min(10).max(200) }).nullable().optional(),
          }),
        ]),
        response: { 200: verifyView, 400: problem, 429: problem },
      },
    },
    async (req) => {
      const presented = 'qr' in req.body ? parseQr(req.body.qr) : req.body;
      if (!presented) throw badRequest('REQUEST.INVALID', '二维码内容不是本局证照', [{ path: 'qr', message: '缺少签名数据' }]);
      return service.verifyPresented(presented);
    },
  );

  app.get('/licences/:no', { config: { apiKey: true }, schema: { tags, summary: '证照详情（含各版本）', params: noParam, querystring: versionQuery, response: { 200: licenceView.extend({ versions: z.array(z.object({ version: z.number(), status, caseNo: z.string(), at: z.string() })) }), ...errors } } }, async (req) =>
    service.get(req.actor, req.params.no, req.query.version),
  );

  app.get(
    '/licences/:no/verify',
    {
      // numbers can be walked (sequential, computable check character): few lookups per address
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { tags: ['public'], summary: '按证照编号核验：签名是否真实、当前是否有效（自然人持证人姓名和证件号脱敏；全名仅凭签名二维码核验显示）', params: noParam, response: { 200: verifyView, 400: problem, 404: problem, 429: problem } },
    },
    async (req) => service.verify(req.params.no),
  );

  app.get('/licences/:no/pdf', { config: { apiKey: true }, schema: { tags, summary: '证照 PDF（二维码含签名数据，可离线核验）', params: noParam, querystring: versionQuery, produces: ['application/pdf'] } }, async (req, reply) => {
    const f = await service.pdf(req.actor, req.params.no, req.query.version);
    return sendPdf(reply, f.name, f.content);
  });

  app.get(
    '/licences/:no/export',
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: '导出签名证照文件（npx shenpi licence verify FILE 离线核验）',
        params: noParam,
        querystring: versionQuery,
        response: {
          200: z.object({
            format: z.literal('shenpi-licence/1'),
            payload: z.string(),
            signature: z.string(),
            keyId: z.string(),
            algorithm: z.literal('Ed25519'),
            sm2: z.object({ algorithm: z.literal('SM2'), keyId: z.string(), signature: z.string() }).nullable().describe('SM3withSM2 签名（DER 的 base64url）；SM2 启用前签发的证照为 null'),
            keysUrl: z.string(),
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      reply.header('content-disposition', `attachment; filename="${req.params.no}.json"`);
      return service.exportFile(req.actor, req.params.no, req.query.version);
    },
  );

  app.post(
    '/licences/:no/actions',
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: '暂停、恢复、撤销、注销证照（审批局；监管部门限本部门监管的事项）',
        params: noParam,
        body: z.strictObject({ type: z.enum(keysOf(LICENCE_ACTIONS)), reason: z.string().trim().min(1).max(1000), decidedBy: z.string().trim().min(1).max(200).optional() }),
        response: { 200: licenceView, ...errors },
      },
    },
    async (req) => service.act(req.actor, req.params.no, req.body),
  );
};
