/**
 * WeChat official account (公众号) gateway, as WeChat documents it: an access token from
 * `GET /cgi-bin/token?grant_type=client_credential` (valid `expires_in` seconds, fetched once and
 * cached, fetched again when WeChat says it is invalid or expired: errcode 40001, 40014, 42001),
 * subscription notices through `POST /cgi-bin/message/subscribe/bizsend?access_token=…`, and the
 * person's openid from web authorisation (`GET /sns/oauth2/access_token?…&grant_type=authorization_code`).
 * The stand-in (`npx shenpi notify-sim`) answers the same calls and checks them as WeChat does.
 */
import type { Logger } from 'pino';

/** A failed WeChat call: `retry` false when trying again cannot help (the person refused, a bad openid). */
export class WechatError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly errcode?: number,
  ) {
    super(message);
  }
}

export interface WechatMessage {
  openid: string;
  data: Record<string, { value: string }>;
  /** the page of the portal the notice opens */
  page: string;
}

export interface WechatGateway {
  readonly name: string;
  /** Send one subscription notice; WeChat's msgid. */
  send(m: WechatMessage): Promise<string>;
  /** The authorisation page to send the person to (snsapi_base: the openid, no profile). */
  authorizeUrl(redirectUri: string, state: string): string;
  /** The openid behind an authorisation code. */
  openidOf(code: string): Promise<string>;
}

export interface WechatOptions {
  /** https://api.weixin.qq.com (the stand-in's URL in demos and tests) */
  apiBase: string;
  /** https://open.weixin.qq.com (the stand-in's URL in demos and tests) */
  openBase: string;
  appId: string;
  appSecret: string;
  /** the subscription template “办件进度通知” chosen in the official account's console */
  templateId: string;
  /** the portal's public address, for the notice's link */
  publicUrl: string;
  /** real time (token expiry is WeChat's, not the service clock) */
  now: () => number;
}

/** errcodes after which a fresh token and one more try may succeed */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** errcodes worth retrying later: system busy, rate limits */
const RETRY_ERRORS = new Set([-1, 45009, 45011, 45047]);

type WxAnswer = { errcode?: number; errmsg?: string; access_token?: string; expires_in?: number; openid?: string; msgid?: number | string };

async function call(url: string, init?: RequestInit): Promise<WxAnswer> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  } catch (err) {
    throw new WechatError(`微信接口不可达：${(err as Error).message}`, true);
  }
  if (res.status >= 500) throw new WechatError(`微信接口错误 ${res.status}`, true);
  return (await res.json().catch(() => ({ errcode: -1, errmsg: 'not json' }))) as WxAnswer;
}

export function wechatMp(o: WechatOptions): WechatGateway {
  let token: { value: string; until: number } | null = null;
  let fetching: Promise<string> | null = null;
  const accessToken = async (fresh: boolean): Promise<string> => {
    if (!fresh && token && token.until > o.now()) return token.value;
    // one fetch at a time: a new token invalidates the old one at WeChat
    fetching ??= (async () => {
      const q = new URLSearchParams({ grant_type: 'client_credential', appid: o.appId, secret: o.appSecret });
      const a = await call(`${o.apiBase}/cgi-bin/token?${q}`);
      if (!a.access_token) throw new WechatError(`获取 access_token 失败：${a.errcode ?? ''} ${a.errmsg ?? ''}`.trim(), a.errcode === -1);
      // five minutes' margin before WeChat's expiry
      token = { value: a.access_token, until: o.now() + Math.max(60, (a.expires_in ?? 7200) - 300) * 1000 };
      return a.access_token;
    })().finally(() => {
      fetching = null;
    });
    return fetching;
  };
  return {
    name: 'wechat',
    async send(m) {
      const body = JSON.stringify({ touser: m.openid, template_id: o.templateId, page: new URL(m.page, o.publicUrl).toString(), data: m.data });
      for (let attempt = 0; ; attempt++) {
        const t = await accessToken(attempt > 0);
        const a = await call(`${o.apiBase}/cgi-bin/message/subscribe/bizsend?access_token=${encodeURIComponent(t)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (!a.errcode) return String(a.msgid ?? '');
        if (TOKEN_ERRORS.has(a.errcode) && attempt === 0) continue;
        throw new WechatError(`微信拒绝：${a.errcode} ${a.errmsg ?? ''}`.trim(), RETRY_ERRORS.has(a.errcode), a.errcode);
      }
    },
    authorizeUrl(redirectUri, state) {
      const q = new URLSearchParams({ appid: o.appId, redirect_uri: redirectUri, response_type: 'code', scope: 'snsapi_base', state });
      return `${o.openBase}/connect/oauth2/authorize?${q}#wechat_redirect`;
    },
    async openidOf(code) {
      const q = new URLSearchParams({ appid: o.appId, secret: o.appSecret, code, grant_type: 'authorization_code' });
      const a = await call(`${o.apiBase}/sns/oauth2/access_token?${q}`);
      if (!a.openid) throw new WechatError(`微信授权失败：${a.errcode ?? ''} ${a.errmsg ?? ''}`.trim(), false, a.errcode);
      return a.openid;
    },
  };
}

/** Development: the notice in the log; binding gives a made-up openid (the openid of the code). */
export function consoleWechat(log: Logger): WechatGateway {
  let n = 0;
  return {
    name: 'console',
    async send(m) {
      log.info({ openid: `${m.openid.slice(0, 6)}…`, data: m.data }, 'wechat (console gateway)');
      return `console-${++n}`;
    },
    authorizeUrl(redirectUri, state) {
      const back = new URL(redirectUri);
      back.searchParams.set('code', `console-${state.slice(0, 8)}`);
      back.searchParams.set('state', state);
      return back.toString();
    },
    async openidOf(code) {
      return `o-${code}`;
    },
  };
}
