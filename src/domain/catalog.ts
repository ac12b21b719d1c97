/**
 * The catalog of licensing items (行政许可事项目录): the shape of one item version and the
 * rules of its four-stage review. Pure: no I/O. Shared by server, CLI, import and web.
 */
import { z } from 'zod';

/** Item types published by provincial portals (事项类型). */
export const ITEM_TYPES = {
  licensing: '行政许可',
  confirmation: '行政确认',
  payment: '行政给付',
  adjudication: '行政裁决',
  reward: '行政奖励',
  other_power: '其他行政权力',
  public_service: '公共服务',
} as const;
export type ItemType = keyof typeof ITEM_TYPES;

/** What the 2018 review decided for each reviewed item. */
export const DISPOSITIONS = {
  transferred: '划转',
  hall_only: '进驻大厅、暂不划转',
  not_stationed: '不划转不进驻',
  cancelled: '取消',
  delegated: '下放县市区',
} as const;
export type Disposition = keyof typeof DISPOSITIONS;

/** Item kinds: a reviewed licensing item, a related item or fee item hanging off one, or a non-licensing hall service. */
export const ITEM_KINDS = {
  main: '行政许可事项',
  related: '关联事项',
  fee: '收费事项',
  service: '公共服务事项',
} as const;
export type ItemKind = keyof typeof ITEM_KINDS;

/** How far an item can be done without coming to the hall. */
export const ONLINE_LEVELS = {
  full_online: '全程网办',
  at_most_once: '最多跑一次',
  on_site: '必须现场',
} as const;
export type OnlineLevel = keyof typeof ONLINE_LEVELS;

/** Who may apply. */
export const SERVICE_OBJECTS = { person: '自然人', organisation: '法人或其他组织', both: '自然人、法人或其他组织' } as const;

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const text = (max = 2000) => z.string().trim().min(1).max(max);
const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, '编码只能包含字母、数字、点、横线和下划线');

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
  notes: z.string().trim().max(1000).default(''),
});
export type Material = z.infer<typeof materialSchema>;

/** A situation (情形) an applicant answers; it adds its own conditional materials. */
export const situationSchema = z.object({
  code,
  name: text(200),
  description: z.string().trim().max(1000).default(''),
  materialCodes: z.array(code).default([]),
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
});

/** A full item version: everything art. 30 of the Administrative Licensing Law asks to be public. */
export const itemSchema = z
  .object({
    code,
    basicCode: z.string().trim().max(40).default(''),
    name: text(200),
    kind: z.enum(keysOf(ITEM_KINDS)),
    type: z.enum(keysOf(ITEM_TYPES)),
    /** set for reviewed items (kind main, related, fee); null for services that were not part of the review */
    disposition: z.enum(keysOf(DISPOSITIONS)).nullable(),
    /** division code of the county for delegated items (e.g. 370902 泰山区) */
    delegatedTo: z.string().trim().max(100).nullable().default(null),
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
    /** 即办件: decided on the spot */
    instant: z.boolean().default(false),
    feeFree: z.boolean().default(true),
    fees: z.array(feeSchema).default([]),
    onlineLevel: z.enum(keysOf(ONLINE_LEVELS)),
    onSiteInspection: z.boolean().default(false),
    expertReview: z.boolean().default(false),
    jointHandling: z.boolean().default(false),
    hearing: z.boolean().default(false),
    location: z.string().trim().max(500).default(''),
    consultPhone: z.string().trim().max(50).default(''),
    aliases: z.array(text(100)).default([]),
    oldNames: z.array(text(200)).default([]),
    keywords: z.array(text(100)).default([]),
  })
  .superRefine((item, ctx) => {
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
  if (!item.feeFree && item.fees.length === 0) out.push({ path: ['fees'], message: '收费事项必须列明收费项目' });
  if (item.feeFree && item.fees.length > 0) out.push({ path: ['feeFree'], message: '不收费事项不能列出收费项目' });
  return out;
}

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
  materials: z.array(z.object({ code: z.string() })),
  situations: z.array(z.object({ code: z.string(), materialCodes: z.array(z.string()) })),
});

/** The materials an applicant must bring for the chosen situations: every required one plus those the situations add. */
export function materialsForSituations(item: Pick<CatalogItem, 'materials' | 'situations'>, situationCodes: string[]): Material[] {
  const chosen = new Set(situationCodes);
  const added = new Set(item.situations.filter((s) => chosen.has(s.code)).flatMap((s) => s.materialCodes));
  return item.materials.filter((m) => m.requirement === 'required' || added.has(m.code));
}

// ---------------------------------------------------------------------------------------------
// The four review stages (梳理保留 → 初审拟定 → 复核 → 终审确认)

/** Where a version stands. `draft` is with its editor; the next three wait for that stage's role. */
export const STAGES = {
  draft: '梳理保留',
  first_review: '初审拟定',
  recheck: '复核',
  final_review: '终审确认',
  confirmed: '已确认发布',
  withdrawn: '已撤回',
} as const;
export type Stage = keyof typeof STAGES;

/** The role that may pass a version out of each waiting stage. */
export const STAGE_ROLE = {
  first_review: 'catalog_reviewer',
  recheck: 'catalog_checker',
  final_review: 'catalog_confirmer',
} as const;
export type ReviewStage = keyof typeof STAGE_ROLE;

const NEXT: Record<ReviewStage, Stage> = { first_review: 'recheck', recheck: 'final_review', final_review: 'confirmed' };

/** One recorded pass or send-back of a version. */
export interface StageEvent {
  stage: Stage;
  actorId: string;
}

/** The reason a stage transition is refused, or null when it is allowed. */
export type StageRefusal =
  | { code: 'CATALOG.STAGE_ROLE'; message: string }
  | { code: 'CATALOG.OWN_DRAFT'; message: string }
  | { code: 'CATALOG.SAME_REVIEWER'; message: string }
  | { code: 'CATALOG.WRONG_STAGE'; message: string };

/**
 * Whether `actorId` holding `roles` may pass (or send back) a version at `stage`.
 * Each stage needs its own role, nobody passes their own draft, and nobody passes two stages of one version.
 */
export function checkStagePass(input: {
  stage: Stage;
  authorId: string;
  actorId: string;
  roles: readonly string[];
  passedBy: readonly string[];
}): StageRefusal | null {
  if (!(input.stage in STAGE_ROLE))
    return { code: 'CATALOG.WRONG_STAGE', message: `该版本处于"${STAGES[input.stage]}"，不在审核环节` };
  const stage = input.stage as ReviewStage;
  const role = STAGE_ROLE[stage];
  if (!input.roles.includes(role)) return { code: 'CATALOG.STAGE_ROLE', message: `"${STAGES[stage]}"需要相应审核角色` };
  if (input.actorId === input.authorId) return { code: 'CATALOG.OWN_DRAFT', message: '不能审核自己起草的版本' };
  if (input.passedBy.includes(input.actorId))
    return { code: 'CATALOG.SAME_REVIEWER', message: '同一版本的各审核环节须由不同人员办理' };
  return null;
}

/** The stage a version moves to when the current stage passes it. */
export function nextStage(stage: ReviewStage): Stage {
  return NEXT[stage];
}

/** A field-level difference between two item versions, for the public history and the review queue. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Field-by-field diff of two item versions; arrays of objects are compared per element, scalars by value. */
export function diffItems(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffItems(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && (before.some(isPlainObject) || after.some(isPlainObject))) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diffItems(before[i], after[i], `${path}[${i}]`)).flat();
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
