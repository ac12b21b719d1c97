/**
 * Request and response shapes of the hall API (tickets, windows, appointments, ratings, rectifications).
 */
import { z } from 'zod';
import { GRADES, PRIORITIES } from '../../../domain/hall.js';
import { isValidIdNumber, isValidMobile } from '../../../domain/identifiers.js';
import { problem } from '../../platform/errors.js';
import { day } from '../../platform/schemas.js';

/** The problems (4xx) every hall route may answer with. */
export const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

const zoneCode = z.string().regex(/^[A-Z]$/, '服务区代码为一个大写字母');
const itemCode = z.string().trim().min(1).max(120);
const note = z.string().trim().min(1, '请填写说明').max(2000);
const idNumber = z.string().trim().toUpperCase().refine(isValidIdNumber, '身份证号格式或校验位不正确');

export const windowParam = z.object({ windowId: z.coerce.number().int().positive() });
export const zoneParam = z.object({ zone: zoneCode });

export const issueTicketBody = z
  .strictObject({
  /** required, except when an appointment code names the zone */
  zone: zoneCode.optional(),
  itemCode: itemCode.optional(),
  /** 预约号 to check in an appointment */
  appointmentCode: z.string().trim().regex(/^\d{8}$/, '预约码为8位数字').optional(),
  /** the ID card read at the kiosk: checks an appointment in, or proves the age for the green channel */
  idNumber: idNumber.optional(),
  priority: z.enum(PRIORITIES).default('normal'),
  /** a key the client makes per ticket: a retried request gets the same ticket */
  requestKey: z.string().trim().min(8).max(80).optional(),
  })
  .refine((b) => b.zone !== undefined || b.appointmentCode !== undefined, { message: '请选择服务区', path: ['zone'] });
export type IssueTicketBody = z.infer<typeof issueTicketBody>;

