/**
 * A new embedded data directory starts as a copy of the build's migrated template (ADR 0023 decision 15) — only when
 * the template was made from today's migrations and PGlite; otherwise initdb and the migrations make it as before.
 * Embedded only: the PostgreSQL runs of the suite skip it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, templateFingerprint } from '../src/server/platform/db.js';
import { makeTemplate, migrate } from '../src/server/platform/migrate.js';
import { listMigrations, MIGRATIONS_DIR } from '../src/server/platform/migrations.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-tpl-'));
const template = path.join(root, 'template');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.SHENPI_TEST_DATABASE_URL))('the migrated template of an embedded database', () => {
  beforeAll(() => makeTemplate(template), 120_000);

  it('is made aside and renamed into place, bearing the fingerprint of the migrations and PGlite', () => {
    expect(fs.readFileSync(path.join(template, 'fingerprint'), 'utf8').trim()).toBe(templateFingerprint());
    expect(fs.existsSync(path.join(template, 'pgdata', 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(`${template}.making`)).toBe(false);
  });

  it('a new data directory starts as its copy: every migration recorded, none to apply, a working database', async () => {
    const dir = path.join(root, 'fresh', 'pgdata');
    fs.mkdirSync(dir, { recursive: true }); // openDatabase makes the directory, empty, before opening it
    const handle = await openPglite(dir, template);
    try {
      expect(handle.fromTemplate).toBe(true);
      expect(await migrate(handle)).toEqual([]);
      const rows = await handle.db.selectFrom('schema_migrations').select(['name', 'checksum']).orderBy('name').execute();
      expect(rows).toEqual(listMigrations().map((m) => ({ name: m.name, checksum: m.checksum })));
      // a table of the last migrations exists and takes rows
      await handle.db.insertInto('departments').values({ code: 'TPL-1', name: '模板测试局', kind: 'regulator' }).execute();
      expect(await handle.db.selectFrom('departments').select('code').where('code', '=', 'TPL-1').executeTakeFirst()).toEqual({ code: 'TPL-1' });
      // the one-statement check of a restart passes over neither a migration edited after it was applied nor a new one
      const first = listMigrations()[0];
      if (!first) throw new Error('no migrations');
      await handle.db.updateTable('schema_migrations').set({ checksum: 'edited' }).where('name', '=', first.name).execute();
      await expect(migrate(handle)).rejects.toThrow(`migration ${first.name} was changed after it was applied`);
      await handle.db.updateTable('schema_migrations').set({ checksum: first.checksum }).where('name', '=', first.name).execute();
      const more = path.join(root, 'more-migrations');
      fs.cpSync(MIGRATIONS_DIR, more, { recursive: true });
      fs.writeFileSync(path.join(more, '9999_template_test.sql'), 'CREATE TABLE template_test (id integer PRIMARY KEY);\n');
      expect(await migrate(handle, more)).toEqual(['9999_template_test.sql']);
      expect(await migrate(handle, more)).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(fs.readdirSync(path.dirname(dir)).filter((f) => f.includes('.copy-'))).toEqual([]);
  }, 120_000);

  it('a template of other migrations (or another PGlite) is not copied: initdb and the migrations make the database', async () => {
    const stale = path.join(root, 'stale');
    fs.cpSync(template, stale, { recursive: true });
    fs.writeFileSync(path.join(stale, 'fingerprint'), 'pglite 0.0.0 migrations 0000\n');
    const dir = path.join(root, 'from-stale', 'pgdata');
    fs.mkdirSync(dir, { recursive: true });
    const handle = await openPglite(dir, stale);
    try {
      expect(handle.fromTemplate).toBe(false);
      expect(await migrate(handle)).toEqual(listMigrations().map((m) => m.name));
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('an existing database is never replaced by the template', async () => {
    const dir = path.join(root, 'existing', 'pgdata');
    fs.mkdirSync(dir, { recursive: true });
    const first = await openPglite(dir, template);
    await first.db.insertInto('departments').values({ code: 'TPL-2', name: '已有数据局', kind: 'regulator' }).execute();
    await first.close();
    const again = await openPglite(dir, template);
    try {
      expect(again.fromTemplate).toBe(false);
      expect(await again.db.selectFrom('departments').select('code').where('code', '=', 'TPL-2').executeTakeFirst()).toEqual({ code: 'TPL-2' });
    } finally {
      await again.close();
    }
  }, 120_000);
});
