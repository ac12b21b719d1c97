/**
 * `shenpi licence verify FILE`, `shenpi document verify FILE.pdf`, `shenpi archive verify FILE.zip`
 * (offline, with the published keys) and `shenpi keys rotate` (start signing with a new key; old
 * signatures keep verifying).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { LicencePayload } from '../domain/licence.js';
import { loadConfig } from '../server/config.js';
import { verifyArchive } from '../server/modules/documents/archive.js';
import { parseQr } from '../server/modules/licences/licences.service.js';
import { openDatabase } from '../server/platform/db.js';
import { migrate } from '../server/platform/migrate.js';
import { readSignature, sha256Hex } from '../server/platform/pdf.js';
import { KeyRing, verifyWithPem } from '../server/platform/signing.js';

/** The published keys as `GET /api/v1/licences/keys` answers them. */
export interface PublishedKeys {
  items: { keyId: string; publicKey: string; retiredAt?: string | null }[];
}

/** What an offline check can tell: authenticity and the dates, not a later suspension or revocation. */
export type OfflineCheck =
  | { valid: true; no: string; version: number; holder: string; item: string; validFrom: string; validTo: string | null; keyId: string; note: string }
  | { valid: false; reason: string; keyId?: string };

/** Check an exported licence file (JSON) or a QR code's text against the published keys, without network. */
export function verifyLicenceFile(text: string, keys: PublishedKeys): OfflineCheck {
  let presented: { payload: string; signature: string; keyId: string } | null = null;
  try {
    const json = JSON.parse(text) as { payload?: unknown; signature?: unknown; keyId?: unknown };
    if (typeof json.payload === 'string' && typeof json.signature === 'string' && typeof json.keyId === 'string') presented = { payload: json.payload, signature: json.signature, keyId: json.keyId };
  } catch {
    presented = parseQr(text);
  }
  if (!presented) return { valid: false, reason: 'not a licence file or QR text' };
  const key = keys.items.find((k) => k.keyId === presented.keyId);
  if (!key) return { valid: false, keyId: presented.keyId, reason: `key ${presented.keyId} is not among the published keys` };
  if (!verifyWithPem(key.publicKey, presented.payload, presented.signature)) return { valid: false, keyId: presented.keyId, reason: 'signature does not match the content: changed or forged' };
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
    note: 'authentic; whether it was suspended or revoked since can only be checked online (/verify)',
  };
}

/** Check a document PDF's signature trailer against the published keys, without network. */
export function verifyDocumentFile(file: Buffer, keys: PublishedKeys): { valid: boolean; reason?: string; keyId?: string; sha256?: string } {
  const claim = readSignature(file);
  if (!claim) return { valid: false, reason: 'no Shenpi signature in the file' };
  if (sha256Hex(claim.signed) !== claim.sha256) return { valid: false, keyId: claim.keyId, reason: 'the file was changed after it was signed' };
  const key = keys.items.find((k) => k.keyId === claim.keyId);
  if (!key) return { valid: false, keyId: claim.keyId, reason: `key ${claim.keyId} is not among the published keys` };
  return verifyWithPem(key.publicKey, claim.sha256, claim.signature) ? { valid: true, keyId: claim.keyId, sha256: claim.sha256 } : { valid: false, keyId: claim.keyId, reason: 'bad signature' };
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
    .description('start signing with a new key in SHENPI_DATA_DIR/keys; the old public key stays published (restart the servers afterwards)')
    .action(async () => {
      const config = loadConfig();
      if (config.signingKey) throw new Error('SHENPI_SIGNING_KEY is set: rotate by giving a new key there instead');
      const database = await openDatabase(config);
      try {
        await migrate(database);
        const ring = await KeyRing.open(database.db, { dataDir: config.dataDir });
        const old = ring.keyId;
        console.log(`rotated: ${old} → ${await ring.rotate(config.dataDir)}`);
      } finally {
        await database.close();
      }
    });
}
