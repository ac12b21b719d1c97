/**
 * Big-data analysis (大数据分析): keeps one fact row per case (domain/analytics.ts `caseFact`,
 * the case reducer and clock) and the rollups of the facts, and answers the dashboards, the
 * drill-downs, the Excel exports and the public open-data page from them.
 *
 * Kept three ways, all through `refresh` or the same facts: after every committed case action
 * (a CaseCommandsService listener), by the sweeper (`catchUp`: cases without a current fact, open cases
 * whose clock moved with the day, cases a hall ticket was tied to since), and by `rebuild`,
 * which recomputes every fact from the action logs and the rollups from the facts.
 *
 * The embedded database has one connection: the calendar is read before a transaction opens.
 */
import { sql } from 'kysely';
import type { Logger } from 'pino';
import {
  ANALYTICS_EPOCH,
  bucketOf,
  caseFact,
  CHANNELS,
  DRILL_FIGURES,
  figures,
  METRICS,
  ratio,
  rollupDelta,
  rollupPlan,
  satisfaction,
  zeroCounters,
  type Channel,
  type Counters,
  type DrillFigure,
  type Interval,
  type Metric,
} from '../../../domain/analytics.js';
import { addCalendarDays, isDateStr, toShanghaiDate } from '../../../domain/calendar.js';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/case.js';
import { FEE_FIGURES, FEE_STATUSES, type FeeFigure, type FeeStatus } from '../../../domain/fees.js';
import type { Grade } from '../../../domain/hall.js';
import { DEPARTMENT_SCOPED_ROLES, ROLES, type Role } from '../../../domain/roles.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor, type UserActor } from '../../platform/auth.js';
import { dimensionValue, itemForm } from '../../../domain/forms.js';
import type { Db, Executor } from '../../platform/db.js';
import { badRequest, forbidden } from '../../platform/errors.js';
import { excel, tableSheet } from '../../platform/excel.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import * as repo from './analytics.repository.js';

export interface AnalyticsDeps {
  db: Db;
  calendar: CalendarService;
  now: () => Date;
  log?: Logger;
}

/** The filters of a figure request, as the routes pass them. */
export interface FigureQuery {
  from?: string;
  to?: string;
  zone?: string;
  department?: string;
  item?: string;
  channel?: Channel;
}

/** The days a change of calendar is looked for in, for the facts (the national data starts in 2004; the statutory rules end in 2100). */
const CALENDAR_SPAN = { from: '2004-01-01', to: '2100-12-31' } as const;

/** Cases per rebuild batch. */
const BATCH = 500;
/** Rows an Excel export holds at most. */
const EXPORT_LIMIT = 100_000;

/** The drill-down condition of each figure on analytics_case_facts, beside its anchor day. */
const DRILL_WHERE: Record<DrillFigure, string> = {
  received: 'true',
  accepted: 'true',
  decided: 'true',
  approved: "outcome = 'approved'",
  refused: "outcome = 'refused'",
  late: 'on_time_promised IS NOT TRUE',
  lateStatutory: 'on_time_statutory IS NOT TRUE',
  rejected: "outcome = 'rejected'",
  withdrawn: "outcome = 'withdrawn'",
  online: "channel = 'online'",
  zeroVisit: 'zero_visit',
  instant: 'instant',
  supplemented: 'supplement_rounds > 0',
  paused: 'jsonb_array_length(pause_kinds) > 0',
};
const ANCHOR_COLUMN = { receivedOn: 'received_on', acceptedOn: 'accepted_on', decidedOn: 'decided_on', closedOn: 'closed_on' } as const;

export class AnalyticsService {
  constructor(private readonly d: AnalyticsDeps) {}

  private today(): string {
    return toShanghaiDate(this.d.now());
  }

  // ------------------------------------------------------------------ keeping the facts

  /** Recompute the facts of these cases from their logs and move the rollups by the difference. */
  async refresh(caseNos: readonly string[]): Promise<number> {
    const { id: revision, calendar } = await this.d.calendar.current();
    const today = this.today();
    let changed = 0;
    for (const caseNo of caseNos) {
      changed += await this.d.db.transaction().execute(async (trx) => {
        await repo.lockRollups(trx, false);
        await repo.lockCase(trx, caseNo);
        const [input] = await repo.factInputs(trx, [caseNo]);
        if (!input) return 0;
        const stored = await repo.readFact(trx, caseNo);
        const before = stored?.fact ?? null;
        const after = caseFact(input, today, calendar);
        const delta = rollupDelta(before, after);
        if (stored?.calendarRevision === revision && delta.rollup.length === 0 && delta.hist.length === 0 && JSON.stringify(before) === JSON.stringify(after)) return 0;
        await repo.applyDelta(trx, delta);
        await repo.writeFacts(trx, [after], revision);
        return 1;
      });
    }
    return changed;
  }

