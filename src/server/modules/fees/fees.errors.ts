/**
 * The fees module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message (test/errors.test.ts).
 */
import type { ErrorTable } from '../../platform/errors.js';

export const FEES_ERRORS = {
  'FEE.NOT_FOUND': { status: 404, title: '收费记录不存在' },
  'FEE.NOT_CHARGED': { status: 400, title: '该事项没有这项收费' },
  'FEE.NO_RULE': { status: 409, title: '该收费项目在事项目录中没有计费规则' },
  'FEE.INPUT_INVALID': { status: 400, title: '计费数据有误' },
  'FEE.WAIVER_UNKNOWN': { status: 400, title: '该收费项目没有这项减免' },
  'FEE.ALREADY_ASSESSED': { status: 409, title: '该收费项目已经核定' },
  'FEE.NOT_PENDING_WAIVER': { status: 409, title: '该收费没有待审批的减免' },
  'FEE.WAIVER_SELF': { status: 409, title: '核定人不能审批自己提出的减免' },
  'FEE.UNSETTLED': { status: 409, title: '收费尚未缴清，不能作出决定、发放证照' },
  'FEE.PLATFORM_OFF': { status: 409, title: '未接入统一公共支付平台' },
  'FEE.PLATFORM_UNAVAILABLE': { status: 503, title: '统一公共支付平台暂时无法访问' },
  'FEE.PLATFORM_REFUSED': { status: 502, title: '统一公共支付平台拒绝了请求' },
  'FEE.SIGNATURE_INVALID': { status: 401, title: '回调签名无效' },
  'FEE.CALLBACK_INVALID': { status: 400, title: '回调报文格式不正确' },
  'FEE.AMOUNT_MISMATCH': { status: 409, title: '回调金额与应缴金额不一致' },
  'FEE.NOT_PAYABLE': { status: 409, title: '该收费当前不能缴纳' },
  'FEE.NO_RECEIPT': { status: 404, title: '尚无电子票据' },
  'FEE.NOT_REFUNDABLE': { status: 409, title: '只有撤回、不予受理或不予许可的已缴费办件可以退费' },
  'FEE.STATEMENT_INVALID': { status: 400, title: '对账单格式不正确' },
  'FEE.FLAG_NOT_FOUND': { status: 404, title: '对账差异不存在' },
  'FEE.ORDER_UNKNOWN': { status: 400, title: '本系统没有该订单' },
  'FEE.FLAG_RESOLVED': { status: 409, title: '该差异已处理' },
} as const satisfies ErrorTable;
