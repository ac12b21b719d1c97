/**
 * The notices module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const NOTICES_ERRORS = {
  'NOTICE.NOT_FOUND': { status: 404, title: '没有这条消息或未送达的通知' },
  'NOTICE.TEMPLATE_NOT_FOUND': { status: 404, title: '没有这个告知模板' },
  'NOTICE.TEMPLATE_INVALID': { status: 400, title: '短信模板有误' },
  'NOTICE.TEMPLATE_STALE': { status: 409, title: '模板已被他人修改，请刷新后再改' },
  'NOTICE.NO_SAMPLE': { status: 400, title: '该办件尚无此类告知，请换一件' },
  'NOTICE.PHONE_INVALID': { status: 400, title: '手机号码格式不正确' },
  'NOTICE.SMS_OFF': { status: 409, title: '未开通短信服务，无法验证手机号' },
  'NOTICE.CODE_TOO_SOON': { status: 429, title: '验证码发送过于频繁，请一分钟后再试' },
  'NOTICE.CODE_DAILY_LIMIT': { status: 429, title: '该手机号今日验证码次数已用完，请明天再试' },
  'NOTICE.SMS_UNAVAILABLE': { status: 503, title: '短信发送失败，请稍后再试' },
  'NOTICE.CODE_WRONG': { status: 400, title: '验证码错误或已过期' },
  'NOTICE.WECHAT_OFF': { status: 409, title: '未开通微信通知' },
  'NOTICE.WECHAT_STATE': { status: 400, title: '绑定已过期，请重新点击“绑定微信”' },
  'NOTICE.WECHAT_CODE': { status: 400, title: '微信授权失败，请重新绑定' },
  'NOTICE.WECHAT_UNAVAILABLE': { status: 503, title: '微信服务暂不可用，请稍后再试' },
} as const satisfies ErrorTable;
