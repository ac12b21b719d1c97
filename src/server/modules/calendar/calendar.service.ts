/**
 * The working-day calendar as the server uses it: the national arrangement (chinese-days), the
 * years' notices the administrators enter (calendar_notices), the statutory holidays standing in
 * for a notice not out yet, and the bureau's overrides (calendar_overrides); the public due-date,
 * month and year views; the administrators' notices and overrides, each one audited.
 *
 * Every calendar the server computes with is a numbered revision (calendar_revisions, ADR 0012):
 * a change of notice or override, or a new version of the national data, makes the next one, in
 * the same transaction as the change. Cases and analytics facts record the revision their due days
 * were computed on, so the cases module can recompute them against the new one, never bringing a
 * due day earlier than told; an older revision is rebuilt from its stored definition.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import {
  HOLIDAY_DATA_YEARS,
  isDateStr,
  noticeProblems,
  STATUTORY_FIRST_YEAR,
  STATUTORY_LAST_YEAR,
  statutoryFestivals,
  statutoryNotice,
  WorkingCalendar,
  type CalendarOverride,
  type DateStr,
  type HolidayNotice,
  type NoticeHoliday,
} from '../../../domain/calendar.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor } from '../../platform/auth.js';
import type { Db, Executor, Trx } from '../../platform/db.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { usernames } from '../auth/users.js';
import type { NoticeBody, OverrideBody } from './calendar.schemas.js';

/** How long a process trusts its cached calendar before rereading the overrides (another process may have changed them). */
export const CALENDAR_TTL_MS = 60_000;

/** The revision every row computed before migration 0020 was computed on (their calendar_revision is NULL). */
export const FIRST_REVISION = 1;

/** What a calendar revision is made of (calendar_revisions.definition). */
export interface CalendarDefinition {
  /** whether the statutory holidays stand in for a missing notice */
  statutory: boolean;
  /** the national data's years that count (null: all the package has) */
  nationalYears: number[] | null;
  notices: HolidayNotice[];
  overrides: CalendarOverride[];
}

/** A calendar with the number of its revision. */
export interface CalendarRevision {
  id: number;
  calendar: WorkingCalendar;
}

/** The revision each calendar the service built belongs to. */
const revisionIds = new WeakMap<WorkingCalendar, number>();

/**
 * The current calendar, reread after CALENDAR_TTL_MS or a change through this service (one per
 * process, built in services.ts, so a change is seen at once by every module here). Older
 * revisions never change, so they are kept once read.
 */
class CalendarCache {
  private pending: Promise<CalendarRevision> | null = null;
  private loadedAt = 0;
  readonly revisions = new Map<number, Promise<{ calendar: WorkingCalendar; note: string }>>();

