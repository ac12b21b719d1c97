/**
 * Reading cases (办件): a case and the lists of them, the public progress lookup and register of
 * decisions, the facts other modules read of a case (snapshots for documents, the application
 * form, the archive, statuses, duties) and what an application form starts from.
 */
import { reviewScope } from '../../../domain/authority.js';
import { ACTION_ACTOR, CASE_STATUSES, FINAL_STATUSES, reduceCase, type CaseActionType } from '../../../domain/case.js';
import { computeClock } from '../../../domain/clock.js';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { maskName } from '../../../domain/identifiers.js';
import { itemForm, prefillForm } from '../../../domain/forms.js';
import { authorize, authorizeUser, requireUser, safeEqual, type Actor } from '../../platform/auth.js';
import type { Executor } from '../../platform/db.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { grantsOf } from '../auth/users.js';
import * as repo from './cases.repository.js';
import type { OnBehalfOf } from './cases.schemas.js';
import { caseFormRows, isStaff, mayTake, submittedCodes, type CaseReader, type CaseReaderDeps, type ItemForCase } from './cases.shared.js';

/** What the queries need from outside (wired once, in services.ts: docs/adr/0017): the reader, and the database, calendar and clock it reads with. */
export type CaseQueriesDeps = Omit<CaseReaderDeps, 'catalog'> & { reader: CaseReader };

/** Queries on cases: nothing here writes. */
export class CaseQueriesService {
  constructor(private readonly d: CaseQueriesDeps) {}

  /** The case as its applicant side and the officers see it, with the actions this caller may take now. */
  async get(actor: Actor, caseNo: string) {
    const { row, ...known } = await this.d.reader.visibleWithLog(actor, caseNo);
    return this.d.reader.present(requireUser(actor), row, known);
  }

  /** Cases for the caller: staff see the bureau's work sorted by urgency; applicants and agents see their own. */
  async list(actor: Actor, q: { status?: string[]; clockState?: string; itemCode?: string; q?: string; mine?: string; assigned?: 'me'; extension?: 'requested'; page: number; pageSize: number }) {
    const user = requireUser(actor);
    const own = !isStaff(user) || q.mine === '1' || q.mine === 'true';
    // a window clerk's queue shows the items of their own zone first (一窗受理 still takes any item)
    const clerkDepartments = user.roles.filter((r) => r.role === 'window_clerk').map((r) => r.departmentCode ?? '');
    const zones = clerkDepartments.length ? await repo.clerkZones(this.d.db, user.userId, clerkDepartments) : [];
    // reviewers, chiefs, deputies and stationed officers see the cases of their own departments' items
    const { rows, total } = await repo.listCases(this.d.db, { ...q, userId: user.userId, own, scope: own ? null : reviewScope(user.roles), zones });
    const calendar = await this.d.calendar.calendar();
    const today = toShanghaiDate(this.d.now());
    const running = new Set(['ok', 'warning', 'overdue']);
    return {
      items: rows.map((r) => ({
        caseNo: r.case_no,
        itemCode: r.item_code,
        itemName: r.item_name,
        applicantName: isStaff(user) || r.applicant_user_id === user.userId ? r.applicant_name : maskName(r.applicant_name),
        channel: r.channel,
        status: r.status,
        statusName: CASE_STATUSES[r.status as keyof typeof CASE_STATUSES] ?? r.status,
        clockState: r.clock_state,
        receivedOn: r.received_on,
        acceptanceDue: r.acceptance_due,
        promisedDue: r.promised_due,
        decisionDue: r.decision_due,
        remainingWorkingDays: r.promised_due && running.has(r.clock_state) ? calendar.workingDaysBetween(today, r.promised_due) : null,
        version: r.version,
        updatedAt: r.updated_at.toISOString(),
      })),
      total,
    };
  }

  /** The public progress lookup: the same status, clock and timeline, with names and numbers masked. */
  async publicLookup(caseNo: string, code: string) {
    const row = await repo.findCase(this.d.db, caseNo);
    // the same answer for a wrong number and a wrong code, so numbers cannot be probed
    if (!row || !safeEqual(row.query_code, code.toUpperCase())) throw notFound('CASE.NOT_FOUND', '办件编号或查询码不正确');
    const view = await this.d.reader.view(row, this.d.db);
    return {
      ...view.body,
      allowedActions: [],
      form: {},
      formRows: [],
      formIssues: [],
      materials: view.body.materials.map((m) => ({ ...m, files: [] })),
      // the public sees who acted by role, not by name
      actions: view.body.actions.map((a) => ({ ...a, actorName: PUBLIC_ACTOR[ACTION_ACTOR[a.type]], payload: publicPayload(a.type, a.payload) })),
      applicant: { ...view.body.applicant, name: maskName(view.body.applicant.name), phone: null },
      authorisationId: null,
    };
  }

