/**
 * /api/v1/exchange: subscriptions, deliveries and dead letters (back office), the regulators'
 * inbound supervision results and their pull feed. See docs/api-v1.md § Exchange.
 */
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INBOUND_TYPES, inboundMessageSchema } from '../../../domain/exchange.js';
import { EVENT_TYPE_NAMES } from '../../../domain/exchange-terms.js';
import { problem } from '../../platform/errors.js';
import type { ExchangeService } from './exchange.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const tags = ['exchange'];

const subscriptionView = z.object({
  id: z.string(),
  departmentCode: z.string(),
  name: z.string(),
  url: z.string(),
  eventTypes: z.array(z.enum(EVENT_TYPE_NAMES)),
  itemCodes: z.array(z.string()).nullable(),
  enabled: z.boolean(),
  consecutiveFailures: z.number(),
  alertingSince: z.string().nullable(),
  createdAt: z.string(),
});
const deliveryView = z.object({
  id: z.number(),
  subscriptionId: z.string(),
  eventId: z.string(),
  type: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'delivered', 'dead']),
  attempts: z.number(),
  nextAt: z.string().nullable(),
  receiptDue: z.string(),
  overdue: z.boolean(),
  deliveredAt: z.string().nullable(),
  lastStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
const deliveryDetail = deliveryView.extend({
  event: z.record(z.string(), z.unknown()),
  attempts: z.array(z.object({ at: z.string(), statusCode: z.number().nullable(), latencyMs: z.number(), error: z.string().nullable(), response: z.string().nullable() })),
});
export const receipt = z.object({
  messageId: z.string(),
  departmentCode: z.string(),
  status: z.string(),
  effect: z.string().nullable(),
  receivedAt: z.string(),
  logHash: z.string(),
  keyId: z.string(),
  signature: z.string().describe('Ed25519 签名（base64url），签的是其余回执字段（不含签名字段）的规范 JSON'),
  sm2KeyId: z.string(),
  sm2Signature: z.string().describe('SM3withSM2 签名（国密，用户标识 1234567812345678），DER 的 base64url，签的内容同上'),
});
const inboundView = z.object({
  id: z.string(),
  departmentCode: z.string(),
  messageId: z.string(),
  type: z.enum(INBOUND_TYPES),
  licenceNo: z.string().nullable(),
  holderId: z.string().nullable(),
  message: z.record(z.string(), z.unknown()),
  status: z.string(),
  effect: z.string().nullable(),
  receivedAt: z.string(),
  appliedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  sentByName: z.string().nullable().describe('从监管工作台发送的人员；接口调用为 null'),
  logHash: z.string(),
});
const subscriptionId = z.object({ id: z.uuid('订阅编号格式不正确') });
const deliveryId = z.object({ deliveryId: z.coerce.number().int().min(1, '投递编号应为正整数') });
const instant = z.iso.datetime({ offset: true, message: '应为 ISO 8601 时间' });

declare module 'fastify' {
  interface FastifyRequest {
    /** the body as received, for the inbound signature */
    rawBody?: string;
  }
}

