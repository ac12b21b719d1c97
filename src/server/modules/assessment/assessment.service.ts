/**
 * Window staff assessment (窗口考核): monthly scorecards computed from the hall (tickets, sessions,
 * ratings, rectifications), the cases the clerk accepted and the module's own registers
 * (complaints, conduct points, verified faults); the one-vote veto; closing a month freezes its
 * scorecards with the source records behind every component; adjustments correct a closed month.
 *
 * Who sees what: window staff their own row (assessment.self), a section chief the window staff of
 * their department (assessment.team), the director everyone (assessment.manage).
 *
 * The embedded database has one connection: the working calendar is read before a transaction
 * opens; everything else a computation reads goes through the executor it is given (ADR 0002 §6).
 */
import crypto from 'node:crypto';
import type { WorkingCalendar } from '../../../domain/calendar.js';
import { addCalendarDays, toShanghaiDate } from '../../../domain/calendar.js';
import {
  adjustedResult,
  BAND_NAMES,
  COMPLAINT_CATEGORY_NAMES,
  COMPONENT_NAMES,
  COMPONENTS,
  DEFAULT_CONFIG,
  effectiveMonthOfChange,
  monthDays,
  monthInstants,
  monthOf,
  scoreMonth,
  VETO_NAMES,
  vetoCandidate,
  versionFor,
  type AssessmentConfig,
  type Component,
  type MonthFacts,
  type ScoreResult,
  type VetoKind,
} from '../../../domain/assessment.js';
import { chargedStep, heldSteps, reviewScope, reviewScores, type HeldStep } from '../../../domain/authority.js';
import { reduceCase } from '../../../domain/case.js';
import { computeClock } from '../../../domain/clock.js';
import { GRADE_NAMES, GRADE_SCORE, type Grade } from '../../../domain/hall.js';
import { maskPersonalData } from '../../../domain/identifiers.js';
import { auditActor, authorizeUser, type Actor, type UserActor } from '../../platform/auth.js';
import { audit } from '../../platform/audit.js';
import type { Db, Executor } from '../../platform/db.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import * as repo from './assessment.repository.js';
import type { AdjustmentBody, ComplaintBody, ConductBody, DrillRecord, FaultBody, ScorecardView } from './assessment.schemas.js';

/** What the assessment needs from outside. */
export interface AssessmentDeps {
  db: Db;
  calendar: CalendarService;
  now: () => Date;
}

type Staff = Awaited<ReturnType<typeof repo.windowStaff>>[number];
type Records = Record<Component, DrillRecord[]>;
/** What a snapshot keeps beside the scorecard. */
interface Frozen {
  components: Records;
  windows: WindowPart[];
}

/** One person's share of a window's figures. */
interface WindowPart {
  window: string;
  served: number;
  minutes: number;
  rated: number;
  gradeSum: number;
}

/** One person's computed month: the frozen part of a scorecard, the records behind it (when asked for) and their windows' figures. */
interface Computed {
  card: Omit<ScorecardView, 'rank' | 'adjustments' | 'adjusted'>;
  records: Records;
  windows: WindowPart[];
}

interface FaultCandidate {
  staff: Staff;
  kind: VetoKind;
  sourceRef: string;
  title: string;
  date: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const minutesBetween = (a: Date | string, b: Date | string) => (new Date(b).getTime() - new Date(a).getTime()) / 60_000;
const hhmm = (d: Date | string) => new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
const one = (x: number) => Math.round(x * 10) / 10;

/** Window staff assessment. */
export class AssessmentService {
  constructor(private readonly d: AssessmentDeps) {}

  private today() {
    return toShanghaiDate(this.d.now());
  }

  private currentMonth() {
    return monthOf(this.today());
  }

  // ------------------------------------------------------------------ scope

  /** The window staff the caller may see: null = the caller may see none (403 already thrown otherwise). */
  private async scope(ex: Executor, user: UserActor): Promise<Staff[]> {
    if (user.permissions.includes('assessment.manage')) return repo.windowStaff(ex, null);
    const seen = new Map<string, Staff>();
    if (user.permissions.includes('assessment.team') || user.permissions.includes('assessment.record')) {
      const departments = user.permissions.includes('assessment.record') ? null : this.teamDepartments(user);
      for (const s of await repo.windowStaff(ex, departments)) seen.set(s.id, s);
    }
    if (user.permissions.includes('assessment.self')) for (const s of await repo.windowStaff(ex, null)) if (s.id === user.userId) seen.set(s.id, s);
    return [...seen.values()];
  }

  private teamDepartments(user: UserActor): string[] {
    return user.roles.filter((r) => r.role === 'section_chief' && r.departmentCode).map((r) => r.departmentCode as string);
  }

  // ------------------------------------------------------------------ computing a month

  private async configOf(ex: Executor, month: string): Promise<{ config: AssessmentConfig; effectiveMonth: string | null }> {
    const version = versionFor((await repo.configVersions(ex)).map((v) => ({ effectiveMonth: v.effective_month, config: v.config })), month);
    return { config: version?.config ?? DEFAULT_CONFIG, effectiveMonth: version?.effectiveMonth ?? null };
  }

  /** Working days of the month up to today (all of them for a past month, none for a future one). */
  private workingDays(cal: WorkingCalendar, month: string): number {
    const { first, last } = monthDays(month);
    const end = last < this.today() ? last : this.today();
    let n = 0;
    for (let day = first; day <= end; day = addCalendarDays(day, 1)) if (cal.isWorkingDay(day)) n++;
    return n;
  }

