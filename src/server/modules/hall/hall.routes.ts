/**
 * /api/v1/hall (tickets, windows, boards, live stream), /api/v1/appointments, /api/v1/ratings
 * and /api/v1/rectifications. The kiosk, the boards and rating links answer without login.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import {
  actionBody,
  appointmentParam,
  appointmentView,
  boardView,
  bookBody,
  finishBody,
  issuedTicket,
  issueTicketBody,
  kioskParam,
  kioskView,
  registeredKiosk,
  registerKioskBody,
  linkCaseBody,
  overviewView,
  padView,
  pauseBody,
  rateBody,
  ratingLinkView,
  ratingView,
  rectificationParam,
  rectificationView,
  rectifyBody,
  requeueParam,
  slotsQuery,
  slotsView,
  statsQuery,
  statsView,
  ticketView,
  tokenParam,
  transferBody,
  windowItemsBody,
  windowParam,
  windowState,
  zoneParam,
  zoneSummary,
} from './hall.schemas.js';
import { KIOSK_TOKEN_HEADER, type HallService } from './hall.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const HEARTBEAT_MS = 15_000;

export const hallRoutes: FastifyPluginAsyncZod<{ service: HallService }> = async (app, { service: hall }) => {
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const s of streams) s.end();
    await hall.close();
  });
  const tags = ['hall'];

  app.post(
    '/hall/tickets',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '取号（登记的自助取号机凭 X-Kiosk-Token、预约签到、窗口代取）；同一 requestKey 重试得到同一张票',
        description: '自助取号机须在请求头 X-Kiosk-Token 中带大厅管理员登记时发放的设备令牌（无令牌 401，令牌未登记或已停用 403）；每台取号机每分钟限量（429），同一身份证每天每个服务区只能有一个未办结的号（409）。窗口人员登录后代取，无需令牌。',
        body: issueTicketBody,
        response: { 201: issuedTicket, ...errors, 429: problem },
      },
    },
    async (req, reply) => {
      const token = req.headers[KIOSK_TOKEN_HEADER];
      return reply.status(201).send(await hall.issue(req.actor, req.body, typeof token === 'string' ? token : undefined));
    },
  );

  // ---------------------------------------------------------------- kiosks
  app.get(
    '/hall/kiosks',
    { config: { permissions: ['hall.manage'] }, schema: { tags, summary: '登记的自助取号机（大厅管理员）', response: { 200: z.object({ items: z.array(kioskView) }), ...errors } } },
    async (req) => hall.kiosks(req.actor),
  );

  app.post(
    '/hall/kiosks',
    { config: { permissions: ['hall.manage'] }, schema: { tags, summary: '登记自助取号机：发放设备令牌（只在此次应答中出现）', body: registerKioskBody, response: { 201: registeredKiosk, ...errors } } },
    async (req, reply) => reply.status(201).send(await hall.registerKiosk(req.actor, req.body)),
  );

  app.post(
    '/hall/kiosks/:kioskId/revoke',
    { config: { permissions: ['hall.manage'] }, schema: { tags, summary: '停用自助取号机（其令牌不再能取号）', params: kioskParam, response: { 200: kioskView, ...errors } } },
    async (req) => hall.revokeKiosk(req.actor, req.params.kioskId),
  );

  app.post(
    '/hall/tickets/:number/requeue',
    { schema: { tags, summary: '过号后重新排队（每票一次）', params: requeueParam, response: { 200: ticketView, ...errors } } },
    async (req) => hall.requeue(req.actor, req.params.number),
  );

  app.get(
    '/hall/zones',
    { config: { public: true }, schema: { tags, summary: '各服务区等候人数、开放窗口、今日办结、预计等候', response: { 200: z.object({ items: z.array(zoneSummary) }) } } },
    async () => hall.zones(),
  );

  app.get(
    '/hall/zones/:zone/board',
    { config: { public: true }, schema: { tags, summary: '服务区叫号屏：最近叫号与等候人数', params: zoneParam, response: { 200: boardView, ...errors } } },
    async (req) => hall.board(req.params.zone),
  );

  app.get(
    '/hall/stream',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '叫号与排队变化的实时推送（Server-Sent Events：event call / queue）；zone 为服务区代码或 *（全部）',
        querystring: z.object({ zone: z.union([z.string().regex(/^[A-Z]$/), z.literal('*')]) }),
        produces: ['text/event-stream'],
        response: { 400: problem },
      },
    },
    async (req, reply) => {
      const zone = req.query.zone;
      const res = reply.raw;
      reply.hijack();
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write('retry: 3000\n\n');
      streams.add(res);
      const unsubscribe = await hall.subscribe((e) => {
        if (zone === '*' || e.zone === zone) res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
      });
      res.write(': ready\n\n');
      const ping = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      res.on('close', () => {
        clearInterval(ping);
        unsubscribe();
        streams.delete(res);
      });
    },
  );

  app.get('/hall/overview', { schema: { tags, summary: '大厅总览（大厅管理员、局长）', response: { 200: overviewView, ...errors } } }, async (req) => hall.overview(req.actor));

  // ---------------------------------------------------------------- windows
  app.get(
    '/hall/windows/:windowId',
    { schema: { tags, summary: '窗口工作台：签到、当前号、本窗口队列、今日办结', params: windowParam, response: { 200: windowState, ...errors } } },
    async (req) => hall.windowState(req.actor, req.params.windowId),
  );
  app.put(
    '/hall/windows/:windowId/items',
    { schema: { tags, summary: '设置窗口办理的事项（综合窗口办理本区全部事项）', params: windowParam, body: windowItemsBody, response: { 200: z.object({ items: z.array(z.string()) }), ...errors } } },
    async (req) => hall.setWindowItems(req.actor, req.params.windowId, req.body.items),
  );
  app.post(
    '/hall/windows/:windowId/sign-in',
    { schema: { tags, summary: '签到窗口（当天）', params: windowParam, response: { 200: windowState, ...errors } } },
    async (req) => hall.signIn(req.actor, req.params.windowId),
  );
  app.post(
    '/hall/windows/:windowId/sign-out',
    { schema: { tags, summary: '签退窗口', params: windowParam, response: { 200: windowState, ...errors } } },
    async (req) => hall.signOut(req.actor, req.params.windowId),
  );
  app.post(
    '/hall/windows/:windowId/pause',
    { schema: { tags, summary: '暂停或恢复叫号', params: windowParam, body: pauseBody, response: { 200: windowState, ...errors } } },
    async (req) => hall.pause(req.actor, req.params.windowId, req.body.paused),
  );
  app.post(
    '/hall/windows/:windowId/call-next',
    { schema: { tags, summary: '叫下一位；无人等候时 204', params: windowParam, response: { 200: z.object({ ticket: ticketView }), 204: z.null(), ...errors } } },
    async (req, reply) => {
      const ticket = await hall.callNext(req.actor, req.params.windowId);
      return ticket ? { ticket } : reply.status(204).send(null);
    },
  );
  const act = (path: 'recall' | 'skip' | 'start', summary: string) =>
    app.post(
      `/hall/windows/:windowId/${path}`,
      { schema: { tags, summary, params: windowParam, body: actionBody, response: { 200: z.object({ ticket: ticketView }), ...errors } } },
      async (req) => ({ ticket: await hall[path](req.actor, req.params.windowId, req.body.number) }),
    );
  act('recall', '重呼当前号');
  act('skip', '过号（未到）');
  act('start', '开始办理');
  app.post(
    '/hall/windows/:windowId/transfer',
    { schema: { tags, summary: '转到其他服务区或窗口（保留原取号时间）', params: windowParam, body: transferBody, response: { 200: z.object({ ticket: ticketView }), ...errors } } },
    async (req) => ({ ticket: await hall.transfer(req.actor, req.params.windowId, req.body) }),
  );
  app.post(
    '/hall/windows/:windowId/finish',
    {
      schema: {
        tags,
        summary: '办结；返回一次性评价链接',
        params: windowParam,
        body: finishBody,
        response: { 200: z.object({ ticket: ticketView, ratingToken: z.string(), ratingUrl: z.string() }), ...errors },
      },
    },
    async (req) => hall.finish(req.actor, req.params.windowId, req.body),
  );
  app.post(
    '/hall/windows/:windowId/link-case',
    { schema: { tags, summary: '当前号关联办件（窗口收件）', params: windowParam, body: linkCaseBody, response: { 200: z.object({ ticket: ticketView }), ...errors } } },
    async (req) => ({ ticket: await hall.linkCase(req.actor, req.params.windowId, req.body.caseNo) }),
  );
  app.get(
    '/hall/windows/:windowId/pad',
    { schema: { tags, summary: '评价器：本窗口刚办结、尚未评价的服务', params: windowParam, response: { 200: padView, ...errors } } },
    async (req) => hall.pad(req.actor, req.params.windowId),
  );

  // ---------------------------------------------------------------- appointments
  app.get(
    '/appointments/slots',
    { config: { public: true }, schema: { tags: ['appointments'], summary: '可预约时段（半小时一段，含余量）', querystring: slotsQuery, response: { 200: slotsView, ...errors } } },
    async (req) => hall.slots(req.query.zone),
  );
  app.post(
    '/appointments',
    { config: { permissions: ['case.apply'] }, schema: { tags: ['appointments'], summary: '网上预约（每人每事项一个有效预约；30天内3次未到暂停30天）', body: bookBody, response: { 201: appointmentView, ...errors } } },
    async (req, reply) => reply.status(201).send(await hall.book(req.actor, req.body)),
  );
  app.get(
    '/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: '我的预约',
        response: { 200: z.object({ items: z.array(appointmentView), blockedUntil: z.string().nullable() }), ...errors },
      },
    },
    async (req) => hall.myAppointments(req.actor),
  );
  app.post(
    '/appointments/:id/cancel',
    { schema: { tags: ['appointments'], summary: '取消预约', params: appointmentParam, response: { 200: appointmentView, ...errors } } },
    async (req) => hall.cancel(req.actor, req.params.id),
  );

  // ---------------------------------------------------------------- ratings
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
    async (req, reply) => reply.status(201).send(await hall.rate(req.actor, req.body)),
  );
  app.get(
    '/ratings/link/:token',
    { config: { public: true }, schema: { tags: ['ratings'], summary: '评价链接：服务、评价与整改结果', params: tokenParam, response: { 200: ratingLinkView, ...errors } } },
    async (req) => hall.ratingLink(req.params.token),
  );
  app.get(
    '/ratings/stats',
    { schema: { tags: ['ratings'], summary: '评价统计（按窗口、人员、服务区、事项）', querystring: statsQuery, response: { 200: statsView, ...errors } } },
    async (req) => hall.stats(req.actor, req.query),
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
    async (req) => hall.rectifications(req.actor, { open: req.query.open === '1' }),
  );
  app.post(
    '/rectifications/:id/actions',
    { schema: { tags: ['ratings'], summary: '整改步骤：核实、回访（记录）、整改、办结', params: rectificationParam, body: rectifyBody, response: { 200: rectificationView, ...errors } } },
    async (req) => hall.rectify(req.actor, req.params.id, req.body),
  );
};
