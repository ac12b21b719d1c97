/**
 * The composition root (docs/adr/0017): every service of the server is built here, once per
 * process, with what it depends on; route plugins, the sweeper, the dispatchers and the CLI's
 * server commands receive them and never construct one. Cases tell the licences, the documents,
 * the experts and the analytics about committed actions; the rules of other modules a case is
 * decided by (licence rule, credit check, approval check, pause guards) are constructor
 * arguments of the cases' commands; documents and licences sign with the bureau's key.
 */
import type { AppDeps } from './deps.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { AssessmentService } from './modules/assessment/assessment.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { UnifiedIdentityService } from './modules/auth/oidc.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { CaseCommandsService } from './modules/cases/case-commands.service.js';
import { CaseFilesService } from './modules/cases/case-files.service.js';
import { CaseQueriesService } from './modules/cases/case-queries.service.js';
import { CaseSweeperService } from './modules/cases/case-sweeper.service.js';
import { CaseReader } from './modules/cases/cases.shared.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { DocumentsService } from './modules/documents/documents.service.js';
import { ExchangeService } from './modules/exchange/exchange.service.js';
import { RegulatorsService } from './modules/regulators/regulators.service.js';
import { ExpertsService } from './modules/experts/experts.service.js';
import { FeesService } from './modules/fees/fees.service.js';
import { GuideService, readGuideFiles } from './modules/guide/guide.service.js';
import { AppointmentsService } from './modules/hall/appointments.service.js';
import { HallPlaces } from './modules/hall/hall.shared.js';
import { QueueService } from './modules/hall/queue.service.js';
import { RatingsService } from './modules/hall/ratings.service.js';
import { InspectionsService } from './modules/inspections/inspections.service.js';
import { LicencesService } from './modules/licences/licences.service.js';
import { createNotices, type Notices } from './modules/notices/notices.module.js';
import { OrgService } from './modules/org/org.service.js';
import { AgencyService } from './modules/projects/agency.service.js';
import { ProjectsService } from './modules/projects/projects.service.js';
import { ProvinceService } from './modules/province/province.service.js';
import type { Actor } from './platform/auth.js';
import { natsPublisher } from './platform/nats.js';
import { createBus } from './platform/pubsub.js';
import { KeyRing } from './platform/signing.js';

export interface Services {
  org: OrgService;
  auth: AuthService;
  /** login through the province's unified identity platform; null when not configured */
  unifiedIdentity: UnifiedIdentityService | null;
  calendar: CalendarService;
  catalog: CatalogService;
  guide: GuideService;
  /** applications, actions and their rules, the fees' actions; the listeners told of what was committed */
  caseCommands: CaseCommandsService;
  /** a case and the lists of cases, the public lookup, what other modules read of a case */
  caseQueries: CaseQueriesService;
  /** materials' files, a special procedure's view of the case, who files the applicant's side */
  caseFiles: CaseFilesService;
  /** deemed acceptance, clock notices and reminders, due days after a calendar change */
  caseSweeper: CaseSweeperService;
  /** the service hall: tickets, windows, calls and boards */
  queue: QueueService;
  appointments: AppointmentsService;
  /** 好差评 and the rectification of bad ratings */
  ratings: RatingsService;
  assessment: AssessmentService;
  documents: DocumentsService;
  licences: LicencesService;
  exchange: ExchangeService;
  regulators: RegulatorsService;
  inspections: InspectionsService;
  experts: ExpertsService;
  analytics: AnalyticsService;
  projects: ProjectsService;
  agency: AgencyService;
  notices: Notices;
  province: ProvinceService;
  fees: FeesService;
  keys: KeyRing;
}