  /**
   * Score a month for some staff from the sources, through `ex`. The scores come from per-day and
   * per-grade counts; a row per ticket and per rating is read only for `detail` (drill-down, closing).
   */
  private async compute(ex: Executor, staff: Staff[], month: string, cal: WorkingCalendar, config: AssessmentConfig, detail = false): Promise<{ computed: Computed[]; candidates: FaultCandidate[] }> {
    if (staff.length === 0) return { computed: [], candidates: [] };
    const ids = staff.map((s) => s.id);
    const { first, last } = monthDays(month);
    const { start, end } = monthInstants(month);
    const today = this.today();
    // one after the other: inside a transaction on the embedded database they share one connection
    const ticketDays = await repo.ticketDays(ex, ids, start, end);
    const tickets = detail ? await repo.servedTickets(ex, ids, start, end) : [];
    const sessions = await repo.sessions(ex, ids, first, last);
    const ratingCounts = await repo.ratingCounts(ex, ids, start, end);
    // every rating for the drill-down, else only those that can be a veto candidate
    const ratings = await repo.ratings(ex, ids, start, end, detail ? undefined : ['very_dissatisfied']);
    const rectifications = await repo.rectifications(ex, ids, first, last);
    const cases = await repo.acceptedCases(ex, ids, first, last, today);
    // a serious overdue is charged to the step that held the case past its due day, not to whoever accepted it
    const charged = await this.charged(ex, cases.filter((c) => vetoCandidate({ type: 'case', decidedOn: c.decided_on, statutoryDue: c.decision_due, today })).map((c) => c.case_no), cal, today);
    const complaints = await repo.complaints(ex, ids, month);
    const conduct = await repo.conductPoints(ex, ids, month);
    const faults = await repo.faults(ex, ids, month);
    const workingDays = this.workingDays(cal, month);
    const computed: Computed[] = [];
    const candidates: FaultCandidate[] = [];
    for (const s of staff) {
      const mine = <T extends { staff_id: string | null }>(rows: T[]) => rows.filter((r) => r.staff_id === s.id);
      const records = emptyRecords();

      // tickets: volume and service time (counted per day and window; the rows only for the records)
      const myDays = mine(ticketDays);
      const served = myDays.reduce((sum, d) => sum + d.served, 0);
      const serviceMinutesTotal = myDays.reduce((sum, d) => sum + Number(d.minutes), 0);
      for (const t of mine(tickets)) {
        const minutes = t.called_at && t.finished_at ? Math.max(0, minutesBetween(t.called_at, t.finished_at)) : 0;
        const rec: DrillRecord = {
          ref: `ticket:${t.id}`,
          title: `${t.number} ${t.item_name ?? ''}`.trim(),
          date: t.day,
          detail: `${t.called_at ? hhmm(t.called_at) : '—'} 叫号，${t.finished_at ? hhmm(t.finished_at) : '—'} 办结，${one(minutes)} 分钟${t.case_no ? `，办件 ${t.case_no}` : ''}`,
          counted: true,
          value: one(minutes),
          group: t.window_name,
        };
        records.volume.push(rec);
        records.service_time.push(rec);
      }

      // attendance: days signed in or serving (a sign-out deletes the session row, so tickets fill in)
      const days = new Map<string, { signedIn: Date | null; firstCall: Date | null; lastFinish: Date | null }>();
      const dayOf = (day: string) => days.get(day) ?? days.set(day, { signedIn: null, firstCall: null, lastFinish: null }).get(day)!;
      for (const x of sessions.filter((r) => r.user_id === s.id)) dayOf(x.day).signedIn = new Date(x.signed_in_at);
      for (const t of myDays) {
        const d = dayOf(t.day);
        if (t.first_call && (!d.firstCall || new Date(t.first_call) < d.firstCall)) d.firstCall = new Date(t.first_call);
        if (t.last_finish && (!d.lastFinish || new Date(t.last_finish) > d.lastFinish)) d.lastFinish = new Date(t.last_finish);
      }
      let hours = 0;
      for (const [day, d] of [...days.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const from = [d.signedIn, d.firstCall].filter((x): x is Date => x !== null).sort((a, b) => a.getTime() - b.getTime())[0];
        const h = from && d.lastFinish ? Math.max(0, minutesBetween(from, d.lastFinish) / 60) : 0;
        hours += h;
        const working = cal.isWorkingDay(day);
        records.attendance.push({
          ref: `day:${day}`,
          title: day,
          date: day,
          detail: `${d.signedIn ? `${hhmm(d.signedIn)} 签到` : '无签到记录（已签退或未签到）'}${d.lastFinish ? `，最后办结 ${hhmm(d.lastFinish)}，约 ${one(h)} 小时` : '，无办结记录'}${working ? '' : '（非工作日）'}`,
          counted: working,
          value: one(h),
          group: null,
        });
      }
      const attendedDays = records.attendance.filter((r) => r.counted).length;

      // cases accepted by the person: decided this month on time or not; serious overdue ones are veto candidates
      let casesDecided = 0;
      let casesOnTime = 0;
      for (const c of cases.filter((r) => r.staff_id === s.id)) {
        const due = c.promised_due ?? c.decision_due;
        const decided = c.decided_on !== null;
        const onTime = decided && due !== null && (c.decided_on as string) <= due;
        if (decided) {
          casesDecided++;
          if (onTime) casesOnTime++;
        }
        records.on_time.push({
          ref: `case:${c.case_no}`,
          title: `${c.case_no} ${c.item_name}`,
          date: c.decided_on ?? c.decision_due ?? c.accepted_on,
          detail: decided
            ? `${c.accepted_on} 受理，${c.decided_on} 决定，承诺期限 ${c.promised_due ?? '—'}，法定期限 ${c.decision_due ?? '—'}：${onTime ? '按时' : '超期'}`
            : `${c.accepted_on} 受理，法定期限 ${c.decision_due} 已过，尚未决定`,
          counted: decided,
          value: null,
          group: null,
        });
        if (vetoCandidate({ type: 'case', decidedOn: c.decided_on, statutoryDue: c.decision_due, today }) && charged.get(c.case_no)?.holderId === s.id)
          candidates.push({ staff: s, kind: 'serious_overdue', sourceRef: `case:${c.case_no}`, title: `${c.case_no} ${c.item_name}（法定期限 ${c.decision_due}）`, date: c.decided_on ?? (c.decision_due as string) });
      }

      // ratings (flagged bursts shown, not counted)
      const grades: Partial<Record<Grade, number>> = {};
      for (const g of mine(ratingCounts)) if (!g.flagged) grades[g.grade] = (grades[g.grade] ?? 0) + g.n;
      for (const g of mine(ratings)) {
        const day = toShanghaiDate(g.created_at);
        if (detail)
          records.ratings.push({
          ref: `rating:${g.id}`,
          title: `${GRADE_NAMES[g.grade]}${g.ticket_number ? ` · ${g.ticket_number}` : ''}${g.case_no ? ` · ${g.case_no}` : ''}`,
          date: day,
          detail: `${g.reasons.join('、') || '（无理由）'}${g.flagged ? '；同一设备短时间内重复评价，已标记，不计分' : ''}`,
          counted: !g.flagged,
          value: GRADE_SCORE[g.grade],
          group: g.window_name,
        });
        if (vetoCandidate({ type: 'rating', grade: g.grade, reasons: g.reasons, flagged: g.flagged }))
          candidates.push({ staff: s, kind: 'conduct_rating', sourceRef: `rating:${g.id}`, title: `${GRADE_NAMES[g.grade]}：${g.reasons.join('、')}`, date: day });
      }
      // rectifications falling due this month
      let rectOnTime = 0;
      let rectLate = 0;
      for (const r of mine(rectifications)) {
        const closedOn = r.closed_at ? toShanghaiDate(r.closed_at) : null;
        const state = closedOn ? (closedOn <= r.due_date ? 'on_time' : 'late') : r.due_date < today ? 'late' : 'pending';
        if (state === 'on_time') rectOnTime++;
        if (state === 'late') rectLate++;
        records.rectification.push({
          ref: `rectification:${r.id}`,
          title: `${GRADE_NAMES[r.grade]} 整改`,
          date: r.due_date,
          detail: `${r.opened_on} 立项，${r.due_date} 到期；${closedOn ? `${closedOn} 办结` : '未办结'}：${{ on_time: '按时', late: '逾期', pending: '未到期，不计分' }[state]}`,
          counted: state !== 'pending',
          value: null,
          group: null,
        });
      }

      // complaints (substantiated ones count; a substantiated 吃拿卡要 is a veto candidate)
      let substantiated = 0;
      for (const c of mine(complaints)) {
        if (c.status === 'substantiated') substantiated++;
        records.complaints.push({
          ref: `complaint:${c.id}`,
          title: `${COMPLAINT_CATEGORY_NAMES[c.category]}（${c.source}）`,
          date: c.occurred_on,
          detail: `${maskPersonalData(c.summary)}；${{ pending: '待核查', substantiated: '查实', unsubstantiated: '不属实' }[c.status]}${c.finding ? `：${maskPersonalData(c.finding)}` : ''}`,
          counted: c.status === 'substantiated',
          value: null,
          group: null,
        });
        if (vetoCandidate({ type: 'complaint', category: c.category, status: c.status }))
          candidates.push({ staff: s, kind: 'corruption_complaint', sourceRef: `complaint:${c.id}`, title: `${COMPLAINT_CATEGORY_NAMES[c.category]}：${maskPersonalData(c.summary)}`, date: c.occurred_on });
      }

      // conduct points
      let conductPoints = 0;
      for (const p of mine(conduct)) {
        const value = Number(p.points);
        conductPoints += value;
        records.conduct.push({ ref: `conduct:${p.id}`, title: `${value > 0 ? '+' : ''}${value} 分`, date: toShanghaiDate(p.given_at), detail: `${p.reason}（${p.given_by_name}）`, counted: true, value, group: null });
      }

      const verified = mine(faults).filter((f) => f.decision === 'verified');
      const facts: MonthFacts = {
        served,
        serviceMinutesTotal,
        casesDecided,
        casesOnTime,
        ratings: grades,
        rectificationsOnTime: rectOnTime,
        rectificationsLate: rectLate,
        attendedDays,
        workingDays,
        complaintsSubstantiated: substantiated,
        conductPoints,
        vetoes: verified.map((f) => f.kind),
      };
      const result = scoreMonth(facts, config);
      const titles = new Map(candidates.map((c) => [c.sourceRef, c.title]));
      computed.push({
        card: {
          staffId: s.id,
          username: s.username,
          staffName: s.display_name,
          departmentCode: s.department_code,
          departmentName: s.department_name,
          total: result.total,
          band: result.band,
          bandName: BAND_NAMES[result.band],
          vetoed: result.vetoed,
          flag: result.flag,
          components: componentViews(result, facts, records, config, hours),
          vetoes: verified.map((f) => ({
            kind: f.kind,
            kindName: VETO_NAMES[f.kind],
            sourceRef: f.source_ref,
            title: titles.get(f.source_ref) ?? f.source_ref,
            note: f.note,
            verifiedBy: f.decided_by_name,
            verifiedAt: iso(f.decided_at),
          })),
        },
        records,
        windows: windowParts(myDays, mine(ratingCounts)),
      });
    }
    return { computed, candidates };
  }

  /** The month's scorecards of the given staff: frozen if the month is closed, else computed now. */
  private async cards(staff: Staff[], month: string, detail = false) {
    const closed = await repo.closedMonth(this.d.db, month);
    if (closed) {
      const ids = new Set(staff.map((s) => s.id));
      const frozen = await repo.snapshots(this.d.db, month, [...ids], detail);
      const adjustments = (await repo.adjustments(this.d.db, month)).filter((a) => ids.has(a.staff_id));
      const items = frozen.map((f) => {
        const card = f.scorecard as unknown as Computed['card'];
        const mine = adjustments.filter((a) => a.staff_id === f.staff_id);
        const adjusted = mine.length ? adjustedResult(card.total, card.vetoed, mine.map((a) => Number(a.points)), closed.config) : null;
        return {
          ...card,
          rank: 0,
          adjustments: mine.map((a) => ({ id: a.id, points: Number(a.points), reason: a.reason, madeBy: a.made_by_name, madeAt: iso(a.made_at) })),
          adjusted: adjusted ? { ...adjusted, bandName: BAND_NAMES[adjusted.band] } : null,
          records: (f.components ?? emptyRecords()) as Frozen['components'],
          windows: f.windows as Frozen['windows'],
        };
      });
      const { effectiveMonth } = await this.configOf(this.d.db, month);
      return { closed, config: closed.config, effectiveMonth, items };
    }
    const cal = await this.d.calendar.calendar();
    const { config, effectiveMonth } = await this.configOf(this.d.db, month);
    const { computed } = await this.compute(this.d.db, staff, month, cal, config, detail);
    return { closed: null, config, effectiveMonth, items: computed.map((c) => ({ ...c.card, rank: 0, adjustments: [], adjusted: null, records: c.records, windows: c.windows })) };
  }

  /** `GET /scorecards`: the caller's rows of a month, ranked, with the windows' figures for chiefs and the director. */
  async scorecards(actor: Actor, month = this.currentMonth()) {
    const user = authorizeUser(actor, 'assessment.self', 'assessment.team', 'assessment.manage');
    this.notFuture(month);
    const visible = new Set((await this.scope(this.d.db, user)).map((s) => s.id));
    // ranked among all window staff of the bureau, whoever asks; then the caller's rows
    const { closed, config, effectiveMonth, items: all } = await this.cards(await repo.windowStaff(this.d.db, null), month);
    const final = (c: (typeof all)[number]) => c.adjusted?.total ?? c.total;
    all.sort((a, b) => Number(a.vetoed) - Number(b.vetoed) || final(b) - final(a) || a.username.localeCompare(b.username));
    all.forEach((c, i) => (c.rank = i + 1));
    const items = all.filter((c) => visible.has(c.staffId));
    const seesWindows = user.permissions.includes('assessment.team') || user.permissions.includes('assessment.manage');
    return {
      month,
      closed: closed ? { closedAt: iso(closed.closed_at), closedBy: closed.closed_by_name } : null,
      configEffectiveMonth: effectiveMonth,
      config,
      ranked: all.length,
      items: items.map(({ records: _records, windows: _windows, ...card }) => card),
      windows: seesWindows ? windowFigures(items) : [],
    };
  }

  /** `GET /scorecards/{id}/records`: the source records behind one person's components. */
  async records(actor: Actor, staffId: string, month = this.currentMonth(), component?: Component) {
    const user = authorizeUser(actor, 'assessment.self', 'assessment.team', 'assessment.manage');
    this.notFuture(month);
    const staff = (await this.scope(this.d.db, user)).filter((s) => s.id === staffId);
    if (staff.length === 0) throw notFound('ASSESSMENT.STAFF_NOT_FOUND', '考核对象不存在或不在您的查看范围');
    const { closed, items } = await this.cards(staff, month, true);
    const card = items[0];
    const wanted = component ? [component] : [...COMPONENTS];
    return {
      month,
      staffId,
      staffName: staff[0]!.display_name,
      frozen: closed !== null,
      components: wanted.map((k) => ({ component: k, name: COMPONENT_NAMES[k], items: card?.records[k] ?? [] })),
    };
  }

  /** Each case's chain as it went, and the step it is charged to when past its statutory day. */
  private async chains(ex: Executor, q: Parameters<typeof repo.chainCases>[1], cal: WorkingCalendar, today: string) {
    return (await repo.chainCases(ex, q)).map((c) => {
      const clock = computeClock(reduceCase(c.actions).clockEvents, c.limits, today, cal);
      const held = heldSteps(c.steps ?? [], clock.stepDues, c.actions);
      return { caseNo: c.case_no, departmentCode: c.department_code, clock, held, charged: chargedStep(held, clock.decisionDue, clock.decidedAt, today) };
    });
  }

  private async charged(ex: Executor, caseNos: string[], cal: WorkingCalendar, today: string): Promise<Map<string, HeldStep | null>> {
    if (caseNos.length === 0) return new Map();
    return new Map((await this.chains(ex, { caseNos }, cal, today)).map((c) => [c.caseNo, c.charged]));
  }

  /**
   * The month of the review chain's people (caseworkers, chiefs, deputy directors, stationed
   * officers) from the same rules as the window's: each step they held and finished, on time or not,
   * their separate opinions, and the cases past the statutory day charged to their step. The director
   * sees everyone; a chief or deputy their divisions; anyone else with `case.review` their own row.
   */
  async reviewScorecards(actor: Actor, month = this.currentMonth()) {
    const user = authorizeUser(actor, 'assessment.manage', 'assessment.team', 'case.review');
    this.notFuture(month);
    const { first, last } = monthDays(month);
    const today = this.today();
    const cal = await this.d.calendar.calendar();
    const all = user.permissions.includes('assessment.manage');
    const leads = all || user.roles.some((r) => r.role === 'section_chief' || r.role === 'deputy_director');
    const departments = all ? null : (reviewScope(user.roles) ?? []);
    const chains = await this.chains(this.d.db, { first, last, today, departments }, cal, today);
    const inMonth = (d: string) => d >= first && d <= last;
    // a charged case counts in the month it was decided, or (still open) in the month its statutory day passed
    const items = reviewScores(
      chains.map((c) => ({ ...c, charged: c.charged && inMonth(c.clock.decidedAt ?? c.clock.decisionDue ?? '') ? c.charged : null })),
      inMonth,
    ).filter((s) => leads || s.userId === user.userId);
    return { month, items };
  }

  private notFuture(month: string) {
    if (month > this.currentMonth()) throw badRequest('ASSESSMENT.FUTURE_MONTH', '不能查看未来月份', [{ path: 'month', message: '不能晚于本月' }]);
  }

  // ------------------------------------------------------------------ staff, configuration

  /** Window staff the caller may record complaints or conduct points about. */
  async staff(actor: Actor) {
    const user = authorizeUser(actor, 'assessment.record', 'assessment.team', 'assessment.manage');
    const rows = await this.scope(this.d.db, user);
    return { items: rows.map((s) => ({ id: s.id, username: s.username, name: s.display_name, departmentCode: s.department_code, departmentName: s.department_name })) };
  }

  /** The configuration in force this month, a change waiting for next month, and the history. */
  async config(actor: Actor) {
    authorizeUser(actor, 'assessment.self', 'assessment.team', 'assessment.manage', 'assessment.record');
    const month = this.currentMonth();
    const versions = await repo.configVersions(this.d.db);
    const view = (v: (typeof versions)[number]) => ({ effectiveMonth: v.effective_month, config: v.config, reason: v.reason, createdBy: v.created_by_name, createdAt: iso(v.created_at) });
    const { config, effectiveMonth } = await this.configOf(this.d.db, month);
    const pending = versions.find((v) => v.effective_month > month);
    return { month, current: { effectiveMonth, config }, pending: pending ? view(pending) : null, history: versions.map(view) };
  }

  /** Change the configuration: it applies from next month (a second change this month replaces the first). Audited. */
  async setConfig(actor: Actor, config: AssessmentConfig, reason: string) {
    const user = authorizeUser(actor, 'assessment.manage');
    const effective = effectiveMonthOfChange(this.currentMonth());
    await this.d.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('assessment_configs').select(['config', 'reason']).where('effective_month', '=', effective).forUpdate().executeTakeFirst();
      const values = { config: JSON.stringify(config), reason, created_by: user.userId, created_at: this.d.now() };
      await trx
        .insertInto('assessment_configs')
        .values({ effective_month: effective, ...values })
        .onConflict((oc) => oc.column('effective_month').doUpdateSet(values))
        .execute();
      await audit(trx, auditActor(user), { action: 'assessment.config', targetType: 'assessment_config', targetId: effective, before: before ?? null, after: { config, reason } });
    });
    return this.config(actor);
  }

