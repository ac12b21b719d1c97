import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCalendarDays, HOLIDAY_DATA_YEARS, WorkingCalendar, type DateStr } from './calendar.js';
import { computeClock, dueChange, PAUSE_KINDS, type ClockEvent, type ClockLimits, type PauseKind } from './clock.js';

const cal = new WorkingCalendar();
const limits: ClockLimits = { statutoryDays: 20, promisedDays: 10, warningDays: 2 };
const DAY = 86_400_000;
const KINDS = Object.keys(PAUSE_KINDS) as PauseKind[];

const received = (on: DateStr): ClockEvent => ({ type: 'received', on });
const supplement = (on: DateStr): ClockEvent => ({ type: 'supplement_requested', on });
const delivered = (on: DateStr): ClockEvent => ({ type: 'supplement_delivered', on });
const accepted = (on: DateStr): ClockEvent => ({ type: 'accepted', on });
const pauseStart = (on: DateStr, kind: PauseKind = 'inspection', expectedDays = 5): ClockEvent => ({ type: 'pause_started', on, kind, expectedDays });
const pauseEnd = (on: DateStr): ClockEvent => ({ type: 'pause_ended', on });
const extended = (on: DateStr, days: number): ClockEvent => ({ type: 'extended', on, days });
const decided = (on: DateStr): ClockEvent => ({ type: 'decided', on });
const closed = (on: DateStr): ClockEvent => ({ type: 'closed', on });

// ---------------------------------------------------------------------------------------------
// generators: a plausible case log, with dates that never go backwards

/** A start day in 2020 … 2026. */
const startDay = fc.integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2026, 10, 30) / DAY }).map((n) => new Date(n * DAY).toISOString().slice(0, 10));
const gap = fc.integer({ min: 0, max: 12 });

/** One step after acceptance: a pause of some length, or an extension. */
type Step = { t: 'pause'; kind: PauseKind; wait: number; length: number } | { t: 'extend'; wait: number; days: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ t: fc.constant('pause' as const), kind: fc.constantFrom(...KINDS), wait: gap, length: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ t: fc.constant('extend' as const), wait: gap, days: fc.integer({ min: 1, max: 15 }) }),
);

interface Log {
  events: ClockEvent[];
  /** index of the accepted event */
  acceptedIndex: number;
  last: DateStr;
}

const logArb: fc.Arbitrary<Log> = fc
  .record({
    start: startDay,
    cycles: fc.array(fc.record({ before: gap, waiting: fc.integer({ min: 0, max: 40 }) }), { maxLength: 3 }),
    toAccept: gap,
    steps: fc.array(stepArb, { maxLength: 4 }),
    end: fc.option(fc.record({ type: fc.constantFrom('decided' as const, 'closed' as const), wait: gap })),
  })
  .map(({ start, cycles, toAccept, steps, end }) => {
    let d = start;
    const events: ClockEvent[] = [received(d)];
    for (const c of cycles) {
      d = addCalendarDays(d, c.before);
      events.push(supplement(d));
      d = addCalendarDays(d, c.waiting);
      events.push(received(d));
    }
    d = addCalendarDays(d, toAccept);
    events.push(accepted(d));
    const acceptedIndex = events.length - 1;
    for (const s of steps) {
      d = addCalendarDays(d, s.wait);
      if (s.t === 'extend') events.push(extended(d, s.days));
      else {
        events.push(pauseStart(d, s.kind));
        d = addCalendarDays(d, s.length);
        events.push(pauseEnd(d));
      }
    }
    if (end) {
      d = addCalendarDays(d, end.wait);
      events.push({ type: end.type, on: d });
    }
    return { events, acceptedIndex, last: d };
  });

