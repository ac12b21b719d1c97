/**
 * What other modules read about accounts: the auth module owns users and user_roles
 * (docs/adr/0017, "Table ownership"), so the others ask here instead of joining them.
 */
import { sql } from 'kysely';
import type { Role } from '../../../domain/roles.js';
import type { Executor } from '../../platform/db.js';

/** The username of each of these accounts that exists, by id. */
export async function usernames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await ex.selectFrom('users').select(['id', 'username']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.username]));
}

/** Accounts holding a role (in any department), by username; only those of `ids` or the one named `username` when given. */
export function usersWithRole(ex: Executor, role: Role, only: { ids?: readonly string[]; username?: string } = {}) {
  let q = ex
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.username', 'users.display_name'])
    .distinct()
    .where('user_roles.role', '=', role);
  if (only.ids) q = q.where('users.id', 'in', only.ids.length ? [...only.ids] : ['00000000-0000-0000-0000-000000000000']);
  if (only.username !== undefined) q = q.where('users.username', '=', only.username);
  return q.orderBy('users.username').execute();
}

/**
 * The accounts' names as a relation to join where a caller's one statement shows who acted
 * (`.innerJoin(accountNames().as('author'), 'author.id', …)`): PostgreSQL flattens the subquery
 * into the join, and only the names are exposed, not the personal data.
 */
export function accountNames() {
  return sql<{ id: string; username: string; display_name: string }>`(SELECT id, username, display_name FROM users)`;
}

/** Display names of accounts, by id. */
export async function displayNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The ID number on a person's account, or null. */
export async function idNumberOf(ex: Executor, userId: string): Promise<string | null> {
  const person = await ex.selectFrom('users').select('id_number').where('id', '=', userId).executeTakeFirst();
  return person?.id_number ?? null;
}

/** The department of an account's grant of a role (the first found), or null. */
export async function departmentOfRole(ex: Executor, userId: string, role: Role): Promise<string | null> {
  const r = await ex.selectFrom('user_roles').select('department_code').where('user_id', '=', userId).where('role', '=', role).executeTakeFirst();
  return r?.department_code ?? null;
}

/** An account's name, kind and credit code (a project's applicant), or undefined. */
export function accountOf(ex: Executor, id: string) {
  return ex.selectFrom('users').select(['id', 'display_name', 'kind', 'credit_code']).where('id', '=', id).executeTakeFirst();
}

/** An account's identity on record, as an application online names its applicant. */
export function identityOnRecord(ex: Executor, userId: string) {
  return ex.selectFrom('users').select(['id_number', 'credit_code', 'phone', 'display_name']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** Staff of some departments (by any of their role grants), one row a grant. */
export function staffOfDepartments(ex: Executor, codes: readonly string[]) {
  if (!codes.length) return Promise.resolve([]);
  return ex
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'user_roles.department_code'])
    .where('user_roles.department_code', 'in', codes)
    .where('users.kind', '=', 'staff')
    .orderBy('user_roles.department_code')
    .orderBy('users.username')
    .execute();
}

/** The grants of some roles, of `scope`'s departments when given, with the holder's name; by name. */
export function grantsOf(ex: Executor, roles: readonly Role[], scope: readonly string[] | null) {
  let query = ex
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'user_roles.role', 'user_roles.department_code'])
    .where('user_roles.role', 'in', [...roles]);
  if (scope) query = query.where('user_roles.department_code', 'in', [...scope]);
  return query.orderBy('users.display_name').execute();
}

/** The account, when it holds one of `roles` in the department. */
export function holderIn(ex: Executor, userId: string, roles: readonly Role[], departmentCode: string) {
  return ex
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name'])
    .where('users.id', '=', userId)
    .where('user_roles.role', 'in', [...roles])
    .where('user_roles.department_code', '=', departmentCode)
    .executeTakeFirst();
}
