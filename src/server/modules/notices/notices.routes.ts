/**
 * /api/v1/my/notices: the applicant's inbox (站内信) and notice settings (channels, a phone proved by
 * a code, WeChat binding); /api/v1/cases/:caseNo/notices: who was told what about a case and whether
 * each SMS / WeChat notice arrived; resending a dead one; /api/v1/notice-templates: the wording.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import { caseNoParam } from '../cases/cases.schemas.js';
import type { NoticesService } from './notices.service.js';
import type { NoticeSettingsService } from './notices.settings.js';
import type { NoticeTemplatesService } from './notices.templates.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['notices'];

const noticeView = z.object({ id: z.string(), caseNo: z.string().nullable(), template: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), readAt: z.string().nullable() });
const settingsView = z.object({
  sms: z.boolean(),
  wechat: z.boolean(),
  phone: z.string().nullable().describe('脱敏手机号'),
  phoneVerified: z.boolean().describe('手机号已通过验证码验证'),
  wechatBound: z.boolean(),
  smsAvailable: z.boolean(),
  wechatAvailable: z.boolean(),
});
const deliveryView = z.object({
  id: z.number(),
  channel: z.enum(['sms', 'wechat']),
  to: z.string().describe('脱敏手机号，或“已绑定微信”'),
  status: z.enum(['pending', 'sent', 'dead']),
  attempts: z.number(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});
const templateName = z.string().trim().min(1).max(30);
const templateSms = z.string().trim().min(1).max(300);
const wordingView = z.object({ template: z.string(), name: z.string(), sms: z.string(), smsCode: z.string().nullable(), version: z.number() });
const caseNoticeView = z.object({
  id: z.string(),
  to: z.string(),
  title: z.string(),
  body: z.string(),
  required: z.boolean().describe('法律要求告知：不受退订影响'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  deliveries: z.array(deliveryView),
});

export const noticesRoutes: FastifyPluginAsyncZod<{ service: NoticesService; settings: NoticeSettingsService; templates: NoticeTemplatesService }> = async (app, { service, settings, templates }) => {
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
  app.get('/my/notice-settings', { schema: { tags, summary: '消息设置：短信、微信是否接收（法定告知不受影响）', response: { 200: settingsView, ...errors } } }, async (req) => settings.get(req.actor));
  app.put(
    '/my/notice-settings',
    { schema: { tags, summary: '修改消息设置', body: z.strictObject({ sms: z.boolean().optional(), wechat: z.boolean().optional() }), response: { 200: settingsView, ...errors } } },
    async (req) => settings.update(req.actor, req.body),
  );
  app.post(
    '/my/phone/code',
    {
      schema: {
        tags,
        summary: '向手机号发送验证码（每分钟一次，每号每天五次）',
        body: z.strictObject({ phone: z.string().trim() }),
        response: { 200: z.object({ phone: z.string(), expiresAt: z.string() }), 409: problem, 429: problem, 503: problem, ...errors },
      },
    },
    async (req) => settings.sendPhoneCode(req.actor, req.body.phone),
  );
  app.post(
    '/my/phone/verify',
    {
      schema: {
        tags,
        summary: '以验证码验证手机号：通过后作为接收通知的手机号',
        body: z.strictObject({ phone: z.string().trim(), code: z.string().regex(/^\d{6}$/, '应为 6 位数字') }),
        response: { 200: settingsView, ...errors },
      },
    },
    async (req) => settings.verifyPhone(req.actor, req.body),
  );
  app.post('/my/wechat/authorize', { schema: { tags, summary: '绑定微信：返回微信授权页地址', response: { 200: z.object({ url: z.string() }), 409: problem, ...errors } } }, async (req) => settings.wechatAuthorize(req.actor));
  app.post(
    '/my/wechat/bind',
    {
      schema: {
        tags,
        summary: '绑定微信：以微信授权回调的 code 和 state 绑定本账号',
        body: z.strictObject({ code: z.string().trim().min(1).max(128), state: z.string().trim().min(1).max(64) }),
        response: { 200: settingsView, 409: problem, 503: problem, ...errors },
      },
    },
    async (req) => settings.wechatBind(req.actor, req.body),
  );
  app.delete('/my/wechat', { schema: { tags, summary: '解除微信绑定', response: { 200: settingsView, ...errors } } }, async (req) => settings.wechatUnbind(req.actor));
  app.get(
    '/cases/:caseNo/notices',
    { schema: { tags, summary: '办件的告知记录：告知了谁、什么内容、何时、短信是否送达', params: caseNoParam, response: { 200: z.object({ items: z.array(caseNoticeView) }), ...errors } } },
    async (req) => service.ofCase(req.actor, req.params.caseNo),
  );
  app.post(
    '/notice-deliveries/:deliveryId/resend',
    {
      schema: {
        tags,
        summary: '重发未送达（死信）的短信或微信通知',
        params: z.object({ deliveryId: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ id: z.number(), status: z.literal('pending') }), ...errors },
      },
    },
    async (req) => service.resend(req.actor, req.params.deliveryId),
  );
  const templateParam = z.object({ template: z.string().max(40) });
  app.get(
    '/notice-templates',
    {
      schema: {
        tags,
        summary: '告知模板：现行措辞、内置措辞、可用变量',
        response: {
          200: z.object({
            items: z.array(wordingView.extend({ builtIn: z.object({ name: z.string(), sms: z.string() }), variables: z.array(z.string()), required: z.boolean(), urgent: z.boolean() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => templates.list(req.actor),
  );
  app.get(
    '/notice-templates/:template/history',
    {
      schema: {
        tags,
        summary: '告知模板的修改历史',
        params: templateParam,
        response: { 200: z.object({ items: z.array(z.object({ version: z.number(), name: z.string(), sms: z.string(), smsCode: z.string().nullable(), editedBy: z.string(), editedAt: z.string() })) }), ...errors },
      },
    },
    async (req) => templates.history(req.actor, req.params.template),
  );
  app.post(
    '/notice-templates/:template/preview',
    {
      schema: {
        tags,
        summary: '以真实办件预览告知模板（短信全文和计费条数）',
        params: templateParam,
        body: z.strictObject({ name: templateName, sms: templateSms, caseNo: z.string().trim().min(1).max(40) }),
        response: { 200: z.object({ title: z.string(), sms: z.string(), segments: z.number() }), ...errors },
      },
    },
    async (req) => templates.preview(req.actor, req.params.template, req.body),
  );
  app.put(
    '/notice-templates/:template',
    {
      schema: {
        tags,
        summary: '修改告知模板（新版本，保留历史）；version 为所改的版本',
        params: templateParam,
        body: z.strictObject({ name: templateName, sms: templateSms, smsCode: z.string().trim().regex(/^[A-Za-z0-9_]{1,40}$/, '应为服务商的模板编号').nullable().optional(), version: z.number().int().min(0) }),
        response: { 200: wordingView, 409: problem, ...errors },
      },
    },
    async (req) => templates.update(req.actor, req.params.template, req.body),
  );
};
