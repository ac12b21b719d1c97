/**
 * Issue 15 item 4 (part): anonymous callers cannot claim priorities an ID card cannot prove
 * (军人, 残疾人); a window clerk who saw the certificate takes such a ticket.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const priorityTickets = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM hall_tickets WHERE priority IN ('military', 'disabled')`.execute(t.database.db)).rows[0]?.n);

describe('unprovable priorities', () => {
  it('a flood of anonymous 军人/残疾人 tickets is refused and writes nothing; a clerk takes one', async () => {
    const before = await priorityTickets();
    for (let i = 0; i < 20; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/hall/tickets', payload: { zone: 'A', priority: i % 2 ? 'military' : 'disabled' } });
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
