/**
 * Cases (办件): application, materials, the action log with its rules, the clock, the public
 * lookup and the sweeper that moves cases on time without anyone clicking.
 */
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Logger } from 'pino';
import { agencyOnly, bureauDecides, chainBlock, chainOf, decidesOnTheSpot, mayAct, REVIEW_STEPS, reviewScope, stepOf, type ItemOwnership } from '../../../domain/authority.js';
import {
  ACTION_ACTOR,
  CASE_ACTIONS,
  CASE_STATUSES,
  FINAL_STATUSES,
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
import { computeClock, dueChange, type Clock, type PauseKind } from '../../../domain/clock.js';
import { toShanghaiDate, type WorkingCalendar } from '../../../domain/calendar.js';
import { meetsRealNameLevel, REALNAME_LEVELS } from '../../../domain/catalog-terms.js';
import { maskIdNumber, maskName, maskPhone } from '../../../domain/identifiers.js';
import { dueReminders } from '../../../domain/notice.js';
import { formForSituation, formRows, materialFields, itemForm, prefillForm, validateForm } from '../../../domain/forms.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorize, authorizeUser, requireUser, safeEqual, type Actor, type UserActor } from '../../platform/auth.js';
import type { Permission } from '../../../domain/roles.js';
import { isUniqueViolation, type Db, type Executor, type Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { BUREAU_NAME } from '../../platform/pdf.js';
import { FIRST_REVISION, type CalendarService } from '../calendar/calendar.service.js';
import { agentAuthorisation, provenStanding, realNameLevel } from '../auth/identity.js';
import { refuseNotStationed, type CatalogService } from '../catalog/catalog.service.js';
import * as repo from './cases.repository.js';
import type { ActionBody, EditDraftBody, OnBehalfOf } from './cases.schemas.js';

/** A case_actions row as the reducer reads it (for modules that read logs in bulk, e.g. the analytics rebuild). */
export { toCaseAction } from './cases.repository.js';

/** Largest material file accepted. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ALLOWED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const QUERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.findCase>>>;
type ItemForCase = Awaited<ReturnType<CatalogService['publishedItem']>>;
type CaseFile = Awaited<ReturnType<typeof repo.materialsOf>>[number];
/** What a caller already read of a case, so the view does not read it again. */
type ViewKnown = { item?: ItemForCase; actions?: CaseAction[]; files?: CaseFile[] };
/** A material's file: uploaded, an applicant's file on record (复用), or a licence's data; `within` writes more in the same transaction. */
type AttachInput = { materialCode: string; upload?: () => Promise<{ name: string; content: Buffer }>; fileId?: string; licence?: { name: string; content: Buffer }; within?: (trx: Trx, caseVersion: number) => Promise<void> };

/** What the service needs from outside (wired once, in services.ts: docs/adr/0017). */
export interface CasesDeps {
  db: Db;
  catalog: CatalogService;
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

/** Who starts applications and uploads their materials: applicants, agents and window clerks. */
export const APPLY = ['case.apply', 'case.agent', 'case.window'] as const satisfies readonly Permission[];

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
  applicant: Awaited<ReturnType<CasesService['applicantFor']>>;
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

/** How a special procedure (#8) takes the art. 45 pause of its kind: see `CasesService.act`. */
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

/** Everything about cases. */
export class CasesService {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly d: CasesDeps) {}

  /** Wait until the listeners have seen every action committed so far (of one case, or all). */
  async settled(caseNo?: string): Promise<void> {
    if (caseNo) await this.running.get(caseNo);
    else await Promise.all(this.running.values());
  }

  /**
   * Run the listeners after a committed command, with the actions it appended, in the background
   * (the answer does not wait for PDFs), one case's in order. A listener that fails is logged and
   * left to its own catch-up (each keeps its work idempotent per action).
   */
  private committed(caseNo: string, actions: CaseAction[]): void {
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
    const item = await this.itemOf(row);
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
      issuer: await this.deciderName(item),
    };
  }

  /** The body that decides the item and signs its documents: the bureau for 划转 items, the owning agency otherwise. */
  private async deciderName(item: ItemOwnership, ex: Executor = this.d.db): Promise<string> {
    return bureauDecides(item) ? BUREAU_NAME : ((await repo.departmentName(ex, item.departmentCode)) ?? item.departmentCode);
  }

  /** 403 naming who acts on the case instead, for an officer who holds the duty but not for this item. */
  private async outOfScope(ex: Executor, user: UserActor, item: ItemOwnership, type: CaseActionType) {
    const owner = (await repo.departmentName(ex, item.departmentCode)) ?? item.departmentCode;
    const detail = `"${CASE_ACTIONS[type]}"须由该事项的${bureauDecides(item) ? '承办科室（或局长、分管局领导）' : '进驻部门人员'}办理，${user.displayName}无此权限`;
    if (!bureauDecides(item)) return new DomainError('CASE.OUT_OF_SCOPE', 403, `该事项由${owner}审查决定（进驻大厅、由进驻人员办理），本局人员不能作出决定`, [], detail);
    return new DomainError('CASE.OUT_OF_SCOPE', 403, `该办件属于${owner}的事项，只能由${owner}办理`, [], detail);
  }

  // ---------------------------------------------------------------------- application

  /** Start an application as a draft: online by the applicant, at a window by a clerk, or by an agent for a company. */
  async create(actor: Actor, input: DraftInput) {
    const draft = await this.prepareDraft(actor, input);
    const caseNo = await this.d.db.transaction().execute((trx) => this.insertDraft(trx, draft));
    return this.present(draft.user, await this.visibleCase(actor, caseNo), { item: draft.item });
  }

  /**
   * Everything `create` checks and reads before it writes (the item, situations, applicant, licence,
   * credit). A parallel-approval project prepares each item's draft, then inserts them all in one
   * transaction with `insertDraft`.
   */
  async prepareDraft(actor: Actor, input: DraftInput): Promise<PreparedDraft> {
    const user = authorizeUser(actor, ...APPLY);
    const item = await this.publishedItem(input.itemCode, 'itemCode');
    if (item.disposition === 'cancelled') throw badRequest('CASE.ITEM_NOT_AVAILABLE', '该事项已取消，不再受理', [{ path: 'itemCode', message: '事项已取消' }]);
    if (item.disposition === 'delegated')
      throw badRequest('CASE.ITEM_NOT_AVAILABLE', `该事项已下放，请向${item.delegatedTo ?? '县市区'}行政审批服务局申请`, [{ path: 'itemCode', message: '事项已下放至县市区' }]);
    refuseNotStationed('CASE.NOT_STATIONED', item);
    await this.checkRealNameLevel(this.d.db, user, item);
    const situation = input.situation ?? [];
    checkSituations(item, situation);
    const applicant = await this.applicantFor(user, input.onBehalfOf, input.inProject ? { project: null } : 'case');
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
    const row = await trx
      .insertInto('cases')
      .values({
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
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const created = await this.append(trx, no, { type: 'create', payload: {} }, user, 0, now);
    // what was just written is the whole case: nothing to read back
    await this.project(trx, no, now, calendar, { row, actions: [created], submitted: [] });
    return no;
  }

  /** The filled application form as the 申请表 PDF prints it (documents), against the case's own form version. */
  async applicationOf(caseNo: string) {
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const item = await this.itemOf(row);
    return {
      caseNo,
      itemName: row.item_name,
      applicant: { kind: row.applicant_kind, name: row.applicant_name, idNumber: row.applicant_id_number, creditCode: row.applicant_credit_code },
      on: row.received_on ?? toShanghaiDate(row.created_at),
      formVersion: row.item_version,
      formRows: caseFormRows(item, row, await repo.materialsOf(this.d.db, caseNo)),
      issuer: await this.deciderName(item),
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
    const item = await this.publishedItem(itemCode, 'itemCode');
    if (party && !party.authorisationId && !user.roles.some((r) => r.role === 'window_clerk')) throw forbidden('只有窗口人员可以为窗口前的申请人预填');
    const applicant = await this.applicantFor(user, party, 'case', 'authorisationId');
    const earlier = await this.d.db
      .selectFrom('cases')
      .select('form')
      .$call((q) =>
        !party
          ? q.where('applicant_user_id', '=', user.userId).where('filed_by', '=', user.userId)
          : applicant.kind === 'person'
            ? q.where('applicant_kind', '=', 'person').where('applicant_id_number', '=', applicant.idNumber ?? '')
            : q.where('applicant_kind', '=', 'organisation').where('applicant_credit_code', '=', applicant.creditCode ?? ''),
      )
      .orderBy('created_at', 'desc')
      .limit(20)
      .execute();
    const form = prefillForm(itemForm(item), applicant, earlier.map((r) => r.form));
    return { itemCode: item.code, formVersion: item.version, form };
  }

  /** Change a draft's situations and form before it is submitted; the applicant's side only. */
  async editDraft(actor: Actor, caseNo: string, input: EditDraftBody) {
    const user = requireUser(actor);
    const done = await this.d.db.transaction().execute(async (trx) => {
      const row = await repo.findCaseForUpdate(trx, caseNo);
      if (!row || !canSee(user, row)) throw notFound('CASE.NOT_FOUND', '办件不存在');
      if (!this.isApplicantSide(user, row)) throw forbidden('只有申请人或代为申请的人员可以修改草稿');
      if (row.status !== 'draft') throw conflict('CASE.NOT_DRAFT', '办件已提交，不能再修改办理情形和申请信息', `办件状态：${CASE_STATUSES[row.status as keyof typeof CASE_STATUSES] ?? row.status}`);
      const item = await this.itemOf(row, trx);
      if (input.situation) checkSituations(item, input.situation);
      const situation = input.situation ?? row.situation_codes;
      const form = formForSituation(itemForm(item), situation, input.form ?? row.form).data;
      await trx
        .updateTable('cases')
        .set({ situation_codes: JSON.stringify(situation), form: JSON.stringify(form), updated_at: this.d.now() })
        .where('case_no', '=', caseNo)
        .execute();
      await audit(trx, auditActor(user), { action: 'case.edit_draft', targetType: 'case', targetId: caseNo, before: { situation: row.situation_codes, form: row.form }, after: { situation, form } });
      return { row: { ...row, situation_codes: situation, form }, item };
    });
    return this.present(user, done.row, { item: done.item });
  }

  /** 404 unless the caller sees the case, 403 unless they are its applicant's side: checked before an upload is read. */
  async mayAttach(actor: Actor, caseNo: string): Promise<void> {
    const user = requireUser(actor);
    const row = await this.visibleCase(actor, caseNo);
    if (!this.isApplicantSide(user, row)) throw forbidden('只有申请人或代为申请的人员可以上传材料');
  }

  /**
   * Attach a file (uploaded now, or reused from the applicant's earlier cases) to one material of the case;
   * or a licence from the e-licence library (`licence`: its record as the library answered it, kept as
   * the material's file), with `within` writing the record of its use in the same transaction.
   */
  async attachMaterial(actor: Actor, caseNo: string, input: AttachInput) {
    const { user, item } = await this.attach(actor, caseNo, input);
    return this.present(user, await this.visibleCase(actor, caseNo), { item });
  }

  /** `attachMaterial` without its answer (the case as it now stands): for the demo seed, which attaches thousands and reads none back. */
  async attach(actor: Actor, caseNo: string, input: AttachInput): Promise<{ user: UserActor; item: ItemForCase }> {
    const user = requireUser(actor);
    const row = await this.visibleCase(actor, caseNo);
    if (!this.isApplicantSide(user, row)) throw forbidden('只有申请人或代为申请的人员可以上传材料');
    const item = await this.itemOf(row);
    const material = item.materials.find((m) => m.code === input.materialCode);
    if (!material) throw badRequest('REQUEST.INVALID', '材料不属于该事项', [{ path: 'materialId', message: `未知材料: ${input.materialCode}` }]);
    const owner = ownerKey(row);
    // read and check the file before anything is written
    let source: { fileId: string } | { upload: { name: string; content: Buffer; mime: string; sha256: string } };
    if (input.fileId) {
      const f = await this.d.db.selectFrom('files').select(['id', 'owner_key', 'uploaded_by']).where('id', '=', input.fileId).executeTakeFirst();
      const mine = f?.uploaded_by === user.userId || (await this.provenFor(user, row));
      if (!f || f.owner_key !== owner || !mine) throw badRequest('REQUEST.INVALID', '只能复用本申请人已有的材料', [{ path: 'fileId', message: '文件不存在或不属于该申请人' }]);
      source = { fileId: f.id };
    } else if (input.licence) {
      const { name, content } = input.licence;
      source = { upload: { name: name.slice(0, 200), content, mime: 'application/json', sha256: crypto.createHash('sha256').update(content).digest('hex') } };
    } else if (input.upload) {
      const { name, content } = await input.upload();
      if (content.byteLength === 0) throw badRequest('CASE.FILE_INVALID', '文件为空', [{ path: 'file', message: '文件为空' }]);
      if (content.byteLength > MAX_FILE_BYTES) throw badRequest('CASE.FILE_INVALID', '文件过大（不超过 10 MB）', [{ path: 'file', message: '文件超过 10 MB' }]);
      const type = await fileTypeFromBuffer(content);
      if (!type || !ALLOWED_TYPES.has(type.mime))
        throw badRequest('CASE.FILE_INVALID', '只接受 PDF、JPEG、PNG 文件（按文件内容判断）', [{ path: 'file', message: `文件内容为 ${type?.mime ?? '未知类型'}` }]);
      source = { upload: { name: name.slice(0, 200), content, mime: type.mime, sha256: crypto.createHash('sha256').update(content).digest('hex') } };
    } else throw badRequest('REQUEST.INVALID', '请上传文件或选择已有材料', [{ path: 'file', message: '缺少文件' }]);
    // under the case's row lock: the material must be open now, and the file and its link are written together
    await this.d.db.transaction().execute(async (trx) => {
      const locked = await repo.findCaseForUpdate(trx, caseNo);
      if (!locked) throw notFound('CASE.NOT_FOUND', '办件不存在');
      const state = reduceCase(await repo.actionsOf(trx, caseNo));
      const open =
        state.status === 'draft' ||
        state.status === 'submitted' ||
        (state.status === 'supplement_requested' && state.flaggedMaterials.includes(material.code)) ||
        state.pendingMaterials.some((p) => p.materialCode === material.code);
      if (!open) throw conflict('CASE.MATERIAL_CLOSED', '该材料当前不能上传或更换', `办件状态：${CASE_STATUSES[state.status]}`);
      const reused = 'fileId' in source;
      const fileId = 'fileId' in source ? source.fileId : await this.storeFile(trx, owner, source.upload, user);
      await trx
        .insertInto('case_materials')
        .values({ id: crypto.randomUUID(), case_no: caseNo, material_code: material.code, material_name: material.name, file_id: fileId, reused, case_version: locked.version, created_at: this.d.now() })
        .execute();
      await audit(trx, auditActor(user), { action: 'case.material_attach', targetType: 'case', targetId: caseNo, after: { materialCode: material.code, fileId, reused } });
      if (input.within) await input.within(trx, locked.version);
    });
    return { user, item };
  }

  /** Keep an uploaded file once per applicant: the same content uploaded again is the same file. */
  private async storeFile(trx: Trx, owner: string, u: { name: string; content: Buffer; mime: string; sha256: string }, user: UserActor): Promise<string> {
    const same = await trx.selectFrom('files').select('id').where('owner_key', '=', owner).where('sha256', '=', u.sha256).executeTakeFirst();
    if (same) return same.id;
    const id = crypto.randomUUID();
    await trx
      .insertInto('files')
      .values({ id, owner_key: owner, name: u.name, media_type: u.mime, size: u.content.byteLength, sha256: u.sha256, content: u.content, uploaded_by: user.userId, created_at: this.d.now() })
      .execute();
    return id;
  }

  /**
   * Hand the applicant side of cases to another person who files for the same applicant (the agency
   * centre reassigning a project to another agent), in the caller's transaction, audited per case.
   */
  async transferFiler(trx: Trx, by: UserActor, caseNos: readonly string[], toUserId: string): Promise<void> {
    for (const caseNo of caseNos) {
      const row = await repo.findCaseForUpdate(trx, caseNo);
      if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
      if (row.filed_by === toUserId) continue;
      await trx.updateTable('cases').set({ filed_by: toUserId, updated_at: this.d.now() }).where('case_no', '=', caseNo).execute();
      await audit(trx, auditActor(by), { action: 'case.transfer_filer', targetType: 'case', targetId: caseNo, before: { filedBy: row.filed_by }, after: { filedBy: toUserId } });
    }
  }

  /** The people a chief can assign a review task to: case reviewers and section chiefs (of the caller's own divisions), an agency's officers. */
  async assignees(actor: Actor) {
    const who = authorize(actor, 'case.decide', 'case.review');
    const scope = who.type === 'user' ? reviewScope(who.roles) : null;
    let query = this.d.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.id', 'users.display_name', 'user_roles.role', 'user_roles.department_code'])
      .where('user_roles.role', 'in', ['case_reviewer', 'section_chief', 'agency_officer']);
    if (scope) query = query.where('user_roles.department_code', 'in', scope);
    const rows = await query.orderBy('users.display_name').execute();
    return { items: rows.map((r) => ({ userId: r.id, name: r.display_name, role: r.role, departmentCode: r.department_code })) };
  }

  /** Files the applicant of this case has on record from earlier cases. */
  async reusable(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    const row = await this.visibleCase(actor, caseNo);
    if (!this.isApplicantSide(user, row) && !isStaff(user)) throw forbidden();
    // without proven standing for the applicant, only the files this account uploaded itself
    const rows = await repo.reusableFiles(this.d.db, ownerKey(row), caseNo, (await this.provenFor(user, row)) ? null : user.userId);
    const seen = new Set<string>();
    return {
      items: rows
        .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
        .map((r) => ({ fileId: r.id, name: r.name, mediaType: r.media_type, size: r.size, sha256: r.sha256, materialCode: r.material_code, materialName: r.material_name, fromCase: r.case_no, at: r.created_at.toISOString() })),
    };
  }

  /** The content of one file of a case, for the applicant side and staff. */
  async file(actor: Actor, caseNo: string, fileId: string) {
    await this.visibleCase(actor, caseNo);
    return this.procedureFile(caseNo, fileId);
  }

  /**
   * The case as the officers see it, with no action to take, for a special procedure's participant
   * whose assignment that procedure's service has checked (an expert on the panel).
   */
  async procedureView(caseNo: string) {
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return { ...(await this.view(row, this.d.db)).body, queryCode: undefined, creditFlag: null, allowedActions: [] };
  }

  /** One material file of a case, for a participant the procedure's service has checked. */
  async procedureFile(caseNo: string, fileId: string) {
    const f = await this.d.db
      .selectFrom('files')
      .innerJoin('case_materials', 'case_materials.file_id', 'files.id')
      .select(['files.name', 'files.media_type', 'files.content', 'files.sha256'])
      .where('files.id', '=', fileId)
      .where('case_materials.case_no', '=', caseNo)
      .executeTakeFirst();
    if (!f) throw notFound('CASE.FILE_NOT_FOUND', '文件不存在');
    return f;
  }

  // ---------------------------------------------------------------------- actions

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
      const row = await repo.findCaseForUpdate(trx, caseNo);
      // a procedure's caller (the inspection centre, an inspector) was checked by its service, and may not see cases otherwise
      if (!row || (!procedure && !canSee(user, row))) throw notFound('CASE.NOT_FOUND', '办件不存在');
      const item = await this.itemOf(row, trx);
      // a calendar changed since the due days were computed: the system's recalculation comes first, and the caller's version stands
      const logged = await repo.actionsOf(trx, caseNo);
      const recalculated = await this.recalculate(trx, row, logged, calendar, now);
      const actions = recalculated ? [...logged, recalculated] : logged;
      const files = await repo.materialsOf(trx, caseNo);
      const submitted = submittedCodes(files);
      const state = reduceCase(actions, { submittedMaterials: submitted });
      const allowed = allowedActions(state);
      if (!allowed.includes(body.type)) throw illegal(state, body.type, allowed.filter((t) => mayTake(user, row, t, item)));
      if (procedure) {
        if (procedure.kind !== (body.type === 'start_pause' ? body.kind : state.openPause?.kind))
          throw new DomainError('CASE.PAUSE_MISMATCH', 409, `办件当前的特别程序不是"${pauseName(procedure.kind)}"`);
        // a reviewer starts a special procedure (踏勘, 专家评审) only on their own division's cases; its end comes from the inspectors or the panel
        if (body.type === 'start_pause' && user.permissions.includes('case.review') && !mayTake(user, row, 'start_pause', item)) throw await this.outOfScope(trx, user, item, body.type);
      } else if (!mayTake(user, row, body.type, item)) {
        const who = ACTION_ACTOR[body.type];
        if (who !== 'applicant' && who !== 'system' && user.permissions.includes(who)) throw await this.outOfScope(trx, user, item, body.type);
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
      const log = [...actions, await this.append(trx, caseNo, { type, payload: { ...payload, ...extra } } as Pick<CaseAction, 'type' | 'payload'>, user, version, now)];
      if (procedure?.write) await procedure.write(trx, { caseNo, seq: version + 1, state, row });
      if (onTheSpot)
        log.push(await this.append(trx, caseNo, { type: 'approve', payload: { opinion: '即办件，当场办结' } }, user, state.version + 1, now));
      if (type === 'commit_promise')
        await trx
          .insertInto('case_followups')
          .values({ id: crypto.randomUUID(), case_no: caseNo, material_code: body.materialCode, due: body.checkDue })
          .onConflict((oc) => oc.columns(['case_no', 'material_code']).doUpdateSet({ due: body.checkDue }))
          .execute();
      // under the row lock the log is what was read plus what was appended: no need to read it again
      await this.project(trx, caseNo, now, calendar, { row, actions: log, submitted });
      return { row, item, actions: log, files, version };
    });
    this.committed(caseNo, done.actions.filter((a) => a.seq > done.version));
    // answer with what the transaction read (the row's fixed fields are all the view reads from it)
    return this.present(user, done.row, done);
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
        const target = await trx
          .selectFrom('users')
          .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
          .select(['users.id', 'users.display_name'])
          .where('users.id', '=', body.userId)
          .where('user_roles.role', 'in', bureauDecides(item) ? ['case_reviewer', 'section_chief'] : ['agency_officer'])
          .where('user_roles.department_code', '=', item.departmentCode)
          .executeTakeFirst();
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

  /** Append an action, audit it and emit its event, all in the caller's transaction. */
  private async append(trx: Trx, caseNo: string, a: Pick<CaseAction, 'type' | 'payload'>, user: UserActor | null, version: number, now: Date): Promise<CaseAction> {
    const action = {
      seq: version + 1,
      type: a.type,
      at: now.toISOString(),
      on: toShanghaiDate(now),
      actorId: user?.userId ?? null,
      actorName: user ? user.displayName : '系统',
      payload: a.payload,
    } as CaseAction;
    try {
      await repo.insertAction(trx, caseNo, action);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('CASE.STALE', '办件已被他人处理，请刷新后重试');
      throw err;
    }
    await audit(trx, user ? auditActor(user) : { id: null, name: 'system:sweeper', ip: null }, { action: `case.${a.type}`, targetType: 'case', targetId: caseNo, after: { seq: action.seq, ...a.payload } });
    await emit(trx, { topic: `case.${a.type}`, subject: caseNo, payload: { caseNo, seq: action.seq, type: a.type, at: action.at }, dedupeKey: `case:${caseNo}:${action.seq}` });
    return action;
  }

  /**
   * Rewrite the case row's projection from the log and the clock. `known` is the row, the whole log
   * and the submitted materials when the caller holds them under the row lock (then nothing is reread).
   */
  private async project(
    trx: Trx,
    caseNo: string,
    now: Date,
    calendar: WorkingCalendar,
    known?: { row: CaseRow; actions: CaseAction[]; submitted: string[] },
  ): Promise<{ state: CaseState; clock: Clock }> {
    const row = known?.row ?? (await repo.findCase(trx, caseNo));
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const actions = known?.actions ?? (await repo.actionsOf(trx, caseNo));
    const state = reduceCase(actions, { submittedMaterials: known?.submitted ?? (await this.submittedMaterials(trx, caseNo)) });
    const clock = computeClock(state.clockEvents, row.limits, toShanghaiDate(now), calendar);
    await trx
      .updateTable('cases')
      .set({
        version: state.version,
        status: state.status,
        clock_state: clock.state,
        assignee_id: state.assignee?.userId ?? null,
        received_on: clock.receivedAt,
        acceptance_due: clock.acceptanceDue,
        promised_due: clock.promisedDue,
        decision_due: clock.decisionDue,
        updated_at: now,
      })
      .where('case_no', '=', caseNo)
      .execute();
    return { state, clock };
  }

  // ---------------------------------------------------------------------- reading

  /**
   * What the electronic archive (电子档案) of a closed case holds from the case itself: the case
   * as the officers see it, its whole log, and every material file with its content.
   */
  async archiveParts(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    const row = await this.visibleCase(actor, caseNo);
    const view = await this.view(row, this.d.db);
    if (!FINAL_STATUSES.includes(view.state.status)) throw conflict('CASE.NOT_CLOSED', '办件办结后才能归档导出', `办件状态：${CASE_STATUSES[view.state.status]}`);
    const files = await this.d.db
      .selectFrom('case_materials')
      .innerJoin('files', 'files.id', 'case_materials.file_id')
      .select(['case_materials.material_code', 'files.name', 'files.media_type', 'files.sha256', 'files.content', 'case_materials.created_at'])
      .where('case_materials.case_no', '=', caseNo)
      .orderBy('case_materials.created_at')
      .execute();
    return { case: { ...view.body, queryCode: undefined, allowedActions: [], exportedBy: user.username }, files };
  }

  /** The catalog item version a case follows (its materials, steps, external milestones); no access check, the caller's service does it. */
  async caseItem(caseNo: string, ex: Executor = this.d.db): Promise<ItemForCase> {
    const row = await repo.findCase(ex, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return this.itemOf(row, ex);
  }

  /** 404 unless the caller may see the case (its documents, its licence). */
  async canRead(actor: Actor, caseNo: string): Promise<void> {
    await this.visibleCase(actor, caseNo);
  }

  /** 404 unless the officer sees the case, 403 naming its division unless they may take `type` on it (a special procedure asked for outside the case's actions). */
  async assertDuty(actor: Actor, caseNo: string, type: CaseActionType): Promise<void> {
    const user = requireUser(actor);
    const row = await this.visibleCase(user, caseNo);
    const item = await this.itemOf(row);
    if (!mayTake(user, row, type, item)) throw await this.outOfScope(this.d.db, user, item, type);
  }

  /**
   * Append a fee action (the fees module's, which checked who may take it) under the case's row
   * lock in the caller's transaction: 409 when the case's status does not allow it now. The
   * notice to the applicant leaves through the outbox like any action's.
   */
  async appendFeeAction<T extends FeeActionType>(trx: Trx, caseNo: string, type: T, payload: ActionPayloads[T], user: UserActor | null): Promise<CaseAction> {
    const row = await repo.findCaseForUpdate(trx, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const actions = await repo.actionsOf(trx, caseNo);
    const submitted = submittedCodes(await repo.materialsOf(trx, caseNo));
    const state = reduceCase(actions, { submittedMaterials: submitted });
    if (!feeActionAllowed(state, type)) throw illegal(state, type, []);
    const now = this.d.now();
    const action = await this.append(trx, caseNo, { type, payload } as Pick<CaseAction, 'type' | 'payload'>, user, state.version, now);
    await this.project(trx, caseNo, now, await this.d.calendar.calendar(), { row, actions: [...actions, action], submitted });
    return action;
  }

  /** Tell the listeners (documents, analytics…) about a fee action that ended the case (`fee_lapse`), once its transaction committed. */
  feeActionCommitted(caseNo: string, action: CaseAction): void {
    this.committed(caseNo, [action]);
  }

  /** The statuses of cases, for a module listing its own records of them (the fees awaiting a refund). */
  async statusesOf(caseNos: readonly string[]): Promise<Map<string, string>> {
    if (!caseNos.length) return new Map();
    const rows = await this.d.db.selectFrom('cases').select(['case_no', 'status']).where('case_no', 'in', [...caseNos]).execute();
    return new Map(rows.map((r) => [r.case_no, r.status]));
  }

  /** The case's owner and party, for the fees module's checks and documents: 404 unless the caller may see it. */
  async feeContext(actor: Actor, caseNo: string) {
    const row = await this.visibleCase(actor, caseNo);
    const item = await this.itemOf(row);
    return { item, status: row.status, applicantUserId: row.applicant_user_id, filedBy: row.filed_by, applicantName: row.applicant_name };
  }

  /** A case's status for a module acting on its own record of the case (the fees' refund); 404 when there is no such case. */
  async statusOf(caseNo: string, ex: Executor = this.d.db): Promise<string> {
    const row = await repo.findCase(ex, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return row.status;
  }

  /** Whether the officer may take one of `types` on the case (their duty and division), without throwing. */
  async mayTakeAny(actor: Actor, caseNo: string, types: readonly CaseActionType[]): Promise<boolean> {
    const user = requireUser(actor);
    const row = await this.visibleCase(user, caseNo);
    const item = await this.itemOf(row);
    return types.some((t) => mayTake(user, row, t, item));
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

  /** The case as its applicant side and the officers see it, with the actions this caller may take now. */
  async get(actor: Actor, caseNo: string) {
    return this.present(requireUser(actor), await this.visibleCase(actor, caseNo));
  }

  /** The case as `get` answers it; `known` is what the caller already read (the item, the log), so it is not read again. */
  private async present(user: UserActor, row: CaseRow, known: ViewKnown = {}) {
    const view = await this.view(row, this.d.db, known);
    // the officer who holds the case is not offered to take it again
    const allowed = allowedActions(view.state).filter((t) => mayTake(user, row, t, view.item) && !(t === 'take' && view.state.assignee?.userId === user.userId));
    return {
      ...view.body,
      queryCode: this.isApplicantSide(user, row) || isStaff(user) ? row.query_code : undefined,
      // the officers see a regulator's blacklisting; the applicant's screens do not carry it
      creditFlag: isStaff(user) ? row.credit_flag : null,
      allowedActions: allowed,
    };
  }

  /** The public progress lookup: the same status, clock and timeline, with names and numbers masked. */
  async publicLookup(caseNo: string, code: string) {
    const row = await repo.findCase(this.d.db, caseNo);
    // the same answer for a wrong number and a wrong code, so numbers cannot be probed
    if (!row || !safeEqual(row.query_code, code.toUpperCase())) throw notFound('CASE.NOT_FOUND', '办件编号或查询码不正确');
    const view = await this.view(row, this.d.db);
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

  /** Cases for the caller: staff see the bureau's work sorted by urgency; applicants and agents see their own. */
  async list(actor: Actor, q: { status?: string[]; clockState?: string; itemCode?: string; q?: string; mine?: string; assigned?: 'me'; extension?: 'requested'; page: number; pageSize: number }) {
    const user = requireUser(actor);
    let query = this.d.db.selectFrom('cases');
    const own = !isStaff(user) || q.mine === '1' || q.mine === 'true';
    if (own) query = query.where((eb) => eb.or([eb('applicant_user_id', '=', user.userId), eb('filed_by', '=', user.userId)]));
    // an applicant's draft is not the bureau's work until it is submitted
    else {
      query = query.where((eb) => eb.or([eb('status', '!=', 'draft'), eb('filed_by', '=', user.userId)]));
      // reviewers, chiefs, deputies and stationed officers see the cases of their own departments' items
      const scope = reviewScope(user.roles);
      if (scope) query = query.where('department_code', 'in', scope);
    }
    if (q.status) query = query.where('status', 'in', q.status);
    if (q.clockState) query = query.where('clock_state', '=', q.clockState);
    if (q.itemCode) query = query.where('item_code', '=', q.itemCode);
    if (q.assigned === 'me') query = query.where('assignee_id', '=', user.userId);
    if (q.extension === 'requested') query = query.where(repo.extensionWaiting());
    if (q.q) query = query.where(repo.likeAny(q.q));
    const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    // a window clerk's queue shows the items of their own zone first (一窗受理 still takes any item)
    const clerkDepartments = user.roles.filter((r) => r.role === 'window_clerk').map((r) => r.departmentCode ?? '');
    const zones = clerkDepartments.length ? await repo.clerkZones(this.d.db, user.userId, clerkDepartments) : [];
    let ordered = query.selectAll();
    if (zones.length) ordered = ordered.orderBy((eb) => eb.case().when(repo.inZones(zones)).then(0).else(1).end());
    // one's own cases newest first (我的办件: drafts, then by the day received); the bureau's work most urgent first: overdue, then warning, by the nearest due date
    ordered = own
      ? ordered.orderBy(repo.receivedNewestFirst).orderBy('created_at', 'desc')
      : ordered
          .orderBy((eb) => eb.case().when('clock_state', '=', 'overdue').then(0).when('clock_state', '=', 'warning').then(1).when('clock_state', '=', 'ok').then(2).else(3).end())
          .orderBy((eb) => eb.fn.coalesce('promised_due', 'acceptance_due'), 'asc');
    const rows = await ordered
      .orderBy('case_no', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
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

  private async view(row: CaseRow, ex: Executor, known: ViewKnown = {}) {
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

  /**
   * The 补正 notice of action `requestSeq` has just reached the applicant (the notices consumer put it
   * in their inbox, in `trx`). When that is a later day than the request's, the log records it: the
   * 一次性告知 binds from its delivery, so the clock measures the wait from then, and the sweeper deems
   * the case accepted when it came after the acceptance period (art. 32). Nothing happens when the
   * case has moved on since, or for an older request.
   */
  async supplementDelivered(trx: Trx, caseNo: string, requestSeq: number): Promise<void> {
    const row = await repo.findCaseForUpdate(trx, caseNo);
    if (!row || row.status !== 'supplement_requested') return;
    const actions = await repo.actionsOf(trx, caseNo);
    const request = actions.findLast((a) => a.type === 'request_supplement');
    const now = this.d.now();
    if (request?.seq !== requestSeq || toShanghaiDate(now) <= request.on) return;
    if (actions.some((a) => a.seq > requestSeq && a.type === 'supplement_delivered')) return;
    const calendar = await this.d.calendar.calendar();
    const state = reduceCase(actions, { submittedMaterials: await this.submittedMaterials(trx, caseNo) });
    // no listener runs: this is inside the consumer's transaction, and nothing is written from it but the clock
    await this.append(trx, caseNo, { type: 'supplement_delivered', payload: { requestSeq } }, null, state.version, now);
    await this.project(trx, caseNo, now, calendar);
  }

  // ---------------------------------------------------------------------- sweeper

  /**
   * One pass over open cases: deemed acceptance when the 5 working days ran out, and the
   * warning / overdue notices when the clock crosses into them. Each case is one transaction
   * and is skipped when another process holds it; actions are protected by their sequence
   * number and notices by their dedupe key, so each happens once whatever runs twice.
   */
  async sweep(): Promise<{ checked: number; deemed: number; notices: number }> {
    let after = '';
    let checked = 0;
    let deemed = 0;
    let notices = 0;
    const calendar = await this.d.calendar.calendar();
    for (;;) {
      const did = await this.d.db.transaction().execute(async (trx) => {
        const [next] = await repo.openCasesForSweep(trx, 1, after);
        if (!next) return null;
        after = next.case_no;
        const now = this.d.now();
        const recalculated = (next.calendar_revision ?? FIRST_REVISION) < this.d.calendar.revisionOf(calendar) ? await this.recalculateCase(trx, next.case_no, calendar, now) : null;
        const before = await this.project(trx, next.case_no, now, calendar);
        let clock = before.clock;
        let deem: CaseAction | null = null;
        // art. 32: not decided on within the acceptance period, or told of a 补正 only after it
        const lapsed = before.state.status === 'submitted' && clock.acceptanceDue && toShanghaiDate(now) > clock.acceptanceDue;
        if (lapsed || (before.state.status === 'supplement_requested' && clock.supplementLate)) {
          const receivedAt = clock.receivedAt ?? toShanghaiDate(now);
          deem = await this.append(trx, next.case_no, { type: 'deem_accept', payload: { receivedAt } }, null, before.state.version, now);
          // the notices below read the clock as it stands after the deemed acceptance
          clock = (await this.project(trx, next.case_no, now, calendar)).clock;
        }
        let sent = 0;
        if ((clock.state === 'warning' || clock.state === 'overdue') && clock.promisedDue) {
          const inserted = await emit(trx, {
            topic: `case.${clock.state}`,
            subject: next.case_no,
            payload: { caseNo: next.case_no, state: clock.state, promisedDue: clock.promisedDue, remainingWorkingDays: clock.remainingWorkingDays },
            dedupeKey: `case:${next.case_no}:${clock.state}:${clock.promisedDue}`,
          });
          if (inserted) sent = 1;
        }
        // 容缺 and 告知承诺 due days, 3 and then 1 working day ahead (the notices consumer tells the applicant)
        const reminders = dueReminders(before.state, toShanghaiDate(now), calendar);
        if (reminders.length) {
          const materials = new Map((await this.d.catalog.confirmedItem(next.item_code, next.item_version, trx)).materials.map((m) => [m.code, m.name]));
          for (const r of reminders)
            if (
              await emit(trx, {
                topic: 'case.reminder',
                subject: next.case_no,
                payload: { caseNo: next.case_no, kind: r.kind, due: r.due, left: r.left, materials: r.materialCodes.map((c) => materials.get(c) ?? c) },
                dedupeKey: `case:${next.case_no}:reminder:${r.kind}:${r.due}:${r.left}`,
              })
            )
              sent++;
        }
        return { caseNo: next.case_no, appended: [recalculated, deem].filter((a): a is CaseAction => a !== null), deem, sent };
      });
      if (!did) break;
      checked++;
      if (did.deem) deemed++;
      if (did.appended.length) this.committed(did.caseNo, did.appended);
      notices += did.sent;
    }
    return { checked, deemed, notices };
  }

  /**
   * Recompute the due days of every case not yet final that was computed on an older calendar
   * revision (after a notice or override changed, and on the first start after an upgrade; the
   * sweeper does the same case by case): each moved due day is a `recalculate_deadlines` action,
   * never earlier than told. One transaction per case, skipping cases another process holds.
   */
  async recomputeDeadlines(): Promise<{ checked: number; moved: number }> {
    const calendar = await this.d.calendar.calendar();
    const revision = this.d.calendar.revisionOf(calendar);
    let after = '';
    let checked = 0;
    let moved = 0;
    for (;;) {
      const did = await this.d.db.transaction().execute(async (trx) => {
        const row = await repo.nextOnOlderCalendar(trx, revision, after);
        if (!row) return null;
        after = row.case_no;
        const now = this.d.now();
        const action = await this.recalculate(trx, row, await repo.actionsOf(trx, row.case_no), calendar, now);
        if (action) await this.project(trx, row.case_no, now, calendar);
        return { caseNo: row.case_no, action };
      });
      if (!did) break;
      checked++;
      if (did.action) {
        moved++;
        this.committed(did.caseNo, [did.action]);
      }
    }
    return { checked, moved };
  }

  /** `recalculate` for a case the caller holds locked, reading its row and log. */
  private async recalculateCase(trx: Trx, caseNo: string, calendar: WorkingCalendar, now: Date): Promise<CaseAction | null> {
    const row = await repo.findCase(trx, caseNo);
    return row ? this.recalculate(trx, row, await repo.actionsOf(trx, caseNo), calendar, now) : null;
  }

  /**
   * Bring a locked case from the calendar revision its due days were computed on to `calendar`'s:
   * when a due day changes, append the system's `recalculate_deadlines` (old and new days, the
   * reason, the days that changed; a due day the new calendar would bring earlier is kept as told),
   * and record the revision. A case already on a newer revision than this process knows is left
   * alone, and the cached calendar dropped.
   */
  private async recalculate(trx: Trx, row: CaseRow, actions: CaseAction[], calendar: WorkingCalendar, now: Date): Promise<CaseAction | null> {
    const revision = this.d.calendar.revisionOf(calendar);
    const from = row.calendar_revision ?? FIRST_REVISION;
    if (from > revision) this.d.calendar.invalidate();
    if (from >= revision) return null;
    const state = reduceCase(actions);
    let action: CaseAction | null = null;
    if (state.status !== 'draft' && !FINAL_STATUSES.includes(state.status)) {
      const old = await this.d.calendar.changeSince(trx, row.calendar_revision, revision);
      const change = dueChange(state.clockEvents, row.limits, toShanghaiDate(now), old.calendar, calendar);
      if (change) action = await this.append(trx, row.case_no, { type: 'recalculate_deadlines', payload: { reason: old.reason, ...change } }, null, state.version, now);
    }
    await trx.updateTable('cases').set({ calendar_revision: revision }).where('case_no', '=', row.case_no).execute();
    return action;
  }

  // ---------------------------------------------------------------------- internals

  private async publishedItem(code: string, path: string): Promise<ItemForCase> {
    try {
      return await this.d.catalog.publishedItem(code);
    } catch (err) {
      if (err instanceof DomainError && err.status === 404) throw badRequest('REQUEST.INVALID', '事项不存在或尚未发布', [{ path, message: '事项不存在' }]);
      throw err;
    }
  }

  /** The item version the case was applied for (immutable, cached by the catalog). */
  private itemOf(row: CaseRow, ex: Executor = this.d.db): Promise<ItemForCase> {
    return this.d.catalog.confirmedItem(row.item_code, row.item_version, ex);
  }

  private async visibleCase(actor: Actor, caseNo: string): Promise<CaseRow> {
    const user = requireUser(actor);
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row || !canSee(user, row)) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return row;
  }

  /** Whether the caller has proven standing for the case's applicant (auth/identity.ts). */
  private provenFor(user: UserActor, row: CaseRow): Promise<boolean> {
    return provenStanding(this.d.db, user, { kind: row.applicant_kind, idNumber: row.applicant_id_number, creditCode: row.applicant_credit_code }, toShanghaiDate(this.d.now()));
  }

  private isApplicantSide(user: UserActor, row: CaseRow): boolean {
    return row.applicant_user_id === user.userId || row.filed_by === user.userId;
  }

  private async submittedMaterials(ex: Executor, caseNo: string): Promise<string[]> {
    const rows = await ex.selectFrom('case_materials').select('material_code').distinct().where('case_no', '=', caseNo).execute();
    return rows.map((r) => r.material_code);
  }

  /** Materials uploaded after the case's last 补正 notice or 容缺 acceptance. */
  private async materialsSince(ex: Executor, caseNo: string, actions: CaseAction[]): Promise<Set<string>> {
    const mark = [...actions].reverse().find((a) => a.type === 'request_supplement' || a.type === 'accept_pending');
    const rows = await ex
      .selectFrom('case_materials')
      .select('material_code')
      .where('case_no', '=', caseNo)
      .where('case_version', '>=', mark?.seq ?? 0)
      .execute();
    return new Set(rows.map((r) => r.material_code));
  }

  /**
   * Who the application is for: the caller online; the party a window clerk typed; or, for an
   * agent, the company of a registered authorisation valid today (`filing`: an application on its
   * own, or an item of a project).
   */
  /** `authorisationPath`: where an agent's authorisation was named, for the error (the body's `onBehalfOf.authorisationId`, or a query's) */
  private async applicantFor(user: UserActor, onBehalf: OnBehalfOf | undefined, filing: 'case' | { project: null }, authorisationPath = 'onBehalfOf.authorisationId') {
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
    const me = await this.d.db.selectFrom('users').select(['id_number', 'credit_code', 'phone', 'display_name']).where('id', '=', user.userId).executeTakeFirstOrThrow();
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
}

function isStaff(user: UserActor): boolean {
  return user.permissions.some((p) => p === 'case.window' || p === 'case.review' || p === 'case.decide' || p === 'case.approve_extension');
}

/** The applicant side, the bureau's staff, and an agency's stationed officers for their agency's cases. */
function canSee(user: UserActor, row: CaseRow): boolean {
  if (row.applicant_user_id === user.userId || row.filed_by === user.userId) return true;
  const agencies = agencyOnly(user.roles);
  return isStaff(user) && (!agencies || agencies.includes(row.department_code));
}

/** Whether this user may take this action on this case (the status aside): the duty, held for the item's owner. */
function mayTake(user: UserActor, row: CaseRow, type: CaseActionType, item: ItemOwnership): boolean {
  const who = ACTION_ACTOR[type];
  if (who === 'system') return false;
  if (who === 'applicant') return row.applicant_user_id === user.userId || row.filed_by === user.userId;
  return user.permissions.includes(who) && mayAct(user.roles, item, who);
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
function caseFormRows(item: ItemForCase, row: { form: Record<string, unknown>; situation_codes: string[] }, files: readonly { material_code: string; name: string }[]) {
  const { def, data } = caseForm(item, row);
  const attached: Record<string, string[]> = {};
  for (const f of files) (attached[f.material_code] ??= []).push(f.name);
  return formRows(def, data, attached);
}

/** What is still wrong with the case's form; an attachment field is satisfied when its material has a file (`withFile`). */
function caseFormIssues(item: ItemForCase, row: { form: Record<string, unknown>; situation_codes: string[] }, withFile: readonly string[]) {
  const { def, data } = caseForm(item, row);
  return validateForm(def, data, { materialsWithFile: withFile });
}

function requiredMaterials(item: ItemForCase, situation: string[]): string[] {
  const added = new Set(item.situations.filter((s) => situation.includes(s.code)).flatMap((s) => s.materialCodes));
  return item.materials.filter((m) => m.requirement === 'required' || added.has(m.code)).map((m) => m.code);
}

/** Every chosen situation must be one of the item's, or 400 naming it. */
function checkSituations(item: ItemForCase, situation: string[]): void {
  const unknown = situation.filter((s) => !item.situations.some((x) => x.code === s));
  if (unknown.length) throw badRequest('REQUEST.INVALID', '情形不属于该事项', unknown.map((s) => ({ path: `situation.${situation.indexOf(s)}`, message: `未知情形: ${s}` })));
}

function submittedCodes(files: CaseFile[]): string[] {
  return [...new Set(files.map((f) => f.material_code))];
}

function nameOf(item: ItemForCase, code: string): string {
  return item.materials.find((m) => m.code === code)?.name ?? code;
}

function ownerKey(row: CaseRow): string {
  return row.applicant_kind === 'organisation' ? `org:${row.applicant_credit_code ?? row.applicant_name}` : `id:${row.applicant_id_number ?? row.applicant_name}`;
}

function queryCode(): string {
  const bytes = crypto.randomBytes(6);
  return [...bytes].map((b) => QUERY_ALPHABET.charAt(b % QUERY_ALPHABET.length)).join('');
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
