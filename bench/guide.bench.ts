/**
 * Guide benchmark over the full demo catalog (aliases, keywords, scenarios):
 * - search latency p50 / p99 of every question of demo/guide/eval.json, in the guide's index;
 * - the same questions as SQL `LIKE '%q%'` scans over the catalog's search text, in the same run (ratio);
 * - the index rebuild a newly published version triggers.
 * Goals: p99 < 2 ms, ≥ 10× faster than LIKE, rebuild < 1 s.
 * Usage: npx tsx bench/guide.bench.ts   (DATABASE_URL=postgres://… to measure on a server, in a scratch database)
 */
import fs from 'node:fs';
import { sql } from 'kysely';
import pino from 'pino';
import { evalFileSchema } from '../src/domain/guide.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { GuideService, readGuideFiles } from '../src/server/modules/guide/guide.service.js';
import { OrgService } from '../src/server/modules/org/org.service.js';
import { migrate } from '../src/server/platform/migrate.js';
import { openScratch } from './scratch-db.js';
import { serviceClock } from '../src/server/platform/clock.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Milliseconds of each call, after one warm-up pass. */
async function latencies(queries: string[], fn: (q: string) => unknown): Promise<number[]> {
  for (const q of queries) await fn(q);
  const out: number[] = [];
  for (let r = 0; r < ROUNDS; r++)
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      await fn(q);
      out.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  return out.sort((a, b) => a - b);
}
const pick = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const mean = (ms: number[]) => ms.reduce((a, b) => a + b, 0) / ms.length;
const show = (label: string, ms: number[]) =>
  console.log(`${label.padEnd(44)} p50 ${pick(ms, 0.5).toFixed(3)} ms   p99 ${pick(ms, 0.99).toFixed(3)} ms   mean ${mean(ms).toFixed(3)} ms   (${ms.length} calls)`);

const queries = evalFileSchema.parse(JSON.parse(fs.readFileSync('demo/guide/eval.json', 'utf8'))).map((c) => c.q);
const { database, cleanup } = await openScratch();
await migrate(database);
console.log(`seeding the demo bureau on ${database.kind} …`);
await seedDemo(database.db, pino({ level: 'warn' }), { now: serviceClock() });
const guide = new GuideService(database.db, readGuideFiles(), pino({ level: 'warn' }), new OrgService(database.db));
const { items, scenarios } = await guide.stats();
console.log(`\n${queries.length} questions × ${ROUNDS} rounds, ${items} published items, ${scenarios} scenarios, ${database.kind}\n`);

const search = await latencies(queries, (q) => guide.search(q, 10));
show('guide search (index, ranked, explained)', search);
const like = await latencies(queries, (q) =>
  database.db
    .selectFrom('catalog_public')
    .select(['code', 'name'])
    .where('search_text', 'like', `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`)
    .orderBy(sql`length(name)`)
    .limit(10)
    .execute(),
);
show("SQL LIKE '%q%' over search_text", like);

const rebuilds: number[] = [];
for (let i = 0; i < 5; i++) rebuilds.push(await guide.rebuild());
rebuilds.sort((a, b) => a - b);

console.log('\nratios');
console.log(`  LIKE / guide at p50             ${(pick(like, 0.5) / pick(search, 0.5)).toFixed(1)}x`);
console.log(`  LIKE / guide at p99             ${(pick(like, 0.99) / pick(search, 0.99)).toFixed(1)}x`);
console.log(`  LIKE / guide in total time      ${(mean(like) / mean(search)).toFixed(1)}x`);
console.log(`  index rebuild (read catalog + build): median ${pick(rebuilds, 0.5)} ms, max ${rebuilds.at(-1)} ms`);

await cleanup();
