/**
 * The exchange with the regulators (issue #7): subscriptions, signed CloudEvents from the outbox,
 * retries, dead letters and replay, two dispatchers, inbound supervision results, the pull feed.
 * Receivers are real HTTP servers on 127.0.0.1; the dispatcher runs with the test's clock.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/domain/calendar.js';
import { DEFAULT_RETRY } from '../src/domain/exchange.js';
import { canonicalJson } from '../src/server/platform/audit.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { ExchangeService } from '../src/server/modules/exchange/exchange.service.js';
import { NATS_STREAM, NATS_SUBJECT_PREFIX, natsPublisher, type EventPublisher } from '../src/server/platform/nats.js';
import { emit } from '../src/server/platform/outbox.js';
import { verifyWithKey, type PublishedKey } from '../src/server/platform/signing.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { postInbound } from './exchange-fixtures.js';
import { beijing, createTestApp, testEpoch, type TestContext } from './harness.js';

// the test's own plain weeks, weeks after the demo seed's today; day(2) is a Wednesday
const EPOCH = testEpoch();
const day = (n: number) => addCalendarDays(EPOCH, n);
let now = beijing(day(2));
let t: TestContext;
const c: Record<string, string> = {};
const h = caseHelpers(() => t);
let food: Item;

/** A receiver: verifies every request with the standardwebhooks package and keeps what arrived. */
interface Receiver {
  url: string;
  secret: string;
  up: boolean;
  /** verified event ids in arrival order, with their subjects */
  got: { id: string; subject: string; type: string; data: Record<string, unknown> }[];
  badSignatures: number;
  close(): Promise<void>;
}

async function receiver(): Promise<Receiver> {
  const r: Receiver = { url: '', secret: '', up: true, got: [], badSignatures: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.on('end', () => {
      if (!r.up) return void res.writeHead(503).end('维护中 maintenance');
      const body = Buffer.concat(chunks).toString();
      try {
        const ev = new Webhook(r.secret).verify(body, req.headers as Record<string, string>) as { id: string; subject: string; type: string; data: Record<string, unknown> };
        expect(req.headers['webhook-id']).toBe(ev.id);
        r.got.push({ id: ev.id, subject: ev.subject, type: ev.type.replace('cn.gov.taian.shenpi.', ''), data: ev.data });
        res.writeHead(204).end();
      } catch {
        r.badSignatures++;
        res.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  r.close = () => new Promise((ok) => server.close(() => ok()));
  return r;
}

/** A dispatcher over the test database with the test's clock; `random` 0.5 makes the jitter fixed. */
function dispatcher(alertAfter = 3, publisher?: EventPublisher) {
  const db = t.database.db;
  return new ExchangeService({
    db,
    licences: { act: () => Promise.reject(new Error('not used by the dispatcher')) },
    calendar: new CalendarService(db),
    keys: { sign: () => ({ keyId: 'x', signature: 'x', sm2: { keyId: 'y', signature: 'y' } }) },
    log: pino({ level: 'silent' }),
    now: () => now,
    allowInsecure: true,
    alertAfter,
    random: () => 0.5,
    publisher,
  });
}

/** Pass until nothing is due now. */
async function drain(ex: ExchangeService) {
  for (let i = 0; i < 100; i++) {
    const r = await ex.dispatchOnce();
    if (r.events + r.published + r.delivered + r.failed + r.dead === 0) return;
  }
  throw new Error('dispatcher never settled');
}

async function subscribe(r: Receiver, eventTypes: string[], extra: object = {}) {
  const res = await h.call('POST', '/api/v1/exchange/subscriptions', c.admin, { departmentCode: 'TA-R20', name: '市场监管局监管平台', url: r.url, eventTypes, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  r.secret = res.json().secret;
  return res.json().id as string;
}

async function setEnabled(id: string, enabled: boolean) {
  expect((await h.call('PATCH', `/api/v1/exchange/subscriptions/${id}`, c.admin, { enabled })).statusCode).toBe(200);
}

/** Synthetic case events on existing cases, the way the cases module writes them. */
async function emitEvents(subjects: string[], perSubject: number, tag: string) {
  await t.database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < perSubject; i++)
      for (const s of subjects) await emit(trx, { topic: 'case.accept', subject: s, payload: { caseNo: s, seq: i, type: 'accept', at: now.toISOString() }, dedupeKey: `test:${tag}:${s}:${i}` });
  });
}

const receivers: Receiver[] = [];
let main: Receiver;
let mainSub = '';
let caseNo = '';
let licenceNo = '';
const otherCases: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ SHENPI_EXCHANGE_ALLOW_INSECURE: '1' }, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'chief1', 'admin', 'regulator1', 'director1']) c[u] = await t.login(u);
  food = await h.item('食品经营许可');
  main = await receiver();
  receivers.push(main);
  mainSub = await subscribe(main, ['case.submitted', 'case.accepted', 'case.decided', 'licence.issued', 'licence.suspended', 'licence.revoked']);
}, 60_000);
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await t.close();
});

