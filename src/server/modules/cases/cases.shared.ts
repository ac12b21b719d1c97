/**
 * What the cases' services (commands, queries, files, sweeper) share: the case as its readers see
 * it (`CaseReader`, one instance per process, built in services.ts), the writing of the action
 * log and of the row's projection, and small rules of who sees and acts on a case.
 */
import { bureauDecides, chainOf, mayAct, REVIEW_STEPS, agencyOnly, type ItemOwnership } from '../../../domain/authority.js';
import { ACTION_ACTOR, CASE_ACTIONS, CASE_STATUSES, FINAL_STATUSES, allowedActions, reduceCase, type CaseAction, type CaseActionType, type CaseState } from '../../../domain/case.js';
import { computeClock, dueChange, type Clock } from '../../../domain/clock.js';
import { toShanghaiDate, type WorkingCalendar } from '../../../domain/calendar.js';
import { maskIdNumber, maskPhone } from '../../../domain/identifiers.js';
import { formForSituation, formRows, materialFields, itemForm, validateForm } from '../../../domain/forms.js';
import type { Permission } from '../../../domain/roles.js';
import { audit } from '../../platform/audit.js';
import { auditActor, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import { isUniqueViolation, type Db, type Executor, type Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { outboxInsert } from '../../platform/outbox.js';
import { BUREAU_NAME } from '../../platform/pdf.js';
import { agentAuthorisation } from '../auth/identity.js';
import { identityOnRecord } from '../auth/users.js';
import { FIRST_REVISION, type CalendarService } from '../calendar/calendar.service.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import { findDepartment } from '../org/org.queries.js';
import * as repo from './cases.repository.js';
import type { OnBehalfOf } from './cases.schemas.js';

/** A case_actions row as the reducer reads it (for modules that read logs in bulk, e.g. the analytics rebuild). */
export { toCaseAction } from './cases.repository.js';

/** Who starts applications and uploads their materials: applicants, agents and window clerks. */
export const APPLY = ['case.apply', 'case.agent', 'case.window'] as const satisfies readonly Permission[];

export type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.findCase>>>;
export type ItemForCase = Awaited<ReturnType<CatalogService['publishedItem']>>;
type CaseFile = repo.CaseMaterialFile;
/** What a caller already read of a case, so the view does not read it again. */
export type ViewKnown = { item?: ItemForCase; actions?: CaseAction[]; files?: CaseFile[] };

/** What the reader needs (wired once, in services.ts: docs/adr/0017). */
export interface CaseReaderDeps {
  db: Db;
  catalog: CatalogService;
  calendar: CalendarService;
  now: () => Date;
}

/** A case as its readers see it: who may see it, the item it follows, its view and answer. One instance per process. */
export class CaseReader {
  constructor(private readonly d: CaseReaderDeps) {}

  async publishedItem(code: string, path: string): Promise<ItemForCase> {
    try {
      return await this.d.catalog.publishedItem(code);
    } catch (err) {
      if (err instanceof DomainError && err.status === 404) throw badRequest('REQUEST.INVALID', '事项不存在或尚未发布', [{ path, message: '事项不存在' }]);
      throw err;
    }
  }

  /** The item version the case was applied for (immutable, cached by the catalog). */
  itemOf(row: CaseRow, ex: Executor = this.d.db): Promise<ItemForCase> {
    return this.d.catalog.confirmedItem(row.item_code, row.item_version, ex);
  }

  /** The case with its log and files, read in one statement: 404 unless the caller sees it. */
  async visibleWithLog(actor: Actor, caseNo: string): Promise<{ row: CaseRow; actions: CaseAction[]; files: CaseFile[] }> {
    const user = requireUser(actor);
    const found = await repo.caseWithLog(this.d.db, caseNo);
    if (!found || !canSee(user, found.row)) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return found;
  }

  async visibleCase(actor: Actor, caseNo: string): Promise<CaseRow> {
    const user = requireUser(actor);
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row || !canSee(user, row)) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return row;
  }

  /** The body that decides the item and signs its documents: the bureau for 划转 items, the owning agency otherwise. */
  async deciderName(item: ItemOwnership, ex: Executor = this.d.db): Promise<string> {
    return bureauDecides(item) ? BUREAU_NAME : ((await findDepartment(ex, item.departmentCode))?.name ?? item.departmentCode);
  }

  /** 403 naming who acts on the case instead, for an officer who holds the duty but not for this item. */
  async outOfScope(ex: Executor, user: UserActor, item: ItemOwnership, type: CaseActionType) {
    const owner = (await findDepartment(ex, item.departmentCode))?.name ?? item.departmentCode;
    const detail = `"${CASE_ACTIONS[type]}"须由该事项的${bureauDecides(item) ? '承办科室（或局长、分管局领导）' : '进驻部门人员'}办理，${user.displayName}无此权限`;
    if (!bureauDecides(item)) return new DomainError('CASE.OUT_OF_SCOPE', 403, `该事项由${owner}审查决定（进驻大厅、由进驻人员办理），本局人员不能作出决定`, [], detail);
    return new DomainError('CASE.OUT_OF_SCOPE', 403, `该办件属于${owner}的事项，只能由${owner}办理`, [], detail);
  }

  /**
   * Who the application is for: the caller online; the party a window clerk typed; or, for an
   * agent, the company of a registered authorisation valid today (`filing`: an application on its
   * own, or an item of a project).
   */
  /** `authorisationPath`: where an agent's authorisation was named, for the error (the body's `onBehalfOf.authorisationId`, or a query's) */
  async applicantFor(user: UserActor, onBehalf: OnBehalfOf | undefined, filing: 'case' | { project: null }, authorisationPath = 'onBehalfOf.authorisationId') {
    const roles = user.roles.map((r) => r.role);
    if (onBehalf) {
      if (roles.includes('window_clerk')) {
        const { kind, name } = onBehalf;
        const missing = [
          ...(kind ? [] : [{ path: 'onBehalfOf.kind', message: '请选择申请人类型' }]),
          ...(name ? [] : [{ path: 'onBehalfOf.name', message: '请填写申请人名称' }]),
          ...(kind === 'person' && !onBehalf.idNumber ? [{ path: 'onBehalfOf.idNumber', message: '自然人须填写身份证号' }] : []),
          ...(kind === 'organisation' && !onBehalf.creditCode ? [{ path: 'onBehalfOf.creditCode', message: '法人或其他组织须填写统一社会信用代码' }] : []),
        ];
        if (!kind || !name || missing.length) throw badRequest('REQUEST.INVALID', '窗口代为申请须填写申请人类型、名称和证件号码', missing);
        return { channel: 'window' as const, userId: null, kind, name, idNumber: onBehalf.idNumber ?? null, creditCode: onBehalf.creditCode ?? null, phone: onBehalf.phone ?? null, authorisationId: null };
      }
      if (roles.includes('agent')) {
        if (!onBehalf.authorisationId)
          throw badRequest('AGENCY.AUTHORISATION_REQUIRED', '代办须依据企业的授权委托：请选择已登记的授权委托书', [{ path: 'onBehalfOf.authorisationId', message: '请选择授权委托书' }]);
        const today = toShanghaiDate(this.d.now());
        const a = await agentAuthorisation(this.d.db, user, onBehalf.authorisationId, { today, projectId: filing === 'case' ? 'case' : filing.project, path: authorisationPath });
        return { channel: 'agent' as const, userId: null, kind: 'organisation' as const, name: a.companyName, idNumber: null, creditCode: a.creditCode, phone: onBehalf.phone ?? null, authorisationId: a.id };
      }
      throw forbidden('只有窗口人员和代办员可以代为申请');
    }
    if (user.userKind === 'staff') throw badRequest('REQUEST.INVALID', '工作人员代为申请须填写申请人信息', [{ path: 'onBehalfOf', message: '缺少申请人信息' }]);
    const me = await identityOnRecord(this.d.db, user.userId);
    return {
      channel: 'online' as const,
      userId: user.userId,
      kind: user.userKind === 'organisation' ? ('organisation' as const) : ('person' as const),
      name: me.display_name,
      idNumber: me.id_number,
      creditCode: me.credit_code,
      phone: me.phone,
      authorisationId: null,
    };
  }

  async view(row: CaseRow, ex: Executor, known: ViewKnown = {}) {
    const actions = known.actions ?? (await repo.actionsOf(ex, row.case_no));
    const files = known.files ?? (await repo.materialsOf(ex, row.case_no));
    const state = reduceCase(actions, { submittedMaterials: submittedCodes(files) });
    const now = this.d.now();
    const clock = computeClock(state.clockEvents, row.limits, toShanghaiDate(now), await this.d.calendar.calendar());
    const item = known.item ?? (await this.itemOf(row));
    const lastNotice = [...actions].reverse().find((a) => a.type === 'request_supplement');
    const flagged = lastNotice?.type === 'request_supplement' && state.status === 'supplement_requested' ? lastNotice.payload.items : [];
    // the materials the situations ask for, those with a file, and those an attachment field of the form names
    const shown = new Set([...requiredMaterials(item, row.situation_codes), ...files.map((f) => f.material_code), ...materialFields(caseForm(item, row).def).map((m) => m.material)]);
    return {
      state,
      item,
      body: {
        caseNo: row.case_no,
        itemCode: row.item_code,
        itemName: row.item_name,
        departmentCode: row.department_code,
        channel: row.channel,
        status: state.status,
        statusName: CASE_STATUSES[state.status],
        version: state.version,
        clock,
        actions: actions.map((a) => ({ seq: a.seq, type: a.type, name: CASE_ACTIONS[a.type], at: a.at, on: a.on, actorName: a.actorName, payload: a.payload as Record<string, unknown> })),
        applicant: {
          kind: row.applicant_kind,
          name: row.applicant_name,
          idNumber: row.applicant_id_number ? maskIdNumber(row.applicant_id_number) : null,
          creditCode: row.applicant_credit_code,
          phone: row.applicant_phone ? maskPhone(row.applicant_phone) : null,
        },
        authorisationId: row.agency_authorisation_id,
        situation: row.situation_codes,
        form: row.form,
        ...formView(item, row, files),
        licence: row.licence_no && row.licence_purpose ? { no: row.licence_no, purpose: row.licence_purpose } : null,
        materials: item.materials
          .filter((m) => shown.has(m.code))
          .map((m) => {
            const mine = files.filter((f) => f.material_code === m.code);
            const stateOf = state.pendingMaterials.some((p) => p.materialCode === m.code)
              ? 'pending'
              : state.commitments.some((c) => c.materialCode === m.code)
                ? 'committed'
                : flagged.some((f) => f.materialCode === m.code)
                  ? 'flagged'
                  : state.passedMaterials.includes(m.code)
                    ? 'passed'
                    : mine.length
                      ? 'uploaded'
                      : 'missing';
            return {
              code: m.code,
              name: m.name,
              requirement: m.requirement,
              toleranceAllowed: m.toleranceAllowed,
              commitmentAllowed: m.commitmentAllowed,
              files: mine.map((f) => ({ id: f.id, name: f.name, mediaType: f.media_type, size: f.size, sha256: f.sha256, reused: f.reused, at: f.created_at.toISOString() })),
              state: stateOf as 'missing' | 'uploaded' | 'flagged' | 'passed' | 'pending' | 'committed',
            };
          }),
        flaggedMaterials: flagged,
        pendingMaterials: state.pendingMaterials,
        commitments: state.commitments,
        extension: state.extension,
        assignee: state.assignee,
        steps: item.steps.map((st, i) => ({ name: st.name, role: st.role, days: st.days, due: clock.stepDues[i] ?? null })),
        review: {
          decidedBy: bureauDecides(item) ? ('bureau' as const) : ('agency' as const),
          deciderName: await this.deciderName(item, ex),
          chain: chainOf(item.steps).map((step) => ({ step, name: REVIEW_STEPS[step] })),
          opinions: state.opinions.map((o) => ({ ...o, name: REVIEW_STEPS[o.step] })),
        },
        createdAt: row.created_at.toISOString(),
      },
    };
  }

  /** The case as `get` answers it; `known` is what the caller already read (the item, the log), so it is not read again. */
  async present(user: UserActor, row: CaseRow, known: ViewKnown = {}) {
    const view = await this.view(row, this.d.db, known);
    // the officer who holds the case is not offered to take it again
    const allowed = allowedActions(view.state).filter((t) => mayTake(user, row, t, view.item) && !(t === 'take' && view.state.assignee?.userId === user.userId));
    return {
      ...view.body,
      queryCode: isApplicantSide(user, row) || isStaff(user) ? row.query_code : undefined,
      // the officers see a regulator's blacklisting; the applicant's screens do not carry it
      creditFlag: isStaff(user) ? row.credit_flag : null,
      allowedActions: allowed,
    };
  }
}

/** What an append knows to rewrite the case row's projection with it: the row and the log before it under the row lock, the submitted materials, the calendar. */
export interface Projecting {
  row: CaseRow;
  earlier: CaseAction[];
  submitted: string[];
  calendar: WorkingCalendar;
}

/**
 * Append an action, audit it and emit its event, in the caller's transaction and in one statement
 * (the audit's, with the append and the event as its writes). With `project`, the row's projection
 * is rewritten from the log the action ends in that statement too.
 */
export async function appendAction(trx: Trx, caseNo: string, a: Pick<CaseAction, 'type' | 'payload'>, user: UserActor | null, version: number, now: Date, project?: Projecting): Promise<CaseAction> {
  const action = {
    seq: version + 1,
    type: a.type,
    at: now.toISOString(),
    on: toShanghaiDate(now),
    actorId: user?.userId ?? null,
    actorName: user ? user.displayName : '系统',
    payload: a.payload,
  } as CaseAction;
  const writes = [
    repo.actionInsert(trx, caseNo, action),
    ...(project ? [repo.projectionUpdate(trx, caseNo, projectionOf(project.row, [...project.earlier, action], project.submitted, now, project.calendar).set)] : []),
    outboxInsert(trx, { topic: `case.${a.type}`, subject: caseNo, payload: { caseNo, seq: action.seq, type: a.type, at: action.at }, dedupeKey: `case:${caseNo}:${action.seq}` }),
  ];
  try {
    await audit(trx, user ? auditActor(user) : { id: null, name: 'system:sweeper', ip: null }, { action: `case.${a.type}`, targetType: 'case', targetId: caseNo, after: { seq: action.seq, ...a.payload } }, writes);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('CASE.STALE', '办件已被他人处理，请刷新后重试');
    throw err;
  }
  return action;
}

/** Rewrite the case row's projection from the log and the clock, reading the row, its log and its submitted materials. */
export async function projectCase(trx: Trx, caseNo: string, now: Date, calendar: WorkingCalendar): Promise<{ state: CaseState; clock: Clock }> {
  const row = await repo.findCase(trx, caseNo);
  if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
  const p = projectionOf(row, await repo.actionsOf(trx, caseNo), await repo.submittedMaterialCodes(trx, caseNo), now, calendar);
  await repo.updateProjection(trx, caseNo, p.set);
  return p;
}

/** The case's state and clock from its log, and the row's projection of them. */
function projectionOf(row: CaseRow, actions: CaseAction[], submitted: string[], now: Date, calendar: WorkingCalendar): { state: CaseState; clock: Clock; set: repo.Projection } {
  const state = reduceCase(actions, { submittedMaterials: submitted });
  const clock = computeClock(state.clockEvents, row.limits, toShanghaiDate(now), calendar);
  return {
    state,
    clock,
    set: {
      version: state.version,
      status: state.status,
      clock_state: clock.state,
      assignee_id: state.assignee?.userId ?? null,
      received_on: clock.receivedAt,
      acceptance_due: clock.acceptanceDue,
      promised_due: clock.promisedDue,
      decision_due: clock.decisionDue,
      updated_at: now,
    },
  };
}

/**
 * Bring a locked case from the calendar revision its due days were computed on to `calendar`'s:
 * when a due day changes, append the system's `recalculate_deadlines` (old and new days, the
 * reason, the days that changed; a due day the new calendar would bring earlier is kept as told),
 * and record the revision. A case already on a newer revision than this process knows is left
 * alone, and the cached calendar dropped.
 */
export async function recalculate(trx: Trx, calendars: CalendarService, row: CaseRow, actions: CaseAction[], calendar: WorkingCalendar, now: Date): Promise<CaseAction | null> {
  const revision = calendars.revisionOf(calendar);
  const from = row.calendar_revision ?? FIRST_REVISION;
  if (from > revision) calendars.invalidate();
  if (from >= revision) return null;
  const state = reduceCase(actions);
  let action: CaseAction | null = null;
  if (state.status !== 'draft' && !FINAL_STATUSES.includes(state.status)) {
    const old = await calendars.changeSince(trx, row.calendar_revision, revision);
    const change = dueChange(state.clockEvents, row.limits, toShanghaiDate(now), old.calendar, calendar);
    if (change) action = await appendAction(trx, row.case_no, { type: 'recalculate_deadlines', payload: { reason: old.reason, ...change } }, null, state.version, now);
  }
  await repo.setCalendarRevision(trx, row.case_no, revision);
  return action;
}

/** The case's applicant, or whoever filed it for them (a window clerk, an agent). */
export function isApplicantSide(user: UserActor, row: CaseRow): boolean {
  return row.applicant_user_id === user.userId || row.filed_by === user.userId;
}

export function isStaff(user: UserActor): boolean {
  return user.permissions.some((p) => p === 'case.window' || p === 'case.review' || p === 'case.decide' || p === 'case.approve_extension');
}

/** The applicant side, the bureau's staff, and an agency's stationed officers for their agency's cases. */
export function canSee(user: UserActor, row: CaseRow): boolean {
  if (isApplicantSide(user, row)) return true;
  const agencies = agencyOnly(user.roles);
  return isStaff(user) && (!agencies || agencies.includes(row.department_code));
}

/** Whether this user may take this action on this case (the status aside): the duty, held for the item's owner. */
export function mayTake(user: UserActor, row: CaseRow, type: CaseActionType, item: ItemOwnership): boolean {
  const who = ACTION_ACTOR[type];
  if (who === 'system') return false;
  if (who === 'applicant') return isApplicantSide(user, row);
  return user.permissions.includes(who) && mayAct(user.roles, item, who);
}

/** The case's form as the views carry it: the version's definition, the rows a person reads, what is still wrong. */
function formView(item: ItemForCase, row: { item_version: number; status: string; form: Record<string, unknown>; situation_codes: string[] }, files: readonly { material_code: string; name: string }[]) {
  const def = itemForm(item);
  return {
    formVersion: row.item_version,
    formDefinition: { schema: def.schema, ui: def.ui },
    formRows: caseFormRows(item, row, files),
    formIssues: row.status === 'draft' ? caseFormIssues(item, row, [...new Set(files.map((f) => f.material_code))]) : [],
  };
}

/** The case's form as its 办理情形 show it: fields the situations hide are neither required nor displayed. */
function caseForm(item: ItemForCase, row: { form: Record<string, unknown>; situation_codes: string[] }) {
  return formForSituation(itemForm(item), row.situation_codes, row.form);
}

/** The rows a person reads, attachment fields naming the files of their material. */
export function caseFormRows(item: ItemForCase, row: { form: Record<string, unknown>; situation_codes: string[] }, files: readonly { material_code: string; name: string }[]) {
  const { def, data } = caseForm(item, row);
  const attached: Record<string, string[]> = {};
  for (const f of files) (attached[f.material_code] ??= []).push(f.name);
  return formRows(def, data, attached);
}

/** What is still wrong with the case's form; an attachment field is satisfied when its material has a file (`withFile`). */
export function caseFormIssues(item: ItemForCase, row: { form: Record<string, unknown>; situation_codes: string[] }, withFile: readonly string[]) {
  const { def, data } = caseForm(item, row);
  return validateForm(def, data, { materialsWithFile: withFile });
}

export function requiredMaterials(item: ItemForCase, situation: string[]): string[] {
  const added = new Set(item.situations.filter((s) => situation.includes(s.code)).flatMap((s) => s.materialCodes));
  return item.materials.filter((m) => m.requirement === 'required' || added.has(m.code)).map((m) => m.code);
}

export function submittedCodes(files: CaseFile[]): string[] {
  return [...new Set(files.map((f) => f.material_code))];
}
