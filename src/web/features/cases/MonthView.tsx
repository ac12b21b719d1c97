/**
 * A month of the working calendar (`GET /calendar/month`) as a Monday-first grid with previous /
 * next month buttons; each day is drawn by the caller. Used by the case clock and the calendar
 * admin page.
 */
import { Button, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import type { CalendarDay } from '../../api/types';
import { ErrorAlert } from '../../api/errors';
import { useCalendarMonth } from './casesApi';

/** A shown month. */
export interface YearMonth {
  year: number;
  month: number;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The shown month and a function moving it by `delta` months. */
export function useShownMonth(initial: () => YearMonth): [YearMonth, (delta: number) => void] {
  const [shown, setShown] = useState(initial);
  const move = (delta: number) =>
    setShown((s) => {
      const n = s.year * 12 + (s.month - 1) + delta;
      return { year: Math.floor(n / 12), month: (n % 12) + 1 };
    });
  return [shown, move];
}

/** A small colour square of a legend, with its label. */
export function Swatch({ color, border, children }: { color: string; border?: string; children: ReactNode }) {
  return (
    <span>
      <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: color, border: border ? `1px solid ${border}` : undefined, marginInlineEnd: 4 }} />
      {children}
    </span>
  );
}

/** The month `shown` with its navigation, drawn by `day`; `above` sits between the header and the grid. */
export function MonthView({
  shown,
  move,
  testId,
  label,
  day,
  above,
  legend,
}: {
  shown: YearMonth;
  move: (delta: number) => void;
  testId: string;
  label: string;
  day: (d: CalendarDay) => ReactNode;
  above?: (coveredYears: number[]) => ReactNode;
  legend?: ReactNode;
}) {
  const month = useCalendarMonth(shown.year, shown.month);
  const days = month.data?.days ?? [];
  const lead = days[0] ? (new Date(`${days[0].date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  return (
    <div data-testid={testId} data-month={`${shown.year}-${String(shown.month).padStart(2, '0')}`}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 8 }}>
        <Button size="small" icon={<LeftOutlined />} onClick={() => move(-1)} aria-label="上个月" data-testid="calendar-prev" />
        <Typography.Text strong>
          {shown.year} 年 {shown.month} 月
        </Typography.Text>
        <Button size="small" icon={<RightOutlined />} onClick={() => move(1)} aria-label="下个月" data-testid="calendar-next" />
      </div>
      <ErrorAlert error={month.error} />
      {month.data && above ? above(month.data.coveredYears) : null}
      <Spin spinning={month.isFetching}>
        <div role="group" aria-label={label} style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 3 }}>
          {WEEKDAYS.map((w, i) => (
            <div key={w} style={{ textAlign: 'center', fontSize: 12, color: i >= 5 ? '#767676' : '#262626' }}>
              {w}
            </div>
          ))}
          {Array.from({ length: lead }, (_, i) => (
            <div key={`lead-${i}`} />
          ))}
          {days.map(day)}
        </div>
      </Spin>
      {legend}
    </div>
  );
}
