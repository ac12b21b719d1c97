/**
 * Names shared by the global set-up and the test files.
 */

import { loadConfig } from '../src/server/config.js';
import { serviceClock, type Clock } from '../src/server/platform/clock.js';

/**
 * The suite's service clock: SHENPI_CLOCK when set (CI runs the API tests again at
 * 2026-12-31T23:30+08:00 and 2027-02-04T09:00+08:00), the real time otherwise. The template's
 * demo seed and every test app run on it, so no fixture meets another's "today".
 */
export function suiteClock(): Clock {
  return serviceClock(loadConfig({ SHENPI_CLOCK: process.env.SHENPI_CLOCK }).clockStart);
}

/** Prefix of every database a test run makes on a PostgreSQL server. */
export const TEST_DB_PREFIX = 'shenpi_t_';


declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite template data directory, when the suite runs on the embedded database. */
    pgliteTemplate: string | null;
    /** PostgreSQL template database of this run (runs side by side never share one), when SHENPI_TEST_DATABASE_URL is set. */
    pgTemplate: string | null;
  }
}
