/**
 * Every error code the API answers with, gathered from the modules' `<module>.errors.ts` and the
 * platform's (docs/adr/0017): the error handler maps a code to its HTTP status here, at the edge,
 * and the OpenAPI document lists them (`x-error-codes`). test/errors.test.ts checks that every
 * code thrown in src/ is registered, with the status it is thrown with, and no code twice.
 */
import { PLATFORM_ERRORS, type ErrorEntry, type ErrorTable } from './platform/errors.js';
import { ANALYTICS_ERRORS } from './modules/analytics/analytics.errors.js';
import { ASSESSMENT_ERRORS } from './modules/assessment/assessment.errors.js';
import { AUTH_ERRORS } from './modules/auth/auth.errors.js';
import { CALENDAR_ERRORS } from './modules/calendar/calendar.errors.js';
import { CASES_ERRORS } from './modules/cases/cases.errors.js';
import { CATALOG_ERRORS } from './modules/catalog/catalog.errors.js';
import { DOCUMENTS_ERRORS } from './modules/documents/documents.errors.js';
import { EXCHANGE_ERRORS } from './modules/exchange/exchange.errors.js';
import { EXPERTS_ERRORS } from './modules/experts/experts.errors.js';
import { FEES_ERRORS } from './modules/fees/fees.errors.js';
import { GUIDE_ERRORS } from './modules/guide/guide.errors.js';
import { HALL_ERRORS } from './modules/hall/hall.errors.js';
import { INSPECTIONS_ERRORS } from './modules/inspections/inspections.errors.js';
import { LICENCES_ERRORS } from './modules/licences/licences.errors.js';
import { NOTICES_ERRORS } from './modules/notices/notices.errors.js';
import { ORG_ERRORS } from './modules/org/org.errors.js';
import { PROJECTS_ERRORS } from './modules/projects/projects.errors.js';
import { PROVINCE_ERRORS } from './modules/province/province.errors.js';
import { REGULATORS_ERRORS } from './modules/regulators/regulators.errors.js';

/** The tables, platform first; a code belongs to exactly one. */
export const ERROR_TABLES: readonly ErrorTable[] = [
  PLATFORM_ERRORS,
  ANALYTICS_ERRORS,
  ASSESSMENT_ERRORS,
  AUTH_ERRORS,
  CALENDAR_ERRORS,
  CASES_ERRORS,
  CATALOG_ERRORS,
  DOCUMENTS_ERRORS,
  EXCHANGE_ERRORS,
  EXPERTS_ERRORS,
  FEES_ERRORS,
  GUIDE_ERRORS,
  HALL_ERRORS,
  INSPECTIONS_ERRORS,
  LICENCES_ERRORS,
  NOTICES_ERRORS,
  ORG_ERRORS,
  PROJECTS_ERRORS,
  PROVINCE_ERRORS,
  REGULATORS_ERRORS,
];

/** Every registered code with its status and default message. */
export const ERRORS: ErrorTable = Object.freeze(Object.assign({}, ...ERROR_TABLES) as Record<string, ErrorEntry>);

/** The registry as the OpenAPI document lists it, sorted by code. */
export function errorCodesDoc(): { code: string; status: number; title: string }[] {
  return Object.entries(ERRORS)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, e]) => ({ code, status: e.status, title: e.title }));
}
