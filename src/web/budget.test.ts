/**
 * The home page's JavaScript budget (ADR 0024): a production build of the web app, then the gzip bytes of what /
 * loads (the entry, the home page's chunk and their static imports) against HOME_JS_KB_GZIP. A size, not a time:
 * it does not depend on the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build } from 'vite';
// @ts-expect-error a plain ES module of the build scripts, without types
import { HOME_JS_KB_GZIP, homeScripts } from '../../scripts/web-budget.mjs';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-web-budget-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

it(`the home page loads at most ${HOME_JS_KB_GZIP} kB of gzip JavaScript`, { timeout: 300_000 }, async () => {
  // vitest runs with NODE_ENV=test, which would build React's development code
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const scripts: { file: string; gzip: number }[] = homeScripts(outDir);
  const kb = scripts.reduce((a, s) => a + s.gzip, 0) / 1024;
  const largest = [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 5).map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} kB`);
  expect(kb, `home page JavaScript ${kb.toFixed(1)} kB gzip; largest: ${largest.join(', ')}`).toBeLessThanOrEqual(HOME_JS_KB_GZIP);
  // the back office's libraries stay out of it
  expect(scripts.map((s) => s.file).filter((f) => /echarts|ApplicationForm|AdminLayout/.test(f))).toEqual([]);
});
