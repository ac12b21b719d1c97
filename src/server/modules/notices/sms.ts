/**
 * SMS gateways. `aliyunSms` speaks Alibaba Cloud SMS `SendSms` (Dysmsapi 2017-05-25) as the
 * provider documents its RPC calls: parameters sorted and percent-encoded (RFC 3986), the string
 * to sign `POST&%2F&<encoded query>`, HMAC-SHA1 with the AccessKey secret plus "&", Base64.
 * `consoleSms` logs the message (phone masked) for development. `aliyunSignature` is also what the
 * stand-in gateway (`npx shenpi notify-sim`) checks requests with.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { maskPhone } from '../../../domain/identifiers.js';

/** One SMS: the provider's template and its variables; `text` is what the person will read (logs, the stand-in). */
export interface SmsMessage {
  /** our id of the delivery (the provider's OutId): a resend after a crash can be matched to the first */
  outId: string;
  phone: string;
  templateCode: string;
  params: Record<string, string>;
  text: string;
}

/** A failed send: `retry` false when trying again cannot help (bad number, template refused). */
export class SmsError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

export interface SmsGateway {
  readonly name: string;
  /** Send one message; the provider's id for it, or SmsError. */
  send(message: SmsMessage): Promise<string>;
}

/** RFC 3986 percent-encoding as Alibaba Cloud's RPC signature requires. */
const percent = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The RPC signature of a request's parameters (without `Signature`). */
export function aliyunSignature(method: string, params: Record<string, string>, secret: string): string {
  const query = Object.keys(params)
    .sort()
    .map((k) => `${percent(k)}=${percent(params[k] ?? '')}`)
    .join('&');
  const toSign = `${method.toUpperCase()}&${percent('/')}&${percent(query)}`;
  return crypto.createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

export interface AliyunSmsOptions {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** the request's Timestamp: the real time, which the provider checks against its own (not the service clock) */
  now: () => Date;
}

/** Alibaba Cloud SMS, SendSms. */
export function aliyunSms(o: AliyunSmsOptions): SmsGateway {
  return {
    name: 'aliyun',
    async send(m) {
      const params: Record<string, string> = {
        AccessKeyId: o.accessKeyId,
        Action: 'SendSms',
        Format: 'JSON',
        OutId: m.outId,
        PhoneNumbers: m.phone,
        RegionId: 'cn-hangzhou',
        SignName: o.signName,
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: crypto.randomUUID(),
        SignatureVersion: '1.0',
        TemplateCode: m.templateCode,
        TemplateParam: JSON.stringify(m.params),
        Timestamp: o.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        Version: '2017-05-25',
      };
      params.Signature = aliyunSignature('POST', params, o.accessKeySecret);
      let res: Response;
      try {
        res = await fetch(o.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString(), signal: AbortSignal.timeout(10_000) });
      } catch (err) {
        throw new SmsError(`短信网关不可达：${(err as Error).message}`, true);
      }
      const body = (await res.json().catch(() => ({}))) as { Code?: string; Message?: string; BizId?: string };
      if (body.Code === 'OK' && body.BizId) return body.BizId;
      // throttling and the provider's own faults are worth another try; a refused number or template is not
      const retry = res.status >= 500 || body.Code === 'isv.BUSINESS_LIMIT_CONTROL' || body.Code === 'Throttling.User';
      throw new SmsError(`短信网关拒绝：${body.Code ?? res.status} ${body.Message ?? ''}`.trim(), retry);
    },
  };
}

/** Development: the message in the log, the phone masked. */
export function consoleSms(log: Logger): SmsGateway {
  let n = 0;
  return {
    name: 'console',
    async send(m) {
      log.info({ phone: maskPhone(m.phone), template: m.templateCode, text: m.text }, 'sms (console gateway)');
      return `console-${++n}`;
    },
  };
}
