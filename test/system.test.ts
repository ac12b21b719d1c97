import fs from 'node:fs';
import { Writable } from 'node:stream';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE, renderOpenApi } from '../src/cli/openapi.js';
import { createLogger } from '../src/server/platform/logger.js';
import { createTestApp, type TestContext } from './harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('answers liveness, readiness and Prometheus metrics', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(t.database.kind);
    await t.app.inject({ url: '/api/v1/catalog/stats' });
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/shenpi_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/catalog\/stats",status="200"\} \d+/);
  });

  it('answers an unknown API route with problem+json, never HTML', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('ROUTE.NOT_FOUND');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const cookie = await t.login('admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie, 'content-type': 'application/json' }, payload: '{"username":' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('OpenAPI', () => {
  it('serves a valid OpenAPI 3.1 document that matches the committed copy', async () => {
    const served = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(served.openapi).toBe('3.1.0');
    const result = await new Validator().validate(served);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const committed = fs.readFileSync(OPENAPI_FILE, 'utf8');
    // regenerate with `npm run openapi` when the routes change
    expect(await renderOpenApi()).toBe(committed);
  });
  it('renders the docs page', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

describe('logs', () => {
  it('mask 身份证号 and phone numbers in every line', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info({ applicant: { idNumber: '11010519491231002X', phone: '13805381234' } }, 'received from 11010519491231002X');
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    expect(out).toContain('110105********002X');
    expect(out).not.toContain('11010519491231002X');
    expect(out).not.toContain('13805381234');
    expect(JSON.parse(lines[0] ?? '{}').msg).toBe('received from 110105********002X');
  });
});
