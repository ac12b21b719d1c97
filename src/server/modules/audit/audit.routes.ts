/**
 * /api/v1/audit: the audit trail and its integrity check (admin).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { authorizeUser } from '../../platform/auth.js';
import { searchAudit, verifyAuditChain } from '../../platform/audit.js';
import { problem } from '../../platform/errors.js';

const listQuery = z.strictObject({
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(100).optional(),
  targetId: z.string().trim().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const entry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/audit',
    { schema: { tags: ['audit'], summary: '审计日志', querystring: listQuery, response: { 200: z.object({ items: z.array(entry), total: z.number() }), 400: problem, 401: problem, 403: problem } } },
    async (req) => {
      authorizeUser(req.actor, 'audit.read');
      return searchAudit(db, req.query);
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '校验审计日志哈希链',
        response: { 200: z.object({ ok: z.boolean(), count: z.number(), brokenAt: z.number().optional(), reason: z.string().optional() }), 401: problem, 403: problem },
      },
    },
    async (req) => {
      authorizeUser(req.actor, 'audit.read');
      return verifyAuditChain(db);
    },
  );
};
