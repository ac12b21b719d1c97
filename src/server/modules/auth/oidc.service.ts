/**
 * Unified identity (统一身份认证, docs/adr/0018): citizens and companies log in through the
 * province's identity platform by OpenID Connect — authorization code flow with PKCE, state and
 * nonce (openid-client). The id_token's signature is checked against the platform's JWKS (a key id
 * the cached set does not hold makes the client fetch the set again), its issuer, audience, expiry
 * and nonce by the same library. The platform's claims prove the identity: the first login links
 * the account holding that 身份证号 or 统一社会信用代码, or creates one, and binds the identity as
 * proven (identity_verifications, document 'unified_identity'), with the real-name level and, for a
 * company, the handler (经办人) and the authority the platform gave them.
 */
import crypto from 'node:crypto';
import * as client from 'openid-client';
import { isValidCreditCode, isValidIdNumber, maskIdNumber } from '../../../domain/identifiers.js';
import { REALNAME_LEVELS, type RealNameLevel } from '../../../domain/catalog-terms.js';
import type { Config } from '../../config.js';
import { audit } from '../../platform/audit.js';
import { hashToken, loadUserActor, newToken, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Trx } from '../../platform/db.js';
import { DomainError } from '../../platform/errors.js';
import { openSession } from './auth.service.js';

export type OidcConfig = NonNullable<Config['oidc']>;

/** Minutes a login may take at the platform before its state, nonce and verifier are forgotten. */
const LOGIN_MINUTES = 10;

/** What the platform proved, read from the id_token's claims. */
export type ProvenIdentity =
  | { kind: 'person'; subject: string; name: string; idNumber: string; level: RealNameLevel }
  | {
      kind: 'organisation';
      subject: string;
      orgName: string;
      creditCode: string;
      level: RealNameLevel;
      handler: { name: string; idNumber: string | null; authority: string };
    };

const failed = (detail: string) => new DomainError('AUTH.OIDC_FAILED', 401, '统一身份认证登录未通过，请重新登录', [], detail);
const incomplete = (detail: string) => new DomainError('AUTH.OIDC_IDENTITY_INCOMPLETE', 403, '统一身份认证平台未提供办理所需的身份信息', [], detail);

