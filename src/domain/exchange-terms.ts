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

/**
 * The per-regulator figures of 大数据分析 that open the records behind them (issue #22): the events
 * to acknowledge, by state, and the supervision results the department sent, by kind.
 */
export const REGULATOR_FIGURES = {
  events: '应签收事件',
  acknowledged: '已签收',
  onTime: '按期签收',
  late: '逾期签收',
  open: '待签收',
  overdue: '逾期未签收',
  messages: '监管反馈',
  inspections: '检查记录',
  problems: '发现问题',
  penalties: '行政处罚',
  requests: '暂扣/吊销请求',
  blacklist: '失信名单',
  openRequests: '待确认请求',
} as const;
export type RegulatorFigure = keyof typeof REGULATOR_FIGURES;
/** The figures whose records are events (the rest are messages). */
export const REGULATOR_EVENT_FIGURES: readonly RegulatorFigure[] = ['events', 'acknowledged', 'onTime', 'late', 'open', 'overdue'];

/** The supervision results a regulator sends (监管结果反馈), by type. */
export const INBOUND_TYPE_NAMES: Record<string, string> = { inspection: '检查结果', penalty: '行政处罚', suspend_request: '暂扣请求', revoke_request: '吊销请求', blacklist: '失信名单' };

/** How a supervision result stands at the bureau. */
export const INBOUND_STATUS_NAMES = { received: '已接收', awaiting_confirmation: '待审批局确认', applied: '已处理', declined: '不予采纳' } as const;

const EFFECTS: Record<string, string> = {
  recorded: '已记入证照和主体档案',
  'licence.suspended': '证照已暂扣',
  'licence.restored': '证照已恢复',
  'licence.revoked': '证照已吊销',
  awaiting_confirmation: '待审批局确认',
  declined: '不予采纳',
};

/** What a message did, in words (`unchanged: …` keeps the licence service's reason). */
export function effectText(effect: string | null): string {
  if (!effect) return '—';
  return EFFECTS[effect] ?? effect.replace(/^unchanged: /, '未变更：');
}
