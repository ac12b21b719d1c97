/**
 * The hall API as the screens use it: shapes of docs/api-v1.md (Hall) and TanStack Query hooks.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { API_BASE, api } from '../../api/client';
import { windowSign, type Grade, type Priority } from '../../../domain/hall';

export interface ZoneSummary {
  code: string;
  name: string;
  waiting: number;
  windowsOpen: number;
  windows: number;
  servedToday: number;
  longestWaitMinutes: number;
  estimatedWaitMinutes: number;
  avgServiceMinutes: number;
}
export interface IssuedTicket {
  number: string;
  zone: string;
  zoneName: string;
  itemName: string | null;
  priority: Priority;
  takenAt: string;
  appointment: { slotStart: string; slotEnd: string } | null;
  position: number;
  waiting: number;
  estimatedWaitMinutes: number;
}
export interface Ticket {
  id: number;
  number: string;
  zone: string;
  zoneName: string;
  itemCode: string | null;
  itemName: string | null;
  priority: Priority;
  source: 'kiosk' | 'appointment' | 'clerk';
  status: 'waiting' | 'called' | 'serving' | 'done' | 'skipped';
  takenAt: string;
  appointment: { slotStart: string; slotEnd: string } | null;
  windowId: number | null;
  windowNumber: number | null;
  targetWindowId: number | null;
  calledAt: string | null;
  calledCount: number;
  startedAt: string | null;
  finishedAt: string | null;
  requeued: boolean;
  transfers: number;
  caseNo: string | null;
}
export interface WindowState {
  id: number;
  zone: string;
  zoneName: string;
  number: number;
  name: string;
  comprehensive: boolean;
  items: string[];
  session: { userId: string; name: string; paused: boolean; signedInAt: string; mine: boolean } | null;
  current: Ticket | null;
  queue: Ticket[];
  waiting: number;
  servedToday: number;
  skipped: Ticket[];
}
export interface Call {
  number: string;
  windowNumber: number;
  windowName: string;
  zone: string;
  at: string;
  status: string;
}
export interface Board {
  zone: string;
  zoneName: string;
  waiting: number;
  windowsOpen: number;
  calls: Call[];
}
export interface Overview {
  day: string;
  zones: ZoneSummary[];
  hours: { hour: number; zone: string; taken: number; served: number }[];
  ratings: { total: number; bad: number; openRectifications: number; overdueRectifications: number };
}
export interface Slots {
  zone: string;
  capacity: number;
  days: { date: string; slots: { start: string; end: string; booked: number; available: number }[] }[];
}
export interface Appointment {
  id: string;
  code: string;
  zone: string;
  zoneName: string;
  itemCode: string | null;
  itemName: string | null;
  slotStart: string;
  slotEnd: string;
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  idNumber: string | null;
  createdAt: string;
  ticketNumber: string | null;
}
export interface Rectification {
  id: string;
  status: 'open' | 'verified' | 'called_back' | 'rectified' | 'closed';
  openedOn: string;
  dueDate: string;
  overdue: boolean;
  escalated: boolean;
  departmentCode: string | null;
  rating: { grade: Grade; gradeName: string; reasons: string[]; comment: string; phone: string | null; at: string };
  ticketNumber: string | null;
  windowName: string | null;
  staffName: string | null;
  verifyNote: string | null;
  callbackNote: string | null;
  callbackAt: string | null;
  rectifyNote: string | null;
  outcome: string | null;
  closedAt: string | null;
  rev: number;
}
export interface RatingStats {
  by: string;
  items: { key: string; name: string; total: number; counts: Record<string, number>; averageScore: number; satisfiedRate: number; flagged: number }[];
}
/** A live event of `GET /hall/stream`. */
export type HallEvent =
  | { type: 'call'; zone: string; number: string; windowId: number; windowNumber: number; windowName: string; at: string; recall: boolean; waiting?: number }
  | { type: 'queue'; zone: string; waiting: number; at: string };

