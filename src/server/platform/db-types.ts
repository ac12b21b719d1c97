/**
 * Row types of every table, as Kysely sees them. Each module owns its tables (see the comments);
 * other modules reach them through that module's service.
 */
import type { ColumnType, Generated, InsertType, JSONColumnType, SelectType } from 'kysely';
import type { DB, JsonObject } from './db-types.gen.js';
import type { CaseTables } from './db-types-cases.js';
import type { DocumentTables } from './db-types-documents.js';
import type { ExchangeTables } from './db-types-exchange.js';
import type { HallTables } from './db-types-hall.js';
import type { InspectionTables } from './db-types-inspections.js';
import type { ExpertTables } from './db-types-experts.js';
import type { ProjectTables } from './db-types-projects.js';
import type { AnalyticsTables } from './db-types-analytics.js';
import type { AssessmentTables } from './db-types-assessment.js';
import type { NoticeTables } from './db-types-notices.js';
import type { ProvinceTables } from './db-types-province.js';
import type { FeeTables } from './db-types-fees.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;
/** a NOT NULL JSON column's value before the reader checks its shape */
type JsonDocument = NonNullable<unknown>;

// org module
export interface DepartmentsTable {
  code: string;
  name: string;
  kind: 'bureau' | 'division' | 'institution' | 'regulator';
  parent_code: string | null;
  credit_code: string | null;
  sort_order: Generated<number>;
}
export interface ZonesTable {
  code: string;
  name: string;
  sort_order: Generated<number>;
}
export interface WindowsTable {
  id: Generated<number>;
  zone_code: string;
  number: number;
  name: string;
  comprehensive: Generated<boolean>;
}

// auth module
export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  kind: 'staff' | 'person' | 'organisation';
  id_number: string | null;
  credit_code: string | null;
  phone: string | null;
  phone_verified_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Generated<Date>;
  rev: Generated<number>;
}
/** failed logins per (username as typed, client address) */
export interface LoginFailuresTable {
  username: string;
  address: string;
  failures: Generated<number>;
  locked_until: Date | null;
  updated_at: Generated<Date>;
}
/** an applicant's identity as a window clerk verified it (migration 0023) */
export interface IdentityVerificationsTable {
  user_id: string;
  kind: 'person' | 'organisation';
  id_number: string | null;
  credit_code: string | null;
  document: 'id_card' | 'business_licence' | 'unified_identity';
  /** the window clerk who checked the document; null for the unified identity platform's proof */
  verified_by: string | null;
  verified_at: Date;
  realname_level: 'L1' | 'L2' | 'L3';
  /** the platform's issuer and the subject it proved (document 'unified_identity') */
  issuer: string | null;
  subject: string | null;
  /** an organisation's handler (经办人) at the platform's login, and the authority the platform gave them */
  handler_name: string | null;
  handler_id_number: string | null;
  handler_authority: string | null;
}
export interface OidcLoginsTable {
  handle_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  expires_at: Date;
}
export interface UserRolesTable {
  user_id: string;
  role: string;
  department_code: string | null;
}
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  /** the unified identity platform that logged this session in; null: a local password login */
  idp_issuer: string | null;
}
export interface ApiKeysTable {
  id: string;
  name: string;
  department_code: string;
  prefix: string;
  key_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

// audit (platform)
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: Json;
  after: Json;
  ip: string | null;
  prev_hash: string;
  hash: string;
}
export interface AuditHeadTable {
  id: number;
  hash: string;
  /** the hash the last append replaced */
  prev_hash: string;
  count: number;
}

