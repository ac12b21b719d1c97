/**
 * Request and response shapes of the expert review API (专家库、专家评审).
 */
import { z } from 'zod';
import { CONCLUSIONS, EXCLUSION_REASONS, EXPERT_FIELDS, MAX_PANEL } from '../../../domain/expert.js';
import { isValidCreditCode } from '../../../domain/identifiers.js';
import { caseView } from '../cases/cases.schemas.js';
import { day } from '../../platform/schemas.js';

const fields = z.array(z.enum(EXPERT_FIELDS)).min(1, '请至少选择一个评审领域').max(EXPERT_FIELDS.length);
const conclusion = z.enum(Object.keys(CONCLUSIONS) as [keyof typeof CONCLUSIONS, ...(keyof typeof CONCLUSIONS)[]]);
const text = (max: number, empty = '请填写') => z.string().trim().min(1, empty).max(max);

export const idParam = z.object({ id: z.uuid('编号格式不正确') });
export const fileParam = z.object({ id: z.uuid('编号格式不正确'), fileId: z.uuid('文件编号格式不正确') });

const unavailability = z
  .strictObject({ from: day, to: day, reason: z.string().trim().max(200).default('') })
  .refine((u) => u.from <= u.to, { message: '结束日期不能早于开始日期', path: ['to'] });

const expertFields = {
  name: text(50, '请填写姓名'),
  title: z.string().trim().max(50).default(''),
  fields,
  employer: text(100, '请填写工作单位'),
  employerCreditCode: z.string().trim().toUpperCase().refine(isValidCreditCode, '统一社会信用代码格式或校验位不正确').nullable().default(null),
  declared: z.array(text(100)).max(50).default([]),
  unavailable: z.array(unavailability).max(50).default([]),
};

export const createExpertBody = z.strictObject({ username: text(50, '请填写专家账号'), ...expertFields });
export type CreateExpertBody = z.infer<typeof createExpertBody>;

export const updateExpertBody = z.strictObject({ ...expertFields, active: z.boolean(), rev: z.number().int().min(1) });
export type UpdateExpertBody = z.infer<typeof updateExpertBody>;

export const expertView = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  title: z.string(),
  fields: z.array(z.string()),
  employer: z.string(),
  employerCreditCode: z.string().nullable(),
  declared: z.array(z.string()),
  unavailable: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string() })),
  active: z.boolean(),
  rev: z.number(),
  openReviews: z.number(),
});

export const requestReviewBody = z.strictObject({
  fields,
  panelSize: z.number().int().min(1, '专家人数至少 1 名').max(MAX_PANEL, `专家人数至多 ${MAX_PANEL} 名`),
  /** working days from today to the review's due day */
  dueDays: z.number().int().min(1, '评审期限至少 1 个工作日').max(60, '评审期限至多 60 个工作日'),
  reason: text(500, '请填写评审事由'),
});
export type RequestReviewBody = z.infer<typeof requestReviewBody>;

export const concludeBody = z.strictObject({ result: conclusion, text: text(2000, '请填写评审结论说明') });
export type ConcludeBody = z.infer<typeof concludeBody>;

export const signBody = z.strictObject({
  scores: z.record(z.string(), z.number()),
  opinion: text(5000, '请填写评审意见'),
  recommendation: conclusion,
});
export type SignBody = z.infer<typeof signBody>;

export const declineBody = z.strictObject({ reason: text(500, '请填写谢绝理由') });

const criterion = z.object({ code: z.string(), name: z.string(), max: z.number() });

export const panelMember = z.object({
  expertId: z.string(),
  name: z.string(),
  title: z.string(),
  employer: z.string(),
  drawStep: z.number(),
  status: z.enum(['invited', 'declined', 'signed']),
  declineReason: z.string().nullable(),
  scores: z.record(z.string(), z.number()).nullable(),
  total: z.number().nullable(),
  opinion: z.string().nullable(),
  recommendation: conclusion.nullable(),
  signedAt: z.string().nullable(),
  opinionSha256: z.string().nullable(),
  keyId: z.string().nullable(),
  signature: z.string().nullable(),
  sm2KeyId: z.string().nullable(),
  sm2Signature: z.string().nullable().describe('本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url'),
});