  /**
   * The sweeper's part: cases with no fact or an older version (a crash between commit and
   * listener, the demo seed), open cases whose clock was last read before today, and
   * zero-visit cases a hall ticket was tied to since. Returns how many were refreshed.
   */
  async catchUp(limit = 500): Promise<number> {
    const today = this.today();
    const calendarStale = await this.olderCalendar(limit);
    const stale = await sql<{ case_no: string }>`
      (SELECT c.case_no FROM cases c LEFT JOIN analytics_case_facts f ON f.case_no = c.case_no
        WHERE f.case_no IS NULL OR f.version <> c.version LIMIT ${limit})
      UNION
      (SELECT case_no FROM analytics_case_facts WHERE outcome IS NULL AND as_of < ${today} LIMIT ${limit})
      UNION
      (SELECT f.case_no FROM analytics_case_facts f WHERE f.zero_visit AND EXISTS (SELECT 1 FROM hall_tickets t WHERE t.case_no = f.case_no) LIMIT ${limit})`.execute(this.d.db);
    return this.refresh([...new Set([...stale.rows.map((r) => r.case_no), ...calendarStale])]);
  }

  /**
   * Facts computed on an older calendar revision: those the changed days can reach (open cases,
   * spans from receipt to decision over them) to recompute, up to `limit`; when none is left, the
   * others of that revision take the new number in one statement (nothing they hold changes).
   */
  private async olderCalendar(limit: number): Promise<string[]> {
    const current = await this.d.calendar.current();
    const from = await repo.olderFactRevision(this.d.db, current.id);
    if (from === undefined) return [];
    const old = await this.d.calendar.changeSince(this.d.db, from, current.id);
    const changed = old.calendar.differingDays(current.calendar, CALENDAR_SPAN.from, CALENDAR_SPAN.to);
    const touched = changed.length ? await repo.factsTouching(this.d.db, from, changed[0] ?? '', changed.at(-1) ?? '', limit) : [];
    if (touched.length === 0) await repo.moveFactRevision(this.d.db, from, current.id);
    return touched;
  }

  /**
   * Recompute every fact from the action logs, then both rollups from the facts with one
   * GROUP BY each (holding off incremental writers meanwhile). Gives the same rows as the
   * incremental path; `onProgress(done, total)` reports the facts.
   */
  async rebuild(actor: Actor, onProgress?: (done: number, total: number) => void): Promise<{ cases: number; rollupRows: number; seconds: number }> {
    const user = actor.type === 'system' ? null : authorizeUser(actor, 'analytics.rebuild');
    const started = Date.now();
    const { id: revision, calendar } = await this.d.calendar.current();
    const today = this.today();
    const { total } = await this.d.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    let done = 0;
    let after = '';
    for (;;) {
      const batch = await this.d.db.selectFrom('cases').select('case_no').where('case_no', '>', after).orderBy('case_no').limit(BATCH).execute();
      if (batch.length === 0) break;
      after = batch.at(-1)?.case_no ?? after;
      const inputs = await repo.factInputs(
        this.d.db,
        batch.map((b) => b.case_no),
      );
      await repo.writeFacts(
        this.d.db,
        inputs.map((i) => caseFact(i, today, calendar)),
        revision,
      );
      done += batch.length;
      onProgress?.(done, Number(total));
    }
    const rollupRows = await this.d.db.transaction().execute(async (trx) => {
      await repo.lockRollups(trx, true);
      await repo.rebuildRollups(trx);
      if (user) await audit(trx, auditActor(user), { action: 'analytics.rebuild', targetType: 'analytics', targetId: 'rollup', after: { cases: done } });
      const { n } = await trx.selectFrom('analytics_rollup').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(n);
    });
    return { cases: done, rollupRows, seconds: Math.round((Date.now() - started) / 100) / 10 };
  }

  // ------------------------------------------------------------------ reading

  /** The departments the caller may see figures of (null: all). A 科长 sees the division they head. */
  private scope(user: UserActor): string[] | null {
    const grants = user.roles.filter((r) => (ROLES[r.role as Role]?.permissions as readonly string[] | undefined)?.includes('analytics.read'));
    if (grants.some((g) => !DEPARTMENT_SCOPED_ROLES.includes(g.role as Role) || g.departmentCode === null)) return null;
    return grants.map((g) => g.departmentCode ?? '');
  }

