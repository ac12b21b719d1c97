import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageFromIdNumber, bookingBlockedUntil, estimateWaitMinutes, mayServe, nextTicket, PRIORITIES, priorityClass, queueFor, ticketNumber, type QueuedTicket, type WindowScope } from './hall.js';

const NOW = Date.UTC(2026, 11, 2, 2, 0);
const MIN = 60_000;

const ticketArb = (zone: fc.Arbitrary<string> = fc.constantFrom('A', 'B')) =>
  fc
    .record({
      id: fc.integer({ min: 1, max: 1_000_000 }),
      zone,
      itemCode: fc.option(fc.constantFrom('X', 'Y', 'Z'), { nil: null }),
      priority: fc.constantFrom(...PRIORITIES),
      takenMin: fc.integer({ min: -240, max: 0 }),
      delayMin: fc.integer({ min: 0, max: 30 }),
      appt: fc.option(fc.integer({ min: -90, max: 60 }), { nil: null }),
      targetWindowId: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
    })
    .map(
      (r): QueuedTicket => ({
        id: r.id,
        zone: r.zone,
        itemCode: r.itemCode,
        priority: r.priority,
        takenAt: NOW + r.takenMin * MIN,
        queueAt: NOW + (r.takenMin + r.delayMin) * MIN,
        apptStart: r.appt === null ? null : NOW + r.appt * MIN,
        apptEnd: r.appt === null ? null : NOW + (r.appt + 30) * MIN,
        targetWindowId: r.targetWindowId,
      }),
    );
const ticketsArb = fc.uniqueArray(ticketArb(), { selector: (t) => t.id, maxLength: 40 });
const windowArb = fc.record({ id: fc.constantFrom(1, 2, 3), zone: fc.constantFrom('A', 'B'), comprehensive: fc.boolean(), items: fc.subarray(['X', 'Y', 'Z']) });

describe('queue order', () => {
  it('puts appointments inside their slot first, then the green channel, then first come first served', () => {
    fc.assert(
      fc.property(windowArb, ticketsArb, (w, tickets) => {
        const q = queueFor(w, tickets, NOW);
        for (let i = 1; i < q.length; i++) {
          const a = q[i - 1] as QueuedTicket;
          const b = q[i] as QueuedTicket;
          const ca = priorityClass(a, NOW);
          const cb = priorityClass(b, NOW);
          expect(ca).toBeLessThanOrEqual(cb);
          if (ca === cb) expect(a.queueAt < b.queueAt || (a.queueAt === b.queueAt && a.id < b.id)).toBe(true);
        }
      }),
    );
  });

  it('gives an appointment priority only once its slot began, and only if checked in before it ended', () => {
    const t: QueuedTicket = { id: 1, zone: 'A', itemCode: null, priority: 'normal', takenAt: NOW - 40 * MIN, queueAt: NOW - 40 * MIN, apptStart: NOW + 10 * MIN, apptEnd: NOW + 40 * MIN, targetWindowId: null };
    expect(priorityClass(t, NOW)).toBe(2);
    expect(priorityClass(t, NOW + 10 * MIN)).toBe(0);
    expect(priorityClass(t, NOW + 60 * MIN)).toBe(0);
    expect(priorityClass({ ...t, takenAt: NOW + 41 * MIN }, NOW + 60 * MIN)).toBe(2);
    expect(priorityClass({ ...t, priority: 'pregnant' }, NOW)).toBe(1);
  });

  it('keeps a transferred ticket ahead of later ones: the order depends on queue time, not on when it arrived', () => {
    fc.assert(
      fc.property(ticketsArb, ticketArb(fc.constant('A')), (tickets, moved) => {
        const w: WindowScope = { id: 1, zone: 'A', comprehensive: true, items: [] };
        const pool = tickets.filter((t) => t.id !== moved.id);
        const m = { ...moved, targetWindowId: null };
        const before = queueFor(w, [...pool, m], NOW).map((t) => t.id);
        const after = queueFor(w, [m, ...pool.reverse()], NOW).map((t) => t.id);
        expect(after).toEqual(before);
      }),
    );
  });

  it('lets a window take only tickets of its zone and items; a 综合窗口 every item; a transfer only its target', () => {
    fc.assert(
      fc.property(windowArb, ticketsArb, (w, tickets) => {
        for (const t of queueFor(w, tickets, NOW)) {
          expect(t.zone).toBe(w.zone);
          if (t.targetWindowId !== null) expect(t.targetWindowId).toBe(w.id);
          else if (!w.comprehensive) expect(t.itemCode !== null && w.items.includes(t.itemCode)).toBe(true);
        }
        const comp = { ...w, comprehensive: true };
        expect(tickets.filter((t) => t.zone === w.zone && t.targetWindowId === null).every((t) => mayServe(comp, t))).toBe(true);
      }),
    );
  });

  it('never hands one ticket to two windows calling in turn', () => {
    fc.assert(
      fc.property(fc.array(windowArb, { minLength: 1, maxLength: 6 }), ticketsArb, (windows, tickets) => {
        let waiting = tickets;
        const called: number[] = [];
        for (const w of windows) {
          const t = nextTicket(w, waiting, NOW);
          if (!t) continue;
          called.push(t.id);
          waiting = waiting.filter((x) => x.id !== t.id);
        }
        expect(new Set(called).size).toBe(called.length);
      }),
    );
  });
});

describe('tickets, ages, estimates', () => {
  it('numbers tickets by zone letter and three digits', () => {
    expect(ticketNumber('A', 1)).toBe('A001');
    expect(ticketNumber('G', 999)).toBe('G999');
    expect(ticketNumber('B', 1000)).toBe('B1000');
  });

  it('reads the age from a 身份证号 on a day, birthday included', () => {
    expect(ageFromIdNumber('110101195003070013', '2020-03-06')).toBe(69);
    expect(ageFromIdNumber('110101195003070013', '2020-03-07')).toBe(70);
    expect(ageFromIdNumber('110101195003070010', '2020-03-07')).toBeNull();
  });

  it('estimates wait from people ahead, open windows and service time, never below zero', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(20), fc.double({ min: 1, max: 60, noNaN: true }), (ahead, open, avg) => {
        const m = estimateWaitMinutes(ahead, open, avg);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(estimateWaitMinutes(ahead + 1, open, avg)).toBeGreaterThanOrEqual(m);
      }),
    );
    expect(estimateWaitMinutes(0, 3, 8)).toBe(0);
    expect(estimateWaitMinutes(6, 3, 8)).toBe(16);
  });
});

describe('no-show block', () => {
  it('blocks for 30 days from the third no-show within 30 days', () => {
    expect(bookingBlockedUntil(['2026-11-01', '2026-11-10', '2026-11-20'], '2026-11-25')).toBe('2026-12-20');
    expect(bookingBlockedUntil(['2026-11-01', '2026-11-10', '2026-11-20'], '2026-12-20')).toBeNull();
    expect(bookingBlockedUntil(['2026-10-01', '2026-11-10', '2026-11-20'], '2026-11-25')).toBeNull();
    expect(bookingBlockedUntil(['2026-11-10', '2026-11-20'], '2026-11-25')).toBeNull();
  });

  it('never blocks with fewer than three no-shows, and always lifts within 30 days of the last', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 8 }), (offsets) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const days = offsets.map(day);
        const last = Math.max(-1, ...offsets);
        if (days.length < 3) expect(bookingBlockedUntil(days, day(last + 1))).toBeNull();
        expect(bookingBlockedUntil(days, day(last + 30))).toBeNull();
      }),
    );
  });
});
