/**
 * What other modules read about accounts: the auth module owns users and user_roles
 * (docs/adr/0017, "Table ownership"), so the others ask here instead of joining them.
 */
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
