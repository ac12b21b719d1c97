/**
 * What other modules read about the organisation: org owns departments, zones and windows
 * (docs/adr/0017, "Table ownership"), so the others ask here instead of naming them.
 *
 * Where a caller's one statement joins a department or a window today, it joins the relation
 * returned here instead (`.innerJoin(departmentsRelation().as('d'), 'd.code', …)`): the same single
 * statement (PostgreSQL flattens the subquery into the join), with the table named only in org.
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db.js';
import type { DepartmentsTable, WindowsTable } from '../../platform/db-types.js';

type DepartmentKind = DepartmentsTable['kind'];

/** The departments as a relation to join: code, name, kind (bureau, division, institution, regulator) and display order. */
export function departmentsRelation() {
  return sql<{ code: string; name: string; kind: DepartmentKind; sort_order: number }>`(SELECT code, name, kind, sort_order FROM departments)`;
}

/** The hall's windows as a relation to join: id and the zone the window is in. */
export function windowsRelation() {
  return sql<{ id: number; zone_code: WindowsTable['zone_code'] }>`(SELECT id, zone_code FROM windows)`;
}

/** Departments in display order: all, or those of `codes`, or of a kind. */
export function listDepartments(ex: Executor, only: { codes?: readonly string[]; kind?: DepartmentKind } = {}) {
  if (only.codes?.length === 0) return Promise.resolve([]);
  let q = ex.selectFrom('departments').select(['code', 'name', 'kind']);
  if (only.codes) q = q.where('code', 'in', [...only.codes]);
  if (only.kind !== undefined) q = q.where('kind', '=', only.kind);
  return q.orderBy('sort_order').orderBy('code').execute();
}

/** One department by code, or undefined. */
export function findDepartment(ex: Executor, code: string) {
  return ex.selectFrom('departments').select(['code', 'name', 'kind']).where('code', '=', code).executeTakeFirst();
}

/** A department a foreign key holds (an API key's, an inbound message's): missing is a bug, so it throws. */
export function getDepartment(ex: Executor, code: string) {
  return ex.selectFrom('departments').select(['code', 'name', 'kind']).where('code', '=', code).executeTakeFirstOrThrow();
}

/** The codes of the hall's zones. */
export async function zoneCodes(ex: Executor): Promise<Set<string>> {
  return new Set((await ex.selectFrom('zones').select('code').execute()).map((z) => z.code));
}
