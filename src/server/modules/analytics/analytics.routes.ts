/**
 * /api/v1/analytics (大数据分析: figures, series, breakdowns, drill-downs, Excel, hall, ratings,
 * exchange, rebuild; permission analytics.read, rebuild analytics.rebuild) and
 * /api/v1/public/open-data (政务公开, no login).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { authorizeUser } from '../../platform/auth.js';
import { problem } from '../../platform/errors.js';
import {
  breakdownQuery,
  breakdownView,
  drillQuery,
  formDimensionQuery,
  formDimensionView,
  drillView,
  exchangeView,
  exportQuery,
  feeDrillQuery,
  feeDrillView,
  feeExportQuery,
  feeFiguresView,
  feeQuery,
  figureQuery,
  hallView,
  openDataQuery,
  openDataView,
  ratingsView,
  rebuildView,
  seriesQuery,
  seriesView,
  summaryView,
} from './analytics.schemas.js';
import type { AnalyticsService } from './analytics.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export const analyticsRoutes: FastifyPluginAsyncZod<{ service: AnalyticsService; now: () => Date }> = async (app, { service, now }) => {
  const tags = ['analytics'];
  // who may read the figures is settled before the query is validated, so others learn nothing about it (the service checks again)
  app.addHook('preValidation', async (req) => {
    // routes naming their own permissions (the fee figures: analytics readers and the finance officer) are checked by the auth plugin
    if (!req.routeOptions.config.public && !req.routeOptions.config.permissions) authorizeUser(req.actor, 'analytics.read');
  });

  app.get(
    '/analytics/summary',
    { schema: { tags, summary: '总览指标：收件、受理、办结、按时办结率、平均与90%办结工作日、时限压缩率、网办率、零跑腿率、满意度', querystring: figureQuery, response: { 200: summaryView, ...errors } } },
    async (req) => service.summary(req.actor, req.query),
  );

  app.get(
    '/analytics/series',
    { schema: { tags, summary: '指标按日、周或月的走势', querystring: seriesQuery, response: { 200: seriesView, ...errors } } },
    async (req) => service.series(req.actor, req.query),
  );

  app.get(
    '/analytics/breakdown',
    { schema: { tags, summary: '按科室、服务区、事项或申报渠道分组的指标（如各事项补正率）', querystring: breakdownQuery, response: { 200: breakdownView, ...errors } } },
    async (req) => service.breakdown(req.actor, req.query),
  );

  app.get(
    '/analytics/form-dimension',
    { schema: { tags, summary: '按申请表的统计维度分组（事项申请表标为维度的项，如食品经营许可的主体业态）：收件、准予、不予', querystring: formDimensionQuery, response: { 200: formDimensionView, ...errors } } },
    async (req) => service.formDimension(req.actor, req.query),
  );

  app.get(
    '/analytics/cases',
    { schema: { tags, summary: '指标下钻：构成该指标的办件清单（同一筛选条件）', querystring: drillQuery, response: { 200: drillView, ...errors } } },
    async (req) => service.drill(req.actor, req.query),
  );

  app.get(
    '/analytics/cases/export',
    { schema: { tags, summary: '指标下钻清单导出 Excel', querystring: exportQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } },
    async (req, reply) => {
      const f = await service.export(req.actor, req.query);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(f.content);
    },
  );

  const feeReaders = { permissions: ['analytics.read' as const, 'fee.finance' as const] };
  app.get(
    '/analytics/fees',
    { config: feeReaders, schema: { tags, summary: '收费统计：核定应收、减免、实收、退费（笔数和金额，分），合计、按月、按事项', querystring: feeQuery, response: { 200: feeFiguresView, ...errors } } },
    async (req) => service.fees(req.actor, req.query),
  );

  app.get(
    '/analytics/fees/records',
    { config: feeReaders, schema: { tags, summary: '收费统计下钻：构成该数字的收费记录（同一筛选条件）', querystring: feeDrillQuery, response: { 200: feeDrillView, ...errors } } },
    async (req) => service.feeDrill(req.actor, req.query),
  );

  app.get(
    '/analytics/fees/export',
    { config: feeReaders, schema: { tags, summary: '收费统计下钻清单导出 Excel（末行合计）', querystring: feeExportQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } },
    async (req, reply) => {
      const f = await service.feeExport(req.actor, req.query);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(f.content);
    },
  );

  app.get(
    '/analytics/hall',
    { schema: { tags, summary: '大厅等候时间（服务区 × 小时热力图）与预约使用、爽约', querystring: figureQuery, response: { 200: hallView, ...errors } } },
    async (req) => service.hall(req.actor, req.query),
  );

  app.get(
    '/analytics/ratings',
    { schema: { tags, summary: '好差评分布与差评整改按期率', querystring: figureQuery, response: { 200: ratingsView, ...errors } } },
    async (req) => service.ratings(req.actor, req.query),
  );

  app.get(
    '/analytics/exchange',
    { schema: { tags, summary: '数据共享交换推送健康度', querystring: figureQuery, response: { 200: exchangeView, ...errors } } },
    async (req) => service.exchange(req.actor, req.query),
  );

  app.post(
    '/analytics/rebuild',
    { schema: { tags, summary: '从办件流转记录重算全部统计（事实表与汇总表）', response: { 200: rebuildView, ...errors } } },
    async (req) => service.rebuild(req.actor),
  );

  app.get(
    '/public/open-data',
    {
      config: { public: true },
      schema: { tags: ['public'], summary: '政务公开：各科室按月的办件量、按时办结率、网办率与满意度', querystring: openDataQuery, response: { 200: openDataView, 400: problem } },
    },
    async (req) => service.openData(req.query.year ?? Number(toShanghaiDate(now()).slice(0, 4))),
  );
};
