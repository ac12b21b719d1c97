/**
 * The demo's last two months of window work, for the assessment (窗口考核): clerk1-4 at their
 * zone's 综合窗口 on most working days of last month and of this month before today, with the
 * tickets they served (inserted as rows: two months of a hall through the service would take
 * minutes), a quarter of them rated, the bad ratings through RatingsService (so each opens its
 * rectification, some settled on time, one late); then, through AssessmentService, the complaints
 * register, leaders' conduct points and one verified 吃拿卡要 complaint that vetoes clerk3's last
 * month. A 非常不满意 about conduct for clerk2 this month waits for the director's verification.
 *
 * Today is left to hall.ts; zones E, F and G stay empty. Resumable: a day already signed in is
 * skipped, tickets and registers carry request keys. Done when a demo complaint exists.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { addMonths, monthDays, monthOf } from '../../domain/assessment.js';
import { addCalendarDays, toShanghaiDate } from '../../domain/calendar.js';
import { beijingInstant, type Grade } from '../../domain/hall.js';
import { actor } from './hall.js';
import { hashToken } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import { AssessmentService } from '../modules/assessment/assessment.service.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { waitingTicket } from '../modules/hall/queue.repository.js';
import { HallPlaces } from '../modules/hall/hall.shared.js';
import { RatingsService } from '../modules/hall/ratings.service.js';
import { OrgService } from '../modules/org/org.service.js';

const MIN = 60_000;
const KEY = 'asmt-demo';
/** Clerk, zone, tickets a day (min, max), service minutes (min, max), share of days absent. */
const CLERKS = [
  { clerk: 'clerk1', zone: 'C', perDay: [12, 18], minutes: [5, 11], absent: 0.05 },
  { clerk: 'clerk2', zone: 'B', perDay: [8, 13], minutes: [8, 16], absent: 0.1 },
  { clerk: 'clerk3', zone: 'D', perDay: [10, 15], minutes: [6, 12], absent: 0.08 },
  { clerk: 'clerk4', zone: 'A', perDay: [14, 20], minutes: [7, 13], absent: 0.15 },
] as const;
const GOOD: Grade[] = ['very_satisfied', 'very_satisfied', 'very_satisfied', 'satisfied', 'satisfied', 'basic'];

