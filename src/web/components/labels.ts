/**
 * zh-CN labels for screens, the one table of codes a person can see: field names of an item (for
 * forms and diffs), enum values, time limits, the audit trail's actions. Enum labels themselves
 * come from src/domain (catalog, case, licence); test/labels.test.ts checks that every code the
 * server can emit has one.
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
import { CASE_ACTIONS } from '../../domain/case';
import { LICENCE_ACTIONS } from '../../domain/licence';
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

/**
 * Item fields for the back office only: search keywords, the reform's disposition (划转 …) and the
 * warning lead. The public item page and its version history leave them out.
 */
export const INTERNAL_ITEM_FIELDS: ReadonlySet<keyof CatalogItem> = new Set(['keywords', 'disposition', 'warningDays']);

/** Whether a diff path (`keywords[2]`, `disposition`) belongs to an internal field. */
export const isInternalPath = (path: string) => INTERNAL_ITEM_FIELDS.has((path.split(/[.[]/)[0] ?? '') as keyof CatalogItem);

/** How often an applicant must come in person, by online level (全程网办 0, 最多跑一次 at most 1). */
export const VISITS: Record<OnlineLevel, string> = { full_online: '0 次', at_most_once: '最多 1 次', on_site: '至少 1 次' };

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

/** Fields holding department codes, shown by the department's name. */
const DEPARTMENT_FIELDS = new Set(['departmentCode', 'regulatorCodes']);

/**
 * A diff value as text: booleans as 是/否, enum values by label, department codes by name
 * (`department`, when given), lists joined, objects as JSON.
 */
export function valueText(path: string, value: unknown, department?: (code: string) => string): string {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const segments = path.split(/[.[\]]+/).filter((s) => s !== '');
  const last = segments.pop() ?? '';
  if (department && DEPARTMENT_FIELDS.has(segments[0] ?? last)) {
    if (typeof value === 'string' && value) return department(value);
    if (Array.isArray(value) && value.length) return value.map((v) => department(String(v))).join('；');
  }
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

/** The audit trail's actions other than a case's and a licence's own (those are CASE_ACTIONS and LICENCE_ACTIONS). */
export const AUDIT_ACTIONS: Record<string, string> = {
  'agency.authorise': '代办授权',
  'agency.revoke': '撤销代办授权',
  'analytics.rebuild': '重建统计数据',
  'apikey.create': '创建接口密钥',
  'apikey.revoke': '吊销接口密钥',
  'assessment.adjustment': '考核加减分',
  'assessment.complaint_decided': '投诉处理决定',
  'assessment.complaint_recorded': '登记投诉',
  'assessment.conduct_points': '作风纪律扣分',
  'assessment.config': '修改考核规则',
  'assessment.fault_dismissed': '过错核实不属实',
  'assessment.fault_verified': '过错核实属实',
  'assessment.month_closed': '月度考核结账',
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'calendar.notice_delete': '删除放假通知',
  'calendar.notice_put': '发布放假通知',
  'calendar.override_delete': '删除日历调整',
  'calendar.override_put': '调整工作日',
  'case.edit_draft': '修改申请草稿',
  'case.library_licence': '引用电子证照',
  'case.material_attach': '上传申请材料',
  'case.milestone_record': '记录外部环节',
  'case.transfer_filer': '转交经办人',
  'catalog.batch_create': '创建事项批次',
  'catalog.template_put': '上传示范文本',
  'catalog.version_create': '新建事项版本',
  'catalog.version_pass': '审核通过事项版本',
  'catalog.version_return': '退回事项版本',
  'catalog.version_submit': '提交事项版本',
  'catalog.version_update': '修改事项版本',
  'catalog.version_withdraw': '撤回事项版本',
  'documents.template_save': '保存文书模板',
  'exchange.acknowledge': '确认收到交换数据',
  'exchange.inbound_confirm': '确认监管部门吊销请求',
  'exchange.inbound_decline': '不予采纳监管部门请求',
  'exchange.replay': '重放交换数据',
  'exchange.resend': '重新发送交换数据',
  'exchange.subscribe': '订阅交换数据',
  'expert.create': '新增专家',
  'expert.update': '修改专家信息',
  'expert_review.conclude': '专家评审结论',
  'expert_review.decline': '专家回避/拒绝',
  'expert_review.end': '结束专家评审',
  'expert_review.overdue': '专家评审逾期',
  'expert_review.request': '发起专家评审',
  'expert_review.sign': '专家签名',
  'fee.flag_resolve': '处理收费异常',
  'fee.statement_import': '导入银行对账单',
  'hall.kiosk.register': '登记自助终端',
  'hall.kiosk.revoke': '停用自助终端',
  'hall.rectification_call_back': '差评回访',
  'hall.rectification_close': '差评整改办结',
  'hall.rectification_rectify': '差评整改',
  'hall.rectification_verify': '差评核实',
  'hall.window_items': '设置窗口事项',
  'identity.link': '关联统一身份',
  'identity.verify': '实名核验',
  'inspection.cancel': '取消踏勘',
  'inspection.confirm': '确认踏勘结果',
  'inspection.photo': '上传踏勘照片',
  'inspection.record': '记录踏勘情况',
  'inspection.request': '申请现场踏勘',
  'inspection.schedule': '安排现场踏勘',
  'licence.issue': '签发电子证照',
  'meeting.create': '召开联席会议',
  'meeting.followup_add': '新增会议督办事项',
  'meeting.followup_done': '督办事项办结',
  'meeting.minutes': '记录会议纪要',
  'notice.phone_verified': '验证手机号',
  'notice.template': '修改通知模板',
  'notice.wechat_bound': '绑定微信',
  'org.load': '导入机构数据',
  'pii.read_id_number': '查看完整身份证号',
  'project.create': '新建投资项目',
  'project.reassign': '改派代办员',
  'province.resend': '重新上报省平台',
  'user.create': '新建用户',
  'user.register': '用户注册',
  'user.set_roles': '设置用户角色',
  'user.unlock': '解锁用户',
};

/** The zh-CN name of an audit action (case.approve → 准予许可), or null when it has none. */
export function auditActionLabel(action: string): string | null {
  const [scope, rest = ''] = action.split(/\.(.*)/s);
  if (scope === 'case' && rest in CASE_ACTIONS) return CASE_ACTIONS[rest as keyof typeof CASE_ACTIONS];
  if (scope === 'licence' && rest in LICENCE_ACTIONS) return `${LICENCE_ACTIONS[rest as keyof typeof LICENCE_ACTIONS]}证照`;
  return AUDIT_ACTIONS[action] ?? null;
}
