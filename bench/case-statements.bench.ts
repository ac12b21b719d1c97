/**
 * Statements per case command on embedded PGlite, where each statement costs CPU (≈0.2-0.7 ms)
 * and the statement count is the cost: the demo cases seed (`seedDemoCases`, 300 cases through
 * the real commands, the largest part of a fresh demo start) timed and counted by kind of
 * statement, then one `attach` and one `act` of each kind counted on their own.
 *
 * Every statement PGlite runs is counted, BEGIN and COMMIT included (bench/pglite-statements.ts wraps the
 * client's `query` and `exec`), so the figures are what the engine executes, not what Kysely compiles.
 * The bureau the seed needs (organisation, accounts, catalog) is seeded first, not counted, from
 * a copy of demo/ without cases.json.
 *
 * Usage: npx tsx bench/case-statements.bench.ts      BENCH_CASES=100 seeds fewer cases (default: cases.json's count)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { bareCaseServices, demoPdf, existingDemoRefs, seedDemoCases } from '../src/server/demo/cases.js';
import { DEMO_DIR, seedDemo } from '../src/server/demo/seed.js';
import type { ActionBody } from '../src/server/modules/cases/cases.schemas.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { CatalogService } from '../src/server/modules/catalog/catalog.service.js';
import { loadUserActor, type UserActor } from '../src/server/platform/auth.js';
import { serviceClock } from '../src/server/platform/clock.js';
import { openPglite } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';
import { onPgliteStatement } from './pglite-statements.js';

/** What a statement is, by its text: the kinds the cases' commands run, the rest by their first words. */
const KINDS: [string, RegExp][] = [
  ['BEGIN/COMMIT/ROLLBACK', /^(begin|commit|rollback)\b/i],
  ['audit (head update + insert)', /^with (head|"write_0" as \((?!insert into "case_actions")).*update audit_head/i],
  ['case row + log, locked (lockCase)', /^select \*, \(select coalesce\(json_agg\(a order by a\.seq\).* for update$/i],
  ['file dedupe + insert + material link', /^with same as \(select id from files/i],
  ['select case row for update', /^select \* from "cases" where "case_no" = \$1 for update/i],
  ['select case row', /^select \* from "cases" where "case_no" = \$1$/i],
  ['action log read', /^select \* from "case_actions" where "case_no" = \$1 order by "seq"/i],
  ['materials read', /^select .* from "case_materials" inner join "files".* where "case_materials"\."case_no" = \$1 order by "case_materials"\."created_at" desc/i],
  ['action insert', /^insert into "case_actions"/i],
  ['action + projection + outbox + audit', /^with "write_0" as \(insert into "case_actions"/i],
  ['outbox insert', /^insert into "outbox"/i],
  ['projection update', /^update "cases" set "version"/i],
  ['file insert', /^insert into "files"/i],
  ['file dedupe lookup', /^select "id" from "files" where "owner_key"/i],
  ['material link insert', /^insert into "case_materials"/i],
  ['case row + log + files (caseWithLog)', /^select \*, \(select coalesce\(json_agg\(a order by a\.seq\)/i],
  ['reusable files', /^select .* from "case_materials" inner join "files".* "files"\."owner_key" = \$1/i],
];

let counting = false;
const counts = new Map<string, number>();
/** Time spent inside PGlite while counting (it runs on this thread: the rest is JavaScript). */
let dbNs = 0n;
/** Time inside PGlite by kind of statement, while counting. */
const kindNs = new Map<string, bigint>();
function kindOf(sql: string): string {
  const text = sql.trim().replace(/\s+/g, ' ');
  return KINDS.find(([, re]) => re.test(text))?.[0] ?? text.slice(0, 70);
}
const total = () => [...counts.values()].reduce((s, n) => s + n, 0);
onPgliteStatement((sql, ns) => {
  if (!counting) return;
  const kind = kindOf(sql);
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  dbNs += ns;
  kindNs.set(kind, (kindNs.get(kind) ?? 0n) + ns);
});

const log = pino({ level: 'warn' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-statements-'));
const database = await openPglite(path.join(dir, 'pgdata'));
try {
  await migrate(database);
  const { db } = database;
  const now = serviceClock();
  // the bureau without its cases: demo/ but cases.json
  const bureau = path.join(dir, 'demo');
  fs.mkdirSync(bureau);
  for (const f of fs.readdirSync(DEMO_DIR)) if (f !== 'cases.json') fs.symlinkSync(path.join(DEMO_DIR, f), path.join(bureau, f));
  let t0 = Date.now();
  await seedDemo(db, log, { now, dir: bureau });
  console.log(`bureau seeded (not counted) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const cases = process.env.BENCH_CASES ? Number(process.env.BENCH_CASES) : undefined;
  counting = true;
  t0 = Date.now();
  await seedDemoCases(db, log, { dir: DEMO_DIR, now: now(), ...(cases ? { count: cases } : {}) });
  const ms = Date.now() - t0;
  counting = false;
  const made = (await existingDemoRefs(db)).size;
  const dbMs = Number(dbNs / 1_000_000n);
  console.log(`\ndemo cases seed: ${made} cases in ${(ms / 1000).toFixed(1)} s, ${total()} statements; in the database ${(dbMs / 1000).toFixed(1)} s (${((dbMs * 1000) / total()).toFixed(0)} µs a statement), the rest ${((ms - dbMs) / 1000).toFixed(1)} s`);
  console.log('  count    ms in the database  kind (by time)');
  for (const [k, ns] of [...kindNs.entries()].sort((a, b) => Number(b[1] - a[1])).slice(0, 16))
    console.log(`  ${String(counts.get(k) ?? 0).padStart(6)} ${String(Number(ns / 1_000_000n)).padStart(8)}  ${k}`);

  // ------------------------------------------------------------------ one command at a time
  const catalog = new CatalogService(db);
  const service = bareCaseServices({ db, catalog, calendar: new CalendarService(db), now: () => new Date() });
  const as = async (username: string): Promise<UserActor> => {
    const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const actor = await loadUserActor(db, row.id, null);
    if (!actor) throw new Error(`no user ${username}`);
    return actor;
  };
  const [clerk, reviewer, chief] = [await as('clerk1'), await as('caseworker1'), await as('chief1')];
  const code = (await db.selectFrom('catalog_public').select('code').where('name', '=', '小餐饮登记').executeTakeFirstOrThrow()).code;
  const item = await catalog.publishedItem(code);
  const required = item.materials.filter((m) => m.requirement === 'required').map((m) => m.code);

  const one = async (label: string, fn: () => Promise<unknown>) => {
    counts.clear();
    counting = true;
    await fn();
    counting = false;
    const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
    console.log(`  ${label.padEnd(28)} ${String(total()).padStart(3)}  (${parts.join('; ')})`);
  };
  console.log('\nstatements per command (BEGIN/COMMIT included)');
  const cs = await service.commands.create(clerk, { itemCode: code, onBehalfOf: { kind: 'person', name: '计数', idNumber: '11010519491231002X' } });
  let version = cs.version;
  const [first, ...rest] = required;
  if (!first) throw new Error('no required material');
  const upload = (m: string, label: string) => ({ materialCode: m, upload: async () => ({ name: `${m}.pdf`, content: demoPdf(label) }) });
  await one('attach (new file)', () => service.files.attachAll(clerk, cs.caseNo, [upload(first, `count ${cs.caseNo} ${first}`)]));
  await one('attach (same content again)', () => service.files.attachAll(clerk, cs.caseNo, [upload(first, `count ${cs.caseNo} ${first}`)]));
  await one('attachMaterial (with answer)', () => service.files.attachMaterial(clerk, cs.caseNo, upload(first, `count ${cs.caseNo} ${first} 2`)));
  for (const m of rest) await service.files.attachAll(clerk, cs.caseNo, [upload(m, `count ${cs.caseNo} ${m}`)]);
  const steps: [string, UserActor, (v: number) => ActionBody][] = [
    ['submit', clerk, (v) => ({ type: 'submit', expectedVersion: v })],
    ['accept', clerk, (v) => ({ type: 'accept', expectedVersion: v })],
    ['start_pause', reviewer, (v) => ({ type: 'start_pause', expectedVersion: v, kind: 'inspection', expectedDays: 3, reason: '现场核查' })],
    ['end_pause', reviewer, (v) => ({ type: 'end_pause', expectedVersion: v, result: '符合要求' })],
    ['approve', chief, (v) => ({ type: 'approve', expectedVersion: v, opinion: '准予许可' })],
  ];
  for (const [label, who, body] of steps)
    await one(`act ${label}`, async () => {
      version = (await service.commands.act(who, cs.caseNo, body(version))).version;
    });
  await one('get (the case as its page reads it)', () => service.queries.get(chief, cs.caseNo));
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
