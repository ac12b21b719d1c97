/**
 * The queue of the service hall: tickets from registered kiosks, appointments and clerks; windows
 * signing in, calling, serving and transferring; the live events for the boards and consoles; the
 * zones' figures, the boards and the hall manager's overview.
 *
 * The embedded database has one connection: everything read outside the hall's own tables (the
 * catalog item, a case) is read before a transaction opens (ADR 0002 §6).
 */
import crypto from 'node:crypto';
import { toShanghaiDate, type DateStr } from '../../../domain/calendar.js';
import { ageFromIdNumber, compareTickets, ELDERLY_AGE, estimateWaitMinutes, queueFor, ticketNumber, type QueuedTicket, type WindowScope } from '../../../domain/hall.js';
import { auditActor, authorizeUser, hashToken, newToken, type Actor, type UserActor } from '../../platform/auth.js';
import { audit } from '../../platform/audit.js';
import { isUniqueViolation, type Db, type Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import type { Bus } from '../../platform/pubsub.js';
import { refuseNotStationed, type CatalogService } from '../catalog/catalog.service.js';
import type { AppointmentsService } from './appointments.service.js';
import { iso, MAX_LIST, ms, type HallPlaces, type HallWindow } from './hall.shared.js';
import type { IssueTicketBody, TicketView } from './hall.schemas.js';
import * as repo from './queue.repository.js';
import type { TicketRow } from './queue.repository.js';
import type { RatingsService } from './ratings.service.js';

/** What the queue needs from outside. */
export interface QueueDeps {
  db: Db;
  bus: Bus;
  places: HallPlaces;
  catalog: CatalogService;
  /** a ticket taken for an appointment checks it in */
  appointments: AppointmentsService;
  /** the overview's figures of today's ratings and rectifications */
  ratings: RatingsService;
  /** A case the caller may see (the cases module's read); throws 404 otherwise. */
  readCase: (actor: Actor, caseNo: string) => Promise<unknown>;
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

/** Priorities an ID card cannot prove (军人, 残疾人): only a clerk at the window takes such a ticket. */
const STAFF_CONFIRMED: ReadonlySet<string> = new Set(['military', 'disabled']);

/** The hall's queue. */
export class QueueService {
  constructor(private readonly d: QueueDeps) {}

  private today(): DateStr {
    return toShanghaiDate(this.d.now());
  }

  private async view(t: TicketRow): Promise<TicketView> {
    const { zones, windows } = await this.d.places.all();
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
    const waiting = await repo.waitingCount(this.d.db, zone, this.today());
    await this.publish({ type: 'queue', zone, waiting, at: this.d.now().toISOString() });
  }

  // ------------------------------------------------------------------ kiosks

  /** Register a kiosk (自助取号机): its device token is in this answer only; the hall keeps its hash. */
  async registerKiosk(actor: Actor, body: { name: string }) {
    const user = authorizeUser(actor, 'hall.manage');
    const token = newToken();
    const now = this.d.now();
    const row = await this.d.db.transaction().execute(async (trx) => {
      const k = await repo.insertKiosk(trx, { name: body.name, token_hash: hashToken(token), created_by: user.userId, created_at: now });
      await audit(trx, auditActor(user), { action: 'hall.kiosk.register', targetType: 'kiosk', targetId: String(k.id), after: { name: k.name } });
      return k;
    });
    return { ...(await this.kioskView(row)), token };
  }

  /** The registered kiosks, newest first, with today's tickets of each. */
  async kiosks(actor: Actor) {
    authorizeUser(actor, 'hall.manage');
    const rows = await repo.kiosks(this.d.db);
    return { items: await Promise.all(rows.map((r) => this.kioskView(r))) };
  }

  /** Revoke a kiosk's token: its next ticket is refused. Revoking again changes nothing. */
  async revokeKiosk(actor: Actor, id: number) {
    const user = authorizeUser(actor, 'hall.manage');
    const row = await this.d.db.transaction().execute(async (trx) => {
      const k = await repo.lockKiosk(trx, id);
      if (!k) throw notFound('HALL.KIOSK_NOT_FOUND', '没有这台取号机');
      if (k.revoked_at) return k;
      const done = await repo.revokeKiosk(trx, id, this.d.now(), user.userId);
      await audit(trx, auditActor(user), { action: 'hall.kiosk.revoke', targetType: 'kiosk', targetId: String(id), before: { name: k.name } });
      return done;
    });
    return this.kioskView(row);
  }

  private async kioskView(k: repo.KioskRow) {
    const ticketsToday = await repo.kioskTicketsOn(this.d.db, k.id, this.today());
    return { id: k.id, name: k.name, createdAt: new Date(k.created_at).toISOString(), revokedAt: iso(k.revoked_at), lastUsedAt: iso(k.last_used_at), ticketsToday };
  }

  /** The registered, unrevoked kiosk a device token names; 401 without one, 403 when it is unknown or revoked. */
  private async kioskOf(token: string | undefined) {
    if (!token) throw new DomainError('HALL.KIOSK_REQUIRED', 401, '请在大厅的自助取号机上取号', [], '取号须使用大厅管理员登记的自助取号机；窗口人员可为群众代取');
    const k = await repo.kioskByTokenHash(this.d.db, hashToken(token));
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
    if (body.zone) await this.d.places.zoneName(body.zone);
    if (body.requestKey) {
      const existing = await repo.ticketByRequestKey(this.d.db, body.requestKey);
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
        const appt = body.appointmentCode || (body.idNumber && body.priority !== 'elderly') ? await this.d.appointments.forCheckIn(trx, body, day, now) : undefined;
        if (appt?.status === 'checked_in' && appt.ticket_id) return (await repo.ticketById(trx, appt.ticket_id)) as TicketRow;
        const zone = appt?.zone_code ?? body.zone;
        if (!zone) throw badRequest('REQUEST.INVALID', '请选择服务区', [{ path: 'zone', message: '请选择服务区' }]);
        if (kioskId !== null) await this.kioskWithinRate(trx, kioskId, now);
        const idNumber = appt?.id_number ?? body.idNumber ?? null;
        const hashed = idNumber ? idHash(idNumber) : null;
        if (hashed && (await repo.openTicketOf(trx, day, zone, hashed)))
          throw conflict('HALL.ID_HAS_TICKET', '该身份证今天在本服务区已有未办结的排队号，请留意叫号', '同一身份证每天在每个服务区只能持有一个未办结的号；过号的可到窗口重新排队');
        const seq = await repo.nextSeq(trx, zone, day);
        const t = await repo.insertTicket(
          trx,
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
        );
        if (appt) await this.d.appointments.checkedIn(trx, appt.id, t.id, now);
        await repo.addEvent(trx, { ticketId: t.id, at: now, type: 'issued', windowId: null, userId: actor.type === 'user' ? actor.userId : null, detail: { source: t.source } });
        return t;
      });
      await this.publishQueue(row.zone_code);
      return this.issued(row);
    } catch (err) {
      // two retries of one request at the same moment: the second finds the first's ticket
      if (body.requestKey && isUniqueViolation(err)) return this.issued((await repo.ticketByRequestKey(this.d.db, body.requestKey)) as TicketRow);
      throw err;
    }
  }

  /** The kiosk's row locked (its tickets are issued one at a time), then its tickets of the last minute counted. */
  private async kioskWithinRate(trx: Trx, kioskId: number, now: Date) {
    await repo.lockKiosk(trx, kioskId);
    const limit = this.d.kioskTicketsPerMinute ?? 6;
    if ((await repo.kioskTicketsBetween(trx, kioskId, new Date(now.getTime() - 60_000), now)) >= limit)
      throw new DomainError('HALL.KIOSK_BUSY', 429, `本机取号过于频繁（每分钟最多 ${limit} 张），请稍候再试`, [], '如需批量取号，请到窗口由工作人员代取');
    await repo.kioskUsed(trx, kioskId, now);
  }

  private async issued(t: TicketRow) {
    const { ahead, waiting, estimate } = await this.position(t);
    return {
      number: t.number,
      zone: t.zone_code,
      zoneName: await this.d.places.zoneName(t.zone_code),
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
    const w = await this.d.places.window(windowId);
    const day = this.today();
    const items = await repo.windowItems(this.d.db, windowId);
    const scope: WindowScope = { id: w.id, zone: w.zone_code, comprehensive: w.comprehensive, items };
    const session = await repo.sessionWithName(this.d.db, windowId, day);
    const current = await repo.activeTicketOf(this.d.db, windowId);
    const waiting = await repo.waitingIn(this.d.db, w.zone_code, day);
    const now = this.d.now().getTime();
    const byId = new Map(waiting.map((r) => [r.id, r]));
    const queue = queueFor(scope, waiting.map(queued), now).slice(0, MAX_LIST);
    const served = await repo.servedAt(this.d.db, windowId, day);
    const skipped = await repo.skippedAt(this.d.db, windowId, day, 20);
    return {
      id: w.id,
      zone: w.zone_code,
      zoneName: await this.d.places.zoneName(w.zone_code),
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
      servedToday: served,
      skipped: await Promise.all(skipped.map((t) => this.view(t))),
    };
  }

  /** Set the items a window serves (hall managers; audited). */
  async setWindowItems(actor: Actor, windowId: number, items: string[]) {
    const manager = authorizeUser(actor, 'hall.manage');
    const w = await this.d.places.window(windowId);
    const unique = [...new Set(items)];
    const problems: { path: string; message: string }[] = [];
    for (const [i, code] of unique.entries()) {
      const item = await this.d.catalog.publishedItem(code).catch(() => null);
      if (!item) problems.push({ path: `items.${i}`, message: `没有已发布的事项 ${code}` });
      else if (item.zone && item.zone !== w.zone_code) problems.push({ path: `items.${i}`, message: `事项 ${code} 在 ${item.zone} 区办理` });
    }
    if (problems.length) throw badRequest('HALL.ITEM_UNKNOWN', '窗口事项有误', problems);
    const before = await repo.windowItems(this.d.db, windowId);
    await this.d.db.transaction().execute(async (trx) => {
      await repo.replaceWindowItems(trx, windowId, unique);
      await audit(trx, auditActor(manager), { action: 'hall.window_items', targetType: 'window', targetId: String(windowId), before: { items: before }, after: { items: unique } });
    });
    return { items: unique.sort() };
  }

  /** Sign in to a window for today; moves the caller from another window that holds no ticket. */
  async signIn(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window');
    await this.d.places.window(windowId);
    const day = this.today();
    await this.d.db.transaction().execute(async (trx) => {
      const here = await repo.lockSessionAt(trx, windowId, day);
      if (here && here.user_id !== user.userId) throw conflict('HALL.WINDOW_TAKEN', '该窗口已有人员签到');
      if (here) return;
      const elsewhere = await repo.lockSessionOf(trx, user.userId, day);
      if (elsewhere) {
        if (await repo.activeTicketOf(trx, elsewhere.window_id)) throw conflict('HALL.WINDOW_BUSY', '请先办结原窗口的当前号');
        await repo.deleteSession(trx, elsewhere.window_id, day);
      }
      await repo.insertSession(trx, windowId, day, user.userId, this.d.now());
    });
    return this.windowState(actor, windowId);
  }

  /** Sign out of a window (it must hold no ticket). */
  async signOut(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window');
    await this.session(user, windowId);
    if (await repo.activeTicketOf(this.d.db, windowId)) throw conflict('HALL.WINDOW_BUSY', '请先办结当前号');
    await repo.deleteSession(this.d.db, windowId, this.today(), user.userId);
    return this.windowState(actor, windowId);
  }

  /** Pause or resume calling at a window. */
  async pause(actor: Actor, windowId: number, paused: boolean) {
    const user = authorizeUser(actor, 'hall.window');
    await this.session(user, windowId);
    await repo.setPaused(this.d.db, windowId, this.today(), paused);
    return this.windowState(actor, windowId);
  }

  /** The caller's session at a window today, or 409. */
  private async session(user: UserActor, windowId: number) {
    const w = await this.d.places.window(windowId);
    const s = await repo.sessionAt(this.d.db, windowId, this.today());
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
    const w = await this.d.places.window(windowId);
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
  private async tellQueue(trx: Trx, called: TicketRow, w: HallWindow, day: DateStr, now: Date) {
    const zoneName = await this.d.places.zoneName(w.zone_code);
    const waiting = (await repo.waitingIn(trx, w.zone_code, day)).filter((t) => t.id !== called.id).sort((a, b) => compareTickets(queued(a), queued(b), now.getTime()));
    const near = waiting[NEAR_AHEAD];
    const told = [called, near].filter((t): t is TicketRow => !!t?.appointment_id);
    if (!told.length) return;
    const people = await this.d.appointments.bookers(
      trx,
      told.map((t) => t.appointment_id ?? ''),
    );
    const userOf = (t: TicketRow) => people.get(t.appointment_id ?? '');
    if (called.appointment_id && userOf(called))
      await emit(trx, { topic: 'hall.ticket_called', subject: `ticket:${called.id}`, payload: { userId: userOf(called), number: called.number, zoneName, windowName: w.name }, dedupeKey: `ticket:${called.id}:called:${called.called_count}` });
    if (near?.appointment_id && userOf(near))
      await emit(trx, { topic: 'hall.ticket_near', subject: `ticket:${near.id}`, payload: { userId: userOf(near), number: near.number, zoneName, ahead: NEAR_AHEAD }, dedupeKey: `ticket:${near.id}:near` });
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
    const w = await this.d.places.window(windowId);
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
      const updated = await repo.updateTicket(trx, t.id, set);
      await repo.addEvent(trx, { ticketId: t.id, at: now, type, windowId: w.id, userId: user.userId, detail: set.case_no ? { caseNo: set.case_no } : {} });
      return updated;
    });
  }

  /** Announce the current ticket again. */
  async recall(actor: Actor, windowId: number, number?: string) {
    const t = await this.act(actor, windowId, number, 'recalled', ['called'], async (cur) => ({ called_count: cur.called_count + 1 }));
    const w = await this.d.places.window(windowId);
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
    const from = await this.d.places.window(windowId);
    let zone = body.zone;
    let target: number | null = null;
    if (body.windowId !== undefined) {
      const tw = (await this.d.places.all()).windows.get(body.windowId);
      if (!tw) throw badRequest('HALL.WINDOW_UNKNOWN', '转入窗口不存在', [{ path: 'windowId', message: `没有窗口 ${body.windowId}` }]);
      if (tw.id === windowId) throw badRequest('HALL.TRANSFER_SELF', '不能转给本窗口', [{ path: 'windowId', message: '请选择其他窗口' }]);
      zone = tw.zone_code;
      target = tw.id;
    } else if (zone) await this.d.places.zoneName(zone);
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
      const cur = await repo.lockTicketByNumber(trx, day, number);
      if (!cur) throw notFound('HALL.TICKET_NOT_FOUND', `今天没有 ${number} 号`);
      if (cur.status !== 'skipped') throw conflict('HALL.TICKET_STATE', '只有过号的票可以重新排队');
      if (cur.requeued) throw conflict('HALL.REQUEUE_USED', '过号后只能重新排队一次，请重新取号');
      const updated = await repo.updateTicket(trx, cur.id, { status: 'waiting', requeued: true, queue_at: now, window_id: null, staff_id: null, called_at: null });
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
    const { zones } = await this.d.places.all();
    const { tickets, open } = await repo.zoneCounts(this.d.db, day);
    const minutes = await repo.recentServiceMinutes(this.d.db, null, new Date(this.d.now().getTime() - 7 * 86_400_000));
    const windowsPerZone = new Map<string, number>();
    for (const w of (await this.d.places.all()).windows.values()) windowsPerZone.set(w.zone_code, (windowsPerZone.get(w.zone_code) ?? 0) + 1);
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
    const zoneName = await this.d.places.zoneName(zone);
    const day = this.today();
    const { windows } = await this.d.places.all();
    const calls = await repo.latestCalls(this.d.db, zone, day, BOARD_CALLS);
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
    return {
      day,
      zones: (await this.zones()).items,
      hours: await repo.hourly(this.d.db, day),
      ratings: await this.d.ratings.figuresToday(),
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

  /** The last finished, unrated ticket at a window in the past minutes (the pad beside it). */
  async pad(actor: Actor, windowId: number) {
    const user = authorizeUser(actor, 'hall.window');
    await this.session(user, windowId);
    const t = await repo.lastUnratedAt(this.d.db, windowId, new Date(this.d.now().getTime() - PAD_MINUTES * 60_000));
    return { ticket: t ? { serviceRef: `ticket:${t.id}`, number: t.number, itemName: t.item_name, finishedAt: new Date(t.finished_at as Date).toISOString() } : null };
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
