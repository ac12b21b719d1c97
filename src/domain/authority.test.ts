import { describe, expect, it } from 'vitest';
import { agencyOnly, chainBlock, chainOf, chargedStep, decidesOnTheSpot, heldSteps, mayAct, reviewScope, reviewScores, stepOf, type Grant, type ItemOwnership, type LoggedAction } from './authority.js';

const market: ItemOwnership = { departmentCode: 'TA-D06', disposition: 'transferred' };
const transport: ItemOwnership = { departmentCode: 'TA-D08', disposition: 'transferred' };
const taxHallOnly: ItemOwnership = { departmentCode: 'TA-R26', disposition: 'hall_only' };
const realEstateService: ItemOwnership = { departmentCode: 'TA-R09', disposition: null };

const g = (role: string, departmentCode: string | null = null): Grant => ({ role, departmentCode });
const chief1 = [g('section_chief', 'TA-D06')];
const caseworker1 = [g('case_reviewer', 'TA-D06')];
const clerk1 = [g('window_clerk', 'TA-D06')];
const director = [g('director', 'TA-SPJ')];
const deputy = [g('deputy_director', 'TA-D04'), g('deputy_director', 'TA-D08')];
const tax1 = [g('agency_officer', 'TA-R26')];
const estate1 = [g('agency_officer', 'TA-R09')];

describe('who acts on a case', () => {
  it('the bureau decides transferred items by division; the director bureau-wide', () => {
    expect(mayAct(chief1, market, 'case.decide')).toBe(true);
    expect(mayAct(chief1, transport, 'case.decide')).toBe(false);
    expect(mayAct(chief1, transport, 'case.review')).toBe(false);
    expect(mayAct(caseworker1, market, 'case.review')).toBe(true);
    expect(mayAct(caseworker1, market, 'case.decide')).toBe(false);
    expect(mayAct(director, transport, 'case.decide')).toBe(true);
    expect(mayAct(director, transport, 'case.approve_extension')).toBe(true);
    expect(mayAct(deputy, transport, 'case.decide')).toBe(true);
    expect(mayAct(deputy, market, 'case.decide')).toBe(false);
  });

  it("an agency's items (hall-only or services) are decided by its stationed officers only, never by the bureau", () => {
    for (const bureau of [chief1, director, deputy, caseworker1]) {
      expect(mayAct(bureau, taxHallOnly, 'case.decide')).toBe(false);
      expect(mayAct(bureau, realEstateService, 'case.review')).toBe(false);
    }
    expect(mayAct(tax1, taxHallOnly, 'case.decide')).toBe(true);
    expect(mayAct(tax1, taxHallOnly, 'case.approve_extension')).toBe(true);
    expect(mayAct(tax1, realEstateService, 'case.decide')).toBe(false);
    expect(mayAct(estate1, realEstateService, 'case.decide')).toBe(true);
    expect(mayAct(tax1, market, 'case.decide')).toBe(false);
  });

  it('any clerk receives any item; only a clerk of the item’s department decides an instant one on the spot', () => {
    for (const item of [market, transport, taxHallOnly]) expect(mayAct(clerk1, item, 'case.window')).toBe(true);
    expect(mayAct(chief1, market, 'case.window')).toBe(false);
    expect(decidesOnTheSpot(clerk1, market)).toBe(true);
    expect(decidesOnTheSpot(clerk1, transport)).toBe(false);
    expect(decidesOnTheSpot(clerk1, taxHallOnly)).toBe(false);
  });

  it("lists: reviewers see their departments, clerks and the director everything, an agency's officers their agency", () => {
    expect(reviewScope(chief1)).toEqual(['TA-D06']);
    expect(reviewScope(deputy)).toEqual(['TA-D04', 'TA-D08']);
    expect(reviewScope(tax1)).toEqual(['TA-R26']);
    expect(reviewScope(clerk1)).toBeNull();
    expect(reviewScope(director)).toBeNull();
    expect(reviewScope([g('applicant')])).toBeNull();
    expect(agencyOnly(tax1)).toEqual(['TA-R26']);
    expect(agencyOnly(chief1)).toBeNull();
    expect(agencyOnly([...tax1, ...clerk1])).toBeNull();
  });
});

