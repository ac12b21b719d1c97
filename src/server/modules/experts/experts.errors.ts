/**
 * The experts module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const EXPERTS_ERRORS = {
  'EXPERT.ALREADY_SIGNED': { status: 409, title: '评审意见已签署，不能修改' },
  'EXPERT.EXISTS': { status: 409, title: '该专家已在专家库中' },
  'EXPERT.NOT_ALL_SIGNED': { status: 409, title: '专家尚未全部签署评审意见，不能录入结论' },
  'EXPERT.NOT_ENOUGH': { status: 409, title: '符合条件的专家人数不足' },
  'EXPERT.NOT_FOUND': { status: 404, title: '专家不存在' },
  'EXPERT.REVIEW_CLOSED': { status: 409, title: '该专家评审已有结论' },
  'EXPERT.REVIEW_NOT_FOUND': { status: 404, title: '专家评审不存在' },
  'EXPERT.REVIEW_OPEN': { status: 409, title: '专家评审进行中，须在"专家评审"中录入评审结论后结束' },
  'EXPERT.STALE': { status: 409, title: '专家信息已被他人修改，请刷新后重试' },
} as const satisfies ErrorTable;
