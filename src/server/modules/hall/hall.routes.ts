/**
 * /api/v1/hall: tickets, kiosks, windows, boards and the live stream (the queue service). The
 * kiosk and the boards answer without login. Appointments and ratings have their own plugins.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import {
  actionBody,
  errors,
  boardView,
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
  requeueParam,
  ticketView,
  transferBody,
  windowItemsBody,
  windowParam,
  windowState,
  zoneParam,
  zoneSummary,
} from './hall.schemas.js';
import { KIOSK_TOKEN_HEADER, type QueueService } from './queue.service.js';

const HEARTBEAT_MS = 15_000;

export const hallRoutes: FastifyPluginAsyncZod<{ service: QueueService }> = async (app, { service: hall }) => {
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
};
