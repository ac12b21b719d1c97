/**
 * Unified identity (统一身份认证) by OpenID Connect against a real OpenID provider the test starts
 * (oidc-provider, test/oidc-idp.ts): the full login binds the identity as proven; a tampered state, a
 * nonce that is not the login's, an id_token signed by an unpublished key or expired are refused;
 * the platform's key rotation is survived; single logout; an item's minimum real-name level.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isValidCreditCode, isValidIdNumber } from '../src/domain/identifiers.js';
import { loadConfig } from '../src/server/config.js';
import { provenIdentity } from '../src/server/modules/auth/oidc.service.js';
import { createTestApp, type TestContext } from './harness.js';
import { decodeJwt } from 'jose';
import { IDP_ACCOUNTS, IDP_CLIENT, IdpBrowser, signIdToken, startIdp, type TestIdp } from './oidc-idp.js';

const PUBLIC = 'http://localhost:3000';
const CALLBACK = `${PUBLIC}/api/v1/auth/oidc/callback`;

let t: TestContext;
let idp: TestIdp;

beforeAll(async () => {
  idp = await startIdp({ redirectUri: CALLBACK, postLogoutRedirectUri: `${PUBLIC}/` });
  t = await createTestApp({
    SHENPI_PUBLIC_URL: PUBLIC,
    SHENPI_OIDC_ISSUER: idp.issuer,
    SHENPI_OIDC_CLIENT_ID: IDP_CLIENT.id,
    SHENPI_OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
    SHENPI_OIDC_ALLOW_INSECURE: '1',
  });
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});
afterEach(() => {
  idp.rewriteIdToken = null;
  vi.restoreAllMocks();
});

/** The session cookie of `res`, as a Cookie header. */
function sessionOf(res: { cookies: { name: string; value: string }[] }): string | null {
  const c = res.cookies.find((x) => x.name === 'shenpi_session' && x.value);
  return c ? `shenpi_session=${c.value}` : null;
}

/** Start a login at the bureau: the platform's URL and the browser's login cookie. */
async function begin(returnTo = '/my') {
  const res = await t.app.inject({ url: `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}` });
  expect(res.statusCode).toBe(302);
  const handle = res.cookies.find((c) => c.name === 'shenpi_oidc');
  expect(handle?.httpOnly).toBe(true);
  return { authUrl: res.headers.location as string, cookie: `shenpi_oidc=${handle!.value}` };
}

/** Back at the bureau's callback with the platform's answer. */
function callback(url: string, cookie: string) {
  const u = new URL(url);
  return t.app.inject({ url: `${u.pathname}${u.search}`, headers: { cookie } });
}

/** A whole login as `account` at the platform; the callback's answer. */
async function login(account: string, browser = new IdpBrowser(idp.issuer)) {
  const { authUrl, cookie } = await begin();
  const at = await browser.visit(authUrl, account);
  expect(at.callback, at.page.slice(0, 300)).not.toBeNull();
  return callback(at.callback!, cookie);
}

