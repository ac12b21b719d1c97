/**
 * The working-day calendar as the server uses it: the national arrangement (chinese-days) plus
 * the bureau's overrides from calendar_overrides, cached in memory; the public due-date and month
 * views; the administrators' overrides, each one audited.
 */
import { sql } from 'kysely';
import { isDateStr, WorkingCalendar, type CalendarOverride, type DateStr } from '../../../domain/calendar.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor } from '../../platform/auth.js';
import type { Db, Executor } from '../../platform/db.js';
import { badRequest, notFound } from '../../platform/errors.js';
import type { OverrideBody } from './calendar.schemas.js';

/** How long a process trusts its cached calendar before rereading the overrides (another process may have changed them). */
export const CALENDAR_TTL_MS = 60_000;

/**
 * One cache per database handle, shared by every CalendarService over it in this process, so an
 * override written through one service is seen at once by all (the cases module builds its own).
 */
class CalendarCache {
  private pending: Promise<WorkingCalendar> | null = null;
  private loadedAt = 0;

  get(load: () => Promise<WorkingCalendar>, now: number): Promise<WorkingCalendar> {
    // reread when stale, and when the clock went back (a cache from the future is not trusted)
    if (this.pending && now >= this.loadedAt && now - this.loadedAt < CALENDAR_TTL_MS) return this.pending;
    const p = load();
    this.pending = p;
    this.loadedAt = now;
    // a failed load is not cached: the next caller tries again
    p.catch(() => {
      if (this.pending === p) this.pending = null;
    });
    return p;
  }

  invalidate(): void {
    this.pending = null;
  }
}

const caches = new WeakMap<Db, CalendarCache>();

function cacheFor(db: Db): CalendarCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new CalendarCache();
    caches.set(db, cache);
  }
  return cache;
}

/** An override as the back office lists it. */
export interface OverrideView {
  date: DateStr;
  working: boolean;
  reason: string;
  createdBy: string | null;
  createdAt: string;
}

/** Working days, due dates, the month view and the bureau's overrides. */
export class CalendarService {
  private readonly cache: CalendarCache;

  /** `now` is the wall clock for the cache's age only (tests move it). */
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = cacheFor(db);
  }

  /** The calendar with the current overrides (cached; reread after a change here or after CALENDAR_TTL_MS). */
  calendar(): Promise<WorkingCalendar> {
    return this.cache.get(async () => new WorkingCalendar(await this.readOverrides(this.db)), this.now());
  }

  /** The `days`-th working day after `from` (the start day does not count). */
  async dueDate(from: DateStr, days: number): Promise<DateStr> {
    if (!isDateStr(from)) throw badRequest('REQUEST.INVALID', '日期格式应为 YYYY-MM-DD', [{ path: 'from', message: '日期格式应为 YYYY-MM-DD' }]);
    return (await this.calendar()).addWorkingDays(from, days);
  }

  /** Every day of a month with its kind, and the years the calendar covers (public). */
  async month(year: number, month: number) {
    const cal = await this.calendar();
    return {
      year,
      month,
      days: cal.monthInfo(year, month).map((d) => ({ date: d.date, working: d.working, kind: d.kind, name: d.name ?? null })),
      coveredYears: cal.coveredYears(),
    };
  }

  /** The bureau's overrides, by date (administrators). */
  async listOverrides(actor: Actor): Promise<{ items: OverrideView[] }> {
    authorizeUser(actor, 'org.manage');
    return { items: await this.overrideViews(this.db) };
  }

  /** Set the override of one day, replacing any earlier one (administrators; audited). */
  async putOverride(actor: Actor, input: { date: DateStr } & OverrideBody): Promise<OverrideView> {
    const admin = authorizeUser(actor, 'org.manage');
    const date = checkDate(input.date);
    const view = await this.db.transaction().execute(async (trx) => {
      const before = await this.overrideViews(trx, date, true);
      await trx
        .insertInto('calendar_overrides')
        .values({ date, working: input.working, reason: input.reason, created_by: admin.userId })
        .onConflict((oc) =>
          oc.column('date').doUpdateSet({ working: input.working, reason: input.reason, created_by: admin.userId, created_at: sql<Date>`now()` }),
        )
        .execute();
      const [after] = await this.overrideViews(trx, date);
      if (!after) throw new Error(`override ${date} vanished inside its own transaction`);
      await audit(trx, auditActor(admin), {
        action: 'calendar.override_put',
        targetType: 'calendar_day',
        targetId: date,
        before: before[0] ? auditView(before[0]) : null,
        after: auditView(after),
      });
      return after;
    });
    this.cache.invalidate();
    return view;
  }

  /** Remove the override of one day, so the national arrangement applies again (administrators; audited). */
  async deleteOverride(actor: Actor, date: DateStr): Promise<void> {
    const admin = authorizeUser(actor, 'org.manage');
    checkDate(date);
    await this.db.transaction().execute(async (trx) => {
      const [before] = await this.overrideViews(trx, date, true);
      if (!before) throw notFound('CALENDAR.OVERRIDE_NOT_FOUND', `${date} 没有本局调整`);
      await trx.deleteFrom('calendar_overrides').where('date', '=', date).execute();
      await audit(trx, auditActor(admin), { action: 'calendar.override_delete', targetType: 'calendar_day', targetId: date, before: auditView(before), after: null });
    });
    this.cache.invalidate();
  }

  private async readOverrides(ex: Executor): Promise<CalendarOverride[]> {
    return (await this.overrideViews(ex)).map((o) => ({ date: o.date, working: o.working, reason: o.reason }));
  }

  /**
   * Overrides with who set them; one day when `date` is given (locked when `forUpdate`).
   * The date is read with to_char: drivers turn a `date` column into a Date at local or UTC
   * midnight depending on the driver, which would shift the day.
   */
  private async overrideViews(ex: Executor, date?: DateStr, forUpdate = false): Promise<OverrideView[]> {
    let q = ex
      .selectFrom('calendar_overrides as o')
      .leftJoin('users as u', 'u.id', 'o.created_by')
      .select([sql<string>`to_char(o.date, 'YYYY-MM-DD')`.as('day'), 'o.working', 'o.reason', 'u.username', 'o.created_at'])
      .orderBy('o.date');
    if (date !== undefined) q = q.where('o.date', '=', date);
    if (forUpdate) q = q.forUpdate('o');
    const rows = await q.execute();
    return rows.map((r) => ({ date: r.day, working: r.working, reason: r.reason, createdBy: r.username, createdAt: new Date(r.created_at).toISOString() }));
  }
}

function checkDate(date: string): DateStr {
  if (!isDateStr(date)) throw badRequest('REQUEST.INVALID', '日期格式应为 YYYY-MM-DD', [{ path: 'date', message: '日期格式应为 YYYY-MM-DD' }]);
  return date;
}

/** What the audit trail keeps of an override (the time of the change is the audit row's own). */
function auditView(o: OverrideView) {
  return { date: o.date, working: o.working, reason: o.reason, createdBy: o.createdBy };
}
