/**
 * Names shared by the global set-up and the test files.
 */

/** PostgreSQL template database name. */
export const TEMPLATE_DB = 'shenpi_template';

/** The same server URL pointing at another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite template data directory, when the suite runs on the embedded database. */
    pgliteTemplate: string | null;
  }
}
