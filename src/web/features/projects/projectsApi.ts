/**
 * The projects, agency and meetings API as the screens use it: shapes of docs/api-v1.md
 * (Projects) and TanStack Query hooks.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CaseStatus } from '../../../domain/case';
import type { ProjectClockState } from '../../../domain/project';

export interface Milestone {
  name: string;
  recorded: boolean;
  reference: string | null;
  date: string | null;
  recordedBy: string | null;
}
export interface ProjectItem {
  caseNo: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  departmentName: string;
  status: CaseStatus;
  statusName: string;
  clockState: 'ok' | 'warning' | 'overdue' | 'paused' | 'waiting_applicant' | 'done' | 'not_started';
  promisedDays: number;
  acceptedAt: string | null;
  promisedDue: string | null;
  remainingWorkingDays: number | null;
  decidedAt: string | null;
  onTime: boolean | null;
  nextStep: { text: string; by: 'applicant' | 'bureau' | null };
  milestones: Milestone[];
  version: number;
}
export interface ProjectClockView {
  limitDays: number;
  startedOn: string | null;
  dueOn: string | null;
  remainingWorkingDays: number | null;
  state: ProjectClockState;
  stateName: string;
  atRisk: string[];
  overdueCases: string[];
  finished: number;
  total: number;
  onTime: boolean | null;
}
export interface Project {
  id: string;
  code: string;
  name: string;
  companyName: string;
  creditCode: string | null;
  leadDepartmentCode: string;
  leadDepartmentName: string;
  setLimitDays: number | null;
  agent: { userId: string; name: string } | null;
  createdAt: string;
  rev: number;
  clock: ProjectClockView;
  items: ProjectItem[];
  meetings?: { id: string; title: string; meetingDate: string }[];
}
export interface Authorisation {
  id: string;
  companyName: string;
  creditCode: string;
  agent: { userId: string; name: string };
  scope: 'project' | 'all';
  projectName: string | null;
  projectId: string | null;
  letterRef: string;
  validFrom: string;
  validTo: string;
  state: 'valid' | 'expired' | 'not_yet' | 'revoked';
  createdAt: string;
}
export interface AgentLoad {
  userId: string;
  name: string;
  projects: number;
  activeProjects: number;
  openCases: number;
  overdueCases: number;
  waitingOnAgent: number;
  projectList: { id: string; code: string; name: string; companyName: string; state: ProjectClockState; stateName: string; rev: number }[];
}
export interface Followup {
  id: string;
  task: string;
  owner: { userId: string; name: string };
  dueDate: string;
  state: 'open' | 'overdue' | 'done';
  doneAt: string | null;
  doneNote: string | null;
  mayComplete: boolean;
  /** the standing meeting's topic it carries out */
  topicSeq: number | null;
}
export type TopicKind = 'project' | 'case' | 'item' | 'policy';
export const TOPIC_KINDS: Record<TopicKind, string> = { project: '项目', case: '办件', item: '事项规则', policy: '政策议题' };
export interface MeetingTopic {
  seq: number;
  kind: TopicKind;
  ref: string | null;
  /** the project's, case's or item's name */
  label: string;
  title: string;
  decision: string | null;
}
export interface Meeting {
  id: string;
  project: { id: string; code: string; name: string } | null;
  caseNo: string | null;
  /** a meeting of the standing joint-meeting system (联席会议制度) */
  standing: boolean;
  topics: MeetingTopic[];
  title: string;
  agenda: string;
  meetingDate: string;
  location: string;
  minutes: string | null;
  calledBy: string;
  rev: number;
  departments: { code: string; name: string }[];
  cases: { caseNo: string; itemName: string; departmentName: string }[];
  decisions: { caseNo: string; decision: string }[];
  followups: Followup[];
  participants: { userId: string; name: string; departmentCode: string }[];
  mayEdit: boolean;
}
export interface MeetingSummary {
  id: string;
  title: string;
  meetingDate: string;
  project: { id: string; code: string; name: string } | null;
  caseNo: string | null;
  standing: boolean;
  topics: number;
  departments: string[];
  held: boolean;
  openFollowups: number;
  overdueFollowups: number;
}

export const AUTHORISATION_STATES: Record<Authorisation['state'], readonly [string, string]> = {
  valid: ['有效', 'green'],
  not_yet: ['未生效', 'default'],
  expired: ['已过期', 'default'],
  revoked: ['已撤销', 'red'],
};
export const FOLLOWUP_STATES: Record<Followup['state'], readonly [string, string]> = { open: ['办理中', 'blue'], overdue: ['已逾期', 'red'], done: ['已办结', 'green'] };

export const useProjects = (q: { q?: string; state?: string } = {}) =>
  useQuery({ queryKey: ['projects', q], queryFn: ({ signal }) => api.get<{ items: Project[]; total: number }>('/projects', q, signal) });
export const useProject = (id: string) => useQuery({ queryKey: ['projects', id], queryFn: ({ signal }) => api.get<Project>(`/projects/${id}`, undefined, signal) });
export const useAuthorisations = (enabled = true) =>
  useQuery({ queryKey: ['agency', 'authorisations'], queryFn: ({ signal }) => api.get<{ items: Authorisation[] }>('/agency/authorisations', undefined, signal), enabled });
export const useWorkload = () => useQuery({ queryKey: ['agency', 'workload'], queryFn: ({ signal }) => api.get<{ agents: AgentLoad[] }>('/agency/workload', undefined, signal) });
export const useMeetings = () => useQuery({ queryKey: ['meetings'], queryFn: ({ signal }) => api.get<{ items: MeetingSummary[]; myFollowups: (Followup & { meetingId: string; meetingTitle: string })[] }>('/meetings', undefined, signal) });
export const useMeeting = (id: string) => useQuery({ queryKey: ['meetings', id], queryFn: ({ signal }) => api.get<Meeting>(`/meetings/${id}`, undefined, signal) });
export const useMilestones = (caseNo: string) =>
  useQuery({ queryKey: ['cases', caseNo, 'milestones'], queryFn: ({ signal }) => api.get<{ caseNo: string; items: Milestone[]; mayRecord: boolean }>(`/cases/${caseNo}/milestones`, undefined, signal) });
