/**
 * The working-day calendar (工作日): weekends, statutory holidays and make-up working days (调休)
 * from the State Council's yearly arrangement — as the chinese-days package publishes it, or as
 * the administrator enters the year's notice — plus the bureau's own overrides (a typhoon
 * closure, a local day off). A year with neither still has the statutory holidays of
 * 《全国年节及纪念日放假办法》 (2024 revision), marked provisional. Every time limit counts on it
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
// The lunar dates and the solar term of the statutory holidays: tyme4ts computes them from year,
// month and day numbers alone (chinese-days' own conversion formats through the local time zone
// and gives the day before west of UTC).
import { LunarDay, SolarTerm } from 'tyme4ts';

import { fromDayNumber, MS_PER_DAY, toDayNumber, weekday, type DateStr } from './dates.js';

export { addCalendarDays, chineseDate, chineseDateTime, isDateStr, toShanghaiDate, type DateStr } from './dates.js';

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
  /** a statutory holiday of a year whose notice is not out yet (法定节假日，调休安排未公布) */
  provisional?: true;
}

interface DayEntry {
  working: boolean;
  kind: 'holiday' | 'makeup_workday';
  name: string;
  provisional?: true;
}

/** The national arrangement by day number, built once. Entries read "National Day,国庆节,3". */
const NATIONAL: ReadonlyMap<number, DayEntry> = (() => {
  const map = new Map<number, DayEntry>();
  const zh = (entry: string) => entry.split(',')[1] ?? entry;
  const data: { holidays: Record<string, string>; workdays: Record<string, string> } = holidayData;
  for (const [d, entry] of Object.entries(data.holidays)) map.set(toDayNumber(d), { working: false, kind: 'holiday', name: zh(entry) });
  for (const [d, entry] of Object.entries(data.workdays)) map.set(toDayNumber(d), { working: true, kind: 'makeup_workday', name: zh(entry) });
  return map;
})();

function yearOf(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCFullYear();
}

/** The national arrangement's days by year. */
const NATIONAL_BY_YEAR: ReadonlyMap<number, readonly [number, DayEntry][]> = (() => {
  const map = new Map<number, [number, DayEntry][]>();
  for (const [n, e] of NATIONAL) {
    const y = yearOf(n);
    map.set(y, [...(map.get(y) ?? []), [n, e]]);
  }
  return map;
})();

/** Years the national holiday data covers (the State Council publishes each year's arrangement in the autumn before). */
export const HOLIDAY_DATA_YEARS: readonly number[] = [...NATIONAL_BY_YEAR.keys()].sort((a, b) => a - b);

// ------------------------------------------------------------------------------ the statutory holidays

/** The first year 《全国年节及纪念日放假办法》 as revised in 2024 (国务院令第795号) governs. */
export const STATUTORY_FIRST_YEAR = 2025;
/** The last year the lunar tables reach. */
export const STATUTORY_LAST_YEAR = 2100;

/** One festival of art. 2 in a year: its statutory days and the days that make up for those lost to a weekend or to another festival. */
export interface StatutoryFestival {
  name: string;
  /** the statutory days (art. 2) */
  days: DateStr[];
  /** 补假 (art. 6), on the first free working days after the festival */
  makeUp: DateStr[];
}

function solar(d: { getYear(): number; getMonth(): number; getDay(): number }): DateStr {
  return fromDayNumber(Math.round(Date.UTC(d.getYear(), d.getMonth() - 1, d.getDay()) / MS_PER_DAY));
}

const festivalCache = new Map<number, readonly StatutoryFestival[]>();

/**
 * The festivals of art. 2 of 《全国年节及纪念日放假办法》 (2024 revision) in a year from 2025 to
 * 2100, in date order: 元旦 1 day, 春节 4 (除夕 to 正月初三), 清明节 1 (the solar term), 劳动节 2
 * (May 1–2), 端午节 1, 中秋节 1, 国庆节 3 (Oct 1–3). Art. 6: a statutory day on a Saturday or Sunday
 * is made up on a working day (补假); until the notice says where, it is the first free working day
 * after the festival, where every notice since the revision has put it. A day two festivals share
 * (中秋 on 国庆) is made up the same way. Throws RangeError for other years.
 */
