/**
 * Names shared by the global set-up and the test files.
 */

/** PostgreSQL template database name. */
export const TEMPLATE_DB = 'shenpi_template';


declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite template data directory, when the suite runs on the embedded database. */
    pgliteTemplate: string | null;
  }
}