  /**
   * The public register of decisions (art. 40): approvals and refusals by item and date, the
   * applicant's name masked, newest first.
   */
  async decisions(q: { item?: string; from?: string; to?: string; result?: 'approve' | 'refuse'; page: number; pageSize: number }) {
    const { rows, total } = await repo.decisions(this.d.db, q);
    return {
      items: rows.map((r) => ({
        caseNo: r.case_no,
        itemCode: r.item_code,
        itemName: r.item_name,
        applicantName: maskName(r.applicant_name),
        result: r.type as 'approve' | 'refuse',
        resultName: r.type === 'approve' ? '准予许可' : '不予许可',
        decidedOn: r.on_day,
      })),
      total,
    };
  }

  /**
   * The case as it stood right after action `seq`: its fixed facts, the log up to there, the
   * state and the clock on that action's day, and the item version it follows. Documents are
   * written from this, so a notice regenerated later says what it said on the day.
   */
  async snapshot(caseNo: string, seq: number) {
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const actions = (await repo.actionsOf(this.d.db, caseNo)).filter((a) => a.seq <= seq);
    const action = actions[actions.length - 1];
    if (!action || action.seq !== seq) throw notFound('CASE.ACTION_NOT_FOUND', '办件没有该操作');
    const files = (await repo.materialsOf(this.d.db, caseNo)).filter((f) => f.created_at.getTime() <= new Date(action.at).getTime());
    const state = reduceCase(actions, { submittedMaterials: submittedCodes(files) });
    const clock = computeClock(state.clockEvents, row.limits, action.on, await this.d.calendar.calendar());
    const item = await this.d.reader.itemOf(row);
    return {
      caseNo,
      itemName: row.item_name,
      departmentCode: row.department_code,
      applicant: {
        kind: row.applicant_kind,
        name: row.applicant_name,
        idNumber: row.applicant_id_number,
        creditCode: row.applicant_credit_code,
        userId: row.applicant_user_id,
      },
      form: row.form,
      situation: row.situation_codes,
      licence: row.licence_no && row.licence_purpose ? { no: row.licence_no, purpose: row.licence_purpose } : null,
      action,
      actions,
      state,
      clock,
      item,
      issuer: await this.d.reader.deciderName(item),
    };
  }

  /** The filled application form as the 申请表 PDF prints it (documents), against the case's own form version. */
  async applicationOf(caseNo: string) {
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const item = await this.d.reader.itemOf(row);
    return {
      caseNo,
      itemName: row.item_name,
      applicant: { kind: row.applicant_kind, name: row.applicant_name, idNumber: row.applicant_id_number, creditCode: row.applicant_credit_code },
      on: row.received_on ?? toShanghaiDate(row.created_at),
      formVersion: row.item_version,
      formRows: caseFormRows(item, row, await repo.materialsOf(this.d.db, caseNo)),
      issuer: await this.d.reader.deciderName(item),
    };
  }

  /**
   * Initial values of an item's application form: for an applicant applying online, from their own
   * identity and the same fields of their own earlier applications; for a window clerk filing 代为申请,
   * from the party at the counter (kind, name, number as the clerk typed them) and that party's own
   * earlier cases, found by the party's 身份证号 (a person) or 统一社会信用代码 (an organisation); for an
   * agent filing 代办 under a registered authorisation, from the company the authorisation names
   * and that company's own earlier cases. Never another holder's data.
   */
  async prefill(actor: Actor, itemCode: string, party?: OnBehalfOf) {
    const user = authorizeUser(actor, !party ? 'case.apply' : party.authorisationId ? 'case.agent' : 'case.window');
    const item = await this.d.reader.publishedItem(itemCode, 'itemCode');
    if (party && !party.authorisationId && !user.roles.some((r) => r.role === 'window_clerk')) throw forbidden('只有窗口人员可以为窗口前的申请人预填');
    const applicant = await this.d.reader.applicantFor(user, party, 'case', 'authorisationId');
    const earlier = await repo.earlierForms(this.d.db, !party ? { filedBy: user.userId } : applicant.kind === 'person' ? { idNumber: applicant.idNumber ?? '' } : { creditCode: applicant.creditCode ?? '' });
    const form = prefillForm(itemForm(item), applicant, earlier);
    return { itemCode: item.code, formVersion: item.version, form };
  }

