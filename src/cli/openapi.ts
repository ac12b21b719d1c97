/**
 * The OpenAPI document as the app generates it, rendered the way the committed copy is stored.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import pino from 'pino';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { serviceClock } from '../server/platform/clock.js';
import type { DbHandle } from '../server/platform/db.js';
import type { Database } from '../server/platform/db-types.js';

/** The committed copy that the drift test compares against. */
export const OPENAPI_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/openapi.json');

/** Build the app without a database (routes only) and render its OpenAPI document. */
export async function renderOpenApi(): Promise<string> {
  // a database handle that never connects: rendering needs the routes, not the data
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const noDb: DbHandle = { db, kind: 'pglite', execScript: async () => {}, close: () => db.destroy() };
  const app = await buildApp({ config: loadConfig({ SHENPI_DATA_DIR: os.tmpdir() }), database: noDb, logger: pino({ level: 'silent' }), now: serviceClock() });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}