/** A small deterministic generator, so every demo has the same months. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T };
}

/** Seed the assessment months; returns whether anything was written. */
export async function seedDemoAssessment(db: Db, log: Logger, realNow: Date): Promise<boolean> {
  if (await db.selectFrom('assessment_complaints').select('id').where('request_key', 'like', `${KEY}%`).limit(1).executeTakeFirst()) return false;
  let clock = realNow;
  const calendar = new CalendarService(db);
  const cal = await calendar.calendar();
  const ratings = new RatingsService({
    db,
    places: new HallPlaces(new OrgService(db)),
    calendar,
    readCase: async () => {
      throw new Error('the demo assessment links no cases');
    },
    now: () => clock,
  });
  const assessment = new AssessmentService({ db, calendar, now: () => clock });
  const today = toShanghaiDate(realNow);
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  const days: string[] = [];
  for (let d = monthDays(lastMonth).first; d < today; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) days.push(d);

  const director = await actor(db, 'director1');
  const staff = new Map<string, string>();
  let badRatings = 0;
  for (const [k, plan] of CLERKS.entries()) {
    const clerk = await actor(db, plan.clerk);
    staff.set(plan.clerk, clerk.userId);
    const windowId = (await db.selectFrom('windows').select('id').where('zone_code', '=', plan.zone).where('comprehensive', '=', true).executeTakeFirstOrThrow()).id;
    const r = rng(2018 + k);
    const done = new Set((await db.selectFrom('hall_sessions').select('day').where('user_id', '=', clerk.userId).where('day', 'in', days.length ? days : ['']).execute()).map((x) => x.day));
    for (const day of days) {
      if (r.next() < plan.absent || done.has(day)) continue;
      const open = new Date(beijingInstant(day, '08:30').getTime() + r.int(0, 20) * MIN);
      await db.insertInto('hall_sessions').values({ window_id: windowId, day, user_id: clerk.userId, signed_in_at: open }).execute();
      const n = r.int(plan.perDay[0], plan.perDay[1]);
      let at = open.getTime() + 5 * MIN;
      const rows = [];
      const tokens: { number: string; token: string | null; grade: Grade | null }[] = [];
      for (let i = 1; i <= n; i++) {
        const number = `${plan.zone}${String(i).padStart(3, '0')}`;
        const minutes = r.int(plan.minutes[0], plan.minutes[1]);
        const called = new Date(at);
        const finished = new Date(at + minutes * MIN);
        at = finished.getTime() + r.int(2, 12) * MIN;
        // a quarter rated: most well, now and then a bad grade (through the service, below)
        const rated = r.next() < 0.25;
        const badOne = rated && r.next() < 0.04;
        const token = rated ? crypto.randomBytes(16).toString('base64url') : null;
        tokens.push({ number, token, grade: rated ? (badOne ? r.pick(['dissatisfied', 'very_dissatisfied'] as const) : r.pick(GOOD)) : null });
        rows.push(
          waitingTicket(day, plan.zone, number, new Date(called.getTime() - r.int(1, 25) * MIN), {
            status: 'done',
            window_id: windowId,
            staff_id: clerk.userId,
            called_at: called,
            started_at: new Date(called.getTime() + MIN),
            finished_at: finished,
            request_key: `${KEY}:${day}:${plan.zone}:${i}`,
            rating_token_hash: token ? hashToken(token) : null,
          }),
        );
      }
      const ids = await db.insertInto('hall_tickets').values(rows).onConflict((oc) => oc.column('request_key').doNothing()).returning(['id', 'number', 'finished_at']).execute();
      await db.insertInto('hall_ticket_counters').values({ zone_code: plan.zone, day, last: n }).onConflict((oc) => oc.columns(['zone_code', 'day']).doNothing()).execute();
      const good = [];
      for (const t of tokens) {
        const row = ids.find((x) => x.number === t.number);
        if (!row || !t.grade || !t.token) continue;
        const ratedAt = new Date(new Date(row.finished_at as Date).getTime() + 2 * MIN);
        if (t.grade === 'dissatisfied' || t.grade === 'very_dissatisfied') {
          badRatings++;
          clock = ratedAt;
          await ratings.rate({ type: 'anonymous', ip: null }, { token: t.token, grade: t.grade, reasons: ['等候时间长', '材料要求不清'], comment: '等了很久，材料要求前后说法不一', device: `${KEY}-pad-${row.id}` });
        } else
          good.push({
            service_ref: `ticket:${row.id}`,
            ticket_id: row.id,
            case_no: null,
            zone_code: plan.zone,
            window_id: windowId,
            staff_id: clerk.userId,
            item_code: null,
            grade: t.grade,
            reasons: JSON.stringify(['办事效率高', '服务态度好'].slice(0, r.int(1, 2))),
            comment: '',
            channel: 'link' as const,
            device: `${KEY}-pad-${row.id}`,
            phone: null,
            flagged: false,
            created_at: ratedAt,
          });
      }
      if (good.length) await db.insertInto('hall_ratings').values(good).onConflict((oc) => oc.column('service_ref').doNothing()).execute();
    }
  }

  // rectifications of last month's bad ratings: settled by the director, the first one late
  const tasks = await db
    .selectFrom('hall_rectifications as r')
    .innerJoin('hall_ratings as g', 'g.id', 'r.rating_id')
    .select(['r.id', 'r.status', 'r.rev', 'r.opened_on', 'r.due_date'])
    .where('g.device', 'like', `${KEY}%`)
    .where('r.opened_on', '<', `${thisMonth}-01`)
    .orderBy('r.opened_on')
    .execute();
  for (const [i, task] of tasks.entries()) {
    if (task.status !== 'open') continue;
    const closeOn = i === 0 ? addCalendarDays(task.due_date, 3) : addCalendarDays(task.opened_on, 5);
    if (closeOn >= today) continue;
    let rev = task.rev;
    for (const action of ['verify', 'call_back', 'rectify', 'close'] as const) {
      clock = beijingInstant(closeOn, '10:00');
      await ratings.rectify(director, task.id, { action, rev: rev++, note: { verify: '经核实，情况属实', call_back: '已电话回访申请人，表示理解', rectify: '已统一窗口材料清单口径，组织学习', close: '整改完成，申请人满意' }[action] });
    }
  }

  // a 非常不满意 about conduct for clerk2 this month: a candidate the director has yet to verify
  const t = await db
    .selectFrom('hall_tickets as t')
    .leftJoin('hall_ratings as g', 'g.ticket_id', 't.id')
    .select(['t.id', 't.finished_at'])
    .where('t.staff_id', '=', staff.get('clerk2') as string)
    .where('t.day', '>=', `${thisMonth}-01`)
    .where('t.request_key', 'like', `${KEY}%`)
    .where('g.id', 'is', null)
    .orderBy('t.id')
    .executeTakeFirst();
  if (t) {
    const token = crypto.randomBytes(16).toString('base64url');
    await db.updateTable('hall_tickets').set({ rating_token_hash: hashToken(token) }).where('id', '=', t.id).execute();
    clock = new Date(new Date(t.finished_at as Date).getTime() + 3 * MIN);
    await ratings.rate({ type: 'anonymous', ip: null }, { token, grade: 'very_dissatisfied', reasons: ['服务态度差'], comment: '窗口人员不耐烦，把材料扔回给我', device: `${KEY}-pad-${t.id}` });
  }
  // the assessment's own registers
  const hall1 = await actor(db, 'hall1');
  const chief = await actor(db, 'chief1');
  const at = (day: string) => (clock = beijingInstant(day, '15:00'));
  const dayIn = (month: string, n: number) => {
    const d = days.filter((x) => x.startsWith(month));
    return d[Math.min(n, d.length - 1)] ?? today;
  };
  const complaint = async (clerk: string, day: string, category: 'corruption' | 'attitude' | 'efficiency', source: string, summary: string, key: string) => {
    at(day);
    return assessment.recordComplaint(hall1, { staffId: staff.get(clerk) as string, occurredOn: day, category, source, summary, requestKey: `${KEY}:complaint:${key}` });
  };
  const later = (day: string, n: number) => (addCalendarDays(day, n) < today ? addCalendarDays(day, n) : day);
  const decide = async (c: { id: string; status: string; occurredOn: string }, substantiated: boolean, finding: string) => {
    if (c.status !== 'pending') return;
    at(later(c.occurredOn, 2));
    await assessment.decideComplaint(hall1, c.id, { substantiated, finding, rev: 1 });
  };
  const conduct = async (by: typeof chief, clerk: string, month: string, points: number, reason: string, key: string) => {
    at(dayIn(month, 12));
    await assessment.giveConduct(by, { staffId: staff.get(clerk) as string, month, points, reason, requestKey: `${KEY}:conduct:${key}` });
  };

  if (days.some((d) => d.startsWith(lastMonth))) {
    const d1 = dayIn(lastMonth, 6);
    const c1 = await complaint('clerk3', d1, 'corruption', '12345热线', '申请人反映窗口人员暗示"交点辛苦费"可当天办结', 'lm-1');
    await decide(c1, true, '经调取窗口录音录像并询问当事人，情况属实');
    at(later(d1, 3));
    await assessment.decideFault(director, { month: lastMonth, sourceRef: `complaint:${c1.id}`, decision: 'verified', note: '经局纪检组调查核实，按一票否决处理' });
    const d2 = dayIn(lastMonth, 10);
    const c2 = await complaint('clerk2', d2, 'attitude', '现场', '申请人反映窗口人员说话生硬', 'lm-2');
    await decide(c2, false, '调取录像，窗口人员解释耐心，投诉不属实');
    await conduct(chief, 'clerk1', lastMonth, 3, '主动延时服务，帮助群众当天办结', 'lm-1');
    await conduct(director, 'clerk4', lastMonth, -2, '工作时间多次离岗', 'lm-2');
  }
  const d3 = dayIn(thisMonth, 3);
  const c3 = await complaint('clerk4', d3, 'efficiency', '网上', '同一事项两次告知的材料不一致，多跑了一趟', 'tm-1');
  await decide(c3, true, '核实属实，已责令整改并向申请人致歉');
  await complaint('clerk1', dayIn(thisMonth, 8), 'attitude', '信函', '反映窗口午休前提前停止叫号', 'tm-2');
  await conduct(director, 'clerk2', thisMonth, 2, '牵头梳理投资项目一次性告知清单', 'tm-1');

  log.info({ days: days.length, badRatings, rectificationsSettled: tasks.length }, 'demo assessment seeded');
  return true;
}
