/**
 * Notices to applicants: an outbox consumer turns each event that concerns an applicant or their
 * agent into a notice in their inbox (站内信) and, with a phone on file, an SMS delivery; the
 * dispatcher sends due deliveries through the SMS gateway with retries, quiet hours and a daily cap.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { maskPhone } from '../../../domain/identifiers.js';
import { caseActionNotice, inspectionNotice, licenceExpiringNotice, NOTICE_TEMPLATES, NOTIFIED_CASE_ACTIONS, retryDelayMs, smsSendAt, smsText, type NoticeDraft, type NoticeTemplate } from '../../../domain/notice.js';
import { authorize, requireUser, type Actor } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { OutboxConsumer, OutboxRecord } from '../../platform/consumers.js';
import type { Db, Trx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { SmsError, type SmsGateway } from './sms.js';

/** Attempts at one SMS before it is a dead letter (a staff member can resend it). */
export const SMS_MAX_ATTEMPTS = 5;
/** While one process sends a delivery, the others leave it alone this long. */
const LEASE_MS = 5 * 60_000;

export interface NoticesDeps {
  db: Db;
  now: Clock;
  log: Logger;
  /** null: no SMS gateway configured; notices reach the inbox only */
  sms: SmsGateway | null;
  /** SMS a phone receives per Beijing day at most; the rest wait for the next morning */
  dailyCap: number;
  /** the provider's template code of each notice template (SMS_… at Alibaba Cloud) */
  templateCodes: Partial<Record<NoticeTemplate, string>>;
}

const TOPICS = [...NOTIFIED_CASE_ACTIONS.map((a) => `case.${a}`), 'licence.expiring', 'inspection.scheduled'];

export class NoticesService {
  constructor(private readonly d: NoticesDeps) {}

  /** The outbox consumer that writes notices and their deliveries. */
  consumer(): OutboxConsumer {
    return { name: 'notices', topics: TOPICS, startAt: 'now', handle: (trx, events) => this.handle(trx, events) };
  }

  private async handle(trx: Trx, events: readonly OutboxRecord[]) {
    for (const e of events) {
      if (e.topic === 'licence.expiring') await this.licenceExpiring(trx, e);
      else if (e.topic === 'inspection.scheduled') await this.inspectionScheduled(trx, e);
      else await this.caseEvent(trx, e);
    }
  }

  private async caseEvent(trx: Trx, e: OutboxRecord) {
    const caseNo = String(e.payload.caseNo ?? e.subject);
    const c = await trx
      .selectFrom('cases')
      .select(['case_no', 'item_name', 'acceptance_due', 'promised_due', 'applicant_user_id', 'applicant_phone', 'filed_by'])
      .where('case_no', '=', caseNo)
      .executeTakeFirst();
    const action = await trx.selectFrom('case_actions').select(['type', 'payload']).where('case_no', '=', caseNo).where('seq', '=', Number(e.payload.seq)).executeTakeFirst();
    if (!c || !action) return;
    let payload = action.payload;
    if (action.type === 'approve_extension') {
      const asked = await trx.selectFrom('case_actions').select('payload').where('case_no', '=', caseNo).where('type', '=', 'request_extension').orderBy('seq', 'desc').executeTakeFirst();
      payload = { ...asked?.payload, ...payload };
    }
    if (action.type === 'request_supplement') {
      const names = new Map((await trx.selectFrom('case_materials').select(['material_code', 'material_name']).where('case_no', '=', caseNo).execute()).map((m) => [m.material_code, m.material_name]));
      const items = Array.isArray(payload.items) ? (payload.items as { materialCode: string }[]) : [];
      payload = { ...payload, items: items.map((i) => ({ ...i, materialName: names.get(i.materialCode) ?? i.materialCode })) };
    }
    const draft = caseActionNotice(action.type, payload, { caseNo, itemName: c.item_name, acceptanceDue: c.acceptance_due, promisedDue: c.promised_due });
    if (draft) await this.toApplicantSide(trx, e, c, draft);
  }

