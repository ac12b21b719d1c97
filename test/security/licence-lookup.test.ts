/**
 * Issue 15 item 3: licence numbers can be walked, so lookups by number are few per address (and
 * mask a person's name: test/documents.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../harness.js';
import { LICENCE_NO } from './operations.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('licence lookups by number', () => {
  it('are limited to 20 a minute per address; another address is not affected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await t.app.inject({ url: `/api/v1/licences/${LICENCE_NO}/verify`, remoteAddress: '198.51.100.7' })).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 404)).toBe(true);
    expect(codes[20]).toBe(429);
    expect((await t.app.inject({ url: `/api/v1/licences/${LICENCE_NO}/verify`, remoteAddress: '198.51.100.8' })).statusCode).toBe(404);
  });
});
