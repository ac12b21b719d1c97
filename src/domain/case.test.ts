import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActions, CASE_ACTIONS, feeActionAllowed, FEE_ACTIONS, CASE_STATUSES, FINAL_STATUSES, reduceCase, supplementRefusal, type CaseAction, type CaseActionType, type FeeActionType } from './case.js';

const PAYLOADS: { [T in CaseActionType]: Extract<CaseAction, { type: T }>['payload'] } = {
  create: {},
  submit: {},
  accept: {},
  reject: { competentBody: '泰安市市场监督管理局', reason: '不属于本机关职权范围' },
  request_supplement: { items: [{ materialCode: 'M1', problem: '不清晰' }] },
  submit_supplement: {},
  accept_pending: { pending: [{ materialCode: 'M2', dueDate: '2026-12-31' }] },
  supply_pending: { materialCode: 'M2' },
  commit_promise: { materialCode: 'M3', checkDue: '2027-01-31' },
  deem_accept: { receivedAt: '2026-11-02' },
  supplement_delivered: { requestSeq: 3 },
  take: {},
  assign: { userId: 'u2', name: '审查员' },
  start_pause: { kind: 'inspection', expectedDays: 3, reason: '现场踏勘' },
  end_pause: { result: '合格' },
  request_extension: { days: 10, reason: '情况复杂' },
  approve_extension: {},
  submit_opinion: { opinion: '材料齐全，符合法定条件，建议准予许可', step: 'review' },
  approve: { opinion: '同意' },
  refuse: { reasons: '不符合条件' },
  withdraw: { reason: '撤回' },
  recalculate_deadlines: {
    reason: '录入2027年放假安排',
    before: { acceptanceDue: null, promisedDue: '2027-01-05', decisionDue: '2027-01-20' },
    after: { acceptanceDue: null, promisedDue: '2027-01-06', decisionDue: '2027-01-21' },
    held: [],
    changedDays: ['2027-01-04'],
  },
  assess_fee: { assessmentId: 'a1', feeName: '森林植被恢复费', amountFen: 100520, waiverCode: null, dueFen: 100520, payCode: '37090026000000000001', deadline: '2026-11-20' },
  approve_fee_waiver: { assessmentId: 'a1', waiverCode: 'W1', waivedFen: 100520, dueFen: 0, payCode: null, deadline: null },
  fee_paid: { assessmentId: 'a1', amountFen: 100520, orderNo: 'O1', receiptNo: 'R1' },
  refund_fee: { assessmentId: 'a1', amountFen: 100520, reason: '撤回申请' },
  fee_lapse: { assessmentId: 'a1', feeName: '森林植被恢复费', deadline: '2026-11-20', reason: '缴款期限届满仍未缴纳' },
};
const TYPES = Object.keys(CASE_ACTIONS) as CaseActionType[];

function log(types: CaseActionType[]): CaseAction[] {
  return types.map((type, i) => ({ seq: i + 1, type, at: `2026-11-${String(2 + i).padStart(2, '0')}T02:00:00.000Z`, on: `2026-11-${String(2 + i).padStart(2, '0')}`, actorId: 'u1', actorName: '某人', payload: PAYLOADS[type] }) as CaseAction);
}

