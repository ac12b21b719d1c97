/**
 * Calls of /api/v1/regulators (the regulators' workbench, docs/api-v1.md § Regulators' workbench);
 * the sent messages are /exchange/inbound (a regulator's staff see their department's).
 */
import { api, download } from '../../api/client';
import type { Ok } from '../../api/types';
import { REGULATOR_FIGURES, type RegulatorFigure } from '../../../domain/exchange-terms';

export type RegulatorEvent = Ok<'getRegulatorsEvents'>['items'][number];
export type DepartmentFigures = Ok<'getRegulatorsOverview'>['items'][number];
export type Receipt = Ok<'postRegulatorsMessages'>;
export type RegulatorRecord = Ok<'getRegulatorsRecords'>['items'][number];
/** A period of the figures (大数据分析's date range). */
export type Period = { from?: string; to?: string };
export type EventStatusFilter = 'open' | 'overdue' | 'acknowledged' | 'late';

/** A supervision result as the form sends it (the exchange's inbound message). */
export type SupervisionMessage =
  | { type: 'inspection'; licenceNo: string; result: 'pass' | 'fail'; summary: string }
  | { type: 'penalty'; licenceNo: string; decisionNo: string; amountYuan?: number; summary: string }
  | { type: 'suspend_request' | 'revoke_request'; licenceNo: string; reason: string }
  | { type: 'blacklist'; holderId: string; reason: string; until?: string };

export const regulatorKeys = {
  all: ['regulators'] as const,
  events: (departmentCode: string | undefined, status: EventStatusFilter | undefined) => ['regulators', 'events', departmentCode ?? '', status ?? 'all'] as const,
  overview: (departmentCode?: string, period: Period = {}) => ['regulators', 'overview', departmentCode ?? '', period.from ?? '', period.to ?? ''] as const,
  records: (q: object) => ['regulators', 'records', q] as const,
};

export const regulatorsApi = {
  events: (q: { departmentCode?: string; status?: EventStatusFilter }, signal?: AbortSignal) => api.get<Ok<'getRegulatorsEvents'>>('/regulators/events', { ...q, limit: 200 }, signal),
  acknowledge: (seq: number) => api.post<RegulatorEvent>(`/regulators/events/${seq}/acknowledge`),
  send: (body: SupervisionMessage & { messageId: string; occurredOn: string }) => api.post<Receipt>('/regulators/messages', body),
  overview: (departmentCode: string | undefined, signal?: AbortSignal, period: Period = {}) => api.get<Ok<'getRegulatorsOverview'>>('/regulators/overview', { departmentCode, ...period }, signal),
  records: (q: Period & { departmentCode?: string; figure: RegulatorFigure; page: number; pageSize: number }, signal?: AbortSignal) => api.get<Ok<'getRegulatorsRecords'>>('/regulators/records', q, signal),
  exportRecords: (q: Period & { departmentCode?: string; figure: RegulatorFigure }) => download('/regulators/records/export', `${REGULATOR_FIGURES[q.figure]}.xlsx`, q),
};

/** A fresh message id for one filled form: a retry or a double click sends the same id, applied once. */
export function newMessageId(): string {
  return `WB-${crypto.randomUUID()}`;
}
