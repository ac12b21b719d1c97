/**
 * The catalog of licensing items (行政许可事项目录): the schema of one item version with its
 * cross-field rules. Pure: no I/O. The terms and stage rules live in catalog-terms.ts.
 */
import { z } from 'zod';
import { DISPOSITIONS, ITEM_KINDS, ITEM_TYPES, ONLINE_LEVELS, REALNAME_LEVELS, RESULT_TYPES, SERVICE_OBJECTS } from './catalog-terms.js';
import { feeTermsSchema, feeTermsViolations } from './fees.js';
import { formDefinitionSchema, formRuleViolations } from './forms.js';

export * from './catalog-terms.js';

/** The keys of a label map as a zod enum's tuple. */
export const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const text = (max = 2000) => z.string().trim().min(1).max(max);
const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, '编码只能包含字母、数字、点、横线和下划线');
/** The shape of item, material and situation codes (for other schemas that name items). */
export const catalogCode = code;

/** One material of the list (申请材料). */
export const materialSchema = z.object({
  code,
  name: text(200),
  /** 来源渠道: 申请人自备 / 政府部门核发 / 中介机构出具 / 其他 */
  source: text(100),
  /** required: always; conditional: only in the situations that list it */
  requirement: z.enum(['required', 'conditional']),
  originals: z.number().int().min(0).max(20),
  copies: z.number().int().min(0).max(20),
  /** 纸质 / 电子 / 纸质或电子 */
  form: z.enum(['paper', 'electronic', 'either']),
  /** file name of the model text or blank form (示范文本/空白表格), served by the catalog */
  template: z.string().trim().max(200).nullable().default(null),
  /** 容缺受理 allowed: the case may be accepted while this material is still to come */
  toleranceAllowed: z.boolean().default(false),
  /** 告知承诺制: the applicant's written commitment may replace this material */
  commitmentAllowed: z.boolean().default(false),
  /**
   * 免证办: the types of electronic licence (电子证照, by the library's type name, e.g. 营业执照) that may
   * stand for this material instead of an upload when the applicant holds one and consents
   */
  licenceTypes: z.array(z.string().trim().min(2).max(100)).max(10).default([]),
  notes: z.string().trim().max(1000).default(''),
});
export type Material = z.infer<typeof materialSchema>;

/** A situation (情形) an applicant answers; it adds its own conditional materials. */
export const situationSchema = z.object({
  code,
  name: text(200),
  description: z.string().trim().max(1000).default(''),
  materialCodes: z.array(code).default([]),
  /** the question the guide asks (情形引导); situations sharing a question are its options, a blank one is asked as 是否… */
  question: z.string().trim().max(200).default(''),
});
export type Situation = z.infer<typeof situationSchema>;

/** One procedure step (办理流程). */
export const stepSchema = z.object({
  name: text(100),
  role: text(100),
  days: z.number().int().min(0).max(365),
});

/** One fee (收费项目), with its legal basis and how the amount is computed. */
export const feeSchema = z.object({
  name: text(200),
  basis: text(500),
  amount: text(500),
  /** how the amount is computed, when, by when it is paid, to whom, and its waivers (domain/fees.ts); null: text only */
  terms: feeTermsSchema.nullable().default(null),
});

