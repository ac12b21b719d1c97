/**
 * Expert draw benchmark (pure, no database): `drawPanel` — every conflict rule checked for every
 * pool member, then a seeded partial shuffle — over pools of 20, 200 and 2,000 experts, against a
 * baseline in the same run: sorting the same candidate list by id, which any draw must do.
 * Verification re-runs exactly this, once per recorded draw step.
 * Usage: npx tsx bench/experts.bench.ts
 */
import { drawPanel, EXPERT_FIELDS, type Candidate, type DrawInput } from '../src/domain/expert.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);

function pool(n: number): Candidate[] {
  return Array.from({ length: n }, (_, i) => ({
    expertId: `e${String(i).padStart(5, '0')}-${(i * 7919) % 10007}`,
    name: `专家${i}`,
    active: i % 17 !== 0,
    fields: [EXPERT_FIELDS[i % EXPERT_FIELDS.length] as string, EXPERT_FIELDS[(i * 3) % EXPERT_FIELDS.length] as string],
    employer: i % 13 === 0 ? '泰安市某建设集团有限公司' : `单位${i % 50}`,
    employerCreditCode: null,
    declared: i % 11 === 0 ? ['91370900MA3C4XYZ1K'] : [],
    unavailable: i % 7 === 0 ? [{ from: '2026-12-03', to: '2026-12-05' }] : [],
    lastDrawnForApplicant: i % 19 === 0 ? '2026-10-01' : null,
  })).reverse();
}

const input: DrawInput = { applicant: { name: '泰安市某建设集团有限公司', creditCode: '91370900MA3C4XYZ1K' }, fields: ['建筑工程', '消防'], n: 3, from: '2026-12-01', to: '2026-12-15', exclude: [] };

function time(fn: (round: number) => unknown): number[] {
  for (let r = 0; r < 50; r++) fn(r);
  const out: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    fn(r);
    out.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  return out.sort((a, b) => a - b);
}
const pick = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;

console.log(`${ROUNDS} rounds each; times in microseconds\n`);
for (const n of [20, 200, 2000]) {
  const candidates = pool(n);
  const draw = time((r) => drawPanel(input, candidates, r));
  const sort = time(() => [...candidates].sort((x, y) => (x.expertId < y.expertId ? -1 : x.expertId > y.expertId ? 1 : 0)));
  console.log(
    `pool ${String(n).padStart(4)}: draw p50 ${pick(draw, 0.5).toFixed(1)} p99 ${pick(draw, 0.99).toFixed(1)} · sort only p50 ${pick(sort, 0.5).toFixed(1)} p99 ${pick(sort, 0.99).toFixed(1)} · draw / sort at p50 ${(pick(draw, 0.5) / pick(sort, 0.5)).toFixed(2)}x`,
  );
}