  /** Check the caller and turn a query into filters; 400 naming the field, 403 outside the caller's divisions. */
  private filters(actor: Actor, q: FigureQuery): repo.Filters {
    const user = authorizeUser(actor, 'analytics.read');
    return this.filtersFor(this.scope(user), q);
  }

  private filtersFor(scope: string[] | null, q: FigureQuery): repo.Filters {
    const to = q.to ?? this.today();
    const from = q.from ?? ANALYTICS_EPOCH;
    for (const [field, v] of [['from', from], ['to', to]] as const) if (!isDateStr(v)) throw badRequest('REQUEST.INVALID', '日期无效', [{ path: field, message: '请使用有效日期 YYYY-MM-DD' }]);
    if (from > to) throw badRequest('REQUEST.INVALID', '起止日期有误', [{ path: 'to', message: '截止日期不能早于起始日期' }]);
    if (q.department && scope && !scope.includes(q.department)) throw forbidden('只能查看本科室的统计');
    return { from, to, zone: q.zone, item: q.item, channel: q.channel, departments: q.department ? [q.department] : (scope ?? undefined) };
  }

  private async counters(ex: Executor, f: repo.Filters): Promise<{ c: Counters; hist: { workingDays: number; n: number }[] }> {
    const plan = rollupPlan(f.from, f.to);
    // on PostgreSQL the two reads run at once on two connections (the embedded database queues them)
    const [[row], hist] = await Promise.all([repo.sumRollup(ex, plan, f), repo.sumHist(ex, plan, f)]);
    return { c: row ?? zeroCounters(), hist };
  }

  /** The headline figures: volumes, on-time rates, working days, 网办率, 零跑腿, satisfaction. */
  async summary(actor: Actor, q: FigureQuery) {
    const f = this.filters(actor, q);
    const [{ c, hist }, grades] = await Promise.all([this.counters(this.d.db, f), this.gradeCounts(f)]);
    return { from: f.from, to: f.to, ...figures(c, hist), satisfaction: satisfaction(grades) };
  }

  /** One metric per day, week or month over the range. */
  async series(actor: Actor, q: FigureQuery & { metric: Metric; interval: Interval }) {
    const f = this.filters(actor, q);
    // a month series reads whole months from month rows; day and week series read day rows
    const plan = q.interval === 'month' ? rollupPlan(f.from, f.to) : { months: [], dayRanges: [[f.from, f.to] as [string, string]] };
    const [rows, hist] = await Promise.all([repo.sumRollup(this.d.db, plan, f, 'period'), repo.sumHist(this.d.db, plan, f, 'period')]);
    const bucket = (period: string) => (period.length === 7 ? period : bucketOf(period, q.interval));
    const buckets = new Map<string, { c: Counters; hist: { workingDays: number; n: number }[] }>();
    for (let d = f.from; d <= f.to; d = addCalendarDays(d, 1)) if (!buckets.has(bucketOf(d, q.interval))) buckets.set(bucketOf(d, q.interval), { c: zeroCounters(), hist: [] });
    for (const r of rows) {
      const b = buckets.get(bucket(r.key));
      if (b) for (const k of Object.keys(b.c) as (keyof Counters)[]) b.c[k] += Number(r[k]);
    }
    for (const h of hist) buckets.get(bucket(h.key))?.hist.push(h);
    return {
      metric: q.metric,
      name: METRICS[q.metric],
      interval: q.interval,
      points: [...buckets.entries()].map(([period, b]) => ({ period, value: figures(b.c, b.hist)[q.metric] })),
    };
  }

  /** The figures per department, zone, item or channel (e.g. 补正率 per item: which material lists confuse people). */
  async breakdown(actor: Actor, q: FigureQuery & { by: 'department' | 'zone' | 'item' | 'channel' }) {
    const f = this.filters(actor, q);
    const column = ({ department: 'department_code', zone: 'zone', item: 'item_code', channel: 'channel' } as const)[q.by];
    const plan = rollupPlan(f.from, f.to);
    const [rows, hist] = await Promise.all([repo.sumRollup(this.d.db, plan, f, column), repo.sumHist(this.d.db, plan, f, column)]);
    const names = await this.names(q.by, rows.map((r) => r.key));
    return {
      by: q.by,
      items: rows
        .map((r) => ({ key: r.key, name: names.get(r.key) ?? (r.key || '（无）'), ...figures(r, hist.filter((h) => h.key === r.key)) }))
        .sort((a, b) => b.received - a.received || a.key.localeCompare(b.key)),
    };
  }

