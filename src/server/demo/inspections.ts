/**
 * Demo on-site inspections (现场踏勘) of accepted demo cases whose item needs one, through the
 * inspections service: one waiting for the centre to schedule it, one scheduled for the next
 * working day (inspector1 and inspector2), one finished with a report that passed and one whose
 * report asks for rectification (整改). The finished ones are dated over the last working days, so
 * their pause shows on the clock. Their report PDFs are made by the documents' catch-up.
 * Skipped when any inspection exists.
 */
import type { Logger } from 'pino';
import { toShanghaiDate } from '../../domain/calendar.js';
import { bareCaseServices, demoPng } from './cases.js';
import { loadUserActor, type UserActor } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import { demoReviewerOf } from './experts.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { CatalogService } from '../modules/catalog/catalog.service.js';
import { InspectionsService } from '../modules/inspections/inspections.service.js';

type Scenario = 'requested' | 'scheduled' | 'passed' | 'rectify';
const SCENARIOS: Scenario[] = ['requested', 'scheduled', 'passed', 'rectify'];
const ADDRESS = '泰安市泰山区东岳大街 369 号附近申请人经营场所';

/** Seed the demo inspections; returns whether anything was written. */
export async function seedDemoInspections(db: Db, log: Logger, seedNow: Date): Promise<boolean> {
  if (await db.selectFrom('inspections').select('id').limit(1).executeTakeFirst()) return false;
  const realNow = seedNow;
  let clock = realNow;
  const catalog = new CatalogService(db);
  const calendarService = new CalendarService(db);
  const cases = bareCaseServices({ db, catalog, calendar: calendarService, now: () => clock });
  const inspections = new InspectionsService({ db, caseCommands: cases.commands, caseQueries: cases.queries, catalog, calendar: calendarService, now: () => clock });
  const calendar = await calendarService.calendar();
  const today = toShanghaiDate(realNow);

  const people: Record<string, UserActor> = {};
  for (const username of ['kancha1', 'inspector1', 'inspector2']) {
    const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    const actor = row ? await loadUserActor(db, row.id, null) : null;
    if (!actor) {
      log.warn({ username }, 'demo inspections skipped: account missing');
      return false;
    }
    people[username] = actor;
  }
  const { kancha1: centre, inspector1: first, inspector2: second } = people as Record<string, UserActor>;
  if (!centre || !first || !second) return false;

  // accepted demo cases of items that need an inspection, one per item
  const candidates = await db.selectFrom('cases').select(['case_no', 'item_code', 'item_version', 'department_code']).where('status', '=', 'accepted').orderBy('case_no', 'desc').limit(80).execute();
  const chosen: typeof candidates = [];
  const items = new Set<string>();
  for (const c of candidates) {
    if (chosen.length === SCENARIOS.length) break;
    if (items.has(c.item_code)) continue;
    if (!(await catalog.confirmedItem(c.item_code, c.item_version)).onSiteInspection) continue;
    items.add(c.item_code);
    chosen.push(c);
  }
  const at = (day: string) => (day >= today ? realNow : new Date(`${day}T02:00:00Z`));
  const nextWorking = calendar.addWorkingDays(today, 1);
  let made = 0;
  for (const [n, { case_no: caseNo, department_code: department }] of chosen.entries()) {
    const scenario = SCENARIOS[n] as Scenario;
    try {
      // the case's own division asks for the inspection
      const reviewer = await demoReviewerOf(db, department);
      const view = await cases.queries.get(reviewer, caseNo);
      const lastDay = view.actions[view.actions.length - 1]?.on ?? today;
      // finished ones: requested and scheduled the working day after the case's last action, reported two working days later
      const start = scenario === 'passed' || scenario === 'rectify' ? minDay(calendar.addWorkingDays(lastDay, 1), today) : today;
      const end = minDay(calendar.addWorkingDays(start, 2), today);
      clock = at(start);
      const requested = await inspections.request(reviewer, { caseNo, reason: scenario === 'rectify' ? '核查生产经营场所布局与设施设备' : '核查申请材料所述经营场所与设施' });
      if (scenario === 'requested') {
        made++;
        continue;
      }
      const visit = scenario === 'scheduled' ? nextWorking : calendar.isWorkingDay(start) ? start : calendar.addWorkingDays(start, 1);
      const scheduled = await inspections.schedule(centre, requested.id, { scheduledOn: visit, address: ADDRESS, inspectorIds: [first.userId, second.userId], expectedRev: requested.rev });
      if (scenario === 'scheduled') {
        made++;
        continue;
      }
      clock = at(end < visit ? visit : end);
      const failed = scenario === 'rectify' ? scheduled.checklist[1] : undefined;
      const photo = await inspections.addPhoto(first, requested.id, async () => ({ name: '现场全景.png', content: demoPng(`${caseNo}-inspection`) }));
      const recorded = await inspections.record(first, requested.id, {
        expectedRev: photo.rev,
        results: scheduled.checklist.map((point) => ({ point, result: point === failed ? 'fail' : 'pass', note: point === failed ? '现场布局与申请材料所附平面图不一致' : '' })),
        notes: failed ? '其余要点与申请材料一致。' : '现场情况与申请材料一致。',
        rectification: failed ? '按申请材料所附平面图调整布局，或重新提交与现场一致的平面图' : '',
        rectifyDue: failed ? calendar.addWorkingDays(end < visit ? visit : end, 10) : null,
        location: { lat: 36.19495, lng: 117.08872 },
      });
      await inspections.confirm(second, requested.id, { expectedRev: recorded.rev });
      await inspections.confirm(first, requested.id, { expectedRev: recorded.rev });
      made++;
    } catch (err) {
      log.error({ err, caseNo, scenario }, 'demo inspection could not be made');
    } finally {
      clock = realNow;
    }
  }
  log.info({ made, cases: chosen }, 'demo inspections seeded');
  return made > 0;
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
