/**
 * A fingerprint of the demo seed (issue #21): seeds a fresh embedded database on a fixed service clock and
 * prints, per table, its row count and a hash of each column's values (sorted, so the order rows were
 * written in does not count). Columns of type uuid and timestamp are left out (random or the wall clock's);
 * the other columns that differ between two seeds on the same clock (random tokens, ids inside JSON, hashes
 * over them) are found by seeding twice and comparing (ADR 0023 decision 12 lists them). A change to how the seed
 * writes must leave every other column's hash as it was.
 *
 *   npx tsx bench/seed-fingerprint.ts > a.json            (seed, print the fingerprint; seconds on stderr)
 *   npx tsx bench/seed-fingerprint.ts --compare a.json b.json   (the tables and columns that differ)
 *
 * SHENPI_CLOCK_START (ISO instant) sets the clock; default 2026-06-15T02:00:00Z.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'kysely';
import { seedDemo } from '../src/server/demo/seed.js';
import { serviceClock } from '../src/server/platform/clock.js';
import { openPglite } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';

interface Fingerprint {
  seconds: number;
  tables: Record<string, { rows: number; columns: Record<string, string>; counts?: Record<string, Record<string, number>> }>;
}

const SKIPPED_TYPES = new Set(['uuid', 'timestamp with time zone', 'timestamp without time zone']);

async function fingerprint(): Promise<Fingerprint> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-fingerprint-'));
  const handle = await openPglite(dir);
  try {
    await migrate(handle);
    const now = serviceClock(new Date(process.env.SHENPI_CLOCK_START ?? '2026-06-15T02:00:00Z'));
    const t0 = performance.now();
    await seedDemo(handle.db, pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)), { now });
    const seconds = (performance.now() - t0) / 1000;
    const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`.execute(handle.db);
    const tables: Fingerprint['tables'] = {};
    for (const c of columns.rows) {
      const t = (tables[c.table_name] ??= { rows: 0, columns: {} });
      if (SKIPPED_TYPES.has(c.data_type)) continue;
      const values = await sql<{ v: string | null }>`SELECT ${sql.ref(c.column_name)}::text AS v FROM ${sql.table(c.table_name)}`.execute(handle.db);
      t.rows = values.rows.length;
      const sorted = values.rows.map((r) => (r.v === null ? '\u0000null' : r.v)).sort();
      t.columns[c.column_name] = crypto.createHash('sha256').update(sorted.join('\u0001')).digest('hex').slice(0, 16);
      // a column of few distinct values is also kept as counts, so a difference can be read
      const counts = new Map<string, number>();
      for (const v of sorted) counts.set(v, (counts.get(v) ?? 0) + 1);
      if (counts.size <= 40) (t.counts ??= {})[c.column_name] = Object.fromEntries(counts);
    }
    for (const [name, t] of Object.entries(tables)) {
      if (Object.keys(t.columns).length === 0) t.rows = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(handle.db)).rows[0]?.n ?? 0);
    }
    return { seconds, tables };
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function compare(a: Fingerprint, b: Fingerprint): string[] {
  const out: string[] = [];
  for (const name of [...new Set([...Object.keys(a.tables), ...Object.keys(b.tables)])].sort()) {
    const x = a.tables[name];
    const y = b.tables[name];
    if (!x || !y) {
      out.push(`${name}: only in ${x ? 'the first' : 'the second'}`);
      continue;
    }
    if (x.rows !== y.rows) out.push(`${name}: ${x.rows} rows against ${y.rows}`);
    const differ = Object.keys(x.columns).filter((c) => x.columns[c] !== y.columns[c]);
    if (differ.length) out.push(`${name}.{${differ.join(', ')}} differ`);
    for (const c of differ) {
      const [p, q] = [x.counts?.[c], y.counts?.[c]];
      if (!p || !q) continue;
      for (const v of [...new Set([...Object.keys(p), ...Object.keys(q)])].sort()) if (p[v] !== q[v]) out.push(`  ${c} = ${JSON.stringify(v).slice(0, 80)}: ${p[v] ?? 0} against ${q[v] ?? 0}`);
    }
  }
  return out;
}

if (process.argv[2] === '--compare') {
  const [a, b] = process.argv.slice(3, 5).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Fingerprint);
  if (!a || !b) throw new Error('usage: --compare a.json b.json');
  const rows = (f: Fingerprint) => Object.values(f.tables).reduce((n, t) => n + t.rows, 0);
  console.log(`${Object.keys(a.tables).length} tables, ${rows(a)} rows (seeded in ${a.seconds.toFixed(1)} s) against ${Object.keys(b.tables).length}, ${rows(b)} (${b.seconds.toFixed(1)} s)`);
  const differences = compare(a, b);
  console.log(differences.length ? differences.join('\n') : 'identical');
} else {
  const f = await fingerprint();
  process.stderr.write(`seeded in ${f.seconds.toFixed(1)} s\n`);
  console.log(JSON.stringify(f, null, 1));
}
