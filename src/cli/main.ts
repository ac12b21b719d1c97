/**
 * `shenpi` command: migrate, seed, OpenAPI document, catalog import/export, guide evaluation,
 * offline licence and document verification, signing key rotation.
 */
import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { seedDatabase } from '../server/demo/seed.js';
import { openDatabase } from '../server/platform/db.js';
import { createLogger } from '../server/platform/logger.js';
import { migrate } from '../server/platform/migrate.js';
import { API_TYPES_FILE, OPENAPI_FILE, renderApiTypes, renderOpenApi } from './openapi.js';
import { DB_TYPES_FILE, renderDbTypes } from './db-types.js';
import { registerAnalyticsCommands } from './analytics.js';
import { registerCatalogCommands } from './catalog.js';
import { registerGuideCommands } from './guide.js';
import { registerLicenceCommands } from './licence.js';
import { registerNotifySim } from './notify-sim.js';
import { registerPaySim } from './pay-sim.js';
import { registerProvinceSim } from './province-sim.js';
import { registerRegulatorSim } from './regulator-sim.js';

const program = new Command('shenpi').description('Shenpi 审批 command line');

program
  .command('migrate')
  .description('apply pending database migrations (embedded database, or DATABASE_URL)')
  .action(async () => {
    const config = loadConfig();
    const db = await openDatabase(config);
    try {
      if (db.fromTemplate) console.log('created from the build\'s migrated template (dist/db)');
      const applied = await migrate(db);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    } finally {
      await db.close();
    }
  });

program
  .command('seed')
  .description('load the demo bureau into the database if it is not there yet')
  .action(async () => {
    const config = loadConfig();
    const wrote = await seedDatabase(config, createLogger(config.logLevel));
    console.log(wrote ? 'demo bureau loaded' : 'demo bureau already present');
  });

program
  .command('openapi')
  .description(`print the OpenAPI document, or --write it to ${OPENAPI_FILE} and the web app's types generated from it to ${API_TYPES_FILE}`)
  .option('--write', 'write the committed copies')
  .action(async (opts: { write?: boolean }) => {
    const text = await renderOpenApi();
    if (opts.write) {
      fs.writeFileSync(OPENAPI_FILE, text);
      console.log(`wrote ${OPENAPI_FILE}`);
      fs.writeFileSync(API_TYPES_FILE, await renderApiTypes(text));
      console.log(`wrote ${API_TYPES_FILE}`);
    } else process.stdout.write(text);
  });

program
  .command('db-types')
  .description(`print the row types of a freshly migrated database, or --write them to ${DB_TYPES_FILE}`)
  .option('--write', 'write the committed copy')
  .action(async (opts: { write?: boolean }) => {
    const text = await renderDbTypes();
    if (opts.write) {
      fs.writeFileSync(DB_TYPES_FILE, text);
      console.log(`wrote ${DB_TYPES_FILE}`);
    } else process.stdout.write(text);
  });

registerCatalogCommands(program);
registerGuideCommands(program);
registerLicenceCommands(program);
registerRegulatorSim(program);
registerNotifySim(program);
registerProvinceSim(program);
registerPaySim(program);
registerAnalyticsCommands(program);

await program.parseAsync(process.argv);
