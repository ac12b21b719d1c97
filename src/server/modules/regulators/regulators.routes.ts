/**
 * /api/v1/regulators: the regulators' workbench — events to acknowledge, supervision results sent
 * through the exchange's inbound path, the 事中事后监管 figures. See docs/api-v1.md § Regulators' workbench.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inboundMessageSchema } from '../../../domain/exchange.js';
import { problem } from '../../platform/errors.js';
import { receipt } from '../exchange/exchange.routes.js';
import { eventsQuery, eventView, figuresView, overviewQuery, recordsExportQuery, recordsQuery, recordView, seqParam } from './regulators.schemas.js';
import type { RegulatorsService } from './regulators.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const tags = ['regulators'];
const staff = { permissions: ['exchange.regulator' as const] };
const readers = { permissions: ['exchange.regulator' as const, 'analytics.read' as const, 'licence.manage' as const] };

export const regulatorsRoutes: FastifyPluginAsyncZod<{ service: RegulatorsService }> = async (app, { service }) => {
  app.get(
    '/regulators/events',
    {
      config: readers,
      schema: {
        tags,
        summary: '本部门监管事项的许可决定与证照事件及签收情况（审批局可按部门查看）',
        querystring: eventsQuery,
        response: { 200: z.object({ items: z.array(eventView) }), ...errors },
      },
    },
    async (req) => service.events(req.actor, req.query),
  );

  app.post(
    '/regulators/events/:seq/acknowledge',
    { config: staff, schema: { tags, summary: '签收一个事件（两个工作日内为按期）；重复签收不变', params: seqParam, response: { 200: eventView, ...errors } } },
    async (req) => service.acknowledge(req.actor, req.params.seq),
  );

  app.post(
    '/regulators/messages',
    {
      config: staff,
      schema: {
        tags,
        summary: '从监管工作台反馈监管结果：以本部门密钥在服务端签名，经与接口相同的反馈通道处理，返回回执；同一消息编号只生效一次',
        body: inboundMessageSchema,
        response: { 200: receipt, ...errors },
      },
    },
    async (req) => service.send(req.actor, req.body, req.ip),
  );

  app.get(
    '/regulators/overview',
    {
      config: readers,
      schema: {
        tags,
        summary: '事中事后监管概况：在用证照、检查、发现问题、签收时效、待确认请求、推送回执（监管部门只见本部门；可按期间统计）',
        querystring: overviewQuery,
        response: { 200: z.object({ today: z.string().describe('服务时钟的今天'), items: z.array(figuresView) }), ...errors },
      },
    },
    async (req) => service.overview(req.actor, req.query),
  );

  app.get(
    '/regulators/records',
    {
      config: readers,
      schema: {
        tags,
        summary: '指标下钻：构成某一监管指标的事件或监管反馈（同一期间与部门；监管部门只见本部门）',
        querystring: recordsQuery,
        response: { 200: z.object({ figure: z.string(), total: z.number(), items: z.array(recordView) }), ...errors },
      },
    },
    async (req) => service.records(req.actor, req.query),
  );

  app.get(
    '/regulators/records/export',
    {
      config: readers,
      schema: { tags, summary: '监管指标下钻清单导出 Excel', querystring: recordsExportQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
    },
    async (req, reply) => {
      const f = await service.exportRecords(req.actor, req.query);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(f.content);
    },
  );
};
