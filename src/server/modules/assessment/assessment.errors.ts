/**
 * The assessment module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const ASSESSMENT_ERRORS = {
  'ASSESSMENT.COMPLAINT_DECIDED': { status: 409, title: '该投诉已有核查结论' },
  'ASSESSMENT.COMPLAINT_NOT_FOUND': { status: 404, title: '投诉记录不存在' },
  'ASSESSMENT.FAULT_DECIDED': { status: 409, title: '该线索已有认定结论' },
  'ASSESSMENT.MONTH_CLOSED': { status: 409, title: '该月已结账' },
  'ASSESSMENT.MONTH_NOT_OVER': { status: 409, title: '只能对已结束的月份结账' },
  'ASSESSMENT.MONTH_OPEN': { status: 409, title: '该月尚未结账：未结账月份请直接更正来源记录（投诉、作风加减分、过错认定）' },
  'ASSESSMENT.NOT_A_FAULT': { status: 400, title: '该记录不是本月的严重过错线索' },
  'ASSESSMENT.REQUEST_KEY_REUSED': { status: 409, title: 'requestKey 已用于另一条投诉' },
  'ASSESSMENT.STAFF_NOT_FOUND': { status: 404, title: '考核对象不存在或不在您的查看范围' },
  'ASSESSMENT.STALE': { status: 409, title: '投诉记录已被他人更新，请刷新后重试' },
} as const satisfies ErrorTable;
