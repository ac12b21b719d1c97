/**
 * The case clock drawn on a month of the working calendar (`GET /calendar/month`): working days,
 * holidays and make-up working days, with the case's days marked — received, accepted, the
 * paused spans (art. 45), the acceptance, promised and statutory due days and the decision.
 */
import { Button, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { toShanghaiDate } from '../../../domain/calendar';
import type { CalendarDay, CaseView } from '../../api/types';
import { ErrorAlert } from '../../api/errors';
import { pauseLabel } from './CaseBits';
import { useCalendarMonth } from './casesApi';

/** What a day can be marked with, in drawing order. */
type Mark = 'received' | 'accepted' | 'acceptanceDue' | 'promisedDue' | 'statutoryDue' | 'decided' | 'today';

const MARKS: Record<Mark, { label: string; short: string; color: string }> = {
  received: { label: '收件', short: '收件', color: '#1677ff' },
  accepted: { label: '受理', short: '受理', color: '#389e0d' },
  acceptanceDue: { label: '受理期限', short: '受理限', color: '#d46b08' },
  promisedDue: { label: '承诺办结日', short: '承诺', color: '#1558a8' },
  statutoryDue: { label: '法定办结日', short: '法定', color: '#cf1322' },
  decided: { label: '办结', short: '办结', color: '#237804' },
  today: { label: '今天', short: '今天', color: '#595959' },
};

const PAUSE_BG = '#efdbff';
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The days of the case's clock by date, and its paused spans. */
function caseDays(c: CaseView, today: string): { marks: Map<string, Mark[]>; pauses: { from: string; to: string; kind: string; ended: boolean }[] } {
  const marks = new Map<string, Mark[]>();
  const add = (d: string | null | undefined, m: Mark) => {
    if (!d) return;
    const list = marks.get(d) ?? [];
    if (!list.includes(m)) list.push(m);
    marks.set(d, list);
  };
  for (const a of c.actions) if (a.type === 'submit' || a.type === 'submit_supplement') add(a.on, 'received');
  add(c.clock.receivedAt, 'received');
  add(c.clock.acceptedAt, 'accepted');
  add(c.clock.acceptanceDue, 'acceptanceDue');
  add(c.clock.promisedDue, 'promisedDue');
  add(c.clock.decisionDue, 'statutoryDue');
  add(c.clock.decidedAt, 'decided');
  add(today, 'today');
  const pauses = c.clock.pauses.map((p) => ({ from: p.from, to: p.to ?? today, kind: p.kind, ended: p.to !== null }));
  return { marks, pauses };
}

/** The month a case's calendar opens on: where its next (or last) deadline falls. */
function focusMonth(c: CaseView, today: string): { year: number; month: number } {
  const d = c.clock.decidedAt ?? c.clock.promisedDue ?? c.clock.acceptanceDue ?? c.clock.receivedAt ?? today;
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)) };
}

