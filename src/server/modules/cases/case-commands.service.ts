/**
 * What changes a case (办件): an application from its draft, each action on the log with its rules,
 * the fees' actions, the delivered 补正 notice; and the listeners told about what was committed.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { bureauDecides, chainBlock, chainOf, decidesOnTheSpot, REVIEW_STEPS, stepOf } from '../../../domain/authority.js';
import {
  ACTION_ACTOR,
  CASE_ACTIONS,
  CASE_STATUSES,
  allowedActions,
  feeActionAllowed,
  pauseName,
  reduceCase,
  supplementRefusal,
  type ActionPayloads,
  type CaseAction,
  type CaseActionType,
  type CaseState,
  type FeeActionType,
} from '../../../domain/case.js';
import type { PauseKind } from '../../../domain/clock.js';
import { toShanghaiDate, type WorkingCalendar } from '../../../domain/calendar.js';
import { meetsRealNameLevel, REALNAME_LEVELS } from '../../../domain/catalog-terms.js';
import { formForSituation, itemForm } from '../../../domain/forms.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Executor, Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { provenStanding, realNameLevel } from '../auth/identity.js';
import { holderIn } from '../auth/users.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { refuseNotStationed } from '../catalog/catalog.service.js';
import * as repo from './cases.repository.js';
import type { ActionBody, EditDraftBody, OnBehalfOf } from './cases.schemas.js';
import {
  APPLY,
  appendAction,
  canSee,
  caseFormIssues,
  isApplicantSide,
  mayTake,
  recalculate,
  requiredMaterials,
  submittedCodes,
  type CaseReader,
  type CaseRow,
  type ItemForCase,
} from './cases.shared.js';

const QUERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** What the commands need from outside (wired once, in services.ts: docs/adr/0017). */
export interface CaseCommandsDeps {
  db: Db;
  reader: CaseReader;
  calendar: CalendarService;
  now: () => Date;
  log?: Logger;
  /** the rules other modules own that a case is decided by; required, so no instance skips them unawares */
  policies: CasePolicies;
  /** told about every committed command's actions, in this order (documents, licences, experts, analytics) */
  listeners: readonly CaseActionListener[];
}


/** The licence a change (变更) or renewal (延续) application concerns. */
export interface LicenceLink {
  no: string;
  purpose: 'change' | 'renewal';
}


/** What an application starts from (`create`). */
export interface DraftInput {
  itemCode: string;
  situation?: string[];
  form?: Record<string, unknown>;
  onBehalfOf?: OnBehalfOf;
  licence?: LicenceLink;
  /** an item of a new project (set by the projects module): a project-scope authorisation covers it */
  inProject?: boolean;
}

/** A draft application checked and ready to insert (`prepareDraft` → `insertDraft`). */
export interface PreparedDraft {
  user: UserActor;
  item: ItemForCase;
  situation: string[];
  applicant: Awaited<ReturnType<CaseReader['applicantFor']>>;
  input: DraftInput;
  calendar: WorkingCalendar;
  now: Date;
  creditFlag: string | null;
}

/** Checks that an application may concern that licence (the licences' rule); throws 400 naming the field. */
export type LicenceRule = (input: LicenceLink & { itemCode: string; applicant: { userId: string | null; idNumber: string | null; creditCode: string | null }; today: string }) => Promise<void>;

/** Whether any of an applicant's identifiers is on a regulator's blacklist: the reason, or null (the exchange's check). */
export type CreditCheck = (holderIds: string[]) => Promise<string | null>;

/** Throws (409) when a case may not be approved yet, e.g. while an external trading milestone is unrecorded (the projects' check); reads only through `trx`. */
export type ApprovalCheck = (trx: Trx, at: { caseNo: string; item: ItemForCase }) => Promise<void>;

/** Told about the actions a committed command appended (documents, licences); may run again for the same action. */
export type CaseActionListener = (caseNo: string, actions: CaseAction[]) => Promise<void>;

