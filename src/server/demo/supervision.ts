/**
 * The demo's supervision results (审管联动, issue #22): what the regulators sent back about the
 * bureau's licences — inspections (one failed), a 行政处罚, a suspension that took effect, a
 * revocation request waiting for the director and a credit blacklist entry.
 *
 * They need licences, which a demo start issues in the background (the sweeper's catch-up), so this
 * step runs once the server's services exist (main.ts, after the seed): it issues the few licences it
 * names itself through `LicencesService.issue` (the catch-up's own call, once per case), then sends
 * every message on the inbound path real messages take — signed with Standard Webhooks and checked by
 * `verifyInbound` before `receive`: 市场监管局's by regulator1 from the workbench (the department's
 * key), the others by the regulators' systems (their subscriptions' secrets, seeded in exchange.ts).
 * Deterministic (the cases are chosen by their approval dates and numbers) and idempotent: a message
 * already received is not sent again, so a restart writes nothing.
 */
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { addCalendarDays, toShanghaiDate } from '../../domain/calendar.js';
import type { InboundMessage } from '../../domain/exchange.js';
import { loadUserActor, type Actor } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import type { ExchangeService } from '../modules/exchange/exchange.service.js';
import type { LicencesService } from '../modules/licences/licences.service.js';

/** What the step needs of the server's services. */
export interface SupervisionServices {
  licences: Pick<LicencesService, 'issue'>;
  exchange: Pick<ExchangeService, 'sendFromWorkbench' | 'verifyInbound' | 'receive'>;
}

/** A licence the messages name: the newest approval of an item (by the approval's date, then the case number). */
interface DemoLicence {
  item: string;
  /** only a case of a demo account's applicant (its holder sees it on 我的证照), or only one without an account */
  holder: 'account' | 'no-account';
}

