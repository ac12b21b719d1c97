/**
 * The unified public payment platform's interface (统一公共支付平台, 非税收入), as docs/adr/0022-fees.md
 * describes it: every request Shenpi sends and every callback the platform sends is signed the
 * Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature = v1,base64(HMAC-SHA256
 * over "id.timestamp.body")) with the merchant's shared secret; the `standardwebhooks` package
 * signs and verifies here, and the stand-in (`npx shenpi pay-sim`) checks with its own
 * implementation of the same scheme. Amounts cross the wire as yuan with two decimals ("1005.20").
 */
import crypto from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import { decimalToFen, fenToDecimal } from '../../../domain/fees.js';
import { DomainError } from '../../platform/errors.js';

export interface PayPlatformConfig {
  url: string;
  merchantId: string;
  secret: string;
}

/** An order as the platform answers it. */
export interface PlatformOrder {
  orderNo: string;
  payCode: string;
  payUrl: string;
  amountFen: number;
  status: 'unpaid' | 'paid' | 'refunded';
  paidAt: string | null;
  tradeNo: string | null;
  receiptNo: string | null;
}

const decimal = z.string().regex(/^\d{1,12}\.\d{2}$/);
const orderAnswer = z.object({
  code: z.literal('0'),
  orderNo: z.string(),
  payCode: z.string(),
  payUrl: z.string(),
  amount: decimal,
  status: z.enum(['unpaid', 'paid', 'refunded']),
  paidAt: z.string().nullable(),
  tradeNo: z.string().nullable(),
  receiptNo: z.string().nullable(),
});

/** The payment notice the platform posts to the notify URL. */
export const paymentCallbackSchema = z.object({
  type: z.literal('payment.succeeded'),
  orderNo: z.string().min(1).max(64),
  payCode: z.string().min(1).max(64),
  amount: decimal,
  paidAt: z.string().min(1).max(40),
  tradeNo: z.string().min(1).max(64),
  receiptNo: z.string().min(1).max(64),
});
export type PaymentCallback = z.infer<typeof paymentCallbackSchema>;

/** The headers of a signed message. */
export function signedHeaders(secret: string, body: string, at: Date = new Date()): Record<string, string> {
  const id = `msg_${crypto.randomUUID()}`;
  // transport freshness uses the machine's real time, as the receiver checks it (not the service clock)
  return { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign(id, at, body) };
}

/** Verify a signed message's headers and body; throws when the signature, the id or the timestamp is wrong. Returns the message id. */
export function verifySigned(secret: string, body: string, headers: Record<string, string | string[] | undefined>): string {
  const h = (n: string) => {
    const v = headers[n];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  new Webhook(secret).verify(body, { 'webhook-id': h('webhook-id'), 'webhook-timestamp': h('webhook-timestamp'), 'webhook-signature': h('webhook-signature') });
  return h('webhook-id');
}

/** The client Shenpi calls the platform with. */
export class PayPlatformClient {
  constructor(private readonly c: PayPlatformConfig) {}

  private async call(method: 'GET' | 'POST', path: string, body?: object): Promise<Response> {
    const text = body ? JSON.stringify(body) : '';
    let res: Response;
    try {
      res = await fetch(`${this.c.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-merchant-id': this.c.merchantId, ...signedHeaders(this.c.secret, text) },
        body: body ? text : undefined,
        signal: AbortSignal.timeout(10_000),
      });
    } catch (err) {
      throw new DomainError('FEE.PLATFORM_UNAVAILABLE', 503, `统一公共支付平台暂时无法访问：${(err as Error).message}`);
    }
    if (res.status >= 500) throw new DomainError('FEE.PLATFORM_UNAVAILABLE', 503, `统一公共支付平台暂时无法访问（${res.status}）`);
    return res;
  }

  private async json<T>(res: Response, schema: z.ZodType<T>): Promise<T> {
    const body: unknown = await res.json().catch(() => null);
    const parsed = schema.safeParse(body);
    if (!res.ok || !parsed.success) {
      const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : `HTTP ${res.status}`;
      throw new DomainError('FEE.PLATFORM_REFUSED', 502, `统一公共支付平台拒绝了请求：${message}`);
    }
    return parsed.data;
  }

  private order(a: z.infer<typeof orderAnswer>): PlatformOrder {
    return { orderNo: a.orderNo, payCode: a.payCode, payUrl: a.payUrl, amountFen: decimalToFen(a.amount) ?? -1, status: a.status, paidAt: a.paidAt, tradeNo: a.tradeNo, receiptNo: a.receiptNo };
  }

  /** Create (or, for the same order number, find again) an order: the platform answers its 缴款码 and payment page. */
  async createOrder(o: { orderNo: string; amountFen: number; payer: string; itemName: string; feeName: string; deadline: string; notifyUrl: string; returnUrl: string }): Promise<PlatformOrder> {
    const res = await this.call('POST', '/api/orders', {
      merchantId: this.c.merchantId,
      orderNo: o.orderNo,
      amount: fenToDecimal(o.amountFen),
      payer: o.payer,
      itemName: o.itemName,
      feeName: o.feeName,
      deadline: o.deadline,
      notifyUrl: o.notifyUrl,
      returnUrl: o.returnUrl,
    });
    return this.order(await this.json(res, orderAnswer));
  }

  /** The platform's own record of an order (订单查询). */
  async queryOrder(orderNo: string): Promise<PlatformOrder> {
    return this.order(await this.json(await this.call('GET', `/api/orders/${encodeURIComponent(orderNo)}`), orderAnswer));
  }

  /** Refund a paid order in full (退付). */
  async refund(orderNo: string, amountFen: number, reason: string): Promise<{ refundNo: string }> {
    const res = await this.call('POST', '/api/refunds', { orderNo, amount: fenToDecimal(amountFen), reason });
    return this.json(res, z.object({ code: z.literal('0'), refundNo: z.string() }));
  }

  /** The e-receipt file (财政电子票据, PDF). */
  async receipt(receiptNo: string): Promise<Buffer> {
    const res = await this.call('GET', `/api/receipts/${encodeURIComponent(receiptNo)}`);
    if (!res.ok) throw new DomainError('FEE.PLATFORM_REFUSED', 502, `统一公共支付平台没有票据 ${receiptNo}`);
    return Buffer.from(await res.arrayBuffer());
  }

  /** The daily statement (对账单) of a day, as CSV text. */
  async statement(day: string): Promise<string> {
    const res = await this.call('GET', `/api/statements/${encodeURIComponent(day)}`);
    if (!res.ok) throw new DomainError('FEE.PLATFORM_REFUSED', 502, `统一公共支付平台没有 ${day} 的对账单`);
    return res.text();
  }
}
