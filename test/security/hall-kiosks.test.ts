/**
 * Issue 15 item 4: kiosks are registered devices. The hall manager issues a kiosk its device
 * token (shown once, stored hashed, audited); a ticket without one is refused, so is one from a
 * revoked kiosk; a kiosk issues a few tickets a minute, and an ID number has one open ticket per
 * zone a day. A refused ticket writes nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../../src/domain/calendar.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from '../harness.js';

// a working day after the demo's hall day, so the zones' queues are this file's alone
const DAY = workingDayFrom(new WorkingCalendar(), addCalendarDays(testEpoch(), 3));
let now = beijing(DAY, '09:00');
let t: TestContext;
let manager: string;
beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  manager = await t.login('hall1');
});
afterAll(() => t.close());

const tickets = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM hall_tickets`.execute(t.database.db)).rows[0]?.n);
const ticket = (payload: object, token?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/hall/tickets', payload, headers: token === undefined ? {} : { 'x-kiosk-token': token } });
const register = async (name: string) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/hall/kiosks', headers: { cookie: manager }, payload: { name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; name: string; token: string };
};
const isChinese = (s: string) => /[\u4e00-\u9fa5]/.test(s);

describe('registered kiosks', () => {
  it('the hall manager registers a kiosk: the token is shown once, stored hashed, listed without it, audited; others may not', async () => {
    const k = await register('东门自助取号机');
    expect(k.token.length).toBeGreaterThanOrEqual(32);
    const stored = await sql<{ token_hash: string }>`SELECT token_hash FROM hall_kiosks WHERE id = ${k.id}`.execute(t.database.db);
    expect(stored.rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.token_hash).not.toContain(k.token);
    const list = await t.app.inject({ url: '/api/v1/hall/kiosks', headers: { cookie: manager } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.some((x: { id: number }) => x.id === k.id)).toBe(true);
    expect(list.body).not.toContain(k.token);
    const audited = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action = 'hall.kiosk.register' AND target_id = ${String(k.id)}`.execute(t.database.db);
    expect(Number(audited.rows[0]?.n)).toBe(1);
    for (const who of ['clerk1', 'applicant1']) {
      const cookie = await t.login(who);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/hall/kiosks', headers: { cookie }, payload: { name: 'x' } })).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/api/v1/hall/kiosks', headers: { cookie } })).statusCode).toBe(403);
    }
  });

  it('refuses tickets without a token (401) or with an unknown one (403): an anonymous flood writes nothing', async () => {
    const before = await tickets();
    for (let i = 0; i < 60; i++) {
      const res = await ticket({ zone: 'A', priority: 'normal' });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('HALL.KIOSK_REQUIRED');
      expect(isChinese(res.json().title)).toBe(true);
    }
    const forged = await ticket({ zone: 'A' }, 'made-up-token-0123456789abcdefghijklmnop');
    expect([forged.statusCode, forged.json().code]).toEqual([403, 'HALL.KIOSK_REVOKED']);
    expect(await tickets()).toBe(before);
  });

  it('a revoked kiosk takes no more tickets; the revocation is audited', async () => {
    const k = await register('西门自助取号机');
    expect((await ticket({ zone: 'G' }, k.token)).statusCode).toBe(201);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/hall/kiosks/${k.id}/revoke`, headers: { cookie: manager } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const before = await tickets();
    const refused = await ticket({ zone: 'G' }, k.token);
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'HALL.KIOSK_REVOKED']);
    expect(await tickets()).toBe(before);
    const audited = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action = 'hall.kiosk.revoke' AND target_id = ${String(k.id)}`.execute(t.database.db);
    expect(Number(audited.rows[0]?.n)).toBe(1);
  });

  it('limits one kiosk to 6 tickets a minute (429, nothing written); the next minute it issues again', async () => {
    now = beijing(DAY, '10:00');
    const k = await register('北门自助取号机');
    for (let i = 0; i < 6; i++) expect((await ticket({ zone: 'G' }, k.token)).statusCode).toBe(201);
    const before = await tickets();
    const busy = await ticket({ zone: 'G' }, k.token);
    expect([busy.statusCode, busy.json().code]).toEqual([429, 'HALL.KIOSK_BUSY']);
    expect(busy.json().title).toMatch(/每分钟最多 6 张/);
    expect(await tickets()).toBe(before);
    // another kiosk is not held up by this one
    expect((await ticket({ zone: 'G' }, (await register('南门自助取号机')).token)).statusCode).toBe(201);
    now = new Date(now.getTime() + 61_000);
    expect((await ticket({ zone: 'G' }, k.token)).statusCode).toBe(201);
  });

  it('gives an ID number one open ticket per zone a day (409, nothing written); another zone or day is fine', async () => {
    now = beijing(DAY, '11:00');
    const k = await register('老年人通道取号机');
    const elderly = { priority: 'elderly', idNumber: '110101195003070013' };
    expect((await ticket({ zone: 'F', ...elderly }, k.token)).statusCode).toBe(201);
    const before = await tickets();
    const again = await ticket({ zone: 'F', ...elderly }, k.token);
    expect([again.statusCode, again.json().code]).toEqual([409, 'HALL.ID_HAS_TICKET']);
    expect(isChinese(again.json().title)).toBe(true);
    expect(again.body).not.toContain('110101195003070013');
    expect(await tickets()).toBe(before);
    expect((await ticket({ zone: 'E', ...elderly }, k.token)).statusCode).toBe(201);
    const hashes = await sql<{ id_hash: string | null }>`SELECT id_hash FROM hall_tickets WHERE zone_code = 'F' AND day = ${DAY} AND priority = 'elderly'`.execute(t.database.db);
    expect(hashes.rows.every((r) => r.id_hash !== null && !r.id_hash.includes('110101'))).toBe(true);
    now = beijing(workingDayFrom(new WorkingCalendar(), addCalendarDays(DAY, 1)), '09:00');
    expect((await ticket({ zone: 'F', ...elderly }, k.token)).statusCode).toBe(201);
  });

  it('a window clerk takes a ticket for someone without a kiosk token', async () => {
    const clerk = await t.login('clerk1');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/hall/tickets', headers: { cookie: clerk }, payload: { zone: 'A' } });
    expect(res.statusCode, res.body).toBe(201);
  });
});
