/**
 * Issue 15 item 4 (part): a kiosk cannot claim priorities an ID card cannot prove (军人, 残疾人);
 * a window clerk who saw the certificate takes such a ticket. (Kiosk registration and the
 * per-device and per-ID limits: hall-kiosks.test.ts.)
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKiosk } from '../hall-fixtures.js';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const priorityTickets = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM hall_tickets WHERE priority IN ('military', 'disabled')`.execute(t.database.db)).rows[0]?.n);

describe('unprovable priorities', () => {
  it('a flood of 军人/残疾人 tickets from a kiosk is refused and writes nothing; a clerk takes one', async () => {
    const before = await priorityTickets();
    const { headers } = await makeKiosk(t.database.db, '优先号测试取号机');
    for (let i = 0; i < 20; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/hall/tickets', headers, payload: { zone: 'A', priority: i % 2 ? 'military' : 'disabled' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('priority');
    }
    expect(await priorityTickets()).toBe(before);
    const clerk = await t.login('clerk1');
    const taken = await t.app.inject({ method: 'POST', url: '/api/v1/hall/tickets', headers: { cookie: clerk }, payload: { zone: 'A', priority: 'military' } });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(await priorityTickets()).toBe(before + 1);
  });
});
