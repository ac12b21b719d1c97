/**
 * The migration files (migrations/NNNN_name.sql) and their fingerprint: what migrate.ts applies, and what names
 * the build's migrated template of an embedded database (db.ts, ADR 0023 decision 15).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds the project's migrations. */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** The migration files in the order they apply. */
export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string; checksum: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: crypto.createHash('sha256').update(text).digest('hex') };
    });
}

/** One hash over every migration's name and checksum: a database migrated from these files bears it. */
export function migrationsFingerprint(dir = MIGRATIONS_DIR): string {
  const h = crypto.createHash('sha256');
  for (const m of listMigrations(dir)) h.update(m.name).update('\0').update(m.checksum).update('\0');
  return h.digest('hex');
}
