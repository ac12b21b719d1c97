/**
 * 国密 signatures (issue #19, ADR 0020): everything the app signs carries an SM2 signature
 * (SM3withSM2, user id 1234567812345678) beside Ed25519. The SM2 signatures are checked here by an
 * implementation other than the one that signs (sm-crypto-v2): the openssl CLI (3.x), with a public
 * key PEM this test builds itself from the published raw key. Also: the licence PDF's QR code read
 * back by zbarimg, the verify API and the offline verify CLI reporting each algorithm.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { canonicalJson } from '../src/server/platform/audit.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { postInbound, regulatorSystem } from './exchange-fixtures.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 3));
const now = beijing(DAY);
let t: TestContext;
const c: Record<string, string> = {};
const h = caseHelpers(() => t);
let food: Item;
let caseNo = '';
let licenceNo = '';
let work = '';

interface Key {
  keyId: string;
  algorithm: 'Ed25519' | 'SM2';
  publicKey: string;
  publicKeyHex: string;
  retiredAt: string | null;
}

/** The SPKI DER of an SM2 public key: this prefix (id-ecPublicKey, curve SM2) and 04||x||y. */
const SM2_SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';

/** Verify an SM2 signature (base64url DER) over `message` with openssl; true when openssl exits 0. */
function opensslSm2(publicKeyHex: string, message: Buffer | string, signature: string): boolean {
  const dir = fs.mkdtempSync(path.join(work, 'openssl-'));
  const der = Buffer.from(SM2_SPKI_PREFIX + publicKeyHex, 'hex').toString('base64');
  fs.writeFileSync(path.join(dir, 'pub.pem'), `-----BEGIN PUBLIC KEY-----\n${der.match(/.{1,64}/g)?.join('\n')}\n-----END PUBLIC KEY-----\n`);
  fs.writeFileSync(path.join(dir, 'msg'), message);
  fs.writeFileSync(path.join(dir, 'sig.der'), Buffer.from(signature, 'base64url'));
  const r = spawnSync('openssl', ['pkeyutl', '-verify', '-in', 'msg', '-sigfile', 'sig.der', '-pubin', '-inkey', 'pub.pem', '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678'], { cwd: dir, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.error) throw r.error;
  return r.status === 0;
}

async function publishedKeys(): Promise<Key[]> {
  return (await h.call('GET', '/api/v1/licences/keys', undefined)).json().items;
}

async function sm2Key(keyId: string): Promise<string> {
  const key = (await publishedKeys()).find((k) => k.keyId === keyId);
  expect(key?.algorithm).toBe('SM2');
  return key?.publicKeyHex ?? '';
}

/** Another valid SM2 signature of the same key over other bytes: well-formed, but not this message's. */
async function otherSm2Signature(): Promise<string> {
  const other = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
  return other.sm2.signature;
}

/** The signature trailer of a document PDF, read without the app's code. */
function trailerOf(pdf: Buffer) {
  const marker = '\n%SHENPI-SIGNATURE ';
  const at = pdf.lastIndexOf(marker);
  expect(at).toBeGreaterThan(0);
  const claim = JSON.parse(pdf.subarray(at + marker.length).toString('latin1').trim()) as { alg: string; keyId: string; sha256: string; signature: string; sm2: { alg: string; keyId: string; signature: string } };
  return { signed: pdf.subarray(0, at), claim, at };
}

/** Run the `shenpi` CLI; its JSON answer and exit code. */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/shenpi.mjs', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { status: r.status, out: JSON.parse(r.stdout) as Record<string, unknown>, stderr: r.stderr };
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-sm2-'));
  t = await createTestApp({ SHENPI_EXCHANGE_ALLOW_INSECURE: '1' }, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'chief1', 'admin']) c[u] = await t.login(u);
  food = await h.item('食品经营许可');
  caseNo = await h.submitted(food, c.applicant1 ?? '');
  expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
  const approved = await h.act(caseNo, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' });
  expect(approved.statusCode, approved.body).toBe(200);
  // the documents list waits for what follows the approval (its documents and the licence)
  expect((await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.applicant1)).statusCode).toBe(200);
  const licences = (await h.call('GET', `/api/v1/licences?caseNo=${caseNo}`, c.applicant1)).json().items;
  licenceNo = licences[0]?.no;
  expect(licenceNo).toBeTruthy();
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('SM2 signatures checked by openssl', () => {
  it('a licence: the SM2 signature over the signed payload verifies under openssl; a changed payload does not', async () => {
    const licence = (await h.call('GET', `/api/v1/licences/${licenceNo}`, c.applicant1)).json();
    expect(licence.sm2KeyId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const file = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
    expect(file.sm2).toEqual({ algorithm: 'SM2', keyId: licence.sm2KeyId, signature: licence.sm2Signature });
    // DER: SEQUENCE { INTEGER r, INTEGER s }
    expect(Buffer.from(file.sm2.signature, 'base64url')[0]).toBe(0x30);
    const key = await sm2Key(file.sm2.keyId);
    expect(opensslSm2(key, Buffer.from(file.payload, 'utf8'), file.sm2.signature)).toBe(true);
    expect(opensslSm2(key, Buffer.from(file.payload.replace('食品经营许可', '食品经营许司'), 'utf8'), file.sm2.signature)).toBe(false);
    // the published PEM is the same key openssl reads
    const published = (await publishedKeys()).find((k) => k.keyId === file.sm2.keyId);
    expect(crypto.createPublicKey(published?.publicKey ?? '').export({ format: 'der', type: 'spki' }).toString('hex')).toBe(SM2_SPKI_PREFIX + key);
  });

  it("a licence PDF's QR code, read by zbarimg, carries both signatures; the verify API passes both and openssl the SM2 one", async () => {
    const pdf = await t.app.inject({ url: `/api/v1/licences/${licenceNo}/pdf`, headers: { cookie: c.applicant1 ?? '' } });
    expect(pdf.statusCode).toBe(200);
    fs.writeFileSync(path.join(work, 'licence.pdf'), pdf.rawPayload);
    // every page (the QR code is under the text, on the last one)
    const png = spawnSync('pdftoppm', ['-png', '-r', '200', path.join(work, 'licence.pdf'), path.join(work, 'licence-page')]);
    expect(png.status, png.stderr?.toString()).toBe(0);
    const pages = fs.readdirSync(work).filter((f) => f.startsWith('licence-page')).map((f) => path.join(work, f));
    const scan = spawnSync('zbarimg', ['--raw', '-q', ...pages], { encoding: 'utf8' });
    // exit 4 = a page without a code (the first); the last page's code is on stdout
    expect([0, 4], scan.stderr).toContain(scan.status);
    const qr = scan.stdout.split('\n').find((l) => l.includes('/verify/')) ?? '';
    expect(qr).toContain(`/verify/${licenceNo}#`);
    const [payload, , , sm2Signature, sm2KeyId] = qr.slice(qr.indexOf('#') + 1).split('.');
    expect(opensslSm2(await sm2Key(sm2KeyId ?? ''), Buffer.from(payload ?? '', 'base64url'), sm2Signature ?? '')).toBe(true);
    const v = (await h.call('POST', '/api/v1/licences/verify', undefined, { qr })).json();
    expect(v).toMatchObject({ valid: true, authentic: true, signature: 'ok', signatures: { ed25519: 'ok', sm2: 'ok' }, sm2KeyId, no: licenceNo });
  });

  it("a document: the trailer's SM2 signature over the PDF's SHA-256 verifies under openssl; a changed byte does not", async () => {
    const docs = (await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.applicant1)).json().items as { type: string; url: string; sm2KeyId: string | null }[];
    const decision = docs.find((d) => d.type === 'approval');
    const file = (await t.app.inject({ url: decision?.url ?? '', headers: { cookie: c.applicant1 ?? '' } })).rawPayload;
    const { signed, claim } = trailerOf(file);
    expect([claim.alg, claim.sm2.alg, claim.sm2.keyId]).toEqual(['Ed25519', 'SM2', decision?.sm2KeyId]);
    const sha256 = crypto.createHash('sha256').update(signed).digest('hex');
    expect(claim.sha256).toBe(sha256);
    const key = await sm2Key(claim.sm2.keyId);
    expect(opensslSm2(key, sha256, claim.sm2.signature)).toBe(true);
    const changed = Buffer.from(signed);
    changed[100] = (changed[100] ?? 0) ^ 1;
    expect(opensslSm2(key, crypto.createHash('sha256').update(changed).digest('hex'), claim.sm2.signature)).toBe(false);
  });

  it('an archive manifest: the SM2 signature over its SHA-256 verifies under openssl; another manifest does not', async () => {
    const res = await t.app.inject({ url: `/api/v1/cases/${caseNo}/archive`, headers: { cookie: c.chief1 ?? '' } });
    expect(res.statusCode, res.body).toBe(200);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const sig = JSON.parse(Buffer.from(files['manifest.sig.json'] ?? []).toString()) as { algorithm: string; manifestSha256: string; sm2: { algorithm: string; keyId: string; signature: string } };
    const manifestSha256 = crypto.createHash('sha256').update(files['manifest.json'] ?? new Uint8Array()).digest('hex');
    expect([sig.algorithm, sig.sm2.algorithm, sig.manifestSha256]).toEqual(['Ed25519', 'SM2', manifestSha256]);
    const key = await sm2Key(sig.sm2.keyId);
    expect(opensslSm2(key, manifestSha256, sig.sm2.signature)).toBe(true);
    expect(opensslSm2(key, crypto.createHash('sha256').update('another manifest').digest('hex'), sig.sm2.signature)).toBe(false);
  });

  it("an exchange receipt: the SM2 signature over the receipt's canonical JSON verifies under openssl; a changed receipt does not", async () => {
    const system = await regulatorSystem(t.app, c.admin ?? '', 'TA-R20');
    const res = await postInbound(t.app, system, { messageId: 'SM2-0001', type: 'inspection', licenceNo, occurredOn: DAY, result: 'pass', summary: '现场检查合格' });
    expect(res.statusCode, res.body).toBe(200);
    const { keyId, signature, sm2KeyId, sm2Signature, ...receipt } = res.json();
    expect([typeof keyId, typeof signature]).toEqual(['string', 'string']);
    const key = await sm2Key(sm2KeyId);
    expect(opensslSm2(key, canonicalJson(receipt), sm2Signature)).toBe(true);
    expect(opensslSm2(key, canonicalJson({ ...receipt, status: 'rejected' }), sm2Signature)).toBe(false);
  });
});

