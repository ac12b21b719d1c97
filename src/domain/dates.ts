/**
 * Days written `YYYY-MM-DD` in Asia/Shanghai and their arithmetic: pure, without the holiday data. The web
 * app's pages import these (through hall.ts, licence.ts, clock.ts…) without loading the working-day
 * calendar's holiday tables and lunar arithmetic (calendar.ts, which re-exports them).
 */

/** A calendar day in Asia/Shanghai, `YYYY-MM-DD`. */
export type DateStr = string;

export const MS_PER_DAY = 86_400_000;
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

/** A day as official documents write it: 2026-11-05 → 2026年11月5日. */
export function chineseDate(d: DateStr): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/** An instant as official documents write it, in Asia/Shanghai: 2026年12月6日 16:15. */
export function chineseDateTime(at: Date): string {
  const t = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return `${chineseDate(t.slice(0, 10))} ${t.slice(11, 16)}`;
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

export function toDayNumber(d: DateStr): number {
  const n = dayNumberOrNaN(d);
  if (Number.isNaN(n)) throw new RangeError(`not a date (YYYY-MM-DD): ${d}`);
  return n;
}

export function fromDayNumber(n: number): DateStr {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
export function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}
