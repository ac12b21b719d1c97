/**
 * A person's notice settings: which outside channels they want (a notice the law requires is
 * sent anyway), a phone proved by a code sent to it, and the WeChat official account bound through
 * WeChat's web authorisation (OAuth, snsapi_base: only the openid).
 */
import crypto from 'node:crypto';
import { isValidMobile, maskPhone } from '../../../domain/identifiers.js';
import { SMS_SIGNATURE } from '../../../domain/notice.js';
import { audit } from '../../platform/audit.js';
import { auditActor, requireUser, type Actor } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { badRequest, conflict, DomainError } from '../../platform/errors.js';
import type { SmsGateway } from './sms.js';
import { WechatError, type WechatGateway } from './wechat.js';

/** A code lives ten minutes; one per minute per person; five a day to one phone; five tries per code. */
export const PHONE_CODE = { ttlMs: 10 * 60_000, everyMs: 60_000, perPhonePerDay: 5, tries: 5 } as const;
/** How long the person has to come back from WeChat's authorisation page. */
const WECHAT_STATE_MS = 10 * 60_000;

export interface NoticeSettingsDeps {
  db: Db;
  now: Clock;
  sms: SmsGateway | null;
  wechat: WechatGateway | null;
  /** the provider's template code of the verification SMS */
  codeTemplate: string;
  /** the portal's public address: WeChat sends the person back here */
  publicUrl: string;
}

const hash = (phone: string, code: string) => crypto.createHash('sha256').update(`${phone}:${code}`).digest('hex');

export class NoticeSettingsService {
  constructor(private readonly d: NoticeSettingsDeps) {}

  async get(actor: Actor) {
    const user = requireUser(actor);
    const s = await this.d.db.selectFrom('notice_settings').select(['sms', 'wechat', 'wechat_bound_at']).where('user_id', '=', user.userId).executeTakeFirst();
    const u = await this.d.db.selectFrom('users').select(['phone', 'phone_verified_at']).where('id', '=', user.userId).executeTakeFirstOrThrow();
    return {
      sms: s?.sms ?? true,
      wechat: s?.wechat ?? true,
      phone: u.phone ? maskPhone(u.phone) : null,
      phoneVerified: u.phone_verified_at !== null,
      wechatBound: !!s?.wechat_bound_at,
      smsAvailable: this.d.sms !== null,
      wechatAvailable: this.d.wechat !== null,
    };
  }

