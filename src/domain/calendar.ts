/**
 * The working-day calendar (工作日): weekends, statutory holidays and make-up working days (调休)
 * from the State Council's yearly arrangement as the chinese-days package publishes it, plus the
 * bureau's own overrides (a typhoon closure, a local day off). Every time limit counts on it
 * (行政许可法 art. 82). Pure: no I/O, no dependence on the process time zone.
 *
 * Dates are `YYYY-MM-DD` strings naming days in Asia/Shanghai. Inside, a day is its number since
 * 1970-01-01, so the hot loops do integer arithmetic and map look-ups only.
 */
// The package's yearly arrangement as data. We read the data rather than call its isWorkday:
// that function formats dates in the process's local time zone and answers for the wrong day
// west of UTC (a browser in America, a server left on a US zone). The rule applied to the data
// below is the package's own (a listed 调休 day works; otherwise Monday–Friday unless a holiday),
// and calendar.test.ts checks the two agree on every day the data covers.
import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** A calendar day in Asia/Shanghai, `YYYY-MM-DD`. */
export type DateStr = string;

/** A day the bureau declares working or not working, whatever the national arrangement says. */
export interface CalendarOverride {
  date: DateStr;
  working: boolean;
  reason: string;
}

/** Why a day is (not) a working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday' | 'override_working' | 'override_off';

/** One day as the calendar sees it; `name` is the holiday (e.g. 国庆节) or the override's reason. */
export interface DayInfo {
  date: DateStr;
  working: boolean;
  kind: DayKind;
  name?: string;
}

const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // UTC+8 all year: China has had no DST since 1991
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isDateStr(s: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(s));
}

/** The calendar day in Asia/Shanghai of an instant (a Date or an ISO 8601 timestamp). */
export function toShanghaiDate(instant: Date | string): DateStr {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The day `n` calendar days after `d` (before it when n < 0). */
export function addCalendarDays(d: DateStr, n: number): DateStr {
  return fromDayNumber(toDayNumber(d) + n);
}

function dayNumberOrNaN(s: string): number {
  const m = DATE_RE.exec(s);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return Number.NaN;
  return Math.round(date.getTime() / MS_PER_DAY);
}

function toDayNumber(d: DateStr): number {
  const n = dayNumberOrNaN(d);
  if (Number.isNaN(n)) throw new RangeError(`not a date (YYYY-MM-DD): ${d}`);
  return n;
}

function fromDayNumber(n: number): DateStr {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

interface NationalDay {
  working: boolean;
  kind: 'holiday' | 'makeup_workday';
  name: string;
}

/** The national arrangement by day number, built once. Entries read "National Day,国庆节,3". */
const NATIONAL: ReadonlyMap<number, NationalDay> = (() => {
  const map = new Map<number, NationalDay>();
  const zh = (entry: string) => entry.split(',')[1] ?? entry;
  const data: { holidays: Record<string, string>; workdays: Record<string, string> } = holidayData;
  for (const [d, entry] of Object.entries(data.holidays)) map.set(toDayNumber(d), { working: false, kind: 'holiday', name: zh(entry) });
  for (const [d, entry] of Object.entries(data.workdays)) map.set(toDayNumber(d), { working: true, kind: 'makeup_workday', name: zh(entry) });
  return map;
})();

/** Years the national holiday data covers (the State Council publishes each year's arrangement in the autumn before). */
export const HOLIDAY_DATA_YEARS: readonly number[] = [...new Set([...NATIONAL.keys()].map((n) => Number(fromDayNumber(n).slice(0, 4))))].sort((a, b) => a - b);

/**
 * Working days: an override first, else the national arrangement (holidays off, 调休 days on),
 * else Monday to Friday. Periods follow 民法典 art. 201: the day a period starts is not counted.
 */
export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<number, CalendarOverride>;

  constructor(overrides: readonly CalendarOverride[] = []) {
    this.overrides = new Map(overrides.map((o) => [toDayNumber(o.date), { ...o }]));
  }

  /** Whether `d` is a working day. */
  isWorkingDay(d: DateStr): boolean {
    return this.working(toDayNumber(d));
  }

  /** The n-th working day after `from` (the start day does not count); n = 0 gives `from` itself. */
  addWorkingDays(from: DateStr, n: number): DateStr {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`);
    let day = toDayNumber(from);
    for (let left = n; left > 0; ) {
      day++;
      if (this.working(day)) left--;
    }
    return fromDayNumber(day);
  }

  /** The number of working days d with a < d ≤ b; the negative of the reverse count when b < a. */
  workingDaysBetween(a: DateStr, b: DateStr): number {
    const x = toDayNumber(a);
    const y = toDayNumber(b);
    const [lo, hi] = x <= y ? [x, y] : [y, x];
    let count = 0;
    for (let day = lo + 1; day <= hi; day++) if (this.working(day)) count++;
    return x <= y ? count : 0 - count; // 0 - 0 is +0, never -0
  }

  /** What kind of day `d` is, and why. */
  dayInfo(d: DateStr): DayInfo {
    const n = toDayNumber(d);
    const date = fromDayNumber(n);
    const override = this.overrides.get(n);
    if (override) return { date, working: override.working, kind: override.working ? 'override_working' : 'override_off', name: override.reason };
    const national = NATIONAL.get(n);
    if (national) return { date, working: national.working, kind: national.kind, name: national.name };
    const wd = weekday(n);
    return wd === 0 || wd === 6 ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'workday' };
  }

  /** Every day of a month (1–12), for the calendar page. */
  monthInfo(year: number, month: number): DayInfo[] {
    if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`not a month: ${year}-${month}`);
    const first = Math.round(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
    const next = Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
    const days: DayInfo[] = [];
    for (let n = first; n < next; n++) days.push(this.dayInfo(fromDayNumber(n)));
    return days;
  }

  /** Years the calendar knows beyond plain weekends: the national data's years plus years with overrides. A year missing here still counts Monday–Friday as working. */
  coveredYears(): number[] {
    const years = new Set(HOLIDAY_DATA_YEARS);
    for (const o of this.overrides.values()) years.add(Number(o.date.slice(0, 4)));
    return [...years].sort((a, b) => a - b);
  }

  /** The overrides this calendar was built from, by date. */
  listOverrides(): CalendarOverride[] {
    return [...this.overrides.entries()].sort(([a], [b]) => a - b).map(([, o]) => ({ ...o }));
  }

  private working(n: number): boolean {
    const override = this.overrides.get(n);
    if (override) return override.working;
    const national = NATIONAL.get(n);
    if (national) return national.working;
    const wd = weekday(n);
    return wd !== 0 && wd !== 6;
  }
}
