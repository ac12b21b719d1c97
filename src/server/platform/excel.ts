/**
 * exceljs, loaded the first time a workbook is read or written: it is a fifth of a second of module loading
 * that a start (and most processes' whole life) never needs (ADR 0023).
 */
import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

/** The exceljs module. */
export function excel(): Promise<typeof ExcelJS> {
  loaded ??= import('exceljs').then((m) => m.default);
  return loaded;
}
