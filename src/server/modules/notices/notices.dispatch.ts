/**
 * The notices dispatcher: sends due deliveries through their channel's gateway — SMS (quiet hours
 * for what is not urgent, a daily cap per phone) and WeChat — `concurrency` at a time, with retries
 * and backoff, dead letters after SMS_MAX_ATTEMPTS. Each delivery is claimed under a lease, so two
 * processes (or one after a crash) never send it twice while it is being sent.
 */
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { maskPhone } from '../../../domain/identifiers.js';
import { NOTICE_TEMPLATES, retryDelayMs, smsSendAt, smsText, wechatData, type NoticeTemplate } from '../../../domain/notice.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { wordings, type Wordings } from './notices.templates.js';
import { SmsError, type SmsGateway } from './sms.js';
import { WechatError, type WechatGateway } from './wechat.js';
import { eachLimit } from '../../platform/pool.js';

/** Attempts at one delivery before it is a dead letter (a staff member can resend it). */
export const MAX_ATTEMPTS = 5;
/** While one process sends a delivery, the others leave it alone this long. */
const LEASE_MS = 5 * 60_000;

export type Channel = 'sms' | 'wechat';

export interface DispatchDeps {
  db: Db;
  now: Clock;
  log: Logger;
  sms: SmsGateway | null;
  wechat: WechatGateway | null;
  /** SMS a phone receives per Beijing day at most; the rest wait for the next morning */
  dailyCap: number;
  /** the provider's template code of each notice template (SMS_… at Alibaba Cloud), unless the administrator's wording names one */
  templateCodes: Partial<Record<NoticeTemplate, string>>;
}

interface Claimed {
  id: number;
  address: string;
  attempts: number;
  template: string;
  title: string;
  params: Record<string, string>;
  case_no: string | null;
  created_at: Date;
}

export interface DispatchResult {
  sent: number;
  failed: number;
  held: number;
}

export class NoticeDispatcher {
  constructor(private readonly d: DispatchDeps) {}

  /** One pass over every configured channel. */
  async dispatch(limit = 200, concurrency = 16): Promise<DispatchResult> {
    const total: DispatchResult = { sent: 0, failed: 0, held: 0 };
    const w = await wordings(this.d.db);
    for (const channel of ['sms', 'wechat'] as const) {
      if (!this.d[channel]) continue;
      const r = await this.pass(channel, w, limit, concurrency);
      total.sent += r.sent;
      total.failed += r.failed;
      total.held += r.held;
    }
    return total;
  }

  private async claim(channel: Channel, limit: number, now: Date): Promise<Claimed[]> {
    return this.d.db.transaction().execute(async (trx) => {
      const due = await trx.selectFrom('notice_deliveries').select('id').where('status', '=', 'pending').where('channel', '=', channel).where('next_at', '<=', now).orderBy('next_at').orderBy('id').limit(limit).forUpdate().skipLocked().execute();
      if (!due.length) return [];
      return trx
        .updateTable('notice_deliveries')
        .from('notices')
        .set({ next_at: new Date(now.getTime() + LEASE_MS), attempts: sql`notice_deliveries.attempts + 1` })
        .whereRef('notices.id', '=', 'notice_deliveries.notice_id')
        .where(
          'notice_deliveries.id',
          'in',
          due.map((r) => r.id),
        )
        .returning(['notice_deliveries.id', 'notice_deliveries.address', 'notice_deliveries.attempts', 'notices.template', 'notices.title', 'notices.params', 'notices.case_no', 'notices.created_at'])
        .execute();
    });
  }

  /** SMS over the day's cap wait for the next morning: what may go now. */
  private async underCap(claimed: Claimed[], now: Date, result: DispatchResult): Promise<Claimed[]> {
    const dayStart = new Date(beijingMidnightAfter(now).getTime() - 86_400_000);
    const sentToday = new Map(
      (
        await this.d.db
          .selectFrom('notice_deliveries')
          .select((eb) => ['address', eb.fn.countAll<string>().as('n')])
          .where('status', '=', 'sent')
          .where('channel', '=', 'sms')
          .where('sent_at', '>=', dayStart)
          .where('address', 'in', [...new Set(claimed.map((d) => d.address))])
          .groupBy('address')
          .execute()
      ).map((r) => [r.address, Number(r.n)]),
    );
    const toSend: Claimed[] = [];
    for (const d of claimed) {
      const n = sentToday.get(d.address) ?? 0;
      if (n < this.d.dailyCap) {
        sentToday.set(d.address, n + 1);
        toSend.push(d);
        continue;
      }
      const morning = smsSendAt(beijingMidnightAfter(now), false);
      await this.d.db.updateTable('notice_deliveries').set({ next_at: morning, attempts: sql`attempts - 1`, last_error: `已达每日 ${this.d.dailyCap} 条上限，次日发送` }).where('id', '=', d.id).execute();
      result.held++;
    }
    return toSend;
  }

