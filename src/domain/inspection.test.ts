import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar.js';
import { checklistOf, defaultChecklist, expectedDays, inspectorProblems, isFinal, isOverdue, outcomeOf, reportDue, reportProblems, type PointResult } from './inspection.js';

const cal = new WorkingCalendar();
const LIST = ['场所面积', '设施设备', '卫生条件'];
const all = (result: PointResult['result'], note = ''): PointResult[] => LIST.map((point) => ({ point, result, note }));

describe('inspectors (art. 34)', () => {
  it('refuses fewer than two, naming the field', () => {
    expect(inspectorProblems([])).toEqual([{ path: 'inspectorIds', message: expect.stringContaining('2名以上') }]);
    expect(inspectorProblems(['a']).map((p) => p.path)).toEqual(['inspectorIds']);
  });
  it('refuses the same inspector twice, which is not two people', () => {
    expect(inspectorProblems(['a', 'a']).map((p) => p.path)).toEqual(['inspectorIds.1', 'inspectorIds']);
  });
  it('accepts two or more distinct inspectors', () => {
    expect(inspectorProblems(['a', 'b'])).toEqual([]);
    expect(inspectorProblems(['a', 'b', 'c'])).toEqual([]);
  });
});

describe('checklist', () => {
  it("uses the item's own points, trimmed and without repeats", () => {
    expect(checklistOf({ type: 'licensing', inspectionChecklist: [' 甲 ', '乙', '甲', ''] })).toEqual(['甲', '乙']);
  });
  it('falls back to the default of the item type when the catalog gives none', () => {
    expect(checklistOf({ type: 'licensing', inspectionChecklist: [] })).toEqual(defaultChecklist('licensing'));
    expect(checklistOf({ type: 'public_service' })).toEqual(defaultChecklist('public_service'));
    expect(defaultChecklist('licensing').length).toBeGreaterThan(defaultChecklist('public_service').length);
  });
});

describe('report', () => {
  it('is complete when every point is answered once', () => {
    expect(reportProblems(LIST, all('pass'), '')).toEqual([]);
    expect(reportProblems(LIST, all('na'), '')).toEqual([]);
  });
  it('names the unanswered point, the unknown point and the repeated one', () => {
    const results: PointResult[] = [
      { point: '场所面积', result: 'pass', note: '' },
      { point: '场所面积', result: 'pass', note: '' },
      { point: '别的', result: 'pass', note: '' },
    ];
    const paths = reportProblems(LIST, results, '').map((p) => p.path);
    expect(paths).toEqual(['results.1.point', 'results.2.point', 'results', 'results']);
  });
  it('wants a note on a failed point', () => {
    const results = all('pass');
    results[1] = { point: '设施设备', result: 'fail', note: ' ' };
    expect(reportProblems(LIST, results, '').map((p) => p.path)).toEqual(['results.1.note']);
    results[1] = { point: '设施设备', result: 'fail', note: '缺少消毒柜' };
    expect(reportProblems(LIST, results, '补充消毒柜')).toEqual([]);
    expect(outcomeOf(results)).toBe('fail');
  });
  it('refuses a rectification request when nothing failed', () => {
    expect(reportProblems(LIST, all('pass'), '整改').map((p) => p.path)).toEqual(['rectification']);
    expect(outcomeOf(all('pass'))).toBe('pass');
  });
  it('is final only when every assigned inspector confirmed, and never with fewer than two', () => {
    expect(isFinal([{ confirmedAt: new Date() }, { confirmedAt: null }])).toBe(false);
    expect(isFinal([{ confirmedAt: new Date() }, { confirmedAt: new Date() }])).toBe(true);
    expect(isFinal([{ confirmedAt: new Date() }])).toBe(false);
  });
});

describe('due dates on the working calendar', () => {
  it('gives the report three working days after the visit, across a holiday', () => {
    // 2026-09-30 is a Wednesday before the National Day holiday (10-01…10-07), 10-10 a make-up Saturday
    expect(reportDue('2026-09-30', cal)).toBe('2026-10-10');
    expect(reportDue('2026-11-23', cal)).toBe('2026-11-26');
  });
  it('is overdue only for a scheduled inspection past its due day', () => {
    expect(isOverdue({ status: 'scheduled', scheduledOn: '2026-11-23' }, '2026-11-26', cal)).toBe(false);
    expect(isOverdue({ status: 'scheduled', scheduledOn: '2026-11-23' }, '2026-11-27', cal)).toBe(true);
    expect(isOverdue({ status: 'done', scheduledOn: '2026-11-23' }, '2026-12-27', cal)).toBe(false);
    expect(isOverdue({ status: 'requested', scheduledOn: null }, '2026-12-27', cal)).toBe(false);
  });
  it('tells the applicant the working days to the visit plus the report days', () => {
    expect(expectedDays('2026-11-23', '2026-11-25', cal)).toBe(5);
    expect(expectedDays('2026-11-25', '2026-11-25', cal)).toBe(3);
  });
});
