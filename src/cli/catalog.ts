/**
 * `shenpi catalog export FILE.xlsx [--as USER]` and `shenpi catalog import FILE.xlsx --as USER [--batch NAME]`:
 * the same workbook and the same service calls as the HTTP API, acting as a named account.
 */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { defaultBatchName, importWorkbook, itemsToWorkbook, WorkbookInvalidError, type Progress } from '../server/modules/catalog/catalog.excel.js';
import { CatalogService } from '../server/modules/catalog/catalog.service.js';
import { authorizeUser, loadUserActor, type UserActor } from '../server/platform/auth.js';
import { openDatabase, type Db } from '../server/platform/db.js';
import { DomainError } from '../server/platform/errors.js';
import { migrate } from '../server/platform/migrate.js';

/** Add the catalog sub-commands. */
export function registerCatalogCommands(program: Command) {
  const catalog = program.command('catalog').description('catalog import and export (.xlsx, layout in docs/catalog-excel.md)');

  catalog
    .command('export')
    .description('write the confirmed catalog to an .xlsx workbook')
    .argument('<file>', 'the .xlsx file to write')
    .option('--as <username>', 'the account to act as (needs catalog.export)', 'admin')
    .action(async (file: string, opts: { as: string }) => {
      await run(async (db) => {
        const started = Date.now();
        const actor = await actorByUsername(db, opts.as);
        const items = await new CatalogService(db).exportItems(actor);
        const bar = progressBar('写出事项');
        const workbook = await itemsToWorkbook(items, bar.update);
        bar.stop();
        fs.writeFileSync(file, workbook);
        console.log(`exported ${items.length} items to ${file} in ${seconds(started)} s`);
      });
    });

  catalog
    .command('import')
    .description('import an .xlsx workbook: new and changed items become drafts of one new batch; any problem writes nothing')
    .argument('<file>', 'the .xlsx file to read')
    .requiredOption('--as <username>', 'the catalog editor whose name the drafts carry (needs catalog.edit)')
    .option('--batch <name>', 'name of the new batch (default: 目录导入 <date time>)')
    .action(async (file: string, opts: { as: string; batch?: string }) => {
      await run(async (db) => {
        const started = Date.now();
        const actor = await actorByUsername(db, opts.as);
        // as over HTTP: who may import is settled before the file is read
        authorizeUser(actor, 'catalog.edit');
        const content = fs.readFileSync(file);
        const service = new CatalogService(db);
        const name = opts.batch ?? defaultBatchName(new Date());
        const parsing = progressBar('解析行');
        // the drafts are written in a few statements however many (CatalogService.importItems): no bar for them
        const result = await importWorkbook(
          content,
          (items, dryRun) => {
            parsing.stop();
            return service.importItems(actor, items, { name, dryRun });
          },
          parsing.update,
        ).finally(() => parsing.stop());
        const batch = result.batchId ? `batch "${name}" (${result.batchId})` : 'no batch (nothing changed)';
        console.log(`imported ${file} in ${seconds(started)} s: ${result.created} drafts created, ${result.unchanged} unchanged, ${batch}`);
      });
    });
}

/** Open the database (migrated), run, close; problems of the workbook or the request end in exit code 1. */
async function run(body: (db: Db) => Promise<void>) {
  const handle = await openDatabase(loadConfig());
  try {
    await migrate(handle);
    await body(handle.db);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    console.error(`${err.code}: ${err.title}${err.detail ? ` (${err.detail})` : ''}`);
    if (err instanceof WorkbookInvalidError) for (const p of err.problems) console.error(`  ${p.address ? `${p.sheet}!${p.address}` : p.sheet}: ${p.message}`);
    else for (const e of err.errors) console.error(`  ${e.path}: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

async function actorByUsername(db: Db, username: string): Promise<UserActor> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  const actor = row ? await loadUserActor(db, row.id, null) : null;
  if (!actor) throw new DomainError('AUTH.UNKNOWN_USER', 400, `账号不存在：${username}`);
  return actor;
}

export interface Bar {
  update: Progress;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes and logs get the summary line only). */
export function progressBar(label: string): Bar {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started && !stopped) bar.stop();
      stopped = true;
    },
  };
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