  // ------------------------------------------------------------------ complaints

  async complaints(actor: Actor, month = this.currentMonth()) {
    const user = authorizeUser(actor, 'assessment.record', 'assessment.team', 'assessment.manage');
    const all = user.permissions.includes('assessment.record') || user.permissions.includes('assessment.manage');
    const staff = all ? null : (await this.scope(this.d.db, user)).map((s) => s.id);
    return { items: (await repo.complaints(this.d.db, staff, month)).map(complaintView) };
  }

  /** Record a complaint (assessment.record); a retried request (same requestKey) records it once. Audited. */
  async recordComplaint(actor: Actor, body: ComplaintBody) {
    const user = authorizeUser(actor, 'assessment.record');
    if (body.occurredOn > this.today()) throw badRequest('ASSESSMENT.DATE_INVALID', '投诉日期不能晚于今天', [{ path: 'occurredOn', message: '不能晚于今天' }]);
    await this.windowStaffMember(body.staffId);
    const month = monthOf(body.occurredOn);
    const id = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      await this.openMonth(trx, month);
      const inserted = await trx
        .insertInto('assessment_complaints')
        .values({
          id,
          staff_id: body.staffId,
          occurred_on: body.occurredOn,
          month,
          category: body.category,
          source: body.source,
          summary: body.summary,
          status: 'pending',
          finding: null,
          recorded_by: user.userId,
          recorded_at: this.d.now(),
          decided_by: null,
          decided_at: null,
          request_key: body.requestKey,
        })
        .onConflict((oc) => oc.column('request_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted)
        await audit(trx, auditActor(user), { action: 'assessment.complaint_recorded', targetType: 'complaint', targetId: id, after: { staffId: body.staffId, occurredOn: body.occurredOn, category: body.category, source: body.source, summary: maskPersonalData(body.summary) } });
    });
    const row = await repo.complaintQuery(this.d.db).where('c.request_key', '=', body.requestKey).executeTakeFirstOrThrow();
    if (row.staff_id !== body.staffId || row.recorded_by !== user.userId) throw conflict('ASSESSMENT.REQUEST_KEY_REUSED', 'requestKey 已用于另一条投诉');
    return complaintView(row);
  }

