/**
 * Tables of the projects module (migrations/0011_projects.sql): parallel approval projects,
 * joint meetings, agency authorisations and the external milestones of cases.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ProjectTables {
  project_sequences: { year: number; last: number };
  agency_authorisations: {
    id: string;
    company_name: string;
    credit_code: string;
    agent_user_id: string;
    scope: 'project' | 'all';
    project_name: string | null;
    project_id: string | null;
    letter_ref: string;
    valid_from: string;
    valid_to: string;
    revoked_at: Timestamp | null;
    created_by: string;
    created_at: Generated<Date>;
  };
  projects: {
    id: string;
    code: string;
    name: string;
    company_name: string;
    credit_code: string | null;
    lead_department_code: string;
    limit_days: number | null;
    agent_user_id: string | null;
    authorisation_id: string | null;
    applicant_user_id: string | null;
    created_by: string;
    created_at: Timestamp;
    request_key: string | null;
    rev: Generated<number>;
  };
  project_cases: { project_id: string; case_no: string; item_code: string; promised_days: number; sort_order: number };
  project_meetings: {
    id: string;
    project_id: string | null;
    case_no: string | null;
    title: string;
    agenda: string;
    meeting_date: string;
    location: Generated<string>;
    minutes: string | null;
    called_by: string;
    created_at: Timestamp;
    rev: Generated<number>;
    standing: Generated<boolean>;
  };
  project_meeting_topics: { meeting_id: string; seq: number; kind: 'project' | 'case' | 'item' | 'policy'; ref: string | null; title: string; decision: string | null };
  project_meeting_departments: { meeting_id: string; department_code: string };
  project_meeting_decisions: { meeting_id: string; case_no: string; decision: string };
  project_followups: {
    id: string;
    meeting_id: string;
    task: string;
    owner_user_id: string;
    due_date: string;
    done_at: Timestamp | null;
    done_by: string | null;
    done_note: string | null;
    topic_seq: Generated<number | null>;
  };
  case_milestones: { case_no: string; name: string; reference: string; on_date: string; recorded_by: string; recorded_at: Timestamp };
}
