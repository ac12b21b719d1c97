/**
 * Proven identity (issue 15 item 1): the 身份证号 or 统一社会信用代码 of an applicant's account is only
 * a claim until a window clerk checks the document at the counter and binds it. What an applicant's
 * number unlocks — the files of that applicant's earlier cases, and acting on its licences — follows
 * only proven standing: the account's verified binding, an agent's registered and valid
 * authorisation from that company, or a window clerk serving the person in front of them.
 */
import type { DateStr } from '../../../domain/calendar.js';
import type { RealNameLevel } from '../../../domain/catalog-terms.js';
import { authorisationRefusal } from '../../../domain/project.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Executor } from '../../platform/db.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';

/** The applicant a case or an application names. */
export interface ApplicantIdentity {
  kind: 'person' | 'organisation';
  idNumber: string | null;
  creditCode: string | null;
}

/** Whether `user` has proven standing for `applicant` on `today`. */
export async function provenStanding(ex: Executor, user: UserActor, applicant: ApplicantIdentity, today: DateStr): Promise<boolean> {
  if (user.permissions.includes('case.window')) return true;
  const number = applicant.kind === 'person' ? applicant.idNumber : applicant.creditCode;
  if (!number) return false;
  const bound = await ex
    .selectFrom('identity_verifications')
    .select('user_id')
    .where('user_id', '=', user.userId)
    .where('kind', '=', applicant.kind)
    .where(applicant.kind === 'person' ? 'id_number' : 'credit_code', '=', number)
    .executeTakeFirst();
  if (bound) return true;
  if (applicant.kind !== 'organisation' || !user.roles.some((r) => r.role === 'agent')) return false;
  const authorised = await ex
    .selectFrom('agency_authorisations')
    .select('id')
    .where('agent_user_id', '=', user.userId)
    .where('credit_code', '=', number)
    .where('revoked_at', 'is', null)
    .where('valid_from', '<=', today)
    .where('valid_to', '>=', today)
    .executeTakeFirst();
  return authorised !== undefined;
}

/** A registered agency authorisation an agent acts under: the company comes from it, never from what was typed. */
export interface AgentAuthorisation {
  id: string;
  companyName: string;
  creditCode: string;
  scope: 'project' | 'all';
  letterRef: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The authorisation `id` if it lets `user` (an agent) act for its company on `today`: for an
 * application on its own (`projectId` 'case'), or for a project. Anything else — unknown, revoked,
 * expired, another agent's, another company's (`creditCode` when the request names one), the wrong
 * scope — is a 400 naming `path` with the reason (it never names the company).
 */
export async function agentAuthorisation(
  ex: Executor,
  user: UserActor,
  id: string,
  want: { today: DateStr; projectId: string | null | 'case'; creditCode?: string | undefined; path: string },
): Promise<AgentAuthorisation> {
  const a = UUID.test(id) ? await ex.selectFrom('agency_authorisations').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!a) throw badRequest('AGENCY.AUTHORISATION_INVALID', '授权委托书不存在，请选择已登记的企业授权委托', [{ path: want.path, message: '授权委托书不存在' }]);
  const refusal = authorisationRefusal(
    { creditCode: a.credit_code, agentUserId: a.agent_user_id, scope: a.scope, projectId: a.project_id, validFrom: a.valid_from, validTo: a.valid_to, revoked: a.revoked_at !== null },
    { agentUserId: user.userId, creditCode: want.creditCode ?? a.credit_code, today: want.today, projectId: want.projectId },
  );
  if (refusal) throw badRequest('AGENCY.AUTHORISATION_INVALID', refusal, [{ path: want.path, message: refusal }]);
  return { id: a.id, companyName: a.company_name, creditCode: a.credit_code, scope: a.scope, letterRef: a.letter_ref };
}

/** The binding of an account, for its holder and the clerk: who proved it (a clerk, or the unified identity platform) and at which real-name level. */
export async function identityOf(ex: Executor, userId: string) {
  const row = await ex
    .selectFrom('identity_verifications as v')
    .leftJoin('users as u', 'u.id', 'v.verified_by')
    .select(['v.kind', 'v.document', 'v.verified_at', 'v.realname_level', 'u.display_name'])
    .where('v.user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? { kind: row.kind, document: row.document, verifiedAt: row.verified_at.toISOString(), verifiedBy: row.display_name ?? '统一身份认证平台', realNameLevel: row.realname_level }
    : null;
}

/** The real-name level (实名等级) of an account's proven identity; null: not proven. */
export async function realNameLevel(ex: Executor, userId: string): Promise<RealNameLevel | null> {
  const row = await ex.selectFrom('identity_verifications').select('realname_level').where('user_id', '=', userId).executeTakeFirst();
  return row?.realname_level ?? null;
}

/**
 * A window clerk binds the identity an applicant's account claims, having checked the document at
 * the counter: the number on the 身份证 or 营业执照 must be the one the account registered with.
 */
export async function verifyIdentity(db: Db, actor: Actor, body: { username: string; document: 'id_card' | 'business_licence'; number: string }) {
  const clerk = authorizeUser(actor, 'case.window');
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'kind', 'id_number', 'credit_code']).where('username', '=', body.username).forUpdate().executeTakeFirst();
    if (!user || user.kind === 'staff') throw notFound('USER.NOT_FOUND', '没有这个申请人账号');
    const kind = user.kind;
    const claimed = kind === 'person' ? user.id_number : user.credit_code;
    const expected = kind === 'person' ? 'id_card' : 'business_licence';
    if (body.document !== expected) throw conflict('IDENTITY.WRONG_DOCUMENT', kind === 'person' ? '自然人账号须核验居民身份证' : '法人账号须核验营业执照');
    if (!claimed || claimed !== body.number.toUpperCase())
      throw conflict('IDENTITY.MISMATCH', '证件号码与账号登记的号码不一致，不能绑定', '请申请人核对账号，或以证件上的号码重新注册');
    const at = new Date();
    // the original document checked face to face: the highest real-name level
    const proof = { document: body.document, verified_by: clerk.userId, verified_at: at, realname_level: 'L3' as const, issuer: null, subject: null, handler_name: null, handler_id_number: null, handler_authority: null };
    await trx
      .insertInto('identity_verifications')
      .values({ user_id: user.id, kind, id_number: kind === 'person' ? claimed : null, credit_code: kind === 'organisation' ? claimed : null, ...proof })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(proof))
      .execute();
    await audit(trx, auditActor(clerk), { action: 'identity.verify', targetType: 'user', targetId: user.id, after: { kind, document: body.document } });
    return { userId: user.id, kind, document: body.document, verifiedAt: at.toISOString(), verifiedBy: clerk.displayName };
  });
}
