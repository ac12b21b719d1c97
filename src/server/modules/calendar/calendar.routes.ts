/**
 * /api/v1/calendar: the public working-day calculator and month view; the bureau's overrides (administrators).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { authorizeUser } from '../../platform/auth.js';
import { problem } from '../../platform/errors.js';
import { dateParam, dueView, monthQuery, monthView, overrideBody, overrideView, workingDaysQuery } from './calendar.schemas.js';
import { CalendarService } from './calendar.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

/** Administrators only, checked before the input is validated, so others learn nothing about it (the service checks again). */
async function adminFirst(req: FastifyRequest) {
  authorizeUser(req.actor, 'org.manage');
}

export const calendarRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = new CalendarService(deps.database.db);
  const tags = ['calendar'];

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
    '/calendar/overrides',
    { preValidation: adminFirst, schema: { tags, summary: '本局工作日调整', response: { 200: z.object({ items: z.array(overrideView) }), ...errors } } },
    async (req) => service.listOverrides(req.actor),
  );

  app.put(
    '/calendar/overrides/:date',
    { preValidation: adminFirst, schema: { tags, summary: '设置某日上班或放假（覆盖国家安排）', params: dateParam, body: overrideBody, response: { 200: overrideView, ...errors } } },
    async (req) => service.putOverride(req.actor, { date: req.params.date, ...req.body }),
  );

  app.delete(
    '/calendar/overrides/:date',
    { preValidation: adminFirst, schema: { tags, summary: '取消某日的调整，恢复国家安排', params: dateParam, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await service.deleteOverride(req.actor, req.params.date);
      return reply.status(204).send(null);
    },
  );
};
