/**
 * The service hall's rules, without I/O: who goes first in a queue, which window may serve
 * which ticket, ticket numbers, the green channel, waiting estimates, appointment slots,
 * the no-show block and the 好差评 grades. The database's call-next orders by the same rule
 * (queue.repository.ts); a test checks they agree.
 */
import { addCalendarDays, type DateStr } from './dates.js';
import { isValidIdNumber } from './identifiers.js';

/** A window's sign as it hangs over the counter: zone and two-digit number (C01). */
export function windowSign(zone: string, number: number): string {
  return `${zone}${String(number).padStart(2, '0')}`;
}

export const PRIORITIES = ['normal', 'elderly', 'disabled', 'military', 'pregnant'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** The green channel (绿色通道) and who it is for. */
export const GREEN_CHANNEL: Record<Exclude<Priority, 'normal'>, string> = { elderly: '70岁以上老人', disabled: '残疾人', military: '军人', pregnant: '孕妇' };
export const ELDERLY_AGE = 70;

/** What the queue needs to know of a waiting ticket. Times are epoch milliseconds. */
export interface QueuedTicket {
  id: number;
  zone: string;
  itemCode: string | null;
  priority: Priority;
  /** the time the queue orders by: when taken, kept on transfer */
  queueAt: number;
  takenAt: number;
  /** the booked slot of an appointment's ticket */
  apptStart: number | null;
  apptEnd: number | null;
  /** a transfer to one window: nobody else calls it */
  targetWindowId: number | null;
}

/** A window as the queue sees it. */
export interface WindowScope {
  id: number;
  zone: string;
  comprehensive: boolean;
  items: readonly string[];
}

/**
 * 0: an appointment checked in before its slot ended, once the slot has begun; 1: the green
 * channel; 2: everyone else.
 */
export function priorityClass(t: QueuedTicket, now: number): 0 | 1 | 2 {
  if (t.apptStart !== null && t.apptEnd !== null && t.apptStart <= now && t.takenAt < t.apptEnd) return 0;
  return t.priority === 'normal' ? 2 : 1;
}

/** Queue order: class, then first come first served, then the ticket id (issue order). */
export function compareTickets(a: QueuedTicket, b: QueuedTicket, now: number): number {
  return priorityClass(a, now) - priorityClass(b, now) || a.queueAt - b.queueAt || a.id - b.id;
}

/**
 * Whether a window may call a ticket: same zone; a ticket transferred to one window only there;
 * a 综合窗口 serves every item of its zone, another window only its items (a ticket without an
 * item goes to the 综合窗口).
 */
export function mayServe(w: WindowScope, t: QueuedTicket): boolean {
  if (t.zone !== w.zone) return false;
  if (t.targetWindowId !== null) return t.targetWindowId === w.id;
  return w.comprehensive || (t.itemCode !== null && w.items.includes(t.itemCode));
}

/** The waiting tickets a window may call, in the order it calls them. */
export function queueFor(w: WindowScope, waiting: readonly QueuedTicket[], now: number): QueuedTicket[] {
  return waiting.filter((t) => mayServe(w, t)).sort((a, b) => compareTickets(a, b, now));
}

/** The ticket a window calls next, if any. */
export function nextTicket(w: WindowScope, waiting: readonly QueuedTicket[], now: number): QueuedTicket | undefined {
  return queueFor(w, waiting, now)[0];
}

/** A ticket's number: zone letter and the day's sequence, three digits at least (A001). */
export function ticketNumber(zone: string, seq: number): string {
  return `${zone}${String(seq).padStart(3, '0')}`;
}

/** Age in whole years on `day` of the holder of a valid 18-digit 身份证号; null for an invalid number. */
export function ageFromIdNumber(idNumber: string, day: DateStr): number | null {
  if (!isValidIdNumber(idNumber)) return null;
  const birth = idNumber.slice(6, 14);
  const today = day.replaceAll('-', '');
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(4) >= birth.slice(4) ? years : years - 1;
}

/** Minutes a newcomer waits: the people ahead shared among the open windows, at the recent service time. */
export function estimateWaitMinutes(ahead: number, openWindows: number, avgServiceMinutes: number): number {
  return Math.ceil((ahead * avgServiceMinutes) / Math.max(1, openWindows));
}

// ------------------------------------------------------------------ appointments

/** Half-hour slots of a working day, Beijing time: 9:00–12:00 and 13:30–17:00. */
const SLOT_STARTS = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'];
export const SLOT_MINUTES = 30;
/** How early before its slot an appointment may check in. */
export const CHECK_IN_EARLY_MINUTES = 30;
/** How many days ahead one may book. */
export const BOOKING_DAYS_AHEAD = 7;

/** The instant of a Beijing wall-clock time (China has no daylight saving: UTC+8). */
export function beijingInstant(day: DateStr, hhmm: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, h - 8, min));
}

/** The slots of one day as start instants. */
export function slotStartsOf(day: DateStr): Date[] {
  return SLOT_STARTS.map((s) => beijingInstant(day, s));
}

/** Whether an instant starts a slot of its day. */
export function isSlotStart(day: DateStr, at: Date): boolean {
  return slotStartsOf(day).some((s) => s.getTime() === at.getTime());
}

/** Places per slot in a zone: half its windows, at least two. */
export function slotCapacity(windowCount: number): number {
  return Math.max(2, Math.floor(windowCount / 2));
}

export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_WINDOW_DAYS = 30;
export const BLOCK_DAYS = 30;

/**
 * Whether no-shows block online booking on `today`: three within 30 days block it for 30 days
 * from the day of the third. `noShowDays` are the days of missed slots. Returns the first day
 * one may book again, or null.
 */
export function bookingBlockedUntil(noShowDays: readonly DateStr[], today: DateStr): DateStr | null {
  const days = [...noShowDays].sort();
  let until: DateStr | null = null;
  for (let i = NO_SHOW_LIMIT - 1; i < days.length; i++) {
    const first = days[i - NO_SHOW_LIMIT + 1] as DateStr;
    const third = days[i] as DateStr;
    if (addCalendarDays(first, NO_SHOW_WINDOW_DAYS) > third) {
      const end = addCalendarDays(third, BLOCK_DAYS);
      if (!until || end > until) until = end;
    }
  }
  return until && until > today ? until : null;
}

// ------------------------------------------------------------------ 好差评

export const GRADES = ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_NAMES: Record<Grade, string> = { very_satisfied: '非常满意', satisfied: '满意', basic: '基本满意', dissatisfied: '不满意', very_dissatisfied: '非常不满意' };
/** Score of a grade for statistics (5 best). */
export const GRADE_SCORE: Record<Grade, number> = { very_satisfied: 5, satisfied: 4, basic: 3, dissatisfied: 2, very_dissatisfied: 1 };
/** Grades that open a rectification (整改). */
export function isBadGrade(g: Grade): boolean {
  return g === 'dissatisfied' || g === 'very_dissatisfied';
}
/** Reason tags the pad offers. */
export const RATING_REASONS = ['办事效率高', '服务态度好', '一次办好', '材料要求清楚', '等候时间长', '服务态度差', '多次跑腿', '材料要求不清', '系统故障'] as const;
/** Working days a chief has to close a rectification. */
export const RECTIFY_WORKING_DAYS = 15;
/** Identical ratings from one device or phone within the burst window: flagged from the third, refused after the fifth. */
export const BURST_MINUTES = 10;
export const BURST_FLAG_AT = 3;
export const BURST_REFUSE_AT = 6;
