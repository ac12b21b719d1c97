/**
 * People and access: login with lockout, sessions, self-registration of applicants,
 * staff users and their roles, and the API keys of regulator systems.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sql, type ExpressionBuilder } from 'kysely';
import { maskIdNumber, maskPhone } from '../../../domain/identifiers.js';
import { DEPARTMENT_SCOPED_ROLES, MULTI_DEPARTMENT_ROLES, type Role } from '../../../domain/roles.js';
import type { Config } from '../../config.js';
import { audit } from '../../platform/audit.js';
import {
  auditActor,
  authorizeUser,
  hashToken,
  loadUserActor,
  newToken,
  requireUser,
  type Actor,
  type RoleGrant,
  type UserActor,
} from '../../platform/auth.js';
import type { Db, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { badRequest, conflict, DomainError, notFound, type FieldError } from '../../platform/errors.js';
import { findDepartment } from '../org/org.queries.js';
import type { RegisterBody, UserView } from './auth.schemas.js';

// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolated modules)
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** argon2id hash of a password. */
export function hashPassword(pw: string): Promise<string> {
  return hash(pw, ARGON2);
}

/** The latest lock still running on any address for the user's name (selected as users.locked_until). */
const lockedUntil = (eb: ExpressionBuilder<Database, 'users'>) =>
  eb.selectFrom('login_failures').select((f) => f.fn.max('login_failures.locked_until').as('m')).whereRef('login_failures.username', '=', 'users.username').where('login_failures.locked_until', '>', new Date()).as('locked_until');

type UserRow = { id: string; username: string; display_name: string; kind: 'staff' | 'person' | 'organisation'; id_number: string | null; credit_code: string | null; phone: string | null; locked_until: Date | null; created_at: Date };

/** Login, sessions, users, roles and API keys. */
export class AuthService {
  private dummyHash: Promise<string> | undefined;
  constructor(
    private readonly db: Db,
    private readonly config: Config,
  ) {}

