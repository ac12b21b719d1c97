import { fileTypeFromBuffer } from 'file-type';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../src/domain/case.js';
import { isValidCreditCode, isValidIdNumber } from '../src/domain/identifiers.js';
import { demoPdf, demoPng, existingDemoRefs, seedDemoCases } from '../src/server/demo/cases.js';
import { DEMO_DIR } from '../src/server/demo/seed.js';
import { demoReceivers } from '../src/server/demo/receivers.js';
import { DEMO_SUPERVISION, seedDemoSupervision } from '../src/server/demo/supervision.js';
import { createTestApp, type TestContext } from './harness.js';

// The template database every API test copies was seeded by test/global-setup.ts (seedDemo),
// so the demo cases are already there: these tests read them.
let t: TestContext;
let staff = '';
beforeAll(async () => {
  // insecure endpoints allowed: the demo regulators' loopback receivers (the last test)
  t = await createTestApp({ SHENPI_EXCHANGE_ALLOW_INSECURE: '1' });
  staff = await t.login('clerk1');
});
afterAll(() => t.close());

describe('demo cases', () => {
  it('has several hundred cases in every status, through every channel, with valid identifiers', async () => {
    const rows = await t.database.db.selectFrom('cases').select(['status', 'clock_state', 'channel', 'applicant_kind', 'applicant_id_number', 'applicant_credit_code']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect((await existingDemoRefs(t.database.db)).size).toBe(rows.length);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of Object.keys(CASE_STATUSES)) expect(statuses, s).toContain(s);
    const clock = (state: string) => rows.filter((r) => r.clock_state === state).length;
    expect(clock('overdue')).toBeGreaterThan(0);
    expect(clock('paused')).toBeGreaterThan(0);
    expect(clock('waiting_applicant')).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['online', 'window', 'agent']));
    // most cases end approved
    expect(rows.filter((r) => r.status === 'approved').length).toBeGreaterThan(rows.length / 2);
    for (const r of rows) {
      if (r.applicant_kind === 'person') expect(isValidIdNumber(r.applicant_id_number ?? ''), r.applicant_id_number ?? '').toBe(true);
      else expect(isValidCreditCode(r.applicant_credit_code ?? ''), r.applicant_credit_code ?? '').toBe(true);
    }
  });

  it('spreads the applications over the last 12 months, with 补正, pauses, extensions, 容缺, 告知承诺 and reuse in the logs', async () => {
    const created = await t.database.db.selectFrom('case_actions').select('on_day').where('type', '=', 'create').execute();
    const months = new Set(created.map((a) => a.on_day.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
    const first = created.map((a) => a.on_day).sort()[0] ?? '';
    const yearAgo = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
    expect(first >= yearAgo, first).toBe(true);

    const types = new Set((await t.database.db.selectFrom('case_actions').select('type').distinct().execute()).map((r) => r.type));
    for (const type of ['request_supplement', 'submit_supplement', 'start_pause', 'end_pause', 'request_extension', 'approve_extension', 'accept_pending', 'supply_pending', 'commit_promise', 'reject', 'refuse', 'withdraw', 'deem_accept'])
      expect(types, type).toContain(type);
    const kinds = await t.database.db.selectFrom('case_actions').select((eb) => eb.ref('payload', '->>').key('kind').as('kind')).where('type', '=', 'start_pause').distinct().execute();
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['inspection', 'expert_review']));
    const reused = await t.database.db.selectFrom('case_materials').select('id').where('reused', '=', true).limit(1).execute();
    expect(reused).toHaveLength(1);
  });

  it('stores for every case the projection the reducer gives', async () => {
    const rows = await t.database.db.selectFrom('cases').select(['case_no', 'status', 'version']).orderBy('case_no').execute();
    for (const r of rows) {
      const res = await t.app.inject({ url: `/api/v1/cases/${r.case_no}`, headers: { cookie: staff } });
      expect(res.statusCode, r.case_no).toBe(200);
      const cs = res.json();
      expect([cs.status, cs.version], r.case_no).toEqual([r.status, r.version]);
    }
  });

  it('keeps the audit chain whole', async () => {
    const admin = await t.login('admin');
    const res = (await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: admin } })).json();
    expect(res.ok).toBe(true);
    expect(res.count).toBeGreaterThan(3000);
  });

  it('is resumable: a second seed finds every demo case and writes nothing', async () => {
    const before = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await seedDemoCases(t.database.db, pino({ level: 'silent' }), { dir: DEMO_DIR, now: t.deps.now() })).toBe(false);
    const after = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('generates valid PDF and PNG files with different bytes', async () => {
    expect((await fileTypeFromBuffer(demoPdf('a')))?.mime).toBe('application/pdf');
    expect((await fileTypeFromBuffer(demoPng('a')))?.mime).toBe('image/png');
    expect(demoPdf('a').equals(demoPdf('b'))).toBe(false);
    expect(demoPng('a').equals(demoPng('b'))).toBe(false);
    // the PDF's cross-reference table points at its objects
    const pdf = demoPdf('TA2026-000001 M01').toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(pdf.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
  });
});

