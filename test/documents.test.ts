import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, chineseDate, WorkingCalendar } from '../src/domain/calendar.js';
import { isValidLicenceNumber, validUntil } from '../src/domain/licence.js';
import { verifyLicenceFile } from '../src/cli/licence.js';
import { verifyArchive } from '../src/server/modules/documents/archive.js';
import { createServices } from '../src/server/services.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { bareCases, beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

// the test moves over its own working days, weeks after the demo seed's today
const cal = new WorkingCalendar();
const RECEIVED = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 2));
const ACCEPTED = cal.addWorkingDays(RECEIVED, 1);
const PAUSED = cal.addWorkingDays(ACCEPTED, 1);
/** the food licence's decision day, and the working days after it (the n-th) */
const DECIDED = cal.addWorkingDays(PAUSED, 3);
const after = (n: number) => cal.addWorkingDays(DECIDED, n);
let now = beijing(RECEIVED);
const setDay = (day: string) => (now = beijing(day));
/** Rendered pages for a person to look at in review (not kept in the repo). */
const OUT = 'tmp/test-output';

let t: TestContext;
const c: Record<string, string> = {};
let food: Item;
const h = caseHelpers(() => t);

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'caseworker1', 'chief1', 'director1', 'admin', 'regulator1', 'agent1']) c[u] = await t.login(u);
  food = await h.item('食品经营许可');
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(() => t.close());

