/**
 * The route table of App.tsx, read from its source by the tests that need every page: the link
 * check (links.test.ts) and the accessibility spec (e2e/accessibility.spec.ts). Node only — the
 * app itself never imports this file.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One route: its full path pattern ('/admin' for the back office's index) and the area its AreaGuard names, if any. */
export interface RouteEntry {
  path: string;
  area?: string;
}

/** The pages of App.tsx's <Route> tree (its leaves; not the layouts), in source order. */
export function routeTable(): RouteEntry[] {
  const src = fs.readFileSync(path.join(import.meta.dirname, 'App.tsx'), 'utf8');
  const out: RouteEntry[] = [];
  const stack: string[] = [];
  // a tag ends at the first '>' outside braces: element={<Page />} is inside the tag
  for (let i = src.search(/<\/?Route\b/); i >= 0; ) {
    if (src.startsWith('</Route>', i)) stack.pop();
    else {
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        const ch = src[j];
        if (ch === '{') depth++;
        else if (ch === '}') depth--;
        else if (ch === '>' && depth === 0) break;
      }
      const tag = src.slice(i, j + 1);
      const attrs = tag.replace(/\{[^]*\}/g, (x) => x.replace(/"/g, ' '));
      const own = /\bpath="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const full = `/${[...stack, own].filter(Boolean).join('/')}`;
      const area = /<AreaGuard area="([^"]+)"/.exec(tag)?.[1];
      if (tag.endsWith('/>')) out.push(area ? { path: full, area } : { path: full });
      if (!tag.endsWith('/>')) stack.push(own);
    }
    const next = src.slice(i + 1).search(/<\/?Route\b/);
    i = next < 0 ? -1 : i + 1 + next;
  }
  return out;
}
