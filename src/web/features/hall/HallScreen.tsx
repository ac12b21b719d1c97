/**
 * The frame of the hall's terminals (kiosk, display board, rating pad): full screen, deep blue,
 * big type, the hall's name and a clock; only the ticket prints.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { dayLabel, hms } from './hallApi';

const PRINT_CSS = `
@media print {
  body * { visibility: hidden; }
  .hall-ticket, .hall-ticket * { visibility: visible; }
  .hall-ticket { position: absolute; left: 0; top: 0; box-shadow: none !important; }
}`;

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div style={{ fontSize: 28, fontVariantNumeric: 'tabular-nums' }} data-testid="hall-clock">
      {dayLabel(now.toISOString())} {hms(now)}
    </div>
  );
}

/** A terminal screen with its title. */
export function HallScreen({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(160deg, #0b3a75 0%, #1558a8 100%)', color: '#fff', display: 'flex', flexDirection: 'column' }}>
      <style>{PRINT_CSS}</style>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: 'clamp(12px, 2vh, 20px) clamp(16px, 4vw, 40px)', borderBottom: '1px solid rgba(255,255,255,.2)', gap: 16, flexWrap: 'wrap' }}>
        <div>
          <div style={{ fontSize: 20, opacity: 0.85 }}>泰安市行政审批服务局 · 政务服务大厅</div>
          <h1 style={{ fontSize: 40, margin: 0, color: '#fff', lineHeight: 1.2 }}>{title}</h1>
          {subtitle && <div style={{ fontSize: 22, opacity: 0.9 }}>{subtitle}</div>}
        </div>
        <Clock />
      </header>
      <main style={{ flex: 1, padding: 'clamp(16px, 3vh, 32px) clamp(16px, 4vw, 40px)' }}>{children}</main>
    </div>
  );
}