const drawSummary = z.object({
  step: z.number(),
  seed: z.number(),
  chosen: z.array(z.object({ expertId: z.string(), name: z.string() })),
  replaces: z.object({ expertId: z.string(), name: z.string() }).nullable(),
  candidates: z.number(),
  eligible: z.number(),
  excluded: z.array(z.object({ expertId: z.string(), name: z.string(), reason: z.enum(Object.keys(EXCLUSION_REASONS) as [keyof typeof EXCLUSION_REASONS]), reasonName: z.string() })),
  drawnAt: z.string(),
});

export const reviewView = z.object({
  id: z.string(),
  caseNo: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  fields: z.array(z.string()),
  criteria: z.array(criterion),
  panelSize: z.number(),
  requestedOn: z.string(),
  due: z.string(),
  reason: z.string(),
  status: z.enum(['open', 'concluded']),
  overdue: z.boolean(),
  conclusion: conclusion.nullable(),
  conclusionName: z.string().nullable(),
  conclusionText: z.string().nullable(),
  concludedAt: z.string().nullable(),
  panel: z.array(panelMember),
  draws: z.array(drawSummary),
});
export type ReviewView = z.infer<typeof reviewView>;

/** What the applicant sees: no names before the conclusion. */
export const applicantReviewView = z.object({
  id: z.string(),
  status: z.enum(['open', 'concluded']),
  label: z.string(),
  panelSize: z.number(),
  requestedOn: z.string(),
  due: z.string(),
  conclusion: conclusion.nullable(),
  conclusionName: z.string().nullable(),
  conclusionText: z.string().nullable(),
  experts: z.array(z.object({ name: z.string(), title: z.string(), employer: z.string() })).nullable(),
});

export const caseReviewsView = z.object({
  /** officer: the full record; applicant: the limited view */
  view: z.enum(['officer', 'applicant']),
  items: z.array(reviewView),
  applicantItems: z.array(applicantReviewView),
});

export const eligibleQuery = z.object({
  /** comma-separated fields; empty: none chosen yet */
  fields: z
    .string()
    .max(200)
    .default('')
    .transform((s) => s.split(',').map((f) => f.trim()).filter(Boolean))
    .pipe(z.array(z.enum(EXPERT_FIELDS))),
  dueDays: z.coerce.number().int().min(1).max(60).default(10),
});

export const eligibleView = z.object({
  eligible: z.number(),
  due: z.string(),
  excluded: z.array(z.object({ reason: z.enum(Object.keys(EXCLUSION_REASONS) as [keyof typeof EXCLUSION_REASONS]), reasonName: z.string(), count: z.number() })),
});

export const listReviewsQuery = z.object({ status: z.enum(['open', 'concluded']).optional() });

export const verifyView = z.object({
  reviewId: z.string(),
  same: z.boolean(),
  steps: z.array(z.object({ step: z.number(), seed: z.number(), recorded: z.array(z.string()), rerun: z.array(z.string()), same: z.boolean() })),
});

export const myAssignment = z.object({
  reviewId: z.string(),
  caseNo: z.string(),
  itemName: z.string(),
  fields: z.array(z.string()),
  due: z.string(),
  reviewStatus: z.enum(['open', 'concluded']),
  status: z.enum(['invited', 'declined', 'signed']),
  signedAt: z.string().nullable(),
});

export const myReviewView = z.object({
  assignment: myAssignment,
  criteria: z.array(criterion),
  reason: z.string(),
  mine: panelMember,
  /** the case as the officers see it (summary, materials, timeline) */
  case: caseView,
});
