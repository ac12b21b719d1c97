/**
 * The guide module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const GUIDE_ERRORS = {
  'GUIDE.ANSWER_INVALID': { status: 400, title: '回答有误' },
  'GUIDE.ITEM_NOT_FOUND': { status: 400, title: '事项不存在或尚未发布' },
  'GUIDE.NOT_APPLICABLE': { status: 400, title: '该事项不在本级受理' },
  'GUIDE.SCENARIO_NOT_FOUND': { status: 404, title: '办事场景不存在' },
} as const satisfies ErrorTable;
