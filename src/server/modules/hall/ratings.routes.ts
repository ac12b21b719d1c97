/** /api/v1/ratings (好差评; rating and rating links answer without login) and /api/v1/rectifications. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import type { RatingsService } from './ratings.service.js';
import { errors, rateBody, ratingLinkView, ratingView, rectificationParam, rectificationView, rectifyBody, statsQuery, statsView, tokenParam } from './hall.schemas.js';

export const ratingRoutes: FastifyPluginAsyncZod<{ service: RatingsService }> = async (app, { service: ratings }) => {
  app.post(
    '/ratings',
    {
      config: { public: true },
      schema: {
        tags: ['ratings'],
        summary: '好差评：凭一次性链接（token）或在窗口评价器（serviceRef）评价办结的服务；每项服务一次',
        body: rateBody,
        response: { 201: ratingView, 429: problem, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await ratings.rate(req.actor, req.body)),
  );
  app.get(
    '/ratings/link/:token',
    { config: { public: true }, schema: { tags: ['ratings'], summary: '评价链接：服务、评价与整改结果', params: tokenParam, response: { 200: ratingLinkView, ...errors } } },
    async (req) => ratings.ratingLink(req.params.token),
  );
  app.get(
    '/ratings/stats',
    { schema: { tags: ['ratings'], summary: '评价统计（按窗口、人员、服务区、事项）', querystring: statsQuery, response: { 200: statsView, ...errors } } },
    async (req) => ratings.stats(req.actor, req.query),
  );

  // ---------------------------------------------------------------- rectifications
  app.get(
    '/rectifications',
    {
      schema: {
        tags: ['ratings'],
        summary: '差评整改任务（科长看本科室，局长与大厅管理员看全部；逾期即督办）',
        querystring: z.object({ open: z.enum(['1', '0']).optional() }),
        response: { 200: z.object({ items: z.array(rectificationView) }), ...errors },
      },
    },
    async (req) => ratings.rectifications(req.actor, { open: req.query.open === '1' }),
  );
  app.post(
    '/rectifications/:id/actions',
    { schema: { tags: ['ratings'], summary: '整改步骤：核实、回访（记录）、整改、办结', params: rectificationParam, body: rectifyBody, response: { 200: rectificationView, ...errors } } },
    async (req) => ratings.rectify(req.actor, req.params.id, req.body),
  );
};
