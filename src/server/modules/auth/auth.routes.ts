/**
 * /api/v1/auth, /api/v1/users, /api/v1/api-keys, /api/v1/roles.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../domain/roles.js';
import type { AppDeps } from '../../deps.js';
import { authorizeUser, requireUser, SESSION_COOKIE } from '../../platform/auth.js';
import { DomainError, notFound, problem } from '../../platform/errors.js';
import {
  apiKeyView,
  createApiKeyBody,
  createUserBody,
  idParam,
  listUsersQuery,
  loginBody,
  me,
  registerBody,
  setRolesBody,
  userView,
} from './auth.schemas.js';
import { presentMe, type AuthService } from './auth.service.js';
import { identityOf, verifyIdentity } from './identity.js';
import type { UnifiedIdentityService } from './oidc.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

/** The cookie that holds a login through the unified identity platform while the browser is there. */
const OIDC_COOKIE = 'shenpi_oidc';
const OIDC_PATH = '/api/v1/auth/oidc';
/** The platform login's refusals a browser is sent back to the login page with. */
const OIDC_REFUSALS = new Set(['AUTH.OIDC_FAILED', 'AUTH.OIDC_IDENTITY_INCOMPLETE', 'AUTH.OIDC_UNAVAILABLE']);

export const authRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; service: AuthService; unifiedIdentity: UnifiedIdentityService | null }> = async (
  app,
  { deps, service, unifiedIdentity },
) => {
  const setCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: deps.config.secureCookies, expires });
  const oidcOn = () => {
    if (!unifiedIdentity) throw notFound('AUTH.OIDC_OFF', '本系统未启用统一身份认证登录');
    return unifiedIdentity;
  };

  app.get(
    '/auth/oidc',
    { config: { public: true }, schema: { tags: ['auth'], summary: '统一身份认证登录是否启用', response: { 200: z.object({ enabled: z.boolean() }) } } },
    async () => ({ enabled: unifiedIdentity !== null }),
  );

  app.get(
    '/auth/oidc/login',
    {
      config: { public: true, rateLimit: { max: deps.config.loginRate, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '统一身份认证登录：转到省统一身份认证平台（授权码模式，PKCE、state、nonce）',
        querystring: z.strictObject({
          returnTo: z
            .string()
            .max(500)
            .regex(/^\/(?![\/\\])[^\s\\]*$/, '应为本站路径（以 / 开头）')
            .default('/')
            .describe('登录后回到的本站路径'),
        }),
        response: { 302: z.null(), 400: problem, 404: problem, 429: problem, 502: problem },
      },
    },
    async (req, reply) => {
      const { url, handle } = await oidcOn().begin(req.query.returnTo);
      reply.setCookie(OIDC_COOKIE, handle, { httpOnly: true, sameSite: 'lax', path: OIDC_PATH, secure: deps.config.secureCookies, maxAge: 600 });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { public: true, rateLimit: { max: deps.config.loginRate, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '统一身份认证平台回调：核验 state、nonce、id_token 签名与有效期，关联或创建账号并绑定身份',
        querystring: z.object({ code: z.string().max(2000).optional(), state: z.string().max(500).optional() }).catchall(z.string().max(2000)),
        response: { 302: z.null(), 400: problem, 401: problem, 403: problem, 404: problem, 429: problem, 502: problem },
      },
    },
    async (req, reply) => {
      const oidc = oidcOn();
      const search = new URL(req.url, 'http://callback').search;
      reply.clearCookie(OIDC_COOKIE, { path: OIDC_PATH });
      try {
        const { token, expiresAt, returnTo } = await oidc.finish(req.actor, req.cookies[OIDC_COOKIE], search);
        setCookie(reply, token, expiresAt);
        return reply.redirect(returnTo, 302);
      } catch (e) {
        // a browser back from the platform sees the login page with the reason, not a JSON answer
        if (e instanceof DomainError && OIDC_REFUSALS.has(e.code) && req.headers.accept?.includes('text/html')) {
          req.log.warn({ code: e.code, detail: e.detail }, 'unified identity login refused');
          return reply.redirect(`/login?oidcError=${encodeURIComponent(e.code)}`, 302);
        }
        throw e;
      }
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: deps.config.loginRate, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: z.object({ user: me }), 401: problem, 423: problem, 429: problem, 400: problem } },
    },
    async (req, reply) => {
      const { token, user, expiresAt } = await service.login(req.actor, req.body.username, req.body.password);
      setCookie(reply, token, expiresAt);
      return { user: presentMe(user) };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: '退出登录（统一身份认证登录的会话：答 200 与平台的退出地址，浏览器转到该地址结束平台会话）',
        response: { 200: z.object({ endSessionUrl: z.string() }), 204: z.null(), 401: problem },
      },
    },
    async (req, reply) => {
      const { idpIssuer } = await service.logout(req.actor, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      const endSessionUrl = idpIssuer && unifiedIdentity ? await unifiedIdentity.endSessionUrl().catch(() => null) : null;
      return endSessionUrl ? { endSessionUrl } : reply.status(204).send(null);
    },
  );

  app.post(
    '/identity-verifications',
    {
      // who may verify is settled before the input is looked at
      preValidation: async (req) => void authorizeUser(req.actor, 'case.window'),
      schema: {
        tags: ['auth'],
        summary: '窗口核验申请人身份并绑定账号（查验居民身份证或营业执照原件；号码须与账号登记的一致）',
        body: z.strictObject({
          username: z.string().trim().min(1).max(64),
          document: z.enum(['id_card', 'business_licence']).describe('id_card 居民身份证，business_licence 营业执照'),
          number: z.string().trim().min(15).max(18).describe('证件上的身份证号或统一社会信用代码'),
        }),
        response: { 200: z.object({ userId: z.string(), kind: z.enum(['person', 'organisation']), document: z.string(), verifiedAt: z.string(), verifiedBy: z.string() }), ...errors },
      },
    },
    async (req) => verifyIdentity(deps.database.db, req.actor, req.body),
  );

  app.get(
    '/auth/identity',
    {
      schema: {
        tags: ['auth'],
        summary: '本账号的身份核验：由谁核验（窗口或统一身份认证平台）、何时、实名等级；未核验为 null',
        response: {
          200: z.object({
            identity: z
              .object({ kind: z.enum(['person', 'organisation']), document: z.enum(['id_card', 'business_licence', 'unified_identity']), verifiedAt: z.string(), verifiedBy: z.string(), realNameLevel: z.enum(['L1', 'L2', 'L3']) })
              .nullable(),
          }),
          401: problem,
        },
      },
    },
    async (req) => ({ identity: await identityOf(deps.database.db, requireUser(req.actor).userId) }),
  );

  app.get('/auth/me', { schema: { tags: ['auth'], summary: '当前用户', response: { 200: me, 401: problem } } }, async (req) =>
    presentMe(requireUser(req.actor)),
  );

  app.get(
    '/auth/session',
    { config: { public: true }, schema: { tags: ['auth'], summary: '当前会话（未登录时 user 为 null，不报错）', response: { 200: z.object({ user: me.nullable() }) } } },
    async (req) => ({ user: req.actor.type === 'user' ? presentMe(req.actor) : null }),
  );

  app.post(
    '/auth/register',
    {
      config: { public: true, rateLimit: { max: deps.config.loginRate, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '申请人注册（实名）', body: registerBody, response: { 201: z.object({ user: me }), 400: problem, 409: problem, 429: problem } },
    },
    async (req, reply) => {
      const { token, user, expiresAt } = await service.register(req.actor, req.body);
      setCookie(reply, token, expiresAt);
      return reply.status(201).send({ user: presentMe(user) });
    },
  );

  app.get(
    '/roles',
    { schema: { tags: ['users'], summary: '角色与权限', response: { 200: z.object({ items: z.array(z.object({ role: z.string(), name: z.string(), permissions: z.array(z.string()) })) }), ...errors } } },
    async (req) => {
      authorizeUser(req.actor, 'users.manage');
      return { items: Object.entries(ROLES).map(([role, r]) => ({ role, name: r.name, permissions: [...r.permissions] })) };
    },
  );

  app.get(
    '/users',
    { schema: { tags: ['users'], summary: '用户列表', querystring: listUsersQuery, response: { 200: z.object({ items: z.array(userView), total: z.number() }), ...errors } } },
    async (req) => service.listUsers(req.actor, req.query),
  );

  app.post(
    '/users',
    { schema: { tags: ['users'], summary: '新建工作人员账号', body: createUserBody, response: { 201: userView, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createUser(req.actor, req.body)),
  );

  app.put(
    '/users/:id/roles',
    { schema: { tags: ['users'], summary: '设置角色', params: idParam, body: setRolesBody, response: { 200: userView, ...errors } } },
    async (req) => service.setRoles(req.actor, req.params.id, req.body.roles),
  );

  app.post(
    '/users/:id/unlock',
    { schema: { tags: ['users'], summary: '解除锁定', params: idParam, response: { 200: userView, ...errors } } },
    async (req) => service.unlock(req.actor, req.params.id),
  );

  app.get(
    '/users/:id/id-number',
    { schema: { tags: ['users'], summary: '查看完整身份证号（记入审计）', params: idParam, response: { 200: z.object({ idNumber: z.string().nullable() }), ...errors } } },
    async (req) => service.revealIdNumber(req.actor, req.params.id),
  );

  app.get(
    '/api-keys',
    { schema: { tags: ['api-keys'], summary: '接口密钥列表', response: { 200: z.object({ items: z.array(apiKeyView) }), ...errors } } },
    async (req) => service.listApiKeys(req.actor),
  );

  app.post(
    '/api-keys',
    {
      schema: {
        tags: ['api-keys'],
        summary: '新建接口密钥（密钥仅此一次显示）',
        body: createApiKeyBody,
        response: { 201: z.object({ id: z.string(), prefix: z.string(), key: z.string() }), ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createApiKey(req.actor, req.body)),
  );

  app.delete(
    '/api-keys/:id',
    { schema: { tags: ['api-keys'], summary: '吊销接口密钥', params: idParam, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await service.revokeApiKey(req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
