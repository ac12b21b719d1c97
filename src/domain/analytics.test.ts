import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar, type DateStr } from './calendar.js';
import { bucketOf, caseFact, factRows, figures, percentile, rollupDelta, rollupPlan, zeroCounters, type CaseFact, type CaseFactInput, type Counter, type RollupRow } from './analytics.js';
import type { CaseAction } from './case.js';

const cal = new WorkingCalendar();

/** A log from [type, day, payload] steps, numbered from 1. */
function log(steps: [CaseAction['type'], DateStr, object?][]): CaseAction[] {
  return steps.map(([type, on, payload], i) => ({ seq: i + 1, type, at: `${on}T02:00:00Z`, on, actorId: null, actorName: 't', payload: payload ?? {} }) as CaseAction);
}

const base: Omit<CaseFactInput, 'actions'> = {
  caseNo: 'TA2026-000001',
  itemCode: 'I1',
  itemName: '事项一',
  departmentCode: 'D1',
  zone: 'B',
  channel: 'online',
  limits: { statutoryDays: 20, promisedDays: 10 },
  hallVisits: 0,
};

describe('caseFact', () => {
  it('reads the log with the case clock: receipt, acceptance, decision, paused days and on-time', () => {
    const f = caseFact(
      {
        ...base,
        actions: log([
          ['create', '2026-03-02'],
          ['submit', '2026-03-02'],
          ['accept', '2026-03-03'],
          ['start_pause', '2026-03-05', { kind: 'inspection', expectedDays: 3, reason: '踏勘' }],
          ['end_pause', '2026-03-09', { result: '合格' }],
          ['approve', '2026-03-16', { opinion: '准予' }],
        ]),
      },
      '2026-04-01',
      cal,
    );
    // 03-04 … 03-16 are 9 working days; the pause took 03-06 and 03-09
    expect(f).toMatchObject({ receivedOn: '2026-03-02', acceptedOn: '2026-03-03', decidedOn: '2026-03-16', outcome: 'approved', pausedDays: 2, workingDays: 7 });
    expect(f).toMatchObject({ onTimePromised: true, onTimeStatutory: true, pauseKinds: ['inspection'], zeroVisit: true, clockState: 'done', version: 6 });
  });

  it('counts a supplement, a late decision, a hall visit, and an open case as of today', () => {
    const late = caseFact(
      {
        ...base,
        limits: { statutoryDays: 5, promisedDays: 2 },
        hallVisits: 1,
        actions: log([
          ['create', '2026-03-02'],
          ['submit', '2026-03-02'],
          ['request_supplement', '2026-03-03', { items: [{ materialCode: 'M1', problem: '缺' }] }],
          ['submit_supplement', '2026-03-05'],
          ['accept', '2026-03-06'],
          ['refuse', '2026-03-13', { reasons: '不符合' }],
        ]),
      },
      '2026-04-01',
      cal,
    );
    // first receipt stays the anchor; 03-06 → 03-13 is 5 working days: past the promised 2, within the statutory 5
    expect(late).toMatchObject({ receivedOn: '2026-03-02', supplementRounds: 1, workingDays: 5, onTimePromised: false, onTimeStatutory: true, outcome: 'refused', zeroVisit: false });

    const open = caseFact({ ...base, actions: log([['create', '2026-03-02'], ['submit', '2026-03-02'], ['accept', '2026-03-02']]) }, '2026-04-01', cal);
    expect(open).toMatchObject({ decidedOn: null, outcome: null, clockState: 'overdue', workingDays: null, onTimePromised: null });

    const draft = caseFact({ ...base, actions: log([['create', '2026-03-02']]) }, '2026-04-01', cal);
    expect(factRows(draft).rollup).toEqual([]);
  });

  it('anchors a rejection and a withdrawal on their closing day, and a window case is never zero-visit', () => {
    const rejected = caseFact({ ...base, channel: 'window', actions: log([['create', '2026-03-02'], ['submit', '2026-03-02'], ['reject', '2026-03-04', { competentBody: '某局', reason: '不属于' }]]) }, '2026-04-01', cal);
    expect(rejected).toMatchObject({ outcome: 'rejected', closedOn: '2026-03-04', decidedOn: null, zeroVisit: false });
    expect(factRows(rejected).rollup.filter((r) => r.grain === 'day').map((r) => [r.period, r.counters])).toEqual([
      ['2026-03-02', { received: 1 }],
      ['2026-03-04', { rejected: 1 }],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const dayArb = fc.integer({ min: 0, max: 800 }).map((n) => addCalendarDays('2024-01-01', n));
const factArb: fc.Arbitrary<CaseFact> = fc
  .record({
    received: fc.option(dayArb, { nil: null }),
    gapA: fc.integer({ min: 0, max: 10 }),
    gapD: fc.integer({ min: 0, max: 40 }),
    ending: fc.constantFrom('open', 'approved', 'refused', 'rejected', 'withdrawn'),
    channel: fc.constantFrom('online', 'window', 'agent'),
    item: fc.constantFrom('I1', 'I2'),
    zone: fc.constantFrom('', 'A', 'B'),
    supplementRounds: fc.integer({ min: 0, max: 2 }),
    kinds: fc.subarray(['inspection', 'expert_review', 'hearing'] as const),
    pausedDays: fc.integer({ min: 0, max: 9 }),
    onTime: fc.boolean(),
    zeroVisit: fc.boolean(),
    instant: fc.boolean(),
  })
  .map((r): CaseFact => {
    const accepted = r.received && r.ending !== 'rejected' ? addCalendarDays(r.received, r.gapA) : null;
    const decided = accepted && (r.ending === 'approved' || r.ending === 'refused') ? addCalendarDays(accepted, r.gapD) : null;
    const closed = r.received && (r.ending === 'rejected' || r.ending === 'withdrawn') ? addCalendarDays(r.received, r.gapA + 1) : null;
    return {
      caseNo: 'X',
      version: 1,
      asOf: '2026-01-01',
      itemCode: r.item,
      itemName: r.item,
      departmentCode: 'D',
      zone: r.zone,
      channel: r.channel as CaseFact['channel'],
      status: r.ending,
      clockState: 'done',
      outcome: r.ending === 'open' || !r.received ? null : (r.ending as CaseFact['outcome']),
      receivedOn: r.received,
      acceptedOn: accepted,
      decidedOn: decided,
      closedOn: closed,
      statutoryDays: 20,
      promisedDays: 10,
      instant: r.instant,
      workingDays: decided ? r.gapD : null,
      onTimePromised: decided ? r.onTime : null,
      onTimeStatutory: decided ? true : null,
      supplementRounds: r.supplementRounds,
      pausedDays: r.kinds.length ? r.pausedDays : 0,
      pauseKinds: [...r.kinds],
      hallVisits: r.zeroVisit ? 0 : 1,
      zeroVisit: r.channel === 'online' && r.zeroVisit,
    };
  });

/** Sum rows into a table keyed like the database's. */
function apply(table: Map<string, number>, rows: RollupRow[]) {
  for (const r of rows)
    for (const [c, v] of Object.entries(r.counters)) {
      const k = [r.grain, r.period, r.departmentCode, r.zone, r.itemCode, r.channel, c].join('|');
      const n = (table.get(k) ?? 0) + (v ?? 0);
      if (n === 0) table.delete(k);
      else table.set(k, n);
    }
}

describe('rollupDelta', () => {
  it('moves the rollup from one fact to the next exactly as rebuilding it from the last fact would', () => {
    fc.assert(
      fc.property(fc.array(fc.option(factArb, { nil: null }), { minLength: 1, maxLength: 6 }), (versions) => {
        const incremental = new Map<string, number>();
        let prev: CaseFact | null = null;
        for (const v of versions) {
          apply(incremental, rollupDelta(prev, v).rollup);
          prev = v;
        }
        const rebuilt = new Map<string, number>();
        if (prev) apply(rebuilt, factRows(prev).rollup);
        expect(Object.fromEntries(incremental)).toEqual(Object.fromEntries(rebuilt));
      }),
    );
  });

  it('changes nothing when the fact did not change, and keeps rows in key order', () => {
    fc.assert(
      fc.property(factArb, factArb, (a, b) => {
        expect(rollupDelta(a, a)).toEqual({ rollup: [], hist: [] });
        const keys = rollupDelta(a, b).rollup.map((r) => [r.grain, r.period, r.departmentCode, r.zone, r.itemCode, r.channel].join('\u0001'));
        expect(keys).toEqual([...keys].sort());
      }),
    );
  });

  it('counts each month row as the sum of its day rows', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 20 }), (facts) => {
        const sums = { day: new Map<string, number>(), month: new Map<string, number>() };
        for (const f of facts)
          for (const r of factRows(f).rollup)
            for (const [c, v] of Object.entries(r.counters)) {
              const k = `${r.period.slice(0, 7)}|${r.itemCode}|${c}`;
              sums[r.grain].set(k, (sums[r.grain].get(k) ?? 0) + (v ?? 0));
            }
        expect(Object.fromEntries(sums.day)).toEqual(Object.fromEntries(sums.month));
      }),
    );
  });
});

describe('rollupPlan', () => {
  it('covers every day of the range exactly once, whole months from month rows', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (from, len) => {
        const to = addCalendarDays(from, len);
        const plan = rollupPlan(from, to);
        const days: string[] = [];
        for (const [a, b] of plan.dayRanges) for (let d = a; d <= b; d = addCalendarDays(d, 1)) days.push(d);
        for (const m of plan.months) for (let d = `${m}-01`; d.startsWith(m); d = addCalendarDays(d, 1)) days.push(d);
        const expected: string[] = [];
        for (let d = from; d <= to; d = addCalendarDays(d, 1)) expected.push(d);
        expect(days.sort()).toEqual(expected);
      }),
    );
  });

  it('reads a whole year as twelve month rows', () => {
    expect(rollupPlan('2025-01-01', '2025-12-31')).toEqual({ months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'], dayRanges: [] });
    expect(rollupPlan('2025-01-15', '2025-03-03')).toEqual({ months: ['2025-02'], dayRanges: [['2025-01-15', '2025-01-31'], ['2025-03-01', '2025-03-03']] });
    expect(rollupPlan('2025-01-15', '2025-01-20')).toEqual({ months: [], dayRanges: [['2025-01-15', '2025-01-20']] });
  });
});