/** How a special procedure (#8) takes the art. 45 pause of its kind: see `CaseCommandsService.act`. */
export interface ProcedureStep {
  kind: PauseKind;
  /** act on whatever version the case is at (the procedure's own rows carry its consistency) */
  anyVersion?: boolean;
  /** the procedure's own writes, in the action's transaction; `seq` is the appended action's */
  write?: (trx: Trx, at: { caseNo: string; seq: number; state: CaseState; row: CaseRow }) => Promise<void>;
}

/** Throws (409) when a pause of its kind may not be ended by hand now, e.g. while the procedure's own record is open. */
export type PauseGuard = (trx: Trx, caseNo: string) => Promise<void>;

/** The rules of other modules a case is decided by (createServices wires them; a constructor argument, never set later). */
export interface CasePolicies {
  /** change and renewal applications checked against their licence (the licences'); null: this system issues none, such applications are refused */
  licenceRule: LicenceRule | null;
  /** a new application's applicant against the regulators' blacklist (信用联合惩戒; the exchange's) */
  creditCheck: CreditCheck;
  /** what must be done before a case may be approved (the projects' external trading milestones) */
  approvalCheck: ApprovalCheck;
  /** how a special procedure (inspections, expert review) keeps its pause from being ended by hand (`end_pause` without `procedure`) */
  pauseGuards: Partial<Record<PauseKind, PauseGuard>>;
}

/**
 * Every policy off, said out loud: for the demo seed, which writes the bureau's history as it
 * happened, and for tests that check the cases module alone.
 */
export const NO_POLICIES: CasePolicies = {
  licenceRule: null,
  creditCheck: async () => null,
  approvalCheck: async () => undefined,
  pauseGuards: {},
};