  /** Find a pending complaint substantiated or not (assessment.record). Audited. */
  async decideComplaint(actor: Actor, id: string, body: { substantiated: boolean; finding: string; rev: number }) {
    const user = authorizeUser(actor, 'assessment.record');
    await this.d.db.transaction().execute(async (trx) => {
      const c = await trx.selectFrom('assessment_complaints').selectAll().where('id', '=', id).executeTakeFirst();
      if (!c) throw notFound('ASSESSMENT.COMPLAINT_NOT_FOUND', '投诉记录不存在');
      await this.openMonth(trx, c.month);
      const locked = await trx.selectFrom('assessment_complaints').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
      if (locked.rev !== body.rev) throw conflict('ASSESSMENT.STALE', '投诉记录已被他人更新，请刷新后重试');
      if (locked.status !== 'pending') throw conflict('ASSESSMENT.COMPLAINT_DECIDED', '该投诉已有核查结论');
      const status = body.substantiated ? 'substantiated' : 'unsubstantiated';
      await trx.updateTable('assessment_complaints').set({ status, finding: body.finding, decided_by: user.userId, decided_at: this.d.now(), rev: locked.rev + 1 }).where('id', '=', id).execute();
      await audit(trx, auditActor(user), { action: 'assessment.complaint_decided', targetType: 'complaint', targetId: id, before: { status: locked.status }, after: { status, finding: maskPersonalData(body.finding) } });
    });
    return complaintView(await repo.complaintQuery(this.d.db).where('c.id', '=', id).executeTakeFirstOrThrow());
  }

