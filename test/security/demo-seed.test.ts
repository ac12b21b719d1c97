/**
 * Issue 15 item 5: a restart under SHENPI_DEMO=1 after a normal catalog rename seeds nothing and stops nothing.
 */
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seed.js';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo seed after the catalog moved on', () => {
  it('a renamed item does not stop the seed; nothing is seeded twice', async () => {
    const db = t.database.db;
    await sql`UPDATE catalog_public SET name = '公司设立登记', data = jsonb_set(data, '{name}', '"公司设立登记"') WHERE name = '企业设立登记'`.execute(db);
    await sql`UPDATE catalog_public SET name = '建设工程规划许可', data = jsonb_set(data, '{name}', '"建设工程规划许可"') WHERE name = '建设工程规划许可证核发'`.execute(db);
    const count = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM cases`.execute(db)).rows[0]?.n);
    const before = await count();
    await expect(seedDemo(db, pino({ level: 'silent' }), { now: t.deps.now })).resolves.toBe(false);
    expect(await count()).toBe(before);
  });
});
