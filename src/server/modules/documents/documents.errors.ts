/**
 * The documents module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const DOCUMENTS_ERRORS = {
  'DOCUMENT.NOT_FOUND': { status: 404, title: '文书不存在' },
  'DOCUMENT.TEMPLATE_INVALID': { status: 400, title: '模板语法错误' },
} as const satisfies ErrorTable;