/** One message: who sends it, about which licence, and the message without its id, date and licence. */
interface Planned {
  id: string;
  dept: string;
  licence: DemoLicence;
  /** days before the service clock's today it happened (never before the licence was issued) */
  daysAgo: number;
  body: (l: { no: string; holderId: string; year: string }) => DistributiveOmit<InboundMessage, 'messageId' | 'occurredOn'>;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const FOOD = { item: '食品经营许可', holder: 'account' } as const;
const FOOD_CO = { item: '食品经营许可', holder: 'no-account' } as const;
const PHARMACY = { item: '药品零售企业经营许可', holder: 'no-account' } as const;
const BUILDING = { item: '建筑工程施工许可证核发', holder: 'no-account' } as const;
const LAND = { item: '建设用地规划许可证核发', holder: 'no-account' } as const;

/** The demo's messages, in the order they were sent. 市场监管局 (TA-R20) writes from the workbench. */
export const DEMO_SUPERVISION: Planned[] = [
  { id: 'DEMO-SJ-0001', dept: 'TA-R20', licence: PHARMACY, daysAgo: 12, body: (l) => ({ type: 'inspection', licenceNo: l.no, result: 'pass', summary: '双随机抽查：药品购销记录完整，执业药师在岗，未发现问题' }) },
  { id: 'DEMO-SJ-0002', dept: 'TA-R20', licence: FOOD, daysAgo: 9, body: (l) => ({ type: 'inspection', licenceNo: l.no, result: 'fail', summary: '日常检查：后厨防蝇防鼠设施缺失，部分食品超过保质期仍在售' }) },
  {
    id: 'DEMO-SJ-0003',
    dept: 'TA-R20',
    licence: FOOD,
    daysAgo: 6,
    body: (l) => ({ type: 'penalty', licenceNo: l.no, decisionNo: `泰市监罚〔${l.year}〕37号`, amountYuan: 5000, summary: '经营超过保质期的食品，依据《食品安全法》第一百二十四条没收违法所得并处罚款五千元' }),
  },
  { id: 'DEMO-SJ-0004', dept: 'TA-R20', licence: FOOD, daysAgo: 5, body: (l) => ({ type: 'suspend_request', licenceNo: l.no, reason: '复查仍未整改到位，请求暂扣食品经营许可证，责令停业整改' }) },
  { id: 'DEMO-SJ-0005', dept: 'TA-R20', licence: FOOD, daysAgo: 1, body: (l) => ({ type: 'revoke_request', licenceNo: l.no, reason: '停业整改期间擅自恢复经营，情节严重，请求吊销食品经营许可证' }) },
  { id: 'DEMO-SJ-0006', dept: 'TA-R20', licence: FOOD_CO, daysAgo: 3, body: (l) => ({ type: 'blacklist', holderId: l.holderId, reason: '使用非食品原料生产食品，被处以行政处罚且拒不履行', until: `${Number(l.year) + 3}-12-31` }) },
  { id: 'DEMO-ZJ-0001', dept: 'TA-R11', licence: BUILDING, daysAgo: 8, body: (l) => ({ type: 'inspection', licenceNo: l.no, result: 'pass', summary: '施工现场安全文明施工检查：基本符合要求' }) },
  { id: 'DEMO-ZR-0001', dept: 'TA-R09', licence: LAND, daysAgo: 4, body: (l) => ({ type: 'inspection', licenceNo: l.no, result: 'pass', summary: '批后监管：用地范围与规划许可一致' }) },
];

/** The regulator1 account that writes 市场监管局's messages from the workbench. */
const WORKBENCH_USER = 'regulator1';

/** Send the demo's supervision results that are not there yet; returns whether anything was sent. */
export async function seedDemoSupervision(db: Db, services: SupervisionServices, log: Logger, now: () => Date): Promise<boolean> {
  const received = new Set((await db.selectFrom('exchange_inbound').select(['department_code', 'message_id']).where('message_id', 'like', 'DEMO-%').execute()).map((r) => `${r.department_code}/${r.message_id}`));
  const todo = DEMO_SUPERVISION.filter((m) => !received.has(`${m.dept}/${m.id}`));
  if (todo.length === 0) return false;
  const today = toShanghaiDate(now());
  const licences = new Map<DemoLicence, { no: string; holderId: string; validFrom: string }>();
  let sent = 0;
  for (const m of todo) {
    let licence = licences.get(m.licence);
    if (!licence) {
      const found = await demoLicence(db, services, m.licence);
      if (!found) {
        log.warn({ item: m.licence.item }, 'demo supervision: no approved case of the item; message left out');
        continue;
      }
      licences.set(m.licence, found);
      licence = found;
    }
    const daysAgo = addCalendarDays(today, -m.daysAgo);
    const occurredOn = daysAgo > licence.validFrom ? daysAgo : licence.validFrom;
    const msg: InboundMessage = { messageId: m.id, occurredOn, ...m.body({ no: licence.no, holderId: licence.holderId, year: today.slice(0, 4) }) };
    await send(db, services.exchange, m.dept, msg);
    sent++;
  }
  log.info({ sent }, 'demo supervision results sent');
  return sent > 0;
}

/** The licence of the newest approval of the item for the kind of holder, issued now if the catch-up has not yet. */
async function demoLicence(db: Db, services: SupervisionServices, p: DemoLicence) {
  const { rows } = await sql<{ case_no: string; seq: number }>`
    SELECT a.case_no, a.seq FROM case_actions a
      JOIN cases c ON c.case_no = a.case_no
      JOIN catalog_public i ON i.code = c.item_code
     WHERE a.type = 'approve' AND i.name = ${p.item} AND c.licence_no IS NULL
       AND c.applicant_user_id IS ${p.holder === 'account' ? sql`NOT NULL` : sql`NULL`}
     ORDER BY a.on_day DESC, a.case_no DESC LIMIT 1`.execute(db);
  const approval = rows[0];
  if (!approval) return null;
  const licence = await services.licences.issue(approval.case_no, approval.seq);
  if (!licence) return null;
  return { no: licence.no, holderId: licence.holder_id, validFrom: licence.valid_from };
}

/** One message on the inbound path: from the workbench for regulator1's department, else from the department's system. */
async function send(db: Db, exchange: SupervisionServices['exchange'], dept: string, msg: InboundMessage) {
  const workbench = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.username', '=', WORKBENCH_USER)
    .where('user_roles.role', '=', 'regulator')
    .where('user_roles.department_code', '=', dept)
    .executeTakeFirst();
  const user = workbench ? await loadUserActor(db, workbench.id, null) : null;
  if (user) {
    await exchange.sendFromWorkbench(user, dept, msg, null);
    return;
  }
  // the regulator's system: signed with the secret its subscription was given, as it signs its API calls
  const sub = await db.selectFrom('exchange_subscriptions').select(['id', 'name', 'secret']).where('department_code', '=', dept).orderBy('created_at').executeTakeFirstOrThrow();
  const raw = JSON.stringify(msg);
  const at = new Date(); // one instant for the timestamp header and the signature
  const headers = { 'webhook-id': msg.messageId, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(sub.secret).sign(msg.messageId, at, raw) };
  const system: Actor = { type: 'apikey', keyId: sub.id, name: sub.name, departmentCode: dept, permissions: ['exchange.regulator'], ip: null };
  await exchange.verifyInbound(system, raw, headers);
  await exchange.receive(system, JSON.parse(raw) as InboundMessage);
}
