/**
 * Every link the web app makes inside itself leads to a page: the targets of `to=`, `href=`,
 * `navigate(…)`, the back-office menu and the `…Link = (…) =>` helpers of page addresses, read from the sources, are matched against the route
 * table of App.tsx (issue #14: a 预约办理 button led to 页面不存在). A `${…}` part of a target
 * stands for one path segment; the query string is not checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeTable } from './route-table';

const WEB = path.resolve(import.meta.dirname, '..');

function matches(pattern: string, target: string): boolean {
  const p = pattern.split('/').filter(Boolean);
  const t = target.split('/').filter(Boolean);
  if (p.at(-1) === '*') return false; // the not-found pages do not count
  return p.length === t.length && p.every((seg, i) => seg.startsWith(':') || seg === t[i] || (t[i] === '{}' && seg.startsWith(':')));
}

/** Link targets in the sources: file, the literal as written, the path it stands for. */
function linkTargets(): { file: string; raw: string; target: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && !e.name.endsWith('.gen.ts')) files.push(p);
    }
  };
  walk(WEB);
  const out: { file: string; raw: string; target: string }[] = [];
  const link = /(?:\b(?:to|href)=\{?\s*|\bnavigate\(\s*|\bpath:\s*|Link = \([^)]*\)(?::\s*string)?\s*=>\s*)(['"`])(\/[^'"`]*)\1/g;
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(link)) {
      const raw = m[2] ?? '';
      if (raw.startsWith('/api/') || raw.startsWith('//')) continue;
      const target = raw.replace(/\$\{[^}]*\}/g, '{}').split(/[?#]/)[0] ?? '';
      out.push({ file: path.relative(WEB, file), raw, target });
    }
  }
  return out;
}

describe('links inside the web app', () => {
  const patterns = routeTable().map((r) => r.path);
  const targets = linkTargets();

  it('reads the route table and the links (the check below is not vacuous)', () => {
    expect(patterns).toContain('/');
    expect(patterns).toContain('/items/:code');
    expect(patterns).toContain('/hall/kiosk');
    expect(patterns).toContain('/admin/cases/:caseNo');
    expect(targets.length).toBeGreaterThan(80);
    expect(targets.map((l) => l.target)).toContain('/appointments');
    expect(matches('/items/:code', '/items/{}')).toBe(true);
    expect(matches('/items/:code', '/items')).toBe(false);
  });

  it('every one leads to a page of the route table', () => {
    const broken = targets.filter((l) => !patterns.some((p) => matches(p, l.target)));
    expect(broken.map((l) => `${l.file}: ${l.raw}`)).toEqual([]);
  });
});