export const ticketView = z.object({
  id: z.number(),
  number: z.string(),
  zone: z.string(),
  zoneName: z.string(),
  itemCode: z.string().nullable(),
  itemName: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  source: z.enum(['kiosk', 'appointment', 'clerk']),
  status: z.enum(['waiting', 'called', 'serving', 'done', 'skipped']),
  takenAt: z.string(),
  appointment: z.object({ slotStart: z.string(), slotEnd: z.string() }).nullable(),
  windowId: z.number().nullable(),
  windowNumber: z.number().nullable(),
  targetWindowId: z.number().nullable(),
  calledAt: z.string().nullable(),
  calledCount: z.number(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  requeued: z.boolean(),
  transfers: z.number(),
  caseNo: z.string().nullable(),
});
export type TicketView = z.infer<typeof ticketView>;

export const issuedTicket = z.object({
  number: z.string(),
  zone: z.string(),
  zoneName: z.string(),
  itemName: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  takenAt: z.string(),
  appointment: z.object({ slotStart: z.string(), slotEnd: z.string() }).nullable(),
  position: z.number(),
  waiting: z.number(),
  estimatedWaitMinutes: z.number(),
});

export const actionBody = z.strictObject({
  /** the ticket the console shows; a different current ticket answers 409 */
  number: z.string().regex(/^[A-Z]\d{3,}$/, '票号格式如 A001').optional(),
});
export const transferBody = z
  .strictObject({
    number: z.string().regex(/^[A-Z]\d{3,}$/, '票号格式如 A001').optional(),
    zone: zoneCode.optional(),
    windowId: z.number().int().positive().optional(),
  })
  .refine((b) => (b.zone === undefined) !== (b.windowId === undefined), { message: '请指定转入的服务区或窗口之一', path: ['zone'] });
export const finishBody = z.strictObject({
  number: z.string().regex(/^[A-Z]\d{3,}$/, '票号格式如 A001').optional(),
  caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号').optional(),
});
export const linkCaseBody = z.strictObject({ caseNo: z.string().regex(/^TA\d{4}-\d{6}$/, '办件编号格式为 TA年份-六位序号') });
export const pauseBody = z.strictObject({ paused: z.boolean() });
/** 自助取号机 registration: a name the hall knows it by (where it stands). */
export const registerKioskBody = z.strictObject({ name: z.string().trim().min(1, '请填写取号机名称').max(60) });
export const kioskParam = z.object({ kioskId: z.coerce.number().int().positive().max(2_147_483_647) });
export const kioskView = z.object({
  id: z.number(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  ticketsToday: z.number(),
});
/** A kiosk just registered: its device token is shown this once (the hall keeps only its hash). */
export const registeredKiosk = kioskView.extend({ token: z.string() });

export const requeueParam = z.object({ number: z.string().regex(/^[A-Z]\d{3,}$/, '票号格式如 A001') });
export const windowItemsBody = z.strictObject({ items: z.array(itemCode).max(500) });

export const windowState = z.object({
  id: z.number(),
  zone: z.string(),
  zoneName: z.string(),
  number: z.number(),
  name: z.string(),
  comprehensive: z.boolean(),
  items: z.array(z.string()),
  session: z.object({ userId: z.string(), name: z.string(), paused: z.boolean(), signedInAt: z.string(), mine: z.boolean() }).nullable(),
  current: ticketView.nullable(),
  queue: z.array(ticketView),
  waiting: z.number(),
  servedToday: z.number(),
  skipped: z.array(ticketView),
});

export const zoneSummary = z.object({
  code: z.string(),
  name: z.string(),
  waiting: z.number(),
  windowsOpen: z.number(),
  windows: z.number(),
  servedToday: z.number(),
  longestWaitMinutes: z.number(),
  estimatedWaitMinutes: z.number(),
  avgServiceMinutes: z.number(),
});

export const callView = z.object({ number: z.string(), windowNumber: z.number(), windowName: z.string(), zone: z.string(), at: z.string(), status: z.string() });
export const boardView = z.object({ zone: z.string(), zoneName: z.string(), waiting: z.number(), calls: z.array(callView), windowsOpen: z.number() });

export const overviewView = z.object({
  day: z.string(),
  zones: z.array(zoneSummary),
  hours: z.array(z.object({ hour: z.number(), zone: z.string(), taken: z.number(), served: z.number() })),
  ratings: z.object({ total: z.number(), bad: z.number(), openRectifications: z.number(), overdueRectifications: z.number() }),
});

// ------------------------------------------------------------------ appointments

export const slotsQuery = z.object({ zone: zoneCode });
export const slotsView = z.object({
  zone: z.string(),
  capacity: z.number(),
  days: z.array(z.object({ date: z.string(), slots: z.array(z.object({ start: z.string(), end: z.string(), booked: z.number(), available: z.number() })) })),
});
export const bookBody = z.strictObject({
  zone: zoneCode,
  itemCode: itemCode.optional(),
  slotStart: z.iso.datetime({ offset: true, message: '时段开始时间格式为 ISO 8601' }),
});
export const appointmentView = z.object({
  id: z.string(),
  code: z.string(),
  zone: z.string(),
  zoneName: z.string(),
  itemCode: z.string().nullable(),
  itemName: z.string().nullable(),
  slotStart: z.string(),
  slotEnd: z.string(),
  status: z.enum(['booked', 'checked_in', 'cancelled', 'no_show']),
  idNumber: z.string().nullable(),
  createdAt: z.string(),
  ticketNumber: z.string().nullable(),
});
export const appointmentParam = z.object({ id: z.uuid() });

// ------------------------------------------------------------------ ratings

export const rateBody = z
  .strictObject({
    /** ticket:<id> (the window's pad, signed in as its staff) or case:<case number> (the applicant, online) */
    serviceRef: z
      .string()
      .regex(/^(ticket:\d+|case:TA\d{4}-\d{6})$/, '服务编号格式为 ticket:编号 或 case:办件编号')
      .optional(),
    /** the one-time token of a rating link */
    token: z.string().min(20).max(100).optional(),
    grade: z.enum(GRADES),
    reasons: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
    comment: z.string().trim().max(500).default(''),
    phone: z.string().trim().refine(isValidMobile, '手机号码格式不正确').optional(),
    /** the rating device (pad id); defaults to the caller's address */
    device: z.string().trim().min(1).max(80).optional(),
  })
  .refine((b) => (b.serviceRef === undefined) !== (b.token === undefined), { message: '请指定 serviceRef 或 token 之一', path: ['serviceRef'] });
export const ratingView = z.object({
  id: z.number(),
  serviceRef: z.string(),
  grade: z.enum(GRADES),
  gradeName: z.string(),
  flagged: z.boolean(),
  rectificationId: z.string().nullable(),
});
export const tokenParam = z.object({ token: z.string().min(20).max(100) });
export const ratingLinkView = z.object({
  ticketNumber: z.string(),
  zoneName: z.string(),
  windowName: z.string().nullable(),
  itemName: z.string().nullable(),
  finishedAt: z.string().nullable(),
  rating: z.object({ grade: z.enum(GRADES), gradeName: z.string(), comment: z.string(), at: z.string() }).nullable(),
  rectification: z.object({ status: z.string(), outcome: z.string().nullable(), dueDate: z.string() }).nullable(),
});
export const statsQuery = z.object({
  by: z.enum(['window', 'staff', 'zone', 'item']).default('window'),
  from: day.optional(),
  to: day.optional(),
});
export const statsView = z.object({
  by: z.string(),
  items: z.array(
    z.object({ key: z.string(), name: z.string(), total: z.number(), counts: z.record(z.string(), z.number()), averageScore: z.number(), satisfiedRate: z.number(), flagged: z.number() }),
  ),
});
export const padView = z.object({ ticket: z.object({ serviceRef: z.string(), number: z.string(), itemName: z.string().nullable(), finishedAt: z.string() }).nullable() });

// ------------------------------------------------------------------ rectifications

export const rectificationView = z.object({
  id: z.string(),
  status: z.enum(['open', 'verified', 'called_back', 'rectified', 'closed']),
  openedOn: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  departmentCode: z.string().nullable(),
  rating: z.object({ grade: z.enum(GRADES), gradeName: z.string(), reasons: z.array(z.string()), comment: z.string(), phone: z.string().nullable(), at: z.string() }),
  ticketNumber: z.string().nullable(),
  windowName: z.string().nullable(),
  staffName: z.string().nullable(),
  verifyNote: z.string().nullable(),
  callbackNote: z.string().nullable(),
  callbackAt: z.string().nullable(),
  rectifyNote: z.string().nullable(),
  outcome: z.string().nullable(),
  closedAt: z.string().nullable(),
  rev: z.number(),
});
export const rectifyBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('verify'), rev: z.number().int().min(1), note }),
  z.strictObject({ action: z.literal('call_back'), rev: z.number().int().min(1), note }),
  z.strictObject({ action: z.literal('rectify'), rev: z.number().int().min(1), note }),
  z.strictObject({ action: z.literal('close'), rev: z.number().int().min(1), note }),
]);
export type RectifyBody = z.infer<typeof rectifyBody>;
export const rectificationParam = z.object({ id: z.uuid() });
