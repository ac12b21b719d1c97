/**
 * A day in the demo hall, made through the hall's services with their clock moved along the morning:
 * the items each window serves, three clerks signed in (不动产登记 A01, 商事登记 C01, 社会事务 D01),
 * tickets taken over the last hours, most served and rated by their one-time links (one 不满意
 * opens a rectification for 市场准入审批科's chief), a no-show, a green-channel ticket, people
 * still waiting, and an appointment of applicant1 for the next working day. The kiosk tickets come
 * from the demo's registered kiosk (DEMO_KIOSK).
 *
 * Zones E, F and G stay empty for the tests and the browser test that use them.
 *
 * Resumable: tickets carry request keys, so a seed killed half-way issues none twice; each
 * later step looks at the ticket's state first. Done when a demo rating exists.
 */
import type { Logger } from 'pino';
import { addCalendarDays, toShanghaiDate } from '../../domain/calendar.js';
import type { Grade } from '../../domain/hall.js';
import { hashToken, loadUserActor, type UserActor } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import { localBus } from '../platform/pubsub.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { CatalogService } from '../modules/catalog/catalog.service.js';
import { AppointmentsService } from '../modules/hall/appointments.service.js';
import { HallPlaces } from '../modules/hall/hall.shared.js';
import { QueueService } from '../modules/hall/queue.service.js';
import { RatingsService } from '../modules/hall/ratings.service.js';
import { OrgService } from '../modules/org/org.service.js';

const MIN = 60_000;
/** The demo kiosk's limit (the queue's default): its tickets are taken at most this many a minute, as a real kiosk's. */
const KIOSK_PER_MINUTE = 6;
/** Zone, clerk, tickets taken, served, and the grades given (in order; the rest do not rate). */
const PLAN: { zone: string; clerk: string; taken: number; served: number; grades: Grade[]; skip?: number; green?: number }[] = [
  { zone: 'A', clerk: 'clerk4', taken: 11, served: 7, grades: ['very_satisfied', 'satisfied', 'very_satisfied', 'basic', 'very_satisfied'], green: 4 },
  { zone: 'C', clerk: 'clerk1', taken: 14, served: 9, grades: ['very_satisfied', 'very_satisfied', 'satisfied', 'dissatisfied', 'very_satisfied', 'satisfied'], skip: 2 },
  { zone: 'D', clerk: 'clerk3', taken: 9, served: 5, grades: ['satisfied', 'very_satisfied', 'very_satisfied'] },
];
const SERVICE_MINUTES = [6, 9, 7, 12, 5, 8, 10, 7, 6, 11];

/** A demo account's actor (also used by assessment.ts). */
export async function actor(db: Db, username: string): Promise<UserActor> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  const a = await loadUserActor(db, row.id, null);
  if (!a) throw new Error(`demo account ${username} missing`);
  return a;
}

/**
 * The demo's registered kiosk (大厅1号自助取号机) and its device token. A real hall's tokens are
 * issued on 大厅管理 → 自助取号机 and shown once; the demo's is fixed so that
 * http://localhost:3000/hall/kiosk#kiosk=<token> sets a browser up as that kiosk.
 */
export const DEMO_KIOSK = { name: '大厅1号自助取号机（演示）', token: 'demo-kiosk-token-not-for-production-0001' } as const;

/** Register the demo kiosk once (by its token's hash); returns whether it was written now. */
async function registerDemoKiosk(db: Db, manager: UserActor, at: Date): Promise<boolean> {
  const hash = hashToken(DEMO_KIOSK.token);
  if (await db.selectFrom('hall_kiosks').select('id').where('token_hash', '=', hash).executeTakeFirst()) return false;
  await db.insertInto('hall_kiosks').values({ name: DEMO_KIOSK.name, token_hash: hash, created_by: manager.userId, created_at: at }).execute();
  return true;
}