describe('subscriptions', () => {
  it('refuses plain http, private ranges, metadata and loopback unless insecure endpoints are allowed, checking every resolved address', async () => {
    const strict = new ExchangeService({
      ...{ db: t.database.db, licences: { act: () => Promise.reject(new Error('unused')) }, calendar: new CalendarService(t.database.db), keys: { sign: () => ({ keyId: 'x', signature: 'x', sm2: { keyId: 'y', signature: 'y' } }) } },
      log: pino({ level: 'silent' }),
      now: () => now,
      allowInsecure: false,
      alertAfter: 3,
      lookup: async (host) => ({ 'ok.example.cn': ['203.0.113.10'], 'mixed.example.cn': ['203.0.113.10', '10.1.2.3'], 'mapped.example.cn': ['::ffff:169.254.169.254'] })[host] ?? [],
    });
    await expect(strict.checkEndpoint('https://ok.example.cn/hook', 'url')).resolves.toMatchObject({ to: { address: '203.0.113.10', family: 4 } });
    for (const url of ['http://ok.example.cn/hook', 'https://mixed.example.cn/x', 'https://mapped.example.cn/x', 'https://169.254.169.254/latest', 'https://127.0.0.1/x', 'https://[::1]/x', 'https://192.168.1.5/', 'https://nowhere.example.cn/', 'not a url', 'https://u:p@ok.example.cn/'])
      await expect(strict.checkEndpoint(url, 'url'), url).rejects.toMatchObject({ status: 400, code: 'EXCHANGE.BAD_ENDPOINT', errors: [{ path: 'url' }] });
  });

  it('answers 400 naming the field for a bad subscription and writes nothing; the secret is shown once', async () => {
    const before = (await h.call('GET', '/api/v1/exchange/subscriptions', c.admin)).json().items.length;
    const bad = await h.call('POST', '/api/v1/exchange/subscriptions', c.admin, { departmentCode: 'TA-R20', name: 'x', url: 'https://10.0.0.8/hook', eventTypes: ['licence.issued'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('url');
    const badType = await h.call('POST', '/api/v1/exchange/subscriptions', c.admin, { departmentCode: 'TA-R20', name: 'x', url: main.url, eventTypes: ['licence.nonsense'] });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].path).toMatch(/^eventTypes/);
    const notRegulator = await h.call('POST', '/api/v1/exchange/subscriptions', c.admin, { departmentCode: 'TA-R99', name: 'x', url: main.url, eventTypes: ['licence.issued'] });
    expect(notRegulator.statusCode).toBe(400);
    expect(notRegulator.json().errors[0].path).toBe('departmentCode');
    const list = (await h.call('GET', '/api/v1/exchange/subscriptions', c.admin)).json().items;
    expect(list.length).toBe(before);
    expect(JSON.stringify(list)).not.toContain('whsec_');
    expect((await h.call('GET', '/api/v1/exchange/subscriptions', c.regulator1)).statusCode).toBe(403);
  });
});

describe('outbound delivery', () => {
  it('delivers a food case and its licence to the regulator as signed CloudEvents, in order, with personal data minimised', async () => {
    caseNo = await h.submitted(food, c.applicant1 ?? '');
    expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    const approved = await h.act(caseNo, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' });
    expect(approved.statusCode, approved.body).toBe(200);
    // the licence is issued by the approval's listener: wait for it before the pass
    await t.services.caseCommands.settled();
    await drain(dispatcher());
    const ofCase = main.got.filter((g) => g.subject === caseNo);
    expect(ofCase.map((g) => g.type)).toEqual(['case.submitted', 'case.accepted', 'case.decided']);
    expect(ofCase[2]?.data).toMatchObject({ caseNo, itemName: '食品经营许可', decision: 'approve', applicantKind: 'person', applicant: null });
    const issued = main.got.find((g) => g.type === 'licence.issued');
    expect(issued?.data).toMatchObject({ caseNo, holderKind: 'person', itemCode: food.code });
    licenceNo = String(issued?.data.no);
    // a person's 身份证号 never leaves unmasked, nor their full name
    expect(JSON.stringify(main.got)).not.toMatch(/\d{17}[\dX]/);
    expect(String(issued?.data.holder)).toMatch(/^.\*$/);
    expect(main.badSignatures).toBe(0);
    const delivered = (await h.call('GET', `/api/v1/exchange/deliveries?status=delivered&subscriptionId=${mainSub}&limit=500`, c.admin)).json().items.filter((d: { subject: string }) => d.subject === caseNo || d.subject === licenceNo);
    expect(delivered.length).toBe(4);
    const detail = (await h.call('GET', `/api/v1/exchange/deliveries/${delivered[0].id}`, c.admin)).json();
    expect(detail.attempts).toEqual([expect.objectContaining({ statusCode: 204, error: null })]);
    expect(detail.event).toMatchObject({ specversion: '1.0', source: '/taian/shenpi', id: delivered[0].eventId });
  }, 60_000);

  it('receiver down for a while then back: every event delivered, each once by id, in order per subject', async () => {
    for (let i = 0; i < 3; i++) otherCases.push(await h.submitted(food, c.applicant1 ?? ''));
    await drain(dispatcher());
    main.got.length = 0;
    main.up = false;
    await emitEvents(otherCases, 10, 'down');
    const ex = dispatcher(1000);
    const first = await ex.dispatchOnce();
    // only the head of each subject is tried while it fails; the rest wait behind it
    expect(first).toMatchObject({ events: 30, delivered: 0, failed: 3 });
    for (let i = 0; i < 4; i++) {
      now = new Date(now.getTime() + 60 * 60_000);
      await ex.dispatchOnce();
    }
    main.up = true;
    for (let i = 0; i < 6 && main.got.length < 30; i++) {
      now = new Date(now.getTime() + 2 * 60 * 60_000);
      await drain(ex);
    }
    const ids = main.got.map((g) => g.id);
    expect(ids.length).toBe(30);
    expect(new Set(ids).size).toBe(30);
    for (const s of otherCases) {
      const seqs = main.got.filter((g) => g.subject === s).map((g) => Number(g.id.replace('shenpi-', '')));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs.length).toBe(10);
    }
  }, 60_000);

  it('two dispatchers at once never deliver an event twice', async () => {
    main.got.length = 0;
    await emitEvents(otherCases, 20, 'two');
    const a = dispatcher();
    const b = dispatcher();
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    const ids = main.got.map((g) => g.id);
    expect(ids.length).toBe(60);
    expect(new Set(ids).size).toBe(60);
  }, 60_000);

  it('retries with backoff for the retry window, raises an alert, dead-letters, flags overdue receipts; replay delivers', async () => {
    const dead = await receiver();
    receivers.push(dead);
    dead.up = false;
    await setEnabled(mainSub, false);
    const sub = await subscribe(dead, ['case.accepted'], { itemCodes: [food.code] });
    await emitEvents([otherCases[0] ?? ''], 1, 'dead');
    const ex = dispatcher(3);
    const start = now.getTime();
    const attemptsAt: number[] = [];
    for (let i = 0; i < 200; i++) {
      const r = await ex.dispatchOnce();
      if (r.failed || r.dead) attemptsAt.push(now.getTime() - start);
      if (r.dead) break;
      now = new Date(now.getTime() + 60_000 * 15);
    }
    // exponential with a fixed jitter here: the gaps grow, and the retries go on until the next would pass the 24-hour window
    const gaps = attemptsAt.slice(1).map((x, i) => x - (attemptsAt[i] ?? 0));
    expect(gaps.slice(0, 5)).toEqual([...gaps.slice(0, 5)].sort((x, y) => x - y));
    expect(attemptsAt.at(-1)).toBeGreaterThan(DEFAULT_RETRY.windowMs - DEFAULT_RETRY.capMs);
    const deadList = (await h.call('GET', `/api/v1/exchange/deliveries?status=dead&subscriptionId=${sub}`, c.admin)).json().items;
    expect(deadList.length).toBe(1);
    expect(deadList[0]).toMatchObject({ status: 'dead', lastStatus: 503 });
    // not receipted two working days after the event: overdue (审管互动)
    now = new Date(`${deadList[0].receiptDue}T16:00:00Z`);
    expect((await h.call('GET', `/api/v1/exchange/deliveries?status=overdue&subscriptionId=${sub}`, c.admin)).json().items.length).toBe(1);
    const detail = (await h.call('GET', `/api/v1/exchange/deliveries/${deadList[0].id}`, c.admin)).json();
    expect(detail.attempts.length).toBe(attemptsAt.length);
    expect(detail.attempts[0]).toMatchObject({ statusCode: 503, response: '维护中 maintenance', error: 'HTTP 503' });
    expect(detail.attempts[0].latencyMs).toBeGreaterThanOrEqual(0);
    const status = (await h.call('GET', '/api/v1/exchange/status', c.admin)).json();
    expect(status.alerts).toEqual([expect.objectContaining({ subscriptionId: sub, consecutiveFailures: attemptsAt.length })]);
    expect(status.dead).toBeGreaterThanOrEqual(1);
    // and Prometheus sees the same
    const metrics = (await t.app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(new RegExp(`shenpi_exchange_alerting_subscriptions ${status.alerts.length}\\b`));
    expect(metrics).toMatch(new RegExp(`shenpi_exchange_deliveries\\{status="dead"\\} ${status.dead}\\b`));

    dead.up = true;
    const replayed = await h.call('POST', `/api/v1/exchange/deliveries/${deadList[0].id}/replay`, c.admin);
    expect(replayed.statusCode, replayed.body).toBe(200);
    expect(replayed.json().status).toBe('pending');
    expect((await h.call('POST', `/api/v1/exchange/deliveries/${deadList[0].id}/replay`, c.admin)).statusCode).toBe(409);
    await drain(ex);
    expect(dead.got.map((g) => g.id)).toEqual([detail.eventId]);
    expect((await h.call('GET', '/api/v1/exchange/status', c.admin)).json().alerts).toEqual([]);
    // an operator re-sends a time range: the receiver sees the same id again (and de-duplicates it)
    const resent = await h.call('POST', `/api/v1/exchange/subscriptions/${sub}/resend`, c.admin, { from: `${day(-365)}T00:00:00Z`, to: `${day(365)}T00:00:00Z` });
    expect(resent.json()).toEqual({ count: 1 });
    await drain(ex);
    expect(dead.got.map((g) => g.id)).toEqual([detail.eventId, detail.eventId]);
    await setEnabled(sub, false);
    await setEnabled(mainSub, true);
  }, 60_000);
});

describe('inbound supervision results', () => {
  let key = '';
  beforeAll(async () => {
    const res = await h.call('POST', '/api/v1/api-keys', c.admin, { name: '市场监管局监管平台', departmentCode: 'TA-R20' });
    expect(res.statusCode, res.body).toBe(201);
    key = res.json().key;
  });

  const signed = (body: object, opts: { at?: Date; secret?: string; bearer?: string } = {}) => postInbound(t.app, { key: opts.bearer ?? key, secret: opts.secret ?? main.secret }, body, opts);

  const licenceStatus = async () => (await h.call('GET', `/api/v1/licences/${licenceNo}`, c.director1)).json().status as string;

  it('bad signature, old timestamp or unknown key: 401 and no effect', async () => {
    const msg = { messageId: 'SC-2026-0001', type: 'suspend_request', licenceNo, occurredOn: day(2), reason: '抽检不合格' };
    const forged = await signed(msg, { secret: `whsec_${Buffer.from('not the secret at all, no').toString('base64')}` });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('EXCHANGE.BAD_SIGNATURE');
    const old = await signed(msg, { at: new Date(Date.now() - 10 * 60_000) });
    expect(old.statusCode).toBe(401);
    const unknown = await signed(msg, { bearer: 'spk_unknownunknownunknownunknown' });
    expect(unknown.statusCode).toBe(401);
    const asPerson = await t.app.inject({ method: 'POST', url: '/api/v1/exchange/inbound', headers: { cookie: c.regulator1 }, payload: msg });
    expect(asPerson.statusCode).toBe(403);
    expect(await licenceStatus()).toBe('valid');
    expect((await h.call('GET', '/api/v1/exchange/inbound', c.admin)).json().items).toEqual([]);
  });

  it('a bad message is a 400 naming the field, and changes nothing', async () => {
    const wrongNo = await signed({ messageId: 'SC-2026-0002', type: 'suspend_request', licenceNo: 'TAXK00000000000', occurredOn: day(2), reason: '抽检不合格' });
    expect(wrongNo.statusCode).toBe(400);
    expect(wrongNo.json().errors.map((e: { path: string }) => e.path)).toContain('licenceNo');
    const noReason = await signed({ messageId: 'SC-2026-0003', type: 'revoke_request', licenceNo, occurredOn: day(2) });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { path: string }) => e.path)).toContain('reason');
    const badType = await signed({ messageId: 'SC-2026-0004', type: 'praise', licenceNo });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].path).toBe('type');
    const notJson = await t.app.inject({ method: 'POST', url: '/api/v1/exchange/inbound', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: '{not json' });
    expect(notJson.statusCode).toBe(400);
    expect(await licenceStatus()).toBe('valid');
    expect((await h.call('GET', '/api/v1/exchange/inbound', c.admin)).json().items).toEqual([]);
  });

  it('a suspension request suspends the licence once, however often it is sent, with a signed receipt; results attach to the licence', async () => {
    const msg = { messageId: 'SC-2026-0010', type: 'suspend_request', licenceNo, occurredOn: day(2), reason: '监督抽检不合格，责令停业整改' };
    const first = await signed(msg);
    expect(first.statusCode, first.body).toBe(200);
    const receipt = first.json();
    expect(receipt).toMatchObject({ messageId: 'SC-2026-0010', departmentCode: 'TA-R20', status: 'applied', effect: 'licence.suspended' });
    const keys = (await h.call('GET', '/api/v1/licences/keys', undefined)).json().items as PublishedKey[];
    const key = (id: string) => keys.find((k) => k.keyId === id) as PublishedKey;
    const { keyId, signature, sm2KeyId, sm2Signature, ...signedPart } = receipt;
    expect(verifyWithKey(key(keyId), canonicalJson(signedPart), signature)).toBe(true);
    expect(verifyWithKey(key(sm2KeyId), canonicalJson(signedPart), sm2Signature)).toBe(true);
    // asked again: the same receipt; SM2 signs with a fresh random k each time, so its signature differs and verifies
    const again = await Promise.all([signed(msg), signed(msg)]);
    for (const r of again) {
      const { sm2Signature: fresh, ...rest } = r.json();
      expect(rest).toEqual({ ...receipt, sm2Signature: undefined });
      expect(verifyWithKey(key(sm2KeyId), canonicalJson(signedPart), fresh)).toBe(true);
    }
    expect(await licenceStatus()).toBe('suspended');
    const suspensions = await t.database.db.selectFrom('outbox').select('id').where('subject', '=', licenceNo).where('topic', '=', 'licence.suspended').execute();
    expect(suspensions.length).toBe(1);
    // the same id with another content is refused
    expect((await signed({ ...msg, reason: '另一理由' })).statusCode).toBe(409);

    const inspection = await signed({ messageId: 'SC-2026-0011', type: 'inspection', licenceNo, occurredOn: day(3), result: 'fail', summary: '冷藏温度不达标' });
    expect(inspection.json()).toMatchObject({ status: 'applied', effect: 'recorded' });
    const onLicence = (await h.call('GET', `/api/v1/exchange/inbound?licenceNo=${licenceNo}`, c.director1)).json().items;
    expect(onLicence.map((m: { type: string }) => m.type).sort()).toEqual(['inspection', 'suspend_request']);
    // the suspension went out to the regulator as an event too
    main.got.length = 0;
    await drain(dispatcher());
    expect(main.got.map((g) => g.type)).toEqual(['licence.suspended']);
    expect(main.got[0]?.data).toMatchObject({ no: licenceNo, status: 'suspended', decidedBy: '泰安市市场监督管理局' });
  });

  it('a revocation request waits for the bureau: declined changes nothing; confirmed revokes once, two officers at once get one success', async () => {
    const request = (messageId: string) => signed({ messageId, type: 'revoke_request', licenceNo, occurredOn: day(4), reason: '复查仍不合格，请求吊销' });
    const first = await request('SC-2026-0020');
    expect(first.json()).toMatchObject({ status: 'awaiting_confirmation', effect: 'awaiting_confirmation' });
    expect((await request('SC-2026-0021')).json().status).toBe('awaiting_confirmation');
    expect(await licenceStatus()).toBe('suspended');
    const awaiting = (await h.call('GET', '/api/v1/exchange/inbound?status=awaiting_confirmation', c.director1)).json().items as { id: string; messageId: string }[];
    expect(awaiting.map((m) => m.messageId).sort()).toEqual(['SC-2026-0020', 'SC-2026-0021']);
    const idOf = (messageId: string) => awaiting.find((m) => m.messageId === messageId)?.id ?? '';

    // only the bureau decides; a note is required
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/exchange/inbound/${idOf('SC-2026-0020')}/decision`, headers: { authorization: `Bearer ${key}` }, payload: { decision: 'confirm', note: 'x' } })).statusCode).toBe(403);
    const noNote = await h.call('POST', `/api/v1/exchange/inbound/${idOf('SC-2026-0020')}/decision`, c.director1, { decision: 'confirm', note: ' ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors[0].path).toBe('note');

    const declined = await h.call('POST', `/api/v1/exchange/inbound/${idOf('SC-2026-0021')}/decision`, c.director1, { decision: 'decline', note: '重复请求' });
    expect(declined.json()).toMatchObject({ status: 'declined', decidedBy: expect.any(String), decisionNote: '重复请求' });
    expect(await licenceStatus()).toBe('suspended');

    const both = await Promise.all([1, 2].map(() => h.call('POST', `/api/v1/exchange/inbound/${idOf('SC-2026-0020')}/decision`, c.director1, { decision: 'confirm', note: '经复核，依法吊销' })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 200)?.json()).toMatchObject({ status: 'applied', effect: 'licence.revoked' });
    expect(await licenceStatus()).toBe('revoked');
    const revocations = await t.database.db.selectFrom('outbox').select('id').where('subject', '=', licenceNo).where('topic', '=', 'licence.revoked').execute();
    expect(revocations.length).toBe(1);
    // the regulator sees the outcome with its messages; its retry of the request answers the same
    const mine = (await t.app.inject({ url: '/api/v1/exchange/inbound?status=applied', headers: { authorization: `Bearer ${key}` } })).json().items as { messageId: string; status: string }[];
    expect(mine.some((m) => m.messageId === 'SC-2026-0020')).toBe(true);
    expect((await request('SC-2026-0020')).json()).toMatchObject({ status: 'applied', effect: 'licence.revoked' });
  });

  it('the exchange log verifies as one hash chain and names the entry that was altered', async () => {
    await drain(dispatcher());
    const good = (await h.call('GET', '/api/v1/exchange/log/verify', c.director1)).json();
    const [events, inbound] = await Promise.all([
      t.database.db.selectFrom('exchange_events').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      t.database.db.selectFrom('exchange_inbound').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    expect(good).toMatchObject({ ok: true, brokenAt: null, entries: Number(events.n) + Number(inbound.n) });
    expect(good.verified).toBe(good.entries);
    expect(good.entries).toBeGreaterThan(5);
    expect((await h.call('GET', '/api/v1/exchange/log/verify', c.clerk1)).statusCode).toBe(403);

    const victim = await t.database.db.selectFrom('exchange_inbound').select(['id', 'body']).where('message_id', '=', 'SC-2026-0011').executeTakeFirstOrThrow();
    await t.database.db.updateTable('exchange_inbound').set({ body: JSON.stringify({ ...victim.body, result: 'pass' }) }).where('id', '=', victim.id).execute();
    try {
      const bad = (await h.call('GET', '/api/v1/exchange/log/verify', c.director1)).json();
      expect(bad).toMatchObject({ ok: false, brokenAt: `inbound ${victim.id}` });
      expect(bad.verified).toBeLessThan(bad.entries);
    } finally {
      await t.database.db.updateTable('exchange_inbound').set({ body: JSON.stringify(victim.body) }).where('id', '=', victim.id).execute();
    }
    expect((await h.call('GET', '/api/v1/exchange/log/verify', c.director1)).json().ok).toBe(true);
  });

  it('a blacklisted holder is flagged on new applications, to the officers only (信用联合惩戒)', async () => {
    const res = await signed({ messageId: 'BL-2026-0001', type: 'blacklist', holderId: '91370900MA3C00001T', occurredOn: day(2), reason: '严重违法失信' });
    expect(res.statusCode, res.body).toBe(200);
    const company = { kind: 'organisation', name: '泰山食品有限公司', creditCode: '91370900MA3C00001T' };
    const flagged = await h.call('POST', '/api/v1/cases', c.clerk1, { itemCode: food.code, onBehalfOf: company });
    expect(flagged.statusCode, flagged.body).toBe(201);
    expect(flagged.json().creditFlag).toContain('失信联合惩戒');
    const clean = await h.call('POST', '/api/v1/cases', c.clerk1, { itemCode: food.code, onBehalfOf: { kind: 'person', name: '王五', idNumber: '11010519491231002X' } });
    expect(clean.json().creditFlag).toBeNull();
    // the applicant's own screens do not carry it
    const mine = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code });
    expect(mine.json().creditFlag).toBeNull();
  });

  it('refuses a licence of an item the department does not regulate, writing nothing', async () => {
    const other = await h.call('POST', '/api/v1/api-keys', c.admin, { name: '交通', departmentCode: 'TA-R01' });
    const before = await licenceStatus();
    const res = await signed({ messageId: 'X-1', type: 'suspend_request', licenceNo, occurredOn: day(2), reason: '无' }, { bearer: other.json().key });
    // TA-R01 has no subscription, so no secret to sign with: the signature cannot be right
    expect(res.statusCode).toBe(401);
    expect(await licenceStatus()).toBe(before);
    expect(await t.database.db.selectFrom('exchange_inbound').select('id').where('message_id', '=', 'X-1').executeTakeFirst()).toBeUndefined();
  });
});

/** The NATS server this machine runs (127.0.0.1:4222), if it is up: the transport's test runs against it. */
const NATS_URL = 'nats://127.0.0.1:4222';
const natsUp = await new Promise<boolean>((resolve) => {
  const socket = net.connect(4222, '127.0.0.1');
  const done = (up: boolean) => {
    socket.destroy();
    resolve(up);
  };
  socket.once('connect', () => done(true)).once('error', () => done(false));
  socket.setTimeout(1000, () => done(false));
});

describe('NATS JetStream transport (SHENPI_NATS_URL)', () => {
  it.skipIf(!natsUp)("publishes each event to its regulators' subjects; a crash before the cursor moved publishes again and the stream keeps one", async () => {
    const acks: { subject: string; msgId: string; duplicate: boolean; seq: number }[] = [];
    const bus = natsPublisher(NATS_URL);
    const spy: EventPublisher = {
      publish: async (subject, body, msgId) => {
        const r = await bus.publish(subject, body, msgId);
        acks.push({ subject, msgId, ...r });
        return r;
      },
      close: () => bus.close(),
    };
    const nc = await connect({ servers: NATS_URL });
    try {
      const ex = dispatcher(1000, spy);
      await drain(ex);
      acks.length = 0;
      await emitEvents(otherCases, 3, 'nats');
      await drain(ex);
      const regulators = await t.database.db.selectFrom('item_regulators').select('department_code').where('item_code', '=', food.code).execute();
      expect(regulators.length).toBeGreaterThan(0);
      expect(acks.length).toBe(otherCases.length * 3 * regulators.length);
      expect(new Set(acks.map((a) => a.subject))).toEqual(new Set(regulators.map((r) => `${NATS_SUBJECT_PREFIX}${r.department_code}`)));
      expect(acks.every((a) => !a.duplicate)).toBe(true);
      const first = [...acks];

      // a crash between publishing and moving the cursor: the next pass sends the batch again
      acks.length = 0;
      await t.database.db.updateTable('exchange_state').set((eb) => ({ nats_upto: eb('nats_upto', '-', otherCases.length * 3) })).where('id', '=', 1).execute();
      await drain(ex);
      expect(acks.map((a) => a.msgId)).toEqual(first.map((a) => a.msgId));
      expect(acks.every((a) => a.duplicate)).toBe(true);
      expect(acks.map((a) => a.seq)).toEqual(first.map((a) => a.seq));

      // what the stream holds is the CloudEvent, in log order per subject
      const jsm = await jetstreamManager(nc);
      const stored = await Promise.all(first.map(async (a) => (await jsm.streams.getMessage(NATS_STREAM, { seq: a.seq }))?.json<{ id: string; subject: string; type: string }>()));
      for (const s of otherCases) {
        const ids = stored.filter((e) => e?.subject === s).map((e) => Number(e?.id.replace('shenpi-', '')));
        expect(ids.length).toBe(3 * regulators.length);
        expect(ids).toEqual([...ids].sort((x, y) => x - y));
      }
      expect(stored[0]?.type).toBe('cn.gov.taian.shenpi.case.accepted');
    } finally {
      await nc.close();
      await spy.close();
    }
  });
});

describe('pull feed', () => {
  it('gives a regulator its items\' events after a cursor, page by page', async () => {
    const key = (await h.call('POST', '/api/v1/api-keys', c.admin, { name: 'feed', departmentCode: 'TA-R20' })).json().key;
    const get = (cursor: number) => t.app.inject({ url: `/api/v1/exchange/feed?cursor=${cursor}&limit=50`, headers: { authorization: `Bearer ${key}` } });
    const seen: string[] = [];
    let cursor = 0;
    for (;;) {
      const page = (await get(cursor)).json();
      if (page.items.length === 0) break;
      seen.push(...page.items.map((e: { id: string }) => e.id));
      expect(page.nextCursor).toBeGreaterThan(cursor);
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(90);
    expect((await get(cursor)).json()).toEqual({ items: [], nextCursor: cursor });
    const other = (await h.call('POST', '/api/v1/api-keys', c.admin, { name: 'feed2', departmentCode: 'TA-R01' })).json().key;
    const none = (await t.app.inject({ url: '/api/v1/exchange/feed', headers: { authorization: `Bearer ${other}` } })).json();
    expect(none.items.every((e: { data: { itemCode: string } }) => e.data.itemCode !== food.code)).toBe(true);
  });
});