async function pdfText(buf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

async function documentsOf(caseNo: string, cookie = c.applicant1 ?? '') {
  const res = await h.call('GET', `/api/v1/cases/${caseNo}/documents`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; type: string; number: string; title: string; sha256: string; url: string }[];
}

async function download(url: string, cookie = c.applicant1 ?? '') {
  const res = await t.app.inject({ url, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
}

/** One approved food licence case: 补正, supplement, acceptance, inspection, approval. */
let approvedCase = '';
let licenceNo = '';

describe('documents of a case', () => {
  it('each step leaves its numbered, sealed, signed notice with the case, the applicant, the item and the law in it', async () => {
    setDay(RECEIVED);
    const caseNo = await h.submitted(food, c.applicant1 ?? '');
    approvedCase = caseNo;
    const flagged = food.materials[0]?.code ?? '';
    expect((await h.act(caseNo, c.clerk1 ?? '', 'request_supplement', { items: [{ materialCode: flagged, problem: '复印件不清晰，请重新扫描' }] })).statusCode).toBe(200);
    let docs = await documentsOf(caseNo);
    expect(docs.map((d) => d.type)).toEqual(['supplement']);
    expect(docs[0]?.number).toMatch(new RegExp(`^泰审批补字〔${RECEIVED.slice(0, 4)}〕\\d+号$`));
    const notice = await pdfText(await download(docs[0]?.url ?? ''));
    for (const words of [caseNo, '韩泰山', '食品经营许可', '补正材料告知书', '第三十二条', '复印件不清晰', docs[0]?.number ?? '']) expect(notice).toContain(words.replace(/\s+/g, ''));

    await h.upload(caseNo, c.applicant1 ?? '', flagged, Buffer.from('%PDF-1.4\n% again\n%%EOF\n'));
    expect((await h.act(caseNo, c.applicant1 ?? '', 'submit_supplement')).statusCode).toBe(200);
    setDay(ACCEPTED);
    expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    setDay(PAUSED);
    expect((await h.act(caseNo, c.caseworker1 ?? '', 'start_pause', { kind: 'inspection', expectedDays: 3, reason: '现场核查经营场所' })).statusCode).toBe(200);
    setDay(cal.addWorkingDays(PAUSED, 2));
    expect((await h.act(caseNo, c.caseworker1 ?? '', 'end_pause', { result: '现场符合要求' })).statusCode).toBe(200);
    setDay(DECIDED);
    const approved = await h.act(caseNo, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' });
    expect(approved.statusCode, approved.body).toBe(200);

    docs = await documentsOf(caseNo);
    expect(docs.map((d) => d.type)).toEqual(['supplement', 'acceptance', 'special_procedure', 'approval', 'service_receipt']);
    const acceptance = await pdfText(await download(docs[1]?.url ?? ''));
    expect(acceptance).toContain('受理通知书');
    expect(acceptance).toContain(chineseDate(ACCEPTED));
    const special = await pdfText(await download(docs[2]?.url ?? ''));
    expect(special).toContain('现场踏勘');
    expect(special).toContain('第四十五条');
    const decisionPdf = await download(docs[3]?.url ?? '');
    const decision = await pdfText(decisionPdf);
    expect(decision).toContain('准予行政许可决定书');
    expect(decision).toContain('第三十八条');
    const licences = (await h.call('GET', '/api/v1/licences?item=食品经营许可&pageSize=200', c.applicant1)).json();
    const licence = licences.items.find((l: { caseNo: string }) => l.caseNo === caseNo);
    licenceNo = licence.no;
    expect(isValidLicenceNumber(licenceNo)).toBe(true);
    expect(decision).toContain(licenceNo);
    const receipt = await pdfText(await download(docs[4]?.url ?? ''));
    expect(receipt).toContain(docs[3]?.number ?? 'x');
    // the officers see the same list; someone else's case does not exist for them
    expect((await documentsOf(caseNo, c.clerk1)).map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect((await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.agent1)).statusCode).toBe(404);
    expect((await h.call('GET', `/api/v1/cases/${caseNo}/documents`, undefined)).statusCode).toBe(401);
    fs.writeFileSync(path.join(OUT, 'approval-decision.pdf'), decisionPdf);

    // the file's creation date is its decision day, not 1970 (read by poppler's pdfinfo)
    const info = execFileSync('pdfinfo', ['-isodates', path.join(OUT, 'approval-decision.pdf')], { encoding: 'utf8' });
    const created = /CreationDate:\s+(\S+)/.exec(info)?.[1] ?? '';
    expect(Date.parse(created), info).toBe(Date.parse(`${DECIDED}T00:00:00+08:00`));
    // its QR code (read by zbarimg) opens this document's own entry in the register, without logging in
    execFileSync('pdftoppm', ['-png', '-r', '150', path.join(OUT, 'approval-decision.pdf'), path.join(OUT, 'approval-decision-page')]);
    const pages = fs.readdirSync(OUT).filter((f) => f.startsWith('approval-decision-page')).map((f) => path.join(OUT, f));
    const scan = spawnSync('zbarimg', ['--raw', '-q', ...pages], { encoding: 'utf8' });
    const qr = scan.stdout.split('\n').find((l) => l.includes('/verify/')) ?? '';
    expect(qr, scan.stderr).toMatch(new RegExp(`/verify/documents/${docs[3]?.id}$`));
    const entry = await h.call('GET', `/api/v1/documents/registered/${docs[3]?.id}`, undefined);
    expect(entry.statusCode, entry.body).toBe(200);
    expect(entry.json()).toMatchObject({ valid: true, signatures: { ed25519: 'ok', sm2: 'ok' }, document: { number: docs[3]?.number, caseNo } });
    const original = await t.app.inject({ url: entry.json().fileUrl });
    expect([original.statusCode, original.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(Buffer.compare(original.rawPayload, decisionPdf)).toBe(0);
    expect((await h.call('GET', `/api/v1/documents/registered/${crypto.randomUUID()}`, undefined)).statusCode).toBe(404);
  });

  it('a refusal states the reasons and the right to 行政复议 within 60 days and 行政诉讼 within 6 months; a rejection names the competent body', async () => {
    setDay(DECIDED);
    const refused = await h.submitted(food, c.applicant1 ?? '');
    await h.act(refused, c.clerk1 ?? '', 'accept');
    await h.act(refused, c.caseworker1 ?? '', 'request_extension', { days: 10, reason: '需征求卫生健康部门意见' });
    await h.act(refused, c.director1 ?? '', 'approve_extension');
    expect((await h.act(refused, c.chief1 ?? '', 'refuse', { reasons: '经营场所与住宅之间未设置有效隔离' })).statusCode).toBe(200);
    const docs = await documentsOf(refused);
    expect(docs.map((d) => d.type)).toEqual(['acceptance', 'extension', 'refusal', 'service_receipt']);
    const extension = await pdfText(await download(docs[1]?.url ?? ''));
    for (const words of ['延期通知书', '第四十二条', '因需征求卫生健康部门意见，', '10个工作日']) expect(extension).toContain(words);
    // every document names the case and the applicant; every notice the item too
    for (const d of [...docs, ...(await documentsOf(approvedCase))]) {
      const all = await pdfText(await download(d.url));
      expect(all).toContain(d.number);
      expect(all).toContain('韩泰山');
      if (d.type !== 'service_receipt') expect(all).toContain('食品经营许可');
    }
    const text = await pdfText(await download(docs[2]?.url ?? ''));
    // the officer's reasons, typed without a closing stop, read as a sentence
    for (const words of ['不予行政许可决定书', '经营场所与住宅之间未设置有效隔离。', '六十日内', '行政复议', '六个月内', '行政诉讼']) expect(text).toContain(words);

    const rejected = await h.submitted(food, c.applicant1 ?? '');
    expect((await h.act(rejected, c.clerk1 ?? '', 'reject', { competentBody: '泰山区行政审批服务局', reason: '申请事项属于县级审批权限。' })).statusCode).toBe(200);
    const rdocs = await documentsOf(rejected);
    expect(rdocs.map((d) => d.type)).toEqual(['rejection', 'service_receipt']);
    expect(await pdfText(await download(rdocs[0]?.url ?? ''))).toContain('请向泰山区行政审批服务局申请');
  });

  it('anyone can check a document file: genuine → valid with its number; one changed byte → invalid', async () => {
    const docs = await documentsOf(approvedCase);
    const file = await download(docs[3]?.url ?? '');
    const ok = await h.multipart('/api/v1/documents/verify', undefined, {}, file, 'decision.pdf');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ valid: true, document: { number: docs[3]?.number, caseNo: approvedCase } });
    const tampered = Buffer.from(file);
    const at = tampered.indexOf('/Title');
    tampered[at + 8] = (tampered[at + 8] ?? 0) ^ 1;
    const bad = (await h.multipart('/api/v1/documents/verify', undefined, {}, tampered, 'decision.pdf')).json();
    expect(bad.valid).toBe(false);
    expect(bad.reason).toContain('改动');
    const unsigned = (await h.multipart('/api/v1/documents/verify', undefined, {}, Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf')).json();
    expect(unsigned.valid).toBe(false);
  });

  it('a crash between an action and its documents is made good once by the catch-up, with gap-free numbers', async () => {
    setDay(after(1));
    const caseNo = await h.submitted(food, c.applicant1 ?? '');
    // the cases' services with nobody listening: the action commits, its notice is not made
    const bare = bareCases(t.deps);
    const version = (await h.call('GET', `/api/v1/cases/${caseNo}`, c.clerk1)).json().version;
    const clerk = (await import('../src/server/platform/auth.js')).loadUserActor;
    const actor = await clerk(t.database.db, (await t.database.db.selectFrom('users').select('id').where('username', '=', 'clerk1').executeTakeFirstOrThrow()).id, null);
    await bare.commands.act(actor ?? { type: 'anonymous', ip: null }, caseNo, { type: 'accept', expectedVersion: version });
    expect(await documentsOf(caseNo)).toEqual([]);
    const services = await createServices(t.deps);
    expect(await services.documents.catchUp(10, caseNo)).toBe(1);
    expect(await services.documents.catchUp(10, caseNo)).toBe(0);
    const docs = await documentsOf(caseNo);
    expect(docs.map((d) => d.type)).toEqual(['acceptance']);
    // every acceptance number of the year is used once, none skipped
    const numbers = (await t.database.db.selectFrom('documents').select('number').where('type', '=', 'acceptance').where('number', 'like', `%〔${after(1).slice(0, 4)}〕%`).execute()).map((r) => Number(/〕(\d+)号/.exec(r.number)?.[1]));
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
  });
});

describe('electronic archive (电子档案)', () => {
  it('a closed case exports as one zip whose manifest is signed; the CLI check finds any changed, missing or added file', async () => {
    const open = await h.submitted(food, c.applicant1 ?? '');
    expect((await h.call('GET', `/api/v1/cases/${open}/archive`, c.chief1)).statusCode).toBe(409);
    const res = await t.app.inject({ url: `/api/v1/cases/${approvedCase}/archive`, headers: { cookie: c.chief1 ?? '' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = res.rawPayload;
    const keys = (await h.call('GET', '/api/v1/licences/keys', undefined)).json();
    const ok = verifyArchive(zip, keys);
    expect(ok).toMatchObject({ valid: true, caseNo: approvedCase, problems: [] });
    const files = unzipSync(new Uint8Array(zip));
    const names = Object.keys(files);
    expect(names.filter((n) => n.startsWith('documents/'))).toHaveLength(5);
    expect(names.filter((n) => n.startsWith('materials/')).length).toBeGreaterThanOrEqual(food.materials.filter((m) => m.requirement === 'required').length);
    expect(JSON.parse(Buffer.from(files['actions.json'] ?? []).toString()).map((a: { type: string }) => a.type)).toContain('approve');
    // change one byte of one material, drop a document, add a file: each is found
    const changed = { ...files };
    const material = names.find((n) => n.startsWith('materials/')) ?? '';
    changed[material] = Uint8Array.from(files[material] ?? [], (b, i) => (i === 0 ? b ^ 1 : b));
    delete changed[names.find((n) => n.startsWith('documents/')) ?? ''];
    changed['extra.txt'] = new Uint8Array([1]);
    const bad = verifyArchive(Buffer.from(zipSync(changed)), keys);
    expect(bad.valid).toBe(false);
    for (const problem of [`${material}: content does not match its hash`, ': missing', 'extra.txt: not in the manifest']) expect(bad.problems.join('\n')).toContain(problem);
  });
});

describe('templates', () => {
  it('an administrator edits a document type\'s template: checked, previewed, used by the next document, and can be reset', async () => {
    const current = await h.call('GET', '/api/v1/documents/templates/acceptance', c.admin);
    expect(current.statusCode).toBe(200);
    expect(current.json().source).toBe('file');
    expect((await h.call('GET', '/api/v1/documents/templates/acceptance', c.clerk1)).statusCode).toBe(403);
    const broken = await h.call('PUT', '/api/v1/documents/templates/acceptance', c.admin, { body: '{{#items}}未闭合' });
    expect([broken.statusCode, broken.json().errors[0].path]).toEqual([400, 'body']);
    const body = `${current.json().body}\n本通知书由模板编辑测试修改。`;
    const preview = await t.app.inject({ method: 'POST', url: '/api/v1/documents/templates/acceptance/preview', headers: { cookie: c.admin }, payload: { body } });
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(preview.rawPayload)).toContain('本通知书由模板编辑测试修改');
    expect((await h.call('PUT', '/api/v1/documents/templates/acceptance', c.admin, { body })).json().source).toBe('custom');
    setDay(after(1));
    const caseNo = await h.submitted(food, c.applicant1 ?? '');
    await h.act(caseNo, c.clerk1 ?? '', 'accept');
    const docs = await documentsOf(caseNo);
    expect(await pdfText(await download(docs[0]?.url ?? ''))).toContain('本通知书由模板编辑测试修改');
    expect((await h.call('PUT', '/api/v1/documents/templates/acceptance', c.admin, { reset: true })).json().source).toBe('file');
  });
});

describe('electronic licences', () => {
  it('verifies: genuine → valid with the holder masked; a changed byte → invalid; an unknown key → invalid', async () => {
    const v = (await h.call('GET', `/api/v1/licences/${licenceNo}/verify`, undefined)).json();
    // by number a person's name is masked; the signed file (or QR payload) shows it in full
    expect(v).toMatchObject({ valid: true, authentic: true, status: 'valid', signature: 'ok', item: '食品经营许可', holder: '韩**' });
    expect(v.holderId).toMatch(/\*{4}/);
    expect(v.validTo).toBe(validUntil(DECIDED, 5));
    const file = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
    expect((await h.call('POST', '/api/v1/licences/verify', undefined, file)).json()).toMatchObject({ valid: true, holder: '韩泰山' });
    const changed = file.payload.replace('食品经营许可', '食品经营许司');
    const bad = (await h.call('POST', '/api/v1/licences/verify', undefined, { ...file, payload: changed })).json();
    expect(bad).toMatchObject({ valid: false, authentic: false, signature: 'invalid' });
    const unknown = (await h.call('POST', '/api/v1/licences/verify', undefined, { ...file, keyId: 'nosuchkey000000' })).json();
    expect(unknown.reason).toContain('不是本局公布的密钥');
    // the QR code of the PDF carries the same proof
    const pdf = await download(`/api/v1/licences/${licenceNo}/pdf`);
    const text = await pdfText(pdf);
    expect(text).toContain(licenceNo);
    expect(text).toContain('食品经营许可证');
    fs.writeFileSync(path.join(OUT, 'licence.pdf'), pdf);
    try {
      execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', path.join(OUT, 'licence.pdf'), path.join(OUT, 'licence')]);
    } catch {
      // pdftoppm (poppler-utils) is optional: the PNG is only for a person to look at
    }
    expect((await h.call('GET', '/api/v1/licences/TAXK20260000010/verify', undefined)).statusCode).toBe(400);
  });

  it('offline: the CLI verifies an exported licence with the published keys, and agrees with the API', async () => {
    const file = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
    const keys = (await h.call('GET', '/api/v1/licences/keys', undefined)).json();
    expect(verifyLicenceFile(JSON.stringify(file), keys)).toMatchObject({ valid: true, no: licenceNo });
    expect(verifyLicenceFile(JSON.stringify({ ...file, payload: file.payload.replace('韩泰山', '李四') }), keys).valid).toBe(false);
  });

  it('revoked: still authentic, not valid, with the date and the reason; a regulator acts only on items it regulates', async () => {
    const revokedOn = after(6);
    setDay(revokedOn);
    expect((await h.call('POST', `/api/v1/licences/${licenceNo}/actions`, c.clerk1, { type: 'revoke', reason: 'x' })).statusCode).toBe(403);
    const suspended = await h.call('POST', `/api/v1/licences/${licenceNo}/actions`, c.director1, { type: 'suspend', reason: '监督检查发现问题，责令整改' });
    expect(suspended.json().status).toBe('suspended');
    expect((await h.call('POST', `/api/v1/licences/${licenceNo}/actions`, c.director1, { type: 'suspend', reason: '再次' })).statusCode).toBe(409);
    const revoked = await h.call('POST', `/api/v1/licences/${licenceNo}/actions`, c.director1, { type: 'revoke', reason: '以欺骗手段取得许可' });
    expect(revoked.json().status).toBe('revoked');
    const v = (await h.call('GET', `/api/v1/licences/${licenceNo}/verify`, undefined)).json();
    expect(v).toMatchObject({ valid: false, authentic: true, status: 'revoked', statusOn: revokedOn, statusReason: '以欺骗手段取得许可' });
    const events = await t.database.db.selectFrom('outbox').select('topic').where('subject', '=', licenceNo).orderBy('id').execute();
    expect(events.map((e) => e.topic)).toEqual(['licence.issued', 'licence.suspended', 'licence.revoked']);
  });

  it('after a key rotation (both algorithms) new signatures carry the new keys and old ones still verify, through the API and the CLI', async () => {
    const before = (await h.call('GET', '/api/v1/licences/keys', undefined)).json().items.length;
    const services = await createServices(t.deps);
    const old = { ed25519: services.keys.keyId, sm2: services.keys.sm2KeyId };
    const dir = fs.mkdtempSync(path.join(t.deps.config.dataDir, 'shenpi-rotate-'));
    const rotated = await services.keys.rotate(dir);
    expect(rotated.ed25519).not.toBe(old.ed25519);
    expect(rotated.sm2).not.toBe(old.sm2);
    const keys = (await h.call('GET', '/api/v1/licences/keys', undefined)).json().items;
    expect(keys.length).toBe(before + 2);
    for (const id of [old.ed25519, old.sm2]) expect(keys.find((k: { keyId: string }) => k.keyId === id).retiredAt).not.toBeNull();
    expect(keys.find((k: { keyId: string }) => k.keyId === rotated.sm2)).toMatchObject({ algorithm: 'SM2', retiredAt: null });
    // the app still signs with the keys it loaded; a licence signed with the old keys verifies after the rotation, both signatures
    const v = (await h.call('GET', `/api/v1/licences/${licenceNo}/verify`, undefined)).json();
    expect([v.authentic, v.keyId, v.sm2KeyId, v.signatures]).toEqual([true, old.ed25519, old.sm2, { ed25519: 'ok', sm2: 'ok' }]);
    const file = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
    expect(verifyLicenceFile(JSON.stringify(file), { items: keys })).toMatchObject({ valid: true, keyId: old.ed25519, sm2KeyId: old.sm2, signatures: { ed25519: 'ok', sm2: 'ok' } });
    const sig = services.keys.sign('x');
    expect([sig.keyId, sig.sm2.keyId]).toEqual([rotated.ed25519, rotated.sm2]);
    expect(await services.keys.checkSeal('x', sig)).toMatchObject({ ok: true, ed25519: 'ok', sm2: 'ok' });
    fs.rmSync(dir, { recursive: true, force: true });
  });

});

describe('after issue: change, renewal, expiry', () => {
  /** Approve a new food licence case for applicant1 on `day`; returns the licence. */
  async function licensed(day: string, body: object = {}) {
    setDay(day);
    const caseNo = await h.submitted(food, c.applicant1 ?? '', body);
    await h.act(caseNo, c.clerk1 ?? '', 'accept');
    const res = await h.act(caseNo, c.chief1 ?? '', 'approve', { opinion: '同意' });
    expect(res.statusCode, res.body).toBe(200);
    await t.app.inject({ url: `/api/v1/cases/${caseNo}/documents`, headers: { cookie: c.applicant1 ?? '' } });
    return (await h.call('GET', `/api/v1/licences?caseNo=${caseNo}`, c.applicant1)).json().items[0] as { no: string; version: number; validTo: string; caseNo: string };
  }

  it('a change (变更) is a case on the licence: a new version with the new scope; the old one verifies as superseded', async () => {
    const l = await licensed(after(2), { form: { 经营范围: '热食类食品制售' } });
    expect(l.validTo).toBe(validUntil(after(2), 5));
    const wrongItem = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: (await h.item('个体工商户设立登记')).code, licence: { no: l.no, purpose: 'change' } });
    expect([wrongItem.statusCode, wrongItem.json().errors[0].path]).toEqual([400, 'itemCode']);
    const otherCompany = await h.authorisation(c.agent1, { name: '别家公司', creditCode: '91370900MA3C00001T' });
    const notMine = await h.call('POST', '/api/v1/cases', c.agent1, { itemCode: food.code, licence: { no: l.no, purpose: 'change' }, onBehalfOf: { authorisationId: otherCompany } });
    expect(notMine.json().errors?.[0]?.path).toBe('licence.no');
    const oldFile = (await h.call('GET', `/api/v1/licences/${l.no}/export`, c.applicant1)).json();
    setDay(after(3));
    const change = await h.submitted(food, c.applicant1 ?? '', { licence: { no: l.no, purpose: 'change' }, form: { 经营范围: '热食类食品制售；冷食类食品制售' } });
    expect((await h.call('GET', `/api/v1/cases/${change}`, c.applicant1)).json().licence).toEqual({ no: l.no, purpose: 'change' });
    await h.act(change, c.clerk1 ?? '', 'accept');
    await h.act(change, c.chief1 ?? '', 'approve', { opinion: '同意变更' });
    await t.app.inject({ url: `/api/v1/cases/${change}/documents`, headers: { cookie: c.applicant1 ?? '' } });
    const now2 = (await h.call('GET', `/api/v1/licences/${l.no}`, c.applicant1)).json();
    expect([now2.version, now2.scope, now2.validTo, now2.status]).toEqual([2, '热食类食品制售；冷食类食品制售', validUntil(after(2), 5), 'valid']);
    expect(now2.versions.map((v: { status: string }) => v.status)).toEqual(['superseded', 'valid']);
    const old = (await h.call('POST', '/api/v1/licences/verify', undefined, oldFile)).json();
    expect(old).toMatchObject({ authentic: true, valid: false, status: 'superseded', version: 1, latestVersion: 2 });
  });

  it('renewal (延续): reminders 60 and 30 days before, applications closer than 30 days refused, deemed renewed when undecided on the expiry day', async () => {
    const l = await licensed(after(4));
    const lastDay = validUntil(after(4), 5) as string;
    expect(l.validTo).toBe(lastDay);
    const services = await createServices(t.deps);
    setDay(addCalendarDays(lastDay, -59));
    expect((await services.licences.sweep()).reminders).toBeGreaterThanOrEqual(1);
    expect((await services.licences.sweep()).reminders).toBe(0);
    setDay(addCalendarDays(lastDay, -29)); // the second reminder; too late to apply (art. 50)
    expect((await services.licences.sweep()).reminders).toBeGreaterThanOrEqual(1);
    const late = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code, licence: { no: l.no, purpose: 'renewal' } });
    expect([late.statusCode, late.json().errors[0].path]).toEqual([400, 'licence.purpose']);
    const reminded = await t.database.db.selectFrom('outbox').select('payload').where('subject', '=', l.no).where('topic', '=', 'licence.expiring').execute();
    expect(reminded.map((r) => (r.payload as { daysBefore: number }).daysBefore).sort()).toEqual([30, 60]);
    setDay(addCalendarDays(lastDay, -36));
    const renewal = await h.submitted(food, c.applicant1 ?? '', { licence: { no: l.no, purpose: 'renewal' } });
    await h.act(renewal, c.clerk1 ?? '', 'accept');
    setDay(addCalendarDays(lastDay, 1)); // the licence ran out yesterday, the renewal is undecided
    expect((await services.licences.sweep()).deemed).toBe(1);
    const renewed = (await h.call('GET', `/api/v1/licences/${l.no}`, c.applicant1)).json();
    expect([renewed.version, renewed.validFrom, renewed.validTo, renewed.status, renewed.statusBy]).toEqual([2, addCalendarDays(lastDay, 1), validUntil(addCalendarDays(lastDay, 1), 5), 'valid', '系统']);
    expect(renewed.statusReason).toContain('第五十条');
    // deciding the renewal afterwards does not renew twice
    await h.act(renewal, c.chief1 ?? '', 'approve', { opinion: '同意延续' });
    await services.caseCommands.settled();
    await t.app.inject({ url: `/api/v1/cases/${renewal}/documents`, headers: { cookie: c.applicant1 ?? '' } });
    expect((await h.call('GET', `/api/v1/licences/${l.no}`, c.applicant1)).json().version).toBe(2);
  });

  it('a licence past its last day without renewal is expired, once', async () => {
    const l = await licensed(after(5));
    const services = await createServices(t.deps);
    setDay(addCalendarDays(validUntil(after(5), 5) as string, 1));
    expect((await services.licences.sweep()).expired).toBeGreaterThanOrEqual(1);
    expect((await h.call('GET', `/api/v1/licences/${l.no}/verify`, undefined)).json()).toMatchObject({ authentic: true, valid: false, status: 'expired' });
    const again = await services.licences.sweep();
    expect(again.expired).toBe(0);
    const events = await t.database.db.selectFrom('outbox').select('topic').where('subject', '=', l.no).where('topic', '=', 'licence.expired').execute();
    expect(events).toHaveLength(1);
  });
});

describe('public register of decisions (art. 40)', () => {
  it('lists approvals and refusals by item and date with the applicant masked', async () => {
    const res = await h.call('GET', `/api/v1/public/decisions?item=食品经营许可&from=${addCalendarDays(RECEIVED, -30)}&pageSize=100`, undefined);
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().items.filter((d: { caseNo: string }) => d.caseNo === approvedCase);
    expect(mine).toEqual([expect.objectContaining({ result: 'approve', decidedOn: DECIDED, applicantName: '韩**' })]);
    expect(res.json().items.some((d: { result: string }) => d.result === 'refuse')).toBe(true);
  });
});
