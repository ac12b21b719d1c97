/**
 * The inspections module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const INSPECTIONS_ERRORS = {
  'INSPECTION.CASE_STATE': { status: 409, title: '办件受理后、作出决定前才能申请现场踏勘' },
  'INSPECTION.DONE': { status: 409, title: '踏勘报告已出具，不能再安排' },
  'INSPECTION.INSPECTORS': { status: 400, title: '只能指派踏勘人员' },
  'INSPECTION.NOT_APPLICABLE': { status: 400, title: '该事项目录未规定现场踏勘' },
  'INSPECTION.NOT_FOUND': { status: 404, title: '踏勘任务不存在' },
  'INSPECTION.NOT_OPEN': { status: 409, title: '踏勘已结束，不能取消' },
  'INSPECTION.NOT_RECORDED': { status: 409, title: '请先填写踏勘记录再确认' },
  'INSPECTION.OPEN': { status: 409, title: '该办件已有进行中的现场踏勘' },
  'INSPECTION.PHOTO_INVALID': { status: 400, title: '文件为空' },
  'INSPECTION.PHOTO_NOT_FOUND': { status: 404, title: '照片不存在' },
  'INSPECTION.REPORT_INVALID': { status: 400, title: '踏勘记录不完整' },
  'INSPECTION.STALE': { status: 409, title: '踏勘记录已被他人修改，请刷新后重试' },
} as const satisfies ErrorTable;
