/**
 * A fresh embedded demo database is migrated and seeded in a child process of its own (demo/seed-process.ts)
 * before the server opens it (ADR 0023 decision 14): the seed's high-water mark in PGlite's WebAssembly memory
 * leaves with that process, and the server starts as on a restart. Small on purpose: main.ts loads it before the
 * server's modules, which load meanwhile.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock } from '../platform/clock.js';
import { embeddedExists } from '../platform/db.js';

/** Whether this start seeds in a child: the demo on an embedded database that does not exist yet. */
export function seedsInChild(config: Config): boolean {
  return config.demo && !config.databaseUrl && !embeddedExists(config.dataDir);
}

/**
 * Run the child to its end. Its clock starts where `now` stands (the server's clock, so nothing it writes lies in
 * the server's future); a failure is logged, and the server seeds the rest itself after listening (a restart's path).
 */
export function seedInChild(config: Config, log: Logger, now: Clock): Promise<void> {
  const here = fileURLToPath(import.meta.url);
  const entry = path.join(path.dirname(here), `seed-process${path.extname(here)}`);
  return new Promise((resolve) => {
    const child = fork(entry, [], {
      env: { ...process.env, ...(config.clockStart ? { SHENPI_CLOCK: now().toISOString() } : {}) },
      execArgv: process.execArgv,
      stdio: 'inherit',
    });
    // a stop while it seeds stops it too (a later start resumes the seed); a killed server's child finishes alone
    const stop = (signal: NodeJS.Signals) => {
      child.kill(signal);
      child.once('exit', () => process.exit(1));
    };
    process.once('SIGTERM', stop).once('SIGINT', stop);
    const done = () => {
      process.off('SIGTERM', stop).off('SIGINT', stop);
      resolve();
    };
    child.on('error', (err) => {
      log.error({ err }, 'demo seed process did not start; the server seeds after listening');
      done();
    });
    child.on('exit', (code, signal) => {
      if (code !== 0) log.error({ code, signal }, 'demo seed process failed; the server seeds the rest after listening');
      done();
    });
  });
}
