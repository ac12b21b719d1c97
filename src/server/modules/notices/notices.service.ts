/**
 * Notices to applicants: an outbox consumer turns each event that concerns an applicant or their
 * agent into a notice in their inbox (站内信) and a delivery per outside channel they can be reached on
 * (SMS with a phone on file, WeChat once bound), which the dispatcher (notices.dispatch.ts) sends.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { maskPhone } from '../../../domain/identifiers.js';
import { appointmentNotice, caseActionNotice, dueReminderNotice, inspectionNotice, licenceExpiringNotice, NOTICE_TEMPLATES, NOTIFIED_CASE_ACTIONS, ratingInviteNotice, rectificationNotice, smsSendAt, smsText, ticketNotice, type NoticeDraft } from '../../../domain/notice.js';
import { authorize, requireUser, type Actor } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { OutboxConsumer, OutboxRecord } from '../../platform/consumers.js';
import type { Db, Trx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { wordings, type Wordings } from './notices.templates.js';

export interface NoticesDeps {
  db: Db;
  now: Clock;
  log: Logger;
  /** the outside channels configured (none: notices reach the inbox only) */
  channels: { sms: boolean; wechat: boolean };
  /** 403/404 unless the actor may read the case (the cases module's rule: division, agency, own) */
  canRead: (actor: Actor, caseNo: string) => Promise<void>;
  /** the 补正 notice of action `requestSeq` reached the applicant's inbox now, in `trx` (the cases module's clock measures the wait from it) */
  supplementDelivered: (trx: Trx, caseNo: string, requestSeq: number) => Promise<void>;
}

/** Hall events that tell a person something: their userId is in the event (the hall knows them by appointment or case). */
const HALL_TOPICS = ['hall.appointment_booked', 'hall.appointment_reminder', 'hall.ticket_near', 'hall.ticket_called', 'hall.rectification_closed'] as const;
const TOPICS = [...NOTIFIED_CASE_ACTIONS.map((a) => `case.${a}`), 'licence.expiring', 'inspection.scheduled', 'case.reminder', ...HALL_TOPICS];
/** Decisions after which the applicant is invited to rate the service (好差评). */
const RATED_AFTER = new Set(['approve', 'refuse']);

export class NoticesService {
  constructor(private readonly d: NoticesDeps) {}

  /** The outbox consumer that writes notices and their deliveries. */
  consumer(): OutboxConsumer {
    return { name: 'notices', topics: TOPICS, startAt: 'now', handle: (trx, events) => this.handle(trx, events) };
  }

  /** the templates' wording, read once per batch (the administrator may have edited it since the last) */
  private wordings: Wordings | null = null;

