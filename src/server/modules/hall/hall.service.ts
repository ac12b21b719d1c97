/**
 * The service hall: tickets from the kiosk, appointments and clerks; windows calling, serving and
 * transferring; live events for the boards; 好差评 ratings and the rectification of bad ones.
 *
 * The embedded database has one connection: everything read outside the hall's own tables (the
 * catalog item, the calendar, a case) is read before a transaction opens (ADR 0002 §6).
 */
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import { addCalendarDays, toShanghaiDate, type DateStr } from '../../../domain/calendar.js';
import {
  ageFromIdNumber,
  BOOKING_DAYS_AHEAD,
  bookingBlockedUntil,
  BURST_FLAG_AT,
  BURST_MINUTES,
  BURST_REFUSE_AT,
  CHECK_IN_EARLY_MINUTES,
  compareTickets,
  ELDERLY_AGE,
  estimateWaitMinutes,
  GRADE_NAMES,
  GRADE_SCORE,
  isBadGrade,
  isSlotStart,
  queueFor,
  RECTIFY_WORKING_DAYS,
  SLOT_MINUTES,
  slotCapacity,
  slotStartsOf,
  ticketNumber,
  type QueuedTicket,
  type WindowScope,
} from '../../../domain/hall.js';
import { maskIdNumber, maskPhone } from '../../../domain/identifiers.js';
import { auditActor, authorizeUser, hashToken, newToken, type Actor, type UserActor } from '../../platform/auth.js';
import { audit } from '../../platform/audit.js';
import type { Db, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import type { Bus } from '../../platform/pubsub.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { refuseNotStationed, type CatalogService } from '../catalog/catalog.service.js';
import * as repo from './hall.repository.js';
import type { IssueTicketBody, RectifyBody, TicketView } from './hall.schemas.js';

type TicketRow = Selectable<Database['hall_tickets']>;
type WindowRow = Selectable<Database['windows']>;

/** What the hall needs from outside. */
export interface HallDeps {
  db: Db;
  bus: Bus;
  catalog: CatalogService;
  calendar: CalendarService;
  /** A case the caller may see (the cases module's read); throws 404 otherwise. */
  readCase: (actor: Actor, caseNo: string) => Promise<{ status: string; departmentCode: string; itemCode: string }>;
  now: () => Date;
  /** tickets one registered kiosk may issue in a minute (SHENPI_KIOSK_TICKETS_PER_MINUTE) */
  kioskTicketsPerMinute?: number;
}

/** The header a registered kiosk sends its device token in. */
export const KIOSK_TOKEN_HEADER = 'x-kiosk-token';

/** Tickets are told apart per person by a hash of the ID number read, never the number itself. */
const idHash = (idNumber: string) => crypto.createHash('sha256').update(`shenpi-hall:${idNumber.toUpperCase()}`).digest('hex');

/** A live event for boards and consoles. */
export type HallEvent =
  | { type: 'call'; zone: string; number: string; windowId: number; windowNumber: number; windowName: string; at: string; recall: boolean; waiting?: number }
  | { type: 'queue'; zone: string; waiting: number; at: string };

const DEFAULT_SERVICE_MINUTES = 8;
const BOARD_CALLS = 8;
const PAD_MINUTES = 15;
const MAX_LIST = 100;
const UNIQUE_VIOLATION = '23505';
/** Case statuses that end in a decision the applicant can rate (not drafts, not withdrawn). */
const RATABLE_CASE_STATUSES = ['approved', 'refused', 'rejected'];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const ms = (d: Date | string) => new Date(d).getTime();
const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === UNIQUE_VIOLATION;

/** The service hall. */
/** Priorities an ID card cannot prove (军人, 残疾人): only a clerk at the window takes such a ticket. */
const STAFF_CONFIRMED: ReadonlySet<string> = new Set(['military', 'disabled']);

export class HallService {
  private org: { zones: Map<string, { name: string }>; windows: Map<number, WindowRow> } | null = null;

  constructor(private readonly d: HallDeps) {}

  private today(): DateStr {
    return toShanghaiDate(this.d.now());
  }

  /** Zones and windows, read once (they change only when the organisation is loaded). */
  private async orgNames() {
    if (this.org) return this.org;
    const zones = await this.d.db.selectFrom('zones').select(['code', 'name']).orderBy('sort_order').execute();
    const windows = await this.d.db.selectFrom('windows').selectAll().orderBy('zone_code').orderBy('number').execute();
    const org = { zones: new Map(zones.map((z) => [z.code, { name: z.name }])), windows: new Map(windows.map((w) => [w.id, w])) };
    if (zones.length) this.org = org;
    return org;
  }

  private async zoneName(zone: string): Promise<string> {
    const z = (await this.orgNames()).zones.get(zone);
    if (!z) throw badRequest('HALL.ZONE_UNKNOWN', '服务区不存在', [{ path: 'zone', message: `没有服务区 ${zone}` }]);
    return z.name;
  }

  private async windowRow(windowId: number): Promise<WindowRow> {
    const w = (await this.orgNames()).windows.get(windowId);
    if (!w) throw notFound('HALL.WINDOW_NOT_FOUND', '窗口不存在');
    return w;
  }

  private async view(t: TicketRow): Promise<TicketView> {
    const { zones, windows } = await this.orgNames();
    return {
      id: t.id,
      number: t.number,
      zone: t.zone_code,
      zoneName: zones.get(t.zone_code)?.name ?? t.zone_code,
      itemCode: t.item_code,
      itemName: t.item_name,
      priority: t.priority,
      source: t.source,
      status: t.status,
      takenAt: new Date(t.taken_at).toISOString(),
      appointment: t.appt_start && t.appt_end ? { slotStart: new Date(t.appt_start).toISOString(), slotEnd: new Date(t.appt_end).toISOString() } : null,
      windowId: t.window_id,
      windowNumber: t.window_id ? (windows.get(t.window_id)?.number ?? null) : null,
      targetWindowId: t.target_window_id,
      calledAt: iso(t.called_at),
      calledCount: t.called_count,
      startedAt: iso(t.started_at),
      finishedAt: iso(t.finished_at),
      requeued: t.requeued,
      transfers: t.transfers,
      caseNo: t.case_no,
    };
  }

  private async publish(e: HallEvent) {
    await this.d.bus.publish(e);
  }

  private async publishQueue(zone: string) {
    const waiting = await this.d.db
      .selectFrom('hall_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('zone_code', '=', zone)
      .where('day', '=', this.today())
      .where('status', '=', 'waiting')
      .executeTakeFirstOrThrow();
    await this.publish({ type: 'queue', zone, waiting: waiting.n, at: this.d.now().toISOString() });
  }

  // ------------------------------------------------------------------ tickets

  // ------------------------------------------------------------------ kiosks

  /** Register a kiosk (自助取号机): its device token is in this answer only; the hall keeps its hash. */
  async registerKiosk(actor: Actor, body: { name: string }) {
    const user = authorizeUser(actor, 'hall.manage');
    const token = newToken();
    const now = this.d.now();
    const row = await this.d.db.transaction().execute(async (trx) => {
      const k = await trx.insertInto('hall_kiosks').values({ name: body.name, token_hash: hashToken(token), created_by: user.userId, created_at: now }).returningAll().executeTakeFirstOrThrow();
      await audit(trx, auditActor(user), { action: 'hall.kiosk.register', targetType: 'kiosk', targetId: String(k.id), after: { name: k.name } });
      return k;
    });
    return { ...(await this.kioskView(row)), token };
  }

  /** The registered kiosks, newest first, with today's tickets of each. */
  async kiosks(actor: Actor) {
    authorizeUser(actor, 'hall.manage');
    const rows = await this.d.db.selectFrom('hall_kiosks').selectAll().orderBy('id', 'desc').execute();
    return { items: await Promise.all(rows.map((r) => this.kioskView(r))) };
  }

  /** Revoke a kiosk's token: its next ticket is refused. Revoking again changes nothing. */
  async revokeKiosk(actor: Actor, id: number) {
    const user = authorizeUser(actor, 'hall.manage');
    const row = await this.d.db.transaction().execute(async (trx) => {
      const k = await trx.selectFrom('hall_kiosks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!k) throw notFound('HALL.KIOSK_NOT_FOUND', '没有这台取号机');
      if (k.revoked_at) return k;
      const done = await trx.updateTable('hall_kiosks').set({ revoked_at: this.d.now(), revoked_by: user.userId }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await audit(trx, auditActor(user), { action: 'hall.kiosk.revoke', targetType: 'kiosk', targetId: String(id), before: { name: k.name } });
      return done;
    });
    return this.kioskView(row);
  }

  private async kioskView(k: Selectable<Database['hall_kiosks']>) {
    const today = await this.d.db
      .selectFrom('hall_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kiosk_id', '=', k.id)
      .where('day', '=', this.today())
      .executeTakeFirstOrThrow();
    const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
    return { id: k.id, name: k.name, createdAt: new Date(k.created_at).toISOString(), revokedAt: iso(k.revoked_at), lastUsedAt: iso(k.last_used_at), ticketsToday: Number(today.n) };
  }

  /** The registered, unrevoked kiosk a device token names; 401 without one, 403 when it is unknown or revoked. */
  private async kioskOf(token: string | undefined) {
    if (!token) throw new DomainError('HALL.KIOSK_REQUIRED', 401, '请在大厅的自助取号机上取号', [], '取号须使用大厅管理员登记的自助取号机；窗口人员可为群众代取');
    const k = await this.d.db.selectFrom('hall_kiosks').select(['id', 'revoked_at']).where('token_hash', '=', hashToken(token)).executeTakeFirst();
    if (!k || k.revoked_at) throw new DomainError('HALL.KIOSK_REVOKED', 403, '这台取号机未登记或已停用，请联系大厅管理员', []);
    return k.id;
  }

  // ------------------------------------------------------------------ tickets

  /**
   * Issue a ticket at a registered kiosk (its device token), for an appointment (by code or ID
   * card, at a kiosk), or by a clerk. A kiosk issues at most `kioskTicketsPerMinute` a minute
   * (429); an ID number read has one open ticket per zone a day (409). A retried request with the
   * same `requestKey` gets the same ticket.
   */
  async issue(actor: Actor, body: IssueTicketBody, kioskToken?: string) {
    const now = this.d.now();
    const day = this.today();
    const isClerk = actor.type === 'user' && actor.permissions.includes('hall.window');
    const kioskId = isClerk ? null : await this.kioskOf(kioskToken);
    if (body.zone) await this.zoneName(body.zone);
    if (body.requestKey) {
      const existing = await this.d.db.selectFrom('hall_tickets').selectAll().where('request_key', '=', body.requestKey).executeTakeFirst();
      if (existing) return this.issued(existing);
    }
    let item: { code: string; name: string } | null = null;
    if (body.itemCode) {
      const published = await this.d.catalog.publishedItem(body.itemCode).catch((err: unknown) => {
        if (err instanceof DomainError && err.status === 404) throw badRequest('HALL.ITEM_UNKNOWN', '事项不存在或尚未发布', [{ path: 'itemCode', message: `没有已发布的事项 ${body.itemCode}` }]);
        throw err;
      });
      if (published.zone && body.zone && published.zone !== body.zone)
        throw badRequest('HALL.ITEM_ZONE', '该事项不在所选服务区办理', [{ path: 'itemCode', message: `该事项在 ${published.zone} 区办理` }]);
      refuseNotStationed('HALL.NOT_STATIONED', published);
      item = { code: published.code, name: published.name };
    }
    if (body.priority === 'elderly') {
      if (!body.idNumber) throw badRequest('HALL.ID_REQUIRED', '老年人绿色通道须刷身份证', [{ path: 'idNumber', message: '请刷身份证' }]);
      const age = ageFromIdNumber(body.idNumber, day) ?? 0;
      if (age < ELDERLY_AGE) throw badRequest('HALL.NOT_ELDERLY', `老年人绿色通道限${ELDERLY_AGE}周岁以上`, [{ path: 'priority', message: `持证人未满${ELDERLY_AGE}周岁` }]);
    }
    // an ID card proves age, not service or disability: those lanes are opened by staff who saw the certificate
    if (STAFF_CONFIRMED.has(body.priority) && !isClerk)
      throw badRequest('HALL.PRIORITY_AT_WINDOW', '军人、残疾人优先请到窗口出示证件，由工作人员取号', [{ path: 'priority', message: '须由工作人员查验证件后取号' }]);
    try {
      const row = await this.d.db.transaction().execute(async (trx) => {
        let appt: Selectable<Database['hall_appointments']> | undefined;
        if (body.appointmentCode || (body.idNumber && body.priority !== 'elderly')) {
          appt = await this.findAppointmentForCheckIn(trx, body, day);
          if (appt?.status === 'checked_in' && appt.ticket_id) return (await repo.ticketById(trx, appt.ticket_id)) as TicketRow;
        }
        if (appt) {
          if (ms(appt.slot_start) - CHECK_IN_EARLY_MINUTES * 60_000 > now.getTime())
            throw conflict('HALL.APPOINTMENT_EARLY', `请于预约时段前${CHECK_IN_EARLY_MINUTES}分钟内取号`, `预约时段 ${new Date(appt.slot_start).toISOString()}`);
          if (ms(appt.slot_end) <= now.getTime()) throw conflict('HALL.APPOINTMENT_LATE', '已过预约时段，请取普通号');
        }
        const zone = appt?.zone_code ?? body.zone;
        if (!zone) throw badRequest('REQUEST.INVALID', '请选择服务区', [{ path: 'zone', message: '请选择服务区' }]);
        if (kioskId !== null) await this.kioskWithinRate(trx, kioskId, now);
        const idNumber = appt?.id_number ?? body.idNumber ?? null;
        const hashed = idNumber ? idHash(idNumber) : null;
        if (hashed && (await repo.openTicketOf(trx, day, zone, hashed)))
          throw conflict('HALL.ID_HAS_TICKET', '该身份证今天在本服务区已有未办结的排队号，请留意叫号', '同一身份证每天在每个服务区只能持有一个未办结的号；过号的可到窗口重新排队');
        const seq = await repo.nextSeq(trx, zone, day);
        const t = await trx
          .insertInto('hall_tickets')
          .values(
            repo.waitingTicket(day, zone, ticketNumber(zone, seq), now, {
              item_code: appt?.item_code ?? item?.code ?? null,
              item_name: appt?.item_name ?? item?.name ?? null,
              priority: body.priority,
              source: appt ? 'appointment' : isClerk ? 'clerk' : 'kiosk',
              appointment_id: appt?.id ?? null,
              appt_start: appt?.slot_start ?? null,
              appt_end: appt?.slot_end ?? null,
              request_key: body.requestKey ?? null,
              kiosk_id: kioskId,
              id_hash: hashed,
            }),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        if (appt) {
          await trx.updateTable('hall_appointments').set({ status: 'checked_in', checked_in_at: now, ticket_id: t.id }).where('id', '=', appt.id).execute();
        }
        await repo.addEvent(trx, { ticketId: t.id, at: now, type: 'issued', windowId: null, userId: actor.type === 'user' ? actor.userId : null, detail: { source: t.source } });
        return t;
      });
      await this.publishQueue(row.zone_code);
      return this.issued(row);
    } catch (err) {
      // two retries of one request at the same moment: the second finds the first's ticket
      if (body.requestKey && isUniqueViolation(err)) {
        const existing = await this.d.db.selectFrom('hall_tickets').selectAll().where('request_key', '=', body.requestKey).executeTakeFirstOrThrow();
        return this.issued(existing);
      }
      throw err;
    }
  }

  /** The kiosk's row locked (its tickets are issued one at a time), then its tickets of the last minute counted. */
  private async kioskWithinRate(trx: Trx, kioskId: number, now: Date) {
    await trx.selectFrom('hall_kiosks').select('id').where('id', '=', kioskId).forUpdate().executeTakeFirst();
    const limit = this.d.kioskTicketsPerMinute ?? 6;
    const recent = await trx
      .selectFrom('hall_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kiosk_id', '=', kioskId)
      .where('taken_at', '>', new Date(now.getTime() - 60_000))
      .where('taken_at', '<=', now)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limit) throw new DomainError('HALL.KIOSK_BUSY', 429, `本机取号过于频繁（每分钟最多 ${limit} 张），请稍候再试`, [], '如需批量取号，请到窗口由工作人员代取');
    await trx.updateTable('hall_kiosks').set({ last_used_at: now }).where('id', '=', kioskId).execute();
  }

  private async findAppointmentForCheckIn(trx: Trx, body: IssueTicketBody, day: DateStr) {
    let q = trx.selectFrom('hall_appointments').selectAll().where('status', 'in', ['booked', 'checked_in']).forUpdate();
    if (body.appointmentCode) q = q.where('code', '=', body.appointmentCode);
    else q = q.where('id_number', '=', body.idNumber ?? '');
    if (body.zone) q = q.where('zone_code', '=', body.zone);
    const rows = await q.orderBy('slot_start').execute();
    const appt = rows.find((a) => toShanghaiDate(a.slot_start) === day);
    if (!appt) {
      const path = body.appointmentCode ? 'appointmentCode' : 'idNumber';
      throw badRequest('HALL.NO_APPOINTMENT_TODAY', '没有今天的预约', [{ path, message: body.appointmentCode ? '预约码不存在或不是今天的预约' : '该身份证今天在本服务区没有预约' }]);
    }
    return appt;
  }

  private async issued(t: TicketRow) {
    const { ahead, waiting, estimate } = await this.position(t);
    return {
      number: t.number,
      zone: t.zone_code,
      zoneName: await this.zoneName(t.zone_code),
      itemName: t.item_name,
      priority: t.priority,
      takenAt: new Date(t.taken_at).toISOString(),
      appointment: t.appt_start && t.appt_end ? { slotStart: new Date(t.appt_start).toISOString(), slotEnd: new Date(t.appt_end).toISOString() } : null,
      position: ahead + 1,
      waiting,
      estimatedWaitMinutes: estimate,
    };
  }

  /** Where a ticket stands in its zone's queue and how long it will wait. */
  private async position(t: TicketRow) {
    const now = this.d.now().getTime();
    const waitingRows = await repo.waitingIn(this.d.db, t.zone_code, t.day);
    const me = queued(t);
    const ahead = t.status === 'waiting' ? waitingRows.filter((r) => r.id !== t.id && compareTickets(queued(r), me, now) < 0).length : 0;
    const estimate = estimateWaitMinutes(ahead, await repo.openWindows(this.d.db, t.zone_code, t.day), await this.avgServiceMinutes(t.zone_code));
    return { ahead, waiting: waitingRows.length, estimate };
  }

  private async avgServiceMinutes(zone: string): Promise<number> {
    const m = await repo.recentServiceMinutes(this.d.db, zone, new Date(this.d.now().getTime() - 7 * 86_400_000));
    return roundMinutes(m.get(zone));
  }

  // ------------------------------------------------------------------ windows

  /** A window's console: its session, current ticket, queue and today's figures. */
  async windowState(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window', 'hall.manage');
    const w = await this.windowRow(windowId);
    const day = this.today();
    const items = await this.windowItems(windowId);
    const scope: WindowScope = { id: w.id, zone: w.zone_code, comprehensive: w.comprehensive, items };
    const session = await this.d.db
      .selectFrom('hall_sessions')
      .innerJoin('users', 'users.id', 'hall_sessions.user_id')
      .select(['hall_sessions.user_id', 'hall_sessions.paused', 'hall_sessions.signed_in_at', 'users.display_name'])
      .where('window_id', '=', windowId)
      .where('day', '=', day)
      .executeTakeFirst();
    const current = await repo.activeTicketOf(this.d.db, windowId);
    const waiting = await repo.waitingIn(this.d.db, w.zone_code, day);
    const now = this.d.now().getTime();
    const byId = new Map(waiting.map((r) => [r.id, r]));
    const queue = queueFor(scope, waiting.map(queued), now).slice(0, MAX_LIST);
    const served = await this.d.db
      .selectFrom('hall_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('window_id', '=', windowId)
      .where('day', '=', day)
      .where('status', '=', 'done')
      .executeTakeFirstOrThrow();
    const skipped = await this.d.db
      .selectFrom('hall_tickets')
      .selectAll()
      .where('window_id', '=', windowId)
      .where('day', '=', day)
      .where('status', '=', 'skipped')
      .where('requeued', '=', false)
      .orderBy('called_at', 'desc')
      .limit(20)
      .execute();
    return {
      id: w.id,
      zone: w.zone_code,
      zoneName: await this.zoneName(w.zone_code),
      number: w.number,
      name: w.name,
      comprehensive: w.comprehensive,
      items,
      session: session
        ? { userId: session.user_id, name: session.display_name, paused: session.paused, signedInAt: new Date(session.signed_in_at).toISOString(), mine: session.user_id === user.userId }
        : null,
      current: current ? await this.view(current) : null,
      queue: await Promise.all(queue.map((q) => this.view(byId.get(q.id) as TicketRow))),
      waiting: queue.length,
      servedToday: served.n,
      skipped: await Promise.all(skipped.map((t) => this.view(t))),
    };
  }

  private async windowItems(windowId: number): Promise<string[]> {
    const rows = await this.d.db.selectFrom('hall_window_items').select('item_code').where('window_id', '=', windowId).orderBy('item_code').execute();
    return rows.map((r) => r.item_code);
  }

  /** Set the items a window serves (hall managers; audited). */
  async setWindowItems(actor: Actor, windowId: number, items: string[]) {
    const manager = authorizeUser(actor, 'hall.manage');
    const w = await this.windowRow(windowId);
    const unique = [...new Set(items)];
    const problems: { path: string; message: string }[] = [];
    for (const [i, code] of unique.entries()) {
      const item = await this.d.catalog.publishedItem(code).catch(() => null);
      if (!item) problems.push({ path: `items.${i}`, message: `没有已发布的事项 ${code}` });
      else if (item.zone && item.zone !== w.zone_code) problems.push({ path: `items.${i}`, message: `事项 ${code} 在 ${item.zone} 区办理` });
    }
    if (problems.length) throw badRequest('HALL.ITEM_UNKNOWN', '窗口事项有误', problems);
    const before = await this.windowItems(windowId);
    await this.d.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('hall_window_items').where('window_id', '=', windowId).execute();
      if (unique.length) await trx.insertInto('hall_window_items').values(unique.map((item_code) => ({ window_id: windowId, item_code }))).execute();
      await audit(trx, auditActor(manager), { action: 'hall.window_items', targetType: 'window', targetId: String(windowId), before: { items: before }, after: { items: unique } });
    });
    return { items: unique.sort() };
  }

  /** Sign in to a window for today; moves the caller from another window that holds no ticket. */
  async signIn(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window');
    await this.windowRow(windowId);
    const day = this.today();
    await this.d.db.transaction().execute(async (trx) => {
      const here = await trx.selectFrom('hall_sessions').selectAll().where('window_id', '=', windowId).where('day', '=', day).forUpdate().executeTakeFirst();
      if (here && here.user_id !== user.userId) throw conflict('HALL.WINDOW_TAKEN', '该窗口已有人员签到');
      if (here) return;
      const elsewhere = await trx.selectFrom('hall_sessions').selectAll().where('user_id', '=', user.userId).where('day', '=', day).forUpdate().executeTakeFirst();
      if (elsewhere) {
        if (await repo.activeTicketOf(trx, elsewhere.window_id)) throw conflict('HALL.WINDOW_BUSY', '请先办结原窗口的当前号');
        await trx.deleteFrom('hall_sessions').where('window_id', '=', elsewhere.window_id).where('day', '=', day).execute();
      }
      await trx.insertInto('hall_sessions').values({ window_id: windowId, day, user_id: user.userId, signed_in_at: this.d.now() }).execute();
    });
    return this.windowState(actor, windowId);
  }

  /** Sign out of a window (it must hold no ticket). */
  async signOut(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window');
    await this.session(user, windowId);
    if (await repo.activeTicketOf(this.d.db, windowId)) throw conflict('HALL.WINDOW_BUSY', '请先办结当前号');
    await this.d.db.deleteFrom('hall_sessions').where('window_id', '=', windowId).where('day', '=', this.today()).where('user_id', '=', user.userId).execute();
    return this.windowState(actor, windowId);
  }

  /** Pause or resume calling at a window. */
  async pause(actor: Actor, windowId: number, paused: boolean) {
    const user = authorizeUser(actor, 'hall.window');
    await this.session(user, windowId);
    await this.d.db.updateTable('hall_sessions').set({ paused }).where('window_id', '=', windowId).where('day', '=', this.today()).execute();
    return this.windowState(actor, windowId);
  }

  /** The caller's session at a window today, or 409. */
  private async session(user: UserActor, windowId: number) {
    const w = await this.windowRow(windowId);
    const s = await this.d.db.selectFrom('hall_sessions').selectAll().where('window_id', '=', windowId).where('day', '=', this.today()).executeTakeFirst();
    if (!s || s.user_id !== user.userId) throw conflict('HALL.NOT_SIGNED_IN', '请先签到该窗口');
    return { w, s };
  }

  /**
   * Call the next ticket the window may serve. The window's session row is locked, so one
   * window's double click calls once; the ticket is taken with FOR UPDATE SKIP LOCKED, so two
   * windows or two processes never get the same one. Null when nobody waits.
   */
  async callNext(actor: Actor, windowId: number): Promise<TicketView | null> {
    const user = authorizeUser(actor, 'hall.window');
    const w = await this.windowRow(windowId);
    const day = this.today();
    const now = this.d.now();
    const row = await this.d.db.transaction().execute(async (trx) => {
      const s = await repo.lockWindow(trx, windowId, day);
      if (!s || s.userId !== user.userId) throw conflict('HALL.NOT_SIGNED_IN', '请先签到该窗口');
      if (s.paused) throw conflict('HALL.PAUSED', '窗口已暂停叫号');
      if (s.ticket) throw conflict('HALL.WINDOW_BUSY', `请先办结或过号当前号 ${s.ticket.number}`, s.ticket.number);
      const called = await repo.callNext(trx, { id: w.id, zone: w.zone_code, comprehensive: w.comprehensive }, user.userId, day, now);
      if (called) await this.tellQueue(trx, called, w, day, now);
      return called;
    });
    if (!row) return null;
    await this.publish({ type: 'call', zone: w.zone_code, number: row.number, windowId, windowNumber: w.number, windowName: w.name, at: now.toISOString(), recall: false, waiting: row.waiting });
    return this.view(row);
  }

  /**
   * Notices of a call, for tickets of a person known by their appointment: "your number is called
   * at window C03" to the one called, and "3 people ahead of you" to the one who is now fourth.
   */
  private async tellQueue(trx: Trx, called: TicketRow, w: WindowRow, day: DateStr, now: Date) {
    const zoneName = await this.zoneName(w.zone_code);
    const waiting = (await repo.waitingIn(trx, w.zone_code, day)).filter((t) => t.id !== called.id).sort((a, b) => compareTickets(queued(a), queued(b), now.getTime()));
    const near = waiting[NEAR_AHEAD];
    const told = [called, near].filter((t): t is TicketRow => !!t?.appointment_id);
    if (!told.length) return;
    const people = new Map(
      (
        await trx
          .selectFrom('hall_appointments')
          .select(['id', 'user_id'])
          .where(
            'id',
            'in',
            told.map((t) => t.appointment_id ?? ''),
          )
          .execute()
      ).map((a) => [a.id, a.user_id]),
    );
    const userOf = (t: TicketRow) => people.get(t.appointment_id ?? '');
    if (called.appointment_id && userOf(called))
      await emit(trx, { topic: 'hall.ticket_called', subject: `ticket:${called.id}`, payload: { userId: userOf(called), number: called.number, zoneName, windowName: w.name }, dedupeKey: `ticket:${called.id}:called:${called.called_count}` });
    if (near?.appointment_id && userOf(near))
      await emit(trx, { topic: 'hall.ticket_near', subject: `ticket:${near.id}`, payload: { userId: userOf(near), number: near.number, zoneName, ahead: NEAR_AHEAD }, dedupeKey: `ticket:${near.id}:near` });
  }

  /** Tomorrow's appointments (Beijing days): one reminder each, whenever the sweeper passes today. */
  async remindAppointments(): Promise<number> {
    const tomorrow = addCalendarDays(this.today(), 1);
    const from = new Date(`${tomorrow}T00:00:00+08:00`);
    const rows = await this.d.db
      .selectFrom('hall_appointments')
      .select(['id', 'user_id', 'code', 'zone_code', 'item_name', 'slot_start'])
      .where('status', '=', 'booked')
      .where('slot_start', '>=', from)
      .where('slot_start', '<', new Date(from.getTime() + 86_400_000))
      .execute();
    let n = 0;
    for (const a of rows) {
      const zoneName = await this.zoneName(a.zone_code);
      const sent = await this.d.db.transaction().execute((trx) =>
        emit(trx, { topic: 'hall.appointment_reminder', subject: `appointment:${a.id}`, payload: { userId: a.user_id, code: a.code, zoneName, itemName: a.item_name, slotStart: new Date(a.slot_start).toISOString() }, dedupeKey: `appointment:${a.id}:reminder` }),
      );
      if (sent) n++;
    }
    return n;
  }

  /**
   * One action on the window's current ticket, in a transaction holding the window's session;
   * `from` are the statuses that allow it. `number` (what the console shows) must match.
   */
  private async act(
    actor: Actor,
    windowId: number,
    number: string | undefined,
    type: string,
    from: TicketRow['status'][],
    change: (t: TicketRow, trx: Trx, now: Date) => Promise<Partial<TicketRow>>,
  ): Promise<TicketRow> {
    const user = authorizeUser(actor, 'hall.window');
    const w = await this.windowRow(windowId);
    const day = this.today();
    const now = this.d.now();
    return this.d.db.transaction().execute(async (trx) => {
      const s = await repo.lockWindow(trx, windowId, day);
      if (!s || s.userId !== user.userId) throw conflict('HALL.NOT_SIGNED_IN', '请先签到该窗口');
      const t = s.ticket;
      if (!t) throw conflict('HALL.NO_TICKET', '窗口当前没有号');
      if (number && t.number !== number) throw conflict('HALL.TICKET_CHANGED', `窗口当前号是 ${t.number}`, t.number);
      if (!from.includes(t.status)) throw conflict('HALL.TICKET_STATE', t.status === 'serving' ? '正在办理，不能执行此操作' : '请先开始办理');
      const set = await change(t, trx, now);
      const updated = await trx.updateTable('hall_tickets').set(set).where('id', '=', t.id).returningAll().executeTakeFirstOrThrow();
      await repo.addEvent(trx, { ticketId: t.id, at: now, type, windowId: w.id, userId: user.userId, detail: set.case_no ? { caseNo: set.case_no } : {} });
      return updated;
    });
  }

  /** Announce the current ticket again. */
  async recall(actor: Actor, windowId: number, number?: string) {
    const t = await this.act(actor, windowId, number, 'recalled', ['called'], async (cur) => ({ called_count: cur.called_count + 1 }));
    const w = await this.windowRow(windowId);
    await this.publish({ type: 'call', zone: w.zone_code, number: t.number, windowId, windowNumber: w.number, windowName: w.name, at: this.d.now().toISOString(), recall: true });
    return this.view(t);
  }

  /** The called person did not come (过号). */
  async skip(actor: Actor, windowId: number, number?: string) {
    return this.view(await this.act(actor, windowId, number, 'skipped', ['called'], async () => ({ status: 'skipped' })));
  }

  async start(actor: Actor, windowId: number, number?: string) {
    return this.view(await this.act(actor, windowId, number, 'started', ['called'], async (_t, _trx, now) => ({ status: 'serving', started_at: now })));
  }

  /** Finish the service; answers the one-time rating link's token. */
  async finish(actor: Actor, windowId: number, body: { number?: string; caseNo?: string }) {
    authorizeUser(actor, 'hall.window');
    if (body.caseNo) await this.d.readCase(actor, body.caseNo);
    const token = newToken();
    const t = await this.act(actor, windowId, body.number, 'finished', ['called', 'serving'], async (cur, _trx, now) => ({
      status: 'done',
      started_at: cur.started_at ?? now,
      finished_at: now,
      rating_token_hash: hashToken(token),
      ...(body.caseNo ? { case_no: body.caseNo } : {}),
    }));
    return { ticket: await this.view(t), ratingToken: token, ratingUrl: `/hall/rate?token=${token}` };
  }

  /** Record the case received from the current ticket (#3). */
  async linkCase(actor: Actor, windowId: number, caseNo: string) {
    authorizeUser(actor, 'hall.window');
    await this.d.readCase(actor, caseNo);
    return this.view(await this.act(actor, windowId, undefined, 'case_linked', ['called', 'serving'], async () => ({ case_no: caseNo })));
  }

  /** Send the current ticket to another zone or window; it keeps its time taken. */
  async transfer(actor: Actor, windowId: number, body: { number?: string; zone?: string; windowId?: number }) {
    authorizeUser(actor, 'hall.window');
    const from = await this.windowRow(windowId);
    let zone = body.zone;
    let target: number | null = null;
    if (body.windowId !== undefined) {
      const tw = (await this.orgNames()).windows.get(body.windowId);
      if (!tw) throw badRequest('HALL.WINDOW_UNKNOWN', '转入窗口不存在', [{ path: 'windowId', message: `没有窗口 ${body.windowId}` }]);
      if (tw.id === windowId) throw badRequest('HALL.TRANSFER_SELF', '不能转给本窗口', [{ path: 'windowId', message: '请选择其他窗口' }]);
      zone = tw.zone_code;
      target = tw.id;
    } else if (zone) await this.zoneName(zone);
    if (!zone) throw badRequest('REQUEST.INVALID', '请指定转入的服务区或窗口之一', [{ path: 'zone', message: '必填' }]);
    const toZone = zone;
    const t = await this.act(actor, windowId, body.number, 'transferred', ['called', 'serving'], async (cur) => ({
      status: 'waiting',
      zone_code: toZone,
      target_window_id: target,
      window_id: null,
      staff_id: null,
      called_at: null,
      started_at: null,
      transfers: cur.transfers + 1,
    }));
    await this.publishQueue(toZone);
    if (toZone !== from.zone_code) await this.publishQueue(from.zone_code);
    return this.view(t);
  }

  /** Put a skipped ticket back in the queue, once, on the person's request; it queues from now. */
  async requeue(actor: Actor, number: string) {
    const user = authorizeUser(actor, 'hall.window');
    const day = this.today();
    const now = this.d.now();
    const t = await this.d.db.transaction().execute(async (trx) => {
      const cur = await trx.selectFrom('hall_tickets').selectAll().where('day', '=', day).where('number', '=', number).forUpdate().executeTakeFirst();
      if (!cur) throw notFound('HALL.TICKET_NOT_FOUND', `今天没有 ${number} 号`);
      if (cur.status !== 'skipped') throw conflict('HALL.TICKET_STATE', '只有过号的票可以重新排队');
      if (cur.requeued) throw conflict('HALL.REQUEUE_USED', '过号后只能重新排队一次，请重新取号');
      const updated = await trx
        .updateTable('hall_tickets')
        .set({ status: 'waiting', requeued: true, queue_at: now, window_id: null, staff_id: null, called_at: null })
        .where('id', '=', cur.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await repo.addEvent(trx, { ticketId: cur.id, at: now, type: 'requeued', windowId: null, userId: user.userId });
      return updated;
    });
    await this.publishQueue(t.zone_code);
    return this.view(t);
  }

  // ------------------------------------------------------------------ boards and overview

  /** Every zone with its live figures (public: kiosks and boards). */
  async zones() {
    const day = this.today();
    const { zones } = await this.orgNames();
    const { tickets, open } = await repo.zoneCounts(this.d.db, day);
    const minutes = await repo.recentServiceMinutes(this.d.db, null, new Date(this.d.now().getTime() - 7 * 86_400_000));
    const windowsPerZone = new Map<string, number>();
    for (const w of (await this.orgNames()).windows.values()) windowsPerZone.set(w.zone_code, (windowsPerZone.get(w.zone_code) ?? 0) + 1);
    const now = this.d.now().getTime();
    return {
      items: [...zones.entries()].map(([code, z]) => {
        const t = tickets.find((r) => r.zone_code === code);
        const openN = open.find((r) => r.zone_code === code)?.n ?? 0;
        const avg = roundMinutes(minutes.get(code));
        const waiting = t?.waiting ?? 0;
        return {
          code,
          name: z.name,
          waiting,
          windowsOpen: openN,
          windows: windowsPerZone.get(code) ?? 0,
          servedToday: t?.served ?? 0,
          longestWaitMinutes: t?.oldest ? Math.max(0, Math.floor((now - ms(t.oldest)) / 60_000)) : 0,
          estimatedWaitMinutes: estimateWaitMinutes(waiting, openN, avg),
          avgServiceMinutes: avg,
        };
      }),
    };
  }

  /** A zone's display board: the latest calls and the waiting count (public). */
  async board(zone: string) {
    const zoneName = await this.zoneName(zone);
    const day = this.today();
    const { windows } = await this.orgNames();
    const calls = await this.d.db
      .selectFrom('hall_tickets')
      .select(['number', 'window_id', 'called_at', 'status', 'zone_code'])
      .where('day', '=', day)
      .where('zone_code', '=', zone)
      .where('called_at', 'is not', null)
      .where('window_id', 'is not', null)
      .orderBy('called_at', 'desc')
      .limit(BOARD_CALLS)
      .execute();
    const waiting = (await repo.waitingIn(this.d.db, zone, day)).length;
    return {
      zone,
      zoneName,
      waiting,
      windowsOpen: await repo.openWindows(this.d.db, zone, day),
      calls: calls.map((c) => {
        const w = windows.get(c.window_id as number);
        return { number: c.number, windowNumber: w?.number ?? 0, windowName: w?.name ?? '', zone: c.zone_code, at: new Date(c.called_at as Date).toISOString(), status: c.status };
      }),
    };
  }

  /** The hall manager's overview: live zones, today per hour, ratings and rectifications. */
  async overview(actor: Actor) {
    authorizeUser(actor, 'hall.manage');
    const day = this.today();
    const ratings = await this.d.db
      .selectFrom('hall_ratings')
      .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.countAll<number>().filterWhere('grade', 'in', ['dissatisfied', 'very_dissatisfied']).as('bad')])
      .where('created_at', '>=', new Date(`${day}T00:00:00+08:00`))
      .executeTakeFirstOrThrow();
    const rect = await this.d.db
      .selectFrom('hall_rectifications')
      .select((eb) => [eb.fn.countAll<number>().as('open'), eb.fn.countAll<number>().filterWhere('due_date', '<', day).as('overdue')])
      .where('status', '<>', 'closed')
      .executeTakeFirstOrThrow();
    return {
      day,
      zones: (await this.zones()).items,
      hours: await repo.hourly(this.d.db, day),
      ratings: { total: ratings.total, bad: ratings.bad, openRectifications: rect.open, overdueRectifications: rect.overdue },
    };
  }

  /** Subscribe to live events (SSE); resolves once this process listens. */
  subscribe(fn: (e: HallEvent) => void) {
    return this.d.bus.subscribe((e) => fn(e as HallEvent));
  }

  /** Stop the live events (the app closes). */
  close(): Promise<void> {
    return this.d.bus.close();
  }

  // ------------------------------------------------------------------ appointments

  /** Bookable slots of a zone for the coming working days, with the places left (public). */
  async slots(zone: string) {
    await this.zoneName(zone);
    const capacity = await this.capacity(zone);
    const cal = await this.d.calendar.calendar();
    const now = this.d.now();
    const days: DateStr[] = [];
    for (let d = this.today(); days.length < BOOKING_DAYS_AHEAD; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) days.push(d);
    const starts = days.flatMap((d) => slotStartsOf(d)).filter((s) => s.getTime() > now.getTime());
    const counts = starts.length
      ? await this.d.db.selectFrom('hall_slot_counts').selectAll().where('zone_code', '=', zone).where('slot_start', 'in', starts).execute()
      : [];
    const booked = new Map(counts.map((c) => [ms(c.slot_start), c.booked]));
    return {
      zone,
      capacity,
      days: days
        .map((date) => ({
          date,
          slots: starts
            .filter((s) => toShanghaiDate(s) === date)
            .map((s) => {
              const n = booked.get(s.getTime()) ?? 0;
              return { start: s.toISOString(), end: new Date(s.getTime() + SLOT_MINUTES * 60_000).toISOString(), booked: n, available: Math.max(0, capacity - n) };
            }),
        }))
        .filter((d) => d.slots.length > 0),
    };
  }

  private async capacity(zone: string) {
    const windows = [...(await this.orgNames()).windows.values()].filter((w) => w.zone_code === zone).length;
    return slotCapacity(windows);
  }

  /** Mark the caller's missed appointments as no-shows and tell whether they block booking. */
  private async noShowBlock(userId: string): Promise<DateStr | null> {
    const now = this.d.now();
    await this.d.db.updateTable('hall_appointments').set({ status: 'no_show' }).where('user_id', '=', userId).where('status', '=', 'booked').where('slot_end', '<=', now).execute();
    const since = new Date(now.getTime() - 60 * 86_400_000);
    const rows = await this.d.db.selectFrom('hall_appointments').select('slot_start').where('user_id', '=', userId).where('status', '=', 'no_show').where('slot_start', '>=', since).execute();
    return bookingBlockedUntil(
      rows.map((r) => toShanghaiDate(r.slot_start)),
      this.today(),
    );
  }

  /** Book a slot online (applicants): one active booking per person per item; no-shows block. */
  async book(actor: Actor, body: { zone: string; itemCode?: string; slotStart: string }) {
    const user = authorizeUser(actor, 'case.apply');
    const zoneName = await this.zoneName(body.zone);
    const start = new Date(body.slotStart);
    const day = toShanghaiDate(start);
    const cal = await this.d.calendar.calendar();
    const lastDay = addCalendarDays(this.today(), BOOKING_DAYS_AHEAD * 2);
    if (!isSlotStart(day, start) || !cal.isWorkingDay(day) || start.getTime() <= this.d.now().getTime() || day > lastDay)
      throw badRequest('HALL.SLOT_INVALID', '不可预约的时段', [{ path: 'slotStart', message: '请选择未来工作日的半小时时段' }]);
    let item: { code: string; name: string } | null = null;
    if (body.itemCode) {
      const p = await this.d.catalog.publishedItem(body.itemCode).catch(() => null);
      if (!p) throw badRequest('HALL.ITEM_UNKNOWN', '事项不存在或尚未发布', [{ path: 'itemCode', message: `没有已发布的事项 ${body.itemCode}` }]);
      if (p.zone && p.zone !== body.zone) throw badRequest('HALL.ITEM_ZONE', '该事项不在所选服务区办理', [{ path: 'itemCode', message: `该事项在 ${p.zone} 区办理` }]);
      refuseNotStationed('HALL.NOT_STATIONED', p);
      item = { code: p.code, name: p.name };
    }
    const blocked = await this.noShowBlock(user.userId);
    if (blocked) throw new DomainError('HALL.BOOKING_BLOCKED', 403, `您30天内3次预约未到，网上预约暂停至 ${blocked}（当天可恢复），可到大厅现场取号办理`, [], blocked);
    const person = await this.d.db.selectFrom('users').select('id_number').where('id', '=', user.userId).executeTakeFirst();
    const capacity = await this.capacity(body.zone);
    const id = crypto.randomUUID();
    const code = appointmentCode();
    try {
      await this.d.db.transaction().execute(async (trx) => {
        if (!(await repo.takeSlotPlace(trx, body.zone, start, capacity))) throw conflict('HALL.SLOT_FULL', '该时段已约满，请选择其他时段');
        await trx
          .insertInto('hall_appointments')
          .values({
            id,
            code,
            user_id: user.userId,
            id_number: person?.id_number ?? null,
            zone_code: body.zone,
            item_code: item?.code ?? null,
            item_name: item?.name ?? null,
            slot_start: start,
            slot_end: new Date(start.getTime() + SLOT_MINUTES * 60_000),
            status: 'booked',
            created_at: this.d.now(),
            checked_in_at: null,
            ticket_id: null,
          })
          .execute();
        await emit(trx, { topic: 'hall.appointment_booked', subject: `appointment:${id}`, payload: { userId: user.userId, code, zoneName, itemName: item?.name ?? null, slotStart: start.toISOString() }, dedupeKey: `appointment:${id}:booked` });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('HALL.ALREADY_BOOKED', item ? '您已预约该事项，请先取消原预约' : '您已预约该服务区，请先取消原预约');
      throw err;
    }
    return this.appointment(id);
  }

  private async appointment(id: string) {
    const a = await this.d.db
      .selectFrom('hall_appointments')
      .leftJoin('hall_tickets', 'hall_tickets.id', 'hall_appointments.ticket_id')
      .selectAll('hall_appointments')
      .select('hall_tickets.number as ticket_number')
      .where('hall_appointments.id', '=', id)
      .executeTakeFirstOrThrow();
    return this.appointmentView(a);
  }

  private async appointmentView(a: Selectable<Database['hall_appointments']> & { ticket_number: string | null }) {
    return {
      id: a.id,
      code: a.code,
      zone: a.zone_code,
      zoneName: await this.zoneName(a.zone_code),
      itemCode: a.item_code,
      itemName: a.item_name,
      slotStart: new Date(a.slot_start).toISOString(),
      slotEnd: new Date(a.slot_end).toISOString(),
      status: a.status,
      idNumber: a.id_number ? maskIdNumber(a.id_number) : null,
      createdAt: new Date(a.created_at).toISOString(),
      ticketNumber: a.ticket_number,
    };
  }

  /** The caller's appointments, newest slot first, with any no-show block. */
  async myAppointments(actor: Actor) {
    const user = authorizeUser(actor, 'case.apply');
    const blockedUntil = await this.noShowBlock(user.userId);
    const rows = await this.d.db
      .selectFrom('hall_appointments')
      .leftJoin('hall_tickets', 'hall_tickets.id', 'hall_appointments.ticket_id')
      .selectAll('hall_appointments')
      .select('hall_tickets.number as ticket_number')
      .where('hall_appointments.user_id', '=', user.userId)
      .orderBy('hall_appointments.slot_start', 'desc')
      .limit(MAX_LIST)
      .execute();
    return { items: await Promise.all(rows.map((r) => this.appointmentView(r))), blockedUntil };
  }

  /** Cancel one's booking before its slot; cancelling again changes nothing. */
  async cancel(actor: Actor, id: string) {
    const user = authorizeUser(actor, 'case.apply');
    await this.d.db.transaction().execute(async (trx) => {
      const a = await trx.selectFrom('hall_appointments').selectAll().where('id', '=', id).where('user_id', '=', user.userId).forUpdate().executeTakeFirst();
      if (!a) throw notFound('HALL.APPOINTMENT_NOT_FOUND', '预约不存在');
      if (a.status === 'cancelled') return;
      if (a.status !== 'booked' || ms(a.slot_start) <= this.d.now().getTime()) throw conflict('HALL.APPOINTMENT_STATE', '该预约已不能取消');
      await trx.updateTable('hall_appointments').set({ status: 'cancelled' }).where('id', '=', id).execute();
      await repo.releaseSlotPlace(trx, a.zone_code, new Date(a.slot_start));
    });
    return this.appointment(id);
  }

  // ------------------------------------------------------------------ ratings

  /** The last finished, unrated ticket at a window in the past minutes (the pad beside it). */
  async pad(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window');
    await this.session(user, windowId);
    const t = await this.d.db
      .selectFrom('hall_tickets')
      .leftJoin('hall_ratings', 'hall_ratings.ticket_id', 'hall_tickets.id')
      .select(['hall_tickets.id', 'hall_tickets.number', 'hall_tickets.item_name', 'hall_tickets.finished_at'])
      .where('hall_tickets.window_id', '=', windowId)
      .where('hall_tickets.status', '=', 'done')
      .where('hall_tickets.finished_at', '>=', new Date(this.d.now().getTime() - PAD_MINUTES * 60_000))
      .where('hall_ratings.id', 'is', null)
      .orderBy('hall_tickets.finished_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return { ticket: t ? { serviceRef: `ticket:${t.id}`, number: t.number, itemName: t.item_name, finishedAt: new Date(t.finished_at as Date).toISOString() } : null };
  }

  /**
   * Rate a finished service once: by the one-time token of its link (anyone), or on the window's
   * pad (the staff signed in at the window where it was served). Bursts of identical ratings from
   * one device or phone are flagged, then refused. A bad grade opens a rectification.
   */
  async rate(
    actor: Actor,
    body: { serviceRef?: string; token?: string; grade: Database['hall_ratings']['grade']; reasons: string[]; comment: string; phone?: string; device?: string },
  ) {
    const now = this.d.now();
    const service = await this.ratedService(actor, body);
    const device = body.device ?? actor.ip ?? 'unknown';
    const since = new Date(now.getTime() - BURST_MINUTES * 60_000);
    const burst = (
      await this.d.db
        .selectFrom('hall_ratings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('grade', '=', body.grade)
        .where('created_at', '>=', since)
        .where((eb) => (body.phone ? eb.or([eb('device', '=', device), eb('phone', '=', body.phone)]) : eb('device', '=', device)))
        .executeTakeFirstOrThrow()
    ).n;
    if (burst + 1 >= BURST_REFUSE_AT) throw new DomainError('HALL.RATING_BURST', 429, '评价过于频繁，请稍后再试');
    const flagged = burst + 1 >= BURST_FLAG_AT;
    const bad = isBadGrade(body.grade);
    const department = bad ? ((service.staffId ? await this.staffDepartment(service.staffId) : null) ?? service.department) : null;
    const dueDate = bad ? await this.d.calendar.dueDate(this.today(), RECTIFY_WORKING_DAYS) : null;
    try {
      return await this.d.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('hall_ratings')
          .values({
            service_ref: service.ref,
            ticket_id: service.ticketId,
            case_no: service.caseNo,
            zone_code: service.zone,
            window_id: service.windowId,
            staff_id: service.staffId,
            item_code: service.itemCode,
            grade: body.grade,
            reasons: JSON.stringify(body.reasons),
            comment: body.comment,
            channel: service.channel,
            device,
            phone: body.phone ?? null,
            flagged,
            created_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        // 好差评 leaves the bureau (the province consumer pushes it to the national system)
        await emit(trx, { topic: 'hall.rated', subject: `rating:${r.id}`, payload: { ratingId: r.id }, dedupeKey: `rating:${r.id}:rated` });
        let rectificationId: string | null = null;
        if (dueDate) {
          rectificationId = crypto.randomUUID();
          await trx
            .insertInto('hall_rectifications')
            .values({ id: rectificationId, rating_id: r.id, department_code: department, status: 'open', opened_on: this.today(), due_date: dueDate, verify_note: null, callback_note: null, callback_at: null, rectify_note: null, outcome: null, closed_at: null, updated_by: null })
            .execute();
          await emit(trx, { topic: 'hall.rectification_opened', subject: `rectification:${rectificationId}`, payload: { service: service.ref, grade: body.grade, dueDate, department }, dedupeKey: `rectification:${rectificationId}:opened` });
        }
        return { id: r.id, serviceRef: service.ref, grade: body.grade, gradeName: GRADE_NAMES[body.grade], flagged, rectificationId };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('HALL.ALREADY_RATED', '该服务已评价过，每项服务只能评价一次');
      throw err;
    }
  }

  /**
   * The finished service a rating is for, with its window and staff: a ticket by its link's token
   * or on the pad of the window that served it, or a decided case by its applicant online (bound
   * to the window and staff of a ticket linked to it, else to the deciding department).
   */
  private async ratedService(actor: Actor, body: { serviceRef?: string; token?: string }) {
    const ref = body.serviceRef ?? '';
    if (ref.startsWith('case:')) {
      const user = authorizeUser(actor, 'case.apply');
      const caseNo = ref.slice('case:'.length);
      const c = await this.d.readCase(user, caseNo).catch((err: unknown) => {
        if (err instanceof DomainError && err.status === 404) throw badRequest('HALL.SERVICE_UNKNOWN', '服务不存在', [{ path: 'serviceRef', message: '没有您的这件办件' }]);
        throw err;
      });
      if (!RATABLE_CASE_STATUSES.includes(c.status)) throw conflict('HALL.NOT_FINISHED', '办件尚未办结，不能评价');
      const t = await this.d.db.selectFrom('hall_tickets').selectAll().where('case_no', '=', caseNo).where('status', '=', 'done').orderBy('id', 'desc').executeTakeFirst();
      return { ref, ticketId: t?.id ?? null, caseNo, zone: t?.zone_code ?? null, windowId: t?.window_id ?? null, staffId: t?.staff_id ?? null, itemCode: c.itemCode, department: c.departmentCode, channel: 'online' as const };
    }
    let ticket: TicketRow | undefined;
    if (body.token) {
      ticket = await this.d.db.selectFrom('hall_tickets').selectAll().where('rating_token_hash', '=', hashToken(body.token)).executeTakeFirst();
      if (!ticket) throw notFound('HALL.RATING_LINK_INVALID', '评价链接无效');
    } else {
      const user = authorizeUser(actor, 'hall.window');
      ticket = await repo.ticketById(this.d.db, Number(ref.slice('ticket:'.length)));
      if (!ticket) throw badRequest('HALL.SERVICE_UNKNOWN', '服务不存在', [{ path: 'serviceRef', message: '没有这项服务' }]);
      if (ticket.staff_id !== user.userId) throw forbidden('只能在办理该服务的窗口评价');
    }
    if (ticket.status !== 'done') throw conflict('HALL.NOT_FINISHED', '服务尚未办结，不能评价');
    return {
      ref: `ticket:${ticket.id}`,
      ticketId: ticket.id,
      caseNo: ticket.case_no,
      zone: ticket.zone_code,
      windowId: ticket.window_id,
      staffId: ticket.staff_id,
      itemCode: ticket.item_code,
      department: null,
      channel: body.token ? ('link' as const) : ('pad' as const),
    };
  }

  private async staffDepartment(userId: string): Promise<string | null> {
    const r = await this.d.db.selectFrom('user_roles').select('department_code').where('user_id', '=', userId).where('role', '=', 'window_clerk').executeTakeFirst();
    return r?.department_code ?? null;
  }

  /** What the holder of a rating link sees: the service, their rating and the rectification outcome (public). */
  async ratingLink(token: string) {
    const t = await this.d.db.selectFrom('hall_tickets').selectAll().where('rating_token_hash', '=', hashToken(token)).executeTakeFirst();
    if (!t) throw notFound('HALL.RATING_LINK_INVALID', '评价链接无效');
    const r = await this.d.db
      .selectFrom('hall_ratings')
      .leftJoin('hall_rectifications', 'hall_rectifications.rating_id', 'hall_ratings.id')
      .select(['hall_ratings.grade', 'hall_ratings.comment', 'hall_ratings.created_at', 'hall_rectifications.status', 'hall_rectifications.outcome', 'hall_rectifications.due_date'])
      .where('hall_ratings.ticket_id', '=', t.id)
      .executeTakeFirst();
    const w = t.window_id ? (await this.orgNames()).windows.get(t.window_id) : undefined;
    return {
      ticketNumber: t.number,
      zoneName: await this.zoneName(t.zone_code),
      windowName: w?.name ?? null,
      itemName: t.item_name,
      finishedAt: iso(t.finished_at),
      rating: r ? { grade: r.grade, gradeName: GRADE_NAMES[r.grade], comment: r.comment, at: new Date(r.created_at).toISOString() } : null,
      rectification: r?.status && r.due_date ? { status: r.status, outcome: r.status === 'closed' ? r.outcome : null, dueDate: r.due_date } : null,
    };
  }

  /** Rating statistics per window, staff, zone or item (hall managers, chiefs, the director). */
  async stats(actor: Actor, q: { by: 'window' | 'staff' | 'zone' | 'item'; from?: string; to?: string }) {
    authorizeUser(actor, 'hall.manage', 'hall.rectify');
    const rows = await repo.ratingGroups(this.d.db, q.by, q.from ? new Date(`${q.from}T00:00:00+08:00`) : null, q.to ? new Date(`${addCalendarDays(q.to, 1)}T00:00:00+08:00`) : null);
    const names = await this.groupNames(q.by, [...new Set(rows.map((r) => r.key).filter((k): k is string => k !== null))]);
    const groups = new Map<string, { counts: Record<string, number>; total: number; score: number; satisfied: number; flagged: number }>();
    for (const r of rows) {
      const key = r.key ?? '';
      const g = groups.get(key) ?? { counts: {}, total: 0, score: 0, satisfied: 0, flagged: 0 };
      g.counts[r.grade] = r.n;
      g.total += r.n;
      g.score += r.n * GRADE_SCORE[r.grade];
      if (!isBadGrade(r.grade)) g.satisfied += r.n;
      g.flagged += r.flagged;
      groups.set(key, g);
    }
    return {
      by: q.by,
      items: [...groups.entries()]
        .map(([key, g]) => ({
          key,
          name: names.get(key) ?? (key || '（未指定）'),
          total: g.total,
          counts: g.counts,
          averageScore: Math.round((g.score / g.total) * 100) / 100,
          satisfiedRate: Math.round((g.satisfied / g.total) * 1000) / 1000,
          flagged: g.flagged,
        }))
        .sort((a, b) => a.averageScore - b.averageScore || b.total - a.total),
    };
  }

  private async groupNames(by: 'window' | 'staff' | 'zone' | 'item', keys: string[]): Promise<Map<string, string>> {
    const { zones, windows } = await this.orgNames();
    if (by === 'window') return new Map(keys.map((k) => [k, windows.get(Number(k))?.name ?? k]));
    if (by === 'zone') return new Map(keys.map((k) => [k, zones.get(k)?.name ?? k]));
    if (!keys.length) return new Map();
    if (by === 'staff') {
      const rows = await this.d.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', keys).execute();
      return new Map(rows.map((r) => [r.id, r.display_name]));
    }
    const rows = await this.d.db.selectFrom('hall_tickets').select(['item_code', 'item_name']).distinctOn('item_code').where('item_code', 'in', keys).execute();
    return new Map(rows.map((r) => [r.item_code as string, r.item_name ?? (r.item_code as string)]));
  }

  // ------------------------------------------------------------------ rectifications

  /** Rectifications: a chief sees their department's, the director and hall managers all; overdue ones are escalated. */
  async rectifications(actor: Actor, q: { open?: boolean } = {}) {
    const user = authorizeUser(actor, 'hall.rectify', 'hall.manage');
    let query = this.rectificationQuery().orderBy('r.due_date').limit(MAX_LIST);
    const departments = this.chiefDepartments(user);
    if (departments) query = query.where('r.department_code', 'in', departments.length ? departments : ['']);
    if (q.open) query = query.where('r.status', '<>', 'closed');
    const rows = await query.execute();
    return { items: await Promise.all(rows.map((r) => this.rectificationView(r))) };
  }

  /** Null: sees all; else the departments the user is chief of. */
  private chiefDepartments(user: UserActor): string[] | null {
    if (user.permissions.includes('hall.manage')) return null;
    return user.roles.filter((r) => r.role === 'section_chief' && r.departmentCode).map((r) => r.departmentCode as string);
  }

  private rectificationQuery() {
    return this.d.db
      .selectFrom('hall_rectifications as r')
      .innerJoin('hall_ratings as g', 'g.id', 'r.rating_id')
      .leftJoin('hall_tickets as t', 't.id', 'g.ticket_id')
      .leftJoin('users as u', 'u.id', 'g.staff_id')
      .selectAll('r')
      .select(['g.grade', 'g.reasons', 'g.comment', 'g.phone', 'g.created_at as rated_at', 'g.window_id', 't.number as ticket_number', 'u.display_name as staff_name']);
  }

  private async rectificationView(r: Awaited<ReturnType<ReturnType<HallService['rectificationQuery']>['executeTakeFirstOrThrow']>>) {
    const overdue = r.status !== 'closed' && r.due_date < this.today();
    const w = r.window_id ? (await this.orgNames()).windows.get(r.window_id) : undefined;
    return {
      id: r.id,
      status: r.status,
      openedOn: r.opened_on,
      dueDate: r.due_date,
      overdue,
      escalated: overdue,
      departmentCode: r.department_code,
      rating: { grade: r.grade, gradeName: GRADE_NAMES[r.grade], reasons: r.reasons, comment: r.comment, phone: r.phone ? maskPhone(r.phone) : null, at: new Date(r.rated_at).toISOString() },
      ticketNumber: r.ticket_number,
      windowName: w?.name ?? null,
      staffName: r.staff_name,
      verifyNote: r.verify_note,
      callbackNote: r.callback_note,
      callbackAt: iso(r.callback_at),
      rectifyNote: r.rectify_note,
      outcome: r.outcome,
      closedAt: iso(r.closed_at),
      rev: r.rev,
    };
  }

  /** One step of a rectification, in order: verify → call back (recorded) → rectify → close. Audited. */
  async rectify(actor: Actor, id: string, body: RectifyBody) {
    const user = authorizeUser(actor, 'hall.rectify');
    const now = this.d.now();
    const steps = { verify: ['open', 'verified'], call_back: ['verified', 'called_back'], rectify: ['called_back', 'rectified'], close: ['rectified', 'closed'] } as const;
    const [from, to] = steps[body.action];
    await this.d.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('hall_rectifications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      const departments = this.chiefDepartments(user);
      if (!r || (departments && !departments.includes(r.department_code ?? '')))
        throw notFound('HALL.RECTIFICATION_NOT_FOUND', '整改任务不存在');
      if (r.rev !== body.rev) throw conflict('HALL.STALE', '整改任务已被他人更新，请刷新后重试');
      if (r.status !== from) throw conflict('HALL.RECTIFICATION_STATE', `当前状态不能执行此步骤`, r.status);
      const set = {
        verify: { verify_note: body.note },
        call_back: { callback_note: body.note, callback_at: now },
        rectify: { rectify_note: body.note },
        close: { outcome: body.note, closed_at: now },
      }[body.action];
      await trx
        .updateTable('hall_rectifications')
        .set({ ...set, status: to, updated_by: user.userId, rev: r.rev + 1 })
        .where('id', '=', id)
        .execute();
      await audit(trx, auditActor(user), { action: `hall.rectification_${body.action}`, targetType: 'rectification', targetId: id, before: { status: r.status }, after: { status: to, note: body.note } });
      if (body.action === 'close') {
        // the person who rated is told the outcome (好差评 rules require the feedback): by their case, or by their appointment
        const rating = await trx
          .selectFrom('hall_ratings')
          .leftJoin('hall_tickets', 'hall_tickets.id', 'hall_ratings.ticket_id')
          .leftJoin('hall_appointments', 'hall_appointments.id', 'hall_tickets.appointment_id')
          .select(['hall_ratings.case_no', 'hall_ratings.item_code', 'hall_tickets.item_name', 'hall_appointments.user_id'])
          .where('hall_ratings.id', '=', r.rating_id)
          .executeTakeFirstOrThrow();
        await emit(trx, { topic: 'hall.rectification_closed', subject: `rectification:${id}`, payload: { caseNo: rating.case_no, userId: rating.user_id, itemName: rating.item_name, outcome: body.note }, dedupeKey: `rectification:${id}:closed` });
      }
    });
    return this.rectificationView(await this.rectificationQuery().where('r.id', '=', id).executeTakeFirstOrThrow());
  }
}

/** The ticket told "N people ahead of you" when a call leaves it with this many ahead. */
const NEAR_AHEAD = 3;

function queued(t: TicketRow): QueuedTicket {
  return {
    id: t.id,
    zone: t.zone_code,
    itemCode: t.item_code,
    priority: t.priority,
    queueAt: ms(t.queue_at),
    takenAt: ms(t.taken_at),
    apptStart: t.appt_start ? ms(t.appt_start) : null,
    apptEnd: t.appt_end ? ms(t.appt_end) : null,
    targetWindowId: t.target_window_id,
  };
}

function roundMinutes(m: number | undefined): number {
  return m === undefined || !Number.isFinite(m) ? DEFAULT_SERVICE_MINUTES : Math.max(1, Math.round(m * 10) / 10);
}

/** An 8-digit appointment code. */
function appointmentCode(): string {
  return String(crypto.randomInt(10_000_000, 100_000_000));
}
