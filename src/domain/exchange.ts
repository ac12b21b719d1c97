/**
 * Data exchange with the regulators (issue #7): which outbox events become CloudEvents, the
 * retry schedule, and the inbound supervision messages' schema. Pure: no I/O.
 */
import { z } from 'zod';
import { isDateStr } from './dates.js';
import { isValidCreditCode, isValidIdNumber } from './identifiers.js';
import { isValidLicenceNumber } from './licence.js';
import type { CaseActionType } from './case.js';
import type { EventType } from './exchange-terms.js';

/** Outbox topic → the event type it is published as; topics not listed stay inside the bureau. A renamed case action fails to compile here. */
export const TOPIC_EVENT_TYPES = {
  'case.submit': 'case.submitted',
  'case.accept': 'case.accepted',
  'case.accept_pending': 'case.accepted',
  'case.deem_accept': 'case.accepted',
  'case.reject': 'case.refused',
  'case.approve': 'case.decided',
  'case.refuse': 'case.decided',
  'licence.issued': 'licence.issued',
  'licence.changed': 'licence.changed',
  'licence.renewed': 'licence.renewed',
  'licence.suspended': 'licence.suspended',
  'licence.restored': 'licence.restored',
  'licence.revoked': 'licence.revoked',
  'licence.cancelled': 'licence.cancelled',
} as const satisfies Readonly<Partial<Record<`case.${CaseActionType}`, EventType>> & Record<`licence.${string}`, EventType>>;

/** The event type an outbox topic is published as, or undefined for a topic that stays inside the bureau. */
export function eventTypeOf(topic: string): EventType | undefined {
  return (TOPIC_EVENT_TYPES as Readonly<Record<string, EventType>>)[topic];
}

/**
 * The events each department regulating the item acknowledges (签收) within two working days on
 * its workbench: the decisions and everything that happens to a licence (issue #22).
 */
export const ACK_EVENT_TYPES: readonly EventType[] = ['case.decided', 'licence.issued', 'licence.changed', 'licence.renewed', 'licence.suspended', 'licence.restored', 'licence.revoked', 'licence.cancelled'];

/** Working days a regulator has to acknowledge an event (审管互动: the same as a delivery's receipt). */
export const ACK_WORKING_DAYS = 2;

/**
 * The business date an acknowledgement's two working days count from: the event's own time from the
 * service clock (a case action's `at`, a status change's `on`), else the day it is published
 * (`published`, the service clock's date at fan-out; a licence is issued moments before).
 */
export function ackFrom(payload: Record<string, unknown>, published: string, toDate: (iso: string) => string): string {
  if (typeof payload.at === 'string' && !Number.isNaN(Date.parse(payload.at))) return toDate(payload.at);
  if (typeof payload.on === 'string' && isDateStr(payload.on)) return payload.on;
  return published;
}

/** The retry schedule: exponential from `baseMs`, capped, with jitter. */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  /** how long after the first try (or a replay) a failing delivery keeps being retried */
  windowMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 5_000, capMs: 60 * 60_000, windowMs: 24 * 60 * 60_000 };

/** Milliseconds to wait after the `attempts`-th failed try: base·2^(n−1), capped, times a jitter in [0.5, 1). */
export function backoffMs(attempts: number, policy: RetryPolicy, random: number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  return Math.round(exp * (0.5 + random / 2));
}

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.string().refine(isDateStr, '日期格式应为 YYYY-MM-DD');
const licenceNo = z.string().refine(isValidLicenceNumber, '证照编号格式或校验位不正确');
const common = {
  /** the regulator's own message id; the same id twice is applied once */
  messageId: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, '消息编号应为 1–100 位字母、数字或 ._:-'),
  occurredOn: date,
};

/** A supervision result a regulator sends (监管结果反馈). */
export const inboundMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('inspection'), licenceNo, result: z.enum(['pass', 'fail']), summary: text(500) }),
  z.strictObject({ ...common, type: z.literal('penalty'), licenceNo, decisionNo: text(60), amountYuan: z.number().min(0).max(1e10).optional(), summary: text(500) }),
  z.strictObject({ ...common, type: z.literal('suspend_request'), licenceNo, reason: text(500) }),
  z.strictObject({ ...common, type: z.literal('revoke_request'), licenceNo, reason: text(500) }),
  z.strictObject({
    ...common,
    type: z.literal('blacklist'),
    holderId: z.string().refine((s) => isValidCreditCode(s) || isValidIdNumber(s), '应为统一社会信用代码或身份证号'),
    reason: text(500),
    until: date.optional(),
  }),
]);
export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export const INBOUND_TYPES = ['inspection', 'penalty', 'suspend_request', 'revoke_request', 'blacklist'] as const;
