/**
 * Response and request types of the API v1. Where an answer maps cleanly, the type is the one
 * generated from docs/openapi.json (`Ok<operationId>` over ./openapi.gen.ts, kept in step by
 * `npm run openapi` and test/api-types.test.ts); the rest are still written by hand from
 * docs/api-v1.md (issue #16: replace them as the server's schemas get as precise as they are).
 * The item itself comes from the shared domain schema (src/domain/catalog.ts).
 */
import type { Disposition, ItemKind, ItemType, OnlineLevel, Stage } from '../../domain/catalog-terms';
import type { CatalogItem, CatalogItemInput } from '../../domain/catalog';
import type { ActionPayloads, CaseActionType, CaseStatus, MaterialProblem } from '../../domain/case';
import type { ReviewStep } from '../../domain/authority';
import type { Clock } from '../../domain/clock';
import type { operations } from './openapi.gen';

/** The JSON body of an operation's answer (200 or 201), by its operationId in docs/openapi.json. */
export type Ok<O extends keyof operations> = operations[O]['responses'] extends { 200: { content: { 'application/json': infer B } } }
  ? B
  : operations[O]['responses'] extends { 201: { content: { 'application/json': infer B } } }
    ? B
    : never;

/** A page of a list answer. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** An answer that is a plain list. */
export interface ItemsOf<T> {
  items: T[];
}

/** One field-level difference between two item versions. */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

/** A field error inside a problem answer. */
export interface ProblemFieldError {
  path?: string;
  message: string;
  /** import errors name the cell instead of a path */
  sheet?: string;
  row?: number;
  column?: string;
}

/** The `application/problem+json` error body. */
export interface Problem {
  type?: string;
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: ProblemFieldError[];
}

// ---------------------------------------------------------------------------------------------
// Auth

/** One role held by a user, optionally scoped to a department. */
export interface RoleGrant {
  role: string;
  departmentCode: string | null;
}

/** The logged-in user (`GET /auth/session`, `POST /auth/login`). */
export type Me = Ok<'getAuthMe'>;

/** `POST /auth/login` and `POST /auth/register` answer. */
export interface UserAnswer {
  user: Me;
}

/** `GET /auth/session` answer: who is logged in, null for nobody. */
export interface SessionAnswer {
  user: Me | null;
}

/** `GET /auth/oidc`: whether the unified identity login (统一身份认证) is on. */
export type OidcAnswer = Ok<'getAuthOidc'>;

/** `POST /auth/logout` answer for a session of the unified identity platform (a password session answers 204). */
export type LogoutAnswer = Ok<'postAuthLogout'>;

/** `GET /auth/identity`: the account's proven identity and real-name level, null when not proven. */
export type IdentityAnswer = Ok<'getAuthIdentity'>;

