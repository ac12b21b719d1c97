/** Date and time formats of the web app. */
import dayjs from 'dayjs';

/** `2026-09-30 14:05`, or '—' for none. */
export function formatTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** `2026-09-30`, or '—' for none. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '—';
}
