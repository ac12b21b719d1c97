/**
 * The exchange's test fixtures: a regulator system (its API key and the secret it signs with) and
 * its signed inbound calls, for the exchange, SM2 and regulators' tests; deliveries ready to send
 * without cases behind them, for the exchange's process test and its benchmark. Needs the demo org.
 */
import crypto from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { App } from '../src/server/app.js';
import type { Db } from '../src/server/platform/db.js';

/** A regulator department's system as the exchange knows it: an API key and a subscription's signing secret. */
export interface RegulatorSystem {
  key: string;
  secret: string;
}

/** Register a regulator system of `departmentCode` through the API (as `adminCookie`): its key and a subscription to sign with. */
export async function regulatorSystem(app: App, adminCookie: string, departmentCode: string, url = 'http://127.0.0.1:9/hook'): Promise<RegulatorSystem> {
  const call = (path: string, payload: object) => app.inject({ method: 'POST', url: `/api/v1${path}`, headers: { cookie: adminCookie }, payload });
  const key = await call('/api-keys', { name: `${departmentCode}监管平台`, departmentCode });
  if (key.statusCode !== 201) throw new Error(`api key: ${key.statusCode} ${key.body}`);
  const sub = await call('/exchange/subscriptions', { departmentCode, name: `${departmentCode}监管平台`, url, eventTypes: ['licence.issued'] });
  if (sub.statusCode !== 201) throw new Error(`subscription: ${sub.statusCode} ${sub.body}`);
  return { key: key.json().key, secret: sub.json().secret };
}

/** POST a supervision result to /api/v1/exchange/inbound as a regulator system: its key, a Standard Webhooks signature with `secret` at `at`. */
export function postInbound(app: App, who: RegulatorSystem, body: object, opts: { at?: Date; id?: string } = {}) {
  const payload = JSON.stringify(body);
  const at = opts.at ?? new Date();
  const id = opts.id ?? `msg_${crypto.randomBytes(6).toString('hex')}`;
  return app.inject({
    method: 'POST',
    url: '/api/v1/exchange/inbound',
    headers: {
      authorization: `Bearer ${who.key}`,
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(who.secret).sign(id, at, payload),
    },
    payload,
  });
}

/**
 * Deliveries ready to send: the outbox rows carry a topic the fan-out ignores; each gets its
 * CloudEvent and one pending delivery to a subscription of 市场监管局 (TA-R20) at `url`.
 */

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
