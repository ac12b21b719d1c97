/**
 * Appointments (预约) of the service hall: the bookable half-hour slots of each zone, booking and
 * cancelling online, no-shows that block booking, tomorrow's reminders, and the check-in the
 * queue does when the appointment's ticket is taken.
 *
 * The embedded database has one connection: the catalog item and the calendar are read before a
 * transaction opens (ADR 0002 §6).
 */
import crypto from 'node:crypto';
import { addCalendarDays, toShanghaiDate, type DateStr } from '../../../domain/calendar.js';
import { BOOKING_DAYS_AHEAD, bookingBlockedUntil, CHECK_IN_EARLY_MINUTES, isSlotStart, SLOT_MINUTES, slotCapacity, slotStartsOf } from '../../../domain/hall.js';
import { maskIdNumber } from '../../../domain/identifiers.js';
import { authorizeUser, type Actor } from '../../platform/auth.js';
import { isUniqueViolation, type Db, type Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { refuseNotStationed, type CatalogService } from '../catalog/catalog.service.js';
import { idNumberOf } from '../auth/users.js';
import * as repo from './appointments.repository.js';
import { MAX_LIST, ms, type HallPlaces } from './hall.shared.js';
import type { IssueTicketBody } from './hall.schemas.js';

/** What the appointments need from outside. */
export interface AppointmentsDeps {
  db: Db;
  places: HallPlaces;
  catalog: CatalogService;
  calendar: CalendarService;
  now: () => Date;
}

/** The hall's appointments. */
export class AppointmentsService {
  constructor(private readonly d: AppointmentsDeps) {}

  private today(): DateStr {
    return toShanghaiDate(this.d.now());
  }

  /** Bookable slots of a zone for the coming working days, with the places left (public). */
  async slots(zone: string) {
    await this.d.places.zoneName(zone);
    const capacity = await this.capacity(zone);
    const cal = await this.d.calendar.calendar();
    const now = this.d.now();
    const days: DateStr[] = [];
    for (let d = this.today(); days.length < BOOKING_DAYS_AHEAD; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) days.push(d);
    const starts = days.flatMap((d) => slotStartsOf(d)).filter((s) => s.getTime() > now.getTime());
    const counts = starts.length ? await repo.slotCounts(this.d.db, zone, starts) : [];
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
    const windows = [...(await this.d.places.all()).windows.values()].filter((w) => w.zone_code === zone).length;
    return slotCapacity(windows);
  }

  /** Mark the caller's missed appointments as no-shows and tell whether they block booking. */
  private async noShowBlock(userId: string): Promise<DateStr | null> {
    const now = this.d.now();
    await repo.markNoShows(this.d.db, userId, now);
    const rows = await repo.noShowsSince(this.d.db, userId, new Date(now.getTime() - 60 * 86_400_000));
    return bookingBlockedUntil(
      rows.map((r) => toShanghaiDate(r.slot_start)),
      this.today(),
    );
  }

  /** Book a slot online (applicants): one active booking per person per item; no-shows block. */
  async book(actor: Actor, body: { zone: string; itemCode?: string; slotStart: string }) {
    const user = authorizeUser(actor, 'case.apply');
    const zoneName = await this.d.places.zoneName(body.zone);
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
    const idNumber = await idNumberOf(this.d.db, user.userId);
    const capacity = await this.capacity(body.zone);
    const id = crypto.randomUUID();
    const code = appointmentCode();
    try {
      await this.d.db.transaction().execute(async (trx) => {
        if (!(await repo.takeSlotPlace(trx, body.zone, start, capacity))) throw conflict('HALL.SLOT_FULL', '该时段已约满，请选择其他时段');
        await repo.insertAppointment(trx, {
          id,
          code,
          user_id: user.userId,
          id_number: idNumber,
          zone_code: body.zone,
          item_code: item?.code ?? null,
          item_name: item?.name ?? null,
          slot_start: start,
          slot_end: new Date(start.getTime() + SLOT_MINUTES * 60_000),
          status: 'booked',
          created_at: this.d.now(),
          checked_in_at: null,
          ticket_id: null,
        });
        await emit(trx, { topic: 'hall.appointment_booked', subject: `appointment:${id}`, payload: { userId: user.userId, code, zoneName, itemName: item?.name ?? null, slotStart: start.toISOString() }, dedupeKey: `appointment:${id}:booked` });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('HALL.ALREADY_BOOKED', item ? '您已预约该事项，请先取消原预约' : '您已预约该服务区，请先取消原预约');
      throw err;
    }
    return this.appointment(id);
  }

  private async appointment(id: string) {
    return this.view(await repo.appointmentById(this.d.db, id));
  }

  private async view(a: repo.AppointmentRow & { ticket_number: string | null }) {
    return {
      id: a.id,
      code: a.code,
      zone: a.zone_code,
      zoneName: await this.d.places.zoneName(a.zone_code),
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
  async mine(actor: Actor) {
    const user = authorizeUser(actor, 'case.apply');
    const blockedUntil = await this.noShowBlock(user.userId);
    const rows = await repo.appointmentsOf(this.d.db, user.userId, MAX_LIST);
    return { items: await Promise.all(rows.map((r) => this.view(r))), blockedUntil };
  }

  /** Cancel one's booking before its slot; cancelling again changes nothing. */
  async cancel(actor: Actor, id: string) {
    const user = authorizeUser(actor, 'case.apply');
    await this.d.db.transaction().execute(async (trx) => {
      const a = await repo.lockAppointmentOf(trx, id, user.userId);
      if (!a) throw notFound('HALL.APPOINTMENT_NOT_FOUND', '预约不存在');
      if (a.status === 'cancelled') return;
      if (a.status !== 'booked' || ms(a.slot_start) <= this.d.now().getTime()) throw conflict('HALL.APPOINTMENT_STATE', '该预约已不能取消');
      await repo.cancelAppointment(trx, id);
      await repo.releaseSlotPlace(trx, a.zone_code, new Date(a.slot_start));
    });
    return this.appointment(id);
  }

  /** Tomorrow's appointments (Beijing days): one reminder each, whenever the sweeper passes today. */
  async remind(): Promise<number> {
    const tomorrow = addCalendarDays(this.today(), 1);
    const from = new Date(`${tomorrow}T00:00:00+08:00`);
    const rows = await repo.bookedBetween(this.d.db, from, new Date(from.getTime() + 86_400_000));
    let n = 0;
    for (const a of rows) {
      const zoneName = await this.d.places.zoneName(a.zone_code);
      const sent = await this.d.db.transaction().execute((trx) =>
        emit(trx, { topic: 'hall.appointment_reminder', subject: `appointment:${a.id}`, payload: { userId: a.user_id, code: a.code, zoneName, itemName: a.item_name, slotStart: new Date(a.slot_start).toISOString() }, dedupeKey: `appointment:${a.id}:reminder` }),
      );
      if (sent) n++;
    }
    return n;
  }

  /**
   * Today's appointment a ticket is taken for (by its code, or by the ID card read), locked for
   * the ticket's transaction; 400 naming the field when there is none. One not yet checked in must
   * be inside its slot (from CHECK_IN_EARLY_MINUTES before it); one checked in with a ticket is
   * answered as it is (the queue answers that ticket again).
   */
  async forCheckIn(trx: Trx, body: IssueTicketBody, day: DateStr, now: Date): Promise<repo.AppointmentRow> {
    const rows = await repo.toCheckIn(trx, { code: body.appointmentCode, idNumber: body.idNumber, zone: body.zone });
    const appt = rows.find((a) => toShanghaiDate(a.slot_start) === day);
    if (!appt) {
      const path = body.appointmentCode ? 'appointmentCode' : 'idNumber';
      throw badRequest('HALL.NO_APPOINTMENT_TODAY', '没有今天的预约', [{ path, message: body.appointmentCode ? '预约码不存在或不是今天的预约' : '该身份证今天在本服务区没有预约' }]);
    }
    if (appt.status === 'checked_in' && appt.ticket_id) return appt;
    if (ms(appt.slot_start) - CHECK_IN_EARLY_MINUTES * 60_000 > now.getTime())
      throw conflict('HALL.APPOINTMENT_EARLY', `请于预约时段前${CHECK_IN_EARLY_MINUTES}分钟内取号`, `预约时段 ${new Date(appt.slot_start).toISOString()}`);
    if (ms(appt.slot_end) <= now.getTime()) throw conflict('HALL.APPOINTMENT_LATE', '已过预约时段，请取普通号');
    return appt;
  }

  /** The appointment's ticket is taken: it is checked in. */
  async checkedIn(trx: Trx, id: string, ticketId: number, at: Date) {
    await repo.markCheckedIn(trx, id, ticketId, at);
  }

  /** Who booked each of these appointments (to tell them of their ticket's calls), by appointment id. */
  bookers(trx: Trx, ids: string[]): Promise<Map<string, string>> {
    return repo.bookersOf(trx, ids);
  }
}

/** An 8-digit appointment code. */
function appointmentCode(): string {
  return String(crypto.randomInt(10_000_000, 100_000_000));
}