export function statutoryFestivals(year: number): readonly StatutoryFestival[] {
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR)
    throw new RangeError(`the 2024 holiday rules cover ${STATUTORY_FIRST_YEAR}–${STATUTORY_LAST_YEAR}, not ${year}`);
  const known = festivalCache.get(year);
  if (known) return known;
  const jan1 = Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);
  const date = (month: number, day: number) => fromDayNumber(Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY));
  const spring = toDayNumber(solar(LunarDay.fromYmd(year, 1, 1).getSolarDay()));
  const base = [
    { name: '元旦', days: [fromDayNumber(jan1)] },
    { name: '春节', days: [-1, 0, 1, 2].map((k) => fromDayNumber(spring + k)) },
    { name: '清明节', days: [solar(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay())] },
    { name: '劳动节', days: [date(5, 1), date(5, 2)] },
    { name: '端午节', days: [solar(LunarDay.fromYmd(year, 5, 5).getSolarDay())] },
    { name: '中秋节', days: [solar(LunarDay.fromYmd(year, 8, 15).getSolarDay())] },
    { name: '国庆节', days: [date(10, 1), date(10, 2), date(10, 3)] },
  ].sort((a, b) => (a.days[0] ?? '').localeCompare(b.days[0] ?? ''));
  const off = new Set<number>();
  const weekend = (n: number) => weekday(n) === 0 || weekday(n) === 6;
  const festivals = base.map((f) => {
    let lost = 0;
    for (const d of f.days) {
      const n = toDayNumber(d);
      if (weekend(n) || off.has(n)) lost++;
      off.add(n);
    }
    const makeUp: DateStr[] = [];
    for (let n = toDayNumber(f.days[f.days.length - 1] ?? ''); makeUp.length < lost; ) {
      n++;
      if (weekend(n) || off.has(n)) continue;
      makeUp.push(fromDayNumber(n));
      off.add(n);
    }
    return { name: f.name, days: f.days, makeUp };
  });
  festivalCache.set(year, festivals);
  return festivals;
}

const provisionalCache = new Map<number, readonly [number, DayEntry][]>();

/** A year's statutory days and 补假 as provisional calendar entries. */
function provisionalEntries(year: number): readonly [number, DayEntry][] {
  let entries = provisionalCache.get(year);
  if (!entries) {
    entries = statutoryFestivals(year).flatMap((f) => [
      ...f.days.map((d): [number, DayEntry] => [toDayNumber(d), { working: false, kind: 'holiday', name: f.name, provisional: true }]),
      ...f.makeUp.map((d): [number, DayEntry] => [toDayNumber(d), { working: false, kind: 'holiday', name: `${f.name}（补假）`, provisional: true }]),
    ]);
    provisionalCache.set(year, entries);
  }
  return entries;
}

// ------------------------------------------------------------------------------ the year's notice

/** One holiday of a State Council notice: its name (春节), its days off and the weekend days worked instead (调休上班). */
export interface NoticeHoliday {
  name: string;
  from: DateStr;
  to: DateStr;
  workdays: DateStr[];
}

/** A year's notice (国务院办公厅关于部分节假日安排的通知) as the administrator enters it. */
export interface HolidayNotice {
  year: number;
  holidays: NoticeHoliday[];
}

/** Where a notice breaks the rules, with the path of the field. */
export interface NoticeProblem {
  path: string;
  message: string;
}

/**
 * The least notice a year 2025–2100 can have: each festival's statutory days and 补假 as one
 * holiday, festivals sharing days merged into one (中秋节、国庆节 in 2028), no make-up working days.
 * What an administrator starts from before widening the holidays to the notice's.
 */
export function statutoryNotice(year: number): NoticeHoliday[] {
  const out: NoticeHoliday[] = [];
  for (const f of statutoryFestivals(year)) {
    const all = [...f.days, ...f.makeUp].sort();
    const from = all[0] ?? '';
    const to = all[all.length - 1] ?? '';
    const last = out[out.length - 1];
    if (last && from <= last.to) out[out.length - 1] = { name: `${last.name}、${f.name}`, from: last.from, to: to > last.to ? to : last.to, workdays: [] };
    else out.push({ name: f.name, from, to, workdays: [] });
  }
  return out;
}

