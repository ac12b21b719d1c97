/**
 * Issue 15 items 7 and 8: security headers on pages, API and /api/docs; cross-site state-changing requests refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestContext } from '../harness.js';

let t: TestContext;
let applicant: string;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant1');
});
afterAll(() => t.close());

describe('security headers', () => {
  it.each(['/api/v1/catalog/stats', '/api/docs', '/api/openapi.json', '/api/v1/no-such-route', '/healthz'])('%s carries CSP, frame denial, nosniff and Referrer-Policy', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('HSTS and upgrade-insecure-requests only when the public URL is https', async () => {
    const s = await createTestApp({ SHENPI_PUBLIC_URL: 'https://zwfw.taian.example' });
    try {
      const res = await s.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await s.close();
    }
  });
});

describe('cross-site requests', () => {
  const draft = { method: 'POST' as const, url: '/api/v1/auth/logout' };

  it('a post from another site (or another port of localhost) is refused with 403, nothing done', async () => {
    for (const headers of [
      { origin: 'http://localhost:9999', 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ]) {
      const res = await t.app.inject({ ...draft, headers: { cookie: applicant, ...headers } });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('REQUEST.CROSS_SITE');
    }
    // the session still works: the refused logouts did nothing
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: applicant } });
    expect(me.statusCode).toBe(200);
  });

  it('a login from another site is refused too; the app’s own origin and non-browser callers pass', async () => {
    const payload = { username: 'applicant1', password: DEMO_PASSWORD };
    const cross = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-site' } });
    expect(cross.statusCode).toBe(403);
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' } });
    expect(own.statusCode).toBe(200);
    const configured = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: { origin: t.deps.config.publicUrl } });
    expect(configured.statusCode).toBe(200);
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    expect(plain.statusCode).toBe(200);
  });

  it('reads are not checked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: applicant, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.statusCode).toBe(200);
  });
});
