/**
 * 好差评 of the service hall: rating a finished service once (its one-time link, the window's pad,
 * or a decided case online), the link holder's view, statistics, and the rectification (整改) every
 * bad rating opens: verify → call back → rectify → close, the outcome told to the person who rated.
 *
 * The embedded database has one connection: the calendar and a case are read before a transaction
 * opens (ADR 0002 §6).
 */
import crypto from 'node:crypto';
import { addCalendarDays, toShanghaiDate, type DateStr } from '../../../domain/calendar.js';
import { BURST_FLAG_AT, BURST_MINUTES, BURST_REFUSE_AT, GRADE_NAMES, GRADE_SCORE, isBadGrade, RECTIFY_WORKING_DAYS } from '../../../domain/hall.js';
import { maskPhone } from '../../../domain/identifiers.js';
import { auditActor, authorizeUser, hashToken, type Actor, type UserActor } from '../../platform/auth.js';
import { audit } from '../../platform/audit.js';
import { isUniqueViolation, type Db } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { departmentOfRole, displayNames } from '../auth/users.js';
import { iso, MAX_LIST, type HallPlaces } from './hall.shared.js';
import type { RectifyBody } from './hall.schemas.js';
import { ticketById, type TicketRow } from './queue.repository.js';
import * as repo from './ratings.repository.js';

/** What the ratings need from outside. */
export interface RatingsDeps {
  db: Db;
  places: HallPlaces;
  calendar: CalendarService;
  /** A case the caller may see (the cases module's read); throws 404 otherwise. */
  readCase: (actor: Actor, caseNo: string) => Promise<{ status: string; departmentCode: string; itemCode: string }>;
  now: () => Date;
}

/** Case statuses that end in a decision the applicant can rate (not drafts, not withdrawn). */
const RATABLE_CASE_STATUSES = ['approved', 'refused', 'rejected'];

/** The hall's ratings and rectifications. */
export class RatingsService {
  constructor(private readonly d: RatingsDeps) {}

