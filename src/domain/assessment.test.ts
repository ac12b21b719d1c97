import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  adjustedResult,
  assessmentConfig,
  bandOf,
  DEFAULT_CONFIG,
  effectiveMonthOfChange,
  isMonth,
  monthDays,
  monthInstants,
  round1,
  scoreMonth,
  subScores,
  vetoCandidate,
  versionFor,
  WEIGHTED,
  type MonthFacts,
} from './assessment.js';

const facts = (over: Partial<MonthFacts> = {}): MonthFacts => ({
  served: 200,
  serviceMinutesTotal: 2000,
  casesDecided: 10,
  casesOnTime: 10,
  ratings: { very_satisfied: 10 },
  rectificationsOnTime: 1,
  rectificationsLate: 0,
  attendedDays: 10,
  workingDays: 10,
  complaintsSubstantiated: 0,
  conductPoints: 0,
  vetoes: [],
  ...over,
});

describe('months', () => {
  it('validates, steps and spans months in Beijing time', () => {
    expect(isMonth('2026-11')).toBe(true);
    for (const bad of ['2026-13', '2026-1', '2026-00', '202611', '2026-11-01', '']) expect(isMonth(bad)).toBe(false);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthDays('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthDays('2026-11')).toEqual({ first: '2026-11-01', last: '2026-11-30' });
    expect(monthInstants('2026-11').start.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(monthInstants('2026-12').end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});

describe('configuration', () => {
  it('accepts the default and refuses weights not summing to 100 or bands out of order, naming the field', () => {
    expect(assessmentConfig.safeParse(DEFAULT_CONFIG).success).toBe(true);
    const w = assessmentConfig.safeParse({ ...DEFAULT_CONFIG, weights: { ...DEFAULT_CONFIG.weights, volume: 21 } });
    expect(w.success).toBe(false);
    expect(w.error?.issues.map((i) => i.path.join('.'))).toContain('weights');
    const b = assessmentConfig.safeParse({ ...DEFAULT_CONFIG, bands: { excellent: 80, good: 80, pass: 60 } });
    expect(b.error?.issues.map((i) => i.path.join('.'))).toContain('bands');
    const neg = assessmentConfig.safeParse({ ...DEFAULT_CONFIG, weights: { ...DEFAULT_CONFIG.weights, volume: -5, ratings: 50 } });
    expect(neg.error?.issues.map((i) => i.path.join('.'))).toContain('weights.volume');
  });

  it('uses the latest version effective on or before the month; a change applies from the next month', () => {
    const dec = { effectiveMonth: '2026-12', config: { ...DEFAULT_CONFIG, yellowMargin: 9 } };
    const feb = { effectiveMonth: '2027-02', config: { ...DEFAULT_CONFIG, yellowMargin: 1 } };
    expect(versionFor([dec], '2026-11')).toBeNull();
    expect(versionFor([dec], '2026-12')).toBe(dec);
    expect(versionFor([dec], '2027-03')).toBe(dec);
    expect(effectiveMonthOfChange('2026-11')).toBe('2026-12');
    expect(versionFor([dec, feb], '2027-01')).toBe(dec);
    expect(versionFor([feb, dec], '2027-02')).toBe(feb);
    expect(versionFor([feb, dec], '2027-06')).toBe(feb);
  });
});

describe('scoring', () => {
  it('gives full marks for a perfect month', () => {
    const r = scoreMonth(facts(), DEFAULT_CONFIG);
    expect(r.total).toBe(100);
    expect(r.band).toBe('excellent');
    expect(r.flag).toBeNull();
    expect(r.vetoed).toBe(false);
  });

  it('weights each component as configured', () => {
    // ratings all 基本满意 → 50 of 100 on a weight of 25; everything else perfect
    const r = scoreMonth(facts({ ratings: { basic: 4 } }), DEFAULT_CONFIG);
    expect(r.components.find((c) => c.component === 'ratings')).toMatchObject({ score: 50, weight: 25, points: 12.5 });
    expect(r.total).toBe(87.5);
    expect(r.band).toBe('good');
    const heavy = { ...DEFAULT_CONFIG, weights: { volume: 10, on_time: 10, service_time: 10, ratings: 50, rectification: 5, attendance: 10, complaints: 5 } };
    expect(scoreMonth(facts({ ratings: { basic: 4 } }), heavy).total).toBe(75);
  });

  it('scores each component from its facts', () => {
    const s = subScores(
      facts({ served: 100, serviceMinutesTotal: 1500, attendedDays: 10, casesDecided: 4, casesOnTime: 3, ratings: { very_satisfied: 1, dissatisfied: 1 }, rectificationsOnTime: 1, rectificationsLate: 1, workingDays: 20, complaintsSubstantiated: 1 }),
      DEFAULT_CONFIG,
    );
    // 100 served over 10 days at 20 a day = 50 %; 15 min average against 10 → 50; (5+2)/2 = 3.5 → 62.5
    expect(s).toEqual({ volume: 50, on_time: 75, service_time: 50, ratings: 62.5, rectification: 50, attendance: 50, complaints: 50 });
    expect(subScores(facts({ serviceMinutesTotal: 200 * 25 }), DEFAULT_CONFIG).service_time).toBe(0);
    expect(subScores(facts({ complaintsSubstantiated: 3 }), DEFAULT_CONFIG).complaints).toBe(0);
  });

  it('leaves out what there is nothing to score and shares its weight among the rest', () => {
    const r = scoreMonth(facts({ casesDecided: 0, casesOnTime: 0, rectificationsOnTime: 0, ratings: { basic: 2 } }), DEFAULT_CONFIG);
    expect(r.components.find((c) => c.component === 'on_time')).toMatchObject({ score: null, points: 0 });
    // applicable weights: 100 − on_time 20 − rectification 10 = 70; ratings 50 × 25 / 70
    expect(r.components.find((c) => c.component === 'ratings')?.points).toBe(17.9);
    expect(r.total).toBe(round1(100 - (50 * 25) / 70));
  });

  it('adds conduct points within the cap and keeps the total in 0–100', () => {
    const base = facts({ ratings: { basic: 4 } });
    expect(scoreMonth({ ...base, conductPoints: 3 }, DEFAULT_CONFIG).total).toBe(90.5);
    expect(scoreMonth({ ...base, conductPoints: 30 }, DEFAULT_CONFIG).total).toBe(97.5);
    expect(scoreMonth({ ...base, conductPoints: -30 }, DEFAULT_CONFIG).total).toBe(77.5);
    expect(scoreMonth(facts({ conductPoints: 5 }), DEFAULT_CONFIG).total).toBe(100);
  });

  it('rounds half away from zero to one decimal', () => {
    expect(round1(87.25)).toBe(87.3);
    expect(round1(87.24999)).toBe(87.2);
    expect(round1(0.05)).toBe(0.1);
    expect(round1(-2.25)).toBe(-2.3);
    expect(round1(59.95)).toBe(60);
  });

  it('grades by the bands: the lower line belongs to the band', () => {
    expect(bandOf(90, DEFAULT_CONFIG)).toBe('excellent');
    expect(bandOf(89.9, DEFAULT_CONFIG)).toBe('good');
    expect(bandOf(80, DEFAULT_CONFIG)).toBe('good');
    expect(bandOf(60, DEFAULT_CONFIG)).toBe('pass');
    expect(bandOf(59.9, DEFAULT_CONFIG)).toBe('fail');
  });

  it('puts 不合格 on the red list and a total just above the pass line on the yellow list', () => {
    const low = scoreMonth(facts({ ratings: { very_dissatisfied: 5 }, casesOnTime: 0, served: 20, conductPoints: -10 }), DEFAULT_CONFIG);
    expect(low.band).toBe('fail');
    expect(low.flag).toBe('red');
    const nearBottom = scoreMonth(facts({ ratings: { very_dissatisfied: 5 }, casesOnTime: 8, conductPoints: -10 }), DEFAULT_CONFIG);
    expect(nearBottom.total).toBeGreaterThanOrEqual(60);
    expect(nearBottom.total).toBeLessThan(65);
    expect(nearBottom.flag).toBe('yellow');
  });

  it('stays within 0–100 and never passes a vetoed month, whatever the facts (property)', () => {
    const arb = fc.record({
      served: fc.nat(2000),
      minutes: fc.nat(60),
      decided: fc.nat(50),
      onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      vs: fc.nat(30),
      vd: fc.nat(30),
      onTime: fc.nat(5),
      late: fc.nat(5),
      attended: fc.nat(23),
      working: fc.nat(23),
      complaints: fc.nat(4),
      conduct: fc.integer({ min: -40, max: 40 }),
      vetoed: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const r = scoreMonth(
          facts({
            served: a.served,
            serviceMinutesTotal: a.served * a.minutes,
            casesDecided: a.decided,
            casesOnTime: Math.floor(a.decided * a.onTimeShare),
            ratings: { very_satisfied: a.vs, very_dissatisfied: a.vd },
            rectificationsOnTime: a.onTime,
            rectificationsLate: a.late,
            attendedDays: a.attended,
            workingDays: a.working,
            complaintsSubstantiated: a.complaints,
            conductPoints: a.conduct,
            vetoes: a.vetoed ? ['serious_overdue'] : [],
          }),
          DEFAULT_CONFIG,
        );
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        expect(round1(r.total)).toBe(r.total);
        if (a.vetoed) expect([r.band, r.flag]).toEqual(['fail', 'red']);
        else expect(r.band).toBe(bandOf(r.total, DEFAULT_CONFIG));
        const weights = r.components.filter((c) => (WEIGHTED as readonly string[]).includes(c.component));
        expect(weights.reduce((s, c) => s + c.weight, 0)).toBe(100);
      }),
    );
  });
});

describe('one-vote veto', () => {
  it('fails a perfect month when a serious fault is verified, of each kind', () => {
    for (const kind of ['corruption_complaint', 'serious_overdue', 'conduct_rating'] as const) {
      const r = scoreMonth(facts({ vetoes: [kind] }), DEFAULT_CONFIG);
      expect(r.total).toBe(100);
      expect(r.band).toBe('fail');
      expect(r.vetoed).toBe(true);
      expect(r.flag).toBe('red');
    }
  });

  it('raises a candidate only for a substantiated 吃拿卡要 complaint', () => {
    expect(vetoCandidate({ type: 'complaint', category: 'corruption', status: 'substantiated' })).toBe('corruption_complaint');
    expect(vetoCandidate({ type: 'complaint', category: 'corruption', status: 'pending' })).toBeNull();
    expect(vetoCandidate({ type: 'complaint', category: 'corruption', status: 'unsubstantiated' })).toBeNull();
    expect(vetoCandidate({ type: 'complaint', category: 'attitude', status: 'substantiated' })).toBeNull();
  });

  it('raises a candidate for a case decided (or still open) after its statutory day', () => {
    expect(vetoCandidate({ type: 'case', decidedOn: '2026-11-20', statutoryDue: '2026-11-19', today: '2026-11-25' })).toBe('serious_overdue');
    expect(vetoCandidate({ type: 'case', decidedOn: '2026-11-19', statutoryDue: '2026-11-19', today: '2026-11-25' })).toBeNull();
    expect(vetoCandidate({ type: 'case', decidedOn: null, statutoryDue: '2026-11-19', today: '2026-11-25' })).toBe('serious_overdue');
    expect(vetoCandidate({ type: 'case', decidedOn: null, statutoryDue: '2026-11-30', today: '2026-11-25' })).toBeNull();
    expect(vetoCandidate({ type: 'case', decidedOn: '2026-11-20', statutoryDue: null, today: '2026-11-25' })).toBeNull();
  });

  it('raises a candidate for a 非常不满意 about conduct, not for other bad ratings or flagged bursts', () => {
    expect(vetoCandidate({ type: 'rating', grade: 'very_dissatisfied', reasons: ['服务态度差'], flagged: false })).toBe('conduct_rating');
    expect(vetoCandidate({ type: 'rating', grade: 'very_dissatisfied', reasons: ['等候时间长'], flagged: false })).toBeNull();
    expect(vetoCandidate({ type: 'rating', grade: 'dissatisfied', reasons: ['服务态度差'], flagged: false })).toBeNull();
    expect(vetoCandidate({ type: 'rating', grade: 'very_dissatisfied', reasons: ['服务态度差'], flagged: true })).toBeNull();
  });

  it('keeps a vetoed month failed after adjustments; adjusts the others', () => {
    expect(adjustedResult(95, true, [5], DEFAULT_CONFIG)).toEqual({ total: 100, band: 'fail', flag: 'red' });
    expect(adjustedResult(58, false, [3], DEFAULT_CONFIG)).toEqual({ total: 61, band: 'pass', flag: 'yellow' });
    expect(adjustedResult(88.3, false, [1.75], DEFAULT_CONFIG)).toEqual({ total: 90.1, band: 'excellent', flag: null });
  });
});