describe('figures', () => {
  it('computes rates, the mean and the nearest-rank 90th percentile', () => {
    const c = { ...zeroCounters(), received: 4, online: 3, zero_visit: 2, decided: 4, on_time_promised: 3, refused: 1, working_days_sum: 20, statutory_days_sum: 80, promised_days_sum: 40 } satisfies Record<Counter, number>;
    const f = figures(c, [
      { workingDays: 2, n: 1 },
      { workingDays: 4, n: 2 },
      { workingDays: 10, n: 1 },
    ]);
    expect(f).toMatchObject({ onTimeRate: 0.75, avgWorkingDays: 5, p90WorkingDays: 10, onlineRate: 0.75, zeroVisitRate: 0.5, refusalRate: 0.25, promisedCompression: 0.5, actualCompression: 0.75 });
    expect(figures(zeroCounters(), [])).toMatchObject({ onTimeRate: null, avgWorkingDays: null, p90WorkingDays: null });
  });

  it('percentile: nearest rank over the histogram', () => {
    const h = Array.from({ length: 10 }, (_, i) => ({ workingDays: i + 1, n: 1 }));
    expect(percentile(h, 0.9)).toBe(9);
    expect(percentile(h, 0.5)).toBe(5);
    expect(percentile([{ workingDays: 3, n: 0 }], 0.9)).toBeNull();
  });

  it('buckets days by week (Monday) and month', () => {
    expect(bucketOf('2026-03-04', 'week')).toBe('2026-03-02');
    expect(bucketOf('2026-03-08', 'week')).toBe('2026-03-02');
    expect(bucketOf('2026-03-09', 'week')).toBe('2026-03-09');
    expect(bucketOf('2026-03-09', 'month')).toBe('2026-03');
  });
});