  /**
   * Cases of one item counted by a field of its application form that the item marks as a
   * dimension (e.g. 食品经营许可 by 主体业态): received, approved and refused per value; each case
   * is read against the form version it was filled for.
   */
  async formDimension(actor: Actor, q: FigureQuery & { item: string; field: string }) {
    const f = { ...this.filters(actor, q), item: q.item };
    const rows = await repo.formsOfItem(this.d.db, f);
    const counts = new Map<string, { received: number; approved: number; refused: number }>();
    let known = rows.length === 0;
    for (const r of rows) {
      const def = itemForm({ form: r.item_form });
      if (def.dimensions.includes(q.field)) known = true;
      else continue;
      const key = dimensionValue(def, q.field, r.form) ?? '（未填写）';
      const c = counts.get(key) ?? { received: 0, approved: 0, refused: 0 };
      c.received += 1;
      if (r.status === 'approved') c.approved += 1;
      if (r.status === 'refused') c.refused += 1;
      counts.set(key, c);
    }
    if (!known) throw badRequest('ANALYTICS.NOT_A_DIMENSION', '该事项的申请表没有把此项标为统计维度', [{ path: 'field', message: `“${q.field}”不是该事项申请表的统计维度` }]);
    return {
      item: q.item,
      field: q.field,
      from: f.from,
      to: f.to,
      items: [...counts.entries()].map(([value, c]) => ({ value, ...c })).sort((a, b) => b.received - a.received || a.value.localeCompare(b.value)),
    };
  }

  private async names(by: 'department' | 'zone' | 'item' | 'channel', keys: string[]): Promise<Map<string, string>> {
    if (by === 'channel') return new Map(Object.entries(CHANNELS));
    if (keys.length === 0) return new Map();
    if (by === 'department') return new Map((await this.d.db.selectFrom('departments').select(['code', 'name']).where('code', 'in', keys).execute()).map((r) => [r.code, r.name]));
    if (by === 'zone') return new Map((await this.d.db.selectFrom('zones').select(['code', 'name']).where('code', 'in', keys).execute()).map((r) => [r.code, r.name]));
    return new Map((await this.d.db.selectFrom('catalog_public').select(['code', 'name']).where('code', 'in', keys).execute()).map((r) => [r.code, r.name]));
  }

  /** The facts behind a figure: same filters, the figure's condition on its anchor day. */
  private drillQuery(f: repo.Filters, figure: DrillFigure) {
    const anchor = ANCHOR_COLUMN[DRILL_FIGURES[figure].anchor];
    let q = this.d.db
      .selectFrom('analytics_case_facts')
      .where(sql.ref(anchor), '>=', f.from)
      .where(sql.ref(anchor), '<=', f.to)
      .where(sql.raw<boolean>(`(${DRILL_WHERE[figure]})`), '=', true);
    if (f.zone !== undefined) q = q.where('zone', '=', f.zone);
    if (f.departments) q = f.departments.length ? q.where('department_code', 'in', f.departments) : q.where(sql.lit(false), '=', true);
    if (f.item !== undefined) q = q.where('item_code', '=', f.item);
    if (f.channel !== undefined) q = q.where('channel', '=', f.channel);
    return { q, anchor };
  }

