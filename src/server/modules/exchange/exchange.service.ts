/**
 * Data exchange with the regulators (业务数据共享交换, issue #7).
 *
 * Outbound: `dispatchOnce` takes the outbox events the exchange publishes (fan-out: one CloudEvent
 * per event in the hash-chained exchange log, one delivery per matching subscription), then claims
 * due deliveries and POSTs them signed with Standard Webhooks; failures back off exponentially with
 * jitter for the retry window, then are dead letters an operator can replay.
 * Inbound: `receive` applies a regulator's supervision result once per message id and answers
 * with a receipt signed by the bureau's key. See docs/adr/0006-exchange.md.
 */
import crypto from 'node:crypto';
import dns from 'node:dns/promises';
import net from 'node:net';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { itemForm, regulatorFields } from '../../../domain/forms.js';
import { Webhook } from 'standardwebhooks';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { ACK_EVENT_TYPES, ACK_WORKING_DAYS, ackFrom, backoffMs, DEFAULT_RETRY, eventTypeOf, type InboundMessage, type RetryPolicy } from '../../../domain/exchange.js';
import { EVENT_TYPE_PREFIX, type EventType } from '../../../domain/exchange-terms.js';
import type { LicenceAction, LicencePayload } from '../../../domain/licence.js';
import { canonicalJson } from '../../platform/audit.js';
import { auditActor, authorize, authorizeUser, type Actor, type UserActor } from '../../platform/auth.js';
import { audit } from '../../platform/audit.js';
import type { Db, Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { NATS_SUBJECT_PREFIX, type EventPublisher } from '../../platform/nats.js';
import type { KeyRing } from '../../platform/signing.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { LicencesService } from '../licences/licences.service.js';
import { findDepartment, getDepartment } from '../org/org.queries.js';
import { postPinned, refusedAddress, type CheckedAddress } from './exchange.outbound.js';
import * as repo from './exchange.repository.js';
import { eachLimit } from '../../platform/pool.js';

/** What the exchange needs; `fetch`, `now` and `random` are swapped in tests. */
export interface ExchangeDeps {
  db: Db;
  licences: Pick<LicencesService, 'act'>;
  calendar: Pick<CalendarService, 'calendar'>;
  keys: Pick<KeyRing, 'sign'>;
  log: Logger;
  now: () => Date;
  /** plain http and loopback endpoints allowed (SHENPI_EXCHANGE_ALLOW_INSECURE) */
  allowInsecure: boolean;
  /** consecutive failures of one subscription before it alerts */
  alertAfter: number;
  /** a regulator's revocation request waits for a bureau officer (SHENPI_EXCHANGE_CONFIRM_REVOCATION) */
  confirmRevocation?: boolean;
  random?: () => number;
  retry?: RetryPolicy;
  /** how long a claim holds (default 2 minutes): a crashed process's deliveries are sent again after it */
  leaseMs?: number;
  /** deliveries claimed per pass, and sent at once */
  batch?: number;
  concurrency?: number;
  timeoutMs?: number;
  /** the optional message bus (SHENPI_NATS_URL): every event also goes to its regulators' subjects there */
  publisher?: EventPublisher;
  /** DNS resolution of endpoint hosts (tests point names at addresses) */
  lookup?: (host: string) => Promise<string[]>;
}

/** What one pass did. */
export interface DispatchResult {
  events: number;
  /** events published to the message bus (SHENPI_NATS_URL) */
  published: number;
  delivered: number;
  failed: number;
  dead: number;
}

const FANOUT_BATCH = 500;
/** The exchange log's first link points back to this (migrations/0007_exchange.sql). */
const GENESIS = '0'.repeat(64);
const RESPONSE_EXCERPT = 500;
const INSECURE_PROTOCOLS = new Set(['http:', 'https:']);

async function defaultLookup(host: string): Promise<string[]> {
  return (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

export class ExchangeService {
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private readonly lookup: (host: string) => Promise<string[]>;
  private readonly batch: number;
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  private readonly leaseMs: number;
  /** the bus failed on the last pass (its error is logged once, not every second) */
  private busDown = false;
  /** subscription secret → its signer (building one decodes the key) */
  private readonly signers = new Map<string, Webhook>();

  constructor(private readonly d: ExchangeDeps) {
    this.random = d.random ?? Math.random;
    this.retry = d.retry ?? DEFAULT_RETRY;
    this.lookup = d.lookup ?? defaultLookup;
    this.batch = d.batch ?? 200;
    this.concurrency = d.concurrency ?? 32;
    this.timeoutMs = d.timeoutMs ?? 10_000;
    this.leaseMs = d.leaseMs ?? 120_000;
  }

  // ------------------------------------------------------------------ subscriptions

  /** Register an endpoint of a regulator department; the signing secret is returned once. */
  async subscribe(actor: Actor, body: { departmentCode: string; name: string; url: string; eventTypes: EventType[]; itemCodes?: string[] }) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    await this.checkEndpoint(body.url, 'url');
    const secret = `whsec_${crypto.randomBytes(24).toString('base64')}`;
    const id = crypto.randomUUID();
    const row = await this.d.db.transaction().execute(async (trx) => {
      const dept = await findDepartment(trx, body.departmentCode);
      if (dept?.kind !== 'regulator') throw badRequest('EXCHANGE.NOT_REGULATOR', '应为监管部门', [{ path: 'departmentCode', message: '不是监管部门' }]);
      const inserted = await trx
        .insertInto('exchange_subscriptions')
        .values({
          id,
          department_code: body.departmentCode,
          name: body.name,
          url: body.url,
          event_types: JSON.stringify([...new Set(body.eventTypes)]),
          item_codes: body.itemCodes ? JSON.stringify([...new Set(body.itemCodes)]) : null,
          secret,
          created_by: admin.userId,
          alerting_since: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, auditActor(admin), { action: 'exchange.subscribe', targetType: 'exchange_subscription', targetId: id, after: { departmentCode: body.departmentCode, url: body.url, eventTypes: body.eventTypes } });
      return inserted;
    });
    return { ...subscriptionView(row), secret };
  }

  async subscriptions(actor: Actor) {
    authorizeUser(actor, 'apikeys.manage');
    const rows = await this.d.db.selectFrom('exchange_subscriptions').selectAll().orderBy('created_at').execute();
    return { items: rows.map(subscriptionView) };
  }

  /** Switch a subscription on or off. */
  async setEnabled(actor: Actor, id: string, enabled: boolean) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    const row = await this.d.db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('exchange_subscriptions').set({ enabled }).where('id', '=', id).returningAll().executeTakeFirst();
      if (!r) throw notFound('EXCHANGE.SUBSCRIPTION_NOT_FOUND', '订阅不存在');
      await audit(trx, auditActor(admin), { action: enabled ? 'exchange.enable' : 'exchange.disable', targetType: 'exchange_subscription', targetId: id });
      return r;
    });
    return subscriptionView(row);
  }

  /** Send a subscription's events of a time range again (whatever their state); returns how many. */
  async resend(actor: Actor, id: string, range: { from: string; to: string }) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    const from = new Date(range.from);
    const to = new Date(range.to);
    if (!(from < to)) throw badRequest('REQUEST.INVALID', '时间范围有误', [{ path: 'to', message: '应晚于 from' }]);
    const now = this.d.now();
    return this.d.db.transaction().execute(async (trx) => {
      const sub = await trx.selectFrom('exchange_subscriptions').select('id').where('id', '=', id).executeTakeFirst();
      if (!sub) throw notFound('EXCHANGE.SUBSCRIPTION_NOT_FOUND', '订阅不存在');
      const res = await trx
        .updateTable('exchange_deliveries')
        .set({ status: 'pending', next_at: now, retry_from: now })
        .where('subscription_id', '=', id)
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .where('claim', 'is', null)
        .executeTakeFirst();
      const count = Number(res.numUpdatedRows);
      await audit(trx, auditActor(admin), { action: 'exchange.resend', targetType: 'exchange_subscription', targetId: id, after: { ...range, count } });
      return { count };
    });
  }

  /**
   * An endpoint must be https (http only when insecure endpoints are allowed) and resolve only
   * to public addresses (loopback only when allowed); every address the name resolves to counts.
   * Returns the address a delivery connects to: the one checked here, never resolved again.
   */
  async checkEndpoint(url: string, path: string): Promise<{ url: URL; to: CheckedAddress }> {
    const bad = (message: string) => badRequest('EXCHANGE.BAD_ENDPOINT', '接收地址不可用', [{ path, message }]);
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw bad('不是有效的网址');
    }
    if (u.protocol !== 'https:' && !(this.d.allowInsecure && INSECURE_PROTOCOLS.has(u.protocol))) throw bad('只接受 https 地址');
    if (u.username || u.password) throw bad('地址中不能含用户名或密码');
    const host = u.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = net.isIP(host) ? [host] : await this.lookup(host);
    } catch {
      throw bad('域名无法解析');
    }
    const [first] = addresses;
    if (first === undefined) throw bad('域名无法解析');
    for (const a of addresses) {
      const why = refusedAddress(a, this.d.allowInsecure);
      if (why) throw bad(why);
    }
    return { url: u, to: { address: first, family: net.isIPv4(first) ? 4 : 6 } };
  }

  // ------------------------------------------------------------------ dispatch

  /** One pass: take new outbox events, send the due deliveries, publish new events to the bus. */
  async dispatchOnce(): Promise<DispatchResult> {
    const events = await this.fanOut();
    const sent = await this.sendDue();
    const published = this.d.publisher ? await this.publish(this.d.publisher) : 0;
    return { events, ...sent, published };
  }

  /**
   * Publish the exchange log's events after the bus cursor, in log order, to the subject of every
   * department that regulates the event's item; then move the cursor. A crash before the move
   * publishes the batch again and the stream drops the repeats by message id. A bus that is down
   * holds back only itself: the error is logged when it starts and the next pass tries again.
   */
  private async publish(publisher: EventPublisher): Promise<number> {
    const db = this.d.db;
    try {
      const { nats_upto: upto } = await db.selectFrom('exchange_state').select('nats_upto').where('id', '=', 1).executeTakeFirstOrThrow();
      const rows = await db.selectFrom('exchange_events').select(['seq', 'item_code', 'event', 'hash']).where('seq', '>', upto).orderBy('seq').limit(FANOUT_BATCH).execute();
      const last = rows.at(-1);
      if (!last) return 0;
      const regulators = await repo.regulatorsOf(db, [...new Set(rows.map((r) => r.item_code))]);
      for (const r of rows) {
        const body = JSON.stringify(r.event);
        // the event id is per database; the log hash makes the message id unique to this bureau's log
        const id = `${String(r.event.id)}:${r.hash.slice(0, 16)}`;
        for (const g of regulators) if (g.item_code === r.item_code) await publisher.publish(`${NATS_SUBJECT_PREFIX}${g.department_code}`, body, `${id}:${g.department_code}`);
      }
      await db.updateTable('exchange_state').set({ nats_upto: Number(last.seq) }).where('id', '=', 1).where('nats_upto', '<', Number(last.seq)).execute();
      if (this.busDown) this.d.log.info('exchange: publishing to NATS again');
      this.busDown = false;
      return rows.length;
    } catch (err) {
      if (!this.busDown) this.d.log.error({ err }, 'exchange: publishing to NATS failed; retrying every pass');
      this.busDown = true;
      return 0;
    }
  }

  /** Close the bus connection (server shutdown). */
  async close(): Promise<void> {
    await this.d.publisher?.close();
  }

  /** Turn new outbox events into CloudEvents and deliveries; returns how many events were taken. */
  private async fanOut(): Promise<number> {
    const calendar = await this.d.calendar.calendar();
    const subs = await repo.enabledSubscriptions(this.d.db);
    return this.d.db.transaction().execute(async (trx) => {
      const state = await repo.lockState(trx);
      const rows = await repo.untakenEvents(trx, state.outbox_upto, FANOUT_BATCH);
      const caseNos = new Set<string>();
      const licenceNos = new Set<string>();
      for (const r of rows) (r.topic.startsWith('case.') ? caseNos : licenceNos).add(r.subject);
      const cases = new Map((await repo.casesFor(trx, [...caseNos])).map((c) => [c.case_no, c]));
      const licences = new Map((await repo.licencesFor(trx, [...licenceNos])).map((l) => [`${l.no}:${l.version}`, l]));
      const published = toShanghaiDate(this.d.now());
      const built = rows.flatMap((r) => {
        const type = eventTypeOf(r.topic) as EventType;
        const payload = r.payload as Record<string, unknown>;
        const data = r.topic.startsWith('case.') ? caseData(r.topic, payload, cases.get(r.subject)) : licenceData(type, payload, licences.get(`${r.subject}:${String(payload.version)}`));
        return data ? [{ outboxId: r.id, type, subject: r.subject, createdAt: r.created_at, ackFrom: ackFrom(payload, published, (iso) => toShanghaiDate(new Date(iso))), ...data }] : [];
      });
      const regulators = await repo.regulatorsOf(trx, [...new Set(built.map((b) => b.itemCode))]);
      let head = state.head_hash;
      const deliveries: { subscription_id: string; event_seq: number; subject: string; status: 'pending'; next_at: Date; retry_from: Date; receipt_due: string; created_at: Date }[] = [];
      const acks: { department_code: string; event_seq: number; event_on: string; due: string }[] = [];
      const now = this.d.now();
      for (const b of built) {
        const event = {
          specversion: '1.0',
          id: `shenpi-${b.outboxId}`,
          source: '/taian/shenpi',
          type: `${EVENT_TYPE_PREFIX}${b.type}`,
          subject: b.subject,
          time: new Date(b.createdAt).toISOString(),
          datacontenttype: 'application/json',
          data: b.data,
        };
        const prev = head;
        head = repo.chain(prev, event);
        const { seq } = await trx
          .insertInto('exchange_events')
          .values({ outbox_id: b.outboxId, type: b.type, subject: b.subject, item_code: b.itemCode, event: JSON.stringify(event), prev_hash: prev, hash: head, created_at: now })
          .returning('seq')
          .executeTakeFirstOrThrow();
        const depts = new Set(regulators.filter((r) => r.item_code === b.itemCode).map((r) => r.department_code));
        const receiptDue = calendar.addWorkingDays(toShanghaiDate(b.createdAt), ACK_WORKING_DAYS);
        if (ACK_EVENT_TYPES.includes(b.type)) {
          const due = calendar.addWorkingDays(b.ackFrom, ACK_WORKING_DAYS);
          for (const d of depts) acks.push({ department_code: d, event_seq: Number(seq), event_on: b.ackFrom, due });
        }
        for (const s of subs)
          if (depts.has(s.department_code) && s.event_types.includes(b.type) && (!s.item_codes || s.item_codes.includes(b.itemCode)))
            deliveries.push({ subscription_id: s.id, event_seq: Number(seq), subject: b.subject, status: 'pending', next_at: now, retry_from: now, receipt_due: receiptDue, created_at: now });
      }
      for (let i = 0; i < deliveries.length; i += 500)
        await trx.insertInto('exchange_deliveries').values(deliveries.slice(i, i + 500)).onConflict((oc) => oc.columns(['subscription_id', 'event_seq']).doNothing()).execute();
      for (let i = 0; i < acks.length; i += 500) await trx.insertInto('exchange_acks').values(acks.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
      if (head !== state.head_hash) await repo.setHead(trx, head);
      if (rows.length < FANOUT_BATCH) await repo.advanceMark(trx, state.outbox_upto);
      return built.length;
    });
  }

  /** Claim due deliveries, send them (each subject's in order), record every attempt. */
  private async sendDue(): Promise<Omit<DispatchResult, 'events' | 'published'>> {
    const claim = crypto.randomUUID();
    const now = this.d.now();
    const claimed = await this.d.db.transaction().execute(async (trx) => {
      await repo.lockState(trx);
      return repo.claimDue(trx, now, this.leaseMs, this.batch, claim);
    });
    const result = { delivered: 0, failed: 0, dead: 0 };
    if (claimed.length === 0) return result;
    // subjects in order within a subscription; a failure holds back the rest of its subject
    const chains = new Map<string, repo.Claimed[]>();
    for (const c of claimed) {
      const key = `${c.subscription_id}\u0000${c.subject}`;
      chains.set(key, [...(chains.get(key) ?? []), c]);
    }
    const endpoints = new Map<string, Promise<{ url: URL; to: CheckedAddress } | string>>();
    const outcomes: repo.Outcome[] = [];
    const untried: number[] = [];
    await eachLimit([...chains.values()], this.concurrency, async (chain) => {
      for (let i = 0; i < chain.length; i++) {
        const c = chain[i] as repo.Claimed;
        if (!endpoints.has(c.url)) endpoints.set(c.url, this.checkEndpoint(c.url, 'url').catch((e: unknown) => (e instanceof DomainError ? (e.errors[0]?.message ?? e.title) : String(e))));
        const o = await this.send(c, (await endpoints.get(c.url)) ?? '未检查');
        outcomes.push(o);
        if (o.result.status !== 'delivered') {
          untried.push(...chain.slice(i + 1).map((x) => x.id));
          return;
        }
      }
    });
    const alerts: { subscriptionId: string; failures: number }[] = [];
    await this.d.db.transaction().execute(async (trx) => {
      await repo.record(trx, claim, outcomes);
      await repo.release(trx, claim, untried);
      const bySub = new Map<string, { failed: number; succeeded: boolean }>();
      // outcomes in event order per subscription: failures after the last success count
      for (const o of [...outcomes].sort((a, b) => a.deliveryId - b.deliveryId)) {
        const s = bySub.get(o.subscriptionId) ?? { failed: 0, succeeded: false };
        if (o.result.status === 'delivered') bySub.set(o.subscriptionId, { failed: 0, succeeded: true });
        else bySub.set(o.subscriptionId, { ...s, failed: s.failed + 1 });
      }
      for (const [id, s] of bySub) {
        const r = await repo.countFailures(trx, id, s.failed, s.succeeded, this.d.alertAfter, now);
        if (r.started) alerts.push({ subscriptionId: id, failures: r.failures });
      }
    });
    for (const a of alerts) this.d.log.error(a, 'exchange subscription failing: consecutive delivery failures');
    for (const o of outcomes) {
      if (o.result.status === 'delivered') result.delivered++;
      else if (o.result.status === 'dead') result.dead++;
      else result.failed++;
    }
    return result;
  }

  /** POST one delivery to the checked address (or record why the endpoint was refused, without connecting); a 2xx is the regulator's receipt. */
  private async send(c: repo.Claimed, endpoint: { url: URL; to: CheckedAddress } | string): Promise<repo.Outcome> {
    const body = JSON.stringify(c.event);
    const id = String(c.event.id);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = typeof endpoint === 'string' ? `endpoint refused: ${endpoint}` : null;
    let response: string | null = null;
    if (typeof endpoint !== 'string') {
      try {
        const res = await postPinned(endpoint.url, endpoint.to, {
          timeoutMs: this.timeoutMs,
          excerptBytes: RESPONSE_EXCERPT,
          headers: {
            'content-type': 'application/cloudevents+json; charset=utf-8',
            ...this.signedHeaders(c.secret, id, body),
          },
          body,
        });
        statusCode = res.status;
        response = res.excerpt;
        if (res.status < 200 || res.status > 299) error = `HTTP ${res.status}`;
      } catch (err) {
        error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
    }
    const at = this.d.now();
    const latencyMs = Math.round(performance.now() - started);
    const base = { deliveryId: c.id, subscriptionId: c.subscription_id, at, statusCode, latencyMs, error, response };
    if (!error) return { ...base, result: { status: 'delivered' } };
    const nextAt = new Date(at.getTime() + backoffMs(c.attempts + 1, this.retry, this.random()));
    if (nextAt.getTime() > c.retry_from.getTime() + this.retry.windowMs) return { ...base, result: { status: 'dead' } };
    return { ...base, result: { status: 'pending', nextAt } };
  }

  private signer(secret: string): Webhook {
    let w = this.signers.get(secret);
    if (!w) this.signers.set(secret, (w = new Webhook(secret)));
    return w;
  }

  // ------------------------------------------------------------------ deliveries (back office)

  /** Deliveries, newest first; `overdue`: not receipted by the due date (two working days). */
  async deliveries(actor: Actor, q: { status?: 'pending' | 'delivered' | 'dead' | 'overdue'; subscriptionId?: string; limit: number; before?: number }) {
    authorizeUser(actor, 'apikeys.manage');
    const today = toShanghaiDate(this.d.now());
    let query = this.d.db
      .selectFrom('exchange_deliveries as d')
      .innerJoin('exchange_events as e', 'e.seq', 'd.event_seq')
      .select(['d.id', 'd.subscription_id', 'd.subject', 'd.status', 'd.attempts', 'd.next_at', 'd.receipt_due', 'd.delivered_at', 'd.last_status', 'd.last_error', 'd.created_at', 'e.type', 'e.outbox_id'])
      .orderBy('d.id', 'desc')
      .limit(q.limit);
    if (q.status === 'overdue') query = query.where('d.status', '!=', 'delivered').where('d.receipt_due', '<', today);
    else if (q.status) query = query.where('d.status', '=', q.status);
    if (q.subscriptionId) query = query.where('d.subscription_id', '=', q.subscriptionId);
    if (q.before) query = query.where('d.id', '<', q.before);
    const rows = await query.execute();
    return { items: rows.map((r) => deliveryView(r, today)) };
  }

  /** One delivery with its event and every attempt. */
  async delivery(actor: Actor, id: number) {
    authorizeUser(actor, 'apikeys.manage');
    const today = toShanghaiDate(this.d.now());
    const row = await this.d.db
      .selectFrom('exchange_deliveries as d')
      .innerJoin('exchange_events as e', 'e.seq', 'd.event_seq')
      .select(['d.id', 'd.subscription_id', 'd.subject', 'd.status', 'd.attempts', 'd.next_at', 'd.receipt_due', 'd.delivered_at', 'd.last_status', 'd.last_error', 'd.created_at', 'e.type', 'e.outbox_id', 'e.event'])
      .where('d.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('EXCHANGE.DELIVERY_NOT_FOUND', '投递记录不存在');
    const attempts = await this.d.db.selectFrom('exchange_attempts').selectAll().where('delivery_id', '=', id).orderBy('id').execute();
    return {
      ...deliveryView(row, today),
      event: row.event,
      attempts: attempts.map((a) => ({ at: a.at.toISOString(), statusCode: a.status_code, latencyMs: a.latency_ms, error: a.error, response: a.response })),
    };
  }

  /** Send a dead letter (or a delivered event) again, with a fresh retry window. */
  async replay(actor: Actor, id: number) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    const now = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('exchange_deliveries').select(['status']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) throw notFound('EXCHANGE.DELIVERY_NOT_FOUND', '投递记录不存在');
      if (row.status === 'pending') throw conflict('EXCHANGE.PENDING', '该投递仍在重试中');
      await trx.updateTable('exchange_deliveries').set({ status: 'pending', next_at: now, retry_from: now }).where('id', '=', id).execute();
      await audit(trx, auditActor(admin), { action: 'exchange.replay', targetType: 'exchange_delivery', targetId: String(id), before: { status: row.status } });
    });
    return this.delivery(actor, id);
  }

  /** The dashboard's figures and the failing subscriptions (the back office's banner). */
  async status(actor: Actor) {
    authorizeUser(actor, 'apikeys.manage');
    return this.health();
  }

  /** The exchange's health as /metrics reports it: deliveries by state and the alerting subscriptions. */
  async gauges(): Promise<{ deliveries: { labels: { status: string }; value: number }[]; alerting: { value: number }[] }> {
    const h = await this.health();
    return {
      deliveries: (['pending', 'dead', 'overdue'] as const).map((status) => ({ labels: { status }, value: h[status] })),
      alerting: [{ value: h.alerts.length }],
    };
  }

  private async health() {
    const today = toShanghaiDate(this.d.now());
    const { rows } = await sql<{ pending: number; dead: number; overdue: number }>`
      SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'dead')::int AS dead,
             count(*) FILTER (WHERE status <> 'delivered' AND receipt_due < ${today})::int AS overdue
      FROM exchange_deliveries`.execute(this.d.db);
    const failing = await this.d.db
      .selectFrom('exchange_subscriptions')
      .select(['id', 'name', 'department_code', 'consecutive_failures', 'alerting_since'])
      .where('alerting_since', 'is not', null)
      .execute();
    const figures = rows[0] ?? { pending: 0, dead: 0, overdue: 0 };
    return {
      ...figures,
      alerts: failing.map((f) => ({ subscriptionId: f.id, name: f.name, departmentCode: f.department_code, consecutiveFailures: f.consecutive_failures, since: (f.alerting_since as Date).toISOString() })),
    };
  }

  // ------------------------------------------------------------------ inbound

  /**
   * Check a Standard Webhooks signature against the secrets of the calling department's
   * subscriptions (a regulator signs with the secret it was given). Throws 401.
   */
  async verifyInbound(actor: Actor, raw: string, headers: Record<string, string | string[] | undefined>): Promise<void> {
    const unauthenticated = (detail: string) => new DomainError('EXCHANGE.BAD_SIGNATURE', 401, '签名无效', [], detail);
    if (actor.type !== 'apikey') throw forbidden('需用监管部门接口密钥调用');
    const h = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((k) => [k, String(headers[k] ?? '')]));
    const secrets = await this.d.db
      .selectFrom('exchange_subscriptions')
      .select('secret')
      .where('department_code', '=', actor.departmentCode)
      .unionAll((eb) => eb.selectFrom('exchange_department_keys').select('secret').where('department_code', '=', actor.departmentCode))
      .execute();
    for (const { secret } of secrets) {
      try {
        this.signer(secret).verify(raw, h);
        return;
      } catch {
        // the next secret
      }
    }
    throw unauthenticated('签名或时间戳不正确（webhook-id / webhook-timestamp / webhook-signature）');
  }

  /**
   * A supervision result sent by a regulator's staff from the workbench (issue #22): signed here
   * with the department's own secret (Standard Webhooks), then verified and applied on the same
   * path as a regulator system's call (`verifyInbound`, `receive`), with the same receipt.
   */
  async sendFromWorkbench(user: UserActor, departmentCode: string, msg: InboundMessage, ip: string | null) {
    const secret = await this.departmentSecret(departmentCode);
    const raw = JSON.stringify(msg);
    const signed = this.signedHeaders(secret, msg.messageId, raw);
    const system: Actor = { type: 'apikey', keyId: user.userId, name: `${user.displayName}（监管工作台）`, departmentCode, permissions: ['exchange.regulator'], ip };
    await this.verifyInbound(system, raw, signed);
    return this.receive(system, JSON.parse(raw) as InboundMessage, { id: user.userId, name: user.displayName });
  }

  /**
   * Standard Webhooks headers for a body: the timestamp header and the signature from one instant (two reads of the
   * clock could straddle a second and the signature would not verify). Wall-clock time: receivers check it against
   * the real time, not a business date.
   */
  private signedHeaders(secret: string, id: string, body: string) {
    const at = new Date();
    return { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': this.signer(secret).sign(id, at, body) };
  }

  /** The department's workbench signing secret, made on first use (two at once: one wins, both read it). */
  private async departmentSecret(departmentCode: string): Promise<string> {
    await this.d.db
      .insertInto('exchange_department_keys')
      .values({ department_code: departmentCode, secret: `whsec_${crypto.randomBytes(24).toString('base64')}` })
      .onConflict((oc) => oc.column('department_code').doNothing())
      .execute();
    return (await this.d.db.selectFrom('exchange_department_keys').select('secret').where('department_code', '=', departmentCode).executeTakeFirstOrThrow()).secret;
  }

  /** Apply a supervision result once per message id and answer with a signed receipt. */
  async receive(actor: Actor, msg: InboundMessage, sentBy?: { id: string; name: string }) {
    const who = authorize(actor, 'exchange.regulator');
    if (who.type !== 'apikey') throw forbidden('需用监管部门接口密钥调用');
    const dept = who.departmentCode;
    let row = await this.findInbound(dept, msg.messageId);
    if (row && canonicalJson(row.body) !== canonicalJson(msg))
      throw conflict('EXCHANGE.MESSAGE_ID_REUSED', '同一消息编号的内容不同', `messageId ${msg.messageId} 已用于另一条消息`);
    const licenceNo = 'licenceNo' in msg ? msg.licenceNo : null;
    if (!row) {
      const licence = licenceNo ? await this.regulatedLicence(dept, licenceNo) : null;
      const now = this.d.now();
      row = await this.d.db.transaction().execute(async (trx) => {
        const state = await repo.lockState(trx);
        const entry = { direction: 'in', departmentCode: dept, message: msg, receivedAt: now.toISOString() };
        const hash = repo.chain(state.head_hash, entry);
        const inserted = await trx
          .insertInto('exchange_inbound')
          .values({
            id: crypto.randomUUID(),
            department_code: dept,
            message_id: msg.messageId,
            type: msg.type,
            licence_no: licenceNo,
            holder_id: msg.type === 'blacklist' ? msg.holderId : (licence?.holder_id ?? null),
            body: JSON.stringify(msg),
            status: 'received',
            effect: null,
            received_at: now,
            applied_at: null,
            prev_hash: state.head_hash,
            hash,
            sent_by: sentBy?.id ?? null,
            sent_by_name: sentBy?.name ?? null,
          })
          .onConflict((oc) => oc.columns(['department_code', 'message_id']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (inserted) await repo.setHead(trx, hash);
        return inserted;
      });
      row ??= await this.findInbound(dept, msg.messageId);
    }
    if (!row) throw new Error('inbound message vanished');
    if (row.status === 'received') row = await this.apply(who, row.id, msg);
    return this.receipt(row);
  }

  /** The regulator's messages (apikey: its own; staff: all), newest first. */
  async inbound(actor: Actor, q: { licenceNo?: string; holderId?: string; status?: 'awaiting_confirmation' | 'applied' | 'declined'; limit: number }) {
    const who = authorize(actor, 'apikeys.manage', 'licence.manage', 'exchange.regulator');
    let query = this.d.db.selectFrom('exchange_inbound').selectAll().orderBy('received_at', 'desc').limit(q.limit);
    if (who.type === 'apikey') query = query.where('department_code', '=', who.departmentCode);
    else if (!who.permissions.includes('apikeys.manage') && !who.permissions.includes('licence.manage')) {
      // a regulator's staff: their department's messages (the workbench)
      const dept = who.roles.find((r) => r.role === 'regulator')?.departmentCode;
      if (!dept) throw forbidden('账号未关联监管部门');
      query = query.where('department_code', '=', dept);
    }
    if (q.licenceNo) query = query.where('licence_no', '=', q.licenceNo);
    if (q.holderId) query = query.where('holder_id', '=', q.holderId);
    if (q.status) query = query.where('status', '=', q.status);
    const rows = await query.execute();
    return { items: rows.map(inboundView) };
  }

  /** Whether a holder is on a regulator's credit blacklist today (信用联合惩戒). */
  async blacklisted(holderId: string): Promise<boolean> {
    const today = toShanghaiDate(this.d.now());
    const rows = await this.d.db.selectFrom('exchange_inbound').select('body').where('holder_id', '=', holderId).where('type', '=', 'blacklist').execute();
    return rows.some((r) => {
      const until = (r.body as { until?: string }).until;
      return !until || until >= today;
    });
  }

  private findInbound(dept: string, messageId: string) {
    return this.d.db.selectFrom('exchange_inbound').selectAll().where('department_code', '=', dept).where('message_id', '=', messageId).executeTakeFirst();
  }

  /** The licence, when it exists and the department regulates its item; else 404 / 403 naming the field. */
  private async regulatedLicence(dept: string, no: string) {
    const licence = await this.d.db
      .selectFrom('licences')
      .leftJoin('item_regulators', (j) => j.onRef('item_regulators.item_code', '=', 'licences.item_code').on('item_regulators.department_code', '=', dept))
      .select(['licences.holder_id', 'item_regulators.department_code'])
      .where('licences.no', '=', no)
      .orderBy('licences.version', 'desc')
      .executeTakeFirst();
    if (!licence) throw new DomainError('LICENCE.NOT_FOUND', 404, '证照编号不存在', [{ path: 'licenceNo', message: '证照编号不存在' }]);
    if (!licence.department_code) throw new DomainError('AUTH.FORBIDDEN', 403, '无权执行此操作', [{ path: 'licenceNo', message: '该证照的事项不归本部门监管' }]);
    return licence;
  }

  /**
   * The message's effect: suspend or revoke through the licences service; the rest are recorded
   * against the licence or holder. Revoking is the bureau's own decision (谁审批谁负责): with
   * `confirmRevocation` the request waits for an officer (`decide`).
   */
  private async apply(who: Extract<Actor, { type: 'apikey' }>, id: string, msg: InboundMessage) {
    let effect = 'recorded';
    if (msg.type === 'revoke_request' && this.d.confirmRevocation)
      return this.d.db
        .updateTable('exchange_inbound')
        .set({ status: 'awaiting_confirmation', effect: 'awaiting_confirmation' })
        .where('id', '=', id)
        .where('status', '=', 'received')
        .returningAll()
        .executeTakeFirstOrThrow();
    if (msg.type === 'suspend_request' || msg.type === 'revoke_request') {
      const type: LicenceAction = msg.type === 'suspend_request' ? 'suspend' : 'revoke';
      const dept = await getDepartment(this.d.db, who.departmentCode);
      try {
        const v = await this.d.licences.act(who, msg.licenceNo, { type, reason: `${dept.name}请求（${msg.messageId}）：${msg.reason}`, decidedBy: dept.name });
        effect = `licence.${v.status}`;
      } catch (err) {
        // already in that state (or a replay after a crash between the change and this record)
        if (!(err instanceof DomainError && err.code === 'LICENCE.ILLEGAL_ACTION')) throw err;
        effect = `unchanged: ${err.title}`;
      }
    }
    return this.d.db
      .updateTable('exchange_inbound')
      .set({ status: 'applied', effect, applied_at: this.d.now() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * A bureau officer's decision on a regulator's revocation request that waits for one: confirmed,
   * the licence is revoked in the same transaction that records the decision; declined, nothing
   * happens to the licence. A request decided already answers 409 (two officers at once: one wins).
   */
  async decide(actor: Actor, id: string, body: { decision: 'confirm' | 'decline'; note: string }) {
    const user = authorizeUser(actor, 'licence.manage');
    const row = await this.d.db.selectFrom('exchange_inbound').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('EXCHANGE.INBOUND_NOT_FOUND', '反馈消息不存在');
    const decided = () => conflict('EXCHANGE.ALREADY_DECIDED', '该请求已处理', `当前状态：${row.status}`);
    if (row.status !== 'awaiting_confirmation' || !row.licence_no) throw decided();
    const record = (status: 'applied' | 'declined', effect: string) => async (trx: Trx) => {
      const done = await trx
        .updateTable('exchange_inbound')
        .set({ status, effect, applied_at: this.d.now(), decided_by: user.displayName, decision_note: body.note })
        .where('id', '=', id)
        .where('status', '=', 'awaiting_confirmation')
        .returningAll()
        .executeTakeFirst();
      if (!done) throw decided();
      await audit(trx, auditActor(user), { action: `exchange.inbound_${body.decision}`, targetType: 'exchange_inbound', targetId: id, after: { licenceNo: row.licence_no, note: body.note } });
      return done;
    };
    let updated: typeof row | undefined;
    if (body.decision === 'decline') updated = await this.d.db.transaction().execute(record('declined', 'declined'));
    else {
      const dept = await getDepartment(this.d.db, row.department_code);
      const reason = `${dept.name}请求（${row.message_id}）：${String((row.body as { reason?: string }).reason ?? '')}；审批局确认：${body.note}`;
      try {
        await this.d.licences.act(user, row.licence_no, { type: 'revoke', reason }, async (trx) => {
          updated = await record('applied', 'licence.revoked')(trx);
        });
      } catch (err) {
        if (!(err instanceof DomainError && err.code === 'LICENCE.ILLEGAL_ACTION')) throw err;
        updated = await this.d.db.transaction().execute(record('applied', `unchanged: ${err.title}`));
      }
    }
    return inboundView(updated ?? row);
  }

  /**
   * Walk the exchange log's hash chain from the first link to the head: every outbound event and
   * inbound message must be on it once, each hash recomputed from its content. The first break
   * is named (which table, which row).
   */
  async verifyLog(actor: Actor) {
    authorizeUser(actor, 'apikeys.manage', 'licence.manage');
    const [events, inbound, state] = await Promise.all([
      this.d.db.selectFrom('exchange_events').select(['seq', 'event', 'prev_hash', 'hash']).orderBy('seq').execute(),
      this.d.db.selectFrom('exchange_inbound').select(['id', 'department_code', 'body', 'received_at', 'prev_hash', 'hash']).orderBy('received_at').execute(),
      this.d.db.selectFrom('exchange_state').select('head_hash').where('id', '=', 1).executeTakeFirstOrThrow(),
    ]);
    const links = new Map<string, { ref: string; hash: string; content: unknown }>();
    for (const e of events) links.set(e.prev_hash, { ref: `event ${e.seq}`, hash: e.hash, content: e.event });
    for (const m of inbound)
      links.set(m.prev_hash, { ref: `inbound ${m.id}`, hash: m.hash, content: { direction: 'in', departmentCode: m.department_code, message: m.body, receivedAt: m.received_at.toISOString() } });
    const total = events.length + inbound.length;
    let at = GENESIS;
    const walked = new Set<string>();
    for (let link = links.get(at); link && !walked.has(link.ref); link = links.get(at)) {
      if (repo.chain(at, link.content) !== link.hash) return { ok: false, entries: total, verified: walked.size, brokenAt: link.ref, head: state.head_hash };
      at = link.hash;
      walked.add(link.ref);
    }
    // a row off the chain: its link was altered, or the row before it was deleted
    const off = [...links.values()].find((l) => !walked.has(l.ref));
    const brokenAt = links.size < total ? 'fork: two entries follow the same link' : off ? off.ref : at !== state.head_hash ? 'head' : null;
    return { ok: brokenAt === null && walked.size === total, entries: total, verified: walked.size, brokenAt, head: state.head_hash };
  }

  /**
   * The bureau's receipt for an inbound message, sealed over the canonical JSON with its Ed25519
   * key and its SM2 key (SM2 signatures are randomised: a receipt asked for again has the same
   * Ed25519 signature and a fresh SM2 one over the same content).
   */
  private receipt(row: { message_id: string; department_code: string; status: string; effect: string | null; received_at: Date; hash: string }) {
    const receipt = { messageId: row.message_id, departmentCode: row.department_code, status: row.status, effect: row.effect, receivedAt: row.received_at.toISOString(), logHash: row.hash };
    const sig = this.d.keys.sign(canonicalJson(receipt));
    return { ...receipt, keyId: sig.keyId, signature: sig.signature, sm2KeyId: sig.sm2.keyId, sm2Signature: sig.sm2.signature };
  }

  // ------------------------------------------------------------------ pull feed

  /** A regulator's events (licences and decisions of the items it regulates) after a cursor, to resynchronise. */
  async feed(actor: Actor, q: { cursor: number; limit: number }) {
    const who = authorize(actor, 'exchange.regulator');
    const dept = who.type === 'apikey' ? who.departmentCode : who.roles.find((r) => r.role === 'regulator')?.departmentCode;
    if (!dept) throw forbidden('账号未关联监管部门');
    const rows = await this.d.db
      .selectFrom('exchange_events as e')
      .select(['e.seq', 'e.event'])
      .where('e.seq', '>', q.cursor)
      .where('e.item_code', 'in', (eb) => eb.selectFrom('item_regulators').select('item_code').where('department_code', '=', dept))
      .orderBy('e.seq')
      .limit(q.limit)
      .execute();
    const last = rows.at(-1);
    return { items: rows.map((r) => r.event), nextCursor: last ? Number(last.seq) : q.cursor };
  }
}

// ------------------------------------------------------------------ event data (personal data minimised: docs/api-v1.md)

type CaseRow = Awaited<ReturnType<typeof repo.casesFor>>[number];
type LicenceRow = Awaited<ReturnType<typeof repo.licencesFor>>[number];

function caseData(topic: string, payload: Record<string, unknown>, c: CaseRow | undefined) {
  if (!c) return null;
  const organisation = c.applicant_kind === 'organisation';
  const decision = topic === 'case.approve' ? 'approve' : topic === 'case.refuse' ? 'refuse' : undefined;
  return {
    itemCode: c.item_code,
    data: {
      caseNo: c.case_no,
      itemCode: c.item_code,
      itemName: c.item_name,
      departmentCode: c.department_code,
      applicantKind: c.applicant_kind,
      // a person applicant is not named: regulators supervise licences, not applications
      applicant: organisation ? c.applicant_name : null,
      applicantCreditCode: organisation ? c.applicant_credit_code : null,
      at: payload.at ?? null,
      ...(decision ? { decision } : {}),
      // the application form's structured fields, minimised (domain/forms.ts regulatorFields)
      form: regulatorFields(itemForm({ form: c.item_form }), c.form),
    },
  };
}

function licenceData(type: EventType, payload: Record<string, unknown>, l: LicenceRow | undefined) {
  if (!l) return null;
  const p = l.payload as unknown as LicencePayload;
  const person = l.holder_kind === 'person';
  const statusChange = ['licence.suspended', 'licence.restored', 'licence.revoked', 'licence.cancelled'].includes(type);
  return {
    itemCode: l.item_code,
    data: {
      no: l.no,
      version: l.version,
      type: p.type,
      itemCode: l.item_code,
      item: p.item,
      scope: p.scope,
      fields: p.fields ?? {},
      departmentCode: l.department_code,
      holderKind: l.holder_kind,
      // a person's name to the surname and 身份证号 masked, as printed in the QR code
      holder: person ? `${l.holder_name.slice(0, 1)}*` : l.holder_name,
      holderId: p.holderId,
      validFrom: l.valid_from,
      validTo: l.valid_to,
      caseNo: l.case_no,
      ...(statusChange ? { status: payload.status, reason: payload.reason, decidedBy: payload.decidedBy, on: payload.on } : {}),
    },
  };
}

type SubscriptionRow = { id: string; department_code: string; name: string; url: string; event_types: string[]; item_codes: string[] | null; enabled: boolean; consecutive_failures: number; alerting_since: Date | null; created_at: Date };

function subscriptionView(r: SubscriptionRow) {
  return {
    id: r.id,
    departmentCode: r.department_code,
    name: r.name,
    url: r.url,
    eventTypes: r.event_types as EventType[],
    itemCodes: r.item_codes,
    enabled: r.enabled,
    consecutiveFailures: r.consecutive_failures,
    alertingSince: r.alerting_since?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

type DeliveryRow = { id: number; subscription_id: string; subject: string; status: 'pending' | 'delivered' | 'dead'; attempts: number; next_at: Date; receipt_due: string; delivered_at: Date | null; last_status: number | null; last_error: string | null; created_at: Date; type: string; outbox_id: number };

function deliveryView(r: DeliveryRow, today: string) {
  return {
    id: Number(r.id),
    subscriptionId: r.subscription_id,
    eventId: `shenpi-${r.outbox_id}`,
    type: r.type,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAt: r.status === 'pending' ? r.next_at.toISOString() : null,
    receiptDue: r.receipt_due,
    overdue: r.status !== 'delivered' && r.receipt_due < today,
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
  };
}

function inboundView(r: {
  id: string;
  department_code: string;
  message_id: string;
  type: InboundMessage['type'];
  licence_no: string | null;
  holder_id: string | null;
  body: Record<string, unknown>;
  status: string;
  effect: string | null;
  received_at: Date;
  applied_at: Date | null;
  decided_by: string | null;
  decision_note: string | null;
  hash: string;
  sent_by_name: string | null;
}) {
  return {
    id: r.id,
    departmentCode: r.department_code,
    messageId: r.message_id,
    type: r.type,
    licenceNo: r.licence_no,
    holderId: r.holder_id,
    message: r.body,
    status: r.status,
    effect: r.effect,
    receivedAt: r.received_at.toISOString(),
    appliedAt: r.applied_at?.toISOString() ?? null,
    decidedBy: r.decided_by,
    decisionNote: r.decision_note,
    sentByName: r.sent_by_name,
    logHash: r.hash,
  };
}
