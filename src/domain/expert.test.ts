import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.js';
import { criteriaFor, drawPanel, EXPERT_FIELDS, exclusionOf, recommendationWarning, sameParty, scoreProblems, signedText, type Candidate, type DrawInput } from './expert.js';

const APPLICANT = { name: '泰安市岱岳建设集团有限公司', creditCode: '91370900MA3C4XYZ1K' };
const BASE: DrawInput = { applicant: APPLICANT, fields: ['建筑工程'], n: 3, from: '2026-12-01', to: '2026-12-15', exclude: [] };

function cand(id: string, over: Partial<Candidate> = {}): Candidate {
  return { expertId: id, name: id, active: true, fields: ['建筑工程'], employer: '山东农业大学', employerCreditCode: null, declared: [], unavailable: [], lastDrawnForApplicant: null, ...over };
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('conflicts of interest', () => {
  it('names each reason', () => {
    expect(exclusionOf(cand('a', { employer: '泰安市岱岳建设集团有限公司' }), BASE)).toBe('employer');
    expect(exclusionOf(cand('a', { employer: '别的单位', employerCreditCode: '91370900ma3c4xyz1k' }), BASE)).toBe('employer');
    expect(exclusionOf(cand('a', { declared: ['91370900MA3C4XYZ1K'] }), BASE)).toBe('declared');
    expect(exclusionOf(cand('a', { declared: [' 泰安市岱岳建设集团有限公司'] }), BASE)).toBe('declared');
    expect(exclusionOf(cand('a', { lastDrawnForApplicant: '2026-09-01' }), BASE)).toBe('recent');
    // 2026-06-05 is 179 days before 2026-12-01, 2026-06-04 is 180: outside the period
    expect(exclusionOf(cand('a', { lastDrawnForApplicant: '2026-06-05' }), BASE)).toBe('recent');
    expect(exclusionOf(cand('a', { lastDrawnForApplicant: '2026-06-04' }), BASE)).toBeNull();
    expect(exclusionOf(cand('a', { unavailable: [{ from: '2026-12-15', to: '2026-12-20' }] }), BASE)).toBe('unavailable');
    expect(exclusionOf(cand('a', { unavailable: [{ from: '2026-12-16', to: '2026-12-20' }] }), BASE)).toBeNull();
    expect(exclusionOf(cand('a', { fields: ['水利'] }), BASE)).toBe('field');
    expect(exclusionOf(cand('a', { active: false }), BASE)).toBe('inactive');
    expect(exclusionOf(cand('a'), { ...BASE, exclude: ['a'] })).toBe('on_panel');
    expect(exclusionOf(cand('a'), BASE)).toBeNull();
  });

  it('compares names loosely but not partially', () => {
    expect(sameParty('泰山（集团）公司', '泰山(集团)公司')).toBe(true);
    expect(sameParty('泰山集团', '泰山集团有限公司')).toBe(false);
    expect(sameParty('', '')).toBe(false);
  });
});

/** A random pool where some experts are conflicted in each way. */
const poolArb = fc
  .array(
    fc.record({
      field: fc.constantFrom(...EXPERT_FIELDS.slice(0, 4)),
      conflict: fc.constantFrom('none', 'none', 'none', 'employer', 'credit', 'declared', 'recent', 'unavailable', 'inactive'),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r, i): Candidate =>
      cand(`e${String(i).padStart(2, '0')}`, {
        fields: [r.field],
        employer: r.conflict === 'employer' ? APPLICANT.name : `单位${i}`,
        employerCreditCode: r.conflict === 'credit' ? APPLICANT.creditCode : null,
        declared: r.conflict === 'declared' ? [APPLICANT.creditCode] : [],
        lastDrawnForApplicant: r.conflict === 'recent' ? '2026-10-01' : null,
        unavailable: r.conflict === 'unavailable' ? [{ from: '2026-12-10', to: '2026-12-11' }] : [],
        active: r.conflict !== 'inactive',
      }),
    ),
  );

describe('the draw', () => {
  it('never draws an expert with a conflict, one already on the panel or one outside the fields (property)', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 1, max: 6 }), fc.integer(), fc.subarray([...EXPERT_FIELDS.slice(0, 4)], { minLength: 1 }), fc.array(fc.nat(29)), (pool, n, seed, fields, ex) => {
        const input: DrawInput = { ...BASE, fields, n, exclude: ex.map((i) => `e${String(i).padStart(2, '0')}`) };
        const r = drawPanel(input, pool, seed);
        const ok = pool.filter((c) => exclusionOf(c, input) === null).map((c) => c.expertId);
        if (ok.length < n) return r.chosen.length === 0;
        return r.chosen.length === n && new Set(r.chosen).size === n && r.chosen.every((id) => ok.includes(id)) && r.excluded.every((e) => !r.chosen.includes(e.expertId));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same panel for the same record, whatever order the candidates come in (property)', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 1, max: 3 }), fc.integer(), (pool, n, seed) => {
        const a = drawPanel({ ...BASE, n }, pool, seed);
        const b = drawPanel({ ...BASE, n }, [...pool].reverse(), seed);
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });

  it('draws every eligible expert sometimes: the seed matters', () => {
    const pool = ['a', 'b', 'c', 'd', 'e'].map((id) => cand(id));
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) for (const id of drawPanel({ ...BASE, n: 1 }, pool, seed).chosen) seen.add(id);
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('refuses (empty) when fewer are eligible than wanted, and lists why the others were excluded', () => {
    const pool = [cand('a'), cand('b', { employer: APPLICANT.name }), cand('c', { fields: ['水利'] })];
    const r = drawPanel({ ...BASE, n: 2 }, pool, 7);
    expect(r.chosen).toEqual([]);
    expect(r.eligible).toEqual(['a']);
    expect(r.excluded).toEqual([
      { expertId: 'b', reason: 'employer' },
      { expertId: 'c', reason: 'field' },
    ]);
  });
});

