/**
 * Roles and what each may do. The check is the first line of every service method.
 */

/** Every permission the system knows. */
export const PERMISSIONS = [
  'org.manage',
  'users.manage',
  'apikeys.manage',
  'audit.read',
  'catalog.read_drafts',
  'catalog.edit',
  'catalog.first_review',
  'catalog.recheck',
  'catalog.final_review',
  'catalog.export',
  'case.window',
  'case.review',
  'case.decide',
  'case.approve_extension',
  'case.inspect',
  'case.expert',
  'case.apply',
  'case.agent',
  'exchange.regulator',
  'documents.templates',
  'licence.manage',
  'hall.window',
  'hall.manage',
  'hall.rectify',
  'inspection.schedule',
  'expert.manage',
  'project.coordinate',
  'agency.manage',
  'analytics.read',
  'analytics.rebuild',
  'assessment.self',
  'assessment.team',
  'assessment.manage',
  'assessment.record',
  'fee.finance',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The roles, their zh-CN names and permissions. */
export const ROLES = {
  admin: { name: '系统管理员', permissions: ['org.manage', 'users.manage', 'apikeys.manage', 'audit.read', 'catalog.read_drafts', 'catalog.export', 'documents.templates'] },
  catalog_editor: { name: '事项编辑（梳理）', permissions: ['catalog.read_drafts', 'catalog.edit', 'catalog.export'] },
  catalog_reviewer: { name: '事项初审', permissions: ['catalog.read_drafts', 'catalog.first_review', 'catalog.export'] },
  catalog_checker: { name: '事项复核', permissions: ['catalog.read_drafts', 'catalog.recheck', 'catalog.export'] },
  catalog_confirmer: { name: '事项终审', permissions: ['catalog.read_drafts', 'catalog.final_review', 'catalog.export'] },
  window_clerk: { name: '窗口人员', permissions: ['case.window', 'hall.window', 'assessment.self'] },
  case_reviewer: { name: '审查人员', permissions: ['case.review'] },
  section_chief: { name: '科长', permissions: ['case.review', 'case.decide', 'hall.rectify', 'project.coordinate', 'analytics.read', 'assessment.team'] },
  deputy_director: { name: '分管局领导', permissions: ['case.review', 'case.decide', 'case.approve_extension', 'analytics.read'] },
  agency_officer: { name: '进驻部门审批人员', permissions: ['case.review', 'case.decide', 'case.approve_extension'] },
  director: { name: '局长', permissions: ['case.decide', 'case.approve_extension', 'audit.read', 'hall.manage', 'hall.rectify', 'licence.manage', 'project.coordinate', 'agency.manage', 'analytics.read', 'analytics.rebuild', 'assessment.team', 'assessment.manage', 'assessment.record'] },
  hall_manager: { name: '大厅管理员', permissions: ['hall.manage', 'analytics.read', 'assessment.record'] },
  inspection_coordinator: { name: '勘验图审中心调度', permissions: ['inspection.schedule'] },
  expert_manager: { name: '专家库管理员', permissions: ['expert.manage'] },
  agency_lead: { name: '代办服务中心负责人', permissions: ['agency.manage'] },
  inspector: { name: '踏勘人员', permissions: ['case.inspect'] },
  expert: { name: '评审专家', permissions: ['case.expert'] },
  regulator: { name: '监管部门人员', permissions: ['exchange.regulator'] },
  applicant: { name: '申请人', permissions: ['case.apply'] },
  agent: { name: '代办员', permissions: ['case.agent', 'case.apply'] },
  /** 财务人员: reconciles the payment platform's statements, works the mismatches, refunds; sees fee figures */
  finance_officer: { name: '财务人员', permissions: ['fee.finance'] },
} as const satisfies Record<string, { name: string; permissions: readonly Permission[] }>;
export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as [Role, ...Role[]];

/** Roles that act for one department (their grant names it). */
export const DEPARTMENT_SCOPED_ROLES: readonly Role[] = ['window_clerk', 'case_reviewer', 'section_chief', 'deputy_director', 'agency_officer', 'inspector', 'regulator', 'agent'];

/** Roles one person may hold for several departments (a deputy director oversees several divisions). */
export const MULTI_DEPARTMENT_ROLES: readonly Role[] = ['deputy_director'];

/** The permissions a set of roles grants. */
export function permissionsOf(roles: readonly string[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) if (r in ROLES) for (const p of ROLES[r as Role].permissions) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}