describe('case reducer', () => {
  it('fee actions keep the status and clock, and come only when the case allows them', () => {
    const s = reduceCase(log(['create', 'submit', 'assess_fee', 'accept', 'approve_fee_waiver', 'fee_paid']), { submittedMaterials: ['M1'] });
    expect(s.status).toBe('accepted');
    expect(s.version).toBe(6);
    expect(s.clockEvents.map((e) => e.type)).toEqual(['received', 'accepted']);
    expect(feeActionAllowed(reduceCase(log(['create'])), 'assess_fee')).toBe(false);
    const approved = reduceCase(log(['create', 'submit', 'accept', 'approve']));
    expect(feeActionAllowed(approved, 'assess_fee')).toBe(false);
    expect(feeActionAllowed(approved, 'fee_paid')).toBe(true);
    expect(allowedActions(approved)).toEqual([]);
  });

  it('follows the happy path to a decision', () => {
    const s = reduceCase(log(['create', 'submit', 'accept', 'start_pause', 'end_pause', 'approve']), { submittedMaterials: ['M1'] });
    expect(s.status).toBe('approved');
    expect(s.version).toBe(6);
    expect(s.clockEvents.map((e) => e.type)).toEqual(['received', 'accepted', 'pause_started', 'pause_ended', 'decided']);
    expect(allowedActions(s)).toEqual([]);
  });

  it('blocks a decision while a 容缺 material is outstanding or a pause is open', () => {
    const pending = reduceCase(log(['create', 'submit', 'accept_pending']));
    expect(allowedActions(pending)).not.toContain('approve');
    expect(allowedActions(reduceCase(log(['create', 'submit', 'accept_pending', 'supply_pending'])))).toContain('approve');
    expect(allowedActions(reduceCase(log(['create', 'submit', 'accept', 'start_pause'])))).toEqual(expect.not.arrayContaining(['approve', 'refuse']));
  });

  it('refuses a second 补正 about a material that passed the first look', () => {
    const ctx = { submittedMaterials: ['M1', 'M2'] };
    const s = reduceCase(log(['create', 'submit', 'request_supplement', 'submit_supplement']), ctx);
    expect(s.passedMaterials).toEqual(['M2']);
    expect(supplementRefusal(s, [{ materialCode: 'M2', problem: 'x' }], ['M1', 'M2'])).toMatch(/已经审核通过/);
    expect(supplementRefusal(s, [{ materialCode: 'M1', problem: 'x' }], ['M1', 'M2'])).toBeNull();
    expect(supplementRefusal(s, [], ['M1', 'M2'])).not.toBeNull();
  });

  it('records a recalculation of the due days as a floor the clock keeps, while the case runs', () => {
    const s = reduceCase(log(['create', 'submit', 'accept', 'recalculate_deadlines']));
    expect(s.status).toBe('accepted');
    expect(s.clockEvents.at(-1)).toEqual({ type: 'due_floor', on: '2026-11-05', acceptanceDue: null, promisedDue: '2027-01-06', decisionDue: '2027-01-21' });
    expect(allowedActions(reduceCase(log(['create'])))).not.toContain('recalculate_deadlines');
    expect(allowedActions(reduceCase(log(['create', 'submit'])))).toContain('recalculate_deadlines');
    expect(allowedActions(reduceCase(log(['create', 'submit', 'accept', 'approve'])))).not.toContain('recalculate_deadlines');
  });

  it('keeps the review chain: each opinion with its step, who and when, then the decider’s own', () => {
    const actions = log(['create', 'submit', 'accept', 'submit_opinion']);
    actions.push({ seq: 5, type: 'approve', at: '2026-11-09T02:00:00.000Z', on: '2026-11-09', actorId: 'u3', actorName: '钱科长', payload: { opinion: '同意', step: 'check' } });
    const s = reduceCase(actions);
    expect(s.opinions).toEqual([
      { step: 'review', by: '某人', on: '2026-11-05', text: '材料齐全，符合法定条件，建议准予许可' },
      { step: 'check', by: '钱科长', on: '2026-11-09', text: '同意' },
    ]);
    // an opinion only while the case is under review; decisions logged before the chain add none
    expect(allowedActions(reduceCase(log(['create', 'submit'])))).not.toContain('submit_opinion');
    expect(reduceCase(log(['create', 'submit', 'accept', 'approve'])).opinions).toEqual([]);
  });

  it('allows an extension once', () => {
    const s = reduceCase(log(['create', 'submit', 'accept', 'request_extension', 'approve_extension']));
    expect(s.extension).toEqual({ requestedDays: 10, reason: '情况复杂', approved: true });
    expect(allowedActions(s)).not.toContain('request_extension');
    expect(allowedActions(s)).not.toContain('approve_extension');
  });

  it('never throws, always lands on a known status, and an action the status does not allow changes nothing but the version', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TYPES), { maxLength: 30 }), (types) => {
        const s = reduceCase(log(['create', ...types]));
        expect(Object.keys(CASE_STATUSES)).toContain(s.status);
        expect(s.version).toBe(types.length + 1);
        const allowed = allowedActions(s);
        // fee actions are never offered; the fees module takes them where the status lets it (feeActionAllowed)
        const feeAllowed = (x: CaseActionType) => (FEE_ACTIONS as readonly string[]).includes(x) && feeActionAllowed(s, x as FeeActionType);
        for (const t of TYPES.filter((x) => x !== 'create' && !allowed.includes(x) && !feeAllowed(x))) {
          const next = reduceCase(log(['create', ...types, t]));
          expect({ ...next, version: 0 }).toEqual({ ...s, version: 0 });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, and a final status absorbs everything after it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TYPES), { maxLength: 25 }), fc.array(fc.constantFrom(...TYPES), { maxLength: 10 }), (types, more) => {
        const a = reduceCase(log(['create', ...types]));
        expect(reduceCase(log(['create', ...types]))).toEqual(a);
        if (FINAL_STATUSES.includes(a.status)) {
          const b = reduceCase(log(['create', ...types, ...more]));
          expect(b.status).toBe(a.status);
          expect(b.decision).toEqual(a.decision);
          expect(allowedActions(b)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps pauses balanced in the clock events: never two open at once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TYPES), { maxLength: 40 }), (types) => {
        let open = 0;
        for (const e of reduceCase(log(['create', ...types])).clockEvents) {
          if (e.type === 'pause_started') open++;
          if (e.type === 'pause_ended') open--;
          expect(open === 0 || open === 1).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