/** Commands on cases: each checks the caller's right and the case's state, and writes under the case's row lock. */
export class CaseCommandsService {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly d: CaseCommandsDeps) {}

  /** Wait until the listeners have seen every action committed so far (of one case, or all). */
  async settled(caseNo?: string): Promise<void> {
    if (caseNo) await this.running.get(caseNo);
    else await Promise.all(this.running.values());
  }

  /**
   * Run the listeners after a committed command, with the actions it appended, in the background
   * (the answer does not wait for PDFs), one case's in order. A listener that fails is logged and
   * left to its own catch-up (each keeps its work idempotent per action). Also for actions appended
   * outside these commands, once their transaction committed: the sweeper's, a fee action that ended the case (`fee_lapse`).
   */
  committed(caseNo: string, actions: CaseAction[]): void {
    if (this.d.listeners.length === 0) return;
    const run = async () => {
      for (const listener of this.d.listeners) {
        try {
          await listener(caseNo, actions);
        } catch (err) {
          this.d.log?.error({ err, caseNo, seq: actions.map((a) => a.seq) }, 'case action listener failed; its catch-up will redo it');
        }
      }
    };
    const p = (this.running.get(caseNo) ?? Promise.resolve()).then(run);
    this.running.set(caseNo, p);
    void p.finally(() => {
      if (this.running.get(caseNo) === p) this.running.delete(caseNo);
    });
  }

  /** Start an application as a draft: online by the applicant, at a window by a clerk, or by an agent for a company. */
  async create(actor: Actor, input: DraftInput) {
    const draft = await this.prepareDraft(actor, input);
    const caseNo = await this.d.db.transaction().execute((trx) => this.insertDraft(trx, draft));
    return this.d.reader.present(draft.user, await this.d.reader.visibleCase(actor, caseNo), { item: draft.item });
  }

  /**
   * Everything `create` checks and reads before it writes (the item, situations, applicant, licence,
   * credit). A parallel-approval project prepares each item's draft, then inserts them all in one
   * transaction with `insertDraft`.
   */
  async prepareDraft(actor: Actor, input: DraftInput): Promise<PreparedDraft> {
    const user = authorizeUser(actor, ...APPLY);
    const item = await this.d.reader.publishedItem(input.itemCode, 'itemCode');
    if (item.disposition === 'cancelled') throw badRequest('CASE.ITEM_NOT_AVAILABLE', '该事项已取消，不再受理', [{ path: 'itemCode', message: '事项已取消' }]);
    if (item.disposition === 'delegated')
      throw badRequest('CASE.ITEM_NOT_AVAILABLE', `该事项已下放，请向${item.delegatedTo ?? '县市区'}行政审批服务局申请`, [{ path: 'itemCode', message: '事项已下放至县市区' }]);
    refuseNotStationed('CASE.NOT_STATIONED', item);
    await this.checkRealNameLevel(this.d.db, user, item);
    const situation = input.situation ?? [];
    checkSituations(item, situation);
    const applicant = await this.d.reader.applicantFor(user, input.onBehalfOf, input.inProject ? { project: null } : 'case');
    const calendar = await this.d.calendar.calendar();
    const now = this.d.now();
    if (input.licence) {
      const licenceRule = this.d.policies.licenceRule;
      if (!licenceRule) throw badRequest('REQUEST.INVALID', '本系统未启用证照', [{ path: 'licence', message: '不可用' }]);
      await licenceRule({ ...input.licence, itemCode: item.code, applicant, today: toShanghaiDate(now) });
      if (!(await provenStanding(this.d.db, user, applicant, toShanghaiDate(now))))
        throw forbidden('办理证照变更、延续须先核验身份：请持身份证或营业执照到窗口绑定账号；代办须有登记在册且在有效期内的企业授权委托');
    }
    const ids = [applicant.idNumber, applicant.creditCode].filter((x): x is string => !!x);
    const creditFlag = ids.length ? await this.d.policies.creditCheck(ids) : null;
    return { user, item, situation, applicant, input, calendar, now, creditFlag };
  }

  /**
   * An item may require a minimum real-name level (实名等级) of whoever applies online — the person at
   * the keyboard, an agent included; a window clerk has the applicant's document in hand. Checked when
   * the draft is made and again when it is submitted (each platform login records the level it proved).
   */
  private async checkRealNameLevel(ex: Executor, user: UserActor, item: ItemForCase) {
    const need = item.minRealNameLevel ?? null;
    if (!need || user.permissions.includes('case.window')) return;
    const have = await realNameLevel(ex, user.userId);
    if (meetsRealNameLevel(have, need)) return;
    throw new DomainError(
      'CASE.REALNAME_LEVEL_TOO_LOW',
      403,
      `该事项网上申请须实名等级${REALNAME_LEVELS[need]}及以上，您的账号${have ? `为${REALNAME_LEVELS[have]}` : '尚未核验身份'}：请通过统一身份认证提升实名等级后再申请，或携带证件到窗口办理`,
      [{ path: 'itemCode', message: `须实名等级 ${need} 及以上` }],
      `required ${need}, account ${have ?? 'none'}`,
    );
  }

  /** Write a prepared draft (its row, its `create` action, its projection) in the caller's transaction; returns the case number. */
  async insertDraft(trx: Trx, { user, item, situation, applicant, input, calendar, now, creditFlag }: PreparedDraft): Promise<string> {
    const no = await repo.nextCaseNo(trx, Number(toShanghaiDate(now).slice(0, 4)));
    const row = await repo.insertCase(trx, {
        case_no: no,
        query_code: queryCode(),
        item_code: item.code,
        item_version: item.version,
        item_name: item.name,
        department_code: item.departmentCode,
        limits: JSON.stringify({ statutoryDays: item.statutoryDays, promisedDays: item.promisedDays, warningDays: item.warningDays, instant: item.instant, stepDays: item.steps.map((st) => st.days) }),
        situation_codes: JSON.stringify(situation),
        // values of fields the situations hide are not kept (domain formForSituation)
        form: JSON.stringify(formForSituation(itemForm(item), situation, input.form ?? {}).data),
        channel: applicant.channel,
        applicant_user_id: applicant.userId,
        applicant_kind: applicant.kind,
        applicant_name: applicant.name,
        applicant_id_number: applicant.idNumber,
        applicant_credit_code: applicant.creditCode,
        applicant_phone: applicant.phone,
        filed_by: user.userId,
        agency_authorisation_id: applicant.authorisationId,
        licence_no: input.licence?.no ?? null,
        credit_flag: creditFlag,
        licence_purpose: input.licence?.purpose ?? null,
        created_at: now,
        status: 'draft',
        clock_state: 'not_started',
        calendar_revision: this.d.calendar.revisionOf(calendar),
      });
    // what was just written is the whole case: nothing to read back
    await appendAction(trx, no, { type: 'create', payload: {} }, user, 0, now, { row, earlier: [], submitted: [], calendar });
    return no;
  }

  /** Change a draft's situations and form before it is submitted; the applicant's side only. */
  async editDraft(actor: Actor, caseNo: string, input: EditDraftBody) {
    const user = requireUser(actor);
    const done = await this.d.db.transaction().execute(async (trx) => {
      const row = await repo.findCaseForUpdate(trx, caseNo);
      if (!row || !canSee(user, row)) throw notFound('CASE.NOT_FOUND', '办件不存在');
      if (!isApplicantSide(user, row)) throw forbidden('只有申请人或代为申请的人员可以修改草稿');
      if (row.status !== 'draft') throw conflict('CASE.NOT_DRAFT', '办件已提交，不能再修改办理情形和申请信息', `办件状态：${CASE_STATUSES[row.status as keyof typeof CASE_STATUSES] ?? row.status}`);
      const item = await this.d.reader.itemOf(row, trx);
      if (input.situation) checkSituations(item, input.situation);
      const situation = input.situation ?? row.situation_codes;
      const form = formForSituation(itemForm(item), situation, input.form ?? row.form).data;
      await repo.updateDraft(trx, caseNo, situation, form, this.d.now());
      await audit(trx, auditActor(user), { action: 'case.edit_draft', targetType: 'case', targetId: caseNo, before: { situation: row.situation_codes, form: row.form }, after: { situation, form } });
      return { row: { ...row, situation_codes: situation, form }, item };
    });
    return this.d.reader.present(user, done.row, { item: done.item });
  }

  /**
   * Take one action on a case, checking the status, the actor's right, the version read and the action's own rules.
   * A special procedure (inspection, expert review…) passes `procedure`: it has checked its caller's own right
   * (an inspector may end the inspection's pause without `case.review`), may act on the current version, and
   * writes its own rows with `write` in the action's transaction, after the checks and the append.
   */
  async act(actor: Actor, caseNo: string, body: ActionBody, procedure?: ProcedureStep) {
    const user = requireUser(actor);
    const now = this.d.now();
    // the calendar is cached; everything else is read under the case's row lock, with the transaction's own connection
    const calendar = await this.d.calendar.calendar();
    const done = await this.d.db.transaction().execute(async (trx) => {
      const locked = await repo.lockCase(trx, caseNo);
      // a procedure's caller (the inspection centre, an inspector) was checked by its service, and may not see cases otherwise
      if (!locked || (!procedure && !canSee(user, locked.row))) throw notFound('CASE.NOT_FOUND', '办件不存在');
      const { row, actions: logged } = locked;
      const item = await this.d.reader.itemOf(row, trx);
      // a calendar changed since the due days were computed: the system's recalculation comes first, and the caller's version stands
      const recalculated = await recalculate(trx, this.d.calendar, row, logged, calendar, now);
      const actions = recalculated ? [...logged, recalculated] : logged;
      const { files } = locked;
      const submitted = submittedCodes(files);
      const state = reduceCase(actions, { submittedMaterials: submitted });
      const allowed = allowedActions(state);
      if (!allowed.includes(body.type)) throw illegal(state, body.type, allowed.filter((t) => mayTake(user, row, t, item)));
      if (procedure) {
        if (procedure.kind !== (body.type === 'start_pause' ? body.kind : state.openPause?.kind))
          throw new DomainError('CASE.PAUSE_MISMATCH', 409, `办件当前的特别程序不是"${pauseName(procedure.kind)}"`);
        // a reviewer starts a special procedure (踏勘, 专家评审) only on their own division's cases; its end comes from the inspectors or the panel
        if (body.type === 'start_pause' && user.permissions.includes('case.review') && !mayTake(user, row, 'start_pause', item)) throw await this.d.reader.outOfScope(trx, user, item, body.type);
      } else if (!mayTake(user, row, body.type, item)) {
        const who = ACTION_ACTOR[body.type];
        if (who !== 'applicant' && who !== 'system' && user.permissions.includes(who)) throw await this.d.reader.outOfScope(trx, user, item, body.type);
        throw forbidden(`"${CASE_ACTIONS[body.type]}"不属于当前用户的职责`);
      }
      if (body.expectedVersion !== (procedure?.anyVersion ? body.expectedVersion : state.version - (recalculated ? 1 : 0)))
        throw stale(state, allowed.filter((t) => mayTake(user, row, t, item)));
      if (!procedure && body.type === 'end_pause' && state.openPause) await this.d.policies.pauseGuards[state.openPause.kind]?.(trx, caseNo);
      // 即办件: decided on the spot at acceptance, by a clerk of the item's own department (otherwise the owner decides it)
      const onTheSpot = body.type === 'accept' && item.instant && decidesOnTheSpot(user.roles, item);
      if (body.type === 'approve' || onTheSpot) await this.d.policies.approvalCheck(trx, { caseNo, item });
      const version = state.version;
      const { expectedVersion: _v, type, ...payload } = body;
      const extra = await this.checkAction(trx, row, item, state, body, now, { actions, submitted, user });
      // under the row lock the log is what was read plus what was appended: the last append rewrites the projection from it
      const project = (earlier: CaseAction[]) => ({ row, earlier, submitted, calendar });
      const log = [...actions, await appendAction(trx, caseNo, { type, payload: { ...payload, ...extra } } as Pick<CaseAction, 'type' | 'payload'>, user, version, now, onTheSpot ? undefined : project(actions))];
      if (procedure?.write) await procedure.write(trx, { caseNo, seq: version + 1, state, row });
      if (onTheSpot)
        log.push(await appendAction(trx, caseNo, { type: 'approve', payload: { opinion: '即办件，当场办结' } }, user, state.version + 1, now, project([...log])));
      if (type === 'commit_promise') await repo.upsertFollowup(trx, caseNo, body.materialCode, body.checkDue);
      return { row, item, actions: log, files, version };
    });
    this.committed(caseNo, done.actions.filter((a) => a.seq > done.version));
    // answer with what the transaction read (the row's fixed fields are all the view reads from it)
    return this.d.reader.present(user, done.row, done);
  }

  /** Rules of single actions beyond the status: materials, dates, people. Returns what the log records beyond the request. */
  private async checkAction(
    trx: Trx,
    row: CaseRow,
    item: ItemForCase,
    state: CaseState,
    body: ActionBody,
    now: Date,
    known: { actions: CaseAction[]; submitted: string[]; user: UserActor },
  ): Promise<Record<string, unknown>> {
    const materialCodes = item.materials.map((m) => m.code);
    const today = toShanghaiDate(now);
    switch (body.type) {
      case 'take':
        if (state.assignee?.userId === known.user.userId) throw conflict('CASE.ALREADY_TAKEN', '你已承办该办件', `承办人：${state.assignee.name}`);
        return {};
      case 'submit':
      case 'submit_supplement': {
        // the level is the one the platform proved at the latest login: checked again when the application goes in
        if (body.type === 'submit') await this.checkRealNameLevel(trx, known.user, item);
        // every wrong field at once, checked against the form of the version the case was filled for
        const formErrors = (body.type === 'submit' ? caseFormIssues(item, row, known.submitted) : []).map((i) => ({ path: `form.${i.path}`, message: i.message, field: i.field }));
        const required = requiredMaterials(item, row.situation_codes);
        const have = new Set(known.submitted);
        for (const c of state.commitments) have.add(c.materialCode);
        const wanted = body.type === 'submit' ? required : state.flaggedMaterials;
        const missing = wanted.filter((m) => !have.has(m));
        if (body.type === 'submit_supplement') {
          const since = await this.materialsSince(trx, row.case_no, known.actions);
          const notNew = state.flaggedMaterials.filter((m) => !since.has(m) && !state.commitments.some((c) => c.materialCode === m));
          if (notNew.length) throw badRequest('CASE.MATERIALS_MISSING', '请先上传补正告知书列明的全部材料', notNew.map((m) => ({ path: `materials.${m}`, message: `${nameOf(item, m)} 尚未重新上传` })));
        } else if (missing.length)
          throw badRequest('CASE.MATERIALS_MISSING', '申请材料不齐全，请上传后再提交', [...missing.map((m) => ({ path: `materials.${m}`, message: `缺少 ${nameOf(item, m)}` })), ...formErrors]);
        if (formErrors.length) throw badRequest('CASE.FORM_INVALID', `申请表有 ${formErrors.length} 项填写有误，请修改后再提交`, formErrors);
        return {};
      }
      case 'request_supplement': {
        const refusal = supplementRefusal(state, body.items, materialCodes);
        if (refusal) throw new DomainError('CASE.SUPPLEMENT_REFUSED', 409, refusal);
        return {};
      }
      case 'accept_pending':
        for (const [i, p] of body.pending.entries()) {
          const m = item.materials.find((x) => x.code === p.materialCode);
          if (!m?.toleranceAllowed) throw badRequest('CASE.TOLERANCE_NOT_ALLOWED', '该材料不适用容缺受理', [{ path: `pending.${i}.materialCode`, message: `${p.materialCode} 不允许容缺` }]);
          if (p.dueDate <= today) throw badRequest('REQUEST.INVALID', '容缺材料补齐日期须晚于今天', [{ path: `pending.${i}.dueDate`, message: '日期须晚于今天' }]);
        }
        return {};
      case 'supply_pending': {
        if (!state.pendingMaterials.some((p) => p.materialCode === body.materialCode))
          throw badRequest('REQUEST.INVALID', '该材料不在容缺清单中', [{ path: 'materialCode', message: '不在容缺清单中' }]);
        const since = await this.materialsSince(trx, row.case_no, known.actions);
        if (!since.has(body.materialCode)) throw badRequest('CASE.MATERIALS_MISSING', '请先上传该材料', [{ path: 'materialCode', message: '尚未上传' }]);
        return {};
      }
      case 'commit_promise': {
        const m = item.materials.find((x) => x.code === body.materialCode);
        if (!m?.commitmentAllowed) throw badRequest('CASE.COMMITMENT_NOT_ALLOWED', '该材料不适用告知承诺制', [{ path: 'materialCode', message: `${body.materialCode} 不允许以承诺代替` }]);
        if (body.checkDue <= today) throw badRequest('REQUEST.INVALID', '核查日期须晚于今天', [{ path: 'checkDue', message: '日期须晚于今天' }]);
        return {};
      }
      case 'assign': {
        const target = await holderIn(trx, body.userId, bureauDecides(item) ? ['case_reviewer', 'section_chief'] : ['agency_officer'], item.departmentCode);
        if (!target)
          throw badRequest('REQUEST.INVALID', bureauDecides(item) ? '只能指派给该事项承办科室的审查人员或科长' : '只能指派给该事项进驻部门的人员', [{ path: 'userId', message: '该用户不能审查该办件' }]);
        return { name: target.display_name };
      }
      case 'submit_opinion':
      case 'approve':
      case 'refuse': {
        // the officer's place in the review chain; a decision waits for the deputy's signature where the procedure names it
        const step = stepOf(known.user.roles, item);
        if (!step) throw forbidden(`"${CASE_ACTIONS[body.type]}"不属于当前用户的职责`);
        if (body.type !== 'submit_opinion') {
          const block = chainBlock(chainOf(item.steps), state.opinions, step);
          if (block) throw new DomainError('CASE.SIGNATURE_REQUIRED', 409, block, [], `审批链：${chainOf(item.steps).map((x) => REVIEW_STEPS[x]).join(' → ')}`);
        }
        return { step };
      }
      case 'start_pause':
        if (body.kind === 'inspection' && !item.onSiteInspection)
          throw badRequest('CASE.PAUSE_NOT_APPLICABLE', '该事项目录未规定现场踏勘', [{ path: 'kind', message: '该事项无现场踏勘环节' }]);
        if (body.kind === 'expert_review' && !item.expertReview)
          throw badRequest('CASE.PAUSE_NOT_APPLICABLE', '该事项目录未规定专家评审', [{ path: 'kind', message: '该事项无专家评审环节' }]);
        return {};
      default:
        return {};
    }
  }

  /**
   * Append a fee action (the fees module's, which checked who may take it) under the case's row
   * lock in the caller's transaction: 409 when the case's status does not allow it now. The
   * notice to the applicant leaves through the outbox like any action's.
   */
  async appendFeeAction<T extends FeeActionType>(trx: Trx, caseNo: string, type: T, payload: ActionPayloads[T], user: UserActor | null): Promise<CaseAction> {
    const locked = await repo.lockCase(trx, caseNo);
    if (!locked) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const { row, actions } = locked;
    const submitted = submittedCodes(locked.files);
    const state = reduceCase(actions, { submittedMaterials: submitted });
    if (!feeActionAllowed(state, type)) throw illegal(state, type, []);
    const now = this.d.now();
    return appendAction(trx, caseNo, { type, payload } as Pick<CaseAction, 'type' | 'payload'>, user, state.version, now, { row, earlier: actions, submitted, calendar: await this.d.calendar.calendar() });
  }

  /**
   * The 补正 notice of action `requestSeq` has just reached the applicant (the notices consumer put it
   * in their inbox, in `trx`). When that is a later day than the request's, the log records it: the
   * 一次性告知 binds from its delivery, so the clock measures the wait from then, and the sweeper deems
   * the case accepted when it came after the acceptance period (art. 32). Nothing happens when the
   * case has moved on since, or for an older request.
   */
  async supplementDelivered(trx: Trx, caseNo: string, requestSeq: number): Promise<void> {
    const locked = await repo.lockCase(trx, caseNo);
    if (!locked || locked.row.status !== 'supplement_requested') return;
    const { row, actions } = locked;
    const request = actions.findLast((a) => a.type === 'request_supplement');
    const now = this.d.now();
    if (request?.seq !== requestSeq || toShanghaiDate(now) <= request.on) return;
    if (actions.some((a) => a.seq > requestSeq && a.type === 'supplement_delivered')) return;
    const calendar = await this.d.calendar.calendar();
    const submitted = await repo.submittedMaterialCodes(trx, caseNo);
    const state = reduceCase(actions, { submittedMaterials: submitted });
    // no listener runs: this is inside the consumer's transaction, and nothing is written from it but the clock
    await appendAction(trx, caseNo, { type: 'supplement_delivered', payload: { requestSeq } }, null, state.version, now, { row, earlier: actions, submitted, calendar });
  }

  /** Materials uploaded after the case's last 补正 notice or 容缺 acceptance. */
  private async materialsSince(ex: Executor, caseNo: string, actions: CaseAction[]): Promise<Set<string>> {
    const mark = [...actions].reverse().find((a) => a.type === 'request_supplement' || a.type === 'accept_pending');
    return new Set(await repo.materialCodesSince(ex, caseNo, mark?.seq ?? 0));
  }
}