  async update(actor: Actor, body: { sms?: boolean; wechat?: boolean }) {
    const user = requireUser(actor);
    const at = this.d.now();
    await this.d.db
      .insertInto('notice_settings')
      .values({ user_id: user.userId, sms: body.sms ?? true, wechat: body.wechat ?? true, updated_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...(body.sms === undefined ? {} : { sms: body.sms }), ...(body.wechat === undefined ? {} : { wechat: body.wechat }), updated_at: at }))
      .execute();
    return this.get(actor);
  }

  /** Send a six-digit code to the phone the person wants notices at. */
  async sendPhoneCode(actor: Actor, phone: string) {
    const user = requireUser(actor);
    if (!isValidMobile(phone)) throw badRequest('NOTICE.PHONE_INVALID', '手机号码格式不正确', [{ path: 'phone', message: '应为 11 位手机号' }]);
    const sms = this.d.sms;
    if (!sms) throw conflict('NOTICE.SMS_OFF', '未开通短信服务，无法验证手机号');
    const now = this.d.now();
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const id = await this.d.db.transaction().execute(async (trx) => {
      // one person at a time: the rate checks and the insert see each other
      await trx.selectFrom('users').select('id').where('id', '=', user.userId).forUpdate().executeTakeFirst();
      const last = await trx.selectFrom('phone_codes').select('sent_at').where('user_id', '=', user.userId).orderBy('sent_at', 'desc').executeTakeFirst();
      if (last && now.getTime() - last.sent_at.getTime() < PHONE_CODE.everyMs) throw new DomainError('NOTICE.CODE_TOO_SOON', 429, '验证码发送过于频繁，请一分钟后再试');
      const today = await trx
        .selectFrom('phone_codes')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('phone', '=', phone)
        .where('sent_at', '>', new Date(now.getTime() - 86_400_000))
        .executeTakeFirstOrThrow();
      if (Number(today.n) >= PHONE_CODE.perPhonePerDay) throw new DomainError('NOTICE.CODE_DAILY_LIMIT', 429, '该手机号今日验证码次数已用完，请明天再试');
      const r = await trx
        .insertInto('phone_codes')
        .values({ user_id: user.userId, phone, code_hash: hash(phone, code), sent_at: now, expires_at: new Date(now.getTime() + PHONE_CODE.ttlMs) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    });
    try {
      await sms.send({ outId: `code-${id}`, phone, templateCode: this.d.codeTemplate, params: { code }, text: `${SMS_SIGNATURE}验证码${code}，10分钟内有效。您正在验证接收办件通知的手机号，如非本人操作请忽略。` });
    } catch (err) {
      await this.d.db.deleteFrom('phone_codes').where('id', '=', id).execute();
      throw new DomainError('NOTICE.SMS_UNAVAILABLE', 503, '短信发送失败，请稍后再试', [], (err as Error).message);
    }
    return { phone: maskPhone(phone), expiresAt: new Date(now.getTime() + PHONE_CODE.ttlMs).toISOString() };
  }

  /** The code that was sent proves the phone: it becomes the person's phone for notices. */
  async verifyPhone(actor: Actor, body: { phone: string; code: string }) {
    const user = requireUser(actor);
    const now = this.d.now();
    const wrong = () => badRequest('NOTICE.CODE_WRONG', '验证码错误或已过期', [{ path: 'code', message: '验证码错误或已过期，请重新获取' }]);
    const ok = await this.d.db.transaction().execute(async (trx) => {
      const c = await trx
        .selectFrom('phone_codes')
        .selectAll()
        .where('user_id', '=', user.userId)
        .where('phone', '=', body.phone)
        .where('used_at', 'is', null)
        .orderBy('sent_at', 'desc')
        .forUpdate()
        .executeTakeFirst();
      if (!c || c.expires_at <= now || c.attempts >= PHONE_CODE.tries) throw wrong();
      const given = Buffer.from(hash(body.phone, body.code));
      if (!crypto.timingSafeEqual(given, Buffer.from(c.code_hash))) {
        // the wrong try counts (committed), so five guesses end the code
        await trx.updateTable('phone_codes').set({ attempts: c.attempts + 1 }).where('id', '=', c.id).execute();
        return false;
      }
      await trx.updateTable('phone_codes').set({ used_at: now }).where('id', '=', c.id).execute();
      await trx.updateTable('users').set({ phone: body.phone, phone_verified_at: now }).where('id', '=', user.userId).execute();
      await audit(trx, auditActor(user), { action: 'notice.phone_verified', targetType: 'user', targetId: user.userId, after: { phone: maskPhone(body.phone) } });
      return true;
    });
    if (!ok) throw wrong();
    return this.get(actor);
  }

  /** Start binding WeChat: the authorisation page to open; WeChat sends the person back to `/my/notices` with a code. */
  async wechatAuthorize(actor: Actor) {
    const user = requireUser(actor);
    const wechat = this.wechatGateway();
    const state = crypto.randomBytes(16).toString('hex');
    const at = this.d.now();
    await this.d.db
      .insertInto('notice_settings')
      .values({ user_id: user.userId, sms: true, wechat_state: state, wechat_state_at: at, updated_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ wechat_state: state, wechat_state_at: at }))
      .execute();
    return { url: wechat.authorizeUrl(new URL('/my/notices?wechat=bind', this.d.publicUrl).toString(), state) };
  }

  /** Come back from WeChat: the code is exchanged for the openid, which is bound to this account. */
  async wechatBind(actor: Actor, body: { code: string; state: string }) {
    const user = requireUser(actor);
    const wechat = this.wechatGateway();
    const s = await this.d.db.selectFrom('notice_settings').select(['wechat_state', 'wechat_state_at']).where('user_id', '=', user.userId).executeTakeFirst();
    const fresh = s?.wechat_state_at && this.d.now().getTime() - s.wechat_state_at.getTime() < WECHAT_STATE_MS;
    if (!s?.wechat_state || !fresh || s.wechat_state.length !== body.state.length || !crypto.timingSafeEqual(Buffer.from(s.wechat_state), Buffer.from(body.state)))
      throw badRequest('NOTICE.WECHAT_STATE', '绑定已过期，请重新点击“绑定微信”', [{ path: 'state', message: '与发起绑定时不符或已过期' }]);
    let openid: string;
    try {
      openid = await wechat.openidOf(body.code);
    } catch (err) {
      if (err instanceof WechatError && !err.retry) throw badRequest('NOTICE.WECHAT_CODE', '微信授权失败，请重新绑定', [{ path: 'code', message: err.message }]);
      throw new DomainError('NOTICE.WECHAT_UNAVAILABLE', 503, '微信服务暂不可用，请稍后再试', [], (err as Error).message);
    }
    const at = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      // an openid belongs to one account: binding it here unbinds it elsewhere
      await trx.updateTable('notice_settings').set({ wechat_openid: null, wechat_bound_at: null }).where('wechat_openid', '=', openid).where('user_id', '!=', user.userId).execute();
      await trx.updateTable('notice_settings').set({ wechat_openid: openid, wechat_bound_at: at, wechat_state: null, wechat_state_at: null, updated_at: at }).where('user_id', '=', user.userId).execute();
      await audit(trx, auditActor(user), { action: 'notice.wechat_bound', targetType: 'user', targetId: user.userId, after: { bound: true } });
    });
    return this.get(actor);
  }

  async wechatUnbind(actor: Actor) {
    const user = requireUser(actor);
    await this.d.db.updateTable('notice_settings').set({ wechat_openid: null, wechat_bound_at: null, updated_at: this.d.now() }).where('user_id', '=', user.userId).execute();
    return this.get(actor);
  }

  private wechatGateway(): WechatGateway {
    if (!this.d.wechat) throw conflict('NOTICE.WECHAT_OFF', '未开通微信通知');
    return this.d.wechat;
  }
}
