/**
 * The analytics module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const ANALYTICS_ERRORS = {
  'ANALYTICS.EXPORT_TOO_LARGE': { status: 400, title: '导出行数过多，请缩小范围' },
  'ANALYTICS.NOT_A_DIMENSION': { status: 400, title: '该事项的申请表没有把此项标为统计维度' },
} as const satisfies ErrorTable;
