/**
 * PDF documents in Chinese: A4 pages with the bureau's header, wrapped paragraphs, a table of
 * facts, the red seal, an optional QR code, and the Ed25519 and SM2 signatures appended as a trailer.
 *
 * The font is Noto Serif SC (宋体 style) from the npm package @fontsource/noto-serif-sc, so a
 * fresh `npm ci` renders Chinese without system fonts. Each PDF embeds a subset of it holding
 * just the characters it uses (HarfBuzz hb-subset through the subset-font package: a few ms).
 *
 * The signature trailer is a PDF comment after %%EOF, ignored by readers:
 *   %SHENPI-SIGNATURE {"alg":"Ed25519","keyId":…,"sha256":…,"signature":…,"sm2":{"alg":"SM2","keyId":…,"signature":…}}
 * Both sign the SHA-256 (hex text) of every byte before it; `readSignature` splits a file back
 * into the two (files signed before SM2 have no "sm2").
 */
import crypto from 'node:crypto';
import type { Issuer, PdfSpec } from './pdf-render.js';
import type { Seal, Signature } from './signing.js';

export type { Block, Issuer, PdfSpec } from './pdf-render.js';

/** The issuing body as it appears on every document and seal. */
export const BUREAU_NAME = '泰安市行政审批服务局';

/** The bureau as issuer of its own decisions. */
export const BUREAU_ISSUER: Issuer = { name: BUREAU_NAME, seal: '行政审批专用章' };

/** The issuer of a decision by its body's name: the bureau's 行政审批专用章, or a stationed agency's 业务专用章. */
export function issuerOf(name: string): Issuer {
  return name === BUREAU_NAME ? BUREAU_ISSUER : { name, seal: '业务专用章' };
}

/**
 * Render a document to PDF bytes (unsigned). The renderer (pdf-lib, fontkit, HarfBuzz, the fonts: a second or
 * more to load) is imported on the first document, not when the server starts (ADR 0023).
 */
export async function renderPdf(spec: PdfSpec): Promise<Buffer> {
  return (await import('./pdf-render.js')).renderPdf(spec, spec.issuer ?? BUREAU_ISSUER);
}

const TRAILER = '%SHENPI-SIGNATURE ';

/** The SHA-256 (hex) of bytes. */
export const sha256Hex = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

/** Append the signature trailer: both signatures of the seal cover the SHA-256 (hex text) of the PDF bytes before it. */
export function appendSignature(pdf: Buffer, sign: (digest: string) => Seal): { file: Buffer; signedSha256: string; signature: Seal } {
  const signedSha256 = sha256Hex(pdf);
  const signature = sign(signedSha256);
  const sm2 = { alg: 'SM2', keyId: signature.sm2.keyId, signature: signature.sm2.signature };
  const trailer = `\n${TRAILER}${JSON.stringify({ alg: 'Ed25519', keyId: signature.keyId, sha256: signedSha256, signature: signature.signature, sm2 })}\n`;
  return { file: Buffer.concat([pdf, Buffer.from(trailer, 'latin1')]), signedSha256, signature };
}

/** A signed file split into what was signed and the claimed seal (SM2 null on files signed before it), or null without a trailer. */
export function readSignature(file: Buffer): { signed: Buffer; keyId: string; sha256: string; signature: string; sm2: Signature | null } | null {
  const at = file.lastIndexOf(`\n${TRAILER}`);
  if (at < 0) return null;
  try {
    const claim = JSON.parse(file.subarray(at + 1 + TRAILER.length).toString('latin1').trim()) as { keyId?: unknown; sha256?: unknown; signature?: unknown; sm2?: { keyId?: unknown; signature?: unknown } };
    if (typeof claim.keyId !== 'string' || typeof claim.sha256 !== 'string' || typeof claim.signature !== 'string') return null;
    const sm2 = typeof claim.sm2?.keyId === 'string' && typeof claim.sm2.signature === 'string' ? { keyId: claim.sm2.keyId, signature: claim.sm2.signature } : null;
    return { signed: file.subarray(0, at), keyId: claim.keyId, sha256: claim.sha256, signature: claim.signature, sm2 };
  } catch {
    return null;
  }
}
