/**
 * `shenpi pay-sim`: a stand-in for the unified public payment platform (统一公共支付平台, 非税收入) for
 * demonstrations and tests, speaking the protocol of docs/adr/0022-fees.md. It checks every request
 * Shenpi sends with its own implementation of the Standard Webhooks scheme (node:crypto HMAC-SHA256,
 * not the package Shenpi signs with), answers orders with a 缴款码 and a payment page, lets the payer
 * pay there, then posts a signed asynchronous callback to the notify URL (retrying until it is
 * answered 2xx), issues the e-receipt (财政电子票据, a PDF) and writes the daily statement (对账单, CSV).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const SKEW_S = 5 * 60;

export interface SimOrder {
  orderNo: string;
  payCode: string;
  amount: string;
  payer: string;
  itemName: string;
  feeName: string;
  deadline: string;
  notifyUrl: string;
  returnUrl: string;
  status: 'unpaid' | 'paid' | 'refunded';
  paidAt: string | null;
  tradeNo: string | null;
  receiptNo: string | null;
}

export interface SimCallback {
  orderNo: string;
  id: string;
  body: string;
  headers: Record<string, string>;
  status: number | null;
  attempts: number;
}

export interface PaySimOptions {
  port: number;
  merchantId: string;
  /** whsec_ + base64 */
  secret: string;
  /** ms between callback retries */
  retryMs?: number;
}

export interface PaySim {
  url: string;
  orders: Map<string, SimOrder>;
  callbacks: SimCallback[];
  /** pay an order as the payer would on the page (without the browser) */
  pay(payCode: string): Promise<SimOrder>;
  /** extra lines in a day's statement (test plants: a payment Shenpi never heard of, a changed amount) */
  plant(day: string, line: { orderNo: string; payCode: string; amount: string; paidAt?: string; tradeNo?: string; receiptNo?: string }): void;
  /** leave an order out of the statement (a payment the platform does not confirm) */
  omit(orderNo: string): void;
  /** sign a body as the platform signs callbacks */
  sign(body: string, id?: string, at?: Date): Record<string, string>;
  close(): Promise<void>;
}

