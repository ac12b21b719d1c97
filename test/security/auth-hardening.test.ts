/**
 * Issue 15 items 2 and 10: strong passwords, lockout per account and address with the same answers
 * for unknown users, forwarded headers believed only from configured proxies, no confirmation that an
 * ID number is registered, the progress query code kept out of logs, the Secure cookie on https,
 * /metrics behind a token or loopback.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/domain/identifiers.js';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/platform/logger.js';
import { createTestApp, DEMO_PASSWORD, type TestContext } from '../harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress, headers });

describe('passwords', () => {
  it.each(['aaaaaaa1', 'Password1', 'Qwer1234', 'Taian2026'])('refuses the guessable password %s at registration, naming the field', async (password) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: `weak-${password}`.toLowerCase(), password, displayName: '张三', kind: 'person', idNumber: '370902199003071230'.slice(0, 17) + idNumberCheckChar('37090219900307123') } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('password');
  });

  it('refuses a guessable password for a staff user too', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin }, payload: { username: 'weakstaff', displayName: '弱', password: 'Password1', roles: [{ role: 'expert' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('password');
  });
});

describe('lockout', () => {
  it('a stranger hammering the admin account locks only their own address; the admin still logs in from theirs', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await login('admin', 'wrong-pass-1', '203.0.113.7')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 423]);
    expect((await login('admin', DEMO_PASSWORD, '203.0.113.7')).statusCode).toBe(423);
    expect((await login('admin', DEMO_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
  });

  it('an unknown username gets exactly the answers a known one gets', async () => {
    const answers = async (username: string, address: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(username, 'wrong-pass-1', address);
        out.push(`${res.statusCode} ${res.json().code} ${res.json().title}`);
      }
      return out;
    };
    expect(await answers('no-such-user', '203.0.113.8')).toEqual(await answers('expert1', '203.0.113.9'));
  });

  it('X-Forwarded-For from an unconfigured peer is not believed: rotating it neither beats the rate limit nor writes a forged address', async () => {
    const limited = await createTestApp({ SHENPI_LOGIN_RATE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' }, remoteAddress: '192.0.2.1', headers: { 'x-forwarded-for': `10.9.8.${i}` } })).statusCode);
      expect(codes).toContain(429);
      const ok = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk1', password: DEMO_PASSWORD }, remoteAddress: '192.0.2.2', headers: { 'x-forwarded-for': '10.66.66.66' } });
      expect(ok.statusCode).toBe(200);
      const admin = await limited.login('admin');
      const trail = (await limited.app.inject({ url: '/api/v1/audit?action=auth.login&pageSize=100', headers: { cookie: admin } })).json() as { items: { actorIp?: string | null; ip?: string | null }[] };
      expect(JSON.stringify(trail)).not.toContain('10.66.66.66');
    } finally {
      await limited.close();
    }
  });

  it('X-Forwarded-For is believed from a configured proxy', async () => {
    const proxied = await createTestApp({ SHENPI_LOGIN_RATE: '3', SHENPI_TRUST_PROXY: '192.0.2.0/24' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await proxied.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' }, remoteAddress: '192.0.2.1', headers: { 'x-forwarded-for': `10.9.8.${i}` } })).statusCode);
      expect(codes).not.toContain(429);
    } finally {
      await proxied.close();
    }
  });
});

describe('registration', () => {
  it('does not confirm that a 身份证号 or an account exists', async () => {
    const body = '37090219850612301';
    const payload = { password: 'Tai-shan#Peak9', displayName: '韩泰山', kind: 'person', idNumber: body + idNumberCheckChar(body) };
    // applicant1's number (demo/accounts.json): registering it again is a new, unverified claim
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { ...payload, username: 'not-hantaishan' } });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toMatch(/已注册/);
  });
});

describe('logs', () => {
  it('the progress query code never reaches a log line', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger('info', sink);
    log.info({ req: { method: 'GET', url: '/api/v1/public/cases/TA2026-000123?code=K7Q2ZP' } }, 'incoming request');
    log.info({ url: '/api/v1/public/cases/TA2026-000123?x=1&code=K7Q2ZP&y=2' }, 'again');
    await new Promise((r) => setImmediate(r));
    expect(lines.join('')).not.toContain('K7Q2ZP');
    expect(lines.join('')).toContain('code=[redacted]');
  });
});

describe('cookies and metrics', () => {
  it('the session cookie is Secure whenever the public URL is https', async () => {
    expect(loadConfig({ SHENPI_PUBLIC_URL: 'https://zwfw.taian.example' }).secureCookies).toBe(true);
    expect(loadConfig({}).secureCookies).toBe(false);
    const s = await createTestApp({ SHENPI_PUBLIC_URL: 'https://zwfw.taian.example' });
    try {
      const res = await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk1', password: DEMO_PASSWORD } });
      expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    } finally {
      await s.close();
    }
  });

  it('/metrics answers only on loopback without a token', async () => {
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.5' })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.2', headers: { 'x-forwarded-for': '127.0.0.1' } })).statusCode).toBe(403);
  });

  it('/metrics asks for the token when one is configured', async () => {
    const s = await createTestApp({ SHENPI_METRICS_TOKEN: 'prometheus-scrape-token-0123' });
    try {
      expect((await s.app.inject({ url: '/metrics' })).statusCode).toBe(401);
      expect((await s.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode).toBe(401);
      expect((await s.app.inject({ url: '/metrics', headers: { authorization: 'Bearer prometheus-scrape-token-0123' } })).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });
});
