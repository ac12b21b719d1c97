/**
 * The national code tables an application form may offer as a choice list (a small, sourced subset).
 * Pure data: the form builder (forms.ts) copies the table into the schema as `oneOf` const/title,
 * so a stored form is self-contained and an old case still shows the names it was filled with.
 */

/** 泰安市行政区划 (GB/T 2260 中华人民共和国行政区划代码, 民政部 2023 年发布的县级以上代码). */
const TAIAN_DIVISIONS = [
  ['370902', '泰山区'],
  ['370911', '岱岳区'],
  ['370921', '宁阳县'],
  ['370923', '东平县'],
  ['370982', '新泰市'],
  ['370983', '肥城市'],
] as const;

/** 国民经济行业分类门类 (GB/T 4754—2017, 含 2019 年第 1 号修改单). */
const INDUSTRY_SECTIONS = [
  ['A', '农、林、牧、渔业'],
  ['B', '采矿业'],
  ['C', '制造业'],
  ['D', '电力、热力、燃气及水生产和供应业'],
  ['E', '建筑业'],
  ['F', '批发和零售业'],
  ['G', '交通运输、仓储和邮政业'],
  ['H', '住宿和餐饮业'],
  ['I', '信息传输、软件和信息技术服务业'],
  ['J', '金融业'],
  ['K', '房地产业'],
  ['L', '租赁和商务服务业'],
  ['M', '科学研究和技术服务业'],
  ['N', '水利、环境和公共设施管理业'],
  ['O', '居民服务、修理和其他服务业'],
  ['P', '教育'],
  ['Q', '卫生和社会工作'],
  ['R', '文化、体育和娱乐业'],
  ['S', '公共管理、社会保障和社会组织'],
  ['T', '国际组织'],
] as const;

/** 企业类型 as the 企业登记 forms ask it (《市场主体登记管理条例》第八条的主要类型). */
const ENTERPRISE_TYPES = [
  ['1100', '有限责任公司'],
  ['1200', '股份有限公司'],
  ['4100', '个人独资企业'],
  ['4200', '合伙企业'],
  ['9100', '农民专业合作社'],
] as const;

export const CODE_TABLES = {
  'taian-division': { name: '泰安市行政区划（GB/T 2260）', entries: TAIAN_DIVISIONS },
  industry: { name: '国民经济行业分类门类（GB/T 4754—2017）', entries: INDUSTRY_SECTIONS },
  'enterprise-type': { name: '企业类型', entries: ENTERPRISE_TYPES },
} as const;
export type CodeTableName = keyof typeof CODE_TABLES;

/** The entries of a code table as JSON Schema `oneOf` alternatives. */
export function codeTableOneOf(name: CodeTableName): { const: string; title: string }[] {
  return CODE_TABLES[name].entries.map(([code, title]) => ({ const: code, title }));
}
