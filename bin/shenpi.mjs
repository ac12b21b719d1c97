#!/usr/bin/env node
// The `shenpi` command (npx shenpi …). In a development checkout (tsx installed) it runs the TypeScript
// CLI from src/ through tsx, so it is never older than the source; in a production install
// (`npm ci --omit=dev`) it runs the compiled CLI from dist/cli (`npm run build`).
import fs from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  register = undefined;
}
if (register && fs.existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  register();
  await import('../src/cli/main.ts');
} else if (fs.existsSync(compiled)) {
  await import(compiled.href);
} else {
  console.error('shenpi: neither tsx (npm ci) nor the compiled CLI (npm run build) is here');
  process.exit(1);
}
