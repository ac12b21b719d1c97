/**
 * `shenpi catalog import FILE.xlsx` and `shenpi catalog export FILE.xlsx`.
 */
import type { Command } from 'commander';

/** Add the catalog sub-commands. */
export function registerCatalogCommands(program: Command) {
  program.command('catalog').description('catalog import and export (.xlsx)');
}
