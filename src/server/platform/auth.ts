/**
 * Who is calling: a person by session cookie, a regulator system by API key, or nobody.
 * Services take the resulting Actor and check permissions on their first line.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { permissionsOf, type Permission } from '../../domain/roles.js';
import type { AuditActor } from './audit.js';
import type { Db } from './db.js';
import { forbidden, unauthenticated } from './errors.js';

export const SESSION_COOKIE = 'shenpi_session';

/** A role held by a user, optionally for one department. */
export interface RoleGrant {
  role: string;
  departmentCode: string | null;
}

/** The caller of a request. */
export type Actor =
  | { type: 'anonymous'; ip: string | null }
  | { type: 'system'; name: string; ip: null }
  | {
      type: 'user';
      userId: string;
      username: string;
      displayName: string;
      userKind: 'staff' | 'person' | 'organisation';
      roles: RoleGrant[];
      permissions: Permission[];
      ip: string | null;
    }
  | { type: 'apikey'; keyId: string; name: string; departmentCode: string; permissions: Permission[]; ip: string | null };

export type UserActor = Extract<Actor, { type: 'user' }>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** The route answers without login. Every other /api/v1 route answers 401 to an anonymous caller. */
    public?: boolean;
    /**
     * The caller needs one of these permissions: checked before the input is validated, so that a
     * caller who may not use the route learns nothing about its input (403, not 400). The service
     * still checks what it must (the object, the department); this only puts the refusal first.
     */
    permissions?: readonly Permission[];
  }
}

/** SHA-256 of a secret token, hex; sessions and API keys are stored only this way. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A fresh random token (256 bits, base64url). */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** The actor as the audit trail names it. */
export function auditActor(actor: Actor): AuditActor {
  switch (actor.type) {
    case 'user':
      return { id: actor.userId, name: actor.username, ip: actor.ip };
    case 'apikey':
      return { id: actor.keyId, name: `apikey:${actor.name}`, ip: actor.ip };
    case 'system':
      return { id: null, name: `system:${actor.name}`, ip: null };
    default:
      return { id: null, name: 'anonymous', ip: actor.ip };
  }
}

/** The logged-in person, or 401. */
export function requireUser(actor: Actor): UserActor {
  if (actor.type !== 'user') throw unauthenticated();
  return actor;
}

/** 401 when nobody is logged in, 403 when the caller lacks every one of `perms`. */
export function authorize(actor: Actor, ...perms: Permission[]): Exclude<Actor, { type: 'anonymous' } | { type: 'system' }> {
  if (actor.type === 'anonymous') throw unauthenticated();
  if (actor.type === 'system') throw forbidden('系统任务不能执行此操作');
  if (!perms.some((p) => actor.permissions.includes(p))) throw forbidden(`需要权限: ${perms.join(' 或 ')}`);
  return actor;
}

/** Like authorize, but only people (not API keys) pass. */
export function authorizeUser(actor: Actor, ...perms: Permission[]): UserActor {
  const a = authorize(actor, ...perms);
  if (a.type !== 'user') throw forbidden('此操作需由人员登录办理');
  return a;
}

/** A user with their role grants, one row per grant (one query instead of two). */
function userWithRoles(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.kind', 'user_roles.role', 'user_roles.department_code'])
    .orderBy('user_roles.role');
}

function toUserActor(rows: Awaited<ReturnType<ReturnType<typeof userWithRoles>['execute']>>, ip: string | null): UserActor | null {
  const [user] = rows;
  if (!user) return null;
  const roles = rows.flatMap((r) => (r.role ? [{ role: r.role, departmentCode: r.department_code }] : []));
  return {
    type: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    userKind: user.kind,
    roles,
    permissions: permissionsOf(roles.map((r) => r.role)),
    ip,
  };
}

/** Load a user's actor from their id; used after login, by the CLI and the demo seed. */
export async function loadUserActor(db: Db, userId: string, ip: string | null): Promise<UserActor | null> {
  return toUserActor(await userWithRoles(db).where('users.id', '=', userId).execute(), ip);
}

/** Fastify plugin: resolves `request.actor` from the session cookie or a Bearer API key. */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.actor = await resolveActor(opts.db, request);
  });
  // deny by default: login comes before validation, so an anonymous caller learns nothing about a route's input
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const url = request.routeOptions.url ?? '';
    if (url.startsWith('/api/v1/') && !request.routeOptions.config.public && request.actor.type === 'anonymous') throw unauthenticated();
    const needed = request.routeOptions.config.permissions;
    if (needed) authorize(request.actor, ...needed);
  });
});

async function resolveActor(db: Db, request: FastifyRequest): Promise<Actor> {
  const ip = request.ip ?? null;
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const key = auth.slice(7).trim();
    if (!/^[\w-]+$/.test(key)) return { type: 'anonymous', ip };
    const row = await db
      .selectFrom('api_keys')
      .select(['id', 'name', 'department_code', 'key_hash'])
      .where('prefix', '=', key.slice(0, 12))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row || !safeEqual(row.key_hash, hashToken(key))) return { type: 'anonymous', ip };
    await db.updateTable('api_keys').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
    return { type: 'apikey', keyId: row.id, name: row.name, departmentCode: row.department_code, permissions: ['exchange.regulator'], ip };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return { type: 'anonymous', ip };
  // the session, its user and the user's roles in one query
  const rows = await userWithRoles(db)
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date())
    .execute();
  return toUserActor(rows, ip) ?? { type: 'anonymous', ip };
}

/** Compare two secrets in constant time. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