/** An item version's fields, without the cross-field rules (the shape of a published item). */
export const itemFields = z.object({
    code,
    basicCode: z.string().trim().max(40).default(''),
    name: text(200),
    kind: z.enum(keysOf(ITEM_KINDS)),
    type: z.enum(keysOf(ITEM_TYPES)),
    /** set for reviewed items (kind main, related, fee); null for services that were not part of the review */
    disposition: z.enum(keysOf(DISPOSITIONS)).nullable(),
    /** division code of the county for delegated items (e.g. 370902 泰山区) */
    delegatedTo: z.string().trim().max(100).nullable().default(null),
    /** for cancelled items: the items that took their place (e.g. 审批 became 登记), if any */
    replacedBy: z.array(code).default([]),
    parentCode: code.nullable().default(null),
    departmentCode: code,
    regulatorCodes: z.array(code).default([]),
    zone: code.nullable(),
    serviceObject: z.enum(keysOf(SERVICE_OBJECTS)).default('both'),
    legalBasis: z.array(text(1000)).min(1),
    conditions: z.array(text(1000)).default([]),
    description: z.string().trim().max(4000).default(''),
    materials: z.array(materialSchema).default([]),
    situations: z.array(situationSchema).default([]),
    steps: z.array(stepSchema).default([]),
    statutoryDays: z.number().int().min(0).max(365),
    promisedDays: z.number().int().min(0).max(365),
    /** a running case warns when this many working days or fewer remain to the promised limit */
    warningDays: z.number().int().min(0).max(30).default(2),
    /** what a decided case gives: 证照 (an electronic licence named licenceName), 批准文书, 登记/备案 or 服务办结 */
    resultType: z.enum(keysOf(RESULT_TYPES)),
    /** the licence an approval issues (e.g. 食品经营许可证); only for resultType licence */
    licenceName: z.string().trim().max(100).default(''),
    /** years an approval's licence (电子证照) is valid; null: 长期有效; only for resultType licence */
    licenceYears: z.number().int().min(1).max(50).nullable().default(null),
    /** 即办件: decided on the spot */
    instant: z.boolean().default(false),
    feeFree: z.boolean().default(true),
    fees: z.array(feeSchema).default([]),
    onlineLevel: z.enum(keysOf(ONLINE_LEVELS)),
    /** the lowest real-name level (实名等级) an applicant applying online must hold; null: none (domain REALNAME_LEVELS) */
    minRealNameLevel: z.enum(keysOf(REALNAME_LEVELS)).nullable().default(null),
    onSiteInspection: z.boolean().default(false),
    /** the points an on-site inspection checks (现场踏勘要点); empty: the default list of the item type (domain/inspection.ts) */
    inspectionChecklist: z.array(text(200)).max(50).default([]),
    expertReview: z.boolean().default(false),
    jointHandling: z.boolean().default(false),
    hearing: z.boolean().default(false),
    /** steps outside the bureau the procedure waits for (公共资源交易: 土地使用权出让, 工程招投标); an officer records each on the case before approval */
    externalMilestones: z.array(text(100)).max(10).default([]),
    location: z.string().trim().max(500).default(''),
    consultPhone: z.string().trim().max(50).default(''),
    /** where a not-stationed (不划转不进驻) item is applied for: the owning agency's office, its address, hours and phone */
    officeName: z.string().trim().max(200).default(''),
    officeAddress: z.string().trim().max(500).default(''),
    officeHours: z.string().trim().max(200).default(''),
    officePhone: z.string().trim().max(50).default(''),
    aliases: z.array(text(100)).default([]),
    oldNames: z.array(text(200)).default([]),
    keywords: z.array(text(100)).default([]),
    /** the application form (申请表): JSON Schema + layout + licence mapping (forms.ts); null: the general form */
    form: formDefinitionSchema.nullable().default(null),
});

