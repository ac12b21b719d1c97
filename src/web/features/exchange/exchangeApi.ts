/** Types and calls of /api/v1/exchange (docs/api-v1.md § Exchange) for the back-office screen. */
import { api } from '../../api/client';
import type { ItemsOf } from '../../api/types';
import { effectText, EVENT_TYPES, INBOUND_STATUS_NAMES, INBOUND_TYPE_NAMES, type EventType } from '../../../domain/exchange-terms';

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
export { INBOUND_TYPE_NAMES };

/** How an inbound message stands, with a tag colour. */
export const INBOUND_STATUS: Record<InboundStatus, { color: string; text: string }> = {
  received: { color: 'default', text: INBOUND_STATUS_NAMES.received },
  awaiting_confirmation: { color: 'orange', text: INBOUND_STATUS_NAMES.awaiting_confirmation },
  applied: { color: 'green', text: INBOUND_STATUS_NAMES.applied },
  declined: { color: 'default', text: INBOUND_STATUS_NAMES.declined },
};

export { effectText };

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
