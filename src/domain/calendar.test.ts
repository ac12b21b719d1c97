import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarDays, HOLIDAY_DATA_YEARS, isDateStr, toShanghaiDate, WorkingCalendar, type DateStr } from './calendar.js';

// chinese-days' own isWorkday reads dates in the local time zone and is only right east of UTC;
// pin the zone so the oracle below is right wherever the suite runs (our calendar needs no zone).
process.env.TZ = 'Asia/Shanghai';
const { isWorkday } = chineseDays;

const cal = new WorkingCalendar();
const DAY = 86_400_000;

/** Every day from a to b inclusive. */
function days(a: DateStr, b: DateStr): DateStr[] {
  const out: DateStr[] = [];
  for (let d = a; d <= b; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

/** A day in 2020-01-01 … 2026-12-31. */
const day2020to2026 = fc
  .integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY })
  .map((n) => new Date(n * DAY).toISOString().slice(0, 10));

describe('the national arrangement', () => {
  it('agrees with chinese-days isWorkday on every day from 2004 to 2027', () => {
    const wrong = days('2004-01-01', '2027-12-31').filter((d) => cal.isWorkingDay(d) !== isWorkday(d));
    expect(wrong).toEqual([]);
  });

  it('5 working days from 2026-09-30 end on 2026-10-13 (国庆 10-01…10-07 off, Saturday 10-10 works)', () => {
    expect(cal.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(days('2026-10-01', '2026-10-07').map((d) => cal.dayInfo(d).kind)).toEqual(Array(7).fill('holiday'));
    expect(cal.dayInfo('2026-10-10')).toEqual({ date: '2026-10-10', working: true, kind: 'makeup_workday', name: '国庆节' });
    expect(cal.dayInfo('2026-10-03')).toEqual({ date: '2026-10-03', working: false, kind: 'holiday', name: '国庆节' });
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-13')).toBe(5);
    // Sunday 09-20 is a make-up working day before it
    expect(cal.dayInfo('2026-09-20').kind).toBe('makeup_workday');
    expect(cal.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('春节 2026: Feb 15–23 off, Saturdays Feb 14 and Feb 28 work', () => {
    const off = days('2026-02-15', '2026-02-23');
    expect(off.every((d) => !isWorkday(d))).toBe(true);
    expect(off.every((d) => cal.dayInfo(d).kind === 'holiday' && cal.dayInfo(d).name === '春节')).toBe(true);
    expect(isWorkday('2026-02-14') && isWorkday('2026-02-28')).toBe(true);
    expect(cal.dayInfo('2026-02-14').kind).toBe('makeup_workday');
    expect(cal.dayInfo('2026-02-28').kind).toBe('makeup_workday');
    // Fri 02-13 → Sat 02-14 (make-up) → Tue 02-24 after the break
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    const feb = cal.monthInfo(2026, 2);
    expect(feb).toHaveLength(28);
    expect(feb.filter((d) => d.working).map((d) => d.date)).toEqual(days('2026-02-01', '2026-02-28').filter((d) => isWorkday(d)));
    // 20 working days from 2026-02-10 (Tue): Feb 11,12,13,14,24,25,26,27,28 (9), Mar 2–6 (14), 9–13 (19), 16 (20)
    expect(cal.addWorkingDays('2026-02-10', 20)).toBe('2026-03-16');
  });

  it('names ordinary days by weekday kind, with no name', () => {
    expect(cal.dayInfo('2026-11-25')).toEqual({ date: '2026-11-25', working: true, kind: 'workday' });
    expect(cal.dayInfo('2026-11-28')).toEqual({ date: '2026-11-28', working: false, kind: 'weekend' });
  });

  it('knows which years the data covers', () => {
    expect(HOLIDAY_DATA_YEARS).toContain(2026);
    expect(HOLIDAY_DATA_YEARS).not.toContain(2027);
    expect(cal.coveredYears()).toEqual([...HOLIDAY_DATA_YEARS]);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('land on a working day, skip every holiday and weekend, count every 调休 day (1000 runs)', () => {
    fc.assert(
      fc.property(day2020to2026, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const due = cal.addWorkingDays(d, n);
        if (n === 0) return due === d;
        const counted = days(addCalendarDays(d, 1), due).filter((x) => isWorkday(x));
        return isWorkday(due) && cal.workingDaysBetween(d, due) === n && counted.length === n && counted.at(-1) === due;
      }),
      { numRuns: 1000 },
    );
  });

  it('compose: n then m working days is n + m working days (500 runs)', () => {
    fc.assert(
      fc.property(day2020to2026, fc.nat(40), fc.nat(40), (d, n, m) => cal.addWorkingDays(cal.addWorkingDays(d, n), m) === cal.addWorkingDays(d, n + m)),
      { numRuns: 500 },
    );
  });

  it('count antisymmetrically and add up over any middle day (500 runs)', () => {
    fc.assert(
      fc.property(day2020to2026, day2020to2026, day2020to2026, (a, b, c) => {
        return cal.workingDaysBetween(a, b) === -cal.workingDaysBetween(b, a) && cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c) === cal.workingDaysBetween(a, c);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a negative or fractional count and a malformed date', () => {
    expect(() => cal.addWorkingDays('2026-10-01', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-1-5')).toThrow(RangeError);
  });
});

describe('overrides', () => {
  const typhoon = new WorkingCalendar([
    { date: '2026-10-13', working: false, reason: '台风停工' },
    { date: '2026-10-11', working: true, reason: '集中办理日' },
  ]);

  it('come before the national arrangement', () => {
    expect(typhoon.dayInfo('2026-10-13')).toEqual({ date: '2026-10-13', working: false, kind: 'override_off', name: '台风停工' });
    expect(typhoon.dayInfo('2026-10-11')).toEqual({ date: '2026-10-11', working: true, kind: 'override_working', name: '集中办理日' });
    // 09-30 + 5: 10-08, 10-09, 10-10, 10-11 (override), 10-12
    expect(typhoon.addWorkingDays('2026-09-30', 5)).toBe('2026-10-12');
    expect(new WorkingCalendar([{ date: '2026-10-13', working: false, reason: '台风停工' }]).addWorkingDays('2026-09-30', 5)).toBe('2026-10-14');
  });

  it('add their years to the covered years', () => {
    const c = new WorkingCalendar([{ date: '2027-01-01', working: false, reason: '元旦' }]);
    expect(c.coveredYears()).toEqual([...HOLIDAY_DATA_YEARS, 2027]);
    expect(c.listOverrides()).toEqual([{ date: '2027-01-01', working: false, reason: '元旦' }]);
  });

  it('change only the days they name (300 runs)', () => {
    fc.assert(
      fc.property(day2020to2026, fc.boolean(), day2020to2026, (d, working, other) => {
        const c = new WorkingCalendar([{ date: d, working, reason: '测试' }]);
        return c.isWorkingDay(d) === working && (other === d || c.isWorkingDay(other) === cal.isWorkingDay(other));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dates', () => {
  afterEach(() => {
    process.env.TZ = 'Asia/Shanghai';
  });

  it('toShanghaiDate takes the day in UTC+8', () => {
    expect(toShanghaiDate('2026-09-30T15:59:59Z')).toBe('2026-09-30');
    expect(toShanghaiDate('2026-09-30T16:00:00Z')).toBe('2026-10-01');
    expect(toShanghaiDate(new Date('2026-12-31T23:30:00+08:00'))).toBe('2026-12-31');
    expect(toShanghaiDate('2027-01-01T00:00:00+08:00')).toBe('2027-01-01');
    expect(() => toShanghaiDate('yesterday')).toThrow(RangeError);
  });

  it('isDateStr accepts real days only', () => {
    expect(['2026-10-01', '2024-02-29', '0999-12-31'].every(isDateStr)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '20261001', '2026-10-01T00:00:00Z', ''].some(isDateStr)).toBe(false);
  });

  it('answers the same in any process time zone', () => {
    const sample = days('2026-01-01', '2026-12-31');
    const here = sample.map((d) => cal.dayInfo(d));
    for (const tz of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      const c = new WorkingCalendar();
      expect(sample.map((d) => c.dayInfo(d))).toEqual(here);
      expect(c.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
      expect(toShanghaiDate('2026-09-30T16:00:00Z')).toBe('2026-10-01');
    }
  });

  it('is fast enough for the clock: a year of look-ups many times over', () => {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) cal.workingDaysBetween('2026-01-01', '2026-12-31');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