describe('demo 审管联动 (issue #22)', () => {
  it('has regulators subscribed, months of decisions delivered and acknowledged (some late, some open), and a standing meeting with follow-ups', async () => {
    const db = t.database.db;
    const subs = await db.selectFrom('exchange_subscriptions').select(['department_code', 'enabled']).execute();
    expect(new Set(subs.map((s) => s.department_code)).size).toBeGreaterThanOrEqual(3);
    const delivered = await db.selectFrom('exchange_deliveries').select(['status', 'created_at']).execute();
    expect(delivered.length).toBeGreaterThan(50);
    expect(delivered.every((d) => d.status === 'delivered')).toBe(true);
    const acks = await db.selectFrom('exchange_acks').select(['event_on', 'due', 'acknowledged_on']).execute();
    const months = new Set(acks.map((a) => a.event_on.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    const done = acks.filter((a) => a.acknowledged_on !== null);
    expect(done.filter((a) => (a.acknowledged_on ?? '') <= a.due).length).toBeGreaterThan(done.length / 2);
    expect(done.some((a) => (a.acknowledged_on ?? '') > a.due)).toBe(true);
    expect(acks.some((a) => a.acknowledged_on === null)).toBe(true);
    const standing = await db.selectFrom('project_meetings').select('id').where('standing', '=', true).execute();
    expect(standing).toHaveLength(1);
    const topics = await db.selectFrom('project_meeting_topics').select(['kind', 'decision']).where('meeting_id', '=', standing[0]?.id ?? '').execute();
    expect(new Set(topics.map((x) => x.kind))).toEqual(new Set(['policy', 'item', 'project']));
    expect(topics.every((x) => x.decision)).toBe(true);
    const followups = await db.selectFrom('project_followups').select(['topic_seq', 'due_date']).where('meeting_id', '=', standing[0]?.id ?? '').execute();
    expect(followups.length).toBeGreaterThanOrEqual(2);
    expect(followups.every((f) => f.topic_seq !== null)).toBe(true);
  });

  it('sends the regulators\' supervision results through the inbound path once the licences exist: inspections, a penalty, a suspension, a revocation waiting for the director, a blacklist entry', async () => {
    const db = t.database.db;
    const quiet = pino({ level: 'silent' });
    // the template has no licences yet (a start issues them in the background): the step issues the ones it names
    expect(await seedDemoSupervision(db, t.services, quiet, t.deps.now)).toBe(true);
    for (let i = 0; i < 20; i++) if ((await t.services.exchange.dispatchOnce()).events === 0) break;
    const inbound = await db.selectFrom('exchange_inbound').select(['department_code', 'message_id', 'type', 'status', 'effect', 'licence_no', 'holder_id', 'sent_by_name', 'body']).where('message_id', 'like', 'DEMO-%').orderBy('message_id').execute();
    expect(inbound.map((m) => `${m.department_code}/${m.message_id}`).sort()).toEqual(DEMO_SUPERVISION.map((m) => `${m.dept}/${m.id}`).sort());
    const of = (id: string) => inbound.find((m) => m.message_id === id);
    expect((of('DEMO-SJ-0002')?.body as { result: string }).result).toBe('fail');
    expect(of('DEMO-SJ-0003')).toMatchObject({ type: 'penalty', status: 'applied', effect: 'recorded' });
    expect(of('DEMO-SJ-0004')).toMatchObject({ type: 'suspend_request', status: 'applied', effect: 'licence.suspended', sent_by_name: '沈监管（市场监督管理局）' });
    expect(of('DEMO-SJ-0005')).toMatchObject({ type: 'revoke_request', status: 'awaiting_confirmation' });
    expect(of('DEMO-SJ-0006')).toMatchObject({ type: 'blacklist', status: 'applied', licence_no: null });
    // the other departments' systems signed with their subscriptions' secrets (no person sent them)
    expect(of('DEMO-ZJ-0001')).toMatchObject({ department_code: 'TA-R11', type: 'inspection', status: 'applied', sent_by_name: null });

    // the suspended licence: on 证照管理, on its holder's 我的证照, the revocation request waiting for the director
    const no = of('DEMO-SJ-0004')?.licence_no ?? '';
    expect(of('DEMO-SJ-0005')?.licence_no).toBe(no);
    const director = await t.login('director1');
    expect((await t.app.inject({ url: `/api/v1/licences/${no}`, headers: { cookie: director } })).json()).toMatchObject({ status: 'suspended', statusBy: '泰安市市场监督管理局' });
    const waiting = (await t.app.inject({ url: '/api/v1/exchange/inbound?status=awaiting_confirmation', headers: { cookie: director } })).json().items;
    expect(waiting.map((m: { licenceNo: string }) => m.licenceNo)).toContain(no);
    const holder = await t.login('applicant1');
    const mine = (await t.app.inject({ url: '/api/v1/licences?pageSize=200', headers: { cookie: holder } })).json().items;
    expect(mine.find((l: { no: string }) => l.no === no)).toMatchObject({ status: 'suspended' });
    // the blacklisted holder is flagged to the bureau's credit check
    expect(await t.services.exchange.blacklisted(of('DEMO-SJ-0006')?.holder_id ?? '')).toBe(true);
    // the regulator's figures count them; the exchange log still verifies
    const regulator = await t.login('regulator1');
    const figures = (await t.app.inject({ url: '/api/v1/regulators/overview', headers: { cookie: regulator } })).json().items[0];
    expect(figures).toMatchObject({ departmentCode: 'TA-R20', penalties: 1, blacklist: 1, suspendRequests: 1, revokeRequests: 1, openRequests: 1 });
    expect(figures.inspections).toBe(2);
    expect(figures.problems).toBe(2);
    expect((await t.app.inject({ url: '/api/v1/exchange/log/verify', headers: { cookie: director } })).json()).toMatchObject({ ok: true });
    // the suspension went out to the regulators as an event to acknowledge
    const suspended = await db.selectFrom('exchange_acks').innerJoin('exchange_events', 'exchange_events.seq', 'exchange_acks.event_seq').select('exchange_acks.department_code').where('exchange_events.type', '=', 'licence.suspended').where('exchange_events.subject', '=', no).execute();
    expect(suspended.map((a) => a.department_code)).toContain('TA-R20');

    // a restart: nothing again
    expect(await seedDemoSupervision(db, t.services, quiet, t.deps.now)).toBe(false);
    const again = await db.selectFrom('exchange_inbound').select((eb) => eb.fn.countAll<number>().as('n')).where('message_id', 'like', 'DEMO-%').executeTakeFirstOrThrow();
    expect(Number(again.n)).toBe(DEMO_SUPERVISION.length);
  }, 120_000);

  it('with SHENPI_EXCHANGE_ALLOW_INSECURE the regulators\' systems receive the events over loopback HTTP, checking signatures; without it, the subscriptions are history again', async () => {
    const db = t.database.db;
    const quiet = pino({ level: 'silent' });
    const receivers = await demoReceivers(db, quiet, true);
    try {
      expect(receivers.urls.size).toBe(4);
      const market = '市场监管局智慧监管平台';
      const url = receivers.urls.get(market) ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      const forged = await fetch(url, { method: 'POST', body: '{}', headers: { 'webhook-id': 'x', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,AAAA' } });
      expect(forged.status).toBe(401);
      // the director confirms the demo's revocation request: licence.revoked goes to 市场监管局's system over HTTP
      const director = await t.login('director1');
      const waiting = await db.selectFrom('exchange_inbound').select(['id', 'licence_no']).where('message_id', '=', 'DEMO-SJ-0005').executeTakeFirstOrThrow();
      const decided = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/inbound/${waiting.id}/decision`, headers: { cookie: director }, payload: { decision: 'confirm', note: '经审查，依法吊销' } });
      expect(decided.statusCode, decided.body).toBe(200);
      for (let i = 0; i < 20; i++) if ((await t.services.exchange.dispatchOnce()).events === 0) break;
      await t.services.exchange.dispatchOnce();
      const sent = await db
        .selectFrom('exchange_deliveries as d')
        .innerJoin('exchange_subscriptions as s', 's.id', 'd.subscription_id')
        .innerJoin('exchange_events as e', 'e.seq', 'd.event_seq')
        .select(['d.status', 'd.last_status'])
        .where('s.name', '=', market)
        .where('e.type', '=', 'licence.revoked')
        .where('e.subject', '=', waiting.licence_no ?? '')
        .execute();
      expect(sent).toEqual([{ status: 'delivered', last_status: 204 }]);
      expect(receivers.received.get(market)).toBeGreaterThanOrEqual(1);
    } finally {
      await receivers.close();
    }
    // a start without the setting: the subscriptions are the recorded, disabled history again
    await demoReceivers(db, quiet, false);
    const subs = await db.selectFrom('exchange_subscriptions').select(['url', 'enabled']).where('url', 'like', 'http%').execute();
    expect(subs.filter((s) => s.url.startsWith('http://127.0.0.1'))).toEqual([]);
    expect(subs.every((s) => !s.enabled)).toBe(true);
  }, 120_000);
});
