/**
 * Deliveries ready to send, without cases behind them: for the exchange's process test and its
 * benchmark. The outbox rows carry a topic the fan-out ignores; each gets its CloudEvent and one
 * pending delivery to a subscription of 市场监管局 (TA-R20) at `url`. Needs the demo org loaded.
 */
import crypto from 'node:crypto';
import type { Db } from '../src/server/platform/db.js';

/** Make `count` deliveries over `subjects` subjects; returns the subscription's secret. */
export async function seedDeliveries(db: Db, opts: { url: string; count: number; subjects: number }): Promise<string> {
  const sub = crypto.randomUUID();
  const secret = `whsec_${crypto.randomBytes(24).toString('base64')}`;
  await db.insertInto('exchange_subscriptions').values({ id: sub, department_code: 'TA-R20', name: 'fixture', url: opts.url, event_types: '["licence.issued"]', item_codes: null, secret, created_by: null, alerting_since: null }).execute();
  const now = new Date();
  for (let i = 0; i < opts.count; i += 500) {
    const subjects = Array.from({ length: Math.min(500, opts.count - i) }, (_, k) => `TAXK-FIXTURE-${(i + k) % opts.subjects}`);
    const outbox = await db.insertInto('outbox').values(subjects.map((s) => ({ topic: 'fixture.event', subject: s, payload: '{}', dedupe_key: null, dispatched_at: null }))).returning(['id', 'subject']).execute();
    const events = outbox.map((o) => ({ specversion: '1.0', id: `shenpi-${o.id}`, source: '/taian/shenpi', type: 'cn.gov.taian.shenpi.licence.issued', subject: o.subject, time: now.toISOString(), data: { no: o.subject, version: 1, holder: '泰山食品有限公司', validTo: '2031-11-24' } }));
    const rows = await db
      .insertInto('exchange_events')
      .values(events.map((e, k) => ({ outbox_id: outbox[k]?.id ?? 0, type: 'licence.issued', subject: e.subject, item_code: 'FIXTURE', event: JSON.stringify(e), prev_hash: '0', hash: '0', created_at: now })))
      .returning(['seq', 'subject'])
      .execute();
    await db.insertInto('exchange_deliveries').values(rows.map((r) => ({ subscription_id: sub, event_seq: r.seq, subject: r.subject, status: 'pending' as const, next_at: now, retry_from: now, receipt_due: '2099-01-01', created_at: now }))).execute();
  }
  return secret;
}
