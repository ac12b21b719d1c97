/**
 * The regulators' workbench error codes (docs/adr/0017): the HTTP status each is answered with at
 * the edge and its default message. src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const REGULATORS_ERRORS = {
  'REGULATORS.EVENT_NOT_FOUND': { status: 404, title: '待签收事项不存在' },
  'REGULATORS.NO_DEPARTMENT': { status: 403, title: '账号未关联监管部门' },
} as const satisfies ErrorTable;
