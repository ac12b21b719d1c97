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
