/** Types and calls of /api/v1/exchange (docs/api-v1.md § Exchange) for the back-office screen. */
import { api } from '../../api/client';
import type { ItemsOf } from '../../api/types';
import { EVENT_TYPES, type EventType } from '../../../domain/exchange-terms';

export { EVENT_TYPES, type EventType };

export interface Subscription {
  id: string;
  departmentCode: string;
  name: string;
  url: string;
  eventTypes: EventType[];
  itemCodes: string[] | null;
  enabled: boolean;
  consecutiveFailures: number;
  alertingSince: string | null;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface Delivery {
  id: number;
  subscriptionId: string;
  eventId: string;
  type: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  nextAt: string | null;
  receiptDue: string;
  overdue: boolean;
  deliveredAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
}

export interface DeliveryDetail extends Omit<Delivery, 'attempts'> {
  event: Record<string, unknown>;
  attempts: { at: string; statusCode: number | null; latencyMs: number; error: string | null; response: string | null }[];
}

export interface ExchangeStatus {
  pending: number;
  dead: number;
  overdue: number;
  alerts: { subscriptionId: string; name: string; departmentCode: string; consecutiveFailures: number; since: string }[];
}

export interface InboundMessage {
  id: string;
  departmentCode: string;
  messageId: string;
  type: string;
  licenceNo: string | null;
  holderId: string | null;
  /** the message as the regulator sent it (reason, summary, result, penalty …) */
  message: Record<string, unknown>;
  status: InboundStatus;
  effect: string | null;
  receivedAt: string;
  appliedAt: string | null;
  /** the bureau officer who confirmed or declined a revocation request, and why */
  decidedBy: string | null;
  decisionNote: string | null;
  /** who sent it from the regulators' workbench (null: the regulator's system, through the API) */
  sentByName: string | null;
}

export type InboundStatus = 'received' | 'awaiting_confirmation' | 'applied' | 'declined';

/** zh-CN names of the regulators' message types. */
export const INBOUND_TYPE_NAMES: Record<string, string> = { inspection: '检查结果', penalty: '行政处罚', suspend_request: '暂扣请求', revoke_request: '吊销请求', blacklist: '失信名单' };

/** How an inbound message stands, with a tag colour. */
export const INBOUND_STATUS: Record<InboundStatus, { color: string; text: string }> = {
  received: { color: 'default', text: '已接收' },
  awaiting_confirmation: { color: 'orange', text: '待审批局确认' },
  applied: { color: 'green', text: '已处理' },
  declined: { color: 'default', text: '不予采纳' },
};

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

export interface LogCheck {
  ok: boolean;
  entries: number;
  verified: number;
  brokenAt: string | null;
  head: string;
}

export const exchangeApi = {
  status: (signal?: AbortSignal) => api.get<ExchangeStatus>('/exchange/status', undefined, signal),
  subscriptions: (signal?: AbortSignal) => api.get<ItemsOf<Subscription>>('/exchange/subscriptions', undefined, signal),
  subscribe: (body: { departmentCode: string; name: string; url: string; eventTypes: EventType[] }) => api.post<Subscription & { secret: string }>('/exchange/subscriptions', body),
  setEnabled: (id: string, enabled: boolean) => api.patch<Subscription>(`/exchange/subscriptions/${id}`, { enabled }),
  deliveries: (status: string | undefined, signal?: AbortSignal) => api.get<ItemsOf<Delivery>>('/exchange/deliveries', { status, limit: 200 }, signal),
  delivery: (id: number, signal?: AbortSignal) => api.get<DeliveryDetail>(`/exchange/deliveries/${id}`, undefined, signal),
  replay: (id: number) => api.post<DeliveryDetail>(`/exchange/deliveries/${id}/replay`),
  inbound: (signal?: AbortSignal, q: { licenceNo?: string; status?: InboundStatus } = {}) => api.get<ItemsOf<InboundMessage>>('/exchange/inbound', { limit: 200, ...q }, signal),
  decide: (id: string, decision: 'confirm' | 'decline', note: string) => api.post<InboundMessage>(`/exchange/inbound/${id}/decision`, { decision, note }),
  verifyLog: () => api.get<LogCheck>('/exchange/log/verify'),
};
