import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records every write with actor, target, before/after and address', async () => {
    const admin = await t.login('admin');
    const user = (await t.app.inject({ url: '/api/v1/users?q=clerk2', headers: { cookie: admin } })).json().items[0];
    await t.app.inject({ method: 'PUT', url: `/api/v1/users/${user.id}/roles`, headers: { cookie: admin }, payload: { roles: [{ role: 'window_clerk', departmentCode: user.roles[0].departmentCode }, { role: 'case_reviewer', departmentCode: user.roles[0].departmentCode }] }, remoteAddress: '10.1.2.3' });
    const res = await t.app.inject({ url: `/api/v1/audit?action=user.set_roles&targetId=${user.id}`, headers: { cookie: admin } });
    const row = res.json().items[0];
    expect(row).toMatchObject({ actorName: 'admin', action: 'user.set_roles', targetType: 'user', targetId: user.id, ip: '10.1.2.3' });
    expect(row.before.roles.map((r: { role: string }) => r.role)).toEqual(['window_clerk']);
    expect(row.after.roles.map((r: { role: string }) => r.role)).toEqual(['window_clerk', 'case_reviewer']);
  });

  it('verifies the hash chain, and finds the first altered row', async () => {
    const admin = await t.login('admin');
    const ok = (await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: admin } })).json();
    expect(ok.ok).toBe(true);
    expect(ok.count).toBeGreaterThan(300);
    const victim = await t.database.db.selectFrom('audit_log').select('id').orderBy('id').offset(5).limit(1).executeTakeFirstOrThrow();
    await sql`UPDATE audit_log SET actor_name = 'mallory' WHERE id = ${victim.id}`.execute(t.database.db);
    const broken = (await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: admin } })).json();
    expect(broken).toMatchObject({ ok: false, brokenAt: victim.id });
  });

  it('finds a row deleted from the end', async () => {
    const fresh = await createTestApp();
    try {
      const admin = await fresh.login('admin');
      const last = await fresh.database.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
      await sql`DELETE FROM audit_log WHERE id = ${last.id}`.execute(fresh.database.db);
      const res = (await fresh.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: admin } })).json();
      expect(res.ok).toBe(false);
    } finally {
      await fresh.close();
    }
  });
});
