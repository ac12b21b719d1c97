/**
 * The org module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const ORG_ERRORS = {
  'ORG.INVALID': { status: 400, title: '上级部门不存在' },
  'ORG.NOT_EMPTY': { status: 400, title: '机构数据已存在，不能重复导入' },
} as const satisfies ErrorTable;
