/**
 * /api/v1/province: the reconciliation of what was pushed to the provincial platform and its
 * e-licence library (administrator). See docs/api-v1.md § Provincial platform.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import { caseNoParam } from '../cases/cases.schemas.js';
import type { ProvinceService } from './province.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 503: problem };
const tags = ['province'];
const KINDS = ['banjian', 'rating', 'licence'] as const;
const STATUSES = ['pending', 'accepted', 'rejected', 'failed'] as const;

const pushView = z.object({
  id: z.number(),
  kind: z.enum(KINDS),
  subject: z.string(),
  recordId: z.string(),
  status: z.enum(STATUSES),
  attempts: z.number(),
  nextAt: z.string().nullable(),
  lastError: z.string().nullable(),
  receiptId: z.string().nullable(),
  reason: z.string().nullable(),
  fieldErrors: z.array(z.object({ field: z.string(), message: z.string() })),
  answeredAt: z.string().nullable(),
  resentCount: z.number(),
  createdAt: z.string(),
});
const pushDetail = pushView.extend({ record: z.record(z.string(), z.unknown()) });
const pushId = z.object({ id: z.coerce.number().int().min(1, '推送编号应为正整数') });
const admin = { permissions: ['apikeys.manage' as const] };

export const provinceRoutes: FastifyPluginAsyncZod<{ service: ProvinceService }> = async (app, { service }) => {
  app.get(
    '/province/summary',
    {
      config: admin,
      schema: {
        tags,
        summary: '省平台推送概况：是否启用，待发送、已接收、被拒收、重试失败的数量',
        response: {
          200: z.object({
            enabled: z.boolean(),
            pending: z.number(),
            accepted: z.number(),
            rejected: z.number(),
            failed: z.number(),
            byKind: z.array(z.object({ kind: z.enum(KINDS), status: z.enum(STATUSES), count: z.number() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => service.summary(req.actor),
  );

  app.get(
    '/province/pushes',
    {
      config: admin,
      schema: {
        tags,
        summary: '推送对账：发送的办件、好差评和电子证照记录，平台回执或拒收原因（新的在前）',
        querystring: z.strictObject({
          status: z.enum(STATUSES).optional(),
          kind: z.enum(KINDS).optional(),
          subject: z.string().trim().min(1).max(100).optional(),
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(pushView) }), ...errors },
      },
    },
    async (req) => service.list(req.actor, req.query),
  );

  app.get('/province/pushes/:id', { config: admin, schema: { tags, summary: '推送详情：发送的记录与回执', params: pushId, response: { 200: pushDetail, ...errors } } }, async (req) =>
    service.get(req.actor, req.params.id),
  );

  app.post(
    '/province/pushes/:id/resend',
    { config: admin, schema: { tags, summary: '重发被拒收或重试失败的记录（按当前数据重新生成）', params: pushId, response: { 200: pushDetail, ...errors } } },
    async (req) => service.resend(req.actor, req.params.id),
  );

  // 免证办: the applicant side chooses licences from the e-licence library instead of uploads
  const libraryUse = z.object({ materialCode: z.string(), licenceNo: z.string(), version: z.number(), recordId: z.string(), typeName: z.string(), caseVersion: z.number(), consentText: z.string(), consentAt: z.string() });
  app.get(
    '/province/cases/:caseNo/licence-offers',
    {
      schema: {
        tags,
        summary: '免证办：可用电子证照代替的材料，及申请人名下电子证照库中可用的证照',
        params: caseNoParam,
        response: {
          200: z.object({
            consentText: z.string(),
            materials: z.array(z.object({ code: z.string(), name: z.string(), licences: z.array(z.object({ licenceNo: z.string(), version: z.number(), typeName: z.string(), holderName: z.string(), deptCode: z.string(), validTo: z.string().nullable() })) })),
            used: z.array(libraryUse),
          }),
          ...errors,
        },
      },
    },
    async (req) => service.libraryOffers(req.actor, req.params.caseNo),
  );

  app.post(
    '/province/cases/:caseNo/licence-uses',
    {
      schema: {
        tags,
        summary: '免证办：经申请人同意，以电子证照库中的证照代替一项材料（记录所用证照版本）',
        params: caseNoParam,
        body: z.strictObject({
          materialCode: z.string().trim().min(1).max(100),
          licenceNo: z.string().trim().min(1).max(40),
          consent: z.literal(true, { message: '须同意从电子证照库调取证照' }),
        }),
        response: { 200: z.object({ items: z.array(libraryUse) }), ...errors },
      },
    },
    async (req) => service.useLibraryLicence(req.actor, req.params.caseNo, req.body),
  );

  app.get(
    '/province/cases/:caseNo/licence-uses',
    { schema: { tags, summary: '办件使用的电子证照（证照版本与申请人的同意）', params: caseNoParam, response: { 200: z.object({ items: z.array(libraryUse) }), ...errors } } },
    async (req) => service.libraryUses(req.actor, req.params.caseNo),
  );
};