/** Positions after acceptance where no pause is open and the case is not finished. */
function quietPositions(log: Log): number[] {
  const out: number[] = [];
  let open = false;
  for (let i = log.acceptedIndex + 1; i <= log.events.length; i++) {
    const prev = log.events[i - 1];
    if (prev?.type === 'pause_started') open = true;
    if (prev?.type === 'pause_ended') open = false;
    if (prev?.type === 'decided' || prev?.type === 'closed') break;
    if (!open) out.push(i);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('hand-checked cases', () => {
  it('a draft has not started', () => {
    const c = computeClock([], limits, '2026-10-01', cal);
    expect(c).toMatchObject({ state: 'not_started', receivedAt: null, acceptanceDue: null, remainingWorkingDays: null, pauses: [], onTime: null });
  });

  it('DOMAIN.md: received 2026-09-30, acceptance due 2026-10-13', () => {
    const c = computeClock([received('2026-09-30')], limits, '2026-09-30', cal);
    expect(c.acceptanceDue).toBe('2026-10-13');
    expect(c.remainingWorkingDays).toBe(5);
    expect(c.state).toBe('ok');
    // during the holiday nothing is used up: still 5 left on 10-07, 3 on 10-09 (08, 09 used)
    expect(computeClock([received('2026-09-30')], limits, '2026-10-07', cal).remainingWorkingDays).toBe(5);
    expect(computeClock([received('2026-09-30')], limits, '2026-10-09', cal)).toMatchObject({ remainingWorkingDays: 3, state: 'ok' });
    expect(computeClock([received('2026-09-30')], limits, '2026-10-10', cal)).toMatchObject({ remainingWorkingDays: 2, state: 'warning' });
    expect(computeClock([received('2026-09-30')], limits, '2026-10-13', cal)).toMatchObject({ remainingWorkingDays: 0, state: 'warning' });
    expect(computeClock([received('2026-09-30')], limits, '2026-10-14', cal)).toMatchObject({ remainingWorkingDays: -1, state: 'overdue' });
  });

  it('国庆 2026: accepted 09-30, promised 10 and statutory 20 working days', () => {
    // working days after 09-30: 10-08 (1), 09 (2), 10 Sat (3), 12–16 (4–8), 19 (9), 20 (10) … 26 (14) … 11-02 (19), 11-03 (20)
    const c = computeClock([received('2026-09-28'), accepted('2026-09-30')], limits, '2026-10-09', cal);
    expect(c).toMatchObject({ acceptedAt: '2026-09-30', promisedDue: '2026-10-20', decisionDue: '2026-11-03', acceptanceDue: null, state: 'ok', remainingWorkingDays: 8 });
    expect(c.statutoryRemainingWorkingDays).toBe(18);
  });

  it('春节 2026: an inspection over the break pauses only the working days it spans', () => {
    // accepted Tue 02-10; promised 10: 11,12,13,14(Sat),24,25,26,27,28(Sat),03-02 → 03-02
    const base = [received('2026-02-09'), accepted('2026-02-10')];
    expect(computeClock(base, limits, '2026-02-10', cal).promisedDue).toBe('2026-03-02');
    // inspection 02-12 → 02-25: working days 13, 14, 24, 25 = 4
    const withPause = [...base, pauseStart('2026-02-12', 'inspection', 3), pauseEnd('2026-02-25')];
    const c = computeClock(withPause, limits, '2026-02-26', cal);
    expect(c.pauses).toEqual([{ kind: 'inspection', from: '2026-02-12', to: '2026-02-25', expectedDays: 3, workingDays: 4 }]);
    expect(c.pausedWorkingDays).toBe(4);
    // 03-02 + 4 working days: 03, 04, 05, 06
    expect(c.promisedDue).toBe('2026-03-06');
    // still open on 02-20 (holiday): only 13 and 14 so far, and the case shows as paused
    const open = computeClock([...base, pauseStart('2026-02-12')], limits, '2026-02-20', cal);
    expect(open).toMatchObject({ state: 'paused', pausedWorkingDays: 2, promisedDue: '2026-03-04' });
    expect(open.pauses[0]?.to).toBeNull();
  });

  it('an extension moves the statutory due day only', () => {
    const c = computeClock([received('2026-09-28'), accepted('2026-09-30'), extended('2026-10-20', 10)], limits, '2026-10-21', cal);
    expect(c).toMatchObject({ extensionDays: 10, promisedDue: '2026-10-20', decisionDue: '2026-11-17', state: 'overdue', remainingWorkingDays: -1 });
  });

  it('a weekend right after the due day is already overdue, with no working day lost yet', () => {
    // accepted Fri 2026-11-06, promised 5 → Fri 11-13; Saturday 11-14 is late
    const ev = [received('2026-11-06'), accepted('2026-11-06')];
    const l = { statutoryDays: 20, promisedDays: 5 };
    expect(computeClock(ev, l, '2026-11-13', cal)).toMatchObject({ promisedDue: '2026-11-13', remainingWorkingDays: 0, state: 'warning' });
    expect(computeClock(ev, l, '2026-11-14', cal)).toMatchObject({ remainingWorkingDays: 0, state: 'overdue' });
    expect(computeClock(ev, l, '2026-11-16', cal)).toMatchObject({ remainingWorkingDays: -1, state: 'overdue' });
    expect(computeClock(ev, l, '2026-11-17', cal)).toMatchObject({ remainingWorkingDays: -2, state: 'overdue' });
  });

  it('decided: done, on time or not, with the due days frozen', () => {
    const ev = [received('2026-09-28'), accepted('2026-09-30'), pauseStart('2026-10-12', 'expert_review', 5)];
    const onTime = computeClock([...ev, decided('2026-10-20')], limits, '2026-12-01', cal);
    // the pause ended with the decision: 10-13 … 10-20 = 6 working days
    expect(onTime).toMatchObject({ state: 'done', decidedAt: '2026-10-20', pausedWorkingDays: 6, promisedDue: '2026-10-28', onTime: true, remainingWorkingDays: null });
    expect(onTime.pauses[0]?.to).toBe('2026-10-20');
    const late = computeClock([received('2026-09-28'), accepted('2026-09-30'), decided('2026-10-21')], limits, '2026-12-01', cal);
    expect(late).toMatchObject({ state: 'done', onTime: false, promisedDue: '2026-10-20' });
  });

  it('closed (不予受理 or withdrawn) before acceptance: done, no acceptance due, no verdict', () => {
    const c = computeClock([received('2026-09-28'), closed('2026-09-29')], limits, '2026-12-01', cal);
    expect(c).toMatchObject({ state: 'done', receivedAt: '2026-09-28', acceptanceDue: null, acceptedAt: null, decidedAt: null, onTime: null });
  });

  it('补正 stops the acceptance clock; the supplement restarts it from its day', () => {
    const ev = [received('2026-09-21'), supplement('2026-09-23')];
    expect(computeClock(ev, limits, '2027-03-01', cal)).toMatchObject({ state: 'waiting_applicant', acceptanceDue: null, remainingWorkingDays: null });
    const back = computeClock([...ev, received('2026-09-30')], limits, '2026-10-09', cal);
    expect(back).toMatchObject({ receivedAt: '2026-09-30', acceptanceDue: '2026-10-13', remainingWorkingDays: 3, state: 'ok' });
  });

  it('measures the 补正 wait from the day the notice reached the applicant, and says when that was past the acceptance due day', () => {
    // received Monday 11-02: the acceptance period ends 11-09
    const ev = [received('2026-11-02'), supplement('2026-11-04')];
    expect(computeClock(ev, limits, '2026-11-05', cal)).toMatchObject({ state: 'waiting_applicant', supplementToldOn: '2026-11-04', supplementLate: false });
    expect(computeClock([...ev, delivered('2026-11-06')], limits, '2026-11-06', cal)).toMatchObject({ state: 'waiting_applicant', supplementToldOn: '2026-11-06', supplementLate: false, acceptanceDue: null });
    // reached them on 11-10, a working day after the period: art. 32 deems the case accepted
    expect(computeClock([...ev, delivered('2026-11-10')], limits, '2026-11-10', cal)).toMatchObject({ supplementToldOn: '2026-11-10', supplementLate: true });
    // a delivery on an earlier day than told does not move it; nor does one when nothing is awaited
    expect(computeClock([...ev, delivered('2026-11-03')], limits, '2026-11-05', cal).supplementToldOn).toBe('2026-11-04');
    expect(computeClock([received('2026-11-02'), delivered('2026-11-10')], limits, '2026-11-05', cal)).toMatchObject({ supplementToldOn: null, supplementLate: false, acceptanceDue: '2026-11-09' });
    // the supplement restarts the period; nothing is awaited any more
    expect(computeClock([...ev, delivered('2026-11-06'), received('2026-11-09')], limits, '2026-11-09', cal)).toMatchObject({ supplementToldOn: null, supplementLate: false, acceptanceDue: '2026-11-16' });
  });

  it('deemed acceptance: accepted on the receipt day', () => {
    const c = computeClock([received('2026-09-30'), accepted('2026-09-30')], limits, '2026-10-14', cal);
    expect(c).toMatchObject({ acceptedAt: '2026-09-30', acceptanceDue: null, promisedDue: '2026-10-20', state: 'ok' });
  });
});

describe('odd events are skipped, never thrown on', () => {
  it('pause_ended without a start, a second accepted, received after acceptance, events after the decision', () => {
    const sane = [received('2026-09-28'), accepted('2026-09-30'), pauseStart('2026-10-12'), pauseEnd('2026-10-14'), decided('2026-10-21')];
    const odd: ClockEvent[] = [
      pauseEnd('2026-09-27'),
      supplement('2026-09-27'),
      extended('2026-09-27', 5),
      received('2026-09-28'),
      received('2026-09-29'),
      accepted('2026-09-30'),
      received('2026-10-01'),
      supplement('2026-10-02'),
      accepted('2026-10-05'),
      pauseEnd('2026-10-06'),
      pauseStart('2026-10-12'),
      pauseStart('2026-10-13', 'hearing'),
      pauseEnd('2026-10-14'),
      pauseEnd('2026-10-15'),
      extended('2026-10-16', 0),
      extended('2026-10-16', -3),
      decided('2026-10-21'),
      closed('2026-10-22'),
      accepted('2026-10-23'),
      pauseStart('2026-10-24'),
    ];
    expect(computeClock(odd, limits, '2026-12-01', cal)).toEqual(computeClock(sane, limits, '2026-12-01', cal));
  });

  it('a pause ending before it started counts nothing; a malformed day is skipped', () => {
    const c = computeClock([received('2026-09-28'), accepted('2026-09-30'), pauseStart('2026-10-20'), pauseEnd('2026-10-12'), decided('2026-13-45')], limits, '2026-10-21', cal);
    expect(c.pauses).toEqual([{ kind: 'inspection', from: '2026-10-20', to: '2026-10-20', expectedDays: 5, workingDays: 0 }]);
    expect(c.state).not.toBe('done');
  });

  it('an open pause starting after today counts nothing yet', () => {
    const c = computeClock([received('2026-09-28'), accepted('2026-09-30'), pauseStart('2026-10-20')], limits, '2026-10-12', cal);
    expect(c).toMatchObject({ state: 'paused', pausedWorkingDays: 0, promisedDue: '2026-10-20' });
  });

  it('never throws on any sequence of events, and always reports a coherent state (1000 runs)', () => {
    const anyEvent: fc.Arbitrary<ClockEvent> = fc.oneof(
      startDay.map(received),
      startDay.map(supplement),
      startDay.map(accepted),
      fc.tuple(startDay, fc.constantFrom(...KINDS), fc.integer({ min: -5, max: 60 })).map(([d, k, n]) => pauseStart(d, k, n)),
      startDay.map(pauseEnd),
      fc.tuple(startDay, fc.integer({ min: -5, max: 30 })).map(([d, n]) => extended(d, n)),
      startDay.map(decided),
      startDay.map(closed),
      fc.constantFrom('', '2026-02-30', 'nonsense').map(received),
    );
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 25 }), startDay, (events, today) => {
        const c = computeClock(events, limits, today, cal);
        const running = c.state === 'ok' || c.state === 'warning' || c.state === 'overdue' || c.state === 'paused';
        if (running !== (c.remainingWorkingDays !== null)) return false;
        if (c.state === 'done' && c.pauses.some((p) => p.to === null)) return false;
        if (c.acceptedAt !== null && (c.decisionDue === null || c.promisedDue === null || c.acceptanceDue !== null)) return false;
        if (c.pauses.some((p) => p.workingDays < 0)) return false;
        if (c.state === 'overdue' && !(c.remainingWorkingDays !== null && c.remainingWorkingDays <= 0)) return false;
        if (c.state !== 'paused' && c.remainingWorkingDays !== null && c.remainingWorkingDays < 0 && c.state !== 'overdue') return false;
        return c.pausedWorkingDays === c.pauses.reduce((s, p) => s + p.workingDays, 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('properties of the clock', () => {
  it('a pause never shortens a deadline and moves both by exactly its working days (500 runs)', () => {
    fc.assert(
      fc.property(
        logArb,
        fc.nat(),
        fc.nat(20),
        fc.nat(30),
        fc.constantFrom(...KINDS),
        fc.nat(40),
        (log, pick, offset, length, kind, after) => {
          const spots = quietPositions(log);
          const at = spots[pick % spots.length];
          if (at === undefined) return true;
          // the inserted pause sits between its neighbours' days
          const before = log.events[at - 1]?.on ?? log.last;
          const next = log.events[at]?.on;
          const maxSpan = next === undefined ? offset + length : Math.max(0, (Date.parse(next) - Date.parse(before)) / DAY);
          const from = addCalendarDays(before, Math.min(offset, maxSpan));
          const to = addCalendarDays(from, Math.min(length, maxSpan - Math.min(offset, maxSpan)));
          const events = [...log.events.slice(0, at), pauseStart(from, kind), pauseEnd(to), ...log.events.slice(at)];
          const today = addCalendarDays(to > log.last ? to : log.last, after);
          const without = computeClock(log.events, limits, today, cal);
          const withPause = computeClock(events, limits, today, cal);
          const paused = cal.workingDaysBetween(from, to);
          if (without.decisionDue === null || without.promisedDue === null || withPause.decisionDue === null || withPause.promisedDue === null) return false;
          return (
            withPause.decisionDue >= without.decisionDue &&
            withPause.promisedDue >= without.promisedDue &&
            cal.workingDaysBetween(without.decisionDue, withPause.decisionDue) === paused &&
            cal.workingDaysBetween(without.promisedDue, withPause.promisedDue) === paused &&
            withPause.pausedWorkingDays === without.pausedWorkingDays + paused
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an open pause freezes the remaining working days, whatever today is (300 runs)', () => {
    fc.assert(
      fc.property(logArb, fc.nat(60), (log, later) => {
        if (log.events.some((e) => e.type === 'decided' || e.type === 'closed')) return true;
        const events = [...log.events, pauseStart(log.last)];
        const first = computeClock(events, limits, log.last, cal);
        const then = computeClock(events, limits, addCalendarDays(log.last, later), cal);
        return first.state === 'paused' && then.state === 'paused' && first.remainingWorkingDays === then.remainingWorkingDays;
      }),
      { numRuns: 300 },
    );
  });

  it('补正 cycles: never overdue or warning while waiting; after the last receipt the due day is 5 working days on (500 runs)', () => {
    fc.assert(
      fc.property(
        startDay,
        fc.array(fc.record({ before: fc.nat(15), waiting: fc.nat(120) }), { minLength: 1, maxLength: 6 }),
        fc.nat(200),
        (start, cycles, look) => {
          let d = start;
          const events: ClockEvent[] = [received(d)];
          for (const c of cycles) {
            d = addCalendarDays(d, c.before);
            events.push(supplement(d));
            // at any day while waiting, however long
            const waitingDay = addCalendarDays(d, Math.min(look, c.waiting));
            const w = computeClock(events, limits, waitingDay, cal);
            if (w.state !== 'waiting_applicant' || w.acceptanceDue !== null || w.remainingWorkingDays !== null) return false;
            d = addCalendarDays(d, c.waiting);
            events.push(received(d));
          }
          const back = computeClock(events, limits, d, cal);
          return back.receivedAt === d && back.acceptanceDue === cal.addWorkingDays(d, 5) && back.remainingWorkingDays === 5 && back.state === 'ok';
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the acceptance period honours the acceptanceDays limit (200 runs)', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 20 }), (d, n) => computeClock([received(d)], { ...limits, acceptanceDays: n }, d, cal).acceptanceDue === cal.addWorkingDays(d, n)),
      { numRuns: 200 },
    );
  });

  it('warning exactly when today ≤ due and remaining ≤ warningDays; overdue exactly when today is past the due day (500 runs)', () => {
    fc.assert(
      fc.property(logArb, fc.nat(80), fc.nat(5), (log, later, warningDays) => {
        const today = addCalendarDays(log.last, later);
        const c = computeClock(log.events, { ...limits, warningDays }, today, cal);
        if (c.state === 'done' || c.state === 'paused' || c.remainingWorkingDays === null) return true;
        const due = c.promisedDue ?? c.acceptanceDue;
        if (due === null) return false;
        if (c.state === 'overdue') return today > due && c.remainingWorkingDays <= 0 && (c.remainingWorkingDays < 0 || !cal.isWorkingDay(today));
        if (c.state === 'warning') return today <= due && c.remainingWorkingDays >= 0 && c.remainingWorkingDays <= warningDays;
        return c.state === 'ok' && c.remainingWorkingDays > warningDays;
      }),
      { numRuns: 500 },
    );
  });

  it('done cases do not change with today (300 runs)', () => {
    fc.assert(
      fc.property(logArb, fc.nat(400), (log, later) => {
        if (!log.events.some((e) => e.type === 'decided' || e.type === 'closed')) return true;
        const a = computeClock(log.events, limits, log.last, cal);
        const b = computeClock(log.events, limits, addCalendarDays(log.last, later), cal);
        return a.state === 'done' && JSON.stringify(a) === JSON.stringify(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = 'UTC';
  });

  it('the same inputs give the same clock, do not touch the inputs, and ignore the wall clock and time zone (200 runs)', () => {
    fc.assert(
      fc.property(logArb, fc.nat(60), fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York'), (log, later, tz) => {
        const today = addCalendarDays(log.last, later);
        const frozen = structuredClone(log.events);
        const first = computeClock(log.events, limits, today, cal);
        vi.useFakeTimers();
        vi.setSystemTime(new Date('2031-07-01T03:00:00Z'));
        process.env.TZ = tz;
        const second = computeClock(structuredClone(log.events), { ...limits }, today, new WorkingCalendar());
        vi.useRealTimers();
        process.env.TZ = 'UTC';
        expect(second).toEqual(first);
        expect(log.events).toEqual(frozen);
      }),
      { numRuns: 200 },
    );
  });
});

/** The 2027 statutory holidays after 元旦, as a notice would hold them at the least. */
const statutoryRest = [
  { name: '春节', from: '2027-02-05', to: '2027-02-10', workdays: [] },
  { name: '清明节', from: '2027-04-05', to: '2027-04-05', workdays: [] },
  { name: '劳动节', from: '2027-05-01', to: '2027-05-04', workdays: [] },
  { name: '端午节', from: '2027-06-09', to: '2027-06-09', workdays: [] },
  { name: '中秋节', from: '2027-09-15', to: '2027-09-15', workdays: [] },
  { name: '国庆节', from: '2027-10-01', to: '2027-10-05', workdays: [] },
];

describe('a change of calendar (due_floor, dueChange)', () => {
  // 2027 as it was before the statutory fallback (every weekday working), and with it
  const upTo2026 = HOLIDAY_DATA_YEARS.filter((y) => y <= 2026);
  const bare = new WorkingCalendar({ nationalYears: upTo2026, statutory: false });
  const statutory = new WorkingCalendar({ nationalYears: upTo2026 });
  // a notice that makes Sunday 2027-01-31 a working day (so a due day after it comes one day earlier)
  const notice = new WorkingCalendar({
    nationalYears: upTo2026,
    notices: [{ year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01', workdays: ['2027-01-31'] }, ...statutoryRest] }],
  });
  const events: ClockEvent[] = [received('2027-01-20'), accepted('2027-01-21')];

  it('moves the due days later when the new calendar has more holidays, and says which days changed', () => {
    // 10 working days from Thu 2027-01-21: Jan 22, 25–29, Feb 1–4 → Feb 4 either way; 20: Feb 18 (bare) or Feb 24 (Feb 5, 8, 9, 10 off)
    const change = dueChange(events, limits, '2027-01-21', bare, statutory);
    expect(change).toEqual({
      before: { acceptanceDue: null, promisedDue: '2027-02-04', decisionDue: '2027-02-18' },
      after: { acceptanceDue: null, promisedDue: '2027-02-04', decisionDue: '2027-02-24' },
      held: [],
      changedDays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
    });
    expect(dueChange(events, limits, '2027-01-21', statutory, statutory)).toBeNull();
    expect(dueChange([...events, decided('2027-01-25')], limits, '2027-01-25', bare, statutory)).toBeNull();
  });

  it('never brings a due day earlier than told: the floor the recalculation records holds it', () => {
    const change = dueChange(events, limits, '2027-01-21', statutory, notice);
    // Sunday Jan 31 works under the notice: 10 working days end on Feb 3, 20 on Feb 23; the told days stand
    expect(computeClock(events, limits, '2027-01-21', notice)).toMatchObject({ promisedDue: '2027-02-03', decisionDue: '2027-02-23' });
    expect(change).toMatchObject({ before: { promisedDue: '2027-02-04', decisionDue: '2027-02-24' }, after: { promisedDue: '2027-02-04', decisionDue: '2027-02-24' }, held: ['promisedDue', 'decisionDue'] });
    const floored: ClockEvent[] = [...events, { type: 'due_floor', on: '2027-01-22', ...(change?.after ?? { acceptanceDue: null, promisedDue: null, decisionDue: null }) }];
    expect(computeClock(floored, limits, '2027-02-01', notice)).toMatchObject({ promisedDue: '2027-02-04', decisionDue: '2027-02-24' });
    // a pause still moves them later from there
    const paused = [...floored, pauseStart('2027-02-01'), pauseEnd('2027-02-22')];
    expect(computeClock(paused, limits, '2027-02-22', notice).promisedDue! > '2027-02-04').toBe(true);
    // once held, the same change again does nothing
    expect(dueChange(floored, limits, '2027-01-22', statutory, notice)).toBeNull();
  });

  it('drops the acceptance floor when a supplement restarts the acceptance period', () => {
    const floor: ClockEvent = { type: 'due_floor', on: '2027-01-21', acceptanceDue: '2027-02-26', promisedDue: null, decisionDue: null };
    expect(computeClock([received('2027-01-20'), floor], limits, '2027-01-21', statutory).acceptanceDue).toBe('2027-02-26');
    const restarted = [received('2027-01-20'), floor, supplement('2027-01-22'), received('2027-03-01')];
    expect(computeClock(restarted, limits, '2027-03-01', statutory).acceptanceDue).toBe('2027-03-08');
  });

  it('never makes any due day earlier, for any log and any two calendars (300 runs)', () => {
    const calendars = [bare, statutory, notice, cal];
    fc.assert(
      fc.property(logArb, fc.integer({ min: 0, max: 330 }), fc.nat(30), fc.constantFrom(...calendars), fc.constantFrom(...calendars), (log, into, later, a, b) => {
        // the log moved to start between 2026-11-01 and 2027-09-27, where the calendars differ
        const shift = (Date.UTC(2026, 10, 1) - Date.parse(`${log.events[0]?.on ?? ''}T00:00:00Z`)) / DAY + into;
        const events = log.events.map((e) => ({ ...e, on: addCalendarDays(e.on, shift) }));
        const today = addCalendarDays(log.last, shift + later);
        const change = dueChange(events, limits, today, a, b);
        if (!change) return true;
        const after = computeClock([...events, { type: 'due_floor', on: today, ...change.after }], limits, today, b);
        for (const k of ['acceptanceDue', 'promisedDue', 'decisionDue'] as const) {
          const was = change.before[k];
          if (was !== null && (after[k] ?? '') < was) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
