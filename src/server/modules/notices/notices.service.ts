/**
 * Notices to applicants: an outbox consumer turns each event that concerns an applicant or their
 * agent into a notice in their inbox (站内信) and a delivery per outside channel they can be reached on
 * (SMS with a phone on file, WeChat once bound), which the dispatcher (notices.dispatch.ts) sends.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { maskPhone } from '../../../domain/identifiers.js';
import { appointmentNotice, caseActionNotice, dueReminderNotice, feeReminderNotice, inspectionNotice, licenceExpiringNotice, NOTICE_TEMPLATES, NOTIFIED_CASE_ACTIONS, ratingInviteNotice, rectificationNotice, smsSendAt, smsText, ticketNotice, type NoticeDraft } from '../../../domain/notice.js';
import { authorize, requireUser, type Actor } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { OutboxConsumer, OutboxRecord } from '../../platform/consumers.js';
import type { Db, Trx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { wordings } from './notices.templates.js';

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
const TOPICS = [...NOTIFIED_CASE_ACTIONS.map((a) => `case.${a}`), 'licence.expiring', 'inspection.scheduled', 'case.reminder', 'fee.reminder', ...HALL_TOPICS];
/** Rows per insert statement. */
const CHUNK = 500;

/** A case's applicant side, as a notice needs it. */
interface CaseFacts {
  case_no: string;
  item_name: string;
  acceptance_due: string | null;
  promised_due: string | null;
  applicant_user_id: string | null;
  applicant_phone: string | null;
  filed_by: string;
}

/** A notice to write: the event, the person, the draft and the phone to text. */
interface Pending {
  e: OutboxRecord;
  userId: string;
  caseNo: string | null;
  n: NoticeDraft;
  phone: string | null;
}

/** What one consumer pass read and what it will write. */
interface Batch {
  cases: Map<string, CaseFacts>;
  actions: Map<string, { type: string; payload: Record<string, unknown> }>;
  users: Map<string, { id: string; kind: string; phone: string | null }>;
  out: Pending[];
}

/** Decisions after which the applicant is invited to rate the service (好差评). */
const RATED_AFTER = new Set(['approve', 'refuse']);

export class NoticesService {
  constructor(private readonly d: NoticesDeps) {}

  /** The outbox consumer that writes notices and their deliveries. */
  consumer(): OutboxConsumer {
    return { name: 'notices', topics: TOPICS, startAt: 'now', handle: (trx, events) => this.handle(trx, events) };
  }

  /**
   * One pass's events: what they read is fetched for all of them at once (cases, their actions, the
   * people), and the notices they give are written at once with their deliveries — a handful of
   * statements per batch instead of several per event.
   */
  private async handle(trx: Trx, events: readonly OutboxRecord[]) {
    const b = await this.prefetch(trx, events);
    for (const e of events) {
      if (e.topic === 'licence.expiring') await this.licenceExpiring(trx, b, e);
      else if (e.topic === 'inspection.scheduled') this.inspectionScheduled(b, e);
      else if (e.topic === 'case.reminder') this.dueReminder(b, e);
      else if (e.topic === 'fee.reminder') this.feeReminder(b, e);
      else if (e.topic.startsWith('hall.')) await this.hallEvent(trx, b, e);
      else await this.caseEvent(trx, b, e);
    }
    await this.flush(trx, b);
  }

  private async prefetch(trx: Trx, events: readonly OutboxRecord[]): Promise<Batch> {
    const b: Batch = { cases: new Map(), actions: new Map(), users: new Map(), out: [] };
    const caseNos = [...new Set(events.filter((e) => e.topic.startsWith('case.') || e.topic === 'inspection.scheduled' || e.topic === 'fee.reminder').map((e) => String(e.payload.caseNo ?? e.subject)))];
    await this.casesOf(trx, b, caseNos);
    const seqs = [...new Set(events.filter((e) => e.topic.startsWith('case.') && e.topic !== 'case.reminder').map((e) => Number(e.payload.seq)))].filter(Number.isInteger);
    if (caseNos.length && seqs.length) {
      const rows = await trx.selectFrom('case_actions').select(['case_no', 'seq', 'type', 'payload']).where('case_no', 'in', caseNos).where('seq', 'in', seqs).execute();
      for (const r of rows) b.actions.set(`${r.case_no}#${r.seq}`, r);
    }
    return b;
  }