  private sender(channel: Channel, w: Wordings): (d: Claimed) => Promise<string> {
    const { sms, wechat } = this.d;
    if (channel === 'sms' && sms) {
      return (d) => {
        const template = d.template as NoticeTemplate;
        const wording = w[template];
        return sms.send({ outId: String(d.id), phone: d.address, templateCode: wording.smsCode ?? this.d.templateCodes[template] ?? `SHENPI_${template.toUpperCase()}`, params: d.params, text: smsText(template, d.params, wording.sms) });
      };
    }
    if (channel === 'wechat' && wechat) {
      return (d) => wechat.send({ openid: d.address, data: wechatData(d.template as NoticeTemplate, d.params, d.title, d.created_at), page: d.case_no ? `/my/cases/${d.case_no}` : '/my/notices' });
    }
    throw new Error(`no gateway for ${channel}`);
  }

  private async pass(channel: Channel, w: Wordings, limit: number, concurrency: number): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, failed: 0, held: 0 };
    const now = this.d.now();
    const claimed = await this.claim(channel, limit, now);
    if (!claimed.length) return result;
    const toSend = channel === 'sms' ? await this.underCap(claimed, now, result) : claimed;
    const send = this.sender(channel, w);
    // sent deliveries are marked in groups as their sends return; no send starts while `concurrency`
    // sent ones wait for their mark, so a crash repeats at most 2 × concurrency sends
    const marks: { id: number; providerId: string; at: Date }[] = [];
    let unmarked = 0;
    let marking = Promise.resolve();
    const markSent = () =>
      (marking = marking.then(async () => {
        const group = marks.splice(0);
        if (!group.length) return;
        await sql`UPDATE notice_deliveries d SET status = 'sent', provider_id = v.provider_id, sent_at = v.sent_at, last_error = NULL
          FROM (VALUES ${sql.join(group.map((m) => sql`(${m.id}::bigint, ${m.providerId}::text, ${m.at.toISOString()}::timestamptz)`))}) AS v (id, provider_id, sent_at)
          WHERE d.id = v.id`.execute(this.d.db);
        unmarked -= group.length;
      }));
    await eachLimit(toSend, concurrency, async (d) => {
      while (unmarked >= concurrency) await markSent();
      let providerId: string;
      try {
        providerId = await send(d);
      } catch (err) {
        const retry = (err instanceof SmsError || err instanceof WechatError) && err.retry;
        const dead = !retry || d.attempts >= MAX_ATTEMPTS;
        const message = (err as Error).message;
        const urgent = NOTICE_TEMPLATES[d.template as NoticeTemplate]?.urgent ?? false;
        const retryAt = new Date(now.getTime() + retryDelayMs(d.attempts));
        await this.d.db
          .updateTable('notice_deliveries')
          .set({ status: dead ? 'dead' : 'pending', last_error: message, next_at: channel === 'sms' ? smsSendAt(retryAt, urgent) : retryAt })
          .where('id', '=', d.id)
          .execute();
        this.d.log.warn({ delivery: d.id, channel, to: channel === 'sms' ? maskPhone(d.address) : `${d.address.slice(0, 6)}…`, attempt: d.attempts, dead, err: message }, 'notice delivery failed');
        result.failed++;
        return;
      }
      marks.push({ id: d.id, providerId, at: this.d.now() });
      unmarked++;
      result.sent++;
    });
    await markSent();
    return result;
  }
}

/** The next midnight in Beijing after `at`. */
function beijingMidnightAfter(at: Date): Date {
  const b = new Date(at.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate() + 1) - 8 * 3_600_000);
}
