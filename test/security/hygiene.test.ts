/**
 * Issue 15 item 9: NUL bytes, lone surrogates and impossible dates are refused with 400 naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
let hall: string;
beforeAll(async () => {
  t = await createTestApp();
  hall = await t.login('hall1');
});
afterAll(() => t.close());

const fieldsOf = (body: string) => (JSON.parse(body) as { errors: { path: string }[] }).errors.map((e) => e.path);

describe('input hygiene', () => {
  it.each([
    ['/api/v1/catalog/items?q=%00', 'querystring.q'],
    ['/api/v1/guide/search?q=a%00b', 'querystring.q'],
  ])('GET %s → 400 naming %s', async (url, field) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toContain(field);
  });

  it('a NUL byte or a lone surrogate in a JSON body → 400 naming the field, nothing written', async () => {
    for (const bad of ['a\u0000b', '\ud83d', 'x\udc00']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: bad, password: 'whatever1' } });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toContain('username');
    }
    const nested = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":"admin","password":"x","extra":{"deep":["ok","\\u0000"]}}' });
    expect(nested.statusCode).toBe(400);
    expect(fieldsOf(nested.body)).toContain('extra.deep.1');
  });

  it('a NUL byte in a path parameter → 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items/ab%00c' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toContain('params.code');
  });

  it('a NUL byte in the session cookie or the API key is no 500', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'shenpi_session=%00' } });
    expect(a.statusCode).toBeLessThan(500);
    const b = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer \u0000abc' } });
    expect(b.statusCode).toBeLessThan(500);
  });

  it.each([
    ['/api/v1/ratings/stats?from=2026-13-45', 'querystring.from'],
    ['/api/v1/ratings/stats?to=2026-02-30', 'querystring.to'],
    ['/api/v1/public/decisions?from=2026-13-45', 'querystring.from'],
    ['/api/v1/public/decisions?to=2026-02-30', 'querystring.to'],
  ])('an impossible date %s → 400 naming %s', async (url, field) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: hall } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toContain(field);
  });
});
