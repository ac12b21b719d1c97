import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY, inboundMessageSchema } from './exchange.js';
import { licenceNumber } from './licence.js';

describe('backoffMs', () => {
  it('doubles from the base, stays within the jitter band and never passes the cap', () => {
    for (let n = 1; n <= 40; n++)
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const exp = Math.min(DEFAULT_RETRY.capMs, DEFAULT_RETRY.baseMs * 2 ** (n - 1));
        const ms = backoffMs(n, DEFAULT_RETRY, r);
        expect(ms).toBeGreaterThanOrEqual(Math.round(exp / 2));
        expect(ms).toBeLessThanOrEqual(exp);
      }
    expect(backoffMs(1, DEFAULT_RETRY, 0.5)).toBe(3750);
    expect(backoffMs(2, DEFAULT_RETRY, 0.5)).toBe(7500);
  });

  it('keeps retrying for the whole window: the sum of the gaps passes 24 hours after a few dozen tries', () => {
    let total = 0;
    let n = 0;
    while (total < DEFAULT_RETRY.windowMs) total += backoffMs(++n, DEFAULT_RETRY, 0);
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThan(60);
  });
});

describe('inbound messages', () => {
  const licenceNo = licenceNumber(2026, 1);
  it('name the field at fault and refuse unknown fields', () => {
    const bad = inboundMessageSchema.safeParse({ messageId: 'a b', type: 'penalty', licenceNo, occurredOn: '2026-13-01', summary: '', extra: 1 });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.') || i.code) ?? [];
    for (const p of ['messageId', 'occurredOn', 'decisionNo', 'summary']) expect(paths).toContain(p);
    expect(inboundMessageSchema.safeParse({ messageId: 'M-1', type: 'inspection', licenceNo, occurredOn: '2026-11-25', result: 'pass', summary: '合格' }).success).toBe(true);
  });
});