/** A full item version: everything art. 30 of the Administrative Licensing Law asks to be public. */
export const itemSchema = itemFields.superRefine((item, ctx) => {
    for (const issue of itemRuleViolations(item)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type CatalogItem = z.infer<typeof itemSchema>;
export type CatalogItemInput = z.input<typeof itemSchema>;

/** A violation of a cross-field catalog rule, with the field path it concerns. */
export interface RuleViolation {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-field rules of an item: promised ≤ statutory, materials named by situations exist,
 * codes are unique, related/fee items name their main item, delegated items name the county.
 */
export function itemRuleViolations(item: z.output<typeof itemShapeForRules>): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (item.promisedDays > item.statutoryDays)
    out.push({ path: ['promisedDays'], message: '承诺时限不得长于法定时限' });
  const materialCodes = new Set<string>();
  item.materials.forEach((m, i) => {
    if (materialCodes.has(m.code)) out.push({ path: ['materials', i, 'code'], message: `材料编码重复: ${m.code}` });
    materialCodes.add(m.code);
  });
  const situationCodes = new Set<string>();
  item.situations.forEach((s, i) => {
    if (situationCodes.has(s.code)) out.push({ path: ['situations', i, 'code'], message: `情形编码重复: ${s.code}` });
    situationCodes.add(s.code);
    s.materialCodes.forEach((mc, j) => {
      if (!materialCodes.has(mc))
        out.push({ path: ['situations', i, 'materialCodes', j], message: `情形引用了不存在的材料: ${mc}` });
    });
  });
  if ((item.kind === 'related' || item.kind === 'fee') && !item.parentCode)
    out.push({ path: ['parentCode'], message: '关联事项和收费事项必须指明所属主项' });
  if (item.kind === 'main' && item.parentCode) out.push({ path: ['parentCode'], message: '主项不能有所属主项' });
  if (item.kind !== 'service' && item.disposition === null)
    out.push({ path: ['disposition'], message: '清理事项必须有处理意见' });
  if (item.disposition === 'delegated' && !item.delegatedTo)
    out.push({ path: ['delegatedTo'], message: '下放事项必须写明承接的县市区' });
  if (item.resultType === 'licence' && !item.licenceName) out.push({ path: ['licenceName'], message: '办理结果为证照的事项须写明证照名称' });
  if (item.resultType !== 'licence' && item.licenceName) out.push({ path: ['licenceName'], message: '只有办理结果为证照的事项填写证照名称' });
  if (item.resultType !== 'licence' && item.licenceYears !== null) out.push({ path: ['licenceYears'], message: '只有办理结果为证照的事项填写证照有效期' });
  if (item.disposition === 'not_stationed')
    for (const [field, label] of OFFICE_FIELDS)
      if (!item[field]) out.push({ path: [field], message: `不划转不进驻事项须写明${label}，告诉申请人到哪里办理` });
  if (!item.feeFree && item.fees.length === 0) out.push({ path: ['fees'], message: '收费事项必须列明收费项目' });
  if (item.feeFree && item.fees.length > 0) out.push({ path: ['feeFree'], message: '不收费事项不能列出收费项目' });
  item.fees.forEach((f, i) => {
    const terms = feeTermsOf(f);
    if (terms) for (const v of feeTermsViolations(terms)) out.push({ path: ['fees', i, 'terms', ...v.path], message: v.message });
  });
  if (item.form) out.push(...formRuleViolations(item.form, item.materials.map((m) => m.code)));
  if (item.form && Object.keys(item.form.licenceMap).length && item.resultType !== 'licence')
    out.push({ path: ['form', 'licenceMap'], message: '只有办理结果为证照的事项可以把申请表映射到证照字段' });
  return out;
}

/** A fee's structured terms when it carries valid ones (the rules read plain objects in unit tests). */
function feeTermsOf(fee: unknown) {
  const terms = typeof fee === 'object' && fee !== null && 'terms' in fee ? fee.terms : null;
  const parsed = feeTermsSchema.safeParse(terms);
  return parsed.success ? parsed.data : null;
}

const OFFICE_FIELDS = [
  ['officeName', '办理机构'],
  ['officeAddress', '办公地址'],
  ['officeHours', '办公时间'],
  ['officePhone', '联系电话'],
] as const;

/** The fields the cross-field rules read; kept separate so the rules can be unit-tested on plain objects. */
const itemShapeForRules = z.object({
  kind: z.enum(keysOf(ITEM_KINDS)),
  disposition: z.enum(keysOf(DISPOSITIONS)).nullable(),
  delegatedTo: z.string().nullable(),
  parentCode: z.string().nullable(),
  statutoryDays: z.number(),
  promisedDays: z.number(),
  feeFree: z.boolean(),
  fees: z.array(z.unknown()),
  resultType: z.enum(keysOf(RESULT_TYPES)),
  licenceName: z.string(),
  licenceYears: z.number().nullable(),
  officeName: z.string(),
  officeAddress: z.string(),
  officeHours: z.string(),
  officePhone: z.string(),
  materials: z.array(z.object({ code: z.string() })),
  situations: z.array(z.object({ code: z.string(), materialCodes: z.array(z.string()) })),
  form: formDefinitionSchema.nullable().optional(),
});
