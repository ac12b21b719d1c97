/**
 * Proven identity (issue 15 item 1): the 身份证号 or 统一社会信用代码 of an applicant's account is only
 * a claim until a window clerk checks the document at the counter and binds it. What an applicant's
 * number unlocks — the files of that applicant's earlier cases, and acting on its licences — follows
 * only proven standing: the account's verified binding, an agent's registered and valid
 * authorisation from that company, or a window clerk serving the person in front of them.
 */
import type { DateStr } from '../../../domain/calendar.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Executor } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';

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

/** The binding of an account, for its holder and the clerk. */
export async function identityOf(ex: Executor, userId: string) {
  const row = await ex
    .selectFrom('identity_verifications as v')
    .innerJoin('users as u', 'u.id', 'v.verified_by')
    .select(['v.kind', 'v.document', 'v.verified_at', 'u.display_name'])
    .where('v.user_id', '=', userId)
    .executeTakeFirst();
  return row ? { kind: row.kind, document: row.document, verifiedAt: row.verified_at.toISOString(), verifiedBy: row.display_name } : null;
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
    await trx
      .insertInto('identity_verifications')
      .values({ user_id: user.id, kind, id_number: kind === 'person' ? claimed : null, credit_code: kind === 'organisation' ? claimed : null, document: body.document, verified_by: clerk.userId, verified_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ document: body.document, verified_by: clerk.userId, verified_at: at }))
      .execute();
    await audit(trx, auditActor(clerk), { action: 'identity.verify', targetType: 'user', targetId: user.id, after: { kind, document: body.document } });
    return { userId: user.id, kind, document: body.document, verifiedAt: at.toISOString(), verifiedBy: clerk.displayName };
  });
}
