/**
 * The demo's 审管联动 (issue #22): the regulators' subscriptions and months of exchange history.
 * The demo's decisions go through the exchange's own fan-out (one CloudEvent per event, an
 * acknowledgement due two working days after each decision for every department regulating the
 * item); then, in bulk, the regulators' systems have received them (delivered deliveries to their
 * recorded endpoints) and acknowledged most of them — some late, the latest still open.
 * The subscriptions are the exchange's history: disabled, since their endpoints are not on this
 * machine; with SHENPI_EXCHANGE_ALLOW_INSECURE=1 a start points them at loopback receivers (receivers.ts).
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import { toShanghaiDate } from '../../domain/calendar.js';
import type { Db } from '../platform/db.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { ExchangeService } from '../modules/exchange/exchange.service.js';

/** The regulators with a system receiving the bureau's events (their endpoints as registered). */
export const DEMO_SUBSCRIBERS = [
  { dept: 'TA-R20', name: '市场监管局智慧监管平台', url: 'https://jg.amr.taian.example.gov.cn/shenpi/events' },
  { dept: 'TA-R09', name: '自然资源和规划局监管系统', url: 'https://zrzy.taian.example.gov.cn/shenpi/events' },
  { dept: 'TA-R11', name: '住房城乡建设局建筑市场监管平台', url: 'https://zjj.taian.example.gov.cn/shenpi/events' },
  { dept: 'TA-R06', name: '教育局民办学校监管系统', url: 'https://jyj.taian.example.gov.cn/shenpi/events' },
];

/** Fan the demo's decisions out and record the regulators' history; returns whether anything was written. */
export async function seedDemoExchange(db: Db, log: Logger, seedNow: Date): Promise<boolean> {
  if (await db.selectFrom('exchange_subscriptions').select('id').where('name', '=', DEMO_SUBSCRIBERS[0]?.name ?? '').executeTakeFirst()) return false;
  const depts = new Set((await db.selectFrom('departments').select('code').where('kind', '=', 'regulator').execute()).map((d) => d.code));
  const subscribers = DEMO_SUBSCRIBERS.filter((s) => depts.has(s.dept));
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  // the exchange's fan-out, as the server's dispatcher runs it (nothing is sent: no subscription is enabled)
  const exchange = new ExchangeService({
    db,
    licences: { act: () => Promise.reject(new Error('the demo seed sends no requests')) },
    calendar: new CalendarService(db),
    keys: { sign: () => ({ keyId: '', signature: '', sm2: { keyId: '', signature: '' } }) },
    log: pino({ level: 'silent' }),
    now: () => seedNow,
    allowInsecure: false,
    alertAfter: 5,
  });
  for (let pass = 0; pass < 100; pass++) if ((await exchange.dispatchOnce()).events === 0) break;
  const today = toShanghaiDate(seedNow);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('exchange_subscriptions')
      .values(
        subscribers.map((s) => ({
          id: crypto.randomUUID(),
          department_code: s.dept,
          name: s.name,
          url: s.url,
          event_types: JSON.stringify(['case.decided', 'licence.issued', 'licence.changed', 'licence.suspended', 'licence.revoked']),
          item_codes: null,
          secret: `whsec_${crypto.randomBytes(24).toString('base64')}`,
          enabled: false,
          created_by: admin?.id ?? null,
          alerting_since: null,
        })),
      )
      .execute();
    // delivered to the subscribers: each decision of an item they regulate, a minute after it was published
    await sql`
      INSERT INTO exchange_deliveries (subscription_id, event_seq, subject, status, attempts, next_at, retry_from, receipt_due, delivered_at, last_status, created_at)
      SELECT s.id, e.seq, e.subject, 'delivered', 1, e.created_at, e.created_at, a.due, e.created_at + interval '1 minute', 204, e.created_at
      FROM exchange_events e
      JOIN exchange_acks a ON a.event_seq = e.seq
      JOIN exchange_subscriptions s ON s.department_code = a.department_code AND s.enabled = false
      ON CONFLICT (subscription_id, event_seq) DO NOTHING`.execute(trx);
    // acknowledged: most on the day or the next, one in eight late, the last week's and one in twelve still open
    await sql`
      UPDATE exchange_acks a SET
        acknowledged_on = v.on_day,
        acknowledged_at = (v.on_day || 'T16:30:00+08:00')::timestamptz,
        acknowledged_by_name = d.name || '（监管系统）'
      FROM (
        SELECT department_code, event_seq,
               CASE WHEN event_seq % 8 = 3 THEN to_char(due::date + (1 + event_seq % 4)::int, 'YYYY-MM-DD')
                    ELSE to_char(event_on::date + (event_seq % 2)::int, 'YYYY-MM-DD') END AS on_day
        FROM exchange_acks WHERE acknowledged_at IS NULL AND event_seq % 12 <> 5) v, departments d
      WHERE a.department_code = v.department_code AND a.event_seq = v.event_seq AND d.code = a.department_code
        AND v.on_day < ${today} AND a.event_on::date < ${today}::date - 7`.execute(trx);
  });
  const acks = await db.selectFrom('exchange_acks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  log.info({ subscriptions: subscribers.length, acknowledgements: Number(acks.n) }, 'demo exchange seeded');
  return true;
}
