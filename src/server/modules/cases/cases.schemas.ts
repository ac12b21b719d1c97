/**
 * Request and response shapes of the cases API.
 */
import { z } from 'zod';
import { REVIEW_STEPS } from '../../../domain/authority.js';
import { CASE_ACTIONS, CASE_STATUSES } from '../../../domain/case.js';
import { keysOf } from '../../../domain/catalog.js';
import { PAUSE_KINDS } from '../../../domain/clock.js';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../../../domain/identifiers.js';
import { day } from '../../platform/schemas.js';

const text = (max = 1000) => z.string().trim().min(1).max(max);

export const caseNoParam = z.object({ caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号') });

/**
 * The party a clerk or an agent files for. A window clerk types the party they have in front of
 * them (kind, name, number; the service requires them of a clerk); an agent names only a registered
 * agency authorisation (`authorisationId`, 代办授权) and the company is taken from it.
 */
export const onBehalfOf = z
  .strictObject({
    /** 代办: the registered authorisation (GET /agency/authorisations) the agent files under */
    authorisationId: z.string().trim().min(1, '请选择授权委托书').max(64).optional(),
    kind: z.enum(['person', 'organisation']).optional(),
    name: text(100).optional(),
    idNumber: z.string().trim().toUpperCase().refine(isValidIdNumber, '身份证号格式或校验位不正确').optional(),
    creditCode: z.string().trim().toUpperCase().refine(isValidCreditCode, '统一社会信用代码格式或校验位不正确').optional(),
    phone: z.string().trim().refine(isValidMobile, '手机号码格式不正确').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.authorisationId !== undefined) {
      for (const key of ['kind', 'name', 'idNumber', 'creditCode'] as const)
        if (b[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: '代办申请的企业信息取自授权委托书，不能另行填写' });
    }
  });
export type OnBehalfOf = z.infer<typeof onBehalfOf>;

const situation = z.array(text(80)).max(50);
/** The filled application form: its keys and values are checked against the item's form (domain/forms.ts) at submit. */
const form = z
  .record(z.string().max(80), z.unknown())
  .refine((f) => JSON.stringify(f).length <= 100_000, '申请表内容过长（不超过 100000 字符）')
  .describe('申请表数据，按事项申请表（JSON Schema）填写；草稿保存时返回 formIssues 提示，提交时不合规答 400 CASE.FORM_INVALID 并列出每一项');

export const createCaseBody = z.strictObject({
  itemCode: text(120),
  situation: situation.optional(),
  form: form.optional(),
  onBehalfOf: onBehalfOf.optional(),
  /** a change (变更) or renewal (延续) of a licence issued before */
  licence: z.strictObject({ no: z.string().trim().regex(/^TAXK\d{10}[\dX]$/, '证照编号格式不正确'), purpose: z.enum(['change', 'renewal']) }).optional(),
});

/** A draft's situations and form, changed before it is submitted (what is left out stays as it was). */
export const editDraftBody = z
  .strictObject({ situation: situation.optional(), form: form.optional() })
  .refine((b) => b.situation !== undefined || b.form !== undefined, { message: '请提供要修改的 situation 或 form', path: ['situation'] });
export type EditDraftBody = z.infer<typeof editDraftBody>;

const expectedVersion = z.number().int().min(0);
const materialProblem = z.strictObject({ materialCode: text(80), problem: text(500) });

/** One body per action type; `expectedVersion` is the version the caller read. */
export const actionBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit'), expectedVersion }),
  z.strictObject({ type: z.literal('accept'), expectedVersion }),
  z.strictObject({ type: z.literal('reject'), expectedVersion, competentBody: text(200), reason: text(1000) }),
  z.strictObject({ type: z.literal('request_supplement'), expectedVersion, items: z.array(materialProblem).min(1, '补正告知须列明需补正的材料') }),
  z.strictObject({ type: z.literal('submit_supplement'), expectedVersion }),
  z.strictObject({ type: z.literal('accept_pending'), expectedVersion, pending: z.array(z.strictObject({ materialCode: text(80), dueDate: day })).min(1) }),
  z.strictObject({ type: z.literal('supply_pending'), expectedVersion, materialCode: text(80) }),
  z.strictObject({ type: z.literal('commit_promise'), expectedVersion, materialCode: text(80), checkDue: day }),
  z.strictObject({ type: z.literal('take'), expectedVersion }),
  z.strictObject({ type: z.literal('assign'), expectedVersion, userId: z.uuid() }),
  z.strictObject({ type: z.literal('start_pause'), expectedVersion, kind: z.enum(keysOf(PAUSE_KINDS)), expectedDays: z.number().int().min(1).max(365), reason: text(1000) }),
  z.strictObject({ type: z.literal('end_pause'), expectedVersion, result: text(1000) }),
  z.strictObject({ type: z.literal('request_extension'), expectedVersion, days: z.number().int().min(1).max(30).default(10), reason: text(1000) }),
  z.strictObject({ type: z.literal('approve_extension'), expectedVersion }),
  z.strictObject({ type: z.literal('submit_opinion'), expectedVersion, opinion: text(2000) }),
  z.strictObject({ type: z.literal('approve'), expectedVersion, opinion: text(2000) }),
  z.strictObject({ type: z.literal('refuse'), expectedVersion, reasons: text(2000) }),
  z.strictObject({ type: z.literal('withdraw'), expectedVersion, reason: text(1000) }),
]);
export type ActionBody = z.infer<typeof actionBody>;