// catalog module
export interface CatalogBatchesTable {
  id: string;
  name: string;
  description: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface CatalogItemsTable {
  code: string;
  created_at: Generated<Date>;
}
export interface CatalogVersionsTable {
  id: string;
  item_code: string;
  version: number | null;
  stage: 'draft' | 'first_review' | 'recheck' | 'final_review' | 'confirmed' | 'withdrawn';
  data: JSONColumnType<Record<string, unknown>, string, string>;
  name: string;
  author_id: string;
  batch_id: string | null;
  rev: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  confirmed_at: Date | null;
}
export interface CatalogStageEventsTable {
  id: Generated<number>;
  version_id: string;
  from_stage: string;
  to_stage: string;
  action: 'create' | 'submit' | 'pass' | 'return' | 'withdraw';
  actor_id: string;
  reason: Generated<string>;
  at: Generated<Date>;
}
export interface CatalogPublicTable {
  code: string;
  version_id: string;
  version: number;
  name: string;
  kind: string;
  type: string;
  disposition: string | null;
  parent_code: string | null;
  department_code: string;
  zone: string | null;
  online_level: string;
  /** what a decided case gives (itemSchema resultType; migrations/0025) */
  result_type: string;
  statutory_days: number;
  promised_days: number;
  search_text: string;
  data: JSONColumnType<Record<string, unknown>, string, string>;
  confirmed_at: Timestamp;
}
export interface ItemRegulatorsTable {
  item_code: string;
  department_code: string;
}
export interface CatalogFilesTable {
  name: string;
  sha256: string;
  media_type: string;
  content: Uint8Array;
  updated_at: Generated<Date>;
}

// calendar module
export interface CalendarOverridesTable {
  /** a `date` column: the drivers return a Date or a string, so select it with to_char(date, 'YYYY-MM-DD') */
  date: ColumnType<Date | string, string, string>;
  working: boolean;
  reason: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CalendarNoticesTable {
  year: number;
  document: string;
  /** [{ name, from, to, workdays }] (domain/calendar.ts NoticeHoliday) */
  holidays: ColumnType<JsonDocument, string, string>;
  entered_by: string | null;
  entered_at: Generated<Date>;
}

export interface CalendarRevisionsTable {
  id: number;
  fingerprint: string;
  /** { statutory, nationalYears, notices, overrides } (calendar.service.ts CalendarDefinition) */
  definition: ColumnType<JsonDocument, string, string>;
  note: string;
  created_at: Generated<Date>;
}

export interface MigrationsTable {
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

/** The whole database as Kysely sees it. */
export interface Database
  extends CaseTables,
    HallTables,
    DocumentTables,
    ExchangeTables,
    InspectionTables,
    ExpertTables,
    ProjectTables,
    AnalyticsTables,
    AssessmentTables,
    NoticeTables,
    ProvinceTables,
    FeeTables {
  departments: DepartmentsTable;
  zones: ZonesTable;
  windows: WindowsTable;
  users: UsersTable;
  login_failures: LoginFailuresTable;
  identity_verifications: IdentityVerificationsTable;
  oidc_logins: OidcLoginsTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  catalog_batches: CatalogBatchesTable;
  catalog_items: CatalogItemsTable;
  catalog_versions: CatalogVersionsTable;
  catalog_stage_events: CatalogStageEventsTable;
  catalog_public: CatalogPublicTable;
  item_regulators: ItemRegulatorsTable;
  catalog_files: CatalogFilesTable;
  calendar_overrides: CalendarOverridesTable;
  calendar_notices: CalendarNoticesTable;
  calendar_revisions: CalendarRevisionsTable;
  schema_migrations: MigrationsTable;
}

/**
 * The hand-written rows above checked against the generated ones (db-types.gen.ts, `npm run db-types`): a table
 * or column added, dropped or renamed by a migration, a column whose nullability changed, a default the database
 * does not have, or a type that has nothing in common with the column's fails the typecheck, naming the table and
 * column. JSON columns may be narrowed to any shape, text columns to unions of literals.
 */
type Loosen<G> = JsonObject extends G ? unknown : G;
type Nullable<T> = null extends T ? true : false;
type Optional<T> = undefined extends InsertType<T> ? true : null extends InsertType<T> ? true : false;
type ColumnDrift<H, G> =
  | { [K in Exclude<keyof H, keyof G> & string]: `${K}: no such column` }[Exclude<keyof H, keyof G> & string]
  | { [K in Exclude<keyof G, keyof H> & string]: `${K}: missing` }[Exclude<keyof G, keyof H> & string]
  | {
      [K in keyof H & keyof G & string]:
        | (Nullable<SelectType<H[K]>> extends Nullable<SelectType<G[K]>> ? never : `${K}: nullability`)
        | ([Extract<NonNullable<SelectType<H[K]>>, Loosen<SelectType<G[K]>>>] extends [never] ? `${K}: type` : never)
        | (Optional<H[K]> extends true ? (Optional<G[K]> extends true ? never : `${K}: no default`) : never);
    }[keyof H & keyof G & string];
type SchemaDrift = {
  [T in (keyof Database | keyof DB) & string]: T extends keyof DB
    ? T extends keyof Database
      ? `${T}.${ColumnDrift<Database[T], DB[T]>}`
      : `${T}: no table type`
    : `${T}: no such table`;
}[(keyof Database | keyof DB) & string];
/** Fails to compile while the hand-written rows and the migrated schema disagree; the error names one `table.column: why` at a time. */
type NoDrift<T extends never> = T;
export type SchemaChecked = NoDrift<SchemaDrift>;
