/**
 * Pushes to the provincial platform through the outbox consumer, to the stand-in started in
 * process (`shenpi province-sim`, which checks every field against the documented JSON Schema):
 * receipts stored, a rejection shown with its reason and resent, retries while the platform is
 * down, licences pushed to the library on issue and revocation, ratings to 好差评.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { startProvinceSim, type ProvinceSim } from '../src/cli/province-sim.js';
import { loadConfig } from '../src/server/config.js';
import { postRecord, queryLibrary } from '../src/server/modules/province/province.client.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { caseHelpers, PDF, type Item } from './case-helpers.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

// a consumer pass reads an event once older transactions on the server ended: on a shared PostgreSQL that may take a while
vi.setConfig({ testTimeout: 180_000 });
const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 3));
let now = beijing(DAY, '10:00');
let t: TestContext;
let sim: ProvinceSim;
const c: Record<string, string> = {};
const { call, act, submitted, upload, item: itemNamed } = caseHelpers(() => t);
let food: Item;
const APP = { id: 'shenpi-test', secret: 'test-province-secret' };

type Push = { id: number; kind: string; subject: string; recordId: string; status: string; attempts: number; receiptId: string | null; reason: string | null; fieldErrors: { field: string; message: string }[]; lastError: string | null; resentCount: number };

const consumer = () => t.services.province.consumer();
/** Consumer passes until the subject has at least `count` pushes (a minute at most). */
async function consumeFor(subject: string, count: number): Promise<Push[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await consumeOnce(t.database.db, consumer());
    const items = (await call('GET', `/api/v1/province/pushes?subject=${encodeURIComponent(subject)}&limit=500`, c.admin)).json().items as Push[];
    if (items.length >= count) return items.sort((a, b) => a.id - b.id);
    if (Date.now() > deadline) throw new Error(`${subject}: ${items.length} pushes after a minute of consumer passes, expected ${count}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const pushesOf = async (subject: string) => ((await call('GET', `/api/v1/province/pushes?subject=${encodeURIComponent(subject)}&limit=500`, c.admin)).json().items as Push[]).sort((a, b) => a.id - b.id);

beforeAll(async () => {
  sim = await startProvinceSim({ port: 0, appId: APP.id, appSecret: APP.secret });
  t = await createTestApp({ SHENPI_PROVINCE_URL: sim.url, SHENPI_PROVINCE_APP_ID: APP.id, SHENPI_PROVINCE_APP_SECRET: APP.secret }, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'chief1', 'director1', 'admin']) c[u] = await t.login(u);
  food = await itemNamed('食品经营许可');
  // the cursor starts at the first pass: the demo's history is not sent
  await consumeOnce(t.database.db, consumer());
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('configuration', () => {
  it('is off unless the platform URL is set, and a URL needs the app id and secret', () => {
    expect(loadConfig({}).province).toBeNull();
    expect(() => loadConfig({ SHENPI_PROVINCE_URL: 'https://zwfw.example.gov.cn/api' })).toThrow(/SHENPI_PROVINCE_APP_ID/);
    expect(loadConfig({ SHENPI_PROVINCE_URL: 'https://zwfw.example.gov.cn/api/', SHENPI_PROVINCE_APP_ID: 'x', SHENPI_PROVINCE_APP_SECRET: 'secret-123' }).province).toEqual({
      url: 'https://zwfw.example.gov.cn/api',
      libraryUrl: 'https://zwfw.example.gov.cn/api/library',
      appId: 'x',
      appSecret: 'secret-123',
    });
  });

  it('a request signed with another secret gets no receipt (401): a failure, retried like an outage, nothing accepted', async () => {
    now = beijing(DAY, '09:30');
    const wrong = await startProvinceSim({ port: 0, appId: APP.id, appSecret: 'another-secret' });
    try {
      const answer = await postRecord({ url: wrong.url, libraryUrl: `${wrong.url}/library`, appId: APP.id, appSecret: APP.secret }, 'rating', { recordId: 'HCP-1' }, 5000);
      expect(answer).toMatchObject({ outcome: 'failed' });
      expect(answer.outcome === 'failed' && answer.error).toContain('HTTP 401');
      expect(wrong.received).toEqual([]);
    } finally {
      await wrong.close();
    }
  });
});

describe('办件 records to the provincial platform', () => {
  it('each step of a case reaches the platform as its 办件 record, every field accepted, with the receipt stored', async () => {
    now = beijing(DAY, '10:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    now = beijing(DAY, '11:00');
    expect((await act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    const pushes = await consumeFor(caseNo, 2);
    expect(pushes.map((p) => [p.kind, p.status])).toEqual([
      ['banjian', 'pending'],
      ['banjian', 'pending'],
    ]);
    const sent = await t.services.province.dispatch();
    expect(sent.accepted).toBeGreaterThanOrEqual(2);
    const got = sim.received.filter((r) => r.kind === 'banjian' && r.record.projid === caseNo);
    expect(got.map((r) => r.record.status)).toEqual(['1', '2']);
    const accepted = got[1]?.record as Record<string, unknown>;
    expect(accepted).toMatchObject({ serviceCode: food.code, serviceName: '食品经营许可', acceptTime: `${DAY}T11:00:00+08:00`, result: null, legalDays: food.statutoryDays, promiseDays: food.promisedDays });
    expect((accepted.steps as { name: string }[]).map((s) => s.name)).toEqual(['申报', '受理']);
    // the applicant as the platform requires: name and 身份证号 masked
    expect(accepted.applicant).toMatchObject({ type: '1', idType: '111' });
    expect(JSON.stringify(accepted)).not.toMatch(/\d{17}[\dX]/);
    const after = await pushesOf(caseNo);
    expect(after.map((p) => p.status)).toEqual(['accepted', 'accepted']);
    expect(after.map((p) => p.receiptId)).toEqual(got.map((r) => r.receiptId));
  });

  it('a rejected record shows with the platform’s reason, and an administrator resends it (rebuilt from its event)', async () => {
    now = beijing(DAY, '14:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    const [first] = await consumeFor(caseNo, 1);
    // a business refusal of the platform (one time), and a record that breaks the documented shape
    sim.refuse(first?.recordId ?? '', '事项编码未在省级事项库登记');
    await t.services.province.dispatch();
    let [p] = await pushesOf(caseNo);
    expect(p).toMatchObject({ status: 'rejected', reason: '事项编码未在省级事项库登记', receiptId: null });

    const list = (await call('GET', '/api/v1/province/pushes?status=rejected', c.admin)).json().items as Push[];
    expect(list.map((x) => x.id)).toContain(p?.id);
    // the administrator's page only
    expect((await call('GET', '/api/v1/province/pushes', c.clerk1)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/province/pushes/${p?.id}/resend`, c.director1)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/province/pushes', undefined)).statusCode).toBe(401);

    const resent = await call('POST', `/api/v1/province/pushes/${p?.id}/resend`, c.admin);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toMatchObject({ status: 'pending', resentCount: 1 });
    // only a rejected or failed record is resent
    expect((await call('POST', `/api/v1/province/pushes/${p?.id}/resend`, c.admin)).json().code).toBe('PROVINCE.NOT_RESENDABLE');
    await t.services.province.dispatch();
    [p] = await pushesOf(caseNo);
    expect(p).toMatchObject({ status: 'accepted', reason: null });
    expect(p?.receiptId).toMatch(/^R\d+/);

    // a record whose field the platform refuses: the reason names the field
    await t.database.db
      .updateTable('province_pushes')
      .set({ status: 'pending', record: sql<string>`jsonb_set(record, '{applyTime}', '"2026-01-01 10:00:00"')` })
      .where('id', '=', p?.id ?? 0)
      .execute();
    await t.services.province.dispatch();
    [p] = await pushesOf(caseNo);
    expect(p?.status).toBe('rejected');
    expect(p?.reason).toContain('/applyTime');
    expect(p?.fieldErrors.map((e) => e.field)).toContain('/applyTime');
    expect((await call('POST', `/api/v1/province/pushes/${p?.id}/resend`, c.admin)).statusCode).toBe(200);
    await t.services.province.dispatch();
    expect((await pushesOf(caseNo))[0]?.status).toBe('accepted');
  });

  it('while the platform is down the record waits and is retried with back-off, then accepted', async () => {
    now = beijing(DAY, '15:00');
    sim.setDown(true);
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await consumeFor(caseNo, 1);
    const r1 = await t.services.province.dispatch();
    expect(r1.failed).toBeGreaterThanOrEqual(1);
    let [p] = await pushesOf(caseNo);
    expect(p).toMatchObject({ status: 'pending', attempts: 1 });
    expect(p?.lastError).toContain('HTTP 503');
    // not due yet: the next pass leaves it alone
    await t.services.province.dispatch();
    expect((await pushesOf(caseNo))[0]?.attempts).toBe(1);
    sim.setDown(false);
    now = beijing(DAY, '16:00');
    await t.services.province.dispatch();
    [p] = await pushesOf(caseNo);
    expect(p).toMatchObject({ status: 'accepted', attempts: 2, lastError: null });
    expect(sim.received.some((r) => r.record.projid === caseNo)).toBe(true);
  });
});