  /** The people a chief can assign a review task to: case reviewers and section chiefs (of the caller's own divisions), an agency's officers. */
  async assignees(actor: Actor) {
    const who = authorize(actor, 'case.decide', 'case.review');
    const scope = who.type === 'user' ? reviewScope(who.roles) : null;
    const rows = await grantsOf(this.d.db, ['case_reviewer', 'section_chief', 'agency_officer'], scope);
    return { items: rows.map((r) => ({ userId: r.id, name: r.display_name, role: r.role, departmentCode: r.department_code })) };
  }

  /**
   * What the electronic archive (电子档案) of a closed case holds from the case itself: the case
   * as the officers see it, its whole log, and every material file with its content.
   */
  async archiveParts(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    const row = await this.d.reader.visibleCase(actor, caseNo);
    const view = await this.d.reader.view(row, this.d.db);
    if (!FINAL_STATUSES.includes(view.state.status)) throw conflict('CASE.NOT_CLOSED', '办件办结后才能归档导出', `办件状态：${CASE_STATUSES[view.state.status]}`);
    const files = await repo.archiveFiles(this.d.db, caseNo);
    return { case: { ...view.body, queryCode: undefined, allowedActions: [], exportedBy: user.username }, files };
  }

  /** The catalog item version a case follows (its materials, steps, external milestones); no access check, the caller's service does it. */
  async caseItem(caseNo: string, ex: Executor = this.d.db): Promise<ItemForCase> {
    const row = await repo.findCase(ex, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return this.d.reader.itemOf(row, ex);
  }

  /** 404 unless the caller may see the case (its documents, its licence). */
  async canRead(actor: Actor, caseNo: string): Promise<void> {
    await this.d.reader.visibleCase(actor, caseNo);
  }

  /** 404 unless the officer sees the case, 403 naming its division unless they may take `type` on it (a special procedure asked for outside the case's actions). */
  async assertDuty(actor: Actor, caseNo: string, type: CaseActionType): Promise<void> {
    const user = requireUser(actor);
    const row = await this.d.reader.visibleCase(user, caseNo);
    const item = await this.d.reader.itemOf(row);
    if (!mayTake(user, row, type, item)) throw await this.d.reader.outOfScope(this.d.db, user, item, type);
  }

  /** Whether the officer may take one of `types` on the case (their duty and division), without throwing. */
  async mayTakeAny(actor: Actor, caseNo: string, types: readonly CaseActionType[]): Promise<boolean> {
    const user = requireUser(actor);
    const row = await this.d.reader.visibleCase(user, caseNo);
    const item = await this.d.reader.itemOf(row);
    return types.some((t) => mayTake(user, row, t, item));
  }

  /** The case's owner and party, for the fees module's checks and documents: 404 unless the caller may see it. */
  async feeContext(actor: Actor, caseNo: string) {
    const row = await this.d.reader.visibleCase(actor, caseNo);
    const item = await this.d.reader.itemOf(row);
    return { item, status: row.status, applicantUserId: row.applicant_user_id, filedBy: row.filed_by, applicantName: row.applicant_name };
  }

  /** A case's status for a module acting on its own record of the case (the fees' refund); 404 when there is no such case. */
  async statusOf(caseNo: string, ex: Executor = this.d.db): Promise<string> {
    const row = await repo.findCase(ex, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return row.status;
  }

  /** The statuses of cases, for a module listing its own records of them (the fees awaiting a refund). */
  async statusesOf(caseNos: readonly string[]): Promise<Map<string, string>> {
    if (!caseNos.length) return new Map();
    const rows = await repo.statuses(this.d.db, caseNos);
    return new Map(rows.map((r) => [r.case_no, r.status]));
  }
}

/** How the public lookup names the party of each action. */
const PUBLIC_ACTOR: Record<(typeof ACTION_ACTOR)[CaseActionType], string> = {
  applicant: '申请人',
  'case.window': '受理窗口',
  'case.review': '审查人员',
  'case.decide': '审批科室',
  'case.approve_extension': '局领导',
  system: '系统',
};

/** What the public may read of an action's payload: no reasons that could name people, no file details. */
function publicPayload(type: CaseActionType, payload: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
    case 'start_pause':
      return { kind: payload.kind, expectedDays: payload.expectedDays };
    case 'request_extension':
      return { days: payload.days };
    case 'reject':
      return { competentBody: payload.competentBody };
    case 'request_supplement':
      return { count: Array.isArray(payload.items) ? payload.items.length : 0 };
    case 'recalculate_deadlines':
      // the applicant's own due days and why they moved
      return { reason: payload.reason, before: payload.before, after: payload.after, held: payload.held };
    default:
      return {};
  }
}