  // ------------------------------------------------------------------ conduct points

  /** A leader's conduct points (+/−, with a reason) for a member of their team (assessment.team). Audited; a retry gives them once. */
  async giveConduct(actor: Actor, body: ConductBody) {
    const user = authorizeUser(actor, 'assessment.team');
    if (body.month > this.currentMonth()) throw badRequest('ASSESSMENT.FUTURE_MONTH', '不能为未来月份评分', [{ path: 'month', message: '不能晚于本月' }]);
    const team = await this.scope(this.d.db, user);
    if (!team.some((s) => s.id === body.staffId)) {
      await this.windowStaffMember(body.staffId);
      throw forbidden('只能为本科室的窗口人员评分');
    }
    const id = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      await this.openMonth(trx, body.month);
      const inserted = await trx
        .insertInto('assessment_conduct_points')
        .values({ id, staff_id: body.staffId, month: body.month, points: body.points, reason: body.reason, given_by: user.userId, given_at: this.d.now(), request_key: body.requestKey })
        .onConflict((oc) => oc.column('request_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) await audit(trx, auditActor(user), { action: 'assessment.conduct_points', targetType: 'conduct_points', targetId: id, after: { staffId: body.staffId, month: body.month, points: body.points, reason: body.reason } });
    });
    const row = await this.d.db.selectFrom('assessment_conduct_points as p').innerJoin('users as u', 'u.id', 'p.given_by').selectAll('p').select('u.display_name').where('p.request_key', '=', body.requestKey).executeTakeFirstOrThrow();
    if (row.staff_id !== body.staffId || row.given_by !== user.userId) throw conflict('ASSESSMENT.REQUEST_KEY_REUSED', 'requestKey 已用于另一条评分');
    return { id: row.id, staffId: row.staff_id, month: row.month, points: Number(row.points), reason: row.reason, givenBy: row.display_name, givenAt: iso(row.given_at) };
  }

