/**
 * Request and response shapes of the guide API (/api/v1/guide).
 */
import { z } from 'zod';
import { GUIDE_FIELDS, type GuideField } from '../../../domain/guide.js';

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).describe('申请人自己的话：事项名称、别名、俗称、拼音或首字母、问句'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const suggestQuery = z.strictObject({
  q: z.string().trim().min(1).max(50),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export const codeParam = z.object({ code: z.string().min(1).max(120) });
export const idParam = z.object({ id: z.string().min(1).max(60) });

export const checklistBody = z.strictObject({
  itemCode: z.string().trim().min(1).max(120),
  answers: z.record(z.string().max(80), z.union([z.string().max(80), z.boolean()])).default({}).describe('问题 id → 选项（情形编码）或 true/false'),
});

const match = z.object({ field: z.enum(Object.keys(GUIDE_FIELDS) as [GuideField, ...GuideField[]]), text: z.string(), terms: z.array(z.string()) });
const ref = z.object({ code: z.string(), name: z.string() });

/** Where a not-stationed (不划转不进驻) item is applied for; null for the items the hall receives. */
const office = z
  .object({ name: z.string().describe('办理机构'), address: z.string().describe('办公地址'), hours: z.string().describe('办公时间'), phone: z.string().describe('联系电话') })
  .nullable()
  .describe('不划转不进驻事项：到哪里办理；其他事项为 null');

const guideItem = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  disposition: z.string().nullable(),
  applicable: z.boolean().describe('可在本系统网上申请或到大厅办理；已取消、已下放和不划转不进驻的事项为 false'),
  notice: z.string().nullable().describe('已取消 / 已下放事项的说明；不划转不进驻事项写明到哪里办理'),
  office,
  resultType: z.string().describe('办理结果：licence 证照 / decision 批准文书 / record 登记/备案 / service 服务办结'),
  resultName: z.string().describe('办理结果的说明，证照事项含证照名称'),
  replacedBy: z.array(ref),
  delegatedTo: z.string().nullable(),
  parent: ref.nullable(),
  onlineLevel: z.string(),
  onlineLevelName: z.string(),
  zone: z.string().nullable(),
  zoneName: z.string().nullable(),
  location: z.string(),
  departmentName: z.string(),
  promisedDays: z.number(),
  statutoryDays: z.number(),
  instant: z.boolean(),
  feeFree: z.boolean(),
  fees: z.array(z.object({ name: z.string(), basis: z.string(), amount: z.string() })),
  hasQuestions: z.boolean(),
});

export const scenarioView = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  items: z.array(guideItem.extend({ step: z.number(), note: z.string() })),
});

export const searchResult = z.object({
  results: z.array(guideItem.extend({ score: z.number(), matched: z.array(match) })),
  scenarios: z.array(scenarioView.extend({ score: z.number(), matched: z.array(match) })),
  referrals: z
    .array(z.object({ id: z.string(), name: z.string().describe('本中心不办理的事项'), notice: z.string().describe('到哪里办理，一句话'), office: office.unwrap() }))
    .describe('问的是本中心不办理的事（婚姻登记、居民身份证等）时，告诉去哪里办；此时只列出完全相符的事项'),
});

export const suggestResult = z.object({
  items: z.array(z.object({ type: z.enum(['item', 'scenario']), id: z.string(), code: z.string().nullable(), text: z.string(), name: z.string() })),
});

export const questionsResult = z.object({
  itemCode: z.string(),
  itemName: z.string(),
  version: z.number(),
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      kind: z.enum(['single', 'yesno']),
      options: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
    }),
  ),
});

export const checklistResult = z.object({
  itemCode: z.string(),
  itemName: z.string(),
  version: z.number(),
  situationCodes: z.array(z.string()),
  situations: z.array(z.string()),
  onlineLevel: z.string(),
  location: z.string(),
  office,
  promisedDays: z.number(),
  materials: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      source: z.string(),
      requirement: z.enum(['required', 'conditional']),
      addedBy: z.array(z.string()).describe('按情形材料：由哪些情形增加'),
      originals: z.number(),
      copies: z.number(),
      form: z.string(),
      notes: z.string(),
      template: z.string().nullable(),
      templateUrl: z.string().nullable(),
      toleranceAllowed: z.boolean().describe('可容缺受理'),
      commitmentAllowed: z.boolean().describe('可告知承诺替代'),
      reusable: z.array(z.object({ fileId: z.string(), fileName: z.string(), caseNo: z.string(), itemName: z.string() })).describe('登录申请人以往办件中的同名材料'),
    }),
  ),
});
