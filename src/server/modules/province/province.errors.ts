/**
 * The province module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message (test/errors.test.ts).
 */
import type { ErrorTable } from '../../platform/errors.js';

export const PROVINCE_ERRORS = {
  'PROVINCE.LIBRARY_UNAVAILABLE': { status: 503, title: '电子证照库暂时无法访问' },
  'PROVINCE.LICENCE_NOT_OFFERED': { status: 400, title: '该材料不能用这张电子证照代替' },
  'PROVINCE.NOT_RESENDABLE': { status: 409, title: '只能重发被拒收或重试失败的记录' },
  'PROVINCE.OFF': { status: 409, title: '未接入电子证照库' },
  'PROVINCE.PUSH_NOT_FOUND': { status: 404, title: '推送记录不存在' },
} as const satisfies ErrorTable;
