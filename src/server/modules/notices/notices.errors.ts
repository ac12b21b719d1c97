/**
 * The notices module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const NOTICES_ERRORS = {
  'NOTICE.NOT_FOUND': { status: 404, title: '没有这条未送达的短信' },
} as const satisfies ErrorTable;