  /** The applicant, and the agent's account that filed the case if that is someone else (staff who filed at the window get nothing). */
  private async toApplicantSide(trx: Trx, e: OutboxRecord, c: { case_no: string; applicant_user_id: string | null; applicant_phone: string | null; filed_by: string }, draft: NoticeDraft) {
    const people = [...new Set([c.applicant_user_id, c.filed_by].filter((u): u is string => !!u))];
    const users = people.length ? await trx.selectFrom('users').select(['id', 'kind', 'phone']).where('id', 'in', people).execute() : [];
    for (const u of users) {
      if (u.kind === 'staff') continue;
      const phone = u.id === c.applicant_user_id ? (c.applicant_phone ?? u.phone) : u.phone;
      await this.write(trx, e, u.id, c.case_no, draft, phone);
    }
  }

  private async inspectionScheduled(trx: Trx, e: OutboxRecord) {
    const c = await trx.selectFrom('cases').select(['case_no', 'item_name', 'applicant_user_id', 'applicant_phone', 'filed_by']).where('case_no', '=', String(e.payload.caseNo)).executeTakeFirst();
    if (!c) return;
    const p = e.payload as { scheduledOn: string; address: string; inspectors: string[] };
    await this.toApplicantSide(trx, e, c, inspectionNotice({ caseNo: c.case_no, itemName: c.item_name }, p));
  }

  private async licenceExpiring(trx: Trx, e: OutboxRecord) {
    const userId = typeof e.payload.holderUserId === 'string' ? e.payload.holderUserId : null;
    if (!userId) return;
    const l = await trx.selectFrom('licences').select(['no', 'case_no', 'payload', 'valid_to']).where('no', '=', String(e.payload.no)).where('version', '=', Number(e.payload.version)).executeTakeFirst();
    const u = await trx.selectFrom('users').select('phone').where('id', '=', userId).executeTakeFirst();
    if (!l?.valid_to || !u) return;
    await this.write(trx, e, userId, l.case_no, licenceExpiringNotice({ no: l.no, name: l.payload.type, validTo: l.valid_to, daysBefore: Number(e.payload.daysBefore) }), u.phone);
  }