  private today(): DateStr {
    return toShanghaiDate(this.d.now());
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
    const burst = await repo.sameRatingsSince(this.d.db, body.grade, new Date(now.getTime() - BURST_MINUTES * 60_000), device, body.phone);
    if (burst + 1 >= BURST_REFUSE_AT) throw new DomainError('HALL.RATING_BURST', 429, '评价过于频繁，请稍后再试');
    const flagged = burst + 1 >= BURST_FLAG_AT;
    const bad = isBadGrade(body.grade);
    const department = bad ? ((service.staffId ? await departmentOfRole(this.d.db, service.staffId, 'window_clerk') : null) ?? service.department) : null;
    const dueDate = bad ? await this.d.calendar.dueDate(this.today(), RECTIFY_WORKING_DAYS) : null;
    try {
      return await this.d.db.transaction().execute(async (trx) => {
        const r = await repo.insertRating(trx, {
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
        });
        // 好差评 leaves the bureau (the province consumer pushes it to the national system)
        await emit(trx, { topic: 'hall.rated', subject: `rating:${r.id}`, payload: { ratingId: r.id }, dedupeKey: `rating:${r.id}:rated` });
        let rectificationId: string | null = null;
        if (dueDate) {
          rectificationId = crypto.randomUUID();
          await repo.insertRectification(trx, {
            id: rectificationId,
            rating_id: r.id,
            department_code: department,
            status: 'open',
            opened_on: this.today(),
            due_date: dueDate,
            verify_note: null,
            callback_note: null,
            callback_at: null,
            rectify_note: null,
            outcome: null,
            closed_at: null,
            updated_by: null,
          });
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
      const t = await repo.lastDoneTicketOfCase(this.d.db, caseNo);
      return { ref, ticketId: t?.id ?? null, caseNo, zone: t?.zone_code ?? null, windowId: t?.window_id ?? null, staffId: t?.staff_id ?? null, itemCode: c.itemCode, department: c.departmentCode, channel: 'online' as const };
    }
    let ticket: TicketRow | undefined;
    if (body.token) {
      ticket = await repo.ticketByRatingToken(this.d.db, hashToken(body.token));
      if (!ticket) throw notFound('HALL.RATING_LINK_INVALID', '评价链接无效');
    } else {
      const user = authorizeUser(actor, 'hall.window');
      ticket = await ticketById(this.d.db, Number(ref.slice('ticket:'.length)));
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

  /** What the holder of a rating link sees: the service, their rating and the rectification outcome (public). */
  async ratingLink(token: string) {
    const t = await repo.ticketByRatingToken(this.d.db, hashToken(token));
    if (!t) throw notFound('HALL.RATING_LINK_INVALID', '评价链接无效');
    const r = await repo.ratingOfTicket(this.d.db, t.id);
    const w = t.window_id ? (await this.d.places.all()).windows.get(t.window_id) : undefined;
    return {
      ticketNumber: t.number,
      zoneName: await this.d.places.zoneName(t.zone_code),
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
    const { zones, windows } = await this.d.places.all();
    if (by === 'window') return new Map(keys.map((k) => [k, windows.get(Number(k))?.name ?? k]));
    if (by === 'zone') return new Map(keys.map((k) => [k, zones.get(k)?.name ?? k]));
    if (!keys.length) return new Map();
    if (by === 'staff') return displayNames(this.d.db, keys);
    return repo.itemNames(this.d.db, keys);
  }

  /** Today's ratings (all and bad) and the open and overdue rectifications (the hall's overview). */
  async figuresToday(): Promise<{ total: number; bad: number; openRectifications: number; overdueRectifications: number }> {
    const day = this.today();
    const { ratings, rect } = await repo.dayFigures(this.d.db, new Date(`${day}T00:00:00+08:00`), day);
    return { total: ratings.total, bad: ratings.bad, openRectifications: rect.open, overdueRectifications: rect.overdue };
  }

  // ------------------------------------------------------------------ rectifications

  /** Rectifications: a chief sees their department's, the director and hall managers all; overdue ones are escalated. */
  async rectifications(actor: Actor, q: { open?: boolean } = {}) {
    const user = authorizeUser(actor, 'hall.rectify', 'hall.manage');
    let query = repo.rectifications(this.d.db).orderBy('r.due_date').limit(MAX_LIST);
    const departments = chiefDepartments(user);
    if (departments) query = query.where('r.department_code', 'in', departments.length ? departments : ['']);
    if (q.open) query = query.where('r.status', '<>', 'closed');
    const rows = await query.execute();
    return { items: await Promise.all(rows.map((r) => this.rectificationView(r))) };
  }

  private async rectificationView(r: repo.RectificationRow) {
    const overdue = r.status !== 'closed' && r.due_date < this.today();
    const w = r.window_id ? (await this.d.places.all()).windows.get(r.window_id) : undefined;
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
      const r = await repo.lockRectification(trx, id);
      const departments = chiefDepartments(user);
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
      await repo.updateRectification(trx, id, { ...set, status: to, updated_by: user.userId, rev: r.rev + 1 });
      await audit(trx, auditActor(user), { action: `hall.rectification_${body.action}`, targetType: 'rectification', targetId: id, before: { status: r.status }, after: { status: to, note: body.note } });
      if (body.action === 'close') {
        // the person who rated is told the outcome (好差评 rules require the feedback): by their case, or by their appointment
        const rating = await repo.ratingToTell(trx, r.rating_id);
        await emit(trx, { topic: 'hall.rectification_closed', subject: `rectification:${id}`, payload: { caseNo: rating.case_no, userId: rating.user_id, itemName: rating.item_name, outcome: body.note }, dedupeKey: `rectification:${id}:closed` });
      }
    });
    return this.rectificationView(await repo.rectifications(this.d.db).where('r.id', '=', id).executeTakeFirstOrThrow());
  }
}

/** Null: sees all; else the departments the user is chief of. */
function chiefDepartments(user: UserActor): string[] | null {
  if (user.permissions.includes('hall.manage')) return null;
  return user.roles.filter((r) => r.role === 'section_chief' && r.departmentCode).map((r) => r.departmentCode as string);
}
