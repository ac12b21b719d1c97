/**
 * The row types are generated from the migrated schema: regenerating them gives the committed
 * src/server/platform/db-types.gen.ts byte for byte (`npm run db-types` writes it). The hand-written
 * rows in db-types*.ts are held to it by the typecheck (SchemaChecked in db-types.ts).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DB_TYPES_FILE, renderDbTypes } from '../src/cli/db-types.js';

describe('the database row types', () => {
  it('are what kysely-codegen makes of a freshly migrated database', async () => {
    const generated = await renderDbTypes();
    // the last migration's columns are there, with their types (a bigint read as a number, a JSON document)
    expect(generated).toMatch(/export interface FeeAssessments \{[^}]*\n {2}late_rule: Generated<JsonArray \| JsonObject \| boolean \| number \| string>;[^}]*\n {2}surcharge_fen: Generated<number>;/);
    expect(generated).toContain('  schema_migrations: SchemaMigrations;');
    expect(generated === fs.readFileSync(DB_TYPES_FILE, 'utf8'), 'src/server/platform/db-types.gen.ts is stale: run npm run db-types').toBe(true);
  });
});
