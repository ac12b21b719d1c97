/**
 * Identifiers worth validating (DOMAIN.md) and the masks that keep personal data off screens and logs.
 */

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a 统一社会信用代码 (GB 32100-2015) from its first 17 characters, or null if one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (CREDIT_WEIGHTS[i] ?? 0);
  }
  const c = 31 - (sum % 31);
  return CREDIT_ALPHABET.charAt(c === 31 ? 0 : c);
}

/** Whether a string is a valid 统一社会信用代码: 18 allowed characters with the right check character. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of a 居民身份证号 (GB 11643-1999) from its first 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK.charAt(sum % 11);
}

/** Whether a string is a valid 18-digit 居民身份证号: check character and a real birth date. */
export function isValidIdNumber(id: string): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (idNumberCheckChar(s.slice(0, 17)) !== s.charAt(17)) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a string is a mainland mobile number (11 digits starting with 1[3-9]). */
export function isValidMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}

/** 身份证号 for display: first 6 and last 4 kept, e.g. 370902********123X. */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** 张三 → 张*, 泰山食品有限公司 → 泰山****公司: enough to recognise, not to identify. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length <= 3) return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
  return `${chars.slice(0, 2).join('')}${'*'.repeat(Math.max(1, chars.length - 4))}${chars.slice(-2).join('')}`;
}

/** Phone number for display: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** Mask every 身份证号 and mobile number found in free text (log lines, error messages). */
export function maskPersonalData(text: string): string {
  return text.replace(ID_IN_TEXT, '$1********$2').replace(MOBILE_IN_TEXT, '$1****$2');
}