async function binding(username: string) {
  return t.database.db
    .selectFrom('identity_verifications as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['u.id', 'u.kind', 'u.display_name', 'u.password_hash', 'v.document', 'v.verified_by', 'v.realname_level', 'v.issuer', 'v.subject', 'v.handler_name', 'v.handler_id_number', 'v.handler_authority', 'v.id_number', 'v.credit_code'])
    .where('u.username', '=', username)
    .executeTakeFirst();
}

describe('the test platform', () => {
  it('holds valid numbers (checked here by the domain rules, not by the platform)', () => {
    for (const a of Object.values(IDP_ACCOUNTS)) {
      expect(isValidIdNumber(a.id_number!)).toBe(true);
      if (a.credit_code) expect(isValidCreditCode(a.credit_code)).toBe(true);
    }
  });
});

describe('login through the unified identity platform', () => {
  it('is announced on, and the authorization request carries PKCE (S256), state and nonce', async () => {
    expect((await t.app.inject({ url: '/api/v1/auth/oidc' })).json()).toEqual({ enabled: true });
    const { authUrl } = await begin();
    const q = new URL(authUrl).searchParams;
    expect(authUrl.startsWith(`${idp.issuer}/`)).toBe(true);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(IDP_CLIENT.id);
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(q.get('scope')?.split(' ')).toContain('openid');
  });

  it('a person new to the bureau: account created, identity bound as proven by the platform with its level, session set', async () => {
    const res = await login('zhangsan');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/my');
    const cookie = sessionOf(res);
    expect(cookie).not.toBeNull();
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookie! } })).json();
    expect(me).toMatchObject({ displayName: '张三', kind: 'person' });
    expect(me.permissions).toContain('case.apply');
    const b = await binding(me.username);
    expect(b).toMatchObject({ kind: 'person', document: 'unified_identity', verified_by: null, realname_level: 'L2', issuer: idp.issuer, subject: 'zhangsan', id_number: '370902199003151231' });
    const shown = (await t.app.inject({ url: '/api/v1/auth/identity', headers: { cookie: cookie! } })).json();
    expect(shown).toMatchObject({ identity: { kind: 'person', document: 'unified_identity', verifiedBy: '统一身份认证平台', realNameLevel: 'L2' } });
    // the id_token the client accepted was signed by the platform's key and carried the login's nonce
    expect(idp.lastIdToken()?.header.kid).toBe(idp.key().kid);
    // a second login links the same account
    const again = await login('zhangsan');
    const me2 = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: sessionOf(again)! } })).json();
    expect(me2.id).toBe(me.id);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'after']).where('target_id', '=', me.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.register', 'auth.login', 'auth.login']);
    expect(audit[1]!.after).toMatchObject({ via: 'unified_identity', level: 'L2' });
  });

  it('an applicant known to the bureau (bound at the counter) is linked to their account, password kept', async () => {
    const res = await login('hantaishan');
    expect(res.statusCode, res.body).toBe(302);
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: sessionOf(res)! } })).json();
    expect(me.username).toBe('applicant1');
    expect(await binding('applicant1')).toMatchObject({ document: 'unified_identity', realname_level: 'L3', subject: 'hantaishan' });
    await t.login('applicant1');
  });

  it('a company logs in with its 统一社会信用代码; the handler and the authority the platform gave them are recorded', async () => {
    const res = await login('daizong');
    expect(res.statusCode, res.body).toBe(302);
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: sessionOf(res)! } })).json();
    expect(me).toMatchObject({ kind: 'organisation', displayName: '泰安岱宗新材料科技有限公司' });
    expect(await binding(me.username)).toMatchObject({
      kind: 'organisation',
      credit_code: '91370900MA3PRJ001T',
      handler_name: '王五',
      handler_id_number: '370982197501017898',
      handler_authority: 'legal_representative',
      realname_level: 'L2',
    });
    const audit = await t.database.db.selectFrom('audit_log').select('after').where('target_id', '=', me.id).where('action', '=', 'auth.login').executeTakeFirstOrThrow();
    // the handler's number is masked in the audit trail
    expect(JSON.stringify(audit.after)).not.toContain('370982197501017898');
    expect(audit.after).toMatchObject({ handler: { name: '王五', authority: 'legal_representative' } });
    // the company applies as itself, with the proven 统一社会信用代码
    const list = (await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('食品经营许可')}&pageSize=50` })).json();
    const food = list.items.find((i: { name: string }) => i.name === '食品经营许可').code as string;
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { cookie: sessionOf(res)! }, payload: { itemCode: food, situation: ['S01'] } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().applicant).toMatchObject({ kind: 'organisation', name: '泰安岱宗新材料科技有限公司', creditCode: '91370900MA3PRJ001T' });
  });

  it('an account registered with the number but never proven is taken over by the proven holder: its password stops working', async () => {
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { username: 'squatter', password: 'Correct-Horse-Battery-9', displayName: '李四', kind: 'person', idNumber: IDP_ACCOUNTS.lisi!.id_number },
    });
    expect(reg.statusCode).toBe(201);
    const squatterSession = sessionOf(reg)!;
    const res = await login('lisi');
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: sessionOf(res)! } })).json();
    expect(me.username).toBe('squatter');
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: squatterSession } })).statusCode).toBe(401);
    const pw = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'squatter', password: 'Correct-Horse-Battery-9' } });
    expect(pw.statusCode).toBe(401);
  });
});

describe('refusals', () => {
  it('a tampered state is refused, and no session is opened', async () => {
    const { authUrl, cookie } = await begin();
    const at = await new IdpBrowser(idp.issuer).visit(authUrl, 'zhangsan');
    const u = new URL(at.callback!);
    u.searchParams.set('state', `${u.searchParams.get('state')}x`);
    const res = await callback(u.href, cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.OIDC_FAILED');
    expect(sessionOf(res)).toBeNull();
    // the login is used up: the untampered answer does not pass afterwards either; a browser is sent to the login page with the reason
    const retry = await t.app.inject({ url: `${new URL(at.callback!).pathname}${new URL(at.callback!).search}`, headers: { cookie, accept: 'text/html' } });
    expect(retry.statusCode).toBe(302);
    expect(retry.headers.location).toBe('/login?oidcError=AUTH.OIDC_FAILED');
    expect(sessionOf(retry)).toBeNull();
  });

  it('a callback without the login cookie of the browser that started it is refused', async () => {
    const { authUrl } = await begin();
    const at = await new IdpBrowser(idp.issuer).visit(authUrl, 'zhangsan');
    const res = await callback(at.callback!, 'shenpi_oidc=someone-elses');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.OIDC_FAILED');
  });

  it('an id_token whose nonce is not the login’s is refused', async () => {
    const { authUrl, cookie } = await begin();
    const changed = new URL(authUrl);
    changed.searchParams.set('nonce', 'an-attackers-nonce-0123456789');
    const at = await new IdpBrowser(idp.issuer).visit(changed.href, 'zhangsan');
    const res = await callback(at.callback!, cookie);
    expect(idp.lastIdToken()?.payload.nonce).toBe('an-attackers-nonce-0123456789');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.OIDC_FAILED');
    expect(sessionOf(res)).toBeNull();
  });

  it('an id_token signed by a key the platform never published (same kid) is refused', async () => {
    const foreign = await idp.foreignKey();
    idp.rewriteIdToken = async (jwt) => signIdToken(decodeJwt(jwt), foreign);
    const res = await login('zhangsan');
    expect(idp.lastIdToken()?.header.kid).toBe(idp.key().kid);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.OIDC_FAILED');
    expect(sessionOf(res)).toBeNull();
  });

  it('an expired id_token, though signed by the platform, is refused', async () => {
    idp.rewriteIdToken = async (jwt) => {
      const now = Math.floor(Date.now() / 1000);
      return signIdToken({ ...decodeJwt(jwt), iat: now - 7200, exp: now - 3600 }, idp.key());
    };
    const res = await login('zhangsan');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.OIDC_FAILED');
    expect(res.json().detail).toMatch(/TIMESTAMP/);
    // the same token re-signed unexpired passes: the refusal was the expiry
    idp.rewriteIdToken = async (jwt) => signIdToken(decodeJwt(jwt), idp.key());
    expect((await login('zhangsan')).statusCode).toBe(302);
  });

  it('a returnTo off the site is refused before anything starts', async () => {
    for (const bad of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const res = await t.app.inject({ url: `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(bad)}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('querystring.returnTo');
    }
  });
});

