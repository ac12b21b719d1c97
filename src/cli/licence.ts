/**
 * `shenpi licence verify FILE`, `shenpi document verify FILE.pdf`, `shenpi archive verify FILE.zip`
 * (offline, with the published keys; each reports the Ed25519 and the SM2 result) and
 * `shenpi keys rotate` (start signing with new keys; old signatures keep verifying).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { LicencePayload } from '../domain/licence.js';
import { loadConfig } from '../server/config.js';
import { verifyArchive } from '../server/modules/documents/archive.js';
import { parseQr, type PresentedLicence } from '../server/modules/licences/licences.service.js';
import { openDatabase } from '../server/platform/db.js';
import { migrate } from '../server/platform/migrate.js';
import { readSignature, sha256Hex } from '../server/platform/pdf.js';
import { checkSeal, KeyRing, type PublishedKey, type SealCheck } from '../server/platform/signing.js';

/** The published keys as `GET /api/v1/licences/keys` answers them (lists saved before SM2 have no algorithm: Ed25519). */
export interface PublishedKeys {
  items: (PublishedKey & { retiredAt?: string | null })[];
}

/** Each algorithm's result, as the CLI prints it. */
type Signatures = Pick<SealCheck, 'ed25519' | 'sm2'>;

/** What an offline check can tell: authenticity and the dates, not a later suspension or revocation. */
export type OfflineCheck =
  | { valid: true; no: string; version: number; holder: string; item: string; validFrom: string; validTo: string | null; keyId: string; sm2KeyId: string | null; signatures: Signatures; note: string }
  | { valid: false; reason: string; keyId?: string; signatures?: Signatures };

/** Check a seal with the published keys; the reason names each algorithm that failed. */
function sealWith(keys: PublishedKeys, data: string, seal: Parameters<typeof checkSeal>[2]): { check: SealCheck; signatures: Signatures; reason: string } {
  const check = checkSeal((id) => keys.items.find((k) => k.keyId === id), data, seal);
  const problems = [
    check.ed25519 === 'unknown_key' ? `Ed25519 key ${seal.keyId} is not among the published keys` : check.ed25519 === 'bad_signature' ? 'the Ed25519 signature does not match the content: changed or forged' : null,
    check.sm2 === 'unknown_key' ? `SM2 key ${check.sm2KeyId} is not among the published keys` : check.sm2 === 'bad_signature' ? 'the SM2 signature does not match the content: changed or forged' : null,
  ];
  return { check, signatures: { ed25519: check.ed25519, sm2: check.sm2 }, reason: problems.filter(Boolean).join('; ') };
}

/** Check an exported licence file (JSON) or a QR code's text against the published keys, without network. */
export function verifyLicenceFile(text: string, keys: PublishedKeys): OfflineCheck {
  let presented: PresentedLicence | null = null;
  try {
    const json = JSON.parse(text) as { payload?: unknown; signature?: unknown; keyId?: unknown; sm2?: { keyId?: unknown; signature?: unknown } | null };
    const sm2 = typeof json.sm2?.keyId === 'string' && typeof json.sm2.signature === 'string' ? { keyId: json.sm2.keyId, signature: json.sm2.signature } : null;
    if (typeof json.payload === 'string' && typeof json.signature === 'string' && typeof json.keyId === 'string') presented = { payload: json.payload, signature: json.signature, keyId: json.keyId, sm2 };
  } catch {
    presented = parseQr(text);
  }
  if (!presented) return { valid: false, reason: 'not a licence file or QR text' };
  const seal = sealWith(keys, presented.payload, presented);
  if (!seal.check.ok) return { valid: false, keyId: presented.keyId, signatures: seal.signatures, reason: seal.reason };
  const p = JSON.parse(presented.payload) as LicencePayload;
  return {
    valid: true,
    no: p.no,
    version: p.version,
    holder: p.holder,
    item: p.item,
    validFrom: p.validFrom,
    validTo: p.validTo,
    keyId: presented.keyId,
    sm2KeyId: seal.check.sm2KeyId,
    signatures: seal.signatures,
    note: 'authentic; whether it was suspended or revoked since can only be checked online (/verify)',
  };
}

