/**
 * Which module owns each table (docs/adr/0017, "Table ownership"): the module whose migration and
 * service create and write it. Only the owner names its tables; others read through the owner's
 * exported query functions. test/ownership.test.ts holds every table of migrations/*.sql to exactly
 * one owner here, and every module's source to its own tables (less an allowlist that only shrinks).
 * `platform` is src/server/platform (outbox, audit, signing, migrations), not a module.
 */
import type { DB } from './db-types.gen.js';

type Table = keyof DB;

export const TABLE_OWNERS = {
  org: ['departments', 'zones', 'windows'],
  auth: ['users', 'user_roles', 'sessions', 'api_keys', 'login_failures', 'identity_verifications', 'oidc_logins'],
  catalog: ['catalog_batches', 'catalog_items', 'catalog_versions', 'catalog_stage_events', 'catalog_public', 'item_regulators', 'catalog_files'],
  calendar: ['calendar_overrides', 'calendar_notices', 'calendar_revisions'],
  cases: ['cases', 'case_actions', 'case_sequences', 'case_materials', 'case_followups', 'files'],
  hall: [
    'hall_window_items',
    'hall_sessions',
    'hall_ticket_counters',
    'hall_tickets',
    'hall_ticket_events',
    'hall_slot_counts',
    'hall_appointments',
    'hall_ratings',
    'hall_rectifications',
    'hall_kiosks',
  ],
  documents: ['documents', 'document_sequences', 'document_templates'],
  licences: ['licences', 'licence_sequences'],
  exchange: ['exchange_state', 'exchange_subscriptions', 'exchange_events', 'exchange_deliveries', 'exchange_attempts', 'exchange_inbound', 'exchange_department_keys'],
  // the workbench's acknowledgements (migration 0050): regulators reads and signs them; the exchange's fan-out inserts them
  regulators: ['exchange_acks'],
  inspections: ['inspections', 'inspection_inspectors', 'inspection_photos'],
  experts: ['experts', 'expert_reviews', 'expert_draws', 'expert_assignments'],
  projects: [
    'projects',
    'project_sequences',
    'project_cases',
    'project_meetings',
    'project_meeting_departments',
    'project_meeting_decisions',
    'project_meeting_topics',
    'project_followups',
    'case_milestones',
    'agency_authorisations',
  ],
  analytics: ['analytics_case_facts', 'analytics_rollup', 'analytics_rollup_hist'],
  assessment: [
    'assessment_configs',
    'assessment_complaints',
    'assessment_conduct_points',
    'assessment_faults',
    'assessment_months',
    'assessment_snapshots',
    'assessment_adjustments',
  ],
  notices: ['notices', 'notice_deliveries', 'notice_settings', 'notice_template_versions', 'phone_codes'],
  fees: ['fee_assessments', 'fee_callbacks', 'fee_flags', 'fee_statements', 'fee_reminders'],
  // the 免证办 uses of the province's e-licence library (migration 0048), written by the province module
  province: ['province_pushes', 'case_library_licences'],
  platform: ['outbox', 'outbox_cursors', 'outbox_failures', 'audit_log', 'audit_head', 'signing_keys', 'schema_migrations'],
} as const satisfies Record<string, readonly Table[]>;

export type Owner = keyof typeof TABLE_OWNERS;

