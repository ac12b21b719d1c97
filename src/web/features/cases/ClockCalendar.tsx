/**
 * The case clock drawn on a month of the working calendar (`GET /calendar/month`): working days,
 * holidays and make-up working days, with the case's days marked — received, accepted, the
 * paused spans (art. 45), the acceptance, promised and statutory due days and the decision.
 */
import { Space } from 'antd';
import { useMemo } from 'react';
import { PROVISIONAL_LABEL } from '../../../domain/calendar';
import { toShanghaiDate } from '../../../domain/dates';
import type { CalendarDay, CaseView } from '../../api/types';
import { pauseLabel } from './CaseBits';
import { MonthView, Swatch, useShownMonth } from './MonthView';

/** What a day can be marked with, in drawing order. */
type Mark = 'received' | 'accepted' | 'acceptanceDue' | 'promisedDue' | 'statutoryDue' | 'decided' | 'today';

const MARKS: Record<Mark, { label: string; short: string; color: string }> = {
  received: { label: '收件', short: '收件', color: '#0958d9' },
  accepted: { label: '受理', short: '受理', color: '#3f6600' },
  acceptanceDue: { label: '受理期限', short: '受理限', color: '#ad4e00' },
  promisedDue: { label: '承诺办结日', short: '承诺', color: '#1558a8' },
  statutoryDue: { label: '法定办结日', short: '法定', color: '#cf1322' },
  decided: { label: '办结', short: '办结', color: '#237804' },
  today: { label: '今天', short: '今天', color: '#595959' },
};

const PAUSE_BG = '#f9f0ff';

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
  const label = [d.date, d.name ?? '', d.provisional ? PROVISIONAL_LABEL : off ? '休息日' : '工作日', pause ? `${pauseLabel(pause)}（不计时）` : '', ...notes.map((n) => `特别程序${n === '暂停' ? '开始' : '结束'}`), ...marks.map((m) => MARKS[m].label)].filter(Boolean).join('，');
  const strong = marks.find((m) => m === 'promisedDue' || m === 'statutoryDue' || m === 'acceptanceDue');
  return (
    <div
      data-testid="calendar-day"
      data-date={d.date}
      data-working={String(d.working)}
      data-provisional={d.provisional ? 'true' : undefined}
      data-marks={marks.join(' ')}
      data-paused={pause ? 'true' : undefined}
      title={label}
      style={{
        minHeight: 58,
        padding: '2px 4px',
        borderRadius: 4,
        background: pause ? PAUSE_BG : off ? '#f5f5f5' : '#fff',
        border: strong ? `2px solid ${MARKS[strong].color}` : marks.includes('today') || d.provisional ? '1px dashed #595959' : '1px solid #f0f0f0',
        color: off ? '#595959' : '#262626',
        fontSize: 12,
        overflow: 'hidden',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
        <span style={{ fontWeight: 600, fontSize: 13 }}>{Number(d.date.slice(8))}</span>
        {d.kind === 'makeup_workday' || d.kind === 'override_working' ? (
          <span style={{ color: '#ad2102' }} title="调休上班">
            班
          </span>
        ) : d.kind === 'holiday' || d.kind === 'override_off' ? (
          <span style={{ color: '#cf1322' }} title={d.provisional ? PROVISIONAL_LABEL : undefined}>
            {d.provisional ? '暂休' : '休'}
          </span>
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
  const [shown, move] = useShownMonth(() => focusMonth(c, today));
  const { marks, pauses } = useMemo(() => caseDays(c, today), [c, today]);
  // the paused working days are those after the start day up to the end day (the start day itself counts)
  const pauseOn = (date: string) => pauses.find((p) => p.from < date && date <= p.to)?.kind ?? null;
  const pauseNotes = (date: string) =>
    pauses.flatMap((p) => [...(p.from === date ? ['暂停'] : []), ...(p.ended && p.to === date ? ['恢复'] : [])]);
  const used = (Object.keys(MARKS) as Mark[]).filter((m) => [...marks.values()].some((l) => l.includes(m)));

  return (
    <MonthView
      shown={shown}
      move={move}
      testId="clock-calendar"
      label={`${shown.year}年${shown.month}月工作日历（日期详见下方办理时限）`}
      day={(d) => <DayCell key={d.date} d={d} marks={marks.get(d.date) ?? []} pause={pauseOn(d.date)} notes={pauseNotes(d.date)} />}
      legend={
        <Space wrap size={[10, 4]} style={{ marginTop: 8, fontSize: 12 }}>
          {used
            .filter((m) => m !== 'today')
            .map((m) => (
              <Swatch key={m} color={MARKS[m].color}>
                {MARKS[m].label}
              </Swatch>
            ))}
          {pauses.length ? (
            <span title={pauses.map((p) => `${pauseLabel(p.kind)} ${p.from} 至 ${p.ended ? p.to : '今'}`).join('；')}>
              <Swatch color={PAUSE_BG} border="#d3adf7">特别程序（不计时）</Swatch>
            </span>
          ) : null}
          <Swatch color="#f5f5f5" border="#d9d9d9">
            休息日
          </Swatch>
        </Space>
      }
    />
  );
}
