/**
 * The provincial platform's wire protocol (docs/province-platform.md): one record per POST, signed
 * with the bureau's app secret (HMAC-SHA256 over app id, timestamp, nonce and the body's SHA-256),
 * answered with a receipt: accepted with its id, or rejected with the platform's reason.
 */
import crypto from 'node:crypto';
import { z } from 'zod';

/** The platform's paths of the three record kinds; the licence path is under the library's base URL. */
export const PROVINCE_PATHS = { banjian: '/banjian', rating: '/haochaping', licence: '/licences' } as const;
export type PushKind = keyof typeof PROVINCE_PATHS;

/** Where and as whom to push (config.province). */
export interface PlatformConfig {
  url: string;
  libraryUrl: string;
  appId: string;
  appSecret: string;
}

/** The string the signature is computed over: app id, timestamp, nonce and the body's SHA-256, one a line. */
export function signingString(appId: string, timestamp: string, nonce: string, body: string): string {
  return `${appId}\n${timestamp}\n${nonce}\n${crypto.createHash('sha256').update(body).digest('hex')}`;
}

/** The headers of one signed request; the timestamp is the real time, which the platform checks against its own. */
export function signedHeaders(appId: string, appSecret: string, body: string, nowMs = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = crypto.randomBytes(16).toString('hex');
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-app-id': appId,
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': crypto.createHmac('sha256', appSecret).update(signingString(appId, timestamp, nonce, body)).digest('hex'),
  };
}

/** What one POST came to: the platform's receipt, or a failure to retry. */
export type PushAnswer =
  | { outcome: 'accepted'; receiptId: string }
  | { outcome: 'rejected'; reason: string; errors: { field: string; message: string }[] }
  | { outcome: 'failed'; error: string };

const EXCERPT = 300;

/** POST one record and read the receipt; anything but a receipt (network, 5xx, 401, a body that is not one) is a failure. */
export async function postRecord(p: PlatformConfig, kind: PushKind, record: unknown, timeoutMs: number): Promise<PushAnswer> {
  const body = JSON.stringify(record);
  const url = `${kind === 'licence' ? p.libraryUrl : p.url}${PROVINCE_PATHS[kind]}`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: signedHeaders(p.appId, p.appSecret, body), body, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return { outcome: 'failed', error: `${err instanceof Error ? err.message : String(err)}${cause}`.slice(0, 500) };
  }
  const text = (await res.text().catch(() => '')).slice(0, 20_000);
  if (res.status !== 200) return { outcome: 'failed', error: `HTTP ${res.status}: ${text.slice(0, EXCERPT)}` };
  try {
    const r = JSON.parse(text) as { code?: unknown; accepted?: unknown; receiptId?: unknown; reason?: unknown; errors?: unknown };
    if (r.accepted === true && typeof r.receiptId === 'string') return { outcome: 'accepted', receiptId: r.receiptId.slice(0, 100) };
    if (r.accepted === false && typeof r.reason === 'string') {
      const errors = Array.isArray(r.errors) ? (r.errors as { field?: unknown; message?: unknown }[]).slice(0, 50).map((e) => ({ field: String(e.field ?? '').slice(0, 200), message: String(e.message ?? '').slice(0, 300) })) : [];
      return { outcome: 'rejected', reason: r.reason.slice(0, 1000), errors };
    }
  } catch {
    // not JSON: below
  }
  return { outcome: 'failed', error: `HTTP 200 without a receipt: ${text.slice(0, EXCERPT)}` };
}

/** A licence as the library answers a holder's query: the latest record of each (docs/province-platform.md). */
const libraryLicence = z.looseObject({
  recordId: z.string(),
  licenceNo: z.string(),
  version: z.number().int(),
  status: z.string(),
  typeName: z.string(),
  deptCode: z.string(),
  validTo: z.string().nullable(),
  holder: z.object({ type: z.string(), name: z.string(), idCode: z.string() }),
});
export type LibraryLicence = z.infer<typeof libraryLicence>;

/** A holder's licences in the library (GET, signed over the empty body); throws when the library cannot answer. */
export async function queryLibrary(p: PlatformConfig, holderId: string, timeoutMs: number): Promise<LibraryLicence[]> {
  const res = await fetch(`${p.libraryUrl}${PROVINCE_PATHS.licence}?holderId=${encodeURIComponent(holderId)}`, { headers: signedHeaders(p.appId, p.appSecret, ''), redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  if (res.status !== 200) throw new Error(`library answered HTTP ${res.status}`);
  const body = z.object({ code: z.literal('0'), items: z.array(z.unknown()) }).parse(await res.json());
  // a record the library holds in another shape is not offered
  return body.items.flatMap((i) => {
    const r = libraryLicence.safeParse(i);
    return r.success ? [r.data] : [];
  });
}
