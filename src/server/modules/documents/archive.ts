/**
 * The electronic archive (电子档案) of a closed case as one zip: the case, its action log, its
 * documents and its material files, with manifest.json listing every file's SHA-256 and
 * manifest.sig.json sealing the manifest's SHA-256 (hex text) with the bureau's keys: Ed25519 and,
 * beside it, SM2 (`sm2`, absent in archives made before it). `verifyArchive` re-checks all of it
 * offline with the published keys (`npx shenpi archive verify FILE.zip`).
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../../platform/pdf.js';
import { checkSeal, type PublishedKey, type Seal, type Signature } from '../../platform/signing.js';

export const MANIFEST = 'manifest.json';
export const MANIFEST_SIG = 'manifest.sig.json';

/** One file of the archive. */
export interface ArchiveEntry {
  path: string;
  content: Uint8Array;
}

/** A file name safe in a zip on every system: no separators or control characters. */
export function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120);
}

/** Zip the entries with their manifest and its signature. */
export function buildArchive(caseNo: string, entries: ArchiveEntry[], createdAt: string, sign: (data: string) => Seal): Buffer {
  const manifest = {
    format: 'shenpi-archive/1',
    caseNo,
    createdAt,
    files: entries.map((e) => ({ path: e.path, size: e.content.byteLength, sha256: sha256Hex(Buffer.from(e.content)) })),
  };
  const manifestText = JSON.stringify(manifest, null, 2);
  const manifestSha256 = sha256Hex(manifestText);
  const sig = sign(manifestSha256);
  const files: Zippable = {};
  for (const e of entries) files[e.path] = e.content;
  files[MANIFEST] = strToU8(manifestText);
  const sm2 = { algorithm: 'SM2', keyId: sig.sm2.keyId, signature: sig.sm2.signature };
  files[MANIFEST_SIG] = strToU8(JSON.stringify({ algorithm: 'Ed25519', keyId: sig.keyId, manifestSha256, signature: sig.signature, sm2 }, null, 2));
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date(createdAt) }));
}

/** Check an archive: the manifest's signature, every listed file's hash, and nothing missing or added. */
export function verifyArchive(
  zip: Buffer,
  keys: { items: PublishedKey[] },
): { valid: boolean; caseNo?: string; files?: number; keyId?: string; signatures?: { ed25519: string; sm2: string }; problems: string[] } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(zip));
  } catch {
    return { valid: false, problems: ['not a zip file'] };
  }
  const manifestBytes = files[MANIFEST];
  const sigBytes = files[MANIFEST_SIG];
  if (!manifestBytes || !sigBytes) return { valid: false, problems: [`${MANIFEST} or ${MANIFEST_SIG} is missing`] };
  const problems: string[] = [];
  const sig = JSON.parse(Buffer.from(sigBytes).toString('utf8')) as { keyId: string; manifestSha256: string; signature: string; sm2?: Signature };
  const manifestSha256 = sha256Hex(Buffer.from(manifestBytes));
  if (manifestSha256 !== sig.manifestSha256) problems.push('manifest.json was changed after it was signed');
  const seal = checkSeal((id) => keys.items.find((k) => k.keyId === id), sig.manifestSha256, sig);
  for (const [algorithm, result, keyId] of [['Ed25519', seal.ed25519, sig.keyId], ['SM2', seal.sm2, seal.sm2KeyId]] as const) {
    if (result === 'unknown_key') problems.push(`${algorithm} key ${keyId} is not among the published keys`);
    if (result === 'bad_signature') problems.push(`the manifest's ${algorithm} signature is not valid`);
  }
  const manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as { caseNo: string; files: { path: string; sha256: string }[] };
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const content = files[f.path];
    if (!content) problems.push(`${f.path}: missing`);
    else if (sha256Hex(Buffer.from(content)) !== f.sha256) problems.push(`${f.path}: content does not match its hash`);
  }
  for (const p of Object.keys(files)) if (p !== MANIFEST && p !== MANIFEST_SIG && !p.endsWith('/') && !listed.has(p)) problems.push(`${p}: not in the manifest`);
  return { valid: problems.length === 0, caseNo: manifest.caseNo, files: manifest.files.length, keyId: sig.keyId, signatures: { ed25519: seal.ed25519, sm2: seal.sm2 }, problems };
}
