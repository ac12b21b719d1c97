import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  idNumberCheckChar,
  isValidCreditCode,
  isValidIdNumber,
  maskIdNumber,
  maskPersonalData,
  maskPhone,
} from './identifiers.js';

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    // codes printed on real business licences
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91110000600037341L')).toBe(true);
  });
  it('rejects a wrong check character, a forbidden letter and a wrong length', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });
  it('every 17-character body has exactly one valid check character', () => {
    const body = fc.array(fc.constantFrom(...CREDIT_ALPHABET), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));
    fc.assert(
      fc.property(body, (b) => {
        const valid = [...CREDIT_ALPHABET].filter((c) => isValidCreditCode(b + c));
        return valid.length === 1 && valid[0] === creditCodeCheckChar(b);
      }),
    );
  });
  it('detects any single changed character', () => {
    const body = fc.array(fc.constantFrom(...CREDIT_ALPHABET), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (b, pos, shift) => {
        const code = b + creditCodeCheckChar(b);
        const v = CREDIT_ALPHABET.indexOf(code.charAt(pos));
        const changed = code.slice(0, pos) + CREDIT_ALPHABET.charAt((v + shift) % 31) + code.slice(pos + 1);
        return !isValidCreditCode(changed);
      }),
    );
  });
});

describe('居民身份证号 (GB 11643-1999)', () => {
  it('accepts the standard example and checks the birth date', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    // 1949-02-30 does not exist even with a correct check character
    const body = '11010519490230002';
    expect(isValidIdNumber(body + idNumberCheckChar(body))).toBe(false);
  });
  it('detects any single changed digit', () => {
    const body = fc.tuple(fc.stringMatching(/^3709\d{2}$/), fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), fc.stringMatching(/^\d{3}$/));
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), ([area, date, seq], pos, shift) => {
        const b = `${area}${date.toISOString().slice(0, 10).replaceAll('-', '')}${seq}`;
        const id = b + idNumberCheckChar(b);
        if (!isValidIdNumber(id)) return false;
        const d = (Number(id.charAt(pos)) + shift) % 10;
        return !isValidIdNumber(id.slice(0, pos) + d + id.slice(pos + 1));
      }),
    );
  });
});

describe('masking', () => {
  it('masks for display', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13805381234')).toBe('138****1234');
  });
  it('masks every id number and mobile number inside free text', () => {
    const line = '{"msg":"applicant 11010519491231002X phone 13805381234 case 2026000123 tel 0538-6996123"}';
    const masked = maskPersonalData(line);
    expect(masked).not.toContain('11010519491231002X');
    expect(masked).not.toContain('13805381234');
    expect(masked).toContain('110105********002X');
    expect(masked).toContain('138****1234');
    expect(masked).toContain('2026000123');
    expect(masked).toContain('0538-6996123');
  });
});
