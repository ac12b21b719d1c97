/**
 * Request and response shapes of the inspections API (现场踏勘).
 */
import { z } from 'zod';
import { INSPECTION_STATUSES, POINT_RESULTS } from '../../../domain/inspection.js';
import { day } from '../../platform/schemas.js';

const status = z.enum(Object.keys(INSPECTION_STATUSES) as [keyof typeof INSPECTION_STATUSES, ...(keyof typeof INSPECTION_STATUSES)[]]);
const pointResult = z.enum(Object.keys(POINT_RESULTS) as [keyof typeof POINT_RESULTS, ...(keyof typeof POINT_RESULTS)[]]);

export const inspectionParam = z.object({ id: z.uuid('踏勘编号格式不正确') });
export const photoParam = inspectionParam.extend({ photoId: z.uuid('照片编号格式不正确') });
export const caseNoParam = z.object({ caseNo: z.string().trim().min(1).max(40) });

export const requestBody = z.strictObject({
  caseNo: z.string().trim().min(1, '请填写办件编号').max(40),
  reason: z.string().trim().min(1, '请填写踏勘事由').max(1000),
});

export const scheduleBody = z.strictObject({
  scheduledOn: day,
  address: z.string().trim().min(1, '请填写踏勘地点').max(300),
  /** two or more (行政许可法 art. 34); checked by the service so the answer names the rule */
  inspectorIds: z.array(z.uuid('人员编号格式不正确')).max(10),
  expectedRev: z.number().int().min(0),
});
export type ScheduleBody = z.infer<typeof scheduleBody>;

export const reportBody = z.strictObject({
  expectedRev: z.number().int().min(0),
  results: z.array(z.strictObject({ point: z.string().trim().min(1).max(200), result: pointResult, note: z.string().trim().max(500).default('') })).max(50),
  notes: z.string().trim().max(2000).default(''),
  /** 整改要求 when points failed; empty: none */
  rectification: z.string().trim().max(1000).default(''),
  rectifyDue: day.nullable().default(null),
  /** where the report was recorded (the browser's position), optional */
  location: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).nullable().default(null),
});
export type ReportBody = z.infer<typeof reportBody>;

export const confirmBody = z.strictObject({ expectedRev: z.number().int().min(0) });

export const cancelBody = z.strictObject({ reason: z.string().trim().min(1, '请填写取消原因').max(1000), expectedRev: z.number().int().min(0) });

export const listQuery = z.object({
  /** mine: the caller's assignments (inspectors); all: the centre's (inspection.schedule) */
  scope: z.enum(['mine', 'all']).default('all'),
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(status).optional()),
});

export const boardQuery = z.object({ from: day.optional(), days: z.coerce.number().int().min(1).max(31).default(7) });

const inspector = z.object({ userId: z.string(), name: z.string(), confirmedAt: z.string().nullable() });
const photo = z.object({ id: z.string(), name: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(), uploadedBy: z.string(), at: z.string(), url: z.string() });

export const inspectionView = z.object({
  id: z.string(),
  caseNo: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  caseStatus: z.string(),
  round: z.number(),
  status,
  statusName: z.string(),
  reason: z.string(),
  checklist: z.array(z.string()),
  requestedBy: z.string(),
  requestedAt: z.string(),
  scheduledOn: z.string().nullable(),
  address: z.string().nullable(),
  scheduledBy: z.string().nullable(),
  reportDue: z.string().nullable(),
  overdue: z.boolean(),
  inspectors: z.array(inspector),
  results: z.array(z.object({ point: z.string(), result: pointResult, note: z.string() })),
  notes: z.string(),
  rectification: z.string(),
  rectifyDue: z.string().nullable(),
  cancelReason: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
  rev: z.number(),
  outcome: z.enum(['pass', 'fail']).nullable(),
  finishedOn: z.string().nullable(),
  photos: z.array(photo),
  /** what the caller may do now */
  can: z.object({ schedule: z.boolean(), record: z.boolean(), confirm: z.boolean(), cancel: z.boolean() }),
});
export type InspectionView = z.infer<typeof inspectionView>;

export const listView = z.object({ items: z.array(inspectionView) });

/** What the case page shows: whether the item needs an inspection, and every round (the applicant sees the notice part). */
export const caseInspectionsView = z.object({
  required: z.boolean(),
  canRequest: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      round: z.number(),
      status,
      statusName: z.string(),
      scheduledOn: z.string().nullable(),
      address: z.string().nullable(),
      inspectors: z.array(z.string()),
      outcome: z.enum(['pass', 'fail']).nullable(),
      rectification: z.string(),
      rectifyDue: z.string().nullable(),
      finishedOn: z.string().nullable(),
      /** staff only: the full record */
      detail: inspectionView.nullable(),
    }),
  ),
});

export const inspectorsView = z.object({ items: z.array(z.object({ userId: z.string(), username: z.string(), name: z.string() })) });

export const boardView = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(z.object({ date: z.string(), working: z.boolean() })),
  inspectors: z.array(z.object({ userId: z.string(), name: z.string(), perDay: z.array(z.number()), total: z.number() })),
  waiting: z.number(),
  overdue: z.array(z.object({ id: z.string(), caseNo: z.string(), itemName: z.string(), scheduledOn: z.string(), reportDue: z.string(), inspectors: z.array(z.string()) })),
});
