/**
 * /api/v1/fees and /api/v1/cases/:caseNo/fees: assessment (核定), waiver approval (减免审批), the
 * payment notice (缴款通知书), the platform's signed callback, order query, the e-receipt, the daily
 * statement import (对账) and its findings, refunds. See docs/api-v1.md § Fees.
 */
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FEE_STATUSES } from '../../../domain/fees.js';
import { problem } from '../../platform/errors.js';
import { caseNoParam } from '../cases/cases.schemas.js';
import type { FeesService } from './fees.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 502: problem, 503: problem };
const tags = ['fees'];
const idParam = z.object({ id: z.uuid('收费记录编号格式不正确') });
const finance = { permissions: ['fee.finance' as const] };

const assessmentView = z.object({
  id: z.string(),
  caseNo: z.string(),
  feeIndex: z.number(),
  feeName: z.string(),
  basis: z.string(),
  dueAt: z.enum(['acceptance', 'decision']),
  input: z.record(z.string(), z.unknown()),
  amountFen: z.number(),
  waiverCode: z.string().nullable(),
  waiverName: z.string().nullable(),
  waiverPercent: z.number().nullable(),
  waiverApprovedBy: z.string().nullable(),
  waivedFen: z.number(),
  dueFen: z.number(),
  dueCapital: z.string(),
  payee: z.string(),
  status: z.enum(Object.keys(FEE_STATUSES) as [keyof typeof FEE_STATUSES, ...(keyof typeof FEE_STATUSES)[]]),
  statusName: z.string(),
  assessedBy: z.string(),
  assessedAt: z.string(),
  orderNo: z.string().nullable(),
  payCode: z.string().nullable(),
  payUrl: z.string().nullable(),
  deadline: z.string().nullable(),
  paidAt: z.string().nullable(),
  paidFen: z.number().nullable(),
  receiptNo: z.string().nullable(),
  refundedAt: z.string().nullable(),
  refundReason: z.string().nullable(),
  /** the late rule the fee was assessed under, and in words */
  lateRule: z.enum(['wait', 'surcharge', 'terminate']),
  lateText: z.string(),
  /** 滞纳金 applied by the sweeper so far (fen), for this many days late */
  surchargeFen: z.number(),
  surchargeDays: z.number(),
  lapsedAt: z.string().nullable(),
});

const caseFees = z.object({
  caseNo: z.string(),
  status: z.enum(['待缴费', '已缴费']).nullable(),
  fees: z.array(
    z.object({
      feeIndex: z.number(),
      name: z.string(),
      basis: z.string(),
      amountText: z.string(),
      computation: z.string().nullable(),
      rule: z.record(z.string(), z.unknown()).nullable(),
      late: z.string().nullable(),
    }),
  ),
  assessments: z.array(assessmentView),
});

const assessBody = z.strictObject({
  feeIndex: z.number().int().min(0).max(50),
  option: z.number().int().min(0).max(50).optional(),
  quantity: z.number().min(0).max(1e9).optional(),
  amountFen: z.number().int().min(0).optional(),
  waiverCode: z.string().trim().max(40).nullable().optional(),
});

const flagView = z.object({
  id: z.string(),
  kind: z.enum(['forged_callback', 'amount_mismatch', 'not_recorded', 'not_paid', 'amount_differs']),
  kindName: z.string(),
  orderNo: z.string().nullable(),
  payCode: z.string().nullable(),
  statementDay: z.string().nullable(),
  statementFen: z.number().nullable(),
  recordedFen: z.number().nullable(),
  detail: z.string(),
  caseNo: z.string().nullable(),
  assessmentId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  note: z.string().nullable(),
});

declare module 'fastify' {
  interface FastifyRequest {
    /** the body as received, for the callback's signature */
    feeRawBody?: string;
  }
}