  /** The cases' applicant side, and the people on it, into the batch. */
  private async casesOf(trx: Trx, b: Batch, caseNos: string[]) {
    const missing = caseNos.filter((c) => !b.cases.has(c));
    if (!missing.length) return;
    const rows = await trx.selectFrom('cases').select(['case_no', 'item_name', 'acceptance_due', 'promised_due', 'applicant_user_id', 'applicant_phone', 'filed_by']).where('case_no', 'in', missing).execute();
    for (const r of rows) b.cases.set(r.case_no, r);
    await this.usersOf(
      trx,
      b,
      rows.flatMap((r) => [r.applicant_user_id, r.filed_by]),
    );
  }

  private async usersOf(trx: Trx, b: Batch, ids: (string | null)[]) {
    const missing = [...new Set(ids.filter((u): u is string => !!u && !b.users.has(u)))];
    if (!missing.length) return;
    for (const u of await trx.selectFrom('users').select(['id', 'kind', 'phone']).where('id', 'in', missing).execute()) b.users.set(u.id, u);
  }

  private async caseEvent(trx: Trx, b: Batch, e: OutboxRecord) {
    const caseNo = String(e.payload.caseNo ?? e.subject);
    const c = b.cases.get(caseNo);
    const action = b.actions.get(`${caseNo}#${Number(e.payload.seq)}`);
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
    const reached = draft ? this.toApplicantSide(b, e, c, draft) : 0;
    if (action.type === 'request_supplement' && reached > 0) await this.d.supplementDelivered(trx, caseNo, Number(e.payload.seq));
    if (RATED_AFTER.has(action.type)) this.toApplicantSide(b, e, c, ratingInviteNotice({ caseNo, itemName: c.item_name }));
  }

  private async hallEvent(trx: Trx, b: Batch, e: OutboxRecord) {
    const p = e.payload as { userId?: string | null; code: string; zoneName: string; itemName: string | null; slotStart: string; number: string; ahead: number; windowName: string; caseNo?: string | null; outcome: string };
    if (e.topic === 'hall.rectification_closed' && p.caseNo) {
      // a rating of a case: its applicant (and the agent who filed) rated it
      await this.casesOf(trx, b, [p.caseNo]);
      const c = b.cases.get(p.caseNo);
      if (c) this.toApplicantSide(b, e, c, rectificationNotice({ itemName: c.item_name, outcome: p.outcome }));
      return;
    }
    if (!p.userId) return;
    const draft =
      e.topic === 'hall.appointment_booked' || e.topic === 'hall.appointment_reminder'
        ? appointmentNotice(e.topic === 'hall.appointment_booked' ? 'booked' : 'reminder', { code: p.code, zoneName: p.zoneName, itemName: p.itemName, slotStart: new Date(p.slotStart) })
        : e.topic === 'hall.ticket_near' || e.topic === 'hall.ticket_called'
          ? ticketNotice(e.topic === 'hall.ticket_near' ? 'near' : 'called', { number: p.number, zoneName: p.zoneName, ahead: p.ahead, windowName: p.windowName })
          : rectificationNotice({ itemName: p.itemName ?? '大厅', outcome: p.outcome });
    await this.usersOf(trx, b, [p.userId]);
    const u = b.users.get(p.userId);
    if (u && u.kind !== 'staff') b.out.push({ e, userId: p.userId, caseNo: null, n: draft, phone: u.phone });
  }

  /** The applicant, and the agent's account that filed the case if that is someone else (staff who filed at the window get nothing): how many inboxes it reaches. */
  private toApplicantSide(b: Batch, e: OutboxRecord, c: CaseFacts, n: NoticeDraft): number {
    let reached = 0;
    for (const id of new Set([c.applicant_user_id, c.filed_by])) {
      const u = id ? b.users.get(id) : undefined;
      if (!u || u.kind === 'staff') continue;
      b.out.push({ e, userId: u.id, caseNo: c.case_no, n, phone: u.id === c.applicant_user_id ? (c.applicant_phone ?? u.phone) : u.phone });
      reached++;
    }
    return reached;
  }

  private inspectionScheduled(b: Batch, e: OutboxRecord) {
    const c = b.cases.get(String(e.payload.caseNo ?? e.subject));
    const p = e.payload as { scheduledOn: string; address: string; inspectors: string[] };
    if (c) this.toApplicantSide(b, e, c, inspectionNotice({ caseNo: c.case_no, itemName: c.item_name }, p));
  }

