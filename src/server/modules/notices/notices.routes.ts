/**
 * /api/v1/my/notices: the applicant's inbox (站内信) and notice settings; /api/v1/cases/:caseNo/notices:
 * who was told what about a case and whether each SMS arrived; resending a dead SMS.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import { caseNoParam } from '../cases/cases.schemas.js';
import type { NoticesService } from './notices.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['notices'];

const noticeView = z.object({ id: z.string(), caseNo: z.string().nullable(), template: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), readAt: z.string().nullable() });
const settingsView = z.object({ sms: z.boolean(), phone: z.string().nullable().describe('脱敏手机号'), smsAvailable: z.boolean() });
const caseNoticeView = z.object({
  id: z.string(),
  to: z.string(),
  title: z.string(),
  body: z.string(),
  required: z.boolean().describe('法律要求告知：不受退订影响'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  sms: z.object({ id: z.number(), phone: z.string(), status: z.enum(['pending', 'sent', 'dead']), attempts: z.number(), sentAt: z.string().nullable(), error: z.string().nullable() }).nullable(),
});

export const noticesRoutes: FastifyPluginAsyncZod<{ service: NoticesService }> = async (app, { service }) => {
  app.get(
    '/my/notices',
    {
      schema: {
        tags,
        summary: '我的消息（站内信），最新在前，含未读数',
        querystring: z.strictObject({ page: z.coerce.number().int().min(1).max(10_000).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(noticeView), total: z.number(), unread: z.number() }), ...errors },
      },
    },
    async (req) => service.inbox(req.actor, req.query),
  );
  app.get('/my/notices/unread', { schema: { tags, summary: '未读消息数', response: { 200: z.object({ unread: z.number() }), ...errors } } }, async (req) => service.unread(req.actor));
  app.post(
    '/my/notices/read',
    {
      schema: {
        tags,
        summary: '标记已读：给出 id 标记一条，不给标记全部',
        body: z.strictObject({ id: z.uuid().optional() }),
        response: { 200: z.object({ marked: z.number() }), ...errors },
      },
    },
    async (req) => service.markRead(req.actor, req.body.id),
  );
  app.get('/my/notice-settings', { schema: { tags, summary: '消息设置：短信是否接收（法定告知不受影响）', response: { 200: settingsView, ...errors } } }, async (req) => service.settings(req.actor));
  app.put(
    '/my/notice-settings',
    { schema: { tags, summary: '修改消息设置', body: z.strictObject({ sms: z.boolean() }), response: { 200: settingsView, ...errors } } },
    async (req) => service.updateSettings(req.actor, req.body),
  );
  app.get(
    '/cases/:caseNo/notices',
    { schema: { tags, summary: '办件的告知记录：告知了谁、什么内容、何时、短信是否送达', params: caseNoParam, response: { 200: z.object({ items: z.array(caseNoticeView) }), ...errors } } },
    async (req) => service.ofCase(req.actor, req.params.caseNo),
  );
  app.post(
    '/notice-deliveries/:id/resend',
    {
      schema: {
        tags,
        summary: '重发未送达（死信）的短信',
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ id: z.number(), status: z.literal('pending') }), ...errors },
      },
    },
    async (req) => service.resend(req.actor, req.params.id),
  );
};
