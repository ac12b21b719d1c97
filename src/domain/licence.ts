/**
 * Electronic licences (电子证照) and the case documents (文书): numbers with their check
 * characters, the licence's status rules and the signed payload's canonical form. Pure: no I/O.
 */
import { addCalendarDays, type DateStr } from './dates.js';
import type { CaseActionType } from './case.js';

// ------------------------------------------------------------------------------ documents

/** The documents a case produces, their titles and the word of their number (泰审批X字〔2026〕N号). */
export const DOCUMENT_TYPES = {
  acceptance: { title: '受理通知书', word: '受' },
  rejection: { title: '不予受理决定书', word: '不受' },
  supplement: { title: '补正材料告知书', word: '补' },
  special_procedure: { title: '特殊程序告知书', word: '特' },
  extension: { title: '延期通知书', word: '延' },
  approval: { title: '准予行政许可决定书', word: '许' },
  refusal: { title: '不予行政许可决定书', word: '不许' },
  service_receipt: { title: '送达回证', word: '送' },
  inspection_report: { title: '现场踏勘报告', word: '勘' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** Which case action produces which documents (a decision is served with its 送达回证). */
export const DOCUMENTS_OF_ACTION: Readonly<Partial<Record<CaseActionType, readonly DocumentType[]>>> = {
  accept: ['acceptance'],
  deem_accept: ['acceptance'],
  accept_pending: ['acceptance'],
  reject: ['rejection', 'service_receipt'],
  request_supplement: ['supplement'],
  start_pause: ['special_procedure'],
  approve_extension: ['extension'],
  approve: ['approval', 'service_receipt'],
  refuse: ['refusal', 'service_receipt'],
};

/** The number of a document: 泰审批受字〔2026〕123号. */
export function documentNumber(type: DocumentType, year: number, seq: number): string {
  return `泰审批${DOCUMENT_TYPES[type].word}字〔${year}〕${seq}号`;
}

// ------------------------------------------------------------------------------ licence numbers

/**
 * Licence numbers: `TAXK` + year (4) + sequence of the year (6) + check character, e.g.
 * TAXK2026000123 + check. The check character is ISO 7064 MOD 11-2 over the ten digits, as in
 * the 身份证号: 0–9 or X, so a mistyped digit or two swapped digits are caught.
 */
export const LICENCE_PREFIX = 'TAXK';

function mod11_2(digits: string): string {
  let p = 0;
  for (const ch of digits) p = ((p + Number(ch)) * 2) % 11;
  const c = (12 - p) % 11;
  return c === 10 ? 'X' : String(c);
}

/** The licence number for a year and sequence. */
export function licenceNumber(year: number, seq: number): string {
  const digits = `${year}${String(seq).padStart(6, '0')}`;
  return `${LICENCE_PREFIX}${digits}${mod11_2(digits)}`;
}

/** Whether a licence number is well formed with the right check character. */
export function isValidLicenceNumber(no: string): boolean {
  const m = /^TAXK(\d{10})([\dX])$/.exec(no);
  return m !== null && mod11_2(m[1] ?? '') === m[2];
}

// ------------------------------------------------------------------------------ status

export const LICENCE_STATUSES = {
  valid: '有效',
  suspended: '暂停',
  revoked: '撤销',
  cancelled: '注销',
  expired: '过期',
  superseded: '已换发',
} as const;
export type LicenceStatus = keyof typeof LICENCE_STATUSES;

/** What the issuing bureau or a regulator may do to an issued licence. */
export const LICENCE_ACTIONS = {
  suspend: '暂停',
  restore: '恢复',
  revoke: '撤销',
  cancel: '注销',
} as const;
export type LicenceAction = keyof typeof LICENCE_ACTIONS;

/** The status an action leads to from a stored status, or null when the action does not apply. */
export function nextLicenceStatus(from: LicenceStatus, action: LicenceAction): LicenceStatus | null {
  switch (action) {
    case 'suspend':
      return from === 'valid' ? 'suspended' : null;
    case 'restore':
      return from === 'suspended' ? 'valid' : null;
    case 'revoke':
      return from === 'valid' || from === 'suspended' ? 'revoked' : null;
    case 'cancel':
      return from === 'valid' || from === 'suspended' || from === 'expired' ? 'cancelled' : null;
  }
}

/** The status a licence has today: a valid one past its last day is expired. */
export function effectiveStatus(stored: LicenceStatus, validTo: DateStr | null, today: DateStr): LicenceStatus {
  return stored === 'valid' && validTo !== null && today > validTo ? 'expired' : stored;
}

/** The last day of validity: `years` after the first day, less one day (null years: 长期有效). */
export function validUntil(from: DateStr, years: number | null): DateStr | null {
  if (years === null) return null;
  const y = Number(from.slice(0, 4)) + years;
  // 2024-02-29 + 1 year → 2025-02-28: clamp to the month's last day, then the day before
  const month = from.slice(5, 7);
  const day = Math.min(Number(from.slice(8, 10)), new Date(Date.UTC(y, Number(month), 0)).getUTCDate());
  return addCalendarDays(`${y}-${month}-${String(day).padStart(2, '0')}`, -1);
}

// ------------------------------------------------------------------------------ the signed payload

/** What a licence says, exactly as it is signed and carried in its QR code. */
export interface LicencePayload {
  /** payload format */
  v: 1;
  no: string;
  version: number;
  type: string;
  holder: string;
  /** 统一社会信用代码 in full; a person's 身份证号 masked (the QR code is readable by anyone) */
  holderId: string;
  item: string;
  itemCode: string;
  scope: string;
  /** the licence's fields filled from the application form by the item's mapping (主体业态, 经营项目…); absent when it maps none */
  fields?: Record<string, string>;
  conditions: string[];
  issuer: string;
  issuedOn: DateStr;
  validFrom: DateStr;
  validTo: DateStr | null;
  caseNo: string;
}

/** Canonical JSON of a payload: keys sorted, no spaces; what the signature covers. */
export function canonicalPayload(p: LicencePayload): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sorted(p));
}