  private async handle(trx: Trx, events: readonly OutboxRecord[]) {
    this.wordings = null;
    for (const e of events) {
      if (e.topic === 'licence.expiring') await this.licenceExpiring(trx, e);
      else if (e.topic === 'inspection.scheduled') await this.inspectionScheduled(trx, e);
      else if (e.topic === 'case.reminder') await this.dueReminder(trx, e);
      else if (e.topic.startsWith('hall.')) await this.hallEvent(trx, e);
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
    const reached = draft ? await this.toApplicantSide(trx, e, c, draft) : 0;
    if (action.type === 'request_supplement' && reached > 0) await this.d.supplementDelivered(trx, caseNo, Number(e.payload.seq));
    if (RATED_AFTER.has(action.type)) await this.toApplicantSide(trx, e, c, ratingInviteNotice({ caseNo, itemName: c.item_name }));
  }

  private async hallEvent(trx: Trx, e: OutboxRecord) {
    const p = e.payload as { userId?: string | null; code: string; zoneName: string; itemName: string | null; slotStart: string; number: string; ahead: number; windowName: string; caseNo?: string | null; outcome: string };
    if (e.topic === 'hall.rectification_closed' && p.caseNo) {
      // a rating of a case: its applicant (and the agent who filed) rated it
      const c = await this.applicantSideOf(trx, p.caseNo);
      if (c) await this.toApplicantSide(trx, e, c, rectificationNotice({ itemName: c.item_name, outcome: p.outcome }));
      return;
    }
    if (!p.userId) return;
    const draft =
      e.topic === 'hall.appointment_booked' || e.topic === 'hall.appointment_reminder'
        ? appointmentNotice(e.topic === 'hall.appointment_booked' ? 'booked' : 'reminder', { code: p.code, zoneName: p.zoneName, itemName: p.itemName, slotStart: new Date(p.slotStart) })
        : e.topic === 'hall.ticket_near' || e.topic === 'hall.ticket_called'
          ? ticketNotice(e.topic === 'hall.ticket_near' ? 'near' : 'called', { number: p.number, zoneName: p.zoneName, ahead: p.ahead, windowName: p.windowName })
          : rectificationNotice({ itemName: p.itemName ?? '大厅', outcome: p.outcome });
    const u = await trx.selectFrom('users').select(['phone', 'kind']).where('id', '=', p.userId).executeTakeFirst();
    if (u && u.kind !== 'staff') await this.write(trx, e, p.userId, null, draft, u.phone);
  }

  /** The applicant, and the agent's account that filed the case if that is someone else (staff who filed at the window get nothing): how many inboxes it reached. */
  private async toApplicantSide(trx: Trx, e: OutboxRecord, c: { case_no: string; applicant_user_id: string | null; applicant_phone: string | null; filed_by: string }, draft: NoticeDraft): Promise<number> {
    const people = [...new Set([c.applicant_user_id, c.filed_by].filter((u): u is string => !!u))];
    const users = people.length ? await trx.selectFrom('users').select(['id', 'kind', 'phone']).where('id', 'in', people).execute() : [];
    let reached = 0;
    for (const u of users) {
      if (u.kind === 'staff') continue;
      const phone = u.id === c.applicant_user_id ? (c.applicant_phone ?? u.phone) : u.phone;
      await this.write(trx, e, u.id, c.case_no, draft, phone);
      reached++;
    }
    return reached;
  }

  private applicantSideOf(trx: Trx, caseNo: string) {
    return trx.selectFrom('cases').select(['case_no', 'item_name', 'applicant_user_id', 'applicant_phone', 'filed_by']).where('case_no', '=', caseNo).executeTakeFirst();
  }

  private async inspectionScheduled(trx: Trx, e: OutboxRecord) {
    const c = await this.applicantSideOf(trx, String(e.payload.caseNo));
    const p = e.payload as { scheduledOn: string; address: string; inspectors: string[] };
    if (c) await this.toApplicantSide(trx, e, c, inspectionNotice({ caseNo: c.case_no, itemName: c.item_name }, p));
  }

  private async dueReminder(trx: Trx, e: OutboxRecord) {
    const c = await this.applicantSideOf(trx, String(e.payload.caseNo));
    const p = e.payload as { kind: 'pending' | 'promise'; due: string; left: number; materials: string[] };
    if (c) await this.toApplicantSide(trx, e, c, dueReminderNotice({ caseNo: c.case_no, itemName: c.item_name }, p));
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
    this.wordings ??= await wordings(trx);
    const wording = this.wordings[n.template];
    const inserted = await trx
      .insertInto('notices')
      .values({ id: crypto.randomUUID(), outbox_id: e.id, user_id: userId, case_no: caseNo, template: n.template, title: wording.name, body: n.body, params: JSON.stringify(n.params), required: t.required, created_at: at })
      .onConflict((oc) => oc.columns(['outbox_id', 'user_id', 'template']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return;
    const settings = await trx.selectFrom('notice_settings').select(['sms', 'wechat', 'wechat_openid']).where('user_id', '=', userId).executeTakeFirst();
    // a notice the law requires goes out whatever the person turned off
    const wants = (channel: 'sms' | 'wechat') => t.required || settings?.[channel] !== false;
    const deliveries: { channel: 'sms' | 'wechat'; address: string; next_at: Date }[] = [];
    if (this.d.channels.sms && phone && wants('sms')) {
      try {
        smsText(n.template, n.params, wording.sms);
        deliveries.push({ channel: 'sms', address: phone, next_at: smsSendAt(at, t.urgent) });
      } catch (err) {
        // a notice whose SMS cannot be written (a variable missing) still reaches the inbox
        this.d.log.warn({ template: n.template, caseNo, err: (err as Error).message }, 'notice without SMS: template variables incomplete');
      }
    }
    if (this.d.channels.wechat && settings?.wechat_openid && wants('wechat')) deliveries.push({ channel: 'wechat', address: settings.wechat_openid, next_at: at });
    if (deliveries.length) await trx.insertInto('notice_deliveries').values(deliveries.map((d) => ({ ...d, notice_id: inserted.id, status: 'pending' as const }))).execute();
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

  /** Who was told what about a case, when, and whether each SMS / WeChat notice arrived (the case page's proof). */
  async ofCase(actor: Actor, caseNo: string) {
    authorize(actor, 'case.window', 'case.review', 'case.decide', 'audit.read');
    await this.d.canRead(actor, caseNo);
    const notices = await this.d.db
      .selectFrom('notices')
      .innerJoin('users', 'users.id', 'notices.user_id')
      .select(['notices.id', 'notices.title', 'notices.body', 'notices.created_at', 'notices.read_at', 'notices.required', 'users.display_name'])
      .where('notices.case_no', '=', caseNo)
      .orderBy('notices.outbox_id')
      .orderBy('notices.id')
      .execute();
    const deliveries = notices.length
      ? await this.d.db
          .selectFrom('notice_deliveries')
          .select(['id', 'notice_id', 'channel', 'address', 'status', 'attempts', 'sent_at', 'last_error'])
          .where(
            'notice_id',
            'in',
            notices.map((n) => n.id),
          )
          .orderBy('id')
          .execute()
      : [];
    return {
      items: notices.map((r) => ({
        id: r.id,
        to: r.display_name,
        title: r.title,
        body: r.body,
        required: r.required,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
        deliveries: deliveries
          .filter((d) => d.notice_id === r.id)
          .map((d) => ({ id: d.id, channel: d.channel, to: d.channel === 'sms' ? maskPhone(d.address) : '已绑定微信', status: d.status, attempts: d.attempts, sentAt: d.sent_at?.toISOString() ?? null, error: d.last_error })),
      })),
    };
  }
}