export const exchangeRoutes: FastifyPluginAsyncZod<{ service: ExchangeService }> = async (app, { service }) => {
  app.post(
    '/exchange/subscriptions',
    {
      schema: {
        tags,
        summary: '登记监管部门的接收地址（订阅）；签名密钥仅此一次显示',
        body: z.strictObject({
          departmentCode: z.string().regex(/^TA-R\d{2}$/, '应为监管部门编码（TA-R01…）'),
          name: z.string().trim().min(1).max(80),
          url: z.string().trim().max(500),
          eventTypes: z.array(z.enum(EVENT_TYPE_NAMES)).min(1).max(EVENT_TYPE_NAMES.length),
          itemCodes: z.array(z.string().trim().min(1).max(100)).min(1).max(500).optional(),
        }),
        response: { 201: subscriptionView.extend({ secret: z.string() }), ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await service.subscribe(req.actor, req.body)),
  );

  app.get('/exchange/subscriptions', { schema: { tags, summary: '订阅列表', response: { 200: z.object({ items: z.array(subscriptionView) }), ...errors } } }, async (req) =>
    service.subscriptions(req.actor),
  );

  app.patch(
    '/exchange/subscriptions/:id',
    { schema: { tags, summary: '启用或停用订阅', params: subscriptionId, body: z.strictObject({ enabled: z.boolean() }), response: { 200: subscriptionView, ...errors } } },
    async (req) => service.setEnabled(req.actor, req.params.id, req.body.enabled),
  );

  app.post(
    '/exchange/subscriptions/:id/resend',
    {
      schema: {
        tags,
        summary: '重新发送一个时间段内的事件（按投递记录的创建时间）',
        params: subscriptionId,
        body: z.strictObject({ from: instant, to: instant }),
        response: { 200: z.object({ count: z.number() }), ...errors },
      },
    },
    async (req) => service.resend(req.actor, req.params.id, req.body),
  );

  app.get(
    '/exchange/deliveries',
    {
      schema: {
        tags,
        summary: '投递记录（status=dead 为死信，overdue 为超过两个工作日未回执）',
        querystring: z.strictObject({
          status: z.enum(['pending', 'delivered', 'dead', 'overdue']).optional(),
          subscriptionId: z.uuid().optional(),
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(deliveryView) }), ...errors },
      },
    },
    async (req) => service.deliveries(req.actor, req.query),
  );

  app.get('/exchange/deliveries/:deliveryId', { schema: { tags, summary: '投递详情：事件与每次尝试', params: deliveryId, response: { 200: deliveryDetail, ...errors } } }, async (req) =>
    service.delivery(req.actor, req.params.deliveryId),
  );

  app.post(
    '/exchange/deliveries/:deliveryId/replay',
    { schema: { tags, summary: '重发死信（或已送达的事件），重新开始重试期', params: deliveryId, response: { 200: deliveryDetail, ...errors } } },
    async (req) => service.replay(req.actor, req.params.deliveryId),
  );

  app.get(
    '/exchange/status',
    {
      schema: {
        tags,
        summary: '交换概况：待投递、死信、逾期未回执，连续失败告警的订阅',
        response: {
          200: z.object({
            pending: z.number(),
            dead: z.number(),
            overdue: z.number(),
            alerts: z.array(z.object({ subscriptionId: z.string(), name: z.string(), departmentCode: z.string(), consecutiveFailures: z.number(), since: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => service.status(req.actor),
  );

  app.get(
    '/exchange/inbound',
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: '监管结果反馈记录（监管部门只见本部门的）',
        querystring: z.strictObject({
          licenceNo: z.string().max(20).optional(),
          holderId: z.string().max(18).optional(),
          status: z.enum(['awaiting_confirmation', 'applied', 'declined']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(inboundView) }), ...errors },
      },
    },
    async (req) => service.inbound(req.actor, req.query),
  );

  app.post(
    '/exchange/inbound/:id/decision',
    {
      schema: {
        tags,
        summary: '审批局对监管部门吊销请求的决定：确认（吊销证照）或不予采纳',
        params: z.object({ id: z.uuid('消息编号格式不正确') }),
        body: z.strictObject({ decision: z.enum(['confirm', 'decline']), note: z.string().trim().min(1, '请写明理由').max(500) }),
        response: { 200: inboundView, ...errors },
      },
    },
    async (req) => service.decide(req.actor, req.params.id, req.body),
  );

  app.get(
    '/exchange/log/verify',
    {
      schema: {
        tags,
        summary: '校验交换日志的哈希链（全部推送事件与反馈消息）',
        response: { 200: z.object({ ok: z.boolean(), entries: z.number(), verified: z.number(), brokenAt: z.string().nullable(), head: z.string() }), ...errors },
      },
    },
    async (req) => service.verifyLog(req.actor),
  );

  app.get(
    '/exchange/feed',
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: '监管部门拉取本部门监管事项的事件（CloudEvents），从游标之后；用于重新同步',
        querystring: z.strictObject({ cursor: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())), nextCursor: z.number() }), ...errors },
      },
    },
    async (req) => service.feed(req.actor, req.query),
  );

  // the inbound route keeps the body as received: the signature covers those bytes
  await app.register(async (inbound) => {
    inbound.removeContentTypeParser('application/json');
    inbound.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      req.rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(Object.assign(new Error('请求体不是有效的 JSON'), { statusCode: 400 }), undefined);
      }
    });
    inbound.withTypeProvider<ZodTypeProvider>().post(
      '/exchange/inbound',
      {
        // the signature before the body: a forged message learns nothing about the schema
        preValidation: async (req) => service.verifyInbound(req.actor, req.rawBody ?? '', req.headers),
        schema: {
          tags,
          summary: '监管结果反馈（接口密钥 + Standard Webhooks 签名）：检查结果、行政处罚、暂扣/吊销请求、失信名单；同一消息编号只生效一次',
          security: [{ apiKey: [] }],
          body: inboundMessageSchema,
          response: { 200: receipt, ...errors },
        },
      },
      async (req) => service.receive(req.actor, req.body),
    );
  });
};