describe('e-licences to the library, ratings to 好差评', () => {
  it('a decided case: the end record with its result, the licence issued and revoked in the library, the applicant’s rating', async () => {
    now = beijing(DAY, '09:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await act(caseNo, c.clerk1 ?? '', 'accept');
    now = beijing(addCalendarDays(DAY, 1), '10:00');
    const approved = await act(caseNo, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' });
    expect(approved.statusCode, approved.body).toBe(200);
    await t.services.caseCommands.settled(caseNo);
    const licences = (await call('GET', '/api/v1/licences?item=食品经营许可&pageSize=200', c.applicant1)).json();
    const licenceNo = (licences.items as { caseNo: string; no: string }[]).find((l) => l.caseNo === caseNo)?.no ?? '';
    expect(licenceNo).not.toBe('');
    const revoked = await call('POST', `/api/v1/licences/${licenceNo}/actions`, c.director1, { type: 'revoke', reason: '以欺骗手段取得许可' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const rated = await call('POST', '/api/v1/ratings', c.applicant1, { serviceRef: `case:${caseNo}`, grade: 'satisfied', reasons: [], comment: '办事很快' });
    expect(rated.statusCode, rated.body).toBe(201);

    await consumeFor(caseNo, 3);
    await consumeFor(licenceNo, 2);
    await consumeFor(`case:${caseNo}`, 1);
    await t.services.province.dispatch();

    const end = sim.received.filter((r) => r.kind === 'banjian' && r.record.projid === caseNo).at(-1)?.record;
    expect(end).toMatchObject({ status: '3', result: '1', finishTime: `${addCalendarDays(DAY, 1)}T10:00:00+08:00` });
    const library = sim.received.filter((r) => r.kind === 'licence' && r.record.licenceNo === licenceNo).map((r) => r.record);
    expect(library.map((l) => [l.operation, l.status])).toEqual([
      ['issue', 'valid'],
      ['revoke', 'revoked'],
    ]);
    expect(library[1]).toMatchObject({ reason: '以欺骗手段取得许可', projid: caseNo, serviceCode: food.code });
    const rating = sim.received.find((r) => r.kind === 'rating' && r.record.projid === caseNo)?.record;
    expect(rating).toMatchObject({ grade: '4', channel: '3', serviceCode: food.code, comment: '办事很快' });
    // the library's own query answers the holder's licence, as revoked
    const holder = (library[0]?.holder as { idCode: string }).idCode;
    const query = await queryLibrary({ url: sim.url, libraryUrl: `${sim.url}/library`, appId: APP.id, appSecret: APP.secret }, holder, 5000);
    expect(query.find((l) => l.licenceNo === licenceNo)?.status).toBe('revoked');
    // unsigned, the library answers nothing
    expect((await fetch(`${sim.url}/library/licences?holderId=${holder}`)).status).toBe(401);
    const summary = (await call('GET', '/api/v1/province/summary', c.admin)).json();
    expect(summary).toMatchObject({ enabled: true, failed: 0 });
    expect(summary.accepted).toBeGreaterThanOrEqual(8);
    expect(sim.rejected.filter((r) => r.reason !== '事项编码未在省级事项库登记' && !r.reason.includes('/applyTime'))).toEqual([]);
  });

  it('免证办: at a second application the applicant’s valid licence from the library stands for the material, with consent, and the case records the version', async () => {
    now = beijing(addCalendarDays(DAY, 2), '09:00');
    const first = await submitted(food, c.applicant1 ?? '');
    await act(first, c.clerk1 ?? '', 'accept');
    expect((await act(first, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' })).statusCode).toBe(200);
    await t.services.caseCommands.settled(first);
    const licenceNo = ((await call('GET', '/api/v1/licences?item=食品经营许可&pageSize=200', c.applicant1)).json().items as { caseNo: string; no: string }[]).find((l) => l.caseNo === first)?.no ?? '';
    await consumeFor(licenceNo, 1);
    await t.services.province.dispatch();

    // the change item names the licence as a material (原食品经营许可证件)
    const change = await itemNamed('食品经营许可变更');
    const material = change.materials.find((m) => m.name === '原食品经营许可证件');
    expect(material).toBeDefined();
    const created = await call('POST', '/api/v1/cases', c.applicant1, { itemCode: change.code });
    expect(created.statusCode, created.body).toBe(201);
    const caseNo = created.json().caseNo as string;
    const offers = await call('GET', `/api/v1/province/cases/${caseNo}/licence-offers`, c.applicant1);
    expect(offers.statusCode, offers.body).toBe(200);
    const offered = offers.json().materials as { code: string; licences: { licenceNo: string; version: number; holderName: string }[] }[];
    expect(offered.map((m) => m.code)).toEqual([material?.code]);
    // valid licences only: the one revoked earlier is not offered
    expect(offered[0]?.licences.map((l) => l.licenceNo)).toContain(licenceNo);
    expect(offered[0]?.licences.every((l) => l.holderName.includes('*'))).toBe(true);

    // refusals: no consent, a licence not offered, someone else, the library down
    const noConsent = await call('POST', `/api/v1/province/cases/${caseNo}/licence-uses`, c.applicant1, { materialCode: material?.code, licenceNo, consent: false });
    expect([noConsent.statusCode, noConsent.json().errors?.[0]?.path]).toEqual([400, 'consent']);
    const other = await call('POST', `/api/v1/province/cases/${caseNo}/licence-uses`, c.applicant1, { materialCode: material?.code, licenceNo: 'TAXK20260000010', consent: true });
    expect([other.statusCode, other.json().code, other.json().errors?.[0]?.path]).toEqual([400, 'PROVINCE.LICENCE_NOT_OFFERED', 'licenceNo']);
    expect([403, 404]).toContain((await call('GET', `/api/v1/province/cases/${caseNo}/licence-offers`, await t.login('agent1'))).statusCode);
    sim.setDown(true);
    expect((await call('GET', `/api/v1/province/cases/${caseNo}/licence-offers`, c.applicant1)).json().code).toBe('PROVINCE.LIBRARY_UNAVAILABLE');
    sim.setDown(false);

    const used = await call('POST', `/api/v1/province/cases/${caseNo}/licence-uses`, c.applicant1, { materialCode: material?.code, licenceNo, consent: true });
    expect(used.statusCode, used.body).toBe(200);
    const libraryRecord = sim.received.filter((r) => r.kind === 'licence' && r.record.licenceNo === licenceNo).at(-1)?.record;
    expect(used.json().items).toEqual([expect.objectContaining({ materialCode: material?.code, licenceNo, version: 1, recordId: libraryRecord?.recordId, typeName: '食品经营许可证' })]);
    expect(used.json().items[0].consentText).toContain('同意');
    // the material is present, its file the library's record; the officer sees which version was used
    const view = (await call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json() as { materials: { code: string; state: string; files: { mediaType: string; name: string }[] }[] };
    const m = view.materials.find((x) => x.code === material?.code);
    expect(m?.state).toBe('uploaded');
    expect(m?.files[0]).toMatchObject({ mediaType: 'application/json' });
    expect(m?.files[0]?.name).toContain(licenceNo);
    expect((await call('GET', `/api/v1/province/cases/${caseNo}/licence-uses`, c.clerk1)).json().items.map((u: { licenceNo: string; version: number }) => [u.licenceNo, u.version])).toEqual([[licenceNo, 1]]);
    // the rest uploaded, the application goes in without a scan of the licence
    for (const r of change.materials.filter((x) => x.requirement === 'required' && x.code !== material?.code)) {
      const up = await upload(caseNo, c.applicant1 ?? '', r.code, Buffer.concat([PDF, Buffer.from(`% ${caseNo} ${r.code}\n`)]));
      expect(up.statusCode, up.body).toBe(200);
    }
    const sub = await act(caseNo, c.applicant1 ?? '', 'submit');
    expect(sub.statusCode, sub.body).toBe(200);
  });

  it('免证办 follows the catalog: a material’s 可用电子证照 set through the four-stage review decides what is offered; a case keeps the version it was filed under', async () => {
    now = beijing(addCalendarDays(DAY, 3), '09:00');
    const change = await itemNamed('食品经营许可变更');
    const target = change.materials.find((m) => m.name === '原食品经营许可证件');
    expect(target?.licenceTypes).toEqual(['食品经营许可证']);
    const older = (await call('POST', '/api/v1/cases', c.applicant1, { itemCode: change.code })).json().caseNo as string;
    const offeredCodes = async (caseNo: string) =>
      ((await call('GET', `/api/v1/province/cases/${caseNo}/licence-offers`, c.applicant1)).json().materials as { code: string }[]).map((m) => m.code);
    expect(await offeredCodes(older)).toEqual([target?.code]);

    // the editor takes the licence off that material; a name that is too short is refused naming the field
    const staff: Record<string, string> = {};
    for (const u of ['editor1', 'reviewer1', 'checker1', 'confirmer1']) staff[u] = await t.login(u);
    const full = (await call('GET', `/api/v1/catalog/items/${encodeURIComponent(change.code)}`, undefined)).json();
    const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = full;
    const edit = (types: string[]) => ({ ...data, materials: data.materials.map((m: { code: string }) => (m.code === target?.code ? { ...m, licenceTypes: types } : m)) });
    const bad = await call('POST', '/api/v1/catalog/versions', staff.editor1, { data: edit(['证']) });
    expect([bad.statusCode, bad.json().errors?.[0]?.path]).toEqual([400, `data.materials.${change.materials.indexOf(target!)}.licenceTypes.0`]);
    let v = (await call('POST', '/api/v1/catalog/versions', staff.editor1, { data: edit([]) })).json();
    expect(v.changes.map((x: { path: string }) => x.path).join()).toContain('licenceTypes');
    v = (await call('POST', `/api/v1/catalog/versions/${v.id}/submit`, staff.editor1, { rev: v.rev })).json();
    for (const u of ['reviewer1', 'checker1', 'confirmer1']) v = (await call('POST', `/api/v1/catalog/versions/${v.id}/pass`, staff[u], { rev: v.rev })).json();
    expect(v.stage).toBe('confirmed');

    // a new application under the confirmed version is offered nothing for it; the older case keeps its offer
    const newer = (await call('POST', '/api/v1/cases', c.applicant1, { itemCode: change.code })).json().caseNo as string;
    expect(await offeredCodes(newer)).toEqual([]);
    expect(await offeredCodes(older)).toEqual([target?.code]);
  });
});