  private async write(trx: Trx, e: OutboxRecord, userId: string, caseNo: string | null, n: NoticeDraft, phone: string | null) {
    const t = NOTICE_TEMPLATES[n.template];
    const at = this.d.now();
    const inserted = await trx
      .insertInto('notices')
      .values({ id: crypto.randomUUID(), outbox_id: e.id, user_id: userId, case_no: caseNo, template: n.template, title: n.title, body: n.body, params: JSON.stringify(n.params), required: t.required, created_at: at })
      .onConflict((oc) => oc.columns(['outbox_id', 'user_id', 'template']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted || !phone || !this.d.sms) return;
    const settings = await trx.selectFrom('notice_settings').select('sms').where('user_id', '=', userId).executeTakeFirst();
    if (settings?.sms === false && !t.required) return;
    try {
      smsText(n.template, n.params);
    } catch (err) {
      // a notice whose SMS cannot be written (a variable missing) still reaches the inbox
      this.d.log.warn({ template: n.template, caseNo, err: (err as Error).message }, 'notice without SMS: template variables incomplete');
      return;
    }
    await trx.insertInto('notice_deliveries').values({ notice_id: inserted.id, channel: 'sms', address: phone, status: 'pending', next_at: smsSendAt(at, t.urgent) }).execute();
  }

  /** Send the SMS deliveries that are due, `concurrency` at a time; what the pass did. */
  async dispatch(limit = 200, concurrency = 16): Promise<{ sent: number; failed: number; held: number }> {
    const sms = this.d.sms;
    const result = { sent: 0, failed: 0, held: 0 };
    if (!sms) return result;
    const now = this.d.now();
    // claim: a lease, so another process (or this one after a crash) leaves them alone until it ends
    const claimed = await this.d.db.transaction().execute(async (trx) => {
      const due = await trx.selectFrom('notice_deliveries').select('id').where('status', '=', 'pending').where('next_at', '<=', now).orderBy('next_at').orderBy('id').limit(limit).forUpdate().skipLocked().execute();
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
        .returning(['notice_deliveries.id', 'notice_deliveries.address', 'notice_deliveries.attempts', 'notices.template', 'notices.params'])
        .execute();
    });
    if (!claimed.length) return result;
    // the daily cap: what each phone was sent since Beijing midnight, then this pass's in order
    const dayStart = new Date(beijingMidnightAfter(now).getTime() - 86_400_000);
    const sentToday = new Map(
      (
        await this.d.db
          .selectFrom('notice_deliveries')
          .select((eb) => ['address', eb.fn.countAll<string>().as('n')])
          .where('status', '=', 'sent')
          .where('sent_at', '>=', dayStart)
          .where('address', 'in', [...new Set(claimed.map((d) => d.address))])
          .groupBy('address')
          .execute()
      ).map((r) => [r.address, Number(r.n)]),
    );
    const toSend: typeof claimed = [];
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
    const sent: { id: number; providerId: string }[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < toSend.length; i = next++) {
        const d = toSend[i];
        if (!d) continue;
        const template = d.template as NoticeTemplate;
        try {
          const providerId = await sms.send({ outId: String(d.id), phone: d.address, templateCode: this.d.templateCodes[template] ?? `SHENPI_${template.toUpperCase()}`, params: d.params, text: smsText(template, d.params) });
          sent.push({ id: d.id, providerId });
        } catch (err) {
          const dead = !(err instanceof SmsError && err.retry) || d.attempts >= SMS_MAX_ATTEMPTS;
          const message = (err as Error).message;
          await this.d.db
            .updateTable('notice_deliveries')
            .set({ status: dead ? 'dead' : 'pending', last_error: message, next_at: smsSendAt(new Date(now.getTime() + retryDelayMs(d.attempts)), NOTICE_TEMPLATES[template].urgent) })
            .where('id', '=', d.id)
            .execute();
          this.d.log.warn({ delivery: d.id, phone: maskPhone(d.address), attempt: d.attempts, dead, err: message }, 'sms delivery failed');
          result.failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, toSend.length) }, worker));
    if (sent.length) {
      // one statement marks the pass's sent deliveries
      await sql`UPDATE notice_deliveries d SET status = 'sent', provider_id = v.provider_id, sent_at = ${this.d.now()}, last_error = NULL
        FROM (SELECT unnest(${sent.map((x) => x.id)}::bigint[]) AS id, unnest(${sent.map((x) => x.providerId)}::text[]) AS provider_id) v
        WHERE d.id = v.id`.execute(this.d.db);
      result.sent = sent.length;
    }
    return result;
  }

  /** A dead letter sent again (staff): pending now, attempts from zero. */
  async resend(actor: Actor, deliveryId: number) {
    authorize(actor, 'case.window', 'case.review', 'audit.read');
    const r = await this.d.db.updateTable('notice_deliveries').set({ status: 'pending', attempts: 0, next_at: this.d.now() }).where('id', '=', deliveryId).where('status', '=', 'dead').returning('id').executeTakeFirst();
    if (!r) throw notFound('NOTICE.NOT_FOUND', '没有这条未送达的短信');
    return { id: r.id, status: 'pending' as const };
  }

  /** The caller's inbox, newest first, with the unread count. */
  async inbox(actor: Actor, q: { page: number; pageSize: number }) {
    const user = requireUser(actor);
    const rows = await this.d.db
      .selectFrom('notices')
      .select(['id', 'case_no', 'template', 'title', 'body', 'created_at', 'read_at'])
      .where('user_id', '=', user.userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    const counts = await this.d.db
      .selectFrom('notices')
      .select((eb) => [eb.fn.countAll<string>().as('total'), eb.fn.count<string>('id').filterWhere('read_at', 'is', null).as('unread')])
      .where('user_id', '=', user.userId)
      .executeTakeFirstOrThrow();
    return {
      items: rows.map((r) => ({ id: r.id, caseNo: r.case_no, template: r.template, title: r.title, body: r.body, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null })),
      total: Number(counts.total),
      unread: Number(counts.unread),
    };
  }

  async unread(actor: Actor) {
    const user = requireUser(actor);
    const r = await this.d.db.selectFrom('notices').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', user.userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
    return { unread: Number(r.n) };
  }

  /** Mark one notice (or, without an id, all of them) read; only the caller's own. */
  async markRead(actor: Actor, id?: string) {
    const user = requireUser(actor);
    let q = this.d.db.updateTable('notices').set({ read_at: this.d.now() }).where('user_id', '=', user.userId).where('read_at', 'is', null);
    if (id) {
      const own = await this.d.db.selectFrom('notices').select('id').where('id', '=', id).where('user_id', '=', user.userId).executeTakeFirst();
      if (!own) throw notFound('NOTICE.NOT_FOUND', '没有这条消息');
      q = q.where('id', '=', id);
    }
    const r = await q.executeTakeFirst();
    return { marked: Number(r.numUpdatedRows) };
  }

  async settings(actor: Actor) {
    const user = requireUser(actor);
    const s = await this.d.db.selectFrom('notice_settings').select('sms').where('user_id', '=', user.userId).executeTakeFirst();
    const u = await this.d.db.selectFrom('users').select('phone').where('id', '=', user.userId).executeTakeFirstOrThrow();
    return { sms: s?.sms ?? true, phone: u.phone ? maskPhone(u.phone) : null, smsAvailable: this.d.sms !== null };
  }

  async updateSettings(actor: Actor, body: { sms: boolean }) {
    const user = requireUser(actor);
    const at = this.d.now();
    await this.d.db
      .insertInto('notice_settings')
      .values({ user_id: user.userId, sms: body.sms, updated_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ sms: body.sms, updated_at: at }))
      .execute();
    return this.settings(actor);
  }

  /** Who was told what about a case, when, and whether each SMS arrived (the case page's proof). */
  async ofCase(actor: Actor, caseNo: string) {
    authorize(actor, 'case.window', 'case.review', 'case.decide', 'audit.read');
    const rows = await this.d.db
      .selectFrom('notices')
      .innerJoin('users', 'users.id', 'notices.user_id')
      .leftJoin('notice_deliveries', 'notice_deliveries.notice_id', 'notices.id')
      .select(['notices.id', 'notices.title', 'notices.body', 'notices.created_at', 'notices.read_at', 'notices.required', 'users.display_name', 'notice_deliveries.id as delivery_id', 'notice_deliveries.address', 'notice_deliveries.status', 'notice_deliveries.attempts', 'notice_deliveries.sent_at', 'notice_deliveries.last_error'])
      .where('notices.case_no', '=', caseNo)
      .orderBy('notices.outbox_id')
      .orderBy('notices.id')
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        to: r.display_name,
        title: r.title,
        body: r.body,
        required: r.required,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
        sms: r.delivery_id === null ? null : { id: Number(r.delivery_id), phone: maskPhone(r.address ?? ''), status: r.status ?? 'pending', attempts: r.attempts ?? 0, sentAt: r.sent_at?.toISOString() ?? null, error: r.last_error ?? null },
      })),
    };
  }
}

/** The next midnight in Beijing after `at`. */
function beijingMidnightAfter(at: Date): Date {
  const b = new Date(at.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate() + 1) - 8 * 3_600_000);
}