/** The Standard Webhooks signature, written here from the specification (v1,base64(HMAC-SHA256(key, id.ts.body)). */
function signature(secret: string, id: string, ts: string, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${crypto.createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
}

function verified(secret: string, headers: http.IncomingHttpHeaders, body: string): string | null {
  const id = String(headers['webhook-id'] ?? '');
  const ts = String(headers['webhook-timestamp'] ?? '');
  const given = String(headers['webhook-signature'] ?? '').split(' ');
  if (!id || !/^\d{1,12}$/.test(ts)) return '缺少消息编号或时间戳';
  if (Math.abs(Number(ts) - Date.now() / 1000) > SKEW_S) return '时间戳过期';
  const expected = Buffer.from(signature(secret, id, ts, body));
  return given.some((g) => g.length === expected.length && crypto.timingSafeEqual(Buffer.from(g), expected)) ? null : '签名无效';
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small receipt PDF (ASCII only: the stand-in carries no CJK font; the real platform's is richer). */
async function receiptPdf(o: SimOrder): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Fiscal e-receipt ${o.receiptNo ?? ''}`);
  const page = doc.addPage([420, 260]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = ['Shandong unified public payment platform (stand-in)', 'Fiscal electronic receipt', `Receipt no.: ${o.receiptNo ?? ''}`, `Order no.: ${o.orderNo}`, `Pay code: ${o.payCode}`, `Amount (CNY): ${o.amount}`, `Paid at: ${o.paidAt ?? ''}`, `Trade no.: ${o.tradeNo ?? ''}`];
  lines.forEach((l, i) => page.drawText(l, { x: 24, y: 220 - i * 24, size: i < 2 ? 13 : 11, font }));
  return Buffer.from(await doc.save());
}

/** Start the stand-in; `url` is the base to configure (SHENPI_PAY_URL). */
export async function startPaySim(o: PaySimOptions): Promise<PaySim> {
  const orders = new Map<string, SimOrder>();
  const byCode = new Map<string, string>();
  const callbacks: SimCallback[] = [];
  const planted = new Map<string, string[]>();
  const omitted = new Set<string>();
  const seenIds = new Set<string>();
  let seq = 0;
  const sign = (body: string, id = `msg_${crypto.randomUUID()}`, at = new Date()) => {
    const ts = String(Math.floor(at.getTime() / 1000));
    return { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': signature(o.secret, id, ts, body) };
  };
  const answer = (res: http.ServerResponse, status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const orderAnswer = (x: SimOrder) => ({ code: '0', orderNo: x.orderNo, payCode: x.payCode, payUrl: `${url}/pay/${x.payCode}`, amount: x.amount, status: x.status, paidAt: x.paidAt, tradeNo: x.tradeNo, receiptNo: x.receiptNo });

  const deliver = async (cb: SimCallback) => {
    for (; cb.attempts < 5; ) {
      cb.attempts++;
      try {
        const res = await fetch(orders.get(cb.orderNo)?.notifyUrl ?? '', { method: 'POST', headers: cb.headers, body: cb.body, signal: AbortSignal.timeout(10_000) });
        cb.status = res.status;
        // 4xx other than a refusal of this message are final too: the platform stops on any answer below 500
        if (res.status < 500) return;
      } catch {
        cb.status = null;
      }
      await new Promise((r) => setTimeout(r, o.retryMs ?? 1000));
    }
  };

  const pay = async (payCode: string): Promise<SimOrder> => {
    const x = orders.get(byCode.get(payCode) ?? '');
    if (!x) throw new Error(`no order with pay code ${payCode}`);
    if (x.status !== 'unpaid') return x;
    seq++;
    x.status = 'paid';
    x.paidAt = new Date().toISOString();
    x.tradeNo = `T${Date.now()}${String(seq).padStart(4, '0')}`;
    x.receiptNo = `3700${new Date().getFullYear()}${String(seq).padStart(8, '0')}`;
    const body = JSON.stringify({ type: 'payment.succeeded', orderNo: x.orderNo, payCode: x.payCode, amount: x.amount, paidAt: x.paidAt, tradeNo: x.tradeNo, receiptNo: x.receiptNo });
    const headers = sign(body);
    const cb: SimCallback = { orderNo: x.orderNo, id: headers['webhook-id'], body, headers, status: null, attempts: 0 };
    callbacks.push(cb);
    await deliver(cb);
    return x;
  };

  const statement = (day: string): string => {
    const lines = [...orders.values()]
      .filter((x) => x.paidAt && shanghaiDay(x.paidAt) === day && !omitted.has(x.orderNo))
      .map((x) => [day, x.orderNo, x.payCode, x.amount, x.paidAt, x.tradeNo, x.receiptNo].join(','));
    return ['day,orderNo,payCode,amount,paidAt,tradeNo,receiptNo', ...lines, ...(planted.get(day) ?? [])].join('\n') + '\n';
  };

  let url = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const u = new URL(req.url ?? '/', 'http://sim');
        const body = Buffer.concat(chunks).toString('utf8');
        // the payer's pages (no signature: a browser)
        const page = /^\/pay\/([A-Za-z0-9]+)$/.exec(u.pathname);
        if (page) {
          const x = orders.get(byCode.get(page[1] ?? '') ?? '');
          if (!x) return res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>缴款码不存在</h1>');
          if (req.method === 'POST') {
            await pay(x.payCode);
            return res.writeHead(303, { location: x.returnUrl }).end();
          }
          const paid = x.status !== 'unpaid';
          return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>统一公共支付平台（模拟）</title>
<style>body{font-family:sans-serif;max-width:480px;margin:24px auto;padding:0 16px}dt{color:#666;margin-top:8px}dd{margin:0;font-size:18px}button{margin-top:24px;width:100%;padding:12px;font-size:18px;background:#1677ff;color:#fff;border:0;border-radius:6px}</style></head>
<body><h1>山东省统一公共支付平台（模拟）</h1><dl><dt>缴款码</dt><dd data-testid="pay-code">${esc(x.payCode)}</dd><dt>缴款人</dt><dd>${esc(x.payer)}</dd><dt>项目</dt><dd>${esc(x.itemName)} · ${esc(x.feeName)}</dd><dt>金额（元）</dt><dd data-testid="pay-amount">${esc(x.amount)}</dd><dt>缴款期限</dt><dd>${esc(x.deadline)}</dd></dl>
${paid ? `<p data-testid="pay-done">已缴款，票据号 ${esc(x.receiptNo ?? '')}</p><a href="${esc(x.returnUrl)}">返回审批系统</a>` : `<form method="post"><button type="submit" data-testid="pay-confirm">确认支付 ¥${esc(x.amount)}</button></form>`}</body></html>`);
        }
        if (req.method === 'GET' && u.pathname === '/received') return answer(res, 200, { orders: [...orders.values()], callbacks });
        // the merchant interface: signed requests only
        if (req.headers['x-merchant-id'] !== o.merchantId) return answer(res, 401, { code: '401', message: '商户编号无效' });
        const bad = verified(o.secret, req.headers, body);
        if (bad) return answer(res, 401, { code: '401', message: bad });
        const id = String(req.headers['webhook-id']);
        if (seenIds.has(id)) return answer(res, 401, { code: '401', message: '消息编号已使用' });
        seenIds.add(id);
        if (req.method === 'POST' && u.pathname === '/api/orders') {
          const b = JSON.parse(body) as Partial<SimOrder> & { merchantId?: string };
          if (!b.orderNo || !/^\d{1,12}\.\d{2}$/.test(String(b.amount)) || !b.notifyUrl || !b.returnUrl) return answer(res, 400, { code: '400', message: '订单字段不全' });
          const existing = orders.get(b.orderNo);
          if (existing) return existing.amount === b.amount ? answer(res, 200, orderAnswer(existing)) : answer(res, 409, { code: '409', message: '订单号已使用，金额不同' });
          seq++;
          const payCode = `3709${String(Date.now()).slice(-6)}${String(seq).padStart(4, '0')}`;
          const x: SimOrder = { orderNo: b.orderNo, payCode, amount: String(b.amount), payer: String(b.payer ?? ''), itemName: String(b.itemName ?? ''), feeName: String(b.feeName ?? ''), deadline: String(b.deadline ?? ''), notifyUrl: b.notifyUrl, returnUrl: b.returnUrl, status: 'unpaid', paidAt: null, tradeNo: null, receiptNo: null };
          orders.set(x.orderNo, x);
          byCode.set(payCode, x.orderNo);
          return answer(res, 200, orderAnswer(x));
        }
        const order = /^\/api\/orders\/([^/]+)$/.exec(u.pathname);
        if (req.method === 'GET' && order) {
          const x = orders.get(decodeURIComponent(order[1] ?? ''));
          return x ? answer(res, 200, orderAnswer(x)) : answer(res, 404, { code: '404', message: '订单不存在' });
        }
        const receipt = /^\/api\/receipts\/([^/]+)$/.exec(u.pathname);
        if (req.method === 'GET' && receipt) {
          const x = [...orders.values()].find((y) => y.receiptNo === decodeURIComponent(receipt[1] ?? ''));
          if (!x) return answer(res, 404, { code: '404', message: '票据不存在' });
          return res.writeHead(200, { 'content-type': 'application/pdf' }).end(await receiptPdf(x));
        }
        const st = /^\/api\/statements\/(\d{4}-\d{2}-\d{2})$/.exec(u.pathname);
        if (req.method === 'GET' && st) return res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(statement(st[1] ?? ''));
        if (req.method === 'POST' && u.pathname === '/api/refunds') {
          const b = JSON.parse(body) as { orderNo?: string; amount?: string };
          const x = orders.get(String(b.orderNo));
          if (!x || x.status !== 'paid' || x.amount !== b.amount) return answer(res, 409, { code: '409', message: '订单不可退付' });
          x.status = 'refunded';
          return answer(res, 200, { code: '0', refundNo: `RF${x.tradeNo ?? ''}` });
        }
        return answer(res, 404, { code: '404', message: '接口不存在' });
      })().catch((err: unknown) => answer(res, 500, { code: '500', message: (err as Error).message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    orders,
    callbacks,
    pay,
    plant: (day, l) => planted.set(day, [...(planted.get(day) ?? []), [day, l.orderNo, l.payCode, l.amount, l.paidAt ?? `${day}T10:00:00+08:00`, l.tradeNo ?? 'T-PLANTED', l.receiptNo ?? 'R-PLANTED'].join(',')]),
    omit: (orderNo) => omitted.add(orderNo),
    sign,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The Shanghai calendar day of an instant. */
function shanghaiDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function registerPaySim(program: Command) {
  program
    .command('pay-sim')
    .description('run a stand-in for the unified public payment platform (统一公共支付平台): signed orders with 缴款码, a payment page, signed callbacks, order query, e-receipts, daily statements (GET /received lists orders and callbacks)')
    .option('--port <n>', 'port to listen on', '4400')
    .option('--merchant-id <id>', 'the merchant id it knows', 'TA-SPJ')
    .option('--secret <whsec>', 'the shared secret (whsec_ + base64)', 'whsec_c2hlbnBpLXBheS1zaW0tc2VjcmV0LTAwMDE=')
    .action(async (opts: { port: string; merchantId: string; secret: string }) => {
      const sim = await startPaySim({ port: Number(opts.port), merchantId: opts.merchantId, secret: opts.secret });
      console.log(`payment platform stand-in listening: SHENPI_PAY_URL=${sim.url} SHENPI_PAY_MERCHANT_ID=${opts.merchantId} SHENPI_PAY_SECRET=${opts.secret}`);
    });
}