/** Build the services over the app's database and configuration. */
export async function createServices(deps: AppDeps): Promise<Services> {
  const db = deps.database.db;
  const now = deps.now;
  const log = deps.logger;
  const publicUrl = deps.config.publicUrl;
  const keys = await KeyRing.open(db, { dataDir: deps.config.dataDir, signingKeyPem: deps.config.signingKey, sm2SigningKey: deps.config.sm2SigningKey });
  const org = new OrgService(db);
  const auth = new AuthService(db, deps.config);
  const unifiedIdentity = deps.config.oidc ? new UnifiedIdentityService(db, deps.config.oidc, deps.config.sessionHours, now) : null;
  // one calendar per process: its cache is the process's, so a change through it is seen at once everywhere here
  const calendar = new CalendarService(db);
  const catalog = new CatalogService(db);
  const guide = new GuideService(db, readGuideFiles(), log, org);

  // the cases' four services read a case through one reader; the commands' policies and listeners call services built below (each call happens after this function returned)
  const caseReader = new CaseReader({ db, catalog, calendar, now });
  const caseCommands: CaseCommandsService = new CaseCommandsService({
    db,
    reader: caseReader,
    calendar,
    now,
    log,
    policies: {
      licenceRule: (input) => licences.checkApplication(input),
      creditCheck: async (ids) => {
        for (const id of ids) if (await exchange.blacklisted(id)) return '申请人被监管部门列入失信联合惩戒名单（经数据共享交换通报），请依法审慎审查';
        return null;
      },
      // the external trading milestones (projects), then the fees: a decision (and its licence) only once paid or waived
      approvalCheck: async (trx, { caseNo, item }) => {
        await projects.checkMilestones(trx, caseNo, item.externalMilestones);
        await fees.checkSettled(trx, caseNo, item);
      },
      pauseGuards: {
        expert_review: (trx, caseNo) => experts.guardManualEnd(trx, caseNo),
        inspection: (trx, caseNo) => inspections.guardPause(trx, caseNo),
      },
    },
    // the licence first: the decision document names it; 大数据分析: each committed action recomputes the case's fact row and moves the rollups
    listeners: [
      (caseNo, actions) => licences.forActions(caseNo, actions),
      (caseNo, actions) => documents.forActions(caseNo, actions),
      (caseNo, actions) => experts.forActions(caseNo, actions),
      (caseNo) => analytics.refresh([caseNo]).then(() => undefined),
    ],
  });
  const caseQueries = new CaseQueriesService({ db, reader: caseReader, calendar, now });
  const caseFiles = new CaseFilesService({ db, reader: caseReader, now });
  const caseSweeper = new CaseSweeperService({ db, catalog, calendar, now, commands: caseCommands });
  // the service hall: one cache of its zones and windows; the queue checks appointments in and shows the ratings' figures
  const places = new HallPlaces(org);
  const readCase = (actor: Actor, caseNo: string) => caseQueries.get(actor, caseNo);
  const appointments = new AppointmentsService({ db, places, catalog, calendar, now });
  const ratings = new RatingsService({ db, places, calendar, readCase, now });
  const queue = new QueueService({
    db,
    bus: createBus(deps.database, 'shenpi_hall', log),
    places,
    catalog,
    appointments,
    ratings,
    readCase,
    now,
    kioskTicketsPerMinute: deps.config.kioskTicketsPerMinute,
  });
  const assessment = new AssessmentService({ db, calendar, now });
  const licences: LicencesService = new LicencesService({ db, keys, snapshot: (c, s) => caseQueries.snapshot(c, s), now, publicUrl });
  const documents: DocumentsService = new DocumentsService({
    db,
    keys,
    snapshot: (c, s) => caseQueries.snapshot(c, s),
    licenceOf: (c) => licences.byCase(c),
    canRead: (actor, c) => caseQueries.canRead(actor, c),
    settled: (c) => caseCommands.settled(c),
    archiveParts: (actor, c) => caseQueries.archiveParts(actor, c),
    applicationOf: (c) => caseQueries.applicationOf(c),
    now,
    publicUrl,
  });
  const exchange = new ExchangeService({
    db,
    licences,
    calendar,
    keys,
    log,
    now,
    allowInsecure: deps.config.exchangeAllowInsecure,
    alertAfter: deps.config.exchangeAlertAfter,
    confirmRevocation: deps.config.exchangeConfirmRevocation,
    publisher: deps.config.natsUrl ? natsPublisher(deps.config.natsUrl) : undefined,
    leaseMs: deps.config.exchangeLeaseMs,
  });
  const regulators = new RegulatorsService({ db, exchange, now });
  const experts = new ExpertsService({ db, caseCommands, caseQueries, caseFiles, calendar, keys, now });
  const inspections = new InspectionsService({ db, caseCommands, caseQueries, catalog, calendar, now });
  documents.addSource('inspection_report', inspections.reportSource());
  const analytics = new AnalyticsService({ db, calendar, now, log });
  // 并联审批 and 代办: projects aggregate their cases; approval waits for the external trading milestones
  const projects: ProjectsService = new ProjectsService({ db, caseCommands, caseQueries, caseFiles, calendar, now });
  const agency = new AgencyService({ db, caseFiles, projects, now });
  const notices = createNotices({ db, now, log, config: deps.config, canRead: (actor, c) => caseQueries.canRead(actor, c), supplementDelivered: (trx, c, seq) => caseCommands.supplementDelivered(trx, c, seq) });
  // 办件数据汇聚, 好差评 and 电子证照库: off unless SHENPI_PROVINCE_URL is set
  const province = new ProvinceService({ db, now, log, platform: deps.config.province, caseFiles, caseQueries, catalog });
  // 收费: assessment on the case, the unified public payment platform (SHENPI_PAY_URL), reconciliation
  const fees: FeesService = new FeesService({ db, caseCommands, caseQueries, now, log, platform: deps.config.pay, publicUrl });
  return { org, auth, unifiedIdentity, calendar, catalog, guide, caseCommands, caseQueries, caseFiles, caseSweeper, queue, appointments, ratings, assessment, documents, licences, exchange, regulators, inspections, experts, analytics, projects, agency, notices, province, fees, keys };
}
