/**
 * /api/v1/calendar: the public working-day calculator, month and year views; the years' notices
 * and the bureau's overrides (administrators). A change of notice or override recomputes the open
 * cases' due days (`recompute`, the cases module's) before it answers.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { authorizeUser } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { problem } from '../../platform/errors.js';
import {
  dateParam,
  dueView,
  monthQuery,
  monthView,
  noticeBody,
  noticeListView,
  noticePutView,
  overrideBody,
  overrideView,
  recomputedView,
  workingDaysQuery,
  yearParam,
  yearView,
} from './calendar.schemas.js';
import type { CalendarService } from './calendar.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

/** Administrators only, checked before the input is validated, so others learn nothing about it (the service checks again). */
async function adminFirst(req: FastifyRequest) {
  authorizeUser(req.actor, 'org.manage');
}

/** Recompute the open cases' due days on the current calendar (the cases module's `recomputeDeadlines`). */
export type Recompute = () => Promise<{ checked: number; moved: number }>;

export const calendarRoutes: FastifyPluginAsyncZod<{ service: CalendarService; now: Clock; recompute: Recompute }> = async (app, { service, now, recompute }) => {
  const tags = ['calendar'];

  app.get(
    '/clock',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '服务时钟：现在的时刻和上海时区的今天（页面的默认日期以此为准，不用浏览器的时钟）',
        response: { 200: z.object({ now: z.string(), today: z.string(), timeZone: z.literal('Asia/Shanghai') }) },
      },
    },
    async () => {
      const t = now();
      return { now: t.toISOString(), today: toShanghaiDate(t), timeZone: 'Asia/Shanghai' as const };
    },
  );

  app.get(
    '/calendar/working-days',
    {
      config: { public: true },
      schema: { tags, summary: '计算期限：起算日后第 N 个工作日（起算日不计入，节假日不计，调休上班日计入）', querystring: workingDaysQuery, response: { 200: dueView, 400: problem } },
    },
    async (req) => ({ due: await service.dueDate(req.query.from, req.query.days) }),
  );

  app.get(
    '/calendar/month',
    { config: { public: true }, schema: { tags, summary: '工作日历：一个月的每一天', querystring: monthQuery, response: { 200: monthView, 400: problem } } },
    async (req) => service.month(req.query.year, req.query.month),
  );

  app.get(
    '/calendar/years/:year',
    { config: { public: true }, schema: { tags, summary: '一年的节假日来源、法定节假日和暂计（调休安排未公布）的日期', params: yearParam, response: { 200: yearView, 400: problem } } },
    async (req) => service.year(req.params.year),
  );

  app.get(
    '/calendar/notices',
    { preValidation: adminFirst, schema: { tags, summary: '已录入的国务院放假安排通知（及服务时钟的今天）', response: { 200: noticeListView, ...errors } } },
    async (req) => ({ today: toShanghaiDate(now()), items: await service.listNotices(req.actor) }),
  );

  app.put(
    '/calendar/notices/:year',
    {
      preValidation: adminFirst,
      schema: {
        tags,
        summary: '录入或修改一年的放假安排（须包含全部法定节假日；调休上班日须为周末）；随即重算在办件期限（不早于已告知的日期）',
        params: yearParam,
        body: noticeBody,
        response: { 200: noticePutView, ...errors },
      },
    },
    async (req) => {
      const notice = await service.putNotice(req.actor, req.params.year, req.body);
      return { notice, recomputed: await recompute() };
    },
  );

  app.delete(
    '/calendar/notices/:year',
    {
      preValidation: adminFirst,
      schema: { tags, summary: '删除一年的放假安排（恢复国家数据或暂计的法定节假日）；随即重算在办件期限', params: yearParam, response: { 200: z.object({ recomputed: recomputedView }), ...errors } },
    },
    async (req) => {
      await service.deleteNotice(req.actor, req.params.year);
      return { recomputed: await recompute() };
    },
  );

  app.get(
    '/calendar/overrides',
    { preValidation: adminFirst, schema: { tags, summary: '本局工作日调整', response: { 200: z.object({ items: z.array(overrideView) }), ...errors } } },
    async (req) => service.listOverrides(req.actor),
  );

  app.put(
    '/calendar/overrides/:date',
    { preValidation: adminFirst, schema: { tags, summary: '设置某日上班或放假（覆盖国家安排）', params: dateParam, body: overrideBody, response: { 200: overrideView, ...errors } } },
    async (req) => {
      const view = await service.putOverride(req.actor, { date: req.params.date, ...req.body });
      await recompute();
      return view;
    },
  );

  app.delete(
    '/calendar/overrides/:date',
    { preValidation: adminFirst, schema: { tags, summary: '取消某日的调整，恢复国家安排', params: dateParam, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await service.deleteOverride(req.actor, req.params.date);
      await recompute();
      return reply.status(204).send(null);
    },
  );
};
