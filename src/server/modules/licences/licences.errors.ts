/**
 * The licences module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const LICENCES_ERRORS = {
  'LICENCE.ILLEGAL_ACTION': { status: 409, title: '证照当前状态不能执行该操作' },
  'LICENCE.NOT_FOUND': { status: 404, title: '证照编号不存在' },
} as const satisfies ErrorTable;