describe('key rotation', () => {
  it('after the platform replaces its signing key, the next login verifies with the new key (JWKS fetched again for the unknown kid)', async () => {
    expect((await login('zhangsan')).statusCode).toBe(302);
    const old = idp.key().kid;
    await idp.rotate();
    expect(idp.key().kid).not.toBe(old);
    // openid-client fetches the JWKS again for an unknown kid once its copy is a minute old (a guard against
    // being made to fetch on every forged token): a minute passes
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 61_000);
    const res = await login('zhangsan');
    expect(res.statusCode, res.body).toBe(302);
    expect(idp.lastIdToken()?.header.kid).toBe(idp.key().kid);
  });
});

describe('single logout', () => {
  it('logout of a platform session answers the platform’s end-session URL, which ends the platform’s session too', async () => {
    const browser = new IdpBrowser(idp.issuer);
    const res = await login('zhangsan', browser);
    const cookie = sessionOf(res)!;
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json().endSessionUrl);
    expect(end.href.startsWith(`${idp.issuer}/`)).toBe(true);
    expect(end.searchParams.get('client_id')).toBe(IDP_CLIENT.id);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC}/`);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    // before the platform's logout it still knows the browser: a new login needs no password
    const silent = await browser.visit((await begin()).authUrl);
    expect(silent).toMatchObject({ loginAsked: false, callback: expect.stringContaining(CALLBACK) });
    // the browser goes to the platform's logout, confirms, and is sent back to the bureau
    const ended = await browser.visit(end.href);
    expect(ended.callback).toBe(`${PUBLIC}/`);
    // afterwards the platform asks for the login again
    expect((await browser.visit((await begin()).authUrl)).loginAsked).toBe(true);
  });

  it('logout of a password session stays local (204)', async () => {
    const cookie = await t.login('applicant1');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
  });
});

describe('minimum real-name level of an item', () => {
  it('set through the four-stage review; an account below it is refused with 403 naming the item, at or above it applies', async () => {
    const staff: Record<string, string> = {};
    for (const u of ['editor1', 'reviewer1', 'checker1', 'confirmer1', 'clerk1']) staff[u] = await t.login(u);
    const post = (url: string, cookie: string | undefined, payload?: object) => t.app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {}, payload });
    const list = (await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('食品经营许可')}&pageSize=50` })).json();
    const code = list.items.find((i: { name: string }) => i.name === '食品经营许可').code as string;
    const item = (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })).json();
    expect(item.minRealNameLevel).toBeNull();
    const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = item;
    const bad = await post('/api/v1/catalog/versions', staff.editor1, { data: { ...data, minRealNameLevel: 'L9' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('data.minRealNameLevel');
    const draft = await post('/api/v1/catalog/versions', staff.editor1, { data: { ...data, minRealNameLevel: 'L2' } });
    expect(draft.statusCode, draft.body).toBe(201);
    let v = draft.json();
    expect(v.changes).toEqual([{ path: 'minRealNameLevel', before: null, after: 'L2' }]);
    v = (await post(`/api/v1/catalog/versions/${v.id}/submit`, staff.editor1, { rev: v.rev })).json();
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, staff.reviewer1, { rev: v.rev })).json();
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, staff.checker1, { rev: v.rev })).json();
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, staff.confirmer1, { rev: v.rev })).json();
    expect(v.stage).toBe('confirmed');
    expect((await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })).json().minRealNameLevel).toBe('L2');

    const apply = (cookie: string) => post('/api/v1/cases', cookie, { itemCode: code, situation: ['S01'] });
    // L1 (李四 through the platform): refused, nothing written
    const l1 = sessionOf(await login('lisi'))!;
    const before = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const refused = await apply(l1);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'CASE.REALNAME_LEVEL_TOO_LOW', errors: [{ path: 'itemCode' }] });
    expect(refused.json().title).toContain('二级');
    expect(await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(before);
    // a registered account never proven: refused too
    const reg = await post('/api/v1/auth/register', undefined, { username: 'unproven', password: 'Correct-Horse-Battery-9', displayName: '赵六', kind: 'person', idNumber: '370902199003151258' });
    expect(reg.statusCode, reg.body).toBe(201);
    expect((await apply(sessionOf(reg)!)).statusCode).toBe(403);
    // L2 (张三) and L3 (applicant1, bound at the counter) apply
    const draft2 = await apply(sessionOf(await login('zhangsan'))!);
    expect(draft2.statusCode).toBe(201);
    expect((await apply(await t.login('applicant1'))).statusCode).toBe(201);

    // the level is checked again at submit: 张三's next login proves only L1 at the platform, and the draft stays a draft
    const caseNo = draft2.json().caseNo as string;
    const submit = async (cookie: string) => {
      const { version } = (await t.app.inject({ url: `/api/v1/cases/${caseNo}`, headers: { cookie } })).json();
      return post(`/api/v1/cases/${caseNo}/actions`, cookie, { type: 'submit', expectedVersion: version });
    };
    const proven = IDP_ACCOUNTS.zhangsan!.realname_level;
    IDP_ACCOUNTS.zhangsan!.realname_level = 'L1';
    try {
      const low = await submit(sessionOf(await login('zhangsan'))!);
      expect(low.statusCode, low.body).toBe(403);
      expect(low.json()).toMatchObject({ code: 'CASE.REALNAME_LEVEL_TOO_LOW', errors: [{ path: 'itemCode' }] });
    } finally {
      IDP_ACCOUNTS.zhangsan!.realname_level = proven!;
    }
    expect((await t.app.inject({ url: `/api/v1/cases/${caseNo}`, headers: { cookie: sessionOf(await login('zhangsan'))! } })).json().status).toBe('draft');
    // back at L2 the level is no longer what stops it (the materials are)
    const again = await submit(sessionOf(await login('zhangsan'))!);
    expect([again.statusCode, again.json().code]).toEqual([400, 'CASE.MATERIALS_MISSING']);
  });
});