export const clockView = z.object({
  receivedAt: z.string().nullable(),
  acceptanceDue: z.string().nullable(),
  supplementToldOn: z.string().nullable().describe('while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them)'),
  supplementLate: z.boolean().describe('the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt)'),
  acceptedAt: z.string().nullable(),
  decisionDue: z.string().nullable(),
  promisedDue: z.string().nullable(),
  extensionDays: z.number(),
  stepDues: z.array(z.string()),
  pauses: z.array(z.object({ kind: z.string(), from: z.string(), to: z.string().nullable(), expectedDays: z.number(), workingDays: z.number() })),
  pausedWorkingDays: z.number(),
  remainingWorkingDays: z.number().nullable(),
  statutoryRemainingWorkingDays: z.number().nullable(),
  state: z.string(),
  decidedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
});

export const actionView = z.object({ seq: z.number(), type: z.enum(keysOf(CASE_ACTIONS)), name: z.string(), at: z.string(), on: z.string(), actorName: z.string(), payload: z.record(z.string(), z.unknown()) });

export const caseView = z.object({
  caseNo: z.string(),
  queryCode: z.string().optional(),
  itemCode: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  channel: z.string(),
  status: z.enum(keysOf(CASE_STATUSES)),
  statusName: z.string(),
  version: z.number(),
  allowedActions: z.array(z.string()).describe('此刻当前用户可以执行的操作'),
  clock: clockView,
  actions: z.array(actionView),
  applicant: z.object({ kind: z.string(), name: z.string(), idNumber: z.string().nullable(), creditCode: z.string().nullable(), phone: z.string().nullable() }),
  /** 代办: the registered agency authorisation the case was filed under (the applicant's name and code come from it) */
  authorisationId: z.string().nullable(),
  situation: z.array(z.string()),
  form: z.record(z.string(), z.unknown()),
  /** the item version whose application form the case was filled against (it keeps it when the item's form changes) */
  formVersion: z.number(),
  formDefinition: z.object({ schema: z.record(z.string(), z.unknown()), ui: z.record(z.string(), z.unknown()) }),
  /** the filled form as a person reads it, in the form's order */
  formRows: z.array(z.object({ key: z.string(), title: z.string(), text: z.string() })),
  /** what the form still lacks against its schema (a draft's warnings; a submitted case has none) */
  formIssues: z.array(z.object({ path: z.string(), field: z.string(), message: z.string() })),
  /** the licence this application changes or renews */
  licence: z.object({ no: z.string(), purpose: z.enum(['change', 'renewal']) }).nullable(),
  /** 信用联合惩戒: the applicant was on a regulator's blacklist when applying (officers only) */
  creditFlag: z.string().nullable().optional(),
  materials: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      requirement: z.string(),
      toleranceAllowed: z.boolean(),
      commitmentAllowed: z.boolean(),
      files: z.array(z.object({ id: z.string(), name: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(), reused: z.boolean(), at: z.string() })),
      state: z.enum(['missing', 'uploaded', 'flagged', 'passed', 'pending', 'committed']),
    }),
  ),
  flaggedMaterials: z.array(z.object({ materialCode: z.string(), problem: z.string() })),
  pendingMaterials: z.array(z.object({ materialCode: z.string(), dueDate: z.string() })),
  commitments: z.array(z.object({ materialCode: z.string(), checkDue: z.string() })),
  extension: z.object({ requestedDays: z.number(), reason: z.string(), approved: z.boolean() }).nullable(),
  assignee: z.object({ userId: z.string(), name: z.string() }).nullable(),
  steps: z.array(z.object({ name: z.string(), role: z.string(), days: z.number(), due: z.string().nullable() })).describe('事项目录规定的办理环节及各环节截止日'),
  review: z
    .object({
      decidedBy: z.enum(['bureau', 'agency']).describe('bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定'),
      deciderName: z.string().describe('作出决定、在文书上署名的机关'),
      chain: z.array(z.object({ step: z.enum(keysOf(REVIEW_STEPS)), name: z.string() })).describe('事项办理流程规定的审查、审核、审批环节'),
      opinions: z.array(z.object({ step: z.enum(keysOf(REVIEW_STEPS)), name: z.string(), by: z.string(), on: z.string(), text: z.string() })),
    })
    .describe('审批链：由谁决定，各环节意见'),
  createdAt: z.string(),
});

export const caseSummary = z.object({
  caseNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  channel: z.string(),
  status: z.string(),
  statusName: z.string(),
  clockState: z.string(),
  receivedOn: z.string().nullable(),
  acceptanceDue: z.string().nullable(),
  promisedDue: z.string().nullable(),
  decisionDue: z.string().nullable(),
  /** working days left to the promised limit while the clock runs (negative when overdue); null otherwise */
  remainingWorkingDays: z.number().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});

export const listCasesQuery = z.strictObject({
  /** one status, or several separated by commas: `accepted,paused` */
  status: z
    .string()
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
    .pipe(z.array(z.enum(keysOf(CASE_STATUSES), '未知的办件状态')).min(1).max(20))
    .optional(),
  clockState: z.enum(['ok', 'warning', 'overdue', 'paused', 'waiting_applicant', 'done', 'not_started']).optional(),
  itemCode: z.string().max(120).optional(),
  q: z.string().trim().max(100).optional(),
  mine: z.enum(['1', 'true', '0', 'false']).optional(),
  /** cases whose review task the caller holds */
  assigned: z.enum(['me']).optional(),
  /** cases with an extension request waiting for the director */
  extension: z.enum(['requested']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const publicLookupQuery = z.strictObject({ code: z.string().trim().min(4).max(12) });
