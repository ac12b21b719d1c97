/**
 * The one label table (src/web/components/labels.ts and the domain's enum tables): every code the
 * server can show a person has a zh-CN name — audit actions, case statuses and actions, document
 * (template) types, error codes. A new code without a name fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATUSES } from '../src/domain/case.js';
import { DOCUMENT_TYPES, LICENCE_ACTIONS } from '../src/domain/licence.js';
import { ERRORS } from '../src/server/errors.js';
import { AUDIT_ACTIONS, auditActionLabel, isInternalPath, pathLabel, valueText } from '../src/web/components/labels.js';

const HAN = /\p{Script=Han}/u;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}
const server = sources('src/server').map((p) => fs.readFileSync(p, 'utf8'));

/** The values of each audit action written with a template, from the enums and schemas they come from. */
const TEMPLATES: Record<string, string[]> = {
  'case.${a.type}': Object.keys(CASE_ACTIONS),
  'licence.${body.type}': Object.keys(LICENCE_ACTIONS),
  // assessment.schemas.ts faultDecision, exchange.routes.ts inbound decision, hall.schemas.ts rectification actions
  'assessment.fault_${body.decision}': ['verified', 'dismissed'],
  'exchange.inbound_${body.decision}': ['confirm', 'decline'],
  'hall.rectification_${body.action}': ['verify', 'call_back', 'rectify', 'close'],
};

describe('one label table', () => {
  it('names every audit action the server writes', () => {
    const literal = server.flatMap((t) => [...t.matchAll(/action: '([a-z][a-z_]*\.[a-z_.]+)'/g)].map((m) => m[1]!));
    const templated = server.flatMap((t) => [...t.matchAll(/action: `([a-z_.]+\$\{[^}]+\})`/g)].map((m) => m[1]!));
    expect(templated.filter((t) => !(t in TEMPLATES))).toEqual([]);
    const all = [...new Set([...literal, ...templated.flatMap((t) => TEMPLATES[t]!.map((v) => t.replace(/\$\{[^}]+\}/, v)))])];
    expect(all.length).toBeGreaterThan(90);
    expect(all.filter((a) => !auditActionLabel(a) || !HAN.test(auditActionLabel(a)!))).toEqual([]);
    // no label for an action nobody writes
    expect(Object.keys(AUDIT_ACTIONS).filter((a) => !all.includes(a))).toEqual([]);
    expect(auditActionLabel('auth.login')).toBe('登录');
    expect(auditActionLabel('case.approve')).toBe('准予许可');
    expect(auditActionLabel('licence.revoke')).toBe('撤销证照');
  });

  it('names every case status and action, document type and error code in Chinese', () => {
    for (const table of [CASE_STATUSES, CASE_ACTIONS, LICENCE_ACTIONS]) expect(Object.values(table).filter((v) => !HAN.test(v))).toEqual([]);
    expect(Object.entries(DOCUMENT_TYPES).filter(([, d]) => !HAN.test(d.title))).toEqual([]);
    const untitled = Object.entries(ERRORS).filter(([, e]) => !HAN.test(e.title));
    expect(untitled.map(([code]) => code)).toEqual([]);
  });

  it('shows the public version history in words: field names, department names, no internal fields', () => {
    expect(pathLabel('promisedDays')).toBe('承诺时限（工作日）');
    expect(valueText('departmentCode', 'TA-R23', (c) => (c === 'TA-R23' ? '泰安市气象局' : c))).toBe('泰安市气象局');
    expect(valueText('regulatorCodes', ['TA-R23'], () => '泰安市气象局')).toBe('泰安市气象局');
    expect(['keywords', 'keywords[2]', 'disposition', 'warningDays'].filter((p) => !isInternalPath(p))).toEqual([]);
    expect(isInternalPath('promisedDays')).toBe(false);
  });
});