  // ------------------------------------------------------------------ faults (一票否决)

  /** The month's serious-fault candidates with their decisions (the director verifies or dismisses them). */
  async faults(actor: Actor, month = this.currentMonth()) {
    const user = authorizeUser(actor, 'assessment.manage');
    this.notFuture(month);
    const { candidates, decided } = await this.candidates(this.d.db, user, month);
    return {
      items: candidates.map((c) => {
        const f = decided.get(`${c.kind}|${c.sourceRef}`);
        return {
          staffId: c.staff.id,
          staffName: c.staff.display_name,
          month,
          kind: c.kind,
          kindName: VETO_NAMES[c.kind],
          sourceRef: c.sourceRef,
          title: c.title,
          date: c.date,
          decision: f?.decision ?? null,
          note: f?.note ?? null,
          decidedBy: f?.decided_by_name ?? null,
          decidedAt: f ? iso(f.decided_at) : null,
        };
      }),
    };
  }

  private async candidates(ex: Executor, user: UserActor, month: string) {
    const staff = await this.scope(ex, user);
    const cal = await this.d.calendar.calendar();
    const { config } = await this.configOf(ex, month);
    const { candidates } = await this.compute(ex, staff, month, cal, config);
    const decided = new Map((staff.length ? await repo.faults(ex, staff.map((s) => s.id), month) : []).map((f) => [`${f.kind}|${f.source_ref}`, f]));
    return { candidates, decided };
  }

