/**
 * The server's entry point (`node dist/server/main.js`, `npm start`). On Node 22.1+ it first turns on
 * Node's module compile cache (V8 code for every module, kept in the OS temporary directory, so a
 * restart does not compile the ~900 modules again: ADR 0023); the cache must be on before those
 * modules are parsed, hence the dynamic imports. It reads the configuration and begins opening the
 * database before the server's modules load: PGlite compiles its WebAssembly off the main thread
 * meanwhile (a fresh embedded demo database is first seeded by a child process). Then serve.ts
 * migrates, seeds the demo when asked, and listens.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [{ loadConfig }, { createLogger }, { openDatabase }, { serviceClock }, { seedInChild, seedsInChild }] = await Promise.all([
  import('./config.js'),
  import('./platform/logger.js'),
  import('./platform/db.js'),
  import('./platform/clock.js'),
  import('./demo/seed-child.js'),
]);
const config = loadConfig();
const log = createLogger(config.logLevel);
const now = serviceClock(config.clockStart);
// a fresh embedded demo database is seeded by a child process first (ADR 0023 decision 14)
const opening = (seedsInChild(config) ? seedInChild(config, log, now) : Promise.resolve()).then(() =>
  openDatabase({ ...config, onIdleError: (err) => log.warn({ err }, 'idle database connection lost') }),
);
opening.catch(() => undefined); // awaited (and a failure logged) by serve; not an unhandled rejection while its modules load
const { serve } = await import('./serve.js');
serve(config, log, opening, now);
