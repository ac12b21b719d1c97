/**
 * PDF documents in Chinese, issued by the bureau: what a document is made of (`PdfSpec`), its
 * rendering in a pool of worker threads (pdf-render.ts draws; the request event loop never does),
 * and the Ed25519 and SM2 signatures appended as a trailer.
 *
 * The signature trailer is a PDF comment after %%EOF, ignored by readers:
 *   %SHENPI-SIGNATURE {"alg":"Ed25519","keyId":…,"sha256":…,"signature":…,"sm2":{"alg":"SM2","keyId":…,"signature":…}}
 * Both sign the SHA-256 (hex text) of every byte before it; `readSignature` splits a file back
 * into the two (files signed before SM2 have no "sm2").
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { DateStr } from '../../domain/calendar.js';
import type { Seal, Signature } from './signing.js';

/** The issuing body as it appears on every document and seal. */
export const BUREAU_NAME = '泰安市行政审批服务局';

/** One block of a page, top to bottom. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'para'; text: string; indent?: boolean; bold?: boolean }
  | { kind: 'bullet'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'facts'; rows: [label: string, value: string][] }
  | { kind: 'space'; height: number };

/** What a document is made of. */
export interface PdfSpec {
  /** document title in the PDF metadata */
  title: string;
  blocks: Block[];
  /** the day the document is issued (YYYY-MM-DD): printed under the seal as 2026年11月25日, and the file's creation date */
  on: DateStr;
  /** text encoded in a QR code at the bottom left (the verification link) */
  qr?: string;
  /** its printed size in points (default 110) */
  qrSize?: number;
  /** small print at the bottom of the page */
  footer?: string;
  /** the body issuing the document, on the header, the signature line and the seal (default: the bureau) */
  issuer?: Issuer;
}

/** An issuing body: its name and the words of its seal. */
export interface Issuer {
  name: string;
  seal: string;
}

/** The bureau as issuer of its own decisions. */
export const BUREAU_ISSUER: Issuer = { name: BUREAU_NAME, seal: '行政审批专用章' };

/** The issuer of a decision by its body's name: the bureau's 行政审批专用章, or a stationed agency's 业务专用章. */
export function issuerOf(name: string): Issuer {
  return name === BUREAU_NAME ? BUREAU_ISSUER : { name, seal: '业务专用章' };
}


/**
 * The worker threads that draw PDFs (a few tens of ms of CPU each, more for the first with its
 * fonts): at most one core less than the machine has, none while idle (a thread ends after a
 * minute without work and never keeps the process alive). Running from TypeScript sources (tsx,
 * vitest) the workers load them through tsx as well; the build runs the compiled worker. Piscina itself is loaded
 * with the first document, not at start.
 */
let pool: Promise<Piscina> | null = null;
function workers(): Promise<Piscina> {
  pool ??= import('piscina').then(({ Piscina }) => {
    const here = fileURLToPath(import.meta.url);
    const fromSource = here.endsWith('.ts');
    return new Piscina({
      filename: path.join(path.dirname(here), `pdf.worker${fromSource ? '.ts' : '.js'}`),
      minThreads: 0,
      maxThreads: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
      idleTimeout: 60_000,
      execArgv: fromSource && !process.execArgv.some((a) => a.includes('tsx')) ? [...process.execArgv, '--import', 'tsx'] : process.execArgv,
    });
  });
  return pool;
}

/** Render a document to PDF bytes (unsigned) on a worker thread. */
export async function renderPdf(spec: PdfSpec): Promise<Buffer> {
  const bytes = (await (await workers()).run(spec)) as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