/** Seed the demo hall; returns whether anything was written. */
export async function seedDemoHall(db: Db, log: Logger, realNow: Date): Promise<boolean> {
  const kiosk = await registerDemoKiosk(db, await actor(db, 'hall1'), realNow);
  if (await db.selectFrom('hall_ratings').select('id').where('device', 'like', 'demo-%').limit(1).executeTakeFirst()) return kiosk;
  let clock = realNow;
  const catalog = new CatalogService(db);
  const calendar = new CalendarService(db);
  const org = new OrgService(db);
  const places = new HallPlaces(org);
  const readCase = async () => {
    throw new Error('the demo hall links no cases');
  };
  const appointments = new AppointmentsService({ db, places, catalog, calendar, now: () => clock });
  const ratings = new RatingsService({ db, places, calendar, readCase, now: () => clock });
  const hall = new QueueService({ db, bus: localBus(), places, catalog, appointments, ratings, readCase, now: () => clock, kioskTicketsPerMinute: KIOSK_PER_MINUTE });
  const manager = await actor(db, 'hall1');

  // which items each specialised window serves: the zone's items dealt round the windows
  if (!(await db.selectFrom('hall_window_items').select('window_id').limit(1).executeTakeFirst())) {
    const names = await org.names();
    for (const zone of (await org.listZones()).items) {
      const items = (await catalog.listPublic({ zone: zone.code, page: 1, pageSize: 500 }, names)).items.filter((i) => i.disposition !== 'cancelled' && i.disposition !== 'delegated' && i.disposition !== 'not_stationed');
      const specialised = zone.windows.filter((w) => !w.comprehensive);
      for (const [i, w] of specialised.entries()) {
        const mine = items.filter((_, k) => k % specialised.length === i).map((it) => it.code);
        if (mine.length) await hall.setWindowItems(manager, w.id, mine);
      }
    }
  }

  // the day so far: from 08:30 Beijing or four hours ago, whichever is later (but at least an hour
  // ago, and not before midnight), until two minutes ago
  const today = toShanghaiDate(realNow);
  const now = realNow.getTime();
  const opening = Math.max(new Date(`${today}T08:30:00+08:00`).getTime(), now - 4 * 60 * MIN);
  const start = Math.max(new Date(`${today}T00:00:00+08:00`).getTime(), Math.min(opening, now - 60 * MIN));
  const span = Math.max(MIN, now - 2 * MIN - start);
  // every zone's tickets come from the one demo kiosk over the same span: at its pace (with room to spare) when the day
  // so far holds them; just after midnight (Beijing) it does not, and the clerks issue them at their windows instead
  const atKiosk = span >= 1.5 * PLAN.reduce((n, p) => n + p.taken + 2, 0) * (MIN / KIOSK_PER_MINUTE);
  for (const plan of PLAN) {
    const clerk = await actor(db, plan.clerk);
    const windowId = (await db.selectFrom('windows').select('id').where('zone_code', '=', plan.zone).where('comprehensive', '=', true).executeTakeFirstOrThrow()).id;
    const step = span / (plan.taken + 2);
    const beat = Math.min(MIN, step / 5);
    const at = (k: number) => new Date(start + k * step);
    clock = at(0);
    await hall.signIn(clerk, windowId);
    const numbers: string[] = [];
    for (let i = 0; i < plan.taken; i++) {
      clock = at(i);
      // the green-channel ticket is taken by the clerk who saw the 残疾人证 at the window; the rest at the kiosk
      const t = await hall.issue(
        i === plan.green || !atKiosk ? clerk : { type: 'anonymous', ip: null },
        { zone: plan.zone, priority: i === plan.green ? 'disabled' : 'normal', requestKey: `demo-${today}-${plan.zone}-${i}` },
        DEMO_KIOSK.token,
      );
      numbers.push(t.number);
    }
    let rated = 0;
    for (let i = 0; i < plan.served; i++) {
      const done = await db.selectFrom('hall_tickets').select('status').where('day', '=', today).where('request_key', '=', `demo-${today}-${plan.zone}-${i}`).executeTakeFirst();
      if (done?.status !== 'waiting') continue;
      clock = new Date(at(i).getTime() + step * 0.6);
      const ticket = await hall.callNext(clerk, windowId);
      if (!ticket) break;
      if (i === plan.skip) {
        clock = new Date(clock.getTime() + 2 * beat);
        await hall.skip(clerk, windowId);
        continue;
      }
      clock = new Date(clock.getTime() + beat);
      await hall.start(clerk, windowId);
      // service times scaled down when the day so far is short, so every step stays in the past
      clock = new Date(clock.getTime() + (SERVICE_MINUTES[i % SERVICE_MINUTES.length] ?? 8) * MIN * Math.min(1, step / (12 * MIN)));
      const { ratingToken } = await hall.finish(clerk, windowId, {});
      const grade = plan.grades[rated++];
      if (grade) {
        clock = new Date(clock.getTime() + beat / 2);
        const bad = grade === 'dissatisfied';
        await ratings.rate(
          { type: 'anonymous', ip: null },
          { token: ratingToken, grade, reasons: bad ? ['等候时间长', '材料要求不清'] : ['办事效率高', '服务态度好'], comment: bad ? '排队一个多小时，材料清单和网上说的不一样' : '', device: `demo-pad-${ticket.number}`, phone: bad ? '13905381234' : undefined },
        );
      }
    }
    log.info({ zone: plan.zone, taken: numbers.length }, 'demo hall zone seeded');
  }

  // applicant1 books the 社会事务 zone for the next working day
  clock = realNow;
  const cal = await calendar.calendar();
  let day = addCalendarDays(today, 1);
  while (!cal.isWorkingDay(day)) day = addCalendarDays(day, 1);
  const applicant = await actor(db, 'applicant1');
  if (!(await db.selectFrom('hall_appointments').select('id').where('user_id', '=', applicant.userId).executeTakeFirst()))
    await appointments.book(applicant, { zone: 'D', slotStart: new Date(`${day}T09:30:00+08:00`).toISOString() });
  return true;
}
