/**
 * The child process that migrates and seeds a fresh embedded demo database before the server opens it
 * (demo/seed-child.ts starts it; ADR 0023 decision 14). PGlite's WebAssembly memory never gives pages back, so a
 * seed run in the server's own process would leave the server the seed's high-water mark for its whole life; here
 * it ends with the process. Its clock is the server's (SHENPI_CLOCK as the server read it at the spawn). Outliving a
 * killed server, it finishes the seed, closes the database and ends (the seed gives the event loop no turn to notice
 * sooner, and a half-written embedded database is worse than a restart refused for a minute: "in use by process").
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [{ loadConfig }, { createLogger }, { openDatabase }] = await Promise.all([import('../config.js'), import('../platform/logger.js'), import('../platform/db.js')]);
const config = loadConfig();
const log = createLogger(config.logLevel);
// the database opens (the template copied, PGlite's WebAssembly compiled off the main thread) while the seed's modules load
const opening = openDatabase(config);
opening.catch(() => undefined); // awaited (and a failure logged) below; not an unhandled rejection while the modules load
try {
  const { seedDatabase } = await import('./seed.js');
  await seedDatabase(config, log, opening);
  process.exit(0);
} catch (err) {
  log.error({ err }, 'demo seed in its own process failed');
  process.exit(1);
}