/** Longest holiday a notice may give in one stretch (春节 and 国庆 have been 8 or 9 days). */
const MAX_HOLIDAY_DAYS = 15;

/**
 * What is wrong with a notice (an empty list when nothing): every statutory day of the year must
 * be one of its holidays (a notice adds bridging days, never takes a statutory one away); holidays
 * lie in the year (元旦's may start from December 25 before) and do not overlap; each make-up
 * working day is a Saturday or Sunday, in the same span, not a holiday and not listed twice.
 * Dates must be real days (RangeError otherwise; the request schema checks them first).
 */
export function noticeProblems(notice: HolidayNotice): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const { year, holidays } = notice;
  const first = toDayNumber(`${String(year - 1).padStart(4, '0')}-12-25`);
  const last = toDayNumber(`${String(year).padStart(4, '0')}-12-31`);
  const off = new Map<number, number>();
  for (const [i, h] of holidays.entries()) {
    const from = toDayNumber(h.from);
    const to = toDayNumber(h.to);
    if (to < from) problems.push({ path: `holidays.${i}.to`, message: '结束日期不能早于开始日期' });
    else if (from < first || to > last) problems.push({ path: `holidays.${i}.from`, message: `放假日期应在 ${year} 年内（元旦可自上年 12 月 25 日起）` });
    else if (to - from + 1 > MAX_HOLIDAY_DAYS) problems.push({ path: `holidays.${i}.to`, message: `一次放假不超过 ${MAX_HOLIDAY_DAYS} 天` });
    else
      for (let n = from; n <= to; n++) {
        const other = off.get(n);
        if (other !== undefined) {
          problems.push({ path: `holidays.${i}.from`, message: `与"${holidays[other]?.name ?? ''}"的放假日期重叠（${fromDayNumber(n)}）` });
          break;
        }
        off.set(n, i);
      }
  }
  const seen = new Set<number>();
  for (const [i, h] of holidays.entries())
    for (const [j, w] of h.workdays.entries()) {
      const n = toDayNumber(w);
      const path = `holidays.${i}.workdays.${j}`;
      if (weekday(n) !== 0 && weekday(n) !== 6) problems.push({ path, message: `调休上班日 ${w} 不是周六或周日` });
      else if (off.has(n)) problems.push({ path, message: `调休上班日 ${w} 同时是放假日` });
      else if (seen.has(n)) problems.push({ path, message: `调休上班日 ${w} 重复` });
      else if (n < first || n > last) problems.push({ path, message: `调休上班日应在 ${year} 年内（元旦的可在上年 12 月 25 日起）` });
      seen.add(n);
    }
  if (year >= STATUTORY_FIRST_YEAR && year <= STATUTORY_LAST_YEAR) {
    const missing = statutoryFestivals(year).flatMap((f) => f.days.filter((d) => !off.has(toDayNumber(d))).map((d) => `${d}（${f.name}）`));
    if (missing.length) problems.push({ path: 'holidays', message: `缺少法定节假日：${missing.join('、')}（《全国年节及纪念日放假办法》第二条）` });
  }
  return problems;
}

// ------------------------------------------------------------------------------ the calendar

/** Where a year's holidays come from: an entered notice, the national data, the statute alone (provisional), or nothing but weekends. */
export type YearSource = 'notice' | 'national' | 'statutory' | 'weekends';

/** zh-CN names of the year sources, for screens. */
export const YEAR_SOURCES: Record<YearSource, string> = {
  notice: '已录入国务院放假安排',
  national: '已收录国务院放假安排',
  statutory: '放假安排未公布（法定节假日暂计）',
  weekends: '仅按周末计算',
};

/** How screens name a provisional day. */
export const PROVISIONAL_LABEL = '法定节假日（调休安排未公布）';

/** What a calendar is made of. */
export interface CalendarInit {
  /** the bureau's own days, before everything else */
  overrides?: readonly CalendarOverride[];
  /** notices entered for their years: a notice replaces the national data of its year */
  notices?: readonly HolidayNotice[];
  /** the years of the national data (chinese-days) that count; all of them when absent */
  nationalYears?: readonly number[] | null;
  /** the statutory holidays, provisional, for years 2025–2100 with neither notice nor national data (default true) */
  statutory?: boolean;
}

