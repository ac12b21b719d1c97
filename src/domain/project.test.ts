import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar.js';
import { computeClock, type ClockEvent } from './clock.js';
import { agentLoad, authorisationRefusal, followupState, nextStep, projectClock, projectCode, projectLimitDays, type Authorisation, type ProjectCaseClock } from './project.js';

const cal = new WorkingCalendar();

/** A case's clock as the cases module computes it, from its events. */
function caseClock(caseNo: string, status: ProjectCaseClock['status'], events: ClockEvent[], promisedDays: number, today: string): ProjectCaseClock {
  return { caseNo, status, clock: computeClock(events, { statutoryDays: 20, promisedDays }, today, cal) };
}

describe('project numbers and limits', () => {
  it('writes the number the bureau uses', () => {
    expect(projectCode(2026, 7)).toBe('泰投项〔2026〕7号');
  });

  it('takes the set limit, else the longest promised limit of the items', () => {
    expect(projectLimitDays(null, [10, 5, 20])).toBe(20);
    expect(projectLimitDays(15, [10, 5, 20])).toBe(15);
    expect(projectLimitDays(null, [])).toBe(0);
  });
});

describe('the project clock', () => {
  it('does not run before any case is accepted', () => {
    const c = projectClock([caseClock('A', 'submitted', [{ type: 'received', on: '2026-09-28' }], 10, '2026-09-29')], 10, '2026-09-29', cal);
    expect(c).toMatchObject({ state: 'not_started', startedOn: null, dueOn: null, remainingWorkingDays: null });
  });

  it('counts the limit in working days from the first acceptance, over the National Day holiday', () => {
    // accepted 2026-09-30; 5 working days end on 2026-10-13 (10-01…10-07 off, 10-10 a make-up working Saturday)
    const cases = [
      caseClock('A', 'accepted', [{ type: 'accepted', on: '2026-09-30' }], 5, '2026-10-09'),
      caseClock('B', 'accepted', [{ type: 'accepted', on: '2026-10-08' }], 3, '2026-10-09'),
    ];
    const c = projectClock(cases, 5, '2026-10-09', cal);
    expect(c.startedOn).toBe('2026-09-30');
    expect(c.dueOn).toBe('2026-10-13');
    expect(c.remainingWorkingDays).toBe(3); // 10-10 (make-up Saturday), 10-12, 10-13
    expect(c.state).toBe('ok');
    expect(projectClock(cases, 5, '2026-10-12', cal)).toMatchObject({ remainingWorkingDays: 1, state: 'warning' });
  });

  it('flags a case whose own promised day falls after the project’s', () => {
    const cases = [
      caseClock('A', 'accepted', [{ type: 'accepted', on: '2026-11-02' }], 10, '2026-11-03'),
      caseClock('B', 'accepted', [{ type: 'accepted', on: '2026-11-09' }], 10, '2026-11-03'),
    ];
    const c = projectClock(cases, 10, '2026-11-03', cal);
    expect(c.dueOn).toBe('2026-11-16');
    expect(c.atRisk).toEqual(['B']);
    expect(c.state).toBe('warning');
  });

  it('is overdue past the due day and on time only when every decision is on or before it', () => {
    const running = projectClock([caseClock('A', 'accepted', [{ type: 'accepted', on: '2026-11-02' }], 3, '2026-11-10')], 3, '2026-11-10', cal);
    expect(running).toMatchObject({ dueOn: '2026-11-05', state: 'overdue' });
    expect(running.remainingWorkingDays).toBeLessThan(0);
    const late = projectClock(
      [
        caseClock('A', 'approved', [{ type: 'accepted', on: '2026-11-02' }, { type: 'decided', on: '2026-11-04' }], 3, '2026-11-10'),
        caseClock('B', 'refused', [{ type: 'accepted', on: '2026-11-02' }, { type: 'decided', on: '2026-11-06' }], 3, '2026-11-10'),
      ],
      3,
      '2026-11-10',
      cal,
    );
    expect(late).toMatchObject({ state: 'done', onTime: false, finished: 2, total: 2 });
    const onTime = projectClock([caseClock('A', 'approved', [{ type: 'accepted', on: '2026-11-02' }, { type: 'decided', on: '2026-11-05' }], 3, '2026-11-10')], 3, '2026-11-10', cal);
    expect(onTime).toMatchObject({ state: 'done', onTime: true });
  });

  it('is overdue while one of its cases is past its own deadline, even before the project\'s due day', () => {
    // B accepted on 11-02 with 2 promised days is due 11-04; the project (limit 10) is due 11-16
    const c = projectClock(
      [caseClock('A', 'accepted', [{ type: 'accepted', on: '2026-11-02' }], 10, '2026-11-09'), caseClock('B', 'accepted', [{ type: 'accepted', on: '2026-11-02' }], 2, '2026-11-09')],
      10,
      '2026-11-09',
      cal,
    );
    expect(c).toMatchObject({ dueOn: '2026-11-16', state: 'overdue', overdueCases: ['B'] });
    expect(c.remainingWorkingDays).toBeGreaterThan(0);
  });

  it('always ends exactly limitDays working days after the earliest acceptance (property)', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 60 }), (days, limit) => {
        const cases = days.map((d, i) => caseClock(`C${i}`, 'accepted', [{ type: 'accepted', on: d }], 10, d));
        const first = [...days].sort()[0]!;
        const c = projectClock(cases, limit, first, cal);
        expect(c.startedOn).toBe(first);
        expect(cal.workingDaysBetween(first, c.dueOn!)).toBe(limit);
      }),
    );
  });
});