  private dueReminder(b: Batch, e: OutboxRecord) {
    const c = b.cases.get(String(e.payload.caseNo ?? e.subject));
    const p = e.payload as { kind: 'pending' | 'promise'; due: string; left: number; materials: string[] };
    if (c) this.toApplicantSide(b, e, c, dueReminderNotice({ caseNo: c.case_no, itemName: c.item_name }, p));
  }

  private feeReminder(b: Batch, e: OutboxRecord) {
    const c = b.cases.get(String(e.payload.caseNo ?? e.subject));
    const p = e.payload as { feeName: string; dueFen: number; payCode: string; deadline: string };
    if (c) this.toApplicantSide(b, e, c, feeReminderNotice({ caseNo: c.case_no, itemName: c.item_name }, p));
  }

  private async licenceExpiring(trx: Trx, b: Batch, e: OutboxRecord) {
    const userId = typeof e.payload.holderUserId === 'string' ? e.payload.holderUserId : null;
    if (!userId) return;
    const l = await trx.selectFrom('licences').select(['no', 'case_no', 'payload', 'valid_to']).where('no', '=', String(e.payload.no)).where('version', '=', Number(e.payload.version)).executeTakeFirst();
    await this.usersOf(trx, b, [userId]);
    const u = b.users.get(userId);
    if (!l?.valid_to || !u) return;
    b.out.push({ e, userId, caseNo: l.case_no, n: licenceExpiringNotice({ no: l.no, name: l.payload.type, validTo: l.valid_to, daysBefore: Number(e.payload.daysBefore) }), phone: u.phone });
  }

  /** Write the batch's notices (once per event, person and template) and a delivery per channel each person can be reached on. */
  private async flush(trx: Trx, b: Batch) {
    if (!b.out.length) return;
    const at = this.d.now();
    // the templates' wording as the administrator left it, read once per batch
    const w = await wordings(trx);
    const rows = b.out.map((o) => ({
      id: crypto.randomUUID(),
      outbox_id: o.e.id,
      user_id: o.userId,
      case_no: o.caseNo,
      template: o.n.template,
      title: w[o.n.template].name,
      body: o.n.body,
      params: JSON.stringify(o.n.params),
      required: NOTICE_TEMPLATES[o.n.template].required,
      created_at: at,
    }));
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const r = await trx
        .insertInto('notices')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.columns(['outbox_id', 'user_id', 'template']).doNothing())
        .returning('id')
        .execute();
      for (const x of r) inserted.add(x.id);
    }
    const fresh = b.out.map((o, i) => ({ id: rows[i]?.id ?? '', o })).filter((x) => inserted.has(x.id));
    if (!fresh.length) return;
    const settings = new Map(
      (await trx.selectFrom('notice_settings').select(['user_id', 'sms', 'wechat', 'wechat_openid']).where('user_id', 'in', [...new Set(fresh.map((f) => f.o.userId))]).execute()).map((s) => [s.user_id, s]),
    );
    const deliveries: { notice_id: string; channel: 'sms' | 'wechat'; address: string; next_at: Date; status: 'pending' }[] = [];
    for (const { id, o } of fresh) {
      const t = NOTICE_TEMPLATES[o.n.template];
      const mine = settings.get(o.userId);
      // a notice the law requires goes out whatever the person turned off
      const wants = (channel: 'sms' | 'wechat') => t.required || mine?.[channel] !== false;
      if (this.d.channels.sms && o.phone && wants('sms')) {
        try {
          smsText(o.n.template, o.n.params, w[o.n.template].sms);
          deliveries.push({ notice_id: id, channel: 'sms', address: o.phone, next_at: smsSendAt(at, t.urgent), status: 'pending' });
        } catch (err) {
          // a notice whose SMS cannot be written (a variable missing) still reaches the inbox
          this.d.log.warn({ template: o.n.template, caseNo: o.caseNo, err: (err as Error).message }, 'notice without SMS: template variables incomplete');
        }
      }
      if (this.d.channels.wechat && mine?.wechat_openid && wants('wechat')) deliveries.push({ notice_id: id, channel: 'wechat', address: mine.wechat_openid, next_at: at, status: 'pending' });
    }
    for (let i = 0; i < deliveries.length; i += CHUNK) await trx.insertInto('notice_deliveries').values(deliveries.slice(i, i + CHUNK)).execute();
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