/**
 * Working days: an override first, else the year's arrangement (an entered notice, else the
 * national data, else the statutory holidays marked provisional: holidays off, 调休 days on),
 * else Monday to Friday. Periods follow 民法典 art. 201: the day a period starts is not counted.
 */
export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<number, CalendarOverride>;
  private readonly days: ReadonlyMap<number, DayEntry>;
  private readonly sources: ReadonlyMap<number, YearSource>;

  constructor(init: CalendarInit = {}) {
    this.overrides = new Map((init.overrides ?? []).map((o) => [toDayNumber(o.date), { ...o }]));
    const sources = new Map<number, YearSource>();
    const noticeYears = new Set((init.notices ?? []).map((n) => n.year));
    const nationalYears = new Set(init.nationalYears ?? HOLIDAY_DATA_YEARS);
    for (const y of HOLIDAY_DATA_YEARS) if (nationalYears.has(y) && !noticeYears.has(y)) sources.set(y, 'national');
    for (const y of noticeYears) sources.set(y, 'notice');
    const days = new Map<number, DayEntry>();
    for (const [y, source] of sources) if (source === 'national') for (const [n, e] of NATIONAL_BY_YEAR.get(y) ?? []) days.set(n, e);
    if (init.statutory ?? true)
      for (let y = STATUTORY_FIRST_YEAR; y <= STATUTORY_LAST_YEAR; y++) {
        if (sources.has(y)) continue;
        sources.set(y, 'statutory');
        for (const [n, e] of provisionalEntries(y)) days.set(n, e);
      }
    // later notices last: a notice's days in the December before (元旦) win over that year's
    for (const notice of [...(init.notices ?? [])].sort((a, b) => a.year - b.year))
      for (const h of notice.holidays) {
        for (let n = toDayNumber(h.from); n <= toDayNumber(h.to); n++) days.set(n, { working: false, kind: 'holiday', name: h.name });
        for (const w of h.workdays) days.set(toDayNumber(w), { working: true, kind: 'makeup_workday', name: h.name });
      }
    this.days = days;
    this.sources = sources;
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
    const e = this.days.get(n);
    if (e) return e.provisional ? { date, working: e.working, kind: e.kind, name: e.name, provisional: true } : { date, working: e.working, kind: e.kind, name: e.name };
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

  /** Where a year's holidays come from. */
  yearSource(year: number): YearSource {
    return this.sources.get(year) ?? 'weekends';
  }

  /** Years whose arrangement is published: the national data's years and the years with an entered notice. */
  coveredYears(): number[] {
    return [...this.sources.entries()].filter(([, s]) => s === 'national' || s === 'notice').map(([y]) => y).sort((a, b) => a - b);
  }

  /** The provisional days of a year (statutory holidays and 补假 while its notice is not out), by date. */
  provisionalDays(year: number): DayInfo[] {
    if (this.yearSource(year) !== 'statutory') return [];
    const out: DayInfo[] = [];
    for (let m = 1; m <= 12; m++) for (const d of this.monthInfo(year, m)) if (d.provisional) out.push(d);
    return out;
  }

  /** Days from `from` to `to` (inclusive) that are working in one calendar and not in the other. */
  differingDays(other: WorkingCalendar, from: DateStr, to: DateStr): DateStr[] {
    const out: DateStr[] = [];
    for (let n = toDayNumber(from); n <= toDayNumber(to); n++) if (this.working(n) !== other.working(n)) out.push(fromDayNumber(n));
    return out;
  }

  /** The overrides this calendar was built from, by date. */
  listOverrides(): CalendarOverride[] {
    return [...this.overrides.entries()].sort(([a], [b]) => a - b).map(([, o]) => ({ ...o }));
  }

  private working(n: number): boolean {
    const override = this.overrides.get(n);
    if (override) return override.working;
    const e = this.days.get(n);
    if (e) return e.working;
    const wd = weekday(n);
    return wd !== 0 && wd !== 6;
  }
}
