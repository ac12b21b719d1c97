/**
 * `shenpi notify-sim`: a stand-in for Alibaba Cloud SMS (Dysmsapi SendSms) for demonstrations and
 * tests. It checks each request as the provider does: a known AccessKeyId, the HMAC-SHA1 RPC
 * signature over the sorted parameters, a fresh Timestamp and an unused SignatureNonce, the
 * registered SignName, a valid mobile number and JSON TemplateParam; it records what it accepted
 * (GET /received) and answers in the provider's JSON.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { isValidMobile } from '../domain/identifiers.js';
import { aliyunSignature } from '../server/modules/notices/sms.js';
import { startWechatSim } from './wechat-sim.js';

export interface ReceivedSms {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string | null;
  at: string;
}

export interface SmsSimOptions {
  port: number;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** answer 500 to this many SendSms requests first (to watch the retries) */
  failFirst?: number;
  /** answer each accepted SendSms this many milliseconds late (a slow provider) */
  delayMs?: number;
}

export interface SmsSim {
  url: string;
  received: ReceivedSms[];
  close(): Promise<void>;
}

const SKEW_MS = 15 * 60_000;

/** Start the stand-in gateway; `url` is the SendSms endpoint to configure (SHENPI_SMS_ENDPOINT). */
export async function startSmsSim(o: SmsSimOptions): Promise<SmsSim> {
  const received: ReceivedSms[] = [];
  const nonces = new Set<string>();
  let failures = o.failFirst ?? 0;
  const answer = (res: http.ServerResponse, status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const refuse = (res: http.ServerResponse, status: number, code: string, message: string) => answer(res, status, { Code: code, Message: message, RequestId: crypto.randomUUID() });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      if (req.method === 'GET' && url.pathname === '/received') return answer(res, 200, received);
      const params = Object.fromEntries(url.searchParams);
      if (req.method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
      const { Signature: signature, ...signed } = params;
      if (signed.AccessKeyId !== o.accessKeyId) return refuse(res, 404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
      if (signed.SignatureMethod !== 'HMAC-SHA1' || signed.SignatureVersion !== '1.0') return refuse(res, 400, 'InvalidSignatureMethod', 'Specified signature method is not supported.');
      const expected = aliyunSignature(req.method ?? 'GET', signed, o.accessKeySecret);
      if (!signature || signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return refuse(res, 400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
      const at = Date.parse(signed.Timestamp ?? '');
      if (!Number.isFinite(at) || Math.abs(at - Date.now()) > SKEW_MS) return refuse(res, 400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
      if (!signed.SignatureNonce || nonces.has(signed.SignatureNonce)) return refuse(res, 400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
      nonces.add(signed.SignatureNonce);
      if (signed.Action !== 'SendSms' || signed.Version !== '2017-05-25') return refuse(res, 400, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
      if (failures > 0) {
        failures--;
        return refuse(res, 500, 'InternalError', 'The request processing has failed due to some unknown error.');
      }
      if (signed.SignName !== o.signName) return refuse(res, 200, 'isv.SMS_SIGNATURE_ILLEGAL', '签名不合法');
      if (!isValidMobile(signed.PhoneNumbers ?? '')) return refuse(res, 200, 'isv.MOBILE_NUMBER_ILLEGAL', '手机号码格式错误');
      let templateParams: Record<string, string>;
      try {
        templateParams = JSON.parse(signed.TemplateParam ?? '{}') as Record<string, string>;
        if (typeof templateParams !== 'object' || Object.values(templateParams).some((v) => typeof v !== 'string')) throw new Error('not strings');
      } catch {
        return refuse(res, 200, 'isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
      }
      received.push({ phone: signed.PhoneNumbers ?? '', signName: signed.SignName ?? '', templateCode: signed.TemplateCode ?? '', params: templateParams, outId: signed.OutId ?? null, at: new Date().toISOString() });
      const ok = { Code: 'OK', Message: 'OK', BizId: `${Date.now()}^${received.length}`, RequestId: crypto.randomUUID() };
      if (o.delayMs) setTimeout(() => answer(res, 200, ok), o.delayMs);
      else answer(res, 200, ok);
    });
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function registerNotifySim(program: Command) {
  program
    .command('notify-sim')
    .description('run stand-ins for Alibaba Cloud SMS (SendSms) and the WeChat official account (token, subscription notices, web authorisation) that check requests as the providers do (GET /received lists what each accepted)')
    .option('--port <n>', 'port to listen on', '4200')
    .option('--access-key-id <id>', 'the AccessKeyId it knows', 'sim-key')
    .option('--access-key-secret <secret>', 'its secret', 'sim-secret')
    .option('--sign-name <name>', 'the registered signature', '泰安市行政审批服务局')
    .option('--fail-first <n>', 'answer 500 to the first n requests', '0')
    .option('--wechat-port <n>', 'port of the WeChat stand-in', '4201')
    .option('--wechat-app-id <id>', 'the official account it knows', 'wxsim0000000000001')
    .option('--wechat-app-secret <secret>', 'its secret', 'sim-wechat-secret')
    .option('--wechat-template-id <id>', 'the subscription template it knows', 'SHENPI_CASE_PROGRESS')
    .action(async (opts: { port: string; accessKeyId: string; accessKeySecret: string; signName: string; failFirst: string; wechatPort: string; wechatAppId: string; wechatAppSecret: string; wechatTemplateId: string }) => {
      const sim = await startSmsSim({ port: Number(opts.port), accessKeyId: opts.accessKeyId, accessKeySecret: opts.accessKeySecret, signName: opts.signName, failFirst: Number(opts.failFirst) });
      const wx = await startWechatSim({ port: Number(opts.wechatPort), appId: opts.wechatAppId, appSecret: opts.wechatAppSecret, templateId: opts.wechatTemplateId });
      console.log(`SMS stand-in listening: SHENPI_SMS=aliyun SHENPI_SMS_ENDPOINT=${sim.url} SHENPI_SMS_ACCESS_KEY_ID=${opts.accessKeyId} SHENPI_SMS_ACCESS_KEY_SECRET=${opts.accessKeySecret}`);
      console.log(`WeChat stand-in listening: SHENPI_WECHAT=mp SHENPI_WECHAT_API=${wx.url} SHENPI_WECHAT_OPEN=${wx.url} SHENPI_WECHAT_APP_ID=${opts.wechatAppId} SHENPI_WECHAT_APP_SECRET=${opts.wechatAppSecret} SHENPI_WECHAT_TEMPLATE_ID=${opts.wechatTemplateId}`);
    });
}