  /** The cases behind a figure, a page at a time, newest anchor day first. */
  async drill(actor: Actor, q: FigureQuery & { figure: DrillFigure; page: number; pageSize: number }) {
    const f = this.filters(actor, q);
    const { q: base, anchor } = this.drillQuery(f, q.figure);
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await base
      .selectAll()
      .orderBy(sql.ref(anchor), 'desc')
      .orderBy('case_no', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { figure: q.figure, name: DRILL_FIGURES[q.figure].name, total: Number(total), items: rows.map(drillItem) };
  }

  /** The same list as an Excel workbook (at most EXPORT_LIMIT rows; more is a 400 asking for a narrower range). */
  async export(actor: Actor, q: FigureQuery & { figure: DrillFigure }): Promise<{ name: string; content: Buffer }> {
    const f = this.filters(actor, q);
    const { q: base, anchor } = this.drillQuery(f, q.figure);
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    if (Number(total) > EXPORT_LIMIT) throw badRequest('ANALYTICS.EXPORT_TOO_LARGE', '导出行数过多', [{ path: 'from', message: `共 ${total} 件，超过 ${EXPORT_LIMIT} 件，请缩小日期范围` }]);
    const rows = (await base.selectAll().orderBy(sql.ref(anchor), 'desc').orderBy('case_no', 'desc').execute()).map(drillItem);
    const names = await this.names('department', [...new Set(rows.map((r) => r.departmentCode))]);
    const wb = new (await excel()).Workbook();
    wb.creator = 'Shenpi 审批';
    const columns: { header: string; key: keyof (typeof rows)[number] | 'departmentName' | 'channelName' | 'statusName'; width: number }[] = [
      { header: '办件编号', key: 'caseNo', width: 16 },
      { header: '事项', key: 'itemName', width: 36 },
      { header: '科室', key: 'departmentName', width: 18 },
      { header: '服务区', key: 'zone', width: 8 },
      { header: '申报渠道', key: 'channelName', width: 10 },
      { header: '状态', key: 'statusName', width: 10 },
      { header: '收件日期', key: 'receivedOn', width: 12 },
      { header: '受理日期', key: 'acceptedOn', width: 12 },
      { header: '办结日期', key: 'decidedOn', width: 12 },
      { header: '不予受理/撤回日期', key: 'closedOn', width: 14 },
      { header: '承诺时限（工作日）', key: 'promisedDays', width: 10 },
      { header: '法定时限（工作日）', key: 'statutoryDays', width: 10 },
      { header: '办理用时（工作日）', key: 'workingDays', width: 10 },
      { header: '按承诺时限办结', key: 'onTimePromised', width: 10 },
      { header: '补正次数', key: 'supplementRounds', width: 8 },
      { header: '特别程序（工作日）', key: 'pausedDays', width: 10 },
      { header: '零跑腿', key: 'zeroVisit', width: 8 },
    ];
    const ws = tableSheet(wb, DRILL_FIGURES[q.figure].name, columns);
    const yesNo = (b: boolean | null) => (b === null ? null : b ? '是' : '否');
    for (const r of rows)
      ws.addRow({
        ...r,
        departmentName: names.get(r.departmentCode) ?? r.departmentCode,
        channelName: CHANNELS[r.channel],
        statusName: CASE_STATUSES[r.status as CaseStatus] ?? r.status,
        onTimePromised: yesNo(r.onTimePromised),
        zeroVisit: yesNo(r.zeroVisit),
      });
    return { name: `${DRILL_FIGURES[q.figure].name}-${f.from}至${f.to}.xlsx`, content: Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  // ------------------------------------------------------------------ fees

  /** Fee figures are read by the analytics readers (in their divisions) and by the finance officer (all). */
  private feeFilters(actor: Actor, q: FeeQuery): repo.Filters {
    const user = authorizeUser(actor, 'analytics.read', 'fee.finance');
    return this.filtersFor(user.permissions.includes('fee.finance') ? null : this.scope(user), q);
  }

  /** The fee events (one per figure a fee record counts in, on that figure's own day) under the filters. */
  private feeEvents(f: repo.Filters, only?: FeeFigure) {
    const figures = only ? [only] : (Object.keys(FEE_FIGURES) as FeeFigure[]);
    const union = sql.join(
      figures.map((k) => sql`SELECT ${k}::text AS figure, id, case_no, item_code, fee_name, status, ${sql.ref(FEE_EVENT[k].at)} AS at, ${sql.ref(FEE_EVENT[k].fen)}::bigint AS fen FROM fee_assessments WHERE ${sql.raw(FEE_EVENT[k].where)}`),
      sql` UNION ALL `,
    );
    const departments = f.departments ? (f.departments.length ? sql`AND item_code IN (SELECT code FROM catalog_public WHERE department_code IN (${sql.join(f.departments)}))` : sql`AND false`) : sql``;
    const item = f.item !== undefined ? sql`AND item_code = ${f.item}` : sql``;
    return sql`SELECT * FROM (${union}) e WHERE at >= ${startOf(f.from)} AND at < ${startOf(addCalendarDays(f.to, 1))} ${departments} ${item}`;
  }

  /** 收费统计: fees assessed, waived, collected and refunded (count and fen), in total, per month and per item. */
  async fees(actor: Actor, q: FeeQuery) {
    const f = this.feeFilters(actor, q);
    const rows = await sql<{ figure: FeeFigure; month: string; item_code: string; n: number; fen: number }>`
      SELECT figure, to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, item_code, count(*)::int AS n, sum(fen)::float8 AS fen
      FROM (${this.feeEvents(f)}) ev GROUP BY 1, 2, 3`.execute(this.d.db);
    const zero = () => Object.fromEntries(Object.keys(FEE_FIGURES).map((k) => [k, { count: 0, fen: 0 }])) as Record<FeeFigure, { count: number; fen: number }>;
    const totals = zero();
    const months = new Map<string, ReturnType<typeof zero>>();
    const items = new Map<string, ReturnType<typeof zero>>();
    for (const r of rows.rows) {
      for (const sums of [totals, getOr(months, r.month, zero), getOr(items, r.item_code, zero)]) {
        sums[r.figure].count += Number(r.n);
        sums[r.figure].fen += Number(r.fen);
      }
    }
    const names = await this.names('item', [...items.keys()]);
    return {
      from: f.from,
      to: f.to,
      totals,
      months: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, figures]) => ({ month, figures })),
      items: [...items.entries()].map(([itemCode, figures]) => ({ itemCode, itemName: names.get(itemCode) ?? itemCode, figures })).sort((a, b) => b.figures.assessed.fen - a.figures.assessed.fen || a.itemCode.localeCompare(b.itemCode)),
    };
  }

