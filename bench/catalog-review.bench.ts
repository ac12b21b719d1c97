/**
 * The demo batch's review on embedded PGlite: statements and time of submitBatch and the three passBatch calls
 * (first_review, recheck, final_review) over the demo catalog's items, each step against baselines measured in
 * the same process on the same database: one multi-row INSERT of as many rows as the batch has items, and that
 * many single-row INSERTs (one statement each: what a per-item loop costs at the least).
 *
 * Each round opens a fresh database from the build's migrated template (dist/db: `npm run build` or
 * `node scripts/build.mjs db`), seeds the demo organisation and accounts and imports the demo catalog as seed.ts
 * does, then times the four steps. Statements are counted at the PGlite client (BEGIN and COMMIT included).
 *
 * Usage: npx tsx bench/catalog-review.bench.ts      (BENCH_ROUNDS=3 sets the rounds; medians are printed)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { DEMO_BATCH, importDemoCatalog, seedDemoStaff } from '../src/server/demo/seed.js';
import { CatalogService } from '../src/server/modules/catalog/catalog.service.js';
import { verifyAuditChain } from '../src/server/platform/audit.js';
import { openPglite } from '../src/server/platform/db.js';
import { onPgliteStatement } from './pglite-statements.js';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

let statements = 0;
onPgliteStatement(() => statements++);

async function measure(fn: () => Promise<unknown>): Promise<{ statements: number; ms: number }> {
  const before = statements;
  const t0 = process.hrtime.bigint();
  await fn();
  return { statements: statements - before, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

const STEPS = ['submitBatch', 'passBatch first_review', 'passBatch recheck', 'passBatch final_review'] as const;
type Step = (typeof STEPS)[number] | 'baseline: one multi-row INSERT' | 'baseline: single-row INSERTs';
const results = new Map<Step, { statements: number; ms: number }[]>();
const record = (step: Step, r: { statements: number; ms: number }) => results.set(step, [...(results.get(step) ?? []), r]);
let items = 0;

for (let round = 0; round < ROUNDS; round++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-review-bench-'));
  const database = await openPglite(path.join(dir, 'pgdata'));
  try {
    if (!database.fromTemplate) throw new Error('no migrated template in dist/db: run `node scripts/build.mjs db` first');
    const db = database.db;
    const log = pino({ level: 'warn' });
    const { as } = await seedDemoStaff(db, log);
    const catalog = new CatalogService(db);
    const editor = await as('editor1');
    const batchId = await importDemoCatalog(catalog, editor, log);
    if (!batchId) throw new Error(`the demo batch ${DEMO_BATCH} imported nothing`);
    const reviewer = await as('reviewer1');
    const checker = await as('checker1');
    const confirmer = await as('confirmer1');
    items = (await catalog.getBatch(editor, batchId)).total;

    await sql`CREATE TABLE bench_rows (id serial PRIMARY KEY, version_id uuid NOT NULL, payload text NOT NULL)`.execute(db);
    const ids = (await db.selectFrom('catalog_versions').select('id').where('batch_id', '=', batchId).execute()).map((r) => r.id);
    const rows = sql.join(ids.map((id) => sql`(${id}::uuid, 'pass')`));
    record('baseline: one multi-row INSERT', await measure(() => sql`INSERT INTO bench_rows (version_id, payload) VALUES ${rows}`.execute(db)));
    record(
      'baseline: single-row INSERTs',
      await measure(async () => {
        for (const id of ids) await sql`INSERT INTO bench_rows (version_id, payload) VALUES (${id}::uuid, 'pass')`.execute(db);
      }),
    );

    const counts: Record<string, number> = {};
    record('submitBatch', await measure(async () => (counts.submitted = (await catalog.submitBatch(editor, batchId)).submitted)));
    record('passBatch first_review', await measure(async () => (counts.first = (await catalog.passBatch(reviewer, batchId, 'first_review', '初审拟定：同意')).passed)));
    record('passBatch recheck', await measure(async () => (counts.recheck = (await catalog.passBatch(checker, batchId, 'recheck', '复核：同意')).passed)));
    record('passBatch final_review', await measure(async () => (counts.final = (await catalog.passBatch(confirmer, batchId, 'final_review', '终审确认：同意发布')).passed)));
    if (Object.values(counts).some((n) => n !== items)) throw new Error(`not every item moved: ${JSON.stringify(counts)} of ${items}`);
    const chain = await verifyAuditChain(db);
    if (!chain.ok) throw new Error(`audit chain broken: ${JSON.stringify(chain)}`);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (step: Step) => median((results.get(step) ?? []).map((r) => r.ms));
const count = (step: Step) => median((results.get(step) ?? []).map((r) => r.statements));
const multi = ms('baseline: one multi-row INSERT');
const single = ms('baseline: single-row INSERTs');
console.log(`\nthe demo batch's review, ${items} items, embedded PGlite, median of ${ROUNDS} round(s)\n`);
console.log(`${'step'.padEnd(34)} ${'statements'.padStart(10)} ${'ms'.padStart(9)}  ${'/ multi-row'.padStart(11)}  ${'/ single-rows'.padStart(13)}`);
const line = (step: Step) =>
  console.log(`${step.padEnd(34)} ${String(count(step)).padStart(10)} ${ms(step).toFixed(1).padStart(9)}  ${`${(ms(step) / multi).toFixed(1)}x`.padStart(11)}  ${`${(ms(step) / single).toFixed(2)}x`.padStart(13)}`);
line('baseline: one multi-row INSERT');
line('baseline: single-row INSERTs');
for (const step of STEPS) line(step);
const total = STEPS.reduce((n, s) => n + ms(s), 0);
const totalStatements = STEPS.reduce((n, s) => n + count(s), 0);
console.log(`${'the four steps'.padEnd(34)} ${String(totalStatements).padStart(10)} ${total.toFixed(1).padStart(9)}  ${`${(total / multi).toFixed(1)}x`.padStart(11)}  ${`${(total / single).toFixed(2)}x`.padStart(13)}`);