/** `POST /auth/register` body. */
export interface RegisterBody {
  username: string;
  password: string;
  displayName: string;
  kind: 'person' | 'organisation';
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

// ---------------------------------------------------------------------------------------------
// Organisation

/** One department (`GET /org/departments`). */
export type Department = Ok<'getOrgDepartments'>['items'][number];

/** One window of a hall zone. */
export type HallWindow = Zone['windows'][number];

/** One hall zone (服务区) with its windows (`GET /org/zones`). */
export type Zone = Ok<'getOrgZones'>['items'][number];

/** A role and its permissions (`GET /roles`). */
export type RoleInfo = Ok<'getRoles'>['items'][number];

/** A user as the admin list shows it; personal data comes masked. */
export type UserRow = Ok<'getUsers'>['items'][number];

/** `POST /users` body. */
export interface CreateUserBody {
  username: string;
  displayName: string;
  password: string;
  roles: RoleGrant[];
  phone?: string;
}

/** An API key of a regulator system; the secret itself is never listed. */
export type ApiKeyRow = Ok<'getApiKeys'>['items'][number];

/** `POST /api-keys` answer: the only time the key is shown. */
export type CreatedApiKey = Ok<'postApiKeys'>;

// ---------------------------------------------------------------------------------------------
// Audit

/** One audit log row. */
export type AuditRow = Ok<'getAudit'>['items'][number];

/** `GET /audit/verify` answer. */
export type AuditVerify = Ok<'getAuditVerify'>;

// ---------------------------------------------------------------------------------------------
// Catalog (public)

/** Counts by disposition. */
export type DispositionCounts = Record<Disposition, number>;

/** `GET /catalog/stats`. */
export type CatalogStats = Ok<'getCatalogStats'>;

/** One row of `GET /catalog/items`. */
export interface ItemSummary {
  code: string;
  name: string;
  type: ItemType;
  kind: ItemKind;
  department: string;
  departmentName: string;
  zone: string | null;
  zoneName: string | null;
  disposition: Disposition | null;
  onlineLevel: OnlineLevel;
  statutoryDays: number;
  promisedDays: number;
}

/** Code and name of a department. */
export interface NamedCode {
  code: string;
  name: string;
}

/** Fields the public item answer adds to the item data for display. */
export interface ItemDisplayExtras {
  version: number;
  confirmedAt: string;
  departmentName: string;
  zoneName: string | null;
  regulators: NamedCode[];
  children: { code: string; name: string; kind: ItemKind }[];
  /** the main item of a related or fee item */
  parent?: NamedCode | null;
}

/** `GET /catalog/items/:code`: the confirmed item plus display fields. */
export type PublicItem = CatalogItem & ItemDisplayExtras;

/** One confirmed version in the public history. */
export type ItemVersionEntry = Ok<'getCatalogItemsByCodeVersions'>['items'][number];

// ---------------------------------------------------------------------------------------------
// Catalog (back office)

/** One row of `GET /catalog/versions`. */
export type VersionRow = Ok<'getCatalogVersions'>['items'][number];

/**
 * One recorded stage action of a version. The contract names the stage it happened at
 * (`stage`); the server also sends `fromStage` / `toStage`. Either is read.
 */
export interface VersionEvent {
  stage?: Stage;
  fromStage?: string;
  toStage?: string;
  action: string;
  actorName: string;
  reason: string | null;
  at: string;
}

/** `GET /catalog/versions/:id`: the row fields plus the data, events and changes against the confirmed version. */
export interface VersionDetail extends VersionRow {
  data: CatalogItem;
  events: VersionEvent[];
  changes: Change[];
  /** true when no version of the item was ever confirmed */
  isNewItem?: boolean;
}

/** `POST /catalog/versions` body. */
export interface CreateVersionBody {
  data: CatalogItemInput;
  batchId?: string;
}

/** Counts by stage. */
export type StageCounts = Partial<Record<Stage, number>>;

/** A clearance batch (清理批次) with its counts. */
export type Batch = Ok<'getCatalogBatches'>['items'][number];

/** `POST /catalog/import` answer. */
export interface ImportResult {
  batchId: string;
  created: number;
  unchanged: number;
}

// ---------------------------------------------------------------------------------------------
// Cases (办件) and the working calendar

/** Where a case's clock stands (src/domain/clock.ts `ClockState`). */
export type ClockState = Clock['state'];

/** The case clock as the API answers it (src/domain/clock.ts `Clock`). */
export type CaseClock = Clock;

/** One entry of a case's action log (the timeline). */
export type CaseActionEntry = Ok<'getCasesByCaseNo'>['actions'][number];

/** Where one material of a case stands. */
export type MaterialState = 'missing' | 'uploaded' | 'flagged' | 'passed' | 'pending' | 'committed';

/** A file attached to a material. */
export type CaseFile = CaseMaterial['files'][number];

/** A material of a case: the catalog's entry, its state and its files (newest first). */
export type CaseMaterial = Ok<'getCasesByCaseNo'>['materials'][number];

/** The applicant of a case; personal numbers come masked. */
export type CaseApplicant = Ok<'getCasesByCaseNo'>['applicant'];

/** A procedure step of the item with its due day (null before acceptance). */
export type CaseStep = Ok<'getCasesByCaseNo'>['steps'][number];

/** `GET /cases/:caseNo` (and the public lookup, masked). */
export interface CaseView {
  caseNo: string;
  /** the licence this application changes or renews */
  licence: { no: string; purpose: 'change' | 'renewal' } | null;
  /** 信用联合惩戒: the applicant was blacklisted by a regulator when applying (officers only) */
  creditFlag?: string | null;
  /** only for the applicant side and staff */
  queryCode?: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  channel: string;
  status: CaseStatus;
  statusName: string;
  version: number;
  /** what the caller may do now */
  allowedActions: string[];
  clock: CaseClock;
  actions: CaseActionEntry[];
  applicant: CaseApplicant;
  /** 代办: the registered authorisation the case was filed under */
  authorisationId: string | null;
  situation: string[];
  form: Record<string, unknown>;
  /** the item version whose application form the case was filled against */
  formVersion: number;
  formDefinition: { schema: Record<string, unknown>; ui: Record<string, unknown> };
  /** the filled form as a person reads it, in the form's order */
  formRows: { key: string; title: string; text: string }[];
  /** a draft's form warnings (what submitting would refuse) */
  formIssues: { path: string; field: string; message: string }[];
  materials: CaseMaterial[];
  flaggedMaterials: MaterialProblem[];
  pendingMaterials: { materialCode: string; dueDate: string }[];
  commitments: { materialCode: string; checkDue: string }[];
  extension: { requestedDays: number; reason: string; approved: boolean } | null;
  assignee?: { userId: string; name: string } | null;
  steps?: CaseStep[];
  /** 审批链: who decides (the bureau or a stationed agency) and each step's opinion (absent on the public lookup's older answers) */
  review?: CaseReviewChain;
  createdAt: string;
}

/** The review chain of a case (审查 → 审核 → 审批, as the item's procedure names it). */
export interface CaseReviewChain {
  decidedBy: 'bureau' | 'agency';
  deciderName: string;
  chain: { step: ReviewStep; name: string }[];
  opinions: { step: ReviewStep; name: string; by: string; on: string; text: string }[];
}

/** One row of `GET /cases`. */
export interface CaseSummary {
  caseNo: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  channel: string;
  status: CaseStatus;
  statusName: string;
  clockState: ClockState;
  receivedOn: string | null;
  acceptanceDue: string | null;
  promisedDue: string | null;
  decisionDue: string | null;
  /** working days left to the promised limit while the clock runs; null otherwise */
  remainingWorkingDays: number | null;
  version: number;
  updatedAt: string;
}

/** A file of the same applicant from an earlier case (`GET /cases/:caseNo/reusable-files`). */
export type ReusableFile = Ok<'getCasesByCaseNoReusableFiles'>['items'][number];

/** The party a window clerk files for (typed at the counter). */
export interface WindowParty {
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

/** 代办: an agent names a registered authorisation; the company comes from it. */
export interface AgentParty {
  authorisationId: string;
  phone?: string;
}

/** The party a window clerk or an agent files for. */
export type OnBehalfOf = WindowParty | AgentParty;

/** `POST /cases` body. */
export interface CreateCaseBody {
  itemCode: string;
  situation?: string[];
  form?: Record<string, unknown>;
  onBehalfOf?: OnBehalfOf;
  /** a change (变更) or renewal (延续) of the holder's licence */
  licence?: { no: string; purpose: 'change' | 'renewal' };
}

/** The extra fields of an action; none for actions that carry nothing. */
type ActionFields<T extends CaseActionType> = string extends keyof ActionPayloads[T] ? Record<never, never> : ActionPayloads[T];

/** Actions a person can send (`assign` names the user; the server adds the name). */
export type SendableAction = Exclude<CaseActionType, 'create' | 'deem_accept' | 'supplement_delivered' | 'recalculate_deadlines'>;

/** `POST /cases/:caseNo/actions` body, by action type. */
export type CaseActionBody = {
  [T in SendableAction]: { type: T; expectedVersion: number } & (T extends 'assign' ? { userId: string } : T extends 'submit_opinion' ? { opinion: string } : ActionFields<T>);
}[SendableAction];

/** One day of `GET /calendar/month`. */
export type CalendarDay = CalendarMonth['days'][number];

/** One holiday of a year's notice: its days off and the weekend days worked instead. */
export type NoticeHoliday = CalendarNotice['holidays'][number];

/** A year's notice as entered (`GET /calendar/notices`). */
export type CalendarNotice = CalendarNotices['items'][number];

/** `GET /calendar/notices`: the notices and the service clock's today. */
export type CalendarNotices = Ok<'getCalendarNotices'>;

/** `GET /calendar/years/:year`: where the year's holidays come from, its statutory festivals and its provisional days. */
export type CalendarYear = Ok<'getCalendarYearsByYear'>;

/** What entering or removing a notice did to the running cases. */
export type Recomputed = Ok<'putCalendarNoticesByYear'>['recomputed'];

/** `GET /calendar/month?year=&month=`. */
export type CalendarMonth = Ok<'getCalendarMonth'>;

/** One person a case can be assigned to (`GET /cases/assignees`). */
export type Assignee = Ok<'getCasesAssignees'>['items'][number];

/** A local working-day override (`GET /calendar/overrides`). */
export type CalendarOverride = Ok<'getCalendarOverrides'>['items'][number];