/** The real-name level of a claim value: L1–L3, 1–3 or "1"–"3". */
function levelOf(value: unknown): RealNameLevel | null {
  const s = typeof value === 'number' ? `L${value}` : typeof value === 'string' ? (/^\d$/.test(value) ? `L${value}` : value.toUpperCase()) : '';
  return s in REALNAME_LEVELS ? (s as RealNameLevel) : null;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The identity the claims prove, or why they do not (a company: 统一社会信用代码 + handler; a person: 身份证号). */
export function provenIdentity(claims: Record<string, unknown>, names: OidcConfig['claims']): ProvenIdentity {
  const subject = text(claims.sub);
  if (!subject) throw incomplete('id_token 没有 sub');
  const level = levelOf(claims[names.level]);
  if (!level) throw incomplete(`缺少实名等级（${names.level}）`);
  const name = text(claims[names.name]);
  const creditCode = text(claims[names.creditCode])?.toUpperCase() ?? null;
  const idNumber = text(claims[names.idNumber])?.toUpperCase() ?? null;
  if (idNumber !== null && !isValidIdNumber(idNumber)) throw incomplete(`身份证号（${names.idNumber}）格式或校验位不正确`);
  if (creditCode !== null) {
    if (!isValidCreditCode(creditCode)) throw incomplete(`统一社会信用代码（${names.creditCode}）格式或校验位不正确`);
    const orgName = text(claims[names.orgName]);
    if (!orgName) throw incomplete(`缺少单位名称（${names.orgName}）`);
    if (!name) throw incomplete(`缺少经办人姓名（${names.name}）`);
    const authority = text(claims[names.authority]);
    if (!authority) throw incomplete(`缺少经办人权限（${names.authority}）`);
    return { kind: 'organisation', subject, orgName, creditCode, level, handler: { name, idNumber, authority } };
  }
  if (!idNumber) throw incomplete(`缺少身份证号（${names.idNumber}）或统一社会信用代码（${names.creditCode}）`);
  if (!name) throw incomplete(`缺少姓名（${names.name}）`);
  return { kind: 'person', subject, name, idNumber, level };
}

/** Logins through the province's unified identity platform, and its single logout. */
export class UnifiedIdentityService {
  private server: Promise<client.Configuration> | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: OidcConfig,
    private readonly sessionHours: number,
    private readonly now: () => Date,
  ) {}

  /** The platform's metadata (discovery), fetched once; a failed fetch is tried again next time. */
  private configuration(): Promise<client.Configuration> {
    this.server ??= client
      .discovery(new URL(this.config.issuer), this.config.clientId, undefined, client.ClientSecretBasic(this.config.clientSecret), {
        execute: this.config.allowInsecure ? [client.allowInsecureRequests] : [],
      })
      .then((c) => {
        // the id_token's signature is checked against the JWKS, not only trusted for coming over TLS
        client.enableNonRepudiationChecks(c);
        return c;
      })
      .catch((e: unknown) => {
        this.server = undefined;
        throw new DomainError('AUTH.OIDC_UNAVAILABLE', 502, '统一身份认证平台暂时无法访问，请稍后再试', [], e instanceof Error ? e.message : String(e));
      });
    return this.server;
  }

  /** Start a login: the platform's authorization URL, and the handle the browser keeps in a cookie until it comes back. */
  async begin(returnTo: string): Promise<{ url: string; handle: string }> {
    const server = await this.configuration();
    const handle = newToken();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await this.db
      .insertInto('oidc_logins')
      .values({ handle_hash: hashToken(handle), state, nonce, code_verifier: codeVerifier, return_to: returnTo, expires_at: new Date(Date.now() + LOGIN_MINUTES * 60_000) })
      .execute();
    await this.db.deleteFrom('oidc_logins').where('expires_at', '<', new Date()).execute();
    const url = client.buildAuthorizationUrl(server, {
      redirect_uri: this.config.redirectUri,
      scope: this.config.scopes,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, handle };
  }

  /**
   * The platform sent the browser back (`search`: the callback's query). The login the handle names
   * is used up whatever happens; the code is exchanged with its verifier, and the id_token must carry
   * its nonce, be signed by the platform, unexpired, and meant for this client.
   */
  async finish(actor: Actor, handle: string | undefined, search: string): Promise<{ token: string; user: UserActor; expiresAt: Date; returnTo: string }> {
    const login = handle
      ? await this.db.deleteFrom('oidc_logins').where('handle_hash', '=', hashToken(handle)).returningAll().executeTakeFirst()
      : undefined;
    if (!login || login.expires_at < new Date()) throw failed('没有进行中的登录（已使用、已过期或不是从本浏览器发起）');
    const server = await this.configuration();
    const current = new URL(this.config.redirectUri);
    current.search = search;
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(server, current, { pkceCodeVerifier: login.code_verifier, expectedState: login.state, expectedNonce: login.nonce, idTokenExpected: true });
      claims = tokens.claims() ?? {};
    } catch (e) {
      throw failed(e instanceof Error ? `${e.message}${(e as { code?: string }).code ? ` (${(e as { code?: string }).code})` : ''}` : String(e));
    }
    const identity = provenIdentity(claims, this.config.claims);
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.sessionHours * 3600_000);
    const userId = await this.db.transaction().execute(async (trx) => {
      const id = await this.linkOrCreate(trx, identity, actor);
      await openSession(trx, id, token, expiresAt, this.config.issuer);
      const handler = identity.kind === 'organisation' ? { ...identity.handler, idNumber: identity.handler.idNumber ? maskIdNumber(identity.handler.idNumber) : null } : undefined;
      const username = (await trx.selectFrom('users').select('username').where('id', '=', id).executeTakeFirstOrThrow()).username;
      await audit(trx, { id, name: username, ip: actor.ip }, { action: 'auth.login', targetType: 'user', targetId: id, after: { via: 'unified_identity', level: identity.level, handler } });
      return id;
    });
    const user = await loadUserActor(this.db, userId, actor.ip);
    if (!user) throw failed('账号不存在');
    return { token, user, expiresAt, returnTo: login.return_to };
  }

  /**
   * The account of the proven number, linked, or a new one; then the binding as proven. An account
   * that held the number only as a claim (registered, never verified) may have been registered by
   * someone else: its password stops working and its other sessions end, so only the proven holder
   * goes on using it.
   */
  private async linkOrCreate(trx: Trx, p: ProvenIdentity, actor: Actor): Promise<string> {
    const number = p.kind === 'person' ? p.idNumber : p.creditCode;
    const existing = await trx
      .selectFrom('users')
      .leftJoin('identity_verifications as v', 'v.user_id', 'users.id')
      .select(['users.id', 'users.username', 'v.user_id as bound'])
      .where('users.kind', '=', p.kind)
      .where(p.kind === 'person' ? 'users.id_number' : 'users.credit_code', '=', number)
      .forUpdate('users')
      .executeTakeFirst();
    let id: string;
    if (existing) {
      id = existing.id;
      if (!existing.bound) {
        await trx.updateTable('users').set({ password_hash: '!' }).where('id', '=', id).execute();
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await audit(trx, { id, name: existing.username, ip: actor.ip }, { action: 'identity.link', targetType: 'user', targetId: id, after: { via: 'unified_identity', passwordRetired: true } });
      }
    } else {
      id = crypto.randomUUID();
      const username = `ui-${crypto.createHash('sha256').update(`${this.config.issuer}|${p.subject}`).digest('hex').slice(0, 16)}`;
      await trx
        .insertInto('users')
        .values({
          id,
          username,
          // no password: this account logs in through the platform only
          password_hash: '!',
          display_name: p.kind === 'person' ? p.name : p.orgName,
          kind: p.kind,
          id_number: p.kind === 'person' ? p.idNumber : null,
          credit_code: p.kind === 'organisation' ? p.creditCode : null,
          phone: null,
        })
        .execute();
      await trx.insertInto('user_roles').values({ user_id: id, role: 'applicant', department_code: null }).execute();
      await audit(trx, { id, name: username, ip: actor.ip }, { action: 'user.register', targetType: 'user', targetId: id, after: { via: 'unified_identity', kind: p.kind } });
    }
    const proof = {
      document: 'unified_identity' as const,
      verified_by: null,
      verified_at: this.now(),
      realname_level: p.level,
      issuer: this.config.issuer,
      subject: p.subject,
      handler_name: p.kind === 'organisation' ? p.handler.name : null,
      handler_id_number: p.kind === 'organisation' ? p.handler.idNumber : null,
      handler_authority: p.kind === 'organisation' ? p.handler.authority : null,
    };
    await trx
      .insertInto('identity_verifications')
      .values({ user_id: id, kind: p.kind, id_number: p.kind === 'person' ? p.idNumber : null, credit_code: p.kind === 'organisation' ? p.creditCode : null, ...proof })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(proof))
      .execute();
    return id;
  }

  /** Where the browser goes to end its session at the platform too (RP-initiated logout); null when the platform has no end_session_endpoint. */
  async endSessionUrl(): Promise<string | null> {
    const server = await this.configuration();
    if (!server.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(server, { post_logout_redirect_uri: this.config.postLogoutUri }).href;
  }
}
