/** The back-office menu: one entry per area, shown only to users whose permissions open it. */
import { ApartmentOutlined, BarChartOutlined, SwapOutlined, FileProtectOutlined, SafetyCertificateOutlined, BellOutlined, DashboardOutlined, LikeOutlined, AuditOutlined, CalendarOutlined, CheckSquareOutlined, FileDoneOutlined, FileSearchOutlined, InboxOutlined, KeyOutlined, ProfileOutlined, TeamOutlined, WarningOutlined, TrophyOutlined } from '@ant-design/icons';
import { CarryOutOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { ExperimentOutlined, SolutionOutlined } from '@ant-design/icons';
import { AccountBookOutlined, MoneyCollectOutlined, ClusterOutlined, CloudUploadOutlined, CustomerServiceOutlined, EyeOutlined, MessageOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../../app/access';

/** One menu entry. */
export interface AdminMenuEntry {
  area: Area;
  path: string;
  label: string;
  icon: ReactNode;
}

/** Menu entries in display order. */
export const ADMIN_MENU: AdminMenuEntry[] = [
  { area: 'hallWindow', path: '/admin/hall/window', label: '窗口叫号', icon: <BellOutlined /> },
  { area: 'window', path: '/admin/window', label: '窗口受理', icon: <InboxOutlined /> },
  { area: 'hall', path: '/admin/hall', label: '大厅总览', icon: <DashboardOutlined /> },
  { area: 'analytics', path: '/admin/analytics', label: '大数据分析', icon: <BarChartOutlined /> },
  { area: 'feeAnalytics', path: '/admin/analytics/fees', label: '收费统计', icon: <MoneyCollectOutlined /> },
  { area: 'rectifications', path: '/admin/hall/rectifications', label: '差评整改', icon: <LikeOutlined /> },
  { area: 'myAssessment', path: '/admin/my-assessment', label: '我的考核', icon: <TrophyOutlined /> },
  { area: 'assessment', path: '/admin/assessment', label: '窗口考核', icon: <TrophyOutlined /> },
  { area: 'director', path: '/admin/director', label: '延期审批与督办', icon: <WarningOutlined /> },
  { area: 'cases', path: '/admin/cases', label: '审查决定', icon: <FileDoneOutlined /> },
  { area: 'projects', path: '/admin/projects', label: '并联审批项目', icon: <ClusterOutlined /> },
  { area: 'meetings', path: '/admin/meetings', label: '联席会议', icon: <ScheduleOutlined /> },
  { area: 'agency', path: '/admin/agency', label: '代办服务中心', icon: <CustomerServiceOutlined /> },
  { area: 'inspections', path: '/admin/inspections', label: '现场踏勘调度', icon: <EnvironmentOutlined /> },
  { area: 'inspectionTasks', path: '/admin/inspections/tasks', label: '我的踏勘任务', icon: <CarryOutOutlined /> },
  { area: 'experts', path: '/admin/experts', label: '专家库', icon: <SolutionOutlined /> },
  { area: 'myReviews', path: '/admin/my-reviews', label: '我的评审', icon: <ExperimentOutlined /> },
  { area: 'supervision', path: '/admin/supervision', label: '监管工作台', icon: <EyeOutlined /> },
  { area: 'licences', path: '/admin/licences', label: '证照管理', icon: <SafetyCertificateOutlined /> },
  { area: 'catalog', path: '/admin/catalog', label: '事项管理', icon: <ProfileOutlined /> },
  { area: 'review', path: '/admin/review', label: '审核队列', icon: <CheckSquareOutlined /> },
  { area: 'batches', path: '/admin/batches', label: '清理批次', icon: <FileSearchOutlined /> },
  { area: 'org', path: '/admin/org', label: '组织机构', icon: <ApartmentOutlined /> },
  { area: 'calendar', path: '/admin/calendar', label: '工作日历', icon: <CalendarOutlined /> },
  { area: 'templates', path: '/admin/templates', label: '文书模板', icon: <FileProtectOutlined /> },
  { area: 'noticeTemplates', path: '/admin/notice-templates', label: '告知模板', icon: <MessageOutlined /> },
  { area: 'users', path: '/admin/users', label: '用户与角色', icon: <TeamOutlined /> },
  { area: 'apiKeys', path: '/admin/api-keys', label: '接口密钥', icon: <KeyOutlined /> },
  { area: 'apiKeys', path: '/admin/exchange', label: '数据交换', icon: <SwapOutlined /> },
  { area: 'apiKeys', path: '/admin/province', label: '省平台对账', icon: <CloudUploadOutlined /> },
  { area: 'fees', path: '/admin/fees', label: '收费对账', icon: <AccountBookOutlined /> },
  { area: 'audit', path: '/admin/audit', label: '审计日志', icon: <AuditOutlined /> },
];

/**
 * Where each role starts its day (its own work, not the first menu entry it happens to see); the
 * first role of the user's list that has one wins, otherwise the first menu entry they may use.
 */
export const ROLE_HOMES: Readonly<Record<string, string>> = {
  director: '/admin/director',
  window_clerk: '/admin/hall/window',
  case_reviewer: '/admin/cases',
  section_chief: '/admin/cases',
  deputy_director: '/admin/cases',
  agency_officer: '/admin/cases',
  hall_manager: '/admin/hall',
  inspection_coordinator: '/admin/inspections',
  inspector: '/admin/inspections/tasks',
  expert: '/admin/my-reviews',
  expert_manager: '/admin/experts',
  regulator: '/admin/supervision',
  finance_officer: '/admin/fees',
  agency_lead: '/admin/agency',
  catalog_editor: '/admin/catalog',
  catalog_reviewer: '/admin/review',
  catalog_checker: '/admin/review',
  catalog_confirmer: '/admin/review',
};
