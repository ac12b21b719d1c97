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

/** The web app's API types, generated from the committed document (test/api-types.test.ts checks the drift). */
export const API_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/api/openapi.gen.ts');

/** The TypeScript types of an OpenAPI document's paths and schemas (openapi-typescript; a development tool, so loaded only here). */
export async function renderApiTypes(openapiText: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(openapiText, { alphabetize: false });
  const header = [
    '/**',
    ' * The API v1 as TypeScript types, generated from docs/openapi.json by openapi-typescript.',
    ' * Do not edit: `npm run openapi` rewrites it with the document; test/api-types.test.ts fails on drift.',
    ' */',
    '/* eslint-disable */',
    '',
  ].join('\n');
  return `${header}${astToString(ast)}`;
}

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
