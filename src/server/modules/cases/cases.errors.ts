/**
 * The cases module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const CASES_ERRORS = {
  'CASE.ACTION_NOT_FOUND': { status: 404, title: '办件没有该操作' },
  'CASE.ALREADY_TAKEN': { status: 409, title: '你已承办该办件' },
  'CASE.CLOSED': { status: 409, title: '办件已办结' },
  'CASE.COMMITMENT_NOT_ALLOWED': { status: 400, title: '该材料不适用告知承诺制' },
  'CASE.FILE_INVALID': { status: 400, title: '文件无效' },
  'CASE.FORM_INVALID': { status: 400, title: '申请表填写有误，请修改后再提交' },
  'CASE.FILE_NOT_FOUND': { status: 404, title: '文件不存在' },
  'CASE.ILLEGAL_TRANSITION': { status: 409, title: '办件当前状态不能执行该操作' },
  'CASE.ITEM_NOT_AVAILABLE': { status: 400, title: '该事项已取消或下放，本局不再受理' },
  'CASE.LICENCE_INVALID': { status: 400, title: '申请所涉证照不符合变更、延续条件' },
  'CASE.MATERIALS_MISSING': { status: 400, title: '请先上传补正告知书列明的全部材料' },
  'CASE.MATERIAL_CLOSED': { status: 409, title: '该材料当前不能上传或更换' },
  'CASE.REALNAME_LEVEL_TOO_LOW': { status: 403, title: '账号的实名等级低于该事项网上申请的要求' },
  'CASE.MILESTONES_PENDING': { status: 409, title: '外部交易环节尚未全部登记，不能准予许可' },
  'CASE.MILESTONE_DATE_INVALID': { status: 400, title: '交易日期不能晚于今天' },
  'CASE.MILESTONE_RECORDED': { status: 409, title: '该节点已登记' },
  'CASE.MILESTONE_UNKNOWN': { status: 400, title: '该事项没有这个外部交易环节' },
  'CASE.NOT_CLOSED': { status: 409, title: '办件办结后才能归档导出' },
  'CASE.NOT_DRAFT': { status: 409, title: '办件已提交，不能再修改办理情形和申请信息' },
  'CASE.NOT_FOUND': { status: 404, title: '办件不存在' },
  'CASE.NOT_STATIONED': { status: 409, title: '该事项不进驻政务服务中心，请到办理机构办理' },
  'CASE.OUT_OF_SCOPE': { status: 403, title: '该办件不属于本部门办理' },
  'CASE.PAUSE_MISMATCH': { status: 409, title: '办件当前的特别程序与所选程序不符' },
  'CASE.PAUSE_NOT_APPLICABLE': { status: 400, title: '该事项不适用该特别程序' },
  'CASE.SIGNATURE_REQUIRED': { status: 409, title: '须先由审批链的前一环节签署意见' },
  'CASE.STALE': { status: 409, title: '办件已被他人处理，请刷新后重试' },
  'CASE.SUPPLEMENT_REFUSED': { status: 409, title: '当前不能补正该材料' },
  'CASE.TOLERANCE_NOT_ALLOWED': { status: 400, title: '该材料不适用容缺受理' },
} as const satisfies ErrorTable;
