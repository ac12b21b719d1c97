/**
 * A stand-in for WeChat's official-account API (公众号) for demonstrations and tests, started by
 * `shenpi notify-sim` beside the SMS stand-in. It answers as WeChat documents and checks what WeChat
 * checks: the appid and secret for an access token (which expires), the token on every call, the
 * subscription template, an openid that was authorised, and each data field's type and length
 * (thing ≤ 20, character_string ≤ 32 of ASCII, phrase ≤ 5 Chinese characters, time a 24-hour time);
 * the web authorisation page, and a code that is used once within five minutes.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWechat {
  openid: string;
  templateId: string;
  page: string;
  data: Record<string, string>;
  at: string;
}

export interface WechatSimOptions {
  port: number;
  appId: string;
  appSecret: string;
  templateId: string;
  /** seconds an access token lives (WeChat: 7200) */
  tokenTtl?: number;
}

export interface WechatSim {
  /** the base of the API and of the authorisation pages (SHENPI_WECHAT_API, SHENPI_WECHAT_OPEN) */
  url: string;
  received: ReceivedWechat[];
  /** access tokens handed out */
  tokensIssued(): number;
  /** expire every token now (as WeChat does when another server fetched a new one) */
  expireTokens(): void;
  /** the person behind an openid refuses further notices (errcode 43101) */
  refuse(openid: string): void;
  /** An authorisation as the person's phone would make it: the code WeChat sends back. */
  authorise(authorizeUrl: string): Promise<{ code: string; state: string; redirect: string }>;
  close(): Promise<void>;
}

const CODE_MS = 5 * 60_000;
const FIELD_RULES: Record<string, { test: (v: string) => boolean; rule: string }> = {
  thing: { test: (v) => [...v].length <= 20, rule: '20个以内字符' },
  character_string: { test: (v) => v.length <= 32 && /^[\x21-\x7e]*$/.test(v), rule: '32位以内数字、字母或符号' },
  phrase: { test: (v) => /^[\u4e00-\u9fa5]{1,5}$/.test(v), rule: '5个以内汉字' },
  time: { test: (v) => /^(\d{4}年\d{1,2}月\d{1,2}日 )?([01]\d|2[0-3]):[0-5]\d$/.test(v), rule: '24小时制时间' },
};