  private async feeRecords(f: repo.Filters, figure: FeeFigure, page?: { page: number; pageSize: number }) {
    const events = this.feeEvents(f, figure);
    const head = await sql<{ total: number; fen: number }>`SELECT count(*)::int AS total, coalesce(sum(fen), 0)::float8 AS fen FROM (${events}) ev`.execute(this.d.db);
    const limit = page ? sql`LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}` : sql``;
    const rows = await sql<{ id: string; case_no: string; item_code: string; fee_name: string; status: FeeStatus; at: Date; fen: number }>`
      SELECT id, case_no, item_code, fee_name, status, at, fen::float8 AS fen FROM (${events}) ev ORDER BY at DESC, case_no DESC ${limit}`.execute(this.d.db);
    const names = await this.names('item', [...new Set(rows.rows.map((r) => r.item_code))]);
    return {
      figure,
      name: FEE_FIGURES[figure],
      total: Number(head.rows[0]?.total ?? 0),
      sumFen: Number(head.rows[0]?.fen ?? 0),
      items: rows.rows.map((r) => ({
        assessmentId: r.id,
        caseNo: r.case_no,
        itemCode: r.item_code,
        itemName: names.get(r.item_code) ?? r.item_code,
        feeName: r.fee_name,
        day: toShanghaiDate(new Date(r.at)),
        amountFen: Number(r.fen),
        status: r.status,
        statusName: FEE_STATUSES[r.status] ?? r.status,
      })),
    };
  }

  /** The fee records behind a fee figure, a page at a time, newest first. */
  async feeDrill(actor: Actor, q: FeeQuery & { figure: FeeFigure; page: number; pageSize: number }) {
    return this.feeRecords(this.feeFilters(actor, q), q.figure, q);
  }

