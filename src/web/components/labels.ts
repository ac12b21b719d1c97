/**
 * zh-CN labels of the catalog for screens: field names of an item (for forms and diffs),
 * enum values, time limits. Enum labels themselves come from src/domain/catalog.ts.
 */
import {
  DISPOSITIONS,
  ITEM_KINDS,
  ITEM_TYPES,
  ONLINE_LEVELS,
  REALNAME_LEVELS,
  RESULT_TYPES,
  SERVICE_OBJECTS,
  STAGES,
  type OnlineLevel,
  type Stage,
} from '../../domain/catalog-terms';
import type { CatalogItem, Material } from '../../domain/catalog';
import { ROLES, type Role } from '../../domain/roles';

/** Names of the top-level item fields, as the public guide and the diff tables show them. */
export const ITEM_FIELD_LABELS: Record<keyof CatalogItem, string> = {
  code: '事项编码',
  basicCode: '基本编码',
  name: '事项名称',
  kind: '事项类别',
  type: '事项类型',
  disposition: '处理意见',
  delegatedTo: '下放至（县市区）',
  replacedBy: '取代事项（已取消事项）',
  parentCode: '所属主项',
  departmentCode: '实施机构',
  regulatorCodes: '监管部门',
  zone: '办理服务区',
  serviceObject: '服务对象',
  legalBasis: '设定依据',
  conditions: '申请条件',
  description: '事项说明',
  materials: '申请材料',
  situations: '办理情形',
  steps: '办理流程',
  statutoryDays: '法定时限（工作日）',
  promisedDays: '承诺时限（工作日）',
  warningDays: '预警提前（工作日）',
  resultType: '办理结果',
  licenceName: '证照名称',
  licenceYears: '证照有效期（年）',
  instant: '即办件',
  feeFree: '不收费',
  fees: '收费项目',
  onlineLevel: '网办深度',
  minRealNameLevel: '网上申请所需实名等级',
  onSiteInspection: '现场踏勘',
  inspectionChecklist: '踏勘要点',
  expertReview: '专家评审',
  jointHandling: '联合办理',
  hearing: '听证',
  externalMilestones: '外部交易环节',
  location: '办理地点',
  consultPhone: '咨询电话',
  officeName: '办理机构（不进驻事项）',
  officeAddress: '办公地址',
  officeHours: '办公时间',
  officePhone: '联系电话',
  aliases: '别名',
  oldNames: '曾用名',
  keywords: '检索关键词',
  form: '申请表',
};

/** Names of the fields inside list entries (materials, situations, steps, fees). */
const SUB_FIELD_LABELS: Record<string, Record<string, string>> = {
  materials: {
    code: '材料编码',
    name: '材料名称',
    source: '来源渠道',
    requirement: '是否必需',
    originals: '原件份数',
    copies: '复印件份数',
    form: '材料形式',
    template: '示范文本',
    toleranceAllowed: '容缺受理',
    commitmentAllowed: '告知承诺',
    licenceTypes: '可用电子证照',
    notes: '备注',
  },
  situations: { code: '情形编码', name: '情形名称', description: '情形说明', materialCodes: '增加的材料', question: '引导问题' },
  steps: { name: '环节名称', role: '办理人员', days: '时限（工作日）' },
  fees: { name: '收费项目名称', basis: '收费依据', amount: '收费标准' },
};

/** Material requirement labels. */
export const REQUIREMENTS: Record<Material['requirement'], string> = { required: '必需', conditional: '按情形' };

/** Material form labels. */
export const MATERIAL_FORMS: Record<Material['form'], string> = { paper: '纸质', electronic: '电子', either: '纸质或电子' };

/** Tai'an's districts and counties (GB/T 2260), for delegated items. */
export const COUNTIES: Record<string, string> = {
  '370902': '泰山区',
  '370911': '岱岳区',
  '370921': '宁阳县',
  '370923': '东平县',
  '370982': '新泰市',
  '370983': '肥城市',
};

/** Tag colours of online levels. */
export const ONLINE_LEVEL_COLORS: Record<OnlineLevel, string> = {
  full_online: 'green',
  at_most_once: 'blue',
  on_site: 'orange',
};

/** Tag colours of review stages. */
export const STAGE_COLORS: Record<Stage, string> = {
  draft: 'default',
  first_review: 'processing',
  recheck: 'purple',
  final_review: 'gold',
  confirmed: 'success',
  withdrawn: 'error',
};

/** The zh-CN name of a role (src/domain/roles.ts), or the role itself when unknown. */
export function roleLabel(role: string): string {
  return role in ROLES ? ROLES[role as Role].name : role;
}

/** A time limit in working days: "即办" for 0. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return days === 0 ? '即办' : `${days} 个工作日`;
}

/** "泰山区（370902）" for a known county code, the text itself otherwise. */
export function countyLabel(value: string | null | undefined): string {
  if (!value) return '';
  const name = COUNTIES[value];
  return name ? `${name}（${value}）` : value;
}

/** The label of an enum value of a lookup table, or the raw value when unknown. */
export function labelOf<T extends Record<string, string>>(table: T, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return (table as Record<string, string>)[value] ?? value;
}

/** Select options of an enum label table (value → zh label), in the table's order. */
export const enumOptions = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));

/** Stage label. */
export const stageLabel = (s: string) => labelOf(STAGES, s);

/**
 * A diff path in words: `promisedDays` → 承诺时限（工作日）,
 * `materials[1].copies` → 申请材料 第2项 · 复印件份数.
 */
export function pathLabel(path: string): string {
  const segments = path.split(/[.[\]]+/).filter((s) => s !== '');
  const [top, ...rest] = segments;
  if (!top) return path;
  const parts: string[] = [ITEM_FIELD_LABELS[top as keyof CatalogItem] ?? top];
  const sub = SUB_FIELD_LABELS[top];
  for (const s of rest) {
    if (/^\d+$/.test(s)) parts.push(`第${Number(s) + 1}项`);
    else parts.push(sub?.[s] ?? s);
  }
  return parts.join(' · ');
}

/** Enum tables by the last segment of a diff path, so a diff shows 划转 instead of transferred. */
const VALUE_TABLES: Record<string, Record<string, string>> = {
  type: ITEM_TYPES,
  kind: ITEM_KINDS,
  disposition: DISPOSITIONS,
  onlineLevel: ONLINE_LEVELS,
  minRealNameLevel: REALNAME_LEVELS,
  resultType: RESULT_TYPES,
  serviceObject: SERVICE_OBJECTS,
  requirement: REQUIREMENTS,
  form: MATERIAL_FORMS,
};

/** A diff value as text: booleans as 是/否, enum values by label, lists joined, objects as JSON. */
export function valueText(path: string, value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const last = path.split(/[.[\]]+/).filter((s) => s !== '').pop() ?? '';
  if (typeof value === 'string') {
    if (value === '') return '（空）';
    const table = VALUE_TABLES[last];
    return table?.[value] ?? value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.length === 0 ? '（空）' : value.join('；');
  return JSON.stringify(value, null, 2);
}
