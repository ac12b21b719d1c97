// `npm start`: the newcomer's one command. Builds what changed since the last build (the server in well
// under a second, the web app only when its sources did: scripts/build.mjs --if-stale), then runs the
// compiled server in this process. Without the development dependencies (`npm ci --omit=dev`) nothing is
// built: dist/ must be there already (`npm run start:prod` is the same start without this step).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, build } from './build.mjs';

const require = createRequire(import.meta.url);
const canBuild = ['esbuild', 'vite/package.json'].every((m) => {
  try {
    require.resolve(m);
    return true;
  } catch {
    return false;
  }
});
if (canBuild) await build({ ifStale: true });
const main = path.join(ROOT, 'dist', 'server', 'main.js');
if (!fs.existsSync(main)) {
  console.error('dist/server/main.js is missing and the build tools are not installed: run `npm ci && npm run build` first');
  process.exit(1);
}
await import(main);