describe('the review chain', () => {
  const ordinary = [
    { name: '受理', role: '窗口人员' },
    { name: '审查', role: '审查人员' },
    { name: '决定', role: '科长' },
  ];
  const signed = [...ordinary.slice(0, 2), { name: '决定', role: '分管领导' }];
  const instant = [
    { name: '受理', role: '窗口人员' },
    { name: '审查', role: '窗口人员' },
    { name: '决定（即办）', role: '科长' },
  ];

  it('follows the procedure: 审查 where a caseworker reviews, always 审核, 审批 where 分管领导 decides', () => {
    expect(chainOf(ordinary)).toEqual(['review', 'check']);
    expect(chainOf(signed)).toEqual(['review', 'check', 'sign']);
    expect(chainOf(instant)).toEqual(['check']);
  });

  it("places each officer's opinion at their step", () => {
    expect(stepOf(caseworker1, market)).toBe('review');
    expect(stepOf(chief1, market)).toBe('check');
    expect(stepOf(deputy, transport)).toBe('sign');
    expect(stepOf(director, transport)).toBe('sign');
    expect(stepOf(chief1, transport)).toBeNull();
    expect(stepOf(tax1, taxHallOnly)).toBe('check');
    expect(stepOf(director, taxHallOnly)).toBeNull();
  });

  it("blocks a chief's decision until the deputy signs, where the chain names 审批", () => {
    const review = { step: 'review' as const, by: '郑审查', on: '2026-12-01', text: '建议准予许可' };
    expect(chainBlock(chainOf(ordinary), [], 'check')).toBeNull();
    expect(chainBlock(chainOf(signed), [review], 'check')).toMatch(/分管局领导/);
    expect(chainBlock(chainOf(signed), [review, { ...review, step: 'sign', text: '同意' }], 'check')).toBeNull();
    // the deputy (or the director) deciding signs it themselves
    expect(chainBlock(chainOf(signed), [], 'sign')).toBeNull();
  });
});

describe('responsibility for time', () => {
  // 受理 → 审查 (3 days) → 决定 by 科长 (2 days) → 制证送达: due days counted from acceptance on 12-01
  const procedure = [
    { name: '受理', role: '窗口人员' },
    { name: '审查', role: '审查人员' },
    { name: '决定', role: '科长' },
    { name: '制证送达', role: '窗口人员' },
  ];
  const dues = ['2026-12-02', '2026-12-04', '2026-12-08', '2026-12-08'];
  const act = (type: string, on: string, actorId: string, actorName: string, payload: object = {}): LoggedAction => ({ type, on, actorId, actorName, payload });
  const accepted = [act('accept', '2026-12-01', 'clerk', '周窗口'), act('take', '2026-12-01', 'cw', '郑审查')];

  it('charges a case past its statutory day to the step that held it past its own due day, not to the accepting clerk', () => {
    // the caseworker sat on it for weeks; the chief decided the day after the opinion
    const log = [...accepted, act('submit_opinion', '2026-12-29', 'cw', '郑审查', { step: 'review' }), act('approve', '2026-12-30', 'chief', '钱科长', { step: 'check' })];
    const held = heldSteps(procedure, dues, log);
    expect(held.map((h) => [h.step, h.due, h.done, h.holderId])).toEqual([
      ['review', '2026-12-04', '2026-12-29', 'cw'],
      ['check', '2026-12-08', '2026-12-30', 'chief'],
    ]);
    expect(chargedStep(held, '2026-12-22', '2026-12-30', '2026-12-31')?.holderId).toBe('cw');
    // kept the statutory day: nobody is charged
    expect(chargedStep(held, '2026-12-31', '2026-12-30', '2026-12-31')).toBeNull();
  });

  it('charges the chief when the opinion came in time and the decision did not; an open case by what stands today', () => {
    const log = [...accepted, act('submit_opinion', '2026-12-03', 'cw', '郑审查', { step: 'review' }), act('approve', '2026-12-30', 'chief', '钱科长', { step: 'check' })];
    expect(chargedStep(heldSteps(procedure, dues, log), '2026-12-22', '2026-12-30', '2026-12-31')?.holderId).toBe('chief');
    // still open, no opinion: the caseworker holding the task is charged
    const open = heldSteps(procedure, dues, accepted);
    expect(chargedStep(open, '2026-12-22', null, '2026-12-23')).toMatchObject({ step: 'review', holderId: 'cw', done: null });
  });

  it("a chief deciding without a caseworker's opinion held the 审查 too", () => {
    const held = heldSteps(procedure, dues, [act('accept', '2026-12-01', 'clerk', '周窗口'), act('approve', '2026-12-03', 'chief', '钱科长', { step: 'check' })]);
    expect(held.map((h) => [h.step, h.holderId, h.opinion])).toEqual([
      ['review', 'chief', false],
      ['check', 'chief', false],
    ]);
  });

  it('scores each holder of a step: steps, on time, opinions, vetoes', () => {
    const late = [...accepted, act('submit_opinion', '2026-12-29', 'cw', '郑审查', { step: 'review' }), act('approve', '2026-12-30', 'chief', '钱科长', { step: 'check' })];
    const fine = [...accepted, act('submit_opinion', '2026-12-03', 'cw', '郑审查', { step: 'review' }), act('approve', '2026-12-07', 'chief', '钱科长', { step: 'check' })];
    const cases = [late, fine].map((log, i) => {
      const held = heldSteps(procedure, dues, log);
      return { caseNo: `C${i}`, held, charged: chargedStep(held, '2026-12-22', log.at(-1)?.on ?? null, '2026-12-31') };
    });
    const scores = reviewScores(cases, (d) => d.startsWith('2026-12'));
    expect(scores.map((s) => [s.userId, s.steps, s.onTime, s.opinions, s.vetoes])).toEqual([
      ['chief', 2, 1, 0, []],
      ['cw', 2, 1, 2, ['C0']],
    ]);
  });
});
