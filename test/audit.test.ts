import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { audit, auditMany, verifyAuditChain, type AuditEntry } from '../src/server/platform/audit.js';
import type { Trx } from '../src/server/platform/db.js';
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

  it('appends many entries in one go chained exactly as one audit() per entry would, at one time', async () => {
    const actor = { id: 'u-1', name: '审核员', ip: '10.0.0.1' };
    const entries: AuditEntry[] = [
      { action: 'catalog.version_pass', targetType: 'catalog_version', targetId: 'v-1', before: { stage: 'recheck' }, after: { stage: 'final_review', comment: '同意' } },
      { action: 'catalog.version_pass', targetType: 'catalog_version', targetId: 'v-2' },
      { action: 'catalog.version_pass', targetType: 'catalog_version', targetId: null, before: null, after: { nested: { b: 1, a: [2, '三'] } } },
    ];
    // both ways inside a transaction rolled back, from the same head and at the same (fake) time
    const appended = async (write: (trx: Trx) => Promise<void>) => {
      let rows: unknown[] = [];
      await t.database.db
        .transaction()
        .execute(async (trx) => {
          const { max } = await trx.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('max')).executeTakeFirstOrThrow();
          await write(trx);
          rows = await trx.selectFrom('audit_log').select(['at', 'actor_id', 'actor_name', 'action', 'target_type', 'target_id', 'before', 'after', 'ip', 'prev_hash', 'hash']).where('id', '>', max ?? 0).orderBy('id').execute();
          rows.push(await trx.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow());
          expect(await verifyAuditChain(trx)).toMatchObject({ ok: true });
          throw new Error('roll back');
        })
        .catch((err: Error) => expect(err.message).toBe('roll back'));
      return rows;
    };
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T02:00:00.123Z') });
    try {
      const many = await appended((trx) => auditMany(trx, actor, entries));
      const one = await appended(async (trx) => {
        for (const e of entries) await audit(trx, actor, e);
      });
      expect(many).toHaveLength(entries.length + 1);
      expect(many).toEqual(one);
      expect(many[1]).toMatchObject({ before: null, after: null });
    } finally {
      vi.useRealTimers();
    }
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
