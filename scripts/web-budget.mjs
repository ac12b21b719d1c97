// The home page's JavaScript budget (ADR 0024, issue #18): what a first visit to / loads — the entry chunk, the
// portal home page's chunk and every chunk they import statically — gzipped, from a vite build's manifest.
// `npm test` (e2e/run.mjs) builds the web app with its manifest and runs this: over the budget, or with a
// back-office chunk (ECharts, the form designer, the admin layout) in it, it exits 1. `npm run lighthouse`
// measures the same bytes in the browser.
//
//   npx vite build --manifest --outDir tmp/web-budget && node scripts/web-budget.mjs tmp/web-budget
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** kB (1,024 bytes) of gzip JavaScript the home page may load. */
export const HOME_JS_KB_GZIP = 250;
/** The home page's module, as the manifest names it. */
const HOME_PAGE = 'src/web/features/portal/HomePage.tsx';

/** The home page's chunks (file, bytes, gzip bytes) in the build at `outDir`, built with `--manifest`. */
export function homeScripts(outDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry || !manifest[HOME_PAGE]) throw new Error(`no entry or no ${HOME_PAGE} in ${outDir}'s manifest`);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  visit(entry);
  visit(HOME_PAGE);
  return [...seen].map((k) => {
    const body = fs.readFileSync(path.join(outDir, manifest[k].file));
    // gzip at its default level, as `npm run lighthouse` measures
    return { file: manifest[k].file, bytes: body.length, gzip: gzipSync(body).length };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scripts = homeScripts(process.argv[2] ?? 'dist/web').sort((a, b) => b.gzip - a.gzip);
  for (const s of scripts) console.log(`${(s.gzip / 1024).toFixed(1).padStart(7)} kB gzip ${(s.bytes / 1024).toFixed(1).padStart(7)} kB  ${s.file}`);
  const kb = scripts.reduce((a, s) => a + s.gzip, 0) / 1024;
  // the back office's libraries stay out of it
  const backOffice = scripts.map((s) => s.file).filter((f) => /echarts|ApplicationForm|AdminLayout/.test(f));
  console.log(`home page: ${scripts.length} scripts, ${kb.toFixed(1)} kB gzip (budget ${HOME_JS_KB_GZIP})${backOffice.length ? `; back-office chunks in it: ${backOffice.join(', ')}` : ''}`);
  if (kb > HOME_JS_KB_GZIP || backOffice.length) {
    console.error(`FAIL: the home page's JavaScript is over its budget or loads the back office (ADR 0024)`);
    process.exitCode = 1;
  }
}