function DayCell({ d, marks, pause, notes }: { d: CalendarDay; marks: Mark[]; pause: string | null; notes: string[] }) {
  const off = !d.working;
  const label = [d.date, d.name ?? '', off ? '休息日' : '工作日', pause ? `${pauseLabel(pause)}（不计时）` : '', ...notes.map((n) => `特别程序${n === '暂停' ? '开始' : '结束'}`), ...marks.map((m) => MARKS[m].label)].filter(Boolean).join('，');
  const strong = marks.find((m) => m === 'promisedDue' || m === 'statutoryDue' || m === 'acceptanceDue');
  return (
    <div
      data-testid="calendar-day"
      data-date={d.date}
      data-working={String(d.working)}
      data-marks={marks.join(' ')}
      data-paused={pause ? 'true' : undefined}
      title={label}
      style={{
        minHeight: 58,
        padding: '2px 4px',
        borderRadius: 4,
        background: pause ? PAUSE_BG : off ? '#f5f5f5' : '#fff',
        border: strong ? `2px solid ${MARKS[strong].color}` : marks.includes('today') ? '1px dashed #595959' : '1px solid #f0f0f0',
        color: off ? '#8c8c8c' : '#262626',
        fontSize: 12,
        overflow: 'hidden',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
        <span style={{ fontWeight: 600, fontSize: 13 }}>{Number(d.date.slice(8))}</span>
        {d.kind === 'makeup_workday' || d.kind === 'override_working' ? (
          <span style={{ color: '#d4380d' }} title="调休上班">
            班
          </span>
        ) : d.kind === 'holiday' || d.kind === 'override_off' ? (
          <span style={{ color: '#cf1322' }}>休</span>
        ) : null}
      </div>
      {d.name && (d.kind === 'holiday' || d.kind.startsWith('override')) ? (
        <div style={{ color: '#cf1322', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{d.name}</div>
      ) : null}
      {notes.map((n) => (
        <div key={n} style={{ color: '#531dab', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {n}
        </div>
      ))}
      {marks
        .filter((m) => m !== 'today')
        .map((m) => (
          <div key={m} style={{ color: '#fff', background: MARKS[m].color, borderRadius: 3, padding: '0 2px', marginTop: 1, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {MARKS[m].short}
          </div>
        ))}
    </div>
  );
}

/** The case's month on the working calendar, with previous / next month buttons. */
export function ClockCalendar({ c }: { c: CaseView }) {
  const today = toShanghaiDate(new Date());
  const [shown, setShown] = useState(() => focusMonth(c, today));
  const month = useCalendarMonth(shown.year, shown.month);
  const { marks, pauses } = useMemo(() => caseDays(c, today), [c, today]);
  const move = (delta: number) =>
    setShown((s) => {
      const n = s.year * 12 + (s.month - 1) + delta;
      return { year: Math.floor(n / 12), month: (n % 12) + 1 };
    });
  // the paused working days are those after the start day up to the end day (the start day itself counts)
  const pauseOn = (date: string) => pauses.find((p) => p.from < date && date <= p.to)?.kind ?? null;
  const pauseNotes = (date: string) =>
    pauses.flatMap((p) => [...(p.from === date ? ['暂停'] : []), ...(p.ended && p.to === date ? ['恢复'] : [])]);
  const days = month.data?.days ?? [];
  const lead = days[0] ? (new Date(`${days[0].date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  const used = (Object.keys(MARKS) as Mark[]).filter((m) => [...marks.values()].some((l) => l.includes(m)));

  return (
    <div data-testid="clock-calendar" data-month={`${shown.year}-${String(shown.month).padStart(2, '0')}`}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 8 }}>
        <Button size="small" icon={<LeftOutlined />} onClick={() => move(-1)} aria-label="上个月" data-testid="calendar-prev" />
        <Typography.Text strong>
          {shown.year} 年 {shown.month} 月
        </Typography.Text>
        <Button size="small" icon={<RightOutlined />} onClick={() => move(1)} aria-label="下个月" data-testid="calendar-next" />
      </div>
      <ErrorAlert error={month.error} />
      <Spin spinning={month.isFetching}>
        <div role="group" aria-label={`${shown.year}年${shown.month}月工作日历（日期详见下方办理时限）`} style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 3 }}>
          {WEEKDAYS.map((w, i) => (
            <div key={w} style={{ textAlign: 'center', fontSize: 12, color: i >= 5 ? '#8c8c8c' : '#595959' }}>
              {w}
            </div>
          ))}
          {Array.from({ length: lead }, (_, i) => (
            <div key={`lead-${i}`} />
          ))}
          {days.map((d) => (
            <DayCell key={d.date} d={d} marks={marks.get(d.date) ?? []} pause={pauseOn(d.date)} notes={pauseNotes(d.date)} />
          ))}
        </div>
      </Spin>
      <Space wrap size={[10, 4]} style={{ marginTop: 8, fontSize: 12 }}>
        {used
          .filter((m) => m !== 'today')
          .map((m) => (
            <span key={m}>
              <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: MARKS[m].color, marginInlineEnd: 4 }} />
              {MARKS[m].label}
            </span>
          ))}
        {pauses.length ? (
          <span title={pauses.map((p) => `${pauseLabel(p.kind)} ${p.from} 至 ${p.ended ? p.to : '今'}`).join('；')}>
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: PAUSE_BG, marginInlineEnd: 4 }} />
            特别程序（不计时）
          </span>
        ) : null}
        <span>
          <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: '#f5f5f5', border: '1px solid #d9d9d9', marginInlineEnd: 4 }} />
          休息日
        </span>
      </Space>
    </div>
  );
}
