/**
 * The hall module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const HALL_ERRORS = {
  'HALL.ALREADY_BOOKED': { status: 409, title: '您已有预约，请先取消原预约' },
  'HALL.ALREADY_RATED': { status: 409, title: '该服务已评价过，每项服务只能评价一次' },
  'HALL.APPOINTMENT_EARLY': { status: 409, title: '尚未到预约取号时间' },
  'HALL.APPOINTMENT_LATE': { status: 409, title: '已过预约时段，请取普通号' },
  'HALL.APPOINTMENT_NOT_FOUND': { status: 404, title: '预约不存在' },
  'HALL.APPOINTMENT_STATE': { status: 409, title: '该预约已不能取消' },
  'HALL.BOOKING_BLOCKED': { status: 403, title: '多次预约未到，网上预约已暂停' },
  'HALL.ID_REQUIRED': { status: 400, title: '老年人绿色通道须刷身份证' },
  'HALL.ITEM_UNKNOWN': { status: 400, title: '事项不存在或尚未发布' },
  'HALL.ITEM_ZONE': { status: 400, title: '该事项不在所选服务区办理' },
  'HALL.NOT_ELDERLY': { status: 400, title: '不符合老年人绿色通道的年龄条件' },
  'HALL.NOT_FINISHED': { status: 409, title: '办件尚未办结，不能评价' },
  'HALL.NOT_SIGNED_IN': { status: 409, title: '请先签到该窗口' },
  'HALL.NOT_STATIONED': { status: 409, title: '该事项不进驻政务服务中心，请到办理机构办理' },
  'HALL.NO_APPOINTMENT_TODAY': { status: 400, title: '没有今天的预约' },
  'HALL.NO_TICKET': { status: 409, title: '窗口当前没有号' },
  'HALL.PAUSED': { status: 409, title: '窗口已暂停叫号' },
  'HALL.PRIORITY_AT_WINDOW': { status: 400, title: '军人、残疾人优先请到窗口出示证件，由工作人员取号' },
  'HALL.RATING_BURST': { status: 429, title: '评价过于频繁，请稍后再试' },
  'HALL.RATING_LINK_INVALID': { status: 404, title: '评价链接无效' },
  'HALL.RECTIFICATION_NOT_FOUND': { status: 404, title: '整改任务不存在' },
  'HALL.RECTIFICATION_STATE': { status: 409, title: '当前状态不能执行此步骤' },
  'HALL.REQUEUE_USED': { status: 409, title: '过号后只能重新排队一次，请重新取号' },
  'HALL.SERVICE_UNKNOWN': { status: 400, title: '服务不存在' },
  'HALL.SLOT_FULL': { status: 409, title: '该时段已约满，请选择其他时段' },
  'HALL.SLOT_INVALID': { status: 400, title: '不可预约的时段' },
  'HALL.STALE': { status: 409, title: '整改任务已被他人更新，请刷新后重试' },
  'HALL.TICKET_CHANGED': { status: 409, title: '窗口当前号已变化' },
  'HALL.TICKET_NOT_FOUND': { status: 404, title: '今天没有该号' },
  'HALL.TICKET_STATE': { status: 409, title: '只有过号的票可以重新排队' },
  'HALL.TRANSFER_SELF': { status: 400, title: '不能转给本窗口' },
  'HALL.WINDOW_BUSY': { status: 409, title: '请先办结原窗口的当前号' },
  'HALL.WINDOW_NOT_FOUND': { status: 404, title: '窗口不存在' },
  'HALL.WINDOW_TAKEN': { status: 409, title: '该窗口已有人员签到' },
  'HALL.WINDOW_UNKNOWN': { status: 400, title: '转入窗口不存在' },
  'HALL.ZONE_UNKNOWN': { status: 400, title: '服务区不存在' },
} as const satisfies ErrorTable;
