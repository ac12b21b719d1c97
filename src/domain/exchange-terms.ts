/**
 * The exchange's event types and their zh-CN names, without zod: the web app imports this
 * (src/domain/exchange.ts has the schemas and rules).
 */

/** The CloudEvents `type` prefix; the rest is one of EVENT_TYPES. */
export const EVENT_TYPE_PREFIX = 'cn.gov.taian.shenpi.';

/** The event types a regulator can subscribe to, with their zh-CN names. */
export const EVENT_TYPES = {
  'case.submitted': '申请已提交',
  'case.accepted': '已受理',
  'case.refused': '不予受理',
  'case.decided': '已作出许可决定',
  'licence.issued': '证照已核发',
  'licence.changed': '证照已变更',
  'licence.renewed': '证照已延续',
  'licence.suspended': '证照已暂扣',
  'licence.restored': '证照已恢复',
  'licence.revoked': '证照已吊销',
  'licence.cancelled': '证照已注销',
} as const;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
