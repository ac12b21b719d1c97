/**
 * Terms and pure rules of the catalog that need no schema library: labels, review stages,
 * the stage rules, the field diff and the material list for a situation. The web app imports
 * this module; src/domain/catalog.ts adds the zod schemas and re-exports it.
 */

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

/** One line explaining each disposition of the reform (the portal's home page figures; here, not in the web app's labels, so the home page does not load those). */
export const DISPOSITION_NOTES: Record<Disposition, string> = {
  transferred: '审批权划入本局，由本局审批并盖章',
  hall_only: '原部门派人进驻大厅受理，以原部门名义审批',
  not_stationed: '仍在原部门办理，本网站告诉您去哪里办',
  cancelled: '法律法规已取消，不再受理',
  delegated: '已下放到县市区办理',
};

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

/** Whether an applicant may file the item online: not one that must be done in person (必须现场), which is booked at the hall instead. */
export const appliesOnline = (item: { onlineLevel: string }): boolean => item.onlineLevel !== 'on_site';

/**
 * Real-name levels (实名等级) of the province's unified identity platform: how surely the person at
 * the keyboard was proven to be the holder of the identity. An item may require a minimum.
 */
export const REALNAME_LEVELS = {
  L1: '一级（注册用户）',
  L2: '二级（实名核验）',
  L3: '三级（人脸识别或当面核验）',
} as const;
export type RealNameLevel = keyof typeof REALNAME_LEVELS;

/** Whether `have` (null: no proven identity) reaches `need` (null: no requirement). */
export function meetsRealNameLevel(have: RealNameLevel | null, need: RealNameLevel | null): boolean {
  if (!need) return true;
  return have !== null && Number(have.slice(1)) >= Number(need.slice(1));
}

/** What a decided item gives the applicant (办理结果): only 证照 items make electronic licences. */
export const RESULT_TYPES = {
  licence: '证照',
  decision: '批准文书',
  record: '登记/备案',
  service: '服务办结',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;

/** What an item gives, in words: 证照（食品经营许可证）, 批准文书 … */
export function resultText(item: { resultType: ResultType; licenceName: string }): string {
  return item.resultType === 'licence' && item.licenceName ? `${RESULT_TYPES.licence}（${item.licenceName}）` : RESULT_TYPES[item.resultType];
}

/** Where an item that is not stationed in the hall (不划转不进驻) is applied for: the owning agency's own office. */
export interface Office {
  officeName: string;
  officeAddress: string;
  officeHours: string;
  officePhone: string;
}

/** Whether the hall neither receives nor decides an item: no online application, no hall ticket. */
export function isNotStationed(item: { disposition: string | null }): boolean {
  return item.disposition === 'not_stationed';
}

/** The office a not-stationed item is applied at, or null for an item the hall receives. */
export function officeOf(item: Office & { disposition: string | null }): { name: string; address: string; hours: string; phone: string } | null {
  return isNotStationed(item) ? { name: item.officeName, address: item.officeAddress, hours: item.officeHours, phone: item.officePhone } : null;
}

/** "请到…办理（地址…）": an office, its address, hours and phone in one clause. */
export function officeText(office: Office): string {
  return `请到${office.officeName}办理（地址：${office.officeAddress}；办公时间：${office.officeHours}；电话：${office.officePhone}）`;
}

/** "请到…办理" for a not-stationed item: the office, its address, hours and phone in one sentence. */
export function whereToGoText(item: Office): string {
  return `该事项不进驻政务服务中心，${officeText(item)}。`;
}

/** Who may apply. */
export const SERVICE_OBJECTS = { person: '自然人', organisation: '法人或其他组织', both: '自然人、法人或其他组织' } as const;

/** The materials an applicant must bring for the chosen situations: every required one plus those the situations add. */
export function materialsForSituations<M extends { code: string; requirement: 'required' | 'conditional' }>(
  item: { materials: M[]; situations: { code: string; materialCodes: string[] }[] },
  situationCodes: string[],
): M[] {
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