/** Check a document PDF's signature trailer against the published keys, without network. */
export function verifyDocumentFile(file: Buffer, keys: PublishedKeys): { valid: boolean; reason?: string; keyId?: string; sm2KeyId?: string | null; sha256?: string; signatures?: Signatures } {
  const claim = readSignature(file);
  if (!claim) return { valid: false, reason: 'no Shenpi signature in the file' };
  if (sha256Hex(claim.signed) !== claim.sha256) return { valid: false, keyId: claim.keyId, reason: 'the file was changed after it was signed' };
  const seal = sealWith(keys, claim.sha256, claim);
  if (!seal.check.ok) return { valid: false, keyId: claim.keyId, sm2KeyId: seal.check.sm2KeyId, signatures: seal.signatures, reason: seal.reason };
  return { valid: true, keyId: claim.keyId, sm2KeyId: seal.check.sm2KeyId, sha256: claim.sha256, signatures: seal.signatures };
}

async function publishedKeys(opts: { keys?: string; server?: string }): Promise<PublishedKeys> {
  if (opts.keys) return JSON.parse(fs.readFileSync(opts.keys, 'utf8')) as PublishedKeys;
  if (opts.server) return (await (await fetch(`${opts.server.replace(/\/+$/, '')}/api/v1/licences/keys`)).json()) as PublishedKeys;
  throw new Error('give --keys FILE (saved from /api/v1/licences/keys) or --server URL');
}

function report(result: { valid: boolean }) {
  console.log(JSON.stringify(result, null, 2));
  if (!result.valid) process.exitCode = 1;
}

/** Add the licence, document and keys sub-commands. */
export function registerLicenceCommands(program: Command) {
  const keyOpts = (c: Command) => c.option('--keys <file>', 'the published keys, saved from GET /api/v1/licences/keys (offline)').option('--server <url>', 'fetch the published keys from a running Shenpi');

  keyOpts(
    program
      .command('licence')
      .description('electronic licences')
      .command('verify')
      .description('verify an exported licence (.json from /api/v1/licences/:no/export) or a QR code text; exits 1 when not valid')
      .argument('<file>', 'the file to check'),
  ).action(async (file: string, opts: { keys?: string; server?: string }) => report(verifyLicenceFile(fs.readFileSync(file, 'utf8'), await publishedKeys(opts))));

  keyOpts(
    program
      .command('document')
      .description('case documents')
      .command('verify')
      .description('verify the signature of a document PDF; exits 1 when not valid')
      .argument('<file>', 'the PDF to check'),
  ).action(async (file: string, opts: { keys?: string; server?: string }) => report(verifyDocumentFile(fs.readFileSync(file), await publishedKeys(opts))));

  keyOpts(
    program
      .command('archive')
      .description('electronic archives of closed cases')
      .command('verify')
      .description('re-verify an archive zip (GET /api/v1/cases/:caseNo/archive): manifest signature and every file hash; exits 1 when not valid')
      .argument('<file>', 'the zip to check'),
  ).action(async (file: string, opts: { keys?: string; server?: string }) => report(verifyArchive(fs.readFileSync(file), await publishedKeys(opts))));

  program
    .command('keys')
    .description("the bureau's signing keys")
    .command('rotate')
    .description('start signing with new Ed25519 and SM2 keys in SHENPI_DATA_DIR/keys; the old public keys stay published (restart the servers afterwards)')
    .action(async () => {
      const config = loadConfig();
      if (config.signingKey || config.sm2SigningKey) throw new Error('SHENPI_SIGNING_KEY or SHENPI_SM2_SIGNING_KEY is set: rotate by giving new keys there instead');
      const database = await openDatabase(config);
      try {
        await migrate(database);
        const ring = await KeyRing.open(database.db, { dataDir: config.dataDir });
        const old = { ed25519: ring.keyId, sm2: ring.sm2KeyId };
        const now = await ring.rotate(config.dataDir);
        console.log(`rotated: Ed25519 ${old.ed25519} → ${now.ed25519}, SM2 ${old.sm2} → ${now.sm2}`);
      } finally {
        await database.close();
      }
    });
}