describe('criteria and scores', () => {
  it('adds the first field\'s own criterion to the general ones, 100 points in all', () => {
    const c = criteriaFor(['消防', '建筑工程']);
    expect(c.map((x) => x.code)).toEqual(['compliance', 'completeness', 'feasibility', 'fire']);
    expect(c.reduce((s, x) => s + x.max, 0)).toBe(100);
    expect(criteriaFor(['未知']).at(-1)?.code).toBe('overall');
  });

  it('names each bad score', () => {
    const c = criteriaFor(['消防']);
    expect(scoreProblems(c, { compliance: 30, completeness: 20, feasibility: 20, fire: 30 })).toEqual([]);
    expect(scoreProblems(c, { compliance: 31, completeness: 1.5, feasibility: 20, extra: 1 }).map((p) => p.path)).toEqual(['scores.compliance', 'scores.completeness', 'scores.fire', 'scores.extra']);
  });

  it('signs the same text whatever order the scores came in', () => {
    const a = signedText({ reviewId: 'r', expertId: 'e', scores: { b: 1, a: 2 }, opinion: '同意', recommendation: 'pass' });
    const b = signedText({ reviewId: 'r', expertId: 'e', scores: { a: 2, b: 1 }, opinion: '同意', recommendation: 'pass' });
    expect(a).toBe(b);
    expect(signedText({ reviewId: 'r', expertId: 'e', scores: { a: 2, b: 1 }, opinion: '同意。', recommendation: 'pass' })).not.toBe(a);
  });
});

describe('a recommendation the scores do not bear out', () => {
  it('warns on 通过 or 修改后通过 below 60 of 100 and on 不通过 at 85 or more; nothing in between', () => {
    expect(recommendationWarning(32, 100, 'pass')).toContain('低于及格线 60 分');
    expect(recommendationWarning(59, 100, 'pass_with_changes')).toContain('修改后通过');
    expect(recommendationWarning(60, 100, 'pass')).toBeNull();
    expect(recommendationWarning(32, 100, 'fail')).toBeNull();
    expect(recommendationWarning(84, 100, 'fail')).toBeNull();
    expect(recommendationWarning(85, 100, 'fail')).toContain('不通过');
    expect(recommendationWarning(90, 100, undefined)).toBeNull();
  });
});