describe('next step of a case', () => {
  const clock = computeClock([{ type: 'accepted', on: '2026-11-02' }], { statutoryDays: 20, promisedDays: 10 }, '2026-11-03', cal);
  it('names the current procedure step and its due day', () => {
    const steps = [
      { name: '审查', due: '2026-11-04' },
      { name: '决定', due: '2026-11-16' },
    ];
    expect(nextStep('accepted', clock, steps, '2026-11-03')).toEqual({ text: '审查（2026-11-04前）', by: 'bureau' });
    expect(nextStep('accepted', clock, steps, '2026-11-05')).toEqual({ text: '决定（2026-11-16前）', by: 'bureau' });
    expect(nextStep('accepted', clock, [], '2026-11-05').text).toBe('审查决定（2026-11-16前）');
  });
  it('says when the applicant side must act', () => {
    expect(nextStep('draft', clock, [], '2026-11-03').by).toBe('applicant');
    expect(nextStep('supplement_requested', clock, [], '2026-11-03').by).toBe('applicant');
    expect(nextStep('approved', clock, [], '2026-11-03')).toEqual({ text: '准予许可', by: null });
  });
});

describe('follow-ups', () => {
  it('are overdue the day after their due day unless done', () => {
    expect(followupState({ dueDate: '2026-11-05', doneAt: null }, '2026-11-05')).toBe('open');
    expect(followupState({ dueDate: '2026-11-05', doneAt: null }, '2026-11-06')).toBe('overdue');
    expect(followupState({ dueDate: '2026-11-05', doneAt: new Date() }, '2026-11-06')).toBe('done');
  });
});

describe('agency authorisations', () => {
  const a: Authorisation = { creditCode: '91370900MA3C5XQ05T', agentUserId: 'u1', scope: 'all', projectId: null, validFrom: '2026-01-01', validTo: '2026-12-31', revoked: false };
  const want = { agentUserId: 'u1', creditCode: '91370900MA3C5XQ05T', today: '2026-06-01', projectId: null };
  it('covers its agent, its company, its dates', () => {
    expect(authorisationRefusal(a, want)).toBeNull();
    expect(authorisationRefusal(a, { ...want, agentUserId: 'u2' })).toMatch(/不是委托给/);
    expect(authorisationRefusal(a, { ...want, creditCode: '91370900MA3C5XQ06R' })).toMatch(/企业/);
    expect(authorisationRefusal(a, { ...want, today: '2027-01-01' })).toMatch(/有效期/);
    expect(authorisationRefusal({ ...a, revoked: true }, want)).toMatch(/撤销/);
  });
  it('covers one project only when its scope is a project', () => {
    const p = { ...a, scope: 'project' as const, projectId: 'p1' };
    expect(authorisationRefusal(p, { ...want, projectId: 'p1' })).toBeNull();
    expect(authorisationRefusal(p, { ...want, projectId: 'p2' })).toMatch(/另一个项目/);
    expect(authorisationRefusal({ ...p, projectId: null }, want)).toBeNull();
    expect(authorisationRefusal({ ...p, projectId: null }, { ...want, projectId: 'case' })).toMatch(/不能用于单独申请/);
    expect(authorisationRefusal(a, { ...want, projectId: 'case' })).toBeNull();
  });
});

describe('agent workload', () => {
  it('counts projects, open, overdue and waiting cases', () => {
    const load = agentLoad([
      { cases: [{ status: 'approved', clockState: 'done', by: null }] },
      {
        cases: [
          { status: 'accepted', clockState: 'overdue', by: 'bureau' },
          { status: 'draft', clockState: 'not_started', by: 'applicant' },
        ],
      },
    ]);
    expect(load).toEqual({ projects: 2, activeProjects: 1, openCases: 2, overdueCases: 1, waitingOnAgent: 1 });
  });
});