export const feesRoutes: FastifyPluginAsyncZod<{ service: FeesService }> = async (app, { service }) => {
  app.get(
    '/cases/:caseNo/fees',
    { schema: { tags, summary: '办件的收费：事项的收费项目和计费方式、核定记录、待缴费/已缴费', params: caseNoParam, response: { 200: caseFees, ...errors } } },
    async (req) => service.ofCase(req.actor, req.params.caseNo),
  );

  app.post(
    '/cases/:caseNo/fees',
    {
      schema: {
        tags,
        summary: '核定收费：在事项规定的环节（受理或决定）确认金额（分）；无减免即向统一公共支付平台下单并告知缴款码，申请减免的待审批',
        params: caseNoParam,
        body: assessBody,
        response: { 200: assessmentView, ...errors },
      },
    },
    async (req) => service.assess(req.actor, req.params.caseNo, req.body),
  );

  app.post(
    '/fees/:id/waiver/approve',
    { schema: { tags, summary: '批准收费减免（减免规定的审批角色，非核定人本人）', params: idParam, response: { 200: assessmentView, ...errors } } },
    async (req) => service.approveWaiver(req.actor, req.params.id),
  );

  app.post(
    '/fees/:id/refresh',
    { schema: { tags, summary: '向统一公共支付平台查询订单；已缴费的即记录（回调丢失时）', params: idParam, response: { 200: assessmentView, ...errors } } },
    async (req) => service.refresh(req.actor, req.params.id),
  );

  app.get(
    '/fees/:id/notice.pdf',
    { schema: { tags, summary: '缴款通知书 PDF：缴款码、金额（小写和大写）、执收单位、缴款期限、支付二维码', params: idParam, produces: ['application/pdf'] } },
    async (req, reply) => {
      const d = await service.noticePdf(req.actor, req.params.id);
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(d.name)}`);
      return reply.type('application/pdf').send(d.file);
    },
  );

  app.get(
    '/fees/:id/receipt.pdf',
    { schema: { tags, summary: '财政电子票据（统一公共支付平台开具）', params: idParam, produces: ['application/pdf'] } },
    async (req, reply) => {
      const d = await service.receipt(req.actor, req.params.id);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(d.name)}`);
      return reply.type('application/pdf').send(d.file);
    },
  );

  app.post(
    '/fees/:id/refund',
    {
      config: finance,
      schema: { tags, summary: '退费：撤回、不予受理或不予许可的已缴费办件，经平台原路退付', params: idParam, body: z.strictObject({ reason: z.string().trim().min(2).max(500) }), response: { 200: assessmentView, ...errors } },
    },
    async (req) => service.refund(req.actor, req.params.id, req.body.reason),
  );

  app.get(
    '/fees/refunds-due',
    {
      config: finance,
      schema: { tags, summary: '待退费：撤回（含逾期未缴终止）、不予受理或不予许可的已缴费办件（财务人员）', response: { 200: z.object({ items: z.array(assessmentView.extend({ caseStatus: z.string() })) }), ...errors } },
    },
    async (req) => ({ items: await service.refundsDue(req.actor) }),
  );

  app.post(
    '/fees/statements',
    {
      config: finance,
      schema: {
        tags,
        summary: '导入统一公共支付平台的日对账单（CSV；不附文件则向平台获取）并与已记录的缴费逐笔核对',
        body: z.strictObject({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '格式应为 YYYY-MM-DD'), csv: z.string().max(5_000_000).optional() }),
        response: { 200: z.object({ day: z.string(), lines: z.number(), totalFen: z.number(), matched: z.number(), mismatches: z.number() }), ...errors },
      },
    },
    async (req) => service.importStatement(req.actor, req.body.day, req.body.csv),
  );

  app.get(
    '/fees/flags',
    { config: finance, schema: { tags, summary: '对账差异和被拒的回调（财务人员）', querystring: z.strictObject({ open: z.enum(['true', 'false']).optional() }), response: { 200: z.object({ items: z.array(flagView) }), ...errors } } },
    async (req) => ({ items: await service.flags(req.actor, { open: req.query.open === 'true' }) }),
  );

  app.post(
    '/fees/flags/:id/resolve',
    {
      config: finance,
      schema: {
        tags,
        summary: '处理差异：requery 向平台查询订单并补记；confirm 人工核实后关闭',
        params: idParam,
        body: z.strictObject({ action: z.enum(['requery', 'confirm']), note: z.string().trim().min(2).max(500) }),
        response: { 200: z.object({ id: z.string(), resolution: z.string() }), ...errors },
      },
    },
    async (req) => service.resolveFlag(req.actor, req.params.id, req.body),
  );

  // the platform's callback keeps the body as received: the signature covers those bytes
  await app.register(async (inbound) => {
    inbound.removeContentTypeParser('application/json');
    inbound.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      req.feeRawBody = body as string;
      done(null, {});
    });
    inbound.withTypeProvider<ZodTypeProvider>().post(
      '/fees/callback',
      {
        config: { public: true },
        schema: {
          tags,
          summary: '统一公共支付平台的缴费回调（Standard Webhooks 签名）：同一消息只生效一次；签名无效或金额不符的拒收并登记差异',
          response: { 200: z.object({ result: z.enum(['applied', 'duplicate', 'ignored']) }), ...errors },
        },
      },
      async (req) => service.callback(req.feeRawBody ?? '', req.headers),
    );
  });
};
