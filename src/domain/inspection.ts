/**
 * On-site inspection (现场踏勘) rules: who may be sent (two or more inspectors, 行政许可法 art. 34),
 * the checklist of an item, what a complete report is, and when a report is late.
 * Pure: the service reads and writes, these decide.
 */
import type { DateStr, WorkingCalendar } from './calendar.js';

/** Fewest inspectors an inspection may be scheduled with (art. 34: 两名以上工作人员). */
export const MIN_INSPECTORS = 2;
/** Working days after the scheduled date within which the confirmed report is due. */
export const REPORT_DAYS = 3;

export const INSPECTION_STATUSES = { requested: '待安排', scheduled: '已安排', done: '已出具报告', cancelled: '已取消' } as const;
export type InspectionStatus = keyof typeof INSPECTION_STATUSES;

export const POINT_RESULTS = { pass: '符合', fail: '不符合', na: '不适用' } as const;
export type PointResultValue = keyof typeof POINT_RESULTS;

/** One checklist point as recorded. */
export interface PointResult {
  point: string;
  result: PointResultValue;
  note: string;
}

/** A rule broken, with the field it concerns (dotted path into the request body). */
export type InspectionProblem = { path: string; message: string };

/**
 * The checklist used when the catalog gives none: what any on-site check of premises covers,
 * with the licensing items' extra point on the conditions of the licence.
 */
export function defaultChecklist(type: string): string[] {
  const base = [
    '经营（办公、生产）场所地址、面积与申请材料一致',
    '场所布局、设施设备与申请材料一致，满足许可条件',
    '安全、卫生、消防等基本条件符合要求',
    '相关管理制度、人员配备与申请材料一致',
  ];
  return type === 'licensing' ? [...base, '现场无其他不符合许可条件的情形'] : base;
}

/** The checklist of an item: the catalog's own, or the default for its type. */
export function checklistOf(item: { inspectionChecklist?: readonly string[]; type: string }): string[] {
  const own = (item.inspectionChecklist ?? []).map((p) => p.trim()).filter(Boolean);
  return own.length ? [...new Set(own)] : defaultChecklist(item.type);
}

/** Problems with the inspectors chosen: at least two, no one twice. */
export function inspectorProblems(ids: readonly string[]): InspectionProblem[] {
  const out: InspectionProblem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ path: `inspectorIds.${i}`, message: '同一踏勘人员不能重复指派' });
    seen.add(id);
  });
  if (seen.size < MIN_INSPECTORS) out.push({ path: 'inspectorIds', message: `现场踏勘须由${MIN_INSPECTORS}名以上工作人员进行（行政许可法第三十四条）` });
  return out;
}

/**
 * Problems with a report against its checklist: every point answered exactly once and in the
 * checklist, a failed point explained, and a rectification request only when a point failed.
 */
export function reportProblems(checklist: readonly string[], results: readonly PointResult[], rectification: string): InspectionProblem[] {
  const out: InspectionProblem[] = [];
  const seen = new Set<string>();
  results.forEach((r, i) => {
    if (!checklist.includes(r.point)) out.push({ path: `results.${i}.point`, message: '不是本次踏勘的检查要点' });
    else if (seen.has(r.point)) out.push({ path: `results.${i}.point`, message: '检查要点重复' });
    seen.add(r.point);
    if (r.result === 'fail' && !r.note.trim()) out.push({ path: `results.${i}.note`, message: '不符合的要点须写明情况' });
  });
  checklist.forEach((p, i) => {
    if (!seen.has(p)) out.push({ path: 'results', message: `第${i + 1}项"${p}"未填写结果` });
  });
  if (rectification.trim() && outcomeOf(results) === 'pass') out.push({ path: 'rectification', message: '全部要点符合时无需整改' });
  return out;
}

/** The report's outcome: any failed point fails it. */
export function outcomeOf(results: readonly PointResult[]): 'pass' | 'fail' {
  return results.some((r) => r.result === 'fail') ? 'fail' : 'pass';
}

/** A report is final once every assigned inspector confirmed the current version of it. */
export function isFinal(inspectors: readonly { confirmedAt: unknown }[]): boolean {
  return inspectors.length >= MIN_INSPECTORS && inspectors.every((i) => i.confirmedAt !== null);
}

/** The day the confirmed report is due: REPORT_DAYS working days after the scheduled date. */
export function reportDue(scheduledOn: DateStr, calendar: WorkingCalendar): DateStr {
  return calendar.addWorkingDays(scheduledOn, REPORT_DAYS);
}

/** Whether a scheduled inspection's report is late on `today`. */
export function isOverdue(i: { status: InspectionStatus; scheduledOn: DateStr | null }, today: DateStr, calendar: WorkingCalendar): boolean {
  return i.status === 'scheduled' && i.scheduledOn !== null && today > reportDue(i.scheduledOn, calendar);
}

/** The working days the applicant is told the inspection needs (art. 45): to the visit, plus the report's days. */
export function expectedDays(today: DateStr, scheduledOn: DateStr, calendar: WorkingCalendar): number {
  return Math.max(0, calendar.workingDaysBetween(today, scheduledOn)) + REPORT_DAYS;
}
