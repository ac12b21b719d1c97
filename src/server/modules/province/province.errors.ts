/**
 * The province module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message (test/errors.test.ts).
 */
import type { ErrorTable } from '../../platform/errors.js';

export const PROVINCE_ERRORS = {
  'PROVINCE.NOT_RESENDABLE': { status: 409, title: '只能重发被拒收或重试失败的记录' },
  'PROVINCE.PUSH_NOT_FOUND': { status: 404, title: '推送记录不存在' },
} as const satisfies ErrorTable;
