/**
 * The calendar module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const CALENDAR_ERRORS = {
  'CALENDAR.NOTICE_INVALID': { status: 400, title: '放假安排与法定节假日不符或有误' },
  'CALENDAR.NOTICE_NOT_FOUND': { status: 404, title: '没有录入该年放假安排' },
  'CALENDAR.OVERRIDE_NOT_FOUND': { status: 404, title: '该日没有本局调整' },
} as const satisfies ErrorTable;
