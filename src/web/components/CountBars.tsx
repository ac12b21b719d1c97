/** Small bars for counts by category (disposition, stage): one stacked bar and a legend of figures. */
import { Tooltip } from 'antd';

const PALETTE = ['#1558a8', '#36a3f7', '#52c41a', '#faad14', '#f5222d', '#722ed1', '#8c8c8c'];

/** Counts as a stacked bar; `labels` orders and names the keys, `testId` marks it for tests. */
export function CountBars({ counts, labels, testId, width = 220 }: { counts: Partial<Record<string, number>>; labels: Record<string, string>; testId?: string; width?: number }) {
  const entries = Object.keys(labels)
    .map((key, i) => ({ key, label: labels[key] ?? key, value: counts[key] ?? 0, color: PALETTE[i % PALETTE.length] ?? '#8c8c8c' }))
    .filter((e) => e.value > 0);
  const total = entries.reduce((n, e) => n + e.value, 0);
  if (total === 0) return <span style={{ color: '#767676' }}>—</span>;
  return (
    <div data-testid={testId} style={{ width }}>
      <div style={{ display: 'flex', height: 10, borderRadius: 5, overflow: 'hidden', background: '#f0f0f0' }}>
        {entries.map((e) => (
          <Tooltip key={e.key} title={`${e.label}：${e.value}`}>
            <div style={{ width: `${(e.value / total) * 100}%`, background: e.color }} />
          </Tooltip>
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 10px', marginTop: 4, fontSize: 12, color: '#595959' }}>
        {entries.map((e) => (
          <span key={e.key} data-key={e.key}>
            <span style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 2, background: e.color, marginInlineEnd: 4 }} />
            {e.label} {e.value}
          </span>
        ))}
      </div>
    </div>
  );
}
