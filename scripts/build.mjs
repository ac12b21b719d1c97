// The production build (ADR 0023): the server (src/server, src/domain, src/cli) compiled file by file with
// esbuild into dist/server, dist/domain, dist/cli — the same depth as in src/, so every path a module
// resolves from import.meta.url (migrations/, templates/, demo/, dist/web) is the same compiled or not; the
// packages of many small modules (VENDORED) bundled into shared chunks in dist/vendor —
// and the web app with vite into dist/web; dist/db holds a migrated empty embedded database that new data directories
// start from (platform/db.ts). Each part records a hash of its inputs (dist/<part>/.inputs);
// `--if-stale` rebuilds only a part whose inputs changed (what `npm start` runs).
//
//   node scripts/build.mjs             every part, always (npm run build)
//   node scripts/build.mjs --if-stale  only what changed since the last build
//   node scripts/build.mjs server|web|db  one part (db: the migrated empty embedded database in dist/db)
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');

const SERVER_DIRS = ['src/server', 'src/domain', 'src/cli'];
/** The parts: their input files (relative to ROOT) and how to build them. */
const PARTS = {
  server: {
    inputs: () => [...SERVER_DIRS.flatMap((d) => walk(d)), 'package-lock.json', 'scripts/build.mjs'],
    stamp: path.join(DIST, 'server', '.inputs'),
    build: buildServer,
  },
  web: {
    inputs: () => [...walk('src/web'), ...walk('src/domain'), ...walk('public'), 'index.html', 'vite.config.ts', 'scripts/antd-static-style.mts', 'package-lock.json'],
    stamp: path.join(DIST, 'web', '.inputs'),
    build: buildWeb,
  },
  // the migrated empty embedded database a new data directory starts from (ADR 0023 decision 15); made by the
  // compiled server's code, so built after the server part
  db: {
    inputs: () => [...walk('migrations'), 'src/server/platform/db.ts', 'src/server/platform/migrate.ts', 'src/server/platform/migrations.ts', 'package-lock.json', 'scripts/build.mjs'],
    stamp: path.join(DIST, 'db', '.inputs'),
    build: buildDb,
  },
};

function walk(dir) {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

/** A hash over the inputs' names and contents (not their times: a fresh clone's files are all new). */
export function inputsHash(part) {
  const h = createHash('sha256');
  for (const f of PARTS[part].inputs()) h.update(f).update('\0').update(fs.readFileSync(path.join(ROOT, f))).update('\0');
  return h.digest('hex');
}

export function isFresh(part) {
  const stamp = PARTS[part].stamp;
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === inputsHash(part);
}

/**
 * Packages of many small ES modules, bundled into shared chunks under dist/vendor: Kysely is 263 files and zod 95,
 * and a start resolved, read and instantiated each (~200 ms of a restart on this project's 2-core machine; one
 * file each takes ~15 ms). fastify-type-provider-zod goes with zod, so the schemas and the code that reads them
 * share one zod. Every other package stays in node_modules, loaded by Node as usual.
 */
export const VENDORED = ['kysely', 'zod', 'fastify-type-provider-zod'];
const vendoredOnly = {
  name: 'vendored-only',
  setup(build) {
    const isVendored = (p) => VENDORED.some((v) => p === v || p.startsWith(`${v}/`));
    // our own modules stay one output file each (their import.meta.url paths depend on it), other packages external
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.path.startsWith('.')) return args.importer.includes(`${path.sep}node_modules${path.sep}`) ? undefined : { path: args.path, external: true };
      if (path.isAbsolute(args.path) || isVendored(args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

async function buildServer() {
  const esbuild = await import('esbuild');
  for (const d of [...SERVER_DIRS, 'src/vendor']) fs.rmSync(path.join(DIST, d.slice('src/'.length)), { recursive: true, force: true });
  const files = SERVER_DIRS.flatMap((d) => walk(d));
  const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir: 'dist',
    outbase: 'src',
    bundle: true,
    splitting: true,
    chunkNames: 'vendor/[name]-[hash]',
    plugins: [vendoredOnly],
    platform: 'node',
    format: 'esm',
    target: 'node20.10',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // data files beside the code (the CLI's JSON schema)
  for (const f of files.filter((f) => !f.endsWith('.ts'))) {
    const to = path.join(DIST, path.relative('src', f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), to);
  }
  await esbuild.stop?.();
  return entryPoints.length;
}

// --manifest: the server reads it to name each portal page's chunks for preloading (src/server/platform/web-pages.ts)
async function buildWeb() {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const status = await new Promise((resolve, reject) =>
    spawn(process.execPath, [vite, 'build', '--manifest', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' }).on('error', reject).on('exit', resolve),
  );
  if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
  precompress(path.join(DIST, 'web'));
}

async function buildDb() {
  const { makeTemplate } = await import(pathToFileURL(path.join(DIST, 'server', 'platform', 'migrate.js')).href);
  await makeTemplate(path.join(DIST, 'db'));
}

/**
 * A .br and a .gz beside every text file of the web app worth compressing: the server sends them to a
 * browser that accepts them (@fastify/static preCompressed), so nothing is compressed per request (ADR 0024).
 */
function precompress(dir) {
  for (const f of walk(path.relative(ROOT, dir))) {
    if (!/\.(js|css|html|svg|json|txt|map)$/.test(f)) continue;
    const body = fs.readFileSync(path.join(ROOT, f));
    if (body.length < 1024) continue;
    fs.writeFileSync(path.join(ROOT, `${f}.br`), zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    fs.writeFileSync(path.join(ROOT, `${f}.gz`), zlib.gzipSync(body, { level: 9 }));
  }
}

/**
 * Build the named parts (all when none); with ifStale, only those whose inputs changed. The server first (the db
 * part runs its compiled code), then the web app and the database template side by side. Returns what was built.
 */
export async function build({ parts = Object.keys(PARTS), ifStale = false, log = console.log } = {}) {
  const one = async (part) => {
    const hash = inputsHash(part);
    if (ifStale && fs.existsSync(PARTS[part].stamp) && fs.readFileSync(PARTS[part].stamp, 'utf8').trim() === hash) return [];
    const t0 = performance.now();
    await PARTS[part].build();
    fs.mkdirSync(path.dirname(PARTS[part].stamp), { recursive: true });
    fs.writeFileSync(PARTS[part].stamp, `${hash}\n`);
    log(`built dist/${part} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return [part];
  };
  const first = parts.includes('server') ? await one('server') : [];
  const rest = await Promise.all(parts.filter((p) => p !== 'server').map(one));
  return [...first, ...rest.flat()];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const parts = args.filter((a) => a in PARTS);
  try {
    const built = await build({ parts: parts.length ? parts : undefined, ifStale: args.includes('--if-stale') });
    if (!built.length) console.log('dist/ is up to date');
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