export const hallKeys = {
  zones: ['hall', 'zones'] as const,
  board: (zone: string) => ['hall', 'board', zone] as const,
  window: (id: number) => ['hall', 'window', id] as const,
  overview: ['hall', 'overview'] as const,
  kiosks: ['hall', 'kiosks'] as const,
};

export function useHallZones() {
  return useQuery({ queryKey: hallKeys.zones, queryFn: ({ signal }) => api.get<{ items: ZoneSummary[] }>('/hall/zones', undefined, signal), refetchInterval: 15_000, staleTime: 5_000 });
}

/**
 * Live hall events for a zone (or `*`) by Server-Sent Events; the browser reconnects by itself
 * and `onOpen` runs on every (re)connection, so a screen can reread what it missed.
 */
export function useHallStream(zone: string | null, onEvent: (e: HallEvent) => void, onOpen?: () => void) {
  const handler = useRef(onEvent);
  const opened = useRef(onOpen);
  handler.current = onEvent;
  opened.current = onOpen;
  useEffect(() => {
    if (!zone) return undefined;
    const source = new EventSource(`${API_BASE}/hall/stream?zone=${encodeURIComponent(zone)}`);
    const listener = (m: MessageEvent<string>) => handler.current(JSON.parse(m.data) as HallEvent);
    source.addEventListener('call', listener);
    source.addEventListener('queue', listener);
    source.onopen = () => opened.current?.();
    return () => source.close();
  }, [zone]);
}

/** A fresh key per ticket request, so a retried tap does not take two tickets (no crypto.randomUUID: kiosks may run on plain http). */
export function newRequestKey(): string {
  return `kiosk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** 请C001号到C03窗口办理: the window named by its sign, as the counter shows it */
export function callText(number: string, zone: string, windowNumber: number): string {
  return `请${number}号到${windowSign(zone, windowNumber)}窗口办理`;
}

/** Hall times are Beijing times, whatever the terminal's time zone. */
const TZ = 'Asia/Shanghai';
/** `09:30` */
export const hhmm = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('zh-CN', { timeZone: TZ, hour12: false, hour: '2-digit', minute: '2-digit' }) : '—');
/** `11月26日周四` */
export const dayLabel = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: TZ, month: 'long', day: 'numeric', weekday: 'short' });
/** `15:45:53` */
export const hms = (d: Date) => d.toLocaleTimeString('zh-CN', { timeZone: TZ, hour12: false });
/** `2026/11/25 15:45:53` */
export const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: TZ, hour12: false });

/** Where a kiosk browser keeps its device token (set by the hall manager's setup link). */
const KIOSK_TOKEN_KEY = 'shenpi.kioskToken';

/**
 * The device token of this kiosk browser. A setup link `/hall/kiosk#kiosk=<token>` (大厅总览 →
 * 自助取号机) stores it and is then taken out of the address bar; the fragment never reaches a server log.
 */
export function kioskToken(): string | null {
  const m = /[#&]kiosk=([\w-]{16,})/.exec(window.location.hash);
  if (m?.[1]) {
    window.localStorage.setItem(KIOSK_TOKEN_KEY, m[1]);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return window.localStorage.getItem(KIOSK_TOKEN_KEY);
}

/** The header a kiosk's ticket requests carry. */
export const kioskHeaders = (token: string | null): Record<string, string> => (token ? { 'X-Kiosk-Token': token } : {});

/** A registered kiosk as the hall manager sees it. */
export interface Kiosk {
  id: number;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  ticketsToday: number;
}

/** The setup link that makes a browser this kiosk. */
export const kioskSetupLink = (token: string) => `${window.location.origin}/hall/kiosk#kiosk=${token}`;

/** The booking page for an item (预约办理), its zone chosen when known. */
export const appointmentLink = (item: { code: string; zone?: string | null }): string =>
  `/appointments?itemCode=${encodeURIComponent(item.code)}${item.zone ? `&zone=${encodeURIComponent(item.zone)}` : ''}`;
