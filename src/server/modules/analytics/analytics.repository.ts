/**
 * SQL of the analytics tables. Every function takes the executor it runs in. The rebuild's
 * GROUP BY (`rebuildRollups`) and the incremental deltas (`applyDelta`, from
 * domain/analytics.ts `rollupDelta`) are two ways to the same rows; a test holds them equal.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { COUNTERS, type CaseFact, type CaseFactInput, type Counter, type Counters, type HistRow, type RollupRow } from '../../../domain/analytics.js';
import type { Channel } from '../../../domain/analytics.js';
import type { FormDefinition } from '../../../domain/forms.js';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { toCaseAction } from '../cases/cases.shared.js';

/** Filters every figure takes; a department list comes from the caller's scope. */
export interface Filters {
  from: string;
  to: string;
  zone?: string;
  departments?: string[];
  item?: string;
  channel?: Channel;
}

/** Serialise concurrent writers of one case's fact (two processes hearing the same action). */
export async function lockCase(trx: Trx, caseNo: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(74837212, hashtext(${caseNo}))`.execute(trx);
}

/** Shared by every incremental writer, exclusive for the rollup rebuild. */
export async function lockRollups(trx: Trx, exclusive: boolean): Promise<void> {
  if (exclusive) await sql`SELECT pg_advisory_xact_lock(74837213)`.execute(trx);
  else await sql`SELECT pg_advisory_xact_lock_shared(74837213)`.execute(trx);
}

/** What caseFact needs for each of the cases named (cases that do not exist are left out). */
export async function factInputs(ex: Executor, caseNos: readonly string[]): Promise<CaseFactInput[]> {
  if (caseNos.length === 0) return [];
  const rows = await ex
    .selectFrom('cases')
    .leftJoin('catalog_public', 'catalog_public.code', 'cases.item_code')
    .select(['cases.case_no', 'cases.item_code', 'cases.item_name', 'cases.department_code', 'cases.channel', 'cases.limits', 'catalog_public.zone'])
    .where('cases.case_no', 'in', caseNos)
    .execute();
  const actions = await ex.selectFrom('case_actions').selectAll().where('case_no', 'in', caseNos).orderBy('case_no').orderBy('seq').execute();
  const visits = await ex
    .selectFrom('hall_tickets')
    .select(['case_no', (eb) => eb.fn.countAll<number>().as('n')])
    .where('case_no', 'in', caseNos)
    .groupBy('case_no')
    .execute();
  const logs = new Map<string, ReturnType<typeof toCaseAction>[]>();
  for (const a of actions) logs.set(a.case_no, [...(logs.get(a.case_no) ?? []), toCaseAction(a)]);
  const visitsOf = new Map(visits.map((v) => [v.case_no ?? '', Number(v.n)]));
  return rows.map((r) => ({
    caseNo: r.case_no,
    itemCode: r.item_code,
    itemName: r.item_name,
    departmentCode: r.department_code,
    zone: r.zone,
    channel: r.channel,
    limits: r.limits,
    actions: logs.get(r.case_no) ?? [],
    hallVisits: visitsOf.get(r.case_no) ?? 0,
  }));
}

type FactRow = Database['analytics_case_facts'];

function toRow(f: CaseFact) {
  return {
    case_no: f.caseNo,
    version: f.version,
    as_of: f.asOf,
    item_code: f.itemCode,
    item_name: f.itemName,
    department_code: f.departmentCode,
    zone: f.zone,
    channel: f.channel,
    status: f.status,
    clock_state: f.clockState,
    outcome: f.outcome,
    received_on: f.receivedOn,
    accepted_on: f.acceptedOn,
    decided_on: f.decidedOn,
    closed_on: f.closedOn,
    statutory_days: f.statutoryDays,
    promised_days: f.promisedDays,
    instant: f.instant,
    working_days: f.workingDays,
    on_time_promised: f.onTimePromised,
    on_time_statutory: f.onTimeStatutory,
    supplement_rounds: f.supplementRounds,
    paused_days: f.pausedDays,
    pause_kinds: JSON.stringify(f.pauseKinds),
    hall_visits: f.hallVisits,
    zero_visit: f.zeroVisit,
  };
}

/** A stored fact as the domain sees it. */
export function fromRow(r: { [K in keyof FactRow]: FactRow[K] extends { __select__: infer S } ? S : FactRow[K] }): CaseFact {
  return {
    caseNo: r.case_no,
    version: r.version,
    asOf: r.as_of,
    itemCode: r.item_code,
    itemName: r.item_name,
    departmentCode: r.department_code,
    zone: r.zone,
    channel: r.channel,
    status: r.status,
    clockState: r.clock_state as CaseFact['clockState'],
    outcome: r.outcome,
    receivedOn: r.received_on,
    acceptedOn: r.accepted_on,
    decidedOn: r.decided_on,
    closedOn: r.closed_on,
    statutoryDays: r.statutory_days,
    promisedDays: r.promised_days,
    instant: r.instant,
    workingDays: r.working_days,
    onTimePromised: r.on_time_promised,
    onTimeStatutory: r.on_time_statutory,
    supplementRounds: r.supplement_rounds,
    pausedDays: r.paused_days,
    pauseKinds: r.pause_kinds as CaseFact['pauseKinds'],
    hallVisits: r.hall_visits,
    zeroVisit: r.zero_visit,
  };
}

/** A case's stored fact and the calendar revision it was computed on. */
export async function readFact(ex: Executor, caseNo: string): Promise<{ fact: CaseFact; calendarRevision: number | null } | null> {
  const r = await ex.selectFrom('analytics_case_facts').selectAll().where('case_no', '=', caseNo).executeTakeFirst();
  return r ? { fact: fromRow(r), calendarRevision: r.calendar_revision } : null;
}

/** Facts per INSERT: 27 parameters a row stays under the protocol's 65535. */
const FACTS_PER_STATEMENT = 2000;

/** Insert or replace facts computed on calendar revision `calendarRevision` (one statement per 2000). */
export async function writeFacts(ex: Executor, facts: readonly CaseFact[], calendarRevision: number): Promise<void> {
  for (let i = 0; i < facts.length; i += FACTS_PER_STATEMENT) {
    const rows = facts.slice(i, i + FACTS_PER_STATEMENT).map((f) => ({ ...toRow(f), calendar_revision: calendarRevision }));
    await ex
      .insertInto('analytics_case_facts')
      .values(rows)
      .onConflict((oc) =>
        oc.column('case_no').doUpdateSet((eb) => Object.fromEntries(Object.keys(rows[0] ?? {}).filter((k) => k !== 'case_no').map((k) => [k, eb.ref(`excluded.${k}` as 'excluded.version')]))),
      )
      .execute();
  }
}

const KEY = ['grain', 'period', 'department_code', 'zone', 'item_code', 'channel'] as const;

/** The oldest calendar revision some fact was computed on before `revision` (null: revision 1), or undefined when none. */
export async function olderFactRevision(ex: Executor, revision: number): Promise<number | null | undefined> {
  const r = await ex
    .selectFrom('analytics_case_facts')
    .select('calendar_revision')
    .where((eb) => eb.or([eb('calendar_revision', 'is', null), eb('calendar_revision', '<', revision)]))
    .orderBy('calendar_revision', (ob) => ob.asc().nullsFirst())
    .limit(1)
    .executeTakeFirst();
  return r ? r.calendar_revision : undefined;
}

/**
 * Facts computed on calendar revision `from` (null: revision 1) that the days `lo`…`hi` can change:
 * open cases, and cases whose span from receipt to decision or closing reaches into those days.
 */
export async function factsTouching(ex: Executor, from: number | null, lo: string, hi: string, limit: number): Promise<string[]> {
  const rows = await ex
    .selectFrom('analytics_case_facts')
    .select('case_no')
    .where((eb) => (from === null ? eb('calendar_revision', 'is', null) : eb('calendar_revision', '=', from)))
    .where((eb) => eb.or([eb('outcome', 'is', null), eb.and([eb('received_on', '<=', hi), eb(eb.fn.coalesce('decided_on', 'closed_on', 'received_on'), '>=', lo)])]))
    .limit(limit)
    .execute();
  return rows.map((r) => r.case_no);
}

/** Mark the facts of revision `from` (null: revision 1) as computed on `to`: what they hold does not change. */
export async function moveFactRevision(ex: Executor, from: number | null, to: number): Promise<number> {
  const r = await ex
    .updateTable('analytics_case_facts')
    .set({ calendar_revision: to })
    .where((eb) => (from === null ? eb('calendar_revision', 'is', null) : eb('calendar_revision', '=', from)))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Add a delta to the rollups; rows left all zero are removed, so the table matches a rebuild. */
export async function applyDelta(trx: Trx, delta: { rollup: RollupRow[]; hist: HistRow[] }): Promise<void> {
  for (const r of delta.rollup) {
    const key = { grain: r.grain, period: r.period, department_code: r.departmentCode, zone: r.zone, item_code: r.itemCode, channel: r.channel };
    const counters = Object.entries(r.counters) as [Counter, number][];
    await trx
      .insertInto('analytics_rollup')
      .values({ ...key, ...Object.fromEntries(counters) })
      .onConflict((oc) => oc.columns([...KEY]).doUpdateSet(Object.fromEntries(counters.map(([c, v]) => [c, sql<number>`analytics_rollup.${sql.ref(c)} + ${v}`]))))
      .execute();
    await trx
      .deleteFrom('analytics_rollup')
      .where((eb) => eb.and(key))
      .where((eb) => eb.and(COUNTERS.map((c) => eb(c, '=', 0))))
      .execute();
  }
  for (const h of delta.hist) {
    const key = { grain: h.grain, period: h.period, department_code: h.departmentCode, zone: h.zone, channel: h.channel, working_days: h.workingDays };
    await trx
      .insertInto('analytics_rollup_hist')
      .values({ ...key, n: h.n })
      .onConflict((oc) => oc.columns(['grain', 'period', 'department_code', 'zone', 'channel', 'working_days']).doUpdateSet({ n: sql<number>`analytics_rollup_hist.n + ${h.n}` }))
      .execute();
    await trx
      .deleteFrom('analytics_rollup_hist')
      .where((eb) => eb.and({ ...key, n: 0 }))
      .execute();
  }
}

/**
 * The counters each anchor of a fact adds, as SQL over analytics_case_facts (the same rules as
 * `anchored` in domain/analytics.ts).
 */
const ANCHORS: { day: string; where: string; counters: Partial<Record<Counter, string>> }[] = [
  {
    day: 'received_on',
    where: 'received_on IS NOT NULL',
    counters: {
      received: '1',
      online: "(channel = 'online')::int",
      zero_visit: 'zero_visit::int',
      instant: 'instant::int',
      supplemented: '(supplement_rounds > 0)::int',
      paused: '(jsonb_array_length(pause_kinds) > 0)::int',
      paused_days_sum: 'CASE WHEN jsonb_array_length(pause_kinds) > 0 THEN paused_days ELSE 0 END',
      pause_inspection: `(pause_kinds @> '["inspection"]')::int`,
      pause_expert_review: `(pause_kinds @> '["expert_review"]')::int`,
      pause_hearing: `(pause_kinds @> '["hearing"]')::int`,
      pause_testing: `(pause_kinds @> '["testing"]')::int`,
      pause_appraisal: `(pause_kinds @> '["appraisal"]')::int`,
    },
  },
  { day: 'accepted_on', where: 'accepted_on IS NOT NULL', counters: { accepted: '1' } },
  {
    day: 'decided_on',
    where: 'decided_on IS NOT NULL',
    counters: {
      decided: '1',
      approved: "(outcome = 'approved')::int",
      refused: "(outcome = 'refused')::int",
      on_time_promised: 'coalesce(on_time_promised, false)::int',
      on_time_statutory: 'coalesce(on_time_statutory, false)::int',
      working_days_sum: 'coalesce(working_days, 0)',
      promised_days_sum: 'promised_days',
      statutory_days_sum: 'statutory_days',
    },
  },
  { day: 'closed_on', where: "closed_on IS NOT NULL AND outcome IN ('rejected', 'withdrawn')", counters: { rejected: "(outcome = 'rejected')::int", withdrawn: "(outcome = 'withdrawn')::int" } },
];

/** Recompute both rollups from the facts with one GROUP BY each (the rebuild path). */
export async function rebuildRollups(trx: Trx): Promise<void> {
  await trx.deleteFrom('analytics_rollup').execute();
  await trx.deleteFrom('analytics_rollup_hist').execute();
  const dims = 'department_code, zone, item_code, channel';
  const parts = ANCHORS.map((a) => `SELECT ${a.day} AS day, ${dims}, ${COUNTERS.map((c) => `${a.counters[c] ?? '0'} AS ${c}`).join(', ')} FROM analytics_case_facts WHERE ${a.where}`);
  await sql
    .raw(
      `INSERT INTO analytics_rollup (grain, period, ${dims}, ${COUNTERS.join(', ')})
       SELECT g.grain, CASE WHEN g.grain = 'day' THEN a.day ELSE left(a.day, 7) END, ${dims}, ${COUNTERS.map((c) => `sum(${c})`).join(', ')}
       FROM (${parts.join(' UNION ALL ')}) a CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)
       GROUP BY 1, 2, ${dims}`,
    )
    .execute(trx);
  await sql
    .raw(
      `INSERT INTO analytics_rollup_hist (grain, period, department_code, zone, channel, working_days, n)
       SELECT g.grain, CASE WHEN g.grain = 'day' THEN decided_on ELSE left(decided_on, 7) END, department_code, zone, channel, working_days, count(*)
       FROM analytics_case_facts CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)
       WHERE decided_on IS NOT NULL AND working_days IS NOT NULL
       GROUP BY 1, 2, department_code, zone, channel, working_days`,
    )
    .execute(trx);
}

type RollupTable = 'analytics_rollup' | 'analytics_rollup_hist';

/** The WHERE of a rollup read: the plan's periods and the dimension filters. */
function rollupWhere<T extends RollupTable>(eb: ExpressionBuilder<Database, T>, plan: { months: string[]; dayRanges: [string, string][] }, f: Filters): Expression<SqlBool> {
  const e = eb as unknown as ExpressionBuilder<Database, 'analytics_rollup'>;
  const periods = [
    ...(plan.months.length ? [e.and([e('grain', '=', 'month'), e('period', 'in', plan.months)])] : []),
    ...plan.dayRanges.map(([a, b]) => e.and([e('grain', '=', 'day'), e('period', '>=', a), e('period', '<=', b)])),
  ];
  const conds: Expression<SqlBool>[] = [periods.length ? e.or(periods) : sql<SqlBool>`false`];
  if (f.zone !== undefined) conds.push(e('zone', '=', f.zone));
  if (f.departments) conds.push(f.departments.length ? e('department_code', 'in', f.departments) : sql<SqlBool>`false`);
  if (f.item !== undefined) conds.push(e('item_code', '=', f.item));
  if (f.channel !== undefined) conds.push(e('channel', '=', f.channel));
  return e.and(conds);
}

const sumCounters = COUNTERS.map((c) => sql<number>`coalesce(sum(${sql.ref(c)}), 0)::float8`.as(c));

/** Summed counters over the plan, optionally grouped by a dimension or the period. */
export async function sumRollup(
  ex: Executor,
  plan: { months: string[]; dayRanges: [string, string][] },
  f: Filters,
  by?: 'department_code' | 'zone' | 'item_code' | 'channel' | 'period',
): Promise<(Counters & { key: string })[]> {
  let q = ex.selectFrom('analytics_rollup').select(sumCounters).where((eb) => rollupWhere(eb, plan, f));
  if (by) q = q.select(sql<string>`${sql.ref(by)}`.as('key')).groupBy(by);
  const rows = await q.execute();
  return rows.map((r) => ({ ...(r as unknown as Counters), key: by ? String((r as { key?: string }).key) : '' }));
}

/**
 * The working-days histogram over the plan, optionally by a dimension or period. The histogram
 * rollup has no item: with an item filter, or by item, it is read from the facts (indexed by item
 * and decision day), which give the same counts.
 */
export async function sumHist(
  ex: Executor,
  plan: { months: string[]; dayRanges: [string, string][] },
  f: Filters,
  by?: 'department_code' | 'zone' | 'item_code' | 'channel' | 'period',
): Promise<{ key: string; workingDays: number; n: number }[]> {
  if (f.item !== undefined || by === 'item_code') return histFromFacts(ex, f, by);
  let q = ex
    .selectFrom('analytics_rollup_hist')
    .select(['working_days', sql<number>`sum(n)::float8`.as('n')])
    .where((eb) => rollupWhere(eb, plan, f))
    .groupBy('working_days');
  if (by) q = q.select(sql<string>`${sql.ref(by)}`.as('key')).groupBy(by);
  const rows = await q.execute();
  return rows.map((r) => ({ key: by ? String((r as { key?: string }).key) : '', workingDays: r.working_days, n: Number(r.n) }));
}

async function histFromFacts(ex: Executor, f: Filters, by?: 'department_code' | 'zone' | 'item_code' | 'channel' | 'period') {
  // a period key like the rollup's: the decision day (a month series buckets days into months itself)
  const key = by === 'period' ? sql<string>`decided_on` : by ? sql<string>`${sql.ref(by)}` : sql<string>`''`;
  let q = ex
    .selectFrom('analytics_case_facts')
    .select([key.as('key'), 'working_days', sql<number>`count(*)::float8`.as('n')])
    .where('decided_on', '>=', f.from)
    .where('decided_on', '<=', f.to)
    .where('working_days', 'is not', null)
    .groupBy(['working_days', sql`1`]);
  if (f.zone !== undefined) q = q.where('zone', '=', f.zone);
  if (f.departments) q = f.departments.length ? q.where('department_code', 'in', f.departments) : q.where(sql.lit(false), '=', true);
  if (f.item !== undefined) q = q.where('item_code', '=', f.item);
  if (f.channel !== undefined) q = q.where('channel', '=', f.channel);
  const rows = await q.execute();
  return rows.map((r) => ({ key: String(r.key), workingDays: Number(r.working_days), n: Number(r.n) }));
}

/** The submitted cases of one item received in the range (within the departments), with their forms and the form of the version each was filled for. */
export function formsOfItem(ex: Executor, f: Filters & { item: string }) {
  let q = ex
    .selectFrom('cases')
    .leftJoin('catalog_versions as v', (j) => j.onRef('v.item_code', '=', 'cases.item_code').onRef('v.version', '=', 'cases.item_version'))
    .select(['cases.case_no', 'cases.status', 'cases.form'])
    .select(sql<FormDefinition | null>`v.data->'form'`.as('item_form'))
    .where('cases.item_code', '=', f.item)
    .where('cases.status', '!=', 'draft')
    .where('cases.received_on', '>=', f.from)
    .where('cases.received_on', '<=', f.to);
  if (f.departments) q = q.where('cases.department_code', 'in', f.departments.length ? f.departments : ['']);
  return q.execute();
}