  /** Verify (veto) or dismiss a candidate; who and when is recorded. The same decision again answers the same; a different one 409. Audited. */
  async decideFault(actor: Actor, body: FaultBody) {
    const user = authorizeUser(actor, 'assessment.manage');
    this.notFuture(body.month);
    const { candidates } = await this.candidates(this.d.db, user, body.month);
    const c = candidates.find((x) => x.sourceRef === body.sourceRef);
    if (!c) throw badRequest('ASSESSMENT.NOT_A_FAULT', '该记录不是本月的严重过错线索', [{ path: 'sourceRef', message: '不是本月的严重过错线索（须为查实的吃拿卡要投诉、超过法定期限的办件或服务作风"非常不满意"评价）' }]);
    const id = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      await this.openMonth(trx, body.month);
      const inserted = await trx
        .insertInto('assessment_faults')
        .values({ id, staff_id: c.staff.id, month: body.month, kind: c.kind, source_ref: c.sourceRef, decision: body.decision, note: body.note, decided_by: user.userId, decided_at: this.d.now() })
        .onConflict((oc) => oc.columns(['kind', 'source_ref']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) {
        await audit(trx, auditActor(user), { action: `assessment.fault_${body.decision}`, targetType: 'fault', targetId: c.sourceRef, after: { staffId: c.staff.id, month: body.month, kind: c.kind, note: body.note } });
        return;
      }
      const existing = await trx.selectFrom('assessment_faults').select('decision').where('kind', '=', c.kind).where('source_ref', '=', c.sourceRef).executeTakeFirstOrThrow();
      if (existing.decision !== body.decision) throw conflict('ASSESSMENT.FAULT_DECIDED', '该线索已有认定结论', existing.decision);
    });
    return (await this.faults(actor, body.month)).items.find((x) => x.sourceRef === body.sourceRef)!;
  }

  // ------------------------------------------------------------------ closing, adjustments

  async months(actor: Actor) {
    authorizeUser(actor, 'assessment.self', 'assessment.team', 'assessment.manage', 'assessment.record');
    return { current: this.currentMonth(), items: (await repo.closedMonths(this.d.db)).map((m) => ({ month: m.month, closedAt: iso(m.closed_at), closedBy: m.closed_by_name })) };
  }

  /** Close an ended month: every window staff member's scorecard and its records are frozen. Once only; audited. */
  async closeMonth(actor: Actor, month: string) {
    const user = authorizeUser(actor, 'assessment.manage');
    if (month >= this.currentMonth()) throw conflict('ASSESSMENT.MONTH_NOT_OVER', '只能对已结束的月份结账', `${month} 尚未结束`);
    const cal = await this.d.calendar.calendar();
    await this.d.db.transaction().execute(async (trx) => {
      await repo.lockMonth(trx, month);
      const { config } = await this.configOf(trx, month);
      const inserted = await trx
        .insertInto('assessment_months')
        .values({ month, closed_by: user.userId, closed_at: this.d.now(), config: JSON.stringify(config) })
        .onConflict((oc) => oc.column('month').doNothing())
        .returning('month')
        .executeTakeFirst();
      if (!inserted) throw conflict('ASSESSMENT.MONTH_CLOSED', '该月已结账');
      const staff = await repo.windowStaff(trx, null);
      const { computed } = await this.compute(trx, staff, month, cal, config, true);
      if (computed.length)
        await trx
          .insertInto('assessment_snapshots')
          .values(computed.map((c) => ({ month, staff_id: c.card.staffId, scorecard: JSON.stringify(c.card), records: JSON.stringify({ components: c.records, windows: c.windows } satisfies Frozen) })))
          .execute();
      await audit(trx, auditActor(user), {
        action: 'assessment.month_closed',
        targetType: 'assessment_month',
        targetId: month,
        after: { staff: computed.length, vetoed: computed.filter((c) => c.card.vetoed).length, scores: Object.fromEntries(computed.map((c) => [c.card.username, c.card.total])) },
      });
    });
    return this.scorecards(actor, month);
  }

  /** Correct a closed month's score by some points, with a reason; shown beside the frozen score. Audited; a retry records it once. */
  async adjust(actor: Actor, body: AdjustmentBody) {
    const user = authorizeUser(actor, 'assessment.manage');
    const id = crypto.randomUUID();
    await this.d.db.transaction().execute(async (trx) => {
      await repo.lockMonth(trx, body.month);
      if (!(await trx.selectFrom('assessment_months').select('month').where('month', '=', body.month).executeTakeFirst()))
        throw conflict('ASSESSMENT.MONTH_OPEN', '该月尚未结账：未结账月份请直接更正来源记录（投诉、作风加减分、过错认定）');
      if (!(await trx.selectFrom('assessment_snapshots').select('staff_id').where('month', '=', body.month).where('staff_id', '=', body.staffId).executeTakeFirst()))
        throw badRequest('ASSESSMENT.NO_RECORD', '该人员在该月没有考核记录', [{ path: 'staffId', message: '该月没有此人的考核记录' }]);
      const inserted = await trx
        .insertInto('assessment_adjustments')
        .values({ id, month: body.month, staff_id: body.staffId, points: body.points, reason: body.reason, made_by: user.userId, made_at: this.d.now(), request_key: body.requestKey })
        .onConflict((oc) => oc.column('request_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) await audit(trx, auditActor(user), { action: 'assessment.adjustment', targetType: 'assessment_month', targetId: body.month, after: { staffId: body.staffId, points: body.points, reason: body.reason } });
    });
    const card = (await this.scorecards(actor, body.month)).items.find((c) => c.staffId === body.staffId);
    if (!card) throw notFound('ASSESSMENT.STAFF_NOT_FOUND', '考核对象不存在');
    return card;
  }

  // ------------------------------------------------------------------ helpers

  /** 400 naming staffId unless the user is window staff. */
  private async windowStaffMember(staffId: string) {
    const all = await repo.windowStaff(this.d.db, null);
    if (!all.some((s) => s.id === staffId)) throw badRequest('ASSESSMENT.NOT_WINDOW_STAFF', '不是窗口工作人员', [{ path: 'staffId', message: '不是窗口工作人员' }]);
  }

  /** Inside a write: hold the month's lock and refuse when it is closed. */
  private async openMonth(trx: Executor, month: string) {
    await repo.lockMonth(trx, month);
    if (await trx.selectFrom('assessment_months').select('month').where('month', '=', month).executeTakeFirst())
      throw conflict('ASSESSMENT.MONTH_CLOSED', '该月已结账，不能再修改来源记录；如需更正请由局长登记调整', month);
  }
}

function emptyRecords(): Records {
  return { volume: [], on_time: [], service_time: [], ratings: [], rectification: [], attendance: [], complaints: [], conduct: [] };
}

function complaintView(c: Awaited<ReturnType<ReturnType<typeof repo.complaintQuery>['executeTakeFirstOrThrow']>>) {
  return {
    id: c.id,
    staffId: c.staff_id,
    staffName: c.staff_name,
    occurredOn: c.occurred_on,
    month: c.month,
    category: c.category,
    categoryName: COMPLAINT_CATEGORY_NAMES[c.category],
    source: c.source,
    summary: maskPersonalData(c.summary),
    status: c.status,
    finding: c.finding === null ? null : maskPersonalData(c.finding),
    recordedBy: c.recorded_by_name,
    recordedAt: iso(c.recorded_at),
    decidedBy: c.decided_by_name,
    decidedAt: c.decided_at ? iso(c.decided_at) : null,
    rev: c.rev,
  };
}

/** Each component's value with what it counted, in words. */
function componentViews(result: ScoreResult, f: MonthFacts, records: Records, c: AssessmentConfig, hours: number) {
  const rated = Object.values(f.ratings).reduce((s, n) => s + (n ?? 0), 0);
  const gradeText = (Object.keys(GRADE_NAMES) as Grade[]).flatMap((g) => (f.ratings[g] ? [`${GRADE_NAMES[g]} ${f.ratings[g]}`] : [])).join('，');
  const pendingRect = records.rectification.filter((r) => !r.counted).length;
  const pendingComplaints = records.complaints.length - f.complaintsSubstantiated;
  const detail: Record<Component, [number, string]> = {
    volume: [f.served, `办结 ${f.served} 件，在岗 ${f.attendedDays} 天（目标 ${c.targets.ticketsPerDay} 件/天）`],
    on_time: [f.casesDecided, f.casesDecided ? `受理的办件本月决定 ${f.casesDecided} 件，按承诺期限办结 ${f.casesOnTime} 件` : '本月无受理办件作出决定'],
    service_time: [f.served, f.served ? `叫号至办结平均 ${one(f.serviceMinutesTotal / f.served)} 分钟（目标 ${c.targets.serviceMinutes} 分钟）` : '本月无办结'],
    ratings: [rated, rated ? gradeText : '本月无评价'],
    rectification: [f.rectificationsOnTime + f.rectificationsLate, `按时整改 ${f.rectificationsOnTime} 件，逾期 ${f.rectificationsLate} 件${pendingRect ? `，未到期 ${pendingRect} 件` : ''}`],
    attendance: [f.attendedDays, `${f.attendedDays}/${f.workingDays} 个工作日在窗口，约 ${one(hours)} 小时`],
    complaints: [f.complaintsSubstantiated, `查实 ${f.complaintsSubstantiated} 件${pendingComplaints ? `，其他 ${pendingComplaints} 件（待核查或不属实）` : ''}，每件扣 ${c.targets.complaintPenalty} 分`],
    conduct: [records.conduct.length, records.conduct.length ? `${records.conduct.length} 条，合计 ${one(f.conductPoints)} 分（每月上限 ±${c.targets.conductCap}）` : '无'],
  };
  return result.components.map((x) => ({ ...x, name: COMPONENT_NAMES[x.component], count: detail[x.component][0], detail: detail[x.component][1] }));
}

/** One person's share of each window: tickets and their minutes, ratings counted and their grade sum. */
function windowParts(days: { window_name: string | null; served: number; minutes: number | string }[], ratings: { window_name: string | null; grade: Grade; flagged: boolean; n: number }[]): WindowPart[] {
  const by = new Map<string, WindowPart>();
  const of = (w: string | null) => {
    const key = w ?? '（未知窗口）';
    return by.get(key) ?? by.set(key, { window: key, served: 0, minutes: 0, rated: 0, gradeSum: 0 }).get(key)!;
  };
  for (const d of days) {
    const w = of(d.window_name);
    w.served += d.served;
    w.minutes += Number(d.minutes);
  }
  for (const r of ratings)
    if (!r.flagged && r.window_name) {
      const w = of(r.window_name);
      w.rated += r.n;
      w.gradeSum += GRADE_SCORE[r.grade] * r.n;
    }
  return [...by.values()];
}

/** Per window: tickets served, average service minutes, ratings and their average grade, over the staff shown. */
function windowFigures(items: { staffName: string; windows: WindowPart[] }[]) {
  const by = new Map<string, { staff: Set<string>; served: number; minutes: number; rated: number; gradeSum: number }>();
  for (const c of items)
    for (const p of c.windows) {
      const w = by.get(p.window) ?? by.set(p.window, { staff: new Set(), served: 0, minutes: 0, rated: 0, gradeSum: 0 }).get(p.window)!;
      if (p.served) w.staff.add(c.staffName);
      w.served += p.served;
      w.minutes += p.minutes;
      w.rated += p.rated;
      w.gradeSum += p.gradeSum;
    }
  return [...by.entries()]
    .map(([window, w]) => ({ window, staff: [...w.staff].sort(), served: w.served, averageMinutes: w.served ? one(w.minutes / w.served) : null, rated: w.rated, averageGrade: w.rated ? Math.round((w.gradeSum / w.rated) * 100) / 100 : null }))
    .sort((a, b) => b.served - a.served || a.window.localeCompare(b.window));
}

