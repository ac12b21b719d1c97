/**
 * `/hall/board?zone=C` (叫号屏): the latest call of a zone in large type, the calls before it and
 * the waiting count, live by Server-Sent Events. Each call is spoken ("请C001号到C03窗口办理")
 * with the browser's speech synthesis once sound is switched on (browsers speak only after a
 * tap), and the line flashes either way.
 */
import { Button } from 'antd';
import { SoundOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { windowSign } from '../../../domain/hall';
import { api } from '../../api/client';
import { HallScreen } from './HallScreen';
import { callText, hallKeys, useHallStream, useHallZones, type Board, type HallEvent } from './hallApi';

// the TV's two columns (the latest call, the calls before it); a phone's one, the latest call on top
const BOARD_CSS = `@keyframes hall-flash { 0%, 100% { background: rgba(255, 214, 102, .0); } 50% { background: rgba(255, 214, 102, .55); } }
.hall-flash { animation: hall-flash .8s ease-in-out 4; }
.hall-board { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 32px; }
@media (max-width: 767px) { .hall-board { grid-template-columns: minmax(0, 1fr); gap: 24px; } }`;

/** Speak a call in Chinese; false when the browser cannot. */
function speak(text: string): boolean {
  if (!('speechSynthesis' in window)) return false;
  const u = new SpeechSynthesisUtterance(text);
  u.lang = 'zh-CN';
  u.rate = 0.9;
  const zh = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('zh'));
  if (zh) u.voice = zh;
  window.speechSynthesis.speak(u);
  return true;
}

function ZonePicker() {
  const zones = useHallZones();
  return (
    <HallScreen title="叫号屏" subtitle="请选择本屏显示的服务区">
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        {(zones.data?.items ?? []).map((z) => (
          <a key={z.code} href={`/hall/board?zone=${z.code}`} style={{ background: '#fff', color: '#0b3a75', padding: '16px 28px', borderRadius: 10, fontSize: 28 }} data-testid={`hall-board-zone-${z.code}`}>
            {z.code} {z.name}
          </a>
        ))}
      </div>
    </HallScreen>
  );
}

function ZoneBoard({ zone }: { zone: string }) {
  const client = useQueryClient();
  const board = useQuery({ queryKey: hallKeys.board(zone), queryFn: ({ signal }) => api.get<Board>(`/hall/zones/${zone}/board`, undefined, signal), refetchInterval: 30_000 });
  const [sound, setSound] = useState(false);
  const [announced, setAnnounced] = useState<{ text: string; mode: 'speech' | 'flash'; seq: number } | null>(null);
  const [waiting, setWaiting] = useState<number | null>(null);
  const [live, setLive] = useState(false);

  const onEvent = useCallback(
    (e: HallEvent) => {
      if (e.type === 'queue') {
        setWaiting(e.waiting);
        return;
      }
      if (e.waiting !== undefined) setWaiting(e.waiting);
      const text = callText(e.number, e.zone, e.windowNumber);
      const spoken = sound && speak(text);
      setAnnounced((a) => ({ text, mode: spoken ? 'speech' : 'flash', seq: (a?.seq ?? 0) + 1 }));
      void client.invalidateQueries({ queryKey: hallKeys.board(zone) });
    },
    [client, sound, zone],
  );
  useHallStream(zone, onEvent, () => {
    setLive(true);
    void client.invalidateQueries({ queryKey: hallKeys.board(zone) });
  });

  const data = board.data;
  const latest = data?.calls[0];
  return (
    <HallScreen title={data ? `${data.zone}区 ${data.zoneName}` : `${zone}区`} subtitle={live ? '实时叫号' : '正在连接…'}>
      <style>{BOARD_CSS}</style>
      <div className="hall-board">
        <section>
          <div style={{ fontSize: 28, opacity: 0.85 }}>正在呼叫</div>
          <div
            key={announced?.seq ?? 0}
            className={announced ? 'hall-flash' : undefined}
            data-testid="hall-board-latest"
            data-number={latest?.number ?? ''}
            style={{ borderRadius: 16, padding: '16px 8px' }}
          >
            {latest ? (
              <>
                <div style={{ fontSize: 'clamp(56px, min(15vh, 22vw), 160px)', fontWeight: 800, lineHeight: 1, color: '#ffd666', letterSpacing: 6 }}>{latest.number}</div>
                <div style={{ fontSize: 'clamp(26px, min(6.5vh, 7.5vw), 64px)', fontWeight: 700, marginTop: 12 }}>请到 {windowSign(latest.zone, latest.windowNumber)} 窗口办理</div>
                <div style={{ fontSize: 26, opacity: 0.85 }}>{latest.windowName}</div>
              </>
            ) : (
              <div style={{ fontSize: 48, opacity: 0.8 }}>暂无叫号</div>
            )}
          </div>
          <div data-testid="hall-board-announcement" data-mode={announced?.mode ?? ''} style={{ fontSize: 30, minHeight: 44, marginTop: 16 }}>
            {announced?.text}
          </div>
        </section>
        <aside>
          <div style={{ fontSize: 28, marginBottom: 12 }}>
            等候人数 <b data-testid="hall-board-waiting" style={{ fontSize: 56, color: '#ffd666' }}>{waiting ?? data?.waiting ?? 0}</b> · 开放窗口 {data?.windowsOpen ?? 0}
          </div>
          <table style={{ width: '100%', fontSize: 'clamp(20px, min(3.6vh, 6vw), 34px)', borderCollapse: 'collapse' }} data-testid="hall-board-calls">
            <thead>
              <tr style={{ fontSize: 22, opacity: 0.8, textAlign: 'left' }}>
                <th style={{ padding: 8 }}>票号</th>
                <th style={{ padding: 8 }}>窗口</th>
              </tr>
            </thead>
            <tbody>
              {(data?.calls ?? []).slice(1).map((c) => (
                <tr key={`${c.number}-${c.at}`} style={{ borderTop: '1px solid rgba(255,255,255,.2)' }} data-testid="hall-board-call" data-number={c.number}>
                  <td style={{ padding: '4px 8px', fontWeight: 700 }}>{c.number}</td>
                  <td style={{ padding: '4px 8px' }}>{windowSign(c.zone, c.windowNumber)} 窗口</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!sound && (
            <Button size="large" icon={<SoundOutlined />} style={{ marginTop: 24, height: 56, fontSize: 22 }} data-testid="hall-board-enable-sound" onClick={() => setSound(true)}>
              开启语音播报
            </Button>
          )}
        </aside>
      </div>
    </HallScreen>
  );
}

/** The display board of one zone (`?zone=`), or a zone picker. */
export default function BoardPage() {
  const [params] = useSearchParams();
  const zone = params.get('zone');
  return zone && /^[A-Z]$/.test(zone) ? <ZoneBoard zone={zone} /> : <ZonePicker />;
}