  get(load: () => Promise<CalendarRevision>, now: number): Promise<CalendarRevision> {
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

/** An override as the back office lists it. */
export interface OverrideView {
  date: DateStr;
  working: boolean;
  reason: string;
  createdBy: string | null;
  createdAt: string;
}

/** A year's notice as the back office lists it. */
export interface NoticeView {
  year: number;
  document: string;
  holidays: NoticeHoliday[];
  enteredBy: string | null;
  enteredAt: string;
}

/** Working days, due dates, the month and year views, the notices and the bureau's overrides. */
export class CalendarService {
  private readonly cache = new CalendarCache();

  /** `now` is the wall clock for the cache's age only (tests move it). */
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** The calendar with the current notices and overrides (cached; reread after a change here or after CALENDAR_TTL_MS). */
  async calendar(): Promise<WorkingCalendar> {
    return (await this.current()).calendar;
  }

  /** The current calendar and its revision number. */
  current(): Promise<CalendarRevision> {
    return this.cache.get(() => this.load(), this.now());
  }

  /** Forget the cached calendar (a case showed a newer revision than this process knows). */
  invalidate(): void {
    this.cache.invalidate();
  }

  /** The revision a calendar from this service belongs to. */
  revisionOf(calendar: WorkingCalendar): number {
    const id = revisionIds.get(calendar);
    if (id === undefined) throw new Error('the calendar does not come from CalendarService');
    return id;
  }

  /**
   * The calendar of an older revision (null: revision 1) and why the calendar changed since, in
   * the words of the revisions' notes, up to revision `to`. Reads through `ex` (a transaction's own).
   */
  async changeSince(ex: Executor, from: number | null, to: number): Promise<{ calendar: WorkingCalendar; reason: string }> {
    const start = from ?? FIRST_REVISION;
    const { calendar } = await this.revision(ex, start);
    const notes: string[] = [];
    for (let id = start + 1; id <= to; id++) {
      const { note } = await this.revision(ex, id);
      if (!notes.includes(note)) notes.push(note);
    }
    return { calendar, reason: notes.join('；') };
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
      days: cal.monthInfo(year, month).map((d) => ({ date: d.date, working: d.working, kind: d.kind, name: d.name ?? null, provisional: d.provisional ?? false })),
      coveredYears: cal.coveredYears(),
    };
  }

  /** Where a year's holidays come from, its notice, its statutory holidays and which of its days are provisional (public). */
  async year(year: number) {
    const cal = await this.calendar();
    const notice = (await this.noticeViews(this.db, year))[0] ?? null;
    const statutory = year >= STATUTORY_FIRST_YEAR && year <= STATUTORY_LAST_YEAR;
    return {
      year,
      source: cal.yearSource(year),
      notice: notice ? { document: notice.document, holidays: notice.holidays } : null,
      festivals: statutory ? statutoryFestivals(year).map((f) => ({ name: f.name, days: f.days, makeUp: f.makeUp })) : [],
      draft: statutory ? statutoryNotice(year) : [],
      provisionalDays: cal.provisionalDays(year).map((d) => ({ date: d.date, name: d.name ?? '' })),
    };
  }

  // ------------------------------------------------------------------ notices

  /** The notices entered, by year (administrators). */
  async listNotices(actor: Actor): Promise<NoticeView[]> {
    authorizeUser(actor, 'org.manage');
    return this.noticeViews(this.db);
  }

  /**
   * Enter or replace a year's notice (administrators; audited; makes a new calendar revision).
   * 400 naming the field when it leaves out a statutory day, puts a make-up working day on a
   * weekday, or overlaps itself.
   */
  async putNotice(actor: Actor, year: number, body: NoticeBody): Promise<NoticeView> {
    const admin = authorizeUser(actor, 'org.manage');
    const holidays: NoticeHoliday[] = body.holidays.map((h) => ({ name: h.name, from: h.from, to: h.to, workdays: [...h.workdays] }));
    const problems = noticeProblems({ year, holidays });
    if (problems.length) throw badRequest('CALENDAR.NOTICE_INVALID', `${year} 年放假安排与法定节假日不符或有误`, problems.map((p) => ({ ...p })));
    const view = await this.db.transaction().execute(async (trx) => {
      await lockCalendar(trx);
      const [before] = await this.noticeViews(trx, year);
      const row = { document: body.document, holidays: JSON.stringify(holidays), entered_by: admin.userId };
      await trx
        .insertInto('calendar_notices')
        .values({ year, ...row })
        .onConflict((oc) => oc.column('year').doUpdateSet({ ...row, entered_at: sql<Date>`now()` }))
        .execute();
      const [after] = await this.noticeViews(trx, year);
      if (!after) throw new Error(`notice ${year} vanished inside its own transaction`);
      await this.record(trx, `${before ? '修改' : '录入'}${year}年放假安排（${body.document}）`);
      await audit(trx, auditActor(admin), {
        action: 'calendar.notice_put',
        targetType: 'calendar_notice',
        targetId: String(year),
        before: before ? noticeAudit(before) : null,
        after: noticeAudit(after),
      });
      return after;
    });
    this.cache.invalidate();
    return view;
  }

  /** Remove a year's notice: the national data or the statutory holidays apply again (administrators; audited). */
  async deleteNotice(actor: Actor, year: number): Promise<void> {
    const admin = authorizeUser(actor, 'org.manage');
    await this.db.transaction().execute(async (trx) => {
      await lockCalendar(trx);
      const [before] = await this.noticeViews(trx, year);
      if (!before) throw notFound('CALENDAR.NOTICE_NOT_FOUND', `没有录入 ${year} 年放假安排`);
      await trx.deleteFrom('calendar_notices').where('year', '=', year).execute();
      await this.record(trx, `删除${year}年放假安排（${before.document}）`);
      await audit(trx, auditActor(admin), { action: 'calendar.notice_delete', targetType: 'calendar_notice', targetId: String(year), before: noticeAudit(before), after: null });
    });
    this.cache.invalidate();
  }

  // ------------------------------------------------------------------ overrides

  /** The bureau's overrides, by date (administrators). */
  async listOverrides(actor: Actor): Promise<{ items: OverrideView[] }> {
    authorizeUser(actor, 'org.manage');
    return { items: await this.overrideViews(this.db) };
  }

  /** Set the override of one day, replacing any earlier one (administrators; audited; makes a new calendar revision). */
  async putOverride(actor: Actor, input: { date: DateStr } & OverrideBody): Promise<OverrideView> {
    const admin = authorizeUser(actor, 'org.manage');
    const date = checkDate(input.date);
    const view = await this.db.transaction().execute(async (trx) => {
      await lockCalendar(trx);
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
      await this.record(trx, `本局调整 ${date} 为${input.working ? '上班' : '休息'}（${input.reason}）`);
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

  /** Remove the override of one day, so the national arrangement applies again (administrators; audited; makes a new calendar revision). */
  async deleteOverride(actor: Actor, date: DateStr): Promise<void> {
    const admin = authorizeUser(actor, 'org.manage');
    checkDate(date);
    await this.db.transaction().execute(async (trx) => {
      await lockCalendar(trx);
      const [before] = await this.overrideViews(trx, date, true);
      if (!before) throw notFound('CALENDAR.OVERRIDE_NOT_FOUND', `${date} 没有本局调整`);
      await trx.deleteFrom('calendar_overrides').where('date', '=', date).execute();
      await this.record(trx, `取消本局对 ${date} 的调整（${before.reason}）`);
      await audit(trx, auditActor(admin), { action: 'calendar.override_delete', targetType: 'calendar_day', targetId: date, before: auditView(before), after: null });
    });
    this.cache.invalidate();
  }

  // ------------------------------------------------------------------ revisions

  /**
   * The current revision: the notices and overrides as stored and the national data this code
   * ships. When they are not what the latest revision holds (a new version of the national
   * data, rows written by hand), the next revision is recorded first.
   */
  private async load(): Promise<CalendarRevision> {
    const def = await this.definition(this.db);
    const latest = await this.db.selectFrom('calendar_revisions').select(['id', 'fingerprint']).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (latest && latest.fingerprint === fingerprint(def)) return this.built(latest.id, def);
    const recorded = await this.db.transaction().execute(async (trx) => ({ id: await this.record(trx, null), def: await this.definition(trx) }));
    return this.built(recorded.id, recorded.def);
  }

  /**
   * Record the calendar as `trx` sees it as the next revision, unless the latest already is it;
   * returns the revision's number. Holds the calendar lock, so two writers number in turn.
   */
  private async record(trx: Trx, note: string | null): Promise<number> {
    await lockCalendar(trx);
    const def = await this.definition(trx);
    const fp = fingerprint(def);
    const latest = await trx.selectFrom('calendar_revisions').select(['id', 'fingerprint', 'definition']).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (latest && latest.fingerprint === fp) return latest.id;
    const id = (latest?.id ?? 0) + 1;
    const text = note ?? describeChange(latest ? (latest.definition as CalendarDefinition) : null, def);
    await trx.insertInto('calendar_revisions').values({ id, fingerprint: fp, definition: JSON.stringify(def), note: text }).execute();
    return id;
  }

  /** A revision's calendar and note, rebuilt from its definition (kept once read: revisions never change). */
  private revision(ex: Executor, id: number): Promise<{ calendar: WorkingCalendar; note: string }> {
    let p = this.cache.revisions.get(id);
    if (!p) {
      p = (async () => {
        const row = await ex.selectFrom('calendar_revisions').select(['definition', 'note']).where('id', '=', id).executeTakeFirst();
        if (!row) throw new Error(`calendar revision ${id} does not exist`);
        return { calendar: this.built(id, row.definition as CalendarDefinition).calendar, note: row.note };
      })();
      const loaded = p;
      this.cache.revisions.set(id, loaded);
      loaded.catch(() => this.cache.revisions.delete(id));
    }
    return p;
  }

  private built(id: number, def: CalendarDefinition): CalendarRevision {
    const calendar = new WorkingCalendar({ overrides: def.overrides, notices: def.notices, nationalYears: def.nationalYears, statutory: def.statutory });
    revisionIds.set(calendar, id);
    return { id, calendar };
  }

  /** The calendar this code would compute with, from the rows `ex` sees. */
  private async definition(ex: Executor): Promise<CalendarDefinition> {
    const overrides = (await this.overrideViews(ex)).map((o) => ({ date: o.date, working: o.working, reason: o.reason }));
    const notices = (await this.noticeViews(ex)).map((n) => ({ year: n.year, holidays: n.holidays }));
    return { statutory: true, nationalYears: [...HOLIDAY_DATA_YEARS], notices, overrides };
  }

  private async noticeViews(ex: Executor, year?: number): Promise<NoticeView[]> {
    let q = ex.selectFrom('calendar_notices as n').select(['n.year', 'n.document', 'n.holidays', 'n.entered_by', 'n.entered_at']).orderBy('n.year');
    if (year !== undefined) q = q.where('n.year', '=', year);
    const rows = await q.execute();
    const names = await usernames(ex, rows.flatMap((r) => (r.entered_by ? [r.entered_by] : [])));
    return rows.map((r) => ({
      year: r.year,
      document: r.document,
      holidays: r.holidays as NoticeHoliday[],
      enteredBy: r.entered_by ? (names.get(r.entered_by) ?? null) : null,
      enteredAt: new Date(r.entered_at).toISOString(),
    }));
  }

  /**
   * Overrides with who set them; one day when `date` is given (locked when `forUpdate`).
   * The date is read with to_char: drivers turn a `date` column into a Date at local or UTC
   * midnight depending on the driver, which would shift the day.
   */
  private async overrideViews(ex: Executor, date?: DateStr, forUpdate = false): Promise<OverrideView[]> {
    let q = ex
      .selectFrom('calendar_overrides as o')
      .select([sql<string>`to_char(o.date, 'YYYY-MM-DD')`.as('day'), 'o.working', 'o.reason', 'o.created_by', 'o.created_at'])
      .orderBy('o.date');
    if (date !== undefined) q = q.where('o.date', '=', date);
    if (forUpdate) q = q.forUpdate('o');
    const rows = await q.execute();
    const names = await usernames(ex, rows.flatMap((r) => (r.created_by ? [r.created_by] : [])));
    return rows.map((r) => ({
      date: r.day,
      working: r.working,
      reason: r.reason,
      createdBy: r.created_by ? (names.get(r.created_by) ?? null) : null,
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }
}

/** One writer of the calendar at a time (notices, overrides, revisions), across processes. */
async function lockCalendar(trx: Trx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(74837220)`.execute(trx);
}

/** sha256 of the definition's canonical JSON (keys in a fixed order, lists as stored). */
function fingerprint(def: CalendarDefinition): string {
  const canonical = JSON.stringify({
    statutory: def.statutory,
    nationalYears: def.nationalYears,
    notices: def.notices.map((n) => ({ year: n.year, holidays: n.holidays.map((h) => ({ name: h.name, from: h.from, to: h.to, workdays: [...h.workdays] })) })),
    overrides: def.overrides.map((o) => ({ date: o.date, working: o.working, reason: o.reason })),
  });
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/** What changed between two definitions, for a revision nobody wrote a note for (a new release, rows written by hand). */
function describeChange(prev: CalendarDefinition | null, next: CalendarDefinition): string {
  const parts: string[] = [];
  if (!prev?.statutory && next.statutory) parts.push('尚未公布放假安排的年份按《全国年节及纪念日放假办法》（2024年修订）计入法定节假日（调休安排未公布）');
  const before = new Set(prev?.nationalYears ?? HOLIDAY_DATA_YEARS);
  const added = (next.nationalYears ?? HOLIDAY_DATA_YEARS).filter((y) => !before.has(y));
  if (added.length) parts.push(`收录${added.join('、')}年国务院放假安排`);
  if (parts.length === 0) parts.push('工作日历数据变更');
  return parts.join('；');
}

function checkDate(date: string): DateStr {
  if (!isDateStr(date)) throw badRequest('REQUEST.INVALID', '日期格式应为 YYYY-MM-DD', [{ path: 'date', message: '日期格式应为 YYYY-MM-DD' }]);
  return date;
}

/** What the audit trail keeps of an override (the time of the change is the audit row's own). */
function auditView(o: OverrideView) {
  return { date: o.date, working: o.working, reason: o.reason, createdBy: o.createdBy };
}

/** What the audit trail keeps of a notice. */
function noticeAudit(n: NoticeView) {
  return { year: n.year, document: n.document, holidays: n.holidays, enteredBy: n.enteredBy };
}
