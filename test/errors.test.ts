/**
 * The error registry (docs/adr/0017): every code thrown in src/ is registered once, with the status
 * it is thrown with, and the committed OpenAPI document lists the registry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE } from '../src/cli/openapi.js';
import { ERROR_TABLES, ERRORS, errorCodesDoc } from '../src/server/errors.js';

/** Code-shaped literals that are not answers: the refusal the catalog maps to another code. */
const NOT_ANSWERED: Record<string, string> = { 'CATALOG.STAGE_ROLE': 'answered as CATALOG.STAGE_FORBIDDEN (catalog.service.ts stageError)' };

const CODE = /'([A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*)'/g;
/** A throw helper called with a literal code, and the status that helper answers with. */
const THROW = /\b(badRequest|notFound|conflict|refuseNotStationed|new DomainError|super)\(\s*'([A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*)'\s*,\s*(\d{3})?/g;
const HELPER_STATUS: Record<string, number> = { badRequest: 400, notFound: 404, conflict: 409, refuseNotStationed: 409 };
/** A registry entry's own line (the registries are not throw sites). */
const ENTRY = /^\s*'[A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*': \{ status: \d{3}, title: '[^']*' \},$/gm;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.errors.ts') && p !== path.join('src', 'server', 'errors.ts') ? [p] : [];
  });
}

const files = ['src/server', 'src/cli', 'src/domain'].flatMap(sources).map((p) => ({ p, text: fs.readFileSync(p, 'utf8').replace(ENTRY, '') }));

describe('the error registry', () => {
  it('registers each code once, in one table', () => {
    const all = ERROR_TABLES.flatMap((t) => Object.keys(t));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((c, i) => all.indexOf(c) !== i)).toEqual([]);
    expect(Object.keys(ERRORS).sort()).toEqual([...all].sort());
  });

  it('knows every code thrown in src/, with the status it is thrown with', () => {
    const unregistered = new Set<string>();
    const wrongStatus: string[] = [];
    for (const { p, text } of files) {
      for (const m of text.matchAll(CODE)) {
        const code = m[1] ?? '';
        if (!(code in ERRORS) && !(code in NOT_ANSWERED)) unregistered.add(`${code} (${p})`);
      }
      for (const m of text.matchAll(THROW)) {
        const [, helper = '', code = '', given] = m;
        const status = HELPER_STATUS[helper] ?? Number(given);
        const entry = ERRORS[code];
        if (entry && entry.status !== status) wrongStatus.push(`${code}: thrown with ${status} in ${p}, registered ${entry.status}`);
      }
    }
    expect([...unregistered]).toEqual([]);
    expect(wrongStatus).toEqual([]);
  });

  it('registers no code that nothing throws', () => {
    const used = new Set(files.flatMap(({ text }) => [...text.matchAll(CODE)].map((m) => m[1])));
    expect(Object.keys(ERRORS).filter((c) => !used.has(c))).toEqual([]);
  });

  it('has a zh-CN default message for each code and a 4xx/5xx status', () => {
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(e.title, code).toMatch(/[\u4e00-\u9fff]/);
      expect(e.status, code).toBeGreaterThanOrEqual(400);
    }
  });

  it('is listed in the committed OpenAPI document (x-error-codes)', () => {
    const doc = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8')) as { 'x-error-codes'?: unknown };
    expect(doc['x-error-codes']).toEqual(errorCodesDoc());
  });
});