  /**
   * Check a password; on success open a session and return its token. Failures are counted per
   * (username as typed, address): after SHENPI_LOCKOUT_AFTER of them that pair is locked for
   * SHENPI_LOCKOUT_MINUTES, for a known username and an unknown one alike, so the answers (401, then
   * 423) never tell whether an account exists, and nobody can lock someone else out from elsewhere.
   */
  async login(actor: Actor, username: string, password: string): Promise<{ token: string; user: UserActor; expiresAt: Date }> {
    const address = actor.ip ?? 'unknown';
    const invalid = new DomainError('AUTH.INVALID_CREDENTIALS', 401, '用户名或密码错误');
    const throttle = await this.db.selectFrom('login_failures').select('locked_until').where('username', '=', username).where('address', '=', address).executeTakeFirst();
    if (throttle?.locked_until && throttle.locked_until > new Date())
      throw new DomainError('AUTH.LOCKED', 423, '登录失败次数过多，请稍后再试或联系管理员', [], `锁定至 ${throttle.locked_until.toISOString()}`);
    const user = await this.db.selectFrom('users').select(['id', 'username', 'password_hash']).where('username', '=', username).executeTakeFirst();
    // without an account, the same work as a real check, so timing does not tell which usernames exist
    this.dummyHash ??= hashPassword(newToken());
    const ok = await verify(user?.password_hash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !ok) {
      await this.db.transaction().execute(async (trx) => {
        // counted in the database so concurrent attempts cannot overwrite each other's count
        const { failures } = await trx
          .insertInto('login_failures')
          .values({ username, address, failures: 1 })
          .onConflict((oc) => oc.columns(['username', 'address']).doUpdateSet((eb) => ({ failures: eb('login_failures.failures', '+', 1), updated_at: new Date() })))
          .returning('failures')
          .executeTakeFirstOrThrow();
        const lock = failures >= this.config.lockoutAfter;
        if (lock) {
          await trx
            .updateTable('login_failures')
            .set({ failures: 0, locked_until: new Date(Date.now() + this.config.lockoutMinutes * 60_000) })
            .where('username', '=', username)
            .where('address', '=', address)
            .execute();
          // counts nobody touched for a day are forgotten
          await trx.deleteFrom('login_failures').where('updated_at', '<', new Date(Date.now() - 86_400_000)).execute();
        }
        if (user) await audit(trx, auditActor(actor), { action: lock ? 'auth.locked' : 'auth.login_failed', targetType: 'user', targetId: user.id, after: { failedLogins: failures } });
      });
      throw invalid;
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('login_failures').where('username', '=', username).where('address', '=', address).execute();
      await openSession(trx, user.id, token, expiresAt, null);
      await audit(trx, { id: user.id, name: user.username, ip: actor.ip }, { action: 'auth.login', targetType: 'user', targetId: user.id });
    });
    const loaded = await loadUserActor(this.db, user.id, actor.ip);
    if (!loaded) throw invalid;
    return { token, user: loaded, expiresAt };
  }

  /** End the session behind this token; returns the identity platform that had logged it in (null: a password login). */
  async logout(actor: Actor, token: string | undefined): Promise<{ idpIssuer: string | null }> {
    const user = requireUser(actor);
    if (!token) return { idpIssuer: null };
    return this.db.transaction().execute(async (trx) => {
      const ended = await trx.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).returning('idp_issuer').executeTakeFirst();
      await audit(trx, auditActor(user), { action: 'auth.logout', targetType: 'user', targetId: user.userId });
      return { idpIssuer: ended?.idp_issuer ?? null };
    });
  }

  /** An applicant registers with a real name and a valid 身份证号 or 统一社会信用代码, and is logged in. */
  async register(actor: Actor, body: RegisterBody) {
    const id = crypto.randomUUID();
    const passwordHash = await hashPassword(body.password);
    await this.db.transaction().execute(async (trx) => {
      await this.assertUnique(trx, body.username);
      await trx
        .insertInto('users')
        .values({
          id,
          username: body.username,
          password_hash: passwordHash,
          display_name: body.displayName,
          kind: body.kind,
          id_number: body.kind === 'person' ? (body.idNumber ?? null) : null,
          credit_code: body.kind === 'organisation' ? (body.creditCode ?? null) : null,
          phone: body.phone ?? null,
        })
        .execute();
      await trx.insertInto('user_roles').values({ user_id: id, role: 'applicant', department_code: null }).execute();
      await audit(trx, { id, name: body.username, ip: actor.ip }, { action: 'user.register', targetType: 'user', targetId: id, after: presentUser(await this.userRow(trx, id), [{ role: 'applicant', departmentCode: null }]) });
    });
    return this.login(actor, body.username, body.password);
  }

  /** Users with masked personal data (admin). */
  async listUsers(actor: Actor, q: { q?: string; role?: Role; page: number; pageSize: number }) {
    authorizeUser(actor, 'users.manage');
    let query = this.db.selectFrom('users');
    if (q.q) query = query.where((eb) => eb.or([eb('username', 'ilike', `%${q.q}%`), eb('display_name', 'ilike', `%${q.q}%`)]));
    if (q.role) {
      const role = q.role;
      query = query.where('id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', role));
    }
    const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const rows = await query
      .select(['id', 'username', 'display_name', 'kind', 'id_number', 'credit_code', 'phone', 'created_at', lockedUntil])
      .orderBy('kind')
      .orderBy('username')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    const grants = await this.grantsOf(rows.map((r) => r.id));
    return { items: rows.map((r) => presentUser(r, grants.get(r.id) ?? [])), total };
  }

  /** Create a staff user with roles (admin). */
  async createUser(actor: Actor, body: { username: string; displayName: string; password: string; roles: RoleGrant[]; phone?: string }) {
    const admin = authorizeUser(actor, 'users.manage');
    const id = crypto.randomUUID();
    const passwordHash = await hashPassword(body.password);
    return this.db.transaction().execute(async (trx) => {
      await this.assertUnique(trx, body.username);
      await this.assertGrants(trx, body.roles);
      await trx
        .insertInto('users')
        .values({ id, username: body.username, password_hash: passwordHash, display_name: body.displayName, kind: 'staff', id_number: null, credit_code: null, phone: body.phone ?? null })
        .execute();
      await this.writeGrants(trx, id, body.roles);
      const view = presentUser(await this.userRow(trx, id), body.roles);
      await audit(trx, auditActor(admin), { action: 'user.create', targetType: 'user', targetId: id, after: view });
      return view;
    });
  }

  /** Replace a user's roles (admin). */
  async setRoles(actor: Actor, userId: string, roles: RoleGrant[]) {
    const admin = authorizeUser(actor, 'users.manage');
    return this.db.transaction().execute(async (trx) => {
      const row = await this.userRow(trx, userId);
      const before = (await this.grantsOf([userId], trx)).get(userId) ?? [];
      await this.assertGrants(trx, roles);
      if (userId === admin.userId && !roles.some((r) => r.role === 'admin'))
        throw conflict('USER.SELF_LOCKOUT', '不能移除自己的管理员角色');
      await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
      await this.writeGrants(trx, userId, roles);
      await audit(trx, auditActor(admin), { action: 'user.set_roles', targetType: 'user', targetId: userId, before: { roles: before }, after: { roles } });
      return presentUser(row, roles);
    });
  }

  /** Lift a lockout (admin). */
  async unlock(actor: Actor, userId: string) {
    const admin = authorizeUser(actor, 'users.manage');
    return this.db.transaction().execute(async (trx) => {
      const row = await this.userRow(trx, userId);
      await trx.deleteFrom('login_failures').where('username', '=', row.username).execute();
      await audit(trx, auditActor(admin), { action: 'user.unlock', targetType: 'user', targetId: userId, before: { lockedUntil: row.locked_until } });
      const grants = (await this.grantsOf([userId], trx)).get(userId) ?? [];
      return presentUser({ ...row, locked_until: null }, grants);
    });
  }

  /** The unmasked 身份证号 of a user (admin); every read is recorded in the audit trail. */
  async revealIdNumber(actor: Actor, userId: string): Promise<{ idNumber: string | null }> {
    const admin = authorizeUser(actor, 'users.manage');
    return this.db.transaction().execute(async (trx) => {
      const row = await this.userRow(trx, userId);
      await audit(trx, auditActor(admin), { action: 'pii.read_id_number', targetType: 'user', targetId: userId });
      return { idNumber: row.id_number };
    });
  }

  /** API keys of regulator systems, never their secret (admin). */
  async listApiKeys(actor: Actor) {
    authorizeUser(actor, 'apikeys.manage');
    const rows = await this.db.selectFrom('api_keys').selectAll().orderBy('created_at', 'desc').execute();
    return { items: rows.map(presentKey) };
  }

  /** Create an API key for a regulator department; the key is returned once and stored only as a hash. */
  async createApiKey(actor: Actor, body: { name: string; departmentCode: string }) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    const key = `spk_${newToken()}`;
    const id = crypto.randomUUID();
    return this.db.transaction().execute(async (trx) => {
      const dept = await findDepartment(trx, body.departmentCode);
      if (!dept) throw badRequest('REQUEST.INVALID', '部门不存在', [{ path: 'departmentCode', message: '部门不存在' }]);
      await trx
        .insertInto('api_keys')
        .values({ id, name: body.name, department_code: body.departmentCode, prefix: key.slice(0, 12), key_hash: hashToken(key), created_by: admin.userId, last_used_at: null, revoked_at: null })
        .execute();
      await audit(trx, auditActor(admin), { action: 'apikey.create', targetType: 'api_key', targetId: id, after: { name: body.name, departmentCode: body.departmentCode, prefix: key.slice(0, 12) } });
      return { id, prefix: key.slice(0, 12), key };
    });
  }

  /** Revoke an API key (admin). */
  async revokeApiKey(actor: Actor, id: string) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('api_keys').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) throw notFound('APIKEY.NOT_FOUND', '接口密钥不存在');
      if (row.revoked_at) return;
      await trx.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', id).execute();
      await audit(trx, auditActor(admin), { action: 'apikey.revoke', targetType: 'api_key', targetId: id, before: presentKey(row) });
    });
  }

  private async userRow(trx: Trx, id: string): Promise<UserRow> {
    const row = await trx
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'kind', 'id_number', 'credit_code', 'phone', 'created_at', lockedUntil])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('USER.NOT_FOUND', '用户不存在');
    return row;
  }

  private async grantsOf(ids: string[], ex: Db | Trx = this.db): Promise<Map<string, RoleGrant[]>> {
    const map = new Map<string, RoleGrant[]>();
    if (ids.length === 0) return map;
    const rows = await ex.selectFrom('user_roles').selectAll().where('user_id', 'in', ids).orderBy('role').execute();
    for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), { role: r.role, departmentCode: r.department_code }]);
    return map;
  }

  /** A username is taken once; a 身份证号 or 信用代码 is only a claim, so registration never says whether one is known. */
  private async assertUnique(trx: Trx, username: string) {
    // serialise registrations so two requests for one name cannot both pass the check
    await sql`SELECT pg_advisory_xact_lock(74837202)`.execute(trx);
    if (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())
      throw new DomainError('USER.DUPLICATE', 409, '账号信息已存在', [{ path: 'username', message: '用户名已被使用' }]);
  }

  private async assertGrants(trx: Trx, roles: RoleGrant[]) {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [i, g] of roles.entries()) {
      // a role is held once, except those held for several departments (a deputy director's divisions)
      const key = MULTI_DEPARTMENT_ROLES.includes(g.role as Role) ? `${g.role}:${g.departmentCode ?? ''}` : g.role;
      if (seen.has(key)) errors.push({ path: `roles.${i}.role`, message: '角色重复' });
      seen.add(key);
      if (DEPARTMENT_SCOPED_ROLES.includes(g.role as Role) && !g.departmentCode)
        errors.push({ path: `roles.${i}.departmentCode`, message: '该角色须指定所属部门' });
      if (g.departmentCode && !(await findDepartment(trx, g.departmentCode)))
        errors.push({ path: `roles.${i}.departmentCode`, message: '部门不存在' });
    }
    if (errors.length) throw badRequest('REQUEST.INVALID', '角色设置有误', errors);
  }

  private async writeGrants(trx: Trx, userId: string, roles: RoleGrant[]) {
    if (roles.length === 0) return;
    await trx
      .insertInto('user_roles')
      .values(roles.map((r) => ({ user_id: userId, role: r.role, department_code: r.departmentCode })))
      .execute();
  }
}

/** Open a session for `userId` behind `token` (its sessions already expired are dropped); `idpIssuer`: the identity platform that logged it in. */
export async function openSession(trx: Trx, userId: string, token: string, expiresAt: Date, idpIssuer: string | null): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<', new Date()).execute();
  await trx.insertInto('sessions').values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt, idp_issuer: idpIssuer }).execute();
}

/** A user as screens show it: personal data masked. */
export function presentUser(r: UserRow, roles: RoleGrant[]): UserView {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    kind: r.kind,
    roles,
    locked: !!r.locked_until && r.locked_until > new Date(),
    idNumber: r.id_number ? maskIdNumber(r.id_number) : null,
    creditCode: r.credit_code,
    phone: r.phone ? maskPhone(r.phone) : null,
    createdAt: r.created_at.toISOString(),
  };
}

function presentKey(r: { id: string; name: string; department_code: string; prefix: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }) {
  return {
    id: r.id,
    name: r.name,
    departmentCode: r.department_code,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

/** The Me shape of /auth/me and /auth/login. */
export function presentMe(u: UserActor) {
  return { id: u.userId, username: u.username, displayName: u.displayName, kind: u.userKind, roles: u.roles, permissions: u.permissions };
}
