// The packages the compiled server and CLI (dist/server, dist/domain, dist/cli, and the packages bundled into dist/vendor) import, checked against
// package.json: each must be a production dependency (`npm ci --omit=dev` installs it), or a Node built-in.
//   node scripts/runtime-imports.mjs   exit 1 and name the file when one is not
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, VENDORED } from './build.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const deps = new Set(Object.keys(pkg.dependencies ?? {}));
/** What the packages bundled into dist/vendor depend on themselves: npm installs those with them. */
const vendoredDeps = new Set(VENDORED.flatMap((v) => Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', v, 'package.json'), 'utf8')).dependencies ?? {})));
const builtins = new Set(builtinModules);
/** Development dependencies the compiled code loads only in development commands, by dynamic import. */
const DEV_ONLY = new Map([
  ['openapi-typescript', '`shenpi openapi --write` regenerates src/web/api/openapi.gen.ts, a development step'],
  ['kysely-codegen', '`shenpi db-types --write` regenerates src/server/platform/db-types.gen.ts, a development step'],
]);
// esbuild writes every specifier in double quotes: import … from "x"; export … from "x"; import "x"; import("x")
const SPEC = /^\s*(?:import|export)\b[^;"]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/gm;

export function runtimeImports() {
  const found = new Map(); // package → first file
  for (const dir of ['dist/server', 'dist/domain', 'dist/cli', 'dist/vendor']) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) throw new Error(`${dir} is missing: run npm run build`);
    for (const e of fs.readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith('.js')) continue;
      const file = path.join(e.parentPath, e.name);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(SPEC)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (spec.startsWith('.') || spec.startsWith('/')) continue;
        if (spec.startsWith('node:') || builtins.has(spec.split('/')[0])) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!found.has(name)) found.set(name, path.relative(ROOT, file));
      }
    }
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts', 'runtime-imports.mjs')) {
  const found = runtimeImports();
  const missing = [...found].filter(([name, file]) => !deps.has(name) && !DEV_ONLY.has(name) && !(file.startsWith(`dist${path.sep}vendor`) && vendoredDeps.has(name)));
  console.log(`runtime imports: ${found.size} packages, ${missing.length} not in dependencies`);
  for (const [name, file] of missing) console.log(`  ${name} (imported by ${file})`);
  const unused = [...deps].filter((d) => !found.has(d) && !VENDORED.includes(d));
  if (unused.length) console.log(`dependencies the compiled code never imports (fine when loaded by name, e.g. fonts): ${unused.join(', ')}`);
  process.exit(missing.length ? 1 : 0);
}
