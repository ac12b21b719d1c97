// `npm test` step for the browser tests: build the web app and hold the home page to its JavaScript budget
// (scripts/web-budget.mjs, ADR 0024), then run Playwright in Debian's chromium.
// Without /usr/bin/chromium the browser tests are skipped with a notice, except in CI, where it fails.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

try {
  execSync('npx vite build --manifest --logLevel warn', { stdio: 'inherit' });
  execSync('node scripts/web-budget.mjs dist/web', { stdio: 'inherit' });
} catch {
  process.exit(1);
}

if (!fs.existsSync('/usr/bin/chromium')) {
  const msg = 'browser tests need Debian chromium: apt-get update && apt-get install -y chromium';
  if (process.env.CI) {
    console.error(`FAIL: ${msg}`);
    process.exit(1);
  }
  console.warn(`\n*** browser tests SKIPPED: ${msg}\n`);
  process.exit(0);
}
try {
  execSync('npx playwright test', { stdio: 'inherit' });
} catch {
  process.exit(1);
}