describe('verification reports each algorithm', () => {
  it('the verify API and the offline CLI say which signature passed: a wrong SM2 signature fails the licence while Ed25519 still passes', async () => {
    const file = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
    const keysFile = path.join(work, 'keys.json');
    fs.writeFileSync(keysFile, JSON.stringify({ items: await publishedKeys() }));
    const good = path.join(work, 'licence.json');
    fs.writeFileSync(good, JSON.stringify(file));
    const ok = cli(['licence', 'verify', good, '--keys', keysFile]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.out).toMatchObject({ valid: true, no: licenceNo, keyId: file.keyId, sm2KeyId: file.sm2.keyId, signatures: { ed25519: 'ok', sm2: 'ok' } });

    // a well-formed SM2 signature of the same key over other bytes (the case's first document)
    const forged = { ...file, sm2: { ...file.sm2, signature: (await t.database.db.selectFrom('documents').select('sm2_signature').where('case_no', '=', caseNo).executeTakeFirstOrThrow()).sm2_signature } };
    const bad = path.join(work, 'forged.json');
    fs.writeFileSync(bad, JSON.stringify(forged));
    const refused = cli(['licence', 'verify', bad, '--keys', keysFile]);
    expect(refused.status).toBe(1);
    expect(refused.out).toMatchObject({ valid: false, signatures: { ed25519: 'ok', sm2: 'bad_signature' } });
    expect(String(refused.out.reason)).toContain('SM2');
    const api = (await h.call('POST', '/api/v1/licences/verify', undefined, forged)).json();
    expect(api).toMatchObject({ valid: false, authentic: false, signature: 'invalid', signatures: { ed25519: 'ok', sm2: 'bad_signature' } });
    expect(api.reason).toContain('SM2');
    // an unknown SM2 key is named as such
    const unknown = (await h.call('POST', '/api/v1/licences/verify', undefined, { ...file, sm2: { ...file.sm2, keyId: 'nosuchkey0000000' } })).json();
    expect(unknown).toMatchObject({ valid: false, signatures: { ed25519: 'ok', sm2: 'unknown_key' } });
    // an Ed25519 key named in the SM2 place is not an SM2 key
    expect((await h.call('POST', '/api/v1/licences/verify', undefined, { ...file, sm2: { keyId: file.keyId, signature: file.signature } })).json().signatures.sm2).toBe('unknown_key');
  }, 180_000);

  it('the document verify API and CLI report both algorithms; a document whose SM2 signature was swapped is refused for SM2 only', async () => {
    const docs = (await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.applicant1)).json().items as { type: string; url: string }[];
    const file = (await t.app.inject({ url: docs.find((d) => d.type === 'approval')?.url ?? '', headers: { cookie: c.applicant1 ?? '' } })).rawPayload;
    const keysFile = path.join(work, 'keys.json');
    fs.writeFileSync(keysFile, JSON.stringify({ items: await publishedKeys() }));
    const ok = await h.multipart('/api/v1/documents/verify', undefined, {}, file, 'decision.pdf');
    expect(ok.json()).toMatchObject({ valid: true, signatures: { ed25519: 'ok', sm2: 'ok' } });
    fs.writeFileSync(path.join(work, 'decision.pdf'), file);
    const cliOk = cli(['document', 'verify', path.join(work, 'decision.pdf'), '--keys', keysFile]);
    expect(cliOk.status, cliOk.stderr).toBe(0);
    expect(cliOk.out).toMatchObject({ valid: true, signatures: { ed25519: 'ok', sm2: 'ok' } });

    const { signed, claim } = trailerOf(file);
    const swapped = Buffer.concat([signed, Buffer.from(`\n%SHENPI-SIGNATURE ${JSON.stringify({ ...claim, sm2: { ...claim.sm2, signature: await otherSm2Signature() } })}\n`, 'latin1')]);
    const bad = (await h.multipart('/api/v1/documents/verify', undefined, {}, swapped, 'decision.pdf')).json();
    expect(bad).toMatchObject({ valid: false, signatures: { ed25519: 'ok', sm2: 'bad_signature' } });
    fs.writeFileSync(path.join(work, 'swapped.pdf'), swapped);
    const cliBad = cli(['document', 'verify', path.join(work, 'swapped.pdf'), '--keys', keysFile]);
    expect(cliBad.status).toBe(1);
    expect(cliBad.out).toMatchObject({ valid: false, signatures: { ed25519: 'ok', sm2: 'bad_signature' } });
  }, 180_000);

  it('a licence signed before SM2 (no SM2 signature stored) still verifies, with SM2 reported absent', async () => {
    await t.database.db.updateTable('licences').set({ sm2_key_id: null, sm2_signature: null }).where('no', '=', licenceNo).execute();
    const v = (await h.call('GET', `/api/v1/licences/${licenceNo}/verify`, undefined)).json();
    expect(v).toMatchObject({ valid: true, authentic: true, signature: 'ok', signatures: { ed25519: 'ok', sm2: 'absent' }, sm2KeyId: null });
    const file = (await h.call('GET', `/api/v1/licences/${licenceNo}/export`, c.applicant1)).json();
    expect(file.sm2).toBeNull();
    expect((await h.call('POST', '/api/v1/licences/verify', undefined, file)).json()).toMatchObject({ valid: true, signatures: { ed25519: 'ok', sm2: 'absent' } });
  });
});