describe('configuration', () => {
  it('is off without an issuer; an issuer needs the client; the callback and logout addresses follow the public URL', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(() => loadConfig({ SHENPI_OIDC_ISSUER: 'https://idp.example.gov.cn' })).toThrow(/SHENPI_OIDC_CLIENT_ID/);
    const c = loadConfig({ SHENPI_PUBLIC_URL: 'https://zwfw.example.gov.cn/', SHENPI_OIDC_ISSUER: 'https://idp.example.gov.cn', SHENPI_OIDC_CLIENT_ID: 'a', SHENPI_OIDC_CLIENT_SECRET: 'b', SHENPI_OIDC_SCOPES: 'profile  idcard', SHENPI_OIDC_CLAIM_LEVEL: 'auth_level' }).oidc;
    expect(c).toMatchObject({
      redirectUri: 'https://zwfw.example.gov.cn/api/v1/auth/oidc/callback',
      postLogoutUri: 'https://zwfw.example.gov.cn/',
      scopes: 'openid profile idcard',
      allowInsecure: false,
      claims: { level: 'auth_level', idNumber: 'id_number', creditCode: 'credit_code' },
    });
  });
});

describe('claims', () => {
  const names = loadConfig({ SHENPI_OIDC_ISSUER: 'https://idp.example.gov.cn', SHENPI_OIDC_CLIENT_ID: 'a', SHENPI_OIDC_CLIENT_SECRET: 'b' }).oidc!.claims;
  const code = (f: () => unknown) => {
    try {
      f();
      return 'passed';
    } catch (e) {
      return (e as { code?: string }).code;
    }
  };
  it('a level as L1–L3 or 1–3; a company needs its name, the handler’s name and authority; bad numbers are refused', () => {
    const person = { sub: 's', name: '张三', id_number: IDP_ACCOUNTS.zhangsan!.id_number };
    expect(provenIdentity({ ...person, realname_level: 2 }, names)).toMatchObject({ kind: 'person', level: 'L2' });
    expect(provenIdentity({ ...person, realname_level: '3' }, names)).toMatchObject({ level: 'L3' });
    expect(code(() => provenIdentity({ ...person, realname_level: 'L4' }, names))).toBe('AUTH.OIDC_IDENTITY_INCOMPLETE');
    expect(code(() => provenIdentity({ ...person, realname_level: 'L2', id_number: '370902199003151232' }, names))).toBe('AUTH.OIDC_IDENTITY_INCOMPLETE');
    expect(code(() => provenIdentity({ sub: 's', name: '张三', realname_level: 'L2' }, names))).toBe('AUTH.OIDC_IDENTITY_INCOMPLETE');
    const company = { sub: 'c', name: '王五', credit_code: '91370900MA3PRJ001T', org_name: '泰安岱宗新材料科技有限公司', realname_level: 'L2', handler_authority: 'agent' };
    expect(provenIdentity(company, names)).toMatchObject({ kind: 'organisation', creditCode: '91370900MA3PRJ001T', handler: { name: '王五', idNumber: null, authority: 'agent' } });
    const { handler_authority: _a, ...noAuthority } = company;
    expect(code(() => provenIdentity(noAuthority, names))).toBe('AUTH.OIDC_IDENTITY_INCOMPLETE');
    expect(code(() => provenIdentity({ ...company, credit_code: '91370900MA3PRJ001X' }, names))).toBe('AUTH.OIDC_IDENTITY_INCOMPLETE');
  });
});