function illegal(state: CaseState, type: CaseActionType, allowed: CaseActionType[]) {
  return new DomainError(
    'CASE.ILLEGAL_TRANSITION',
    409,
    `办件当前为"${CASE_STATUSES[state.status]}"，不能"${CASE_ACTIONS[type]}"`,
    [],
    allowed.length ? `当前可执行：${allowed.map((t) => `${t}（${CASE_ACTIONS[t]}）`).join('、')}` : '当前没有可执行的操作',
  );
}

function stale(state: CaseState, allowed: CaseActionType[]) {
  return new DomainError('CASE.STALE', 409, '办件已被他人处理，请刷新后重试', [], `当前版本 ${state.version}，状态"${CASE_STATUSES[state.status]}"，可执行：${allowed.join('、') || '无'}`);
}

/** Every chosen situation must be one of the item's, or 400 naming it. */
function checkSituations(item: ItemForCase, situation: string[]): void {
  const unknown = situation.filter((s) => !item.situations.some((x) => x.code === s));
  if (unknown.length) throw badRequest('REQUEST.INVALID', '情形不属于该事项', unknown.map((s) => ({ path: `situation.${situation.indexOf(s)}`, message: `未知情形: ${s}` })));
}

function nameOf(item: ItemForCase, code: string): string {
  return item.materials.find((m) => m.code === code)?.name ?? code;
}

function queryCode(): string {
  const bytes = crypto.randomBytes(6);
  return [...bytes].map((b) => QUERY_ALPHABET.charAt(b % QUERY_ALPHABET.length)).join('');
}
