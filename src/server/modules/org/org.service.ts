/**
 * The organisation: the bureau with its divisions and institutions, the former owner agencies
 * as regulators, and the hall's zones and windows.
 */
import { auditActor, authorize, type Actor } from '../../platform/auth.js';
import { audit } from '../../platform/audit.js';
import type { Db, Executor, Trx } from '../../platform/db.js';
import { badRequest } from '../../platform/errors.js';
import type { OrgFile } from './org.schemas.js';

/** Departments, zones and windows. */
export class OrgService {
  constructor(private readonly db: Db) {}

  /** All departments, bureau first, with how many items each decides or regulates (public). */
  async listDepartments(itemCounts: Map<string, number>) {
    const rows = await this.db.selectFrom('departments').selectAll().orderBy('sort_order').execute();
    return {
      items: rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, parentCode: r.parent_code, creditCode: r.credit_code, itemCount: itemCounts.get(r.code) ?? 0 })),
    };
  }

  /** Zones with their windows (public). */
  async listZones() {
    const zones = await this.db.selectFrom('zones').selectAll().orderBy('sort_order').execute();
    const windows = await this.db.selectFrom('windows').selectAll().orderBy('zone_code').orderBy('number').execute();
    return {
      items: zones.map((z) => ({
        code: z.code,
        name: z.name,
        windows: windows.filter((w) => w.zone_code === z.code).map((w) => ({ id: w.id, number: w.number, name: w.name, comprehensive: w.comprehensive })),
      })),
    };
  }

  /** Names of departments and zones by code, for presenting items. */
  async names(ex: Executor = this.db): Promise<{ departments: Map<string, string>; zones: Map<string, string> }> {
    const d = await ex.selectFrom('departments').select(['code', 'name']).execute();
    const z = await ex.selectFrom('zones').select(['code', 'name']).execute();
    return { departments: new Map(d.map((r) => [r.code, r.name])), zones: new Map(z.map((r) => [r.code, r.name])) };
  }

  /** The department of the calling regulator system (API key). */
  async whoami(actor: Actor) {
    const a = authorize(actor, 'exchange.regulator');
    const dept = a.type === 'apikey' ? a.departmentCode : (a.roles.find((r) => r.role === 'regulator')?.departmentCode ?? null);
    const row = dept ? await this.db.selectFrom('departments').select(['code', 'name', 'kind']).where('code', '=', dept).executeTakeFirst() : undefined;
    return { type: a.type, name: a.type === 'apikey' ? a.name : a.username, department: row ?? null };
  }

  /** Load an organisation file into an empty organisation (demo seed, set-up). */
  async load(trx: Trx, actor: Actor, org: OrgFile): Promise<void> {
    const existing = await trx.selectFrom('departments').select('code').limit(1).execute();
    if (existing.length) throw badRequest('ORG.NOT_EMPTY', '机构数据已存在，不能重复导入');
    const codes = new Set(org.departments.map((d) => d.code));
    const missing = org.departments.filter((d) => d.parentCode && !codes.has(d.parentCode));
    if (missing.length)
      throw badRequest('ORG.INVALID', '上级部门不存在', missing.map((d) => ({ path: `departments.${d.code}.parentCode`, message: `上级部门 ${d.parentCode} 不存在` })));
    // parents before children
    const ordered = [...org.departments].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
    await trx
      .insertInto('departments')
      .values(ordered.map((d) => ({ code: d.code, name: d.name, kind: d.kind, parent_code: d.parentCode, credit_code: d.creditCode, sort_order: org.departments.indexOf(d) })))
      .execute();
    for (const [i, z] of org.zones.entries()) {
      await trx.insertInto('zones').values({ code: z.code, name: z.name, sort_order: i }).execute();
      if (z.windows.length)
        await trx.insertInto('windows').values(z.windows.map((w) => ({ zone_code: z.code, number: w.number, name: w.name, comprehensive: w.comprehensive }))).execute();
    }
    await audit(trx, auditActor(actor), {
      action: 'org.load',
      targetType: 'organisation',
      after: { departments: org.departments.length, zones: org.zones.length, windows: org.zones.reduce((n, z) => n + z.windows.length, 0) },
    });
  }
}
