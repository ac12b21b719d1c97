/**
 * A real OpenID provider (oidc-provider) standing in for the province's unified identity platform
 * (统一身份认证) in tests: persons with a 身份证号 and a real-name level, a company with its
 * 统一社会信用代码 and the handler who logs in for it. Login is its development interaction (any
 * password); `IdpBrowser` drives it over HTTP with its own cookies, the browser test fills its page.
 * Keys are RSA, made here; `rotate()` replaces the signing key by a new one with a new kid, as a
 * platform's key rotation does; `rewriteIdToken` lets a test alter the id_token the token endpoint
 * answers (re-signed with any key) before the client sees it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export const IDP_CLIENT = { id: 'shenpi', secret: 'shenpi-test-secret-0123456789' };

/** The platform's accounts: the login name at its page is the subject. */
export const IDP_ACCOUNTS: Record<string, Record<string, string>> = {
  // applicant1 of the demo, bound at the counter already
  hantaishan: { name: '韩泰山', id_number: '370902198506123019', realname_level: 'L3' },
  zhangsan: { name: '张三', id_number: '370902199003151231', realname_level: 'L2' },
  lisi: { name: '李四', id_number: '370901198808084565', realname_level: 'L1' },
  daizong: { name: '王五', id_number: '370982197501017898', credit_code: '91370900MA3PRJ001T', org_name: '泰安岱宗新材料科技有限公司', handler_authority: 'legal_representative', realname_level: 'L2' },
};

export interface SigningKey {
  kid: string;
  privateJwk: JWK;
}

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `k-${Math.random().toString(36).slice(2, 10)}`;
  return { kid, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** Sign `payload` (an id_token's claims) with `key` under the header's kid. */
export async function signIdToken(payload: JWTPayload, key: SigningKey): Promise<string> {
  const { importJWK } = await import('jose');
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(await importJWK(key.privateJwk, 'RS256'));
}

export interface TestIdp {
  issuer: string;
  /** the key the platform signs with now */
  key(): SigningKey;
  /** a key the platform never published */
  foreignKey(): Promise<SigningKey>;
  /** replace the signing key (new kid); the JWKS then lists only the new one */
  rotate(): Promise<void>;
  /** alter the id_token of the next token responses; null: leave them alone */
  rewriteIdToken: ((idToken: string) => Promise<string>) | null;
  /** claims and header of the last id_token the token endpoint answered (after any rewrite) */
  lastIdToken(): { header: { kid?: string }; payload: JWTPayload } | null;
  close(): Promise<void>;
}

/** Start the platform on `port` (0: any free port) for a client whose callback is `redirectUri`. */
export async function startIdp(opts: { port?: number; redirectUri: string; postLogoutRedirectUri: string }): Promise<TestIdp> {
  let provider: Provider | undefined;
  const server = http.createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let signing = await newSigningKey();
  let last: { header: { kid?: string }; payload: JWTPayload } | null = null;

  const idp: TestIdp = {
    issuer,
    key: () => signing,
    foreignKey: async () => ({ ...(await newSigningKey()), kid: signing.kid }),
    rotate: async () => {
      signing = await newSigningKey();
      provider = build();
    },
    rewriteIdToken: null,
    lastIdToken: () => last,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  function build(): Provider {
    const p = new Provider(issuer, {
      clients: [
        {
          client_id: IDP_CLIENT.id,
          client_secret: IDP_CLIENT.secret,
          redirect_uris: [opts.redirectUri],
          post_logout_redirect_uris: [opts.postLogoutRedirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [signing.privateJwk as never] },
      cookies: { keys: ['shenpi-test-idp-cookie-key'] },
      claims: { openid: ['sub'], profile: ['name', 'id_number', 'credit_code', 'org_name', 'realname_level', 'handler_authority'] },
      // the scope's claims go into the id_token, as the province's platform does
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      findAccount: (_ctx, sub) => {
        const claims = IDP_ACCOUNTS[sub];
        return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
      },
      // the bureau is the platform's own relying party: no consent screen
      loadExistingGrant: async (ctx) => {
        const accountId = ctx.oidc.session?.accountId;
        const c = ctx.oidc.client;
        if (!accountId || !c) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: c.clientId, accountId });
        grant.addOIDCScope('openid profile');
        await grant.save();
        return grant;
      },
    });
    p.use(async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (ctx.path === '/token' && body && typeof body.id_token === 'string') {
        if (idp.rewriteIdToken) body.id_token = await idp.rewriteIdToken(body.id_token);
        last = { header: decodeProtectedHeader(body.id_token), payload: decodeJwt(body.id_token) };
      }
    });
    return p;
  }
  provider = build();
  return idp;
}

/**
 * A browser at the platform: follows its redirects with its cookies, logs in at its page as an
 * account, and stops at the first redirect that leaves the platform (the bureau's callback, or
 * where it sends the browser after logout), returning that URL.
 */
export class IdpBrowser {
  private cookies = new Map<string, string>();
  constructor(private readonly issuer: string) {}

  private async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, i), pair!.slice(i + 1)];
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** Go to `url` and follow the platform until it sends the browser away (`callback`); log in as `account` when asked. */
  async visit(url: string, account?: string): Promise<{ callback: string | null; loginAsked: boolean; page: string }> {
    let next: { url: string; method?: string; form?: Record<string, string> } = { url };
    let loginAsked = false;
    for (let hops = 0; hops < 15; hops++) {
      const res = await this.request(next.url, next);
      const location = res.headers.get('location');
      if (location && res.status >= 300 && res.status < 400) {
        const to = new URL(location, next.url).href;
        if (new URL(to).origin !== new URL(this.issuer).origin) return { callback: to, loginAsked, page: '' };
        next = { url: to };
        continue;
      }
      const page = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action) return { callback: null, loginAsked, page };
      const target = new URL(action.replace(/&amp;/g, '&'), next.url).href;
      if (page.includes('name="login"')) {
        loginAsked = true;
        if (!account) return { callback: null, loginAsked, page };
        next = { url: target, method: 'POST', form: { prompt: 'login', login: account, password: 'any' } };
      } else if (page.includes('name="logout"')) {
        // the platform's logout confirmation: yes, sign out
        const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
        next = { url: target, method: 'POST', form: { xsrf, logout: 'yes' } };
      } else return { callback: null, loginAsked, page };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