  /** The same list as an Excel workbook, with its total in the last row. */
  async feeExport(actor: Actor, q: FeeQuery & { figure: FeeFigure }): Promise<{ name: string; content: Buffer }> {
    const f = this.feeFilters(actor, q);
    const d = await this.feeRecords(f, q.figure);
    if (d.total > EXPORT_LIMIT) throw badRequest('ANALYTICS.EXPORT_TOO_LARGE', '导出行数过多', [{ path: 'from', message: `共 ${d.total} 笔，超过 ${EXPORT_LIMIT} 笔，请缩小日期范围` }]);
    const wb = new (await excel()).Workbook();
    wb.creator = 'Shenpi 审批';
    const ws = tableSheet(wb, d.name, [
      { header: '日期', key: 'day', width: 12 },
      { header: '办件编号', key: 'caseNo', width: 16 },
      { header: '事项', key: 'itemName', width: 36 },
      { header: '收费项目', key: 'feeName', width: 24 },
      { header: `${d.name}金额（元）`, key: 'yuan', width: 14 },
      { header: '收费状态', key: 'statusName', width: 10 },
    ]);
    for (const r of d.items) ws.addRow({ ...r, yuan: r.amountFen / 100 });
    const total = ws.addRow({ day: '合计', caseNo: `${d.total} 笔`, yuan: d.sumFen / 100 });
    total.font = { bold: true };
    ws.getColumn('yuan').numFmt = '#,##0.00';
    return { name: `收费${d.name}-${f.from}至${f.to}.xlsx`, content: Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  // ------------------------------------------------------------------ hall, ratings, exchange

  private async gradeCounts(f: repo.Filters): Promise<Partial<Record<Grade, number>>> {
    let q = this.d.db
      .selectFrom('hall_ratings')
      .select(['grade', (eb) => eb.fn.countAll<number>().as('n')])
      .where('created_at', '>=', startOf(f.from))
      .where('created_at', '<', startOf(addCalendarDays(f.to, 1)))
      .groupBy('grade');
    if (f.zone !== undefined) q = q.where('zone_code', '=', f.zone);
    if (f.item !== undefined) q = q.where('item_code', '=', f.item);
    const departments = f.departments;
    if (departments) q = q.where('item_code', 'in', (eb) => eb.selectFrom('catalog_public').select('code').where('department_code', 'in', departments.length ? departments : ['']));
    const rows = await q.execute();
    return Object.fromEntries(rows.map((r) => [r.grade, Number(r.n)]));
  }

  /** Hall waiting per zone and hour of the day (heat map) and appointment use. */
  async hall(actor: Actor, q: FigureQuery) {
    const f = this.filters(actor, q);
    const zone = f.zone;
    const heat = await sql<{ zone: string; hour: number; tickets: number; wait: number | null }>`
      SELECT zone_code AS zone, extract(hour FROM taken_at AT TIME ZONE 'Asia/Shanghai')::int AS hour, count(*)::int AS tickets,
             avg(extract(epoch FROM called_at - taken_at) / 60)::float8 AS wait
      FROM hall_tickets
      WHERE day >= ${f.from} AND day <= ${f.to} AND called_at IS NOT NULL ${zone !== undefined ? sql`AND zone_code = ${zone}` : sql``}
      GROUP BY 1, 2 ORDER BY 1, 2`.execute(this.d.db);
    const appts = await sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM hall_appointments
      WHERE slot_start >= ${startOf(f.from)} AND slot_start < ${startOf(addCalendarDays(f.to, 1))} ${zone !== undefined ? sql`AND zone_code = ${zone}` : sql``}
      GROUP BY status`.execute(this.d.db);
    const by = Object.fromEntries(appts.rows.map((r) => [r.status, Number(r.n)])) as Record<string, number | undefined>;
    const booked = (by.booked ?? 0) + (by.checked_in ?? 0) + (by.no_show ?? 0) + (by.cancelled ?? 0);
    const zones = await this.d.db.selectFrom('zones').select(['code', 'name']).orderBy('sort_order').execute();
    return {
      zones,
      heatmap: heat.rows.map((r) => ({ zone: r.zone, hour: Number(r.hour), tickets: Number(r.tickets), avgWaitMinutes: r.wait === null ? null : Math.round(Number(r.wait) * 10) / 10 })),
      appointments: {
        total: booked,
        checkedIn: by.checked_in ?? 0,
        noShow: by.no_show ?? 0,
        cancelled: by.cancelled ?? 0,
        open: by.booked ?? 0,
        noShowRate: ratio(by.no_show ?? 0, (by.checked_in ?? 0) + (by.no_show ?? 0)),
      },
    };
  }

  /** 好差评 distribution and how bad ratings were rectified (on time: closed by the due day). */
  async ratings(actor: Actor, q: FigureQuery) {
    const f = this.filters(actor, q);
    const departments = f.departments;
    const rect = await sql<{ total: number; closed: number; on_time: number; overdue_open: number }>`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE status = 'closed')::int AS closed,
             count(*) FILTER (WHERE status = 'closed' AND to_char(closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') <= due_date)::int AS on_time,
             count(*) FILTER (WHERE status <> 'closed' AND due_date < ${this.today()})::int AS overdue_open
      FROM hall_rectifications
      WHERE opened_on >= ${f.from} AND opened_on <= ${f.to}
      ${departments ? sql`AND department_code IN (${sql.join(departments.length ? departments : [''])})` : sql``}`.execute(this.d.db);
    const r = rect.rows[0] ?? { total: 0, closed: 0, on_time: 0, overdue_open: 0 };
    return {
      satisfaction: satisfaction(await this.gradeCounts(f)),
      rectifications: { total: Number(r.total), closed: Number(r.closed), closedOnTime: Number(r.on_time), onTimeRate: ratio(Number(r.on_time), Number(r.closed)), overdueOpen: Number(r.overdue_open) },
    };
  }

  /** Delivery health of the data exchange to the regulators (ADR 0006): states, receipts within two working days, attempts. */
  async exchange(actor: Actor, q: FigureQuery) {
    const f = this.filters(actor, q);
    const rows = await sql<{ status: string; n: number; on_time: number; attempts: number }>`
      SELECT status, count(*)::int AS n,
             count(*) FILTER (WHERE status = 'delivered' AND to_char(delivered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') <= receipt_due)::int AS on_time,
             coalesce(sum(attempts), 0)::int AS attempts
      FROM exchange_deliveries
      WHERE created_at >= ${startOf(f.from)} AND created_at < ${startOf(addCalendarDays(f.to, 1))}
      GROUP BY status`.execute(this.d.db);
    const get = (s: string) => rows.rows.find((r) => r.status === s);
    const total = rows.rows.reduce((n, r) => n + Number(r.n), 0);
    const delivered = Number(get('delivered')?.n ?? 0);
    return {
      total,
      delivered,
      pending: Number(get('pending')?.n ?? 0),
      dead: Number(get('dead')?.n ?? 0),
      deliveredOnTime: Number(get('delivered')?.on_time ?? 0),
      onTimeRate: ratio(Number(get('delivered')?.on_time ?? 0), delivered),
      avgAttempts: total === 0 ? null : Math.round((rows.rows.reduce((n, r) => n + Number(r.attempts), 0) / total) * 100) / 100,
    };
  }

  // ------------------------------------------------------------------ public

  /** 政务公开: per division and month of a year, cases received and decided, on-time rate, 网办率 and satisfaction. No login. */
  async openData(year: number) {
    const f = this.filtersFor(null, { from: `${year}-01-01`, to: `${year}-12-31` });
    const current = this.today().slice(0, 7);
    const plan = { months: rollupPlan(f.from, f.to).months.filter((m) => m <= current), dayRanges: [] };
    const divisions = await this.d.db.selectFrom('departments').select(['code', 'name']).where('kind', '=', 'division').orderBy('sort_order').orderBy('code').execute();
    const rows = await this.d.db
      .selectFrom('analytics_rollup')
      .select(['department_code', 'period', ...(['received', 'decided', 'on_time_promised', 'online'] as const).map((c) => sql<number>`sum(${sql.ref(c)})::float8`.as(c))])
      .where('grain', '=', 'month')
      .where('period', 'in', plan.months)
      .groupBy(['department_code', 'period'])
      .execute();
    const ratings = await sql<{ department_code: string; month: string; grade: Grade; n: number }>`
      SELECT p.department_code, to_char(r.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, r.grade, count(*)::int AS n
      FROM hall_ratings r JOIN catalog_public p ON p.code = r.item_code
      WHERE r.created_at >= ${startOf(f.from)} AND r.created_at < ${startOf(addCalendarDays(f.to, 1))}
      GROUP BY 1, 2, 3`.execute(this.d.db);
    return {
      year,
      months: plan.months,
      divisions: divisions.map((d) => ({
        code: d.code,
        name: d.name,
        months: plan.months.map((m) => {
          const r = rows.find((x) => x.department_code === d.code && x.period === m);
          const grades = Object.fromEntries(ratings.rows.filter((x) => x.department_code === d.code && x.month === m).map((x) => [x.grade, Number(x.n)]));
          const s = satisfaction(grades);
          return {
            month: m,
            received: Number(r?.received ?? 0),
            decided: Number(r?.decided ?? 0),
            onTimeRate: ratio(Number(r?.on_time_promised ?? 0), Number(r?.decided ?? 0)),
            onlineRate: ratio(Number(r?.online ?? 0), Number(r?.received ?? 0)),
            ratings: s.total,
            satisfiedRate: s.satisfiedRate,
          };
        }),
      })),
    };
  }
}


/** 00:00 of a Shanghai day as an instant. */
/** Where each fee figure is read from in fee_assessments: its day, its amount, which records count. */
const FEE_EVENT: Record<FeeFigure, { at: string; fen: string; where: string }> = {
  // a fee cancelled because its case lapsed was assessed all the same
  assessed: { at: 'assessed_at', fen: 'amount_fen', where: "status <> 'cancelled' OR lapsed_at IS NOT NULL" },
  waived: { at: 'waiver_approved_at', fen: 'waived_fen', where: 'waiver_approved_at IS NOT NULL AND waived_fen > 0' },
  collected: { at: 'paid_at', fen: 'paid_fen', where: 'paid_at IS NOT NULL' },
  refunded: { at: 'refunded_at', fen: 'refund_fen', where: 'refunded_at IS NOT NULL' },
};

/** The filters of the fee figures. */
export type FeeQuery = Pick<FigureQuery, 'from' | 'to' | 'department' | 'item'>;

function getOr<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
}

function startOf(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

function drillItem(r: Parameters<typeof repo.fromRow>[0]) {
  const f = repo.fromRow(r);
  return {
    caseNo: f.caseNo,
    itemCode: f.itemCode,
    itemName: f.itemName,
    departmentCode: f.departmentCode,
    zone: f.zone,
    channel: f.channel,
    status: f.status,
    receivedOn: f.receivedOn,
    acceptedOn: f.acceptedOn,
    decidedOn: f.decidedOn,
    closedOn: f.closedOn,
    promisedDays: f.promisedDays,
    statutoryDays: f.statutoryDays,
    workingDays: f.workingDays,
    onTimePromised: f.onTimePromised,
    supplementRounds: f.supplementRounds,
    pausedDays: f.pausedDays,
    zeroVisit: f.zeroVisit,
  };
}
