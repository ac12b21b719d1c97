/**
 * The services that work together across modules, wired once per process: cases tell the
 * licences and the documents about committed actions; documents and licences sign with the
 * bureau's key. Used by the app (routes), the sweeper and the CLI.
 */
import type { AppDeps } from './app.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { casesService } from './modules/cases/cases.routes.js';
import type { CasesService } from './modules/cases/cases.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { DocumentsService } from './modules/documents/documents.service.js';
import { ExchangeService } from './modules/exchange/exchange.service.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { InspectionsService } from './modules/inspections/inspections.service.js';
import { ExpertsService } from './modules/experts/experts.service.js';
import { LicencesService } from './modules/licences/licences.service.js';
import { NoticesService } from './modules/notices/notices.service.js';
import { aliyunSms, consoleSms, type SmsGateway } from './modules/notices/sms.js';
import { AgencyService } from './modules/projects/agency.service.js';
import { ProjectsService } from './modules/projects/projects.service.js';
import { natsPublisher } from './platform/nats.js';
import { KeyRing } from './platform/signing.js';

export interface Services {
  cases: CasesService;
  documents: DocumentsService;
  licences: LicencesService;
  exchange: ExchangeService;
  inspections: InspectionsService;
  experts: ExpertsService;
  analytics: AnalyticsService;
  projects: ProjectsService;
  agency: AgencyService;
  notices: NoticesService;
  keys: KeyRing;
}

/** Build the services over the app's database and configuration. */
export async function createServices(deps: AppDeps): Promise<Services> {
  const db = deps.database.db;
  const now = deps.now;
  const publicUrl = deps.config.publicUrl;
  const keys = await KeyRing.open(db, { dataDir: deps.config.dataDir, signingKeyPem: deps.config.signingKey });
  const cases = casesService(deps);
  const licences = new LicencesService({ db, keys, snapshot: (c, s) => cases.snapshot(c, s), now, publicUrl });
  const documents = new DocumentsService({
    db,
    keys,
    snapshot: (c, s) => cases.snapshot(c, s),
    licenceOf: (c) => licences.byCase(c),
    canRead: (actor, c) => cases.canRead(actor, c),
    settled: (c) => cases.settled(c),
    archiveParts: (actor, c) => cases.archiveParts(actor, c),
    applicationOf: (c) => cases.applicationOf(c),
    now,
    publicUrl,
  });
  cases.setLicenceRule((input) => licences.checkApplication(input));
  // the licence first: the decision document names it
  cases.onActions((caseNo, actions) => licences.forActions(caseNo, actions));
  cases.onActions((caseNo, actions) => documents.forActions(caseNo, actions));
  const exchange = new ExchangeService({
    db,
    licences,
    calendar: new CalendarService(db),
    keys,
    log: deps.logger,
    now,
    allowInsecure: deps.config.exchangeAllowInsecure,
    alertAfter: deps.config.exchangeAlertAfter,
    confirmRevocation: deps.config.exchangeConfirmRevocation,
    publisher: deps.config.natsUrl ? natsPublisher(deps.config.natsUrl) : undefined,
    leaseMs: deps.config.exchangeLeaseMs,
  });
  cases.setCreditCheck(async (ids) => {
    for (const id of ids) if (await exchange.blacklisted(id)) return '申请人被监管部门列入失信联合惩戒名单（经数据共享交换通报），请依法审慎审查';
    return null;
  });
  const experts = new ExpertsService({ db, cases, calendar: new CalendarService(db), keys, now });
  cases.guardPause('expert_review', (trx, caseNo) => experts.guardManualEnd(trx, caseNo));
  cases.onActions((caseNo, actions) => experts.forActions(caseNo, actions));
  const inspections = new InspectionsService({ db, cases, catalog: new CatalogService(db), calendar: new CalendarService(db), now });
  cases.guardPause('inspection', (trx, caseNo) => inspections.guardPause(trx, caseNo));
  documents.addSource('inspection_report', inspections.reportSource());
  // 大数据分析: each committed action recomputes the case's fact row and moves the rollups
  const analytics = new AnalyticsService({ db, calendar: new CalendarService(db), now, log: deps.logger });
  cases.onActions((caseNo) => analytics.refresh([caseNo]).then(() => undefined));
  // 并联审批 and 代办: projects aggregate their cases; approval waits for the external trading milestones
  const projects = new ProjectsService({ db, cases, calendar: new CalendarService(db), now });
  const agency = new AgencyService({ db, cases, projects, now });
  cases.setApprovalCheck((trx, { caseNo, item }) => projects.checkMilestones(trx, caseNo, item.externalMilestones));
  const notices = new NoticesService({ db, now, log: deps.logger, sms: smsGateway(deps), dailyCap: deps.config.sms.dailyCap, templateCodes: deps.config.sms.templateCodes, canRead: (actor, c) => cases.canRead(actor, c) });
  return { cases, documents, licences, exchange, inspections, experts, analytics, projects, agency, notices, keys };
}

function smsGateway({ config: { sms }, logger }: AppDeps): SmsGateway | null {
  if (sms.gateway === 'off') return null;
  if (sms.gateway === 'console') return consoleSms(logger);
  return aliyunSms({ endpoint: sms.endpoint, accessKeyId: sms.accessKeyId, accessKeySecret: sms.accessKeySecret, signName: sms.signName, now: () => new Date() });
}