export async function startWechatSim(o: WechatSimOptions): Promise<WechatSim> {
  const received: ReceivedWechat[] = [];
  const tokens = new Map<string, number>();
  const codes = new Map<string, { openid: string; until: number; used: boolean }>();
  const openids = new Set<string>();
  const refused = new Set<string>();
  let issued = 0;
  const ttl = o.tokenTtl ?? 7200;
  const json = (res: http.ServerResponse, body: object) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const err = (res: http.ServerResponse, errcode: number, errmsg: string) => json(res, { errcode, errmsg });
  const issueCode = (redirect: string, state: string) => {
    // one openid per person and official account: the redirect's origin stands for the person's phone here
    const openid = `o${crypto.createHash('sha256').update(`${o.appId}:${redirect}:${crypto.randomUUID()}`).digest('base64url').slice(0, 27)}`;
    openids.add(openid);
    const code = crypto.randomBytes(16).toString('hex');
    codes.set(code, { openid, until: Date.now() + CODE_MS, used: false });
    const back = new URL(redirect);
    back.searchParams.set('code', code);
    back.searchParams.set('state', state);
    return { code, state, redirect: back.toString() };
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      const q = url.searchParams;
      if (req.method === 'GET' && url.pathname === '/received') return json(res, received);
      if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
        if (q.get('grant_type') !== 'client_credential') return err(res, 40002, 'invalid grant_type');
        if (q.get('appid') !== o.appId) return err(res, 40013, 'invalid appid');
        if (q.get('secret') !== o.appSecret) return err(res, 40125, 'invalid appsecret');
        const token = crypto.randomBytes(24).toString('base64url');
        tokens.set(token, Date.now() + ttl * 1000);
        issued++;
        return json(res, { access_token: token, expires_in: ttl });
      }
      if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/bizsend') {
        const until = tokens.get(q.get('access_token') ?? '');
        if (until === undefined) return err(res, 40001, 'invalid credential, access_token is invalid or not latest');
        if (until <= Date.now()) return err(res, 42001, 'access_token expired');
        let body: { touser?: string; template_id?: string; page?: string; data?: Record<string, { value?: unknown }> };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
        } catch {
          return err(res, 47001, 'data format error');
        }
        if (!body.touser || !openids.has(body.touser)) return err(res, 40003, 'invalid openid');
        if (refused.has(body.touser)) return err(res, 43101, 'user refuse to accept the msg');
        if (body.template_id !== o.templateId) return err(res, 40037, 'invalid template_id');
        const data: Record<string, string> = {};
        for (const [key, field] of Object.entries(body.data ?? {})) {
          const type = key.replace(/\d+$/, '');
          const rule = FIELD_RULES[type];
          const value = field?.value;
          if (!rule || typeof value !== 'string' || !rule.test(value)) return err(res, 47003, `argument invalid! data.${key}.value ${rule?.rule ?? 'unknown type'}`);
          data[key] = value;
        }
        received.push({ openid: body.touser, templateId: body.template_id, page: body.page ?? '', data, at: new Date().toISOString() });
        return json(res, { errcode: 0, errmsg: 'ok', msgid: 2_000_000 + received.length });
      }
      if (req.method === 'GET' && url.pathname === '/connect/oauth2/authorize') {
        const redirect = q.get('redirect_uri') ?? '';
        if (q.get('appid') !== o.appId || !/^https?:\/\//.test(redirect)) return res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('appid 或 redirect_uri 参数错误');
        const back = issueCode(redirect, q.get('state') ?? '');
        // the page the person's WeChat shows: one button back to the portal
        return res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            `<!doctype html><html lang="zh-CN"><meta name="viewport" content="width=device-width"><title>微信授权（模拟）</title><body style="font-family:sans-serif;text-align:center;padding:3em 1em"><h1 style="font-size:20px">泰安市行政审批服务局 申请获取你的微信身份</h1><p>用于向你发送办件进度通知</p><a id="allow" href="${back.redirect.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="display:inline-block;padding:.8em 3em;background:#07c160;color:#fff;border-radius:6px;text-decoration:none">允许</a></body></html>`,
          );
      }
      if (req.method === 'GET' && url.pathname === '/sns/oauth2/access_token') {
        if (q.get('appid') !== o.appId || q.get('secret') !== o.appSecret) return err(res, 40125, 'invalid appsecret');
        if (q.get('grant_type') !== 'authorization_code') return err(res, 40002, 'invalid grant_type');
        const c = codes.get(q.get('code') ?? '');
        if (!c || c.until <= Date.now()) return err(res, 40029, 'invalid code');
        if (c.used) return err(res, 40163, 'code been used');
        c.used = true;
        return json(res, { access_token: crypto.randomBytes(24).toString('base64url'), expires_in: 7200, refresh_token: crypto.randomBytes(24).toString('base64url'), openid: c.openid, scope: 'snsapi_base' });
      }
      return err(res, 40066, 'invalid url');
    });
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    received,
    tokensIssued: () => issued,
    expireTokens: () => {
      for (const k of tokens.keys()) tokens.set(k, 0);
    },
    refuse: (openid) => refused.add(openid),
    async authorise(authorizeUrl) {
      const u = new URL(authorizeUrl);
      if (`${u.protocol}//${u.host}` !== base || u.pathname !== '/connect/oauth2/authorize' || u.searchParams.get('appid') !== o.appId) throw new Error(`not this stand-in's authorisation page: ${authorizeUrl}`);
      return issueCode(u.searchParams.get('redirect_uri') ?? '', u.searchParams.get('state') ?? '');
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
