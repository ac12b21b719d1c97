/**
 * Which back-office areas a user sees, from `GET /auth/session` (`permissions`, falling back on
 * `roles[].role`). The server checks every call again; this only decides what the menu offers.
 * Permission names are those of src/domain/roles.ts.
 */
import { STAGE_ROLE, type ReviewStage } from '../../domain/catalog-terms';
import type { Permission } from '../../domain/roles';
import type { Me } from '../api/types';

type MaybeMe = Me | null | undefined;

/** Whether the user holds one of `roles`. */
export function hasRole(me: MaybeMe, ...roles: string[]): boolean {
  return !!me && me.roles.some((r) => roles.includes(r.role));
}

/** Whether the user has one of `permissions`. */
export function can(me: MaybeMe, ...permissions: Permission[]): boolean {
  return !!me && me.permissions.some((p) => (permissions as string[]).includes(p));
}

/** The permission that passes a version out of each review stage. */
const STAGE_PERMISSION: Record<ReviewStage, Permission> = {
  first_review: 'catalog.first_review',
  recheck: 'catalog.recheck',
  final_review: 'catalog.final_review',
};

/** The review stages the user may pass, in stage order. */
export function reviewStagesOf(me: MaybeMe): ReviewStage[] {
  return (Object.keys(STAGE_ROLE) as ReviewStage[]).filter((s) => can(me, STAGE_PERMISSION[s]) || hasRole(me, STAGE_ROLE[s]));
}

/** Whether the user drafts catalog versions (梳理). */
export const canEditCatalog = (me: MaybeMe) => can(me, 'catalog.edit') || hasRole(me, 'catalog_editor');

/** Whether the user may download the catalog export. */
export const canExportCatalog = (me: MaybeMe) => can(me, 'catalog.export');

/** Whether the user applies for themselves or, as an agent, for companies (网上申请, 我的办件). */
export const canApply = (me: MaybeMe) => can(me, 'case.apply', 'case.agent');

/** Back-office areas and who sees them. */
export const AREAS = {
  window: (me: MaybeMe) => can(me, 'case.window'),
  director: (me: MaybeMe) => can(me, 'case.approve_extension'),
  cases: (me: MaybeMe) => can(me, 'case.review', 'case.decide', 'case.approve_extension'),
  catalog: (me: MaybeMe) => can(me, 'catalog.read_drafts', 'catalog.edit'),
  review: (me: MaybeMe) => reviewStagesOf(me).length > 0,
  batches: (me: MaybeMe) => can(me, 'catalog.read_drafts', 'catalog.edit'),
  org: (me: MaybeMe) => !!me && me.kind === 'staff',
  calendar: (me: MaybeMe) => can(me, 'org.manage'),
  users: (me: MaybeMe) => can(me, 'users.manage'),
  apiKeys: (me: MaybeMe) => can(me, 'apikeys.manage'),
  audit: (me: MaybeMe) => can(me, 'audit.read'),
  fees: (me: MaybeMe) => can(me, 'fee.finance'),
  licences: (me: MaybeMe) =>
    can(me, 'case.window', 'case.review', 'case.decide', 'case.approve_extension', 'case.inspect', 'case.expert', 'licence.manage', 'exchange.regulator'),
  templates: (me: MaybeMe) => can(me, 'documents.templates'),
  noticeTemplates: (me: MaybeMe) => can(me, 'documents.templates'),
  hallWindow: (me: MaybeMe) => can(me, 'hall.window'),
  hall: (me: MaybeMe) => can(me, 'hall.manage'),
  analytics: (me: MaybeMe) => can(me, 'analytics.read'),
  feeAnalytics: (me: MaybeMe) => can(me, 'analytics.read', 'fee.finance'),
  rectifications: (me: MaybeMe) => can(me, 'hall.rectify', 'hall.manage'),
  myAssessment: (me: MaybeMe) => can(me, 'assessment.self'),
  assessment: (me: MaybeMe) => can(me, 'assessment.team', 'assessment.manage', 'assessment.record'),
  inspections: (me: MaybeMe) => can(me, 'inspection.schedule'),
  inspectionTasks: (me: MaybeMe) => can(me, 'case.inspect'),
  experts: (me: MaybeMe) => can(me, 'expert.manage'),
  myReviews: (me: MaybeMe) => can(me, 'case.expert'),
  projects: (me: MaybeMe) => can(me, 'case.window', 'case.review', 'case.decide', 'project.coordinate', 'agency.manage'),
  meetings: (me: MaybeMe) => can(me, 'project.coordinate', 'case.review', 'case.decide', 'case.window', 'case.inspect', 'exchange.regulator', 'agency.manage'),
  agency: (me: MaybeMe) => can(me, 'agency.manage'),
  supervision: (me: MaybeMe) => can(me, 'exchange.regulator', 'analytics.read', 'licence.manage'),
} as const satisfies Record<string, (me: MaybeMe) => boolean>;
export type Area = keyof typeof AREAS;
