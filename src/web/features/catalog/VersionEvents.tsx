/** The stage history of a version (流转记录): who did what at which stage, and why. */
import { Empty, Timeline, Typography } from 'antd';
import type { VersionEvent } from '../../api/types';
import { formatTime } from '../../components/format';
import { stageLabel } from '../../components/labels';
import { EVENT_ACTIONS } from './catalogApi';

const COLORS: Record<string, string> = { return: 'red', returned: 'red', withdraw: 'gray', withdrawn: 'gray', pass: 'green', passed: 'green', confirm: 'green', confirmed: 'green' };

/** The stage an event happened at (contract: `stage`; server: `fromStage`). */
export function eventStage(e: VersionEvent): string {
  return e.stage ?? e.fromStage ?? '';
}

/** Timeline of the version's events, oldest first. */
export function VersionEvents({ events }: { events: VersionEvent[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无流转记录" />;
  return (
    <Timeline
      data-testid="version-events"
      items={events.map((e, i) => ({
        key: i,
        color: COLORS[e.action] ?? 'blue',
        content: (
          <div data-testid="version-event" data-action={e.action}>
            <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
              {formatTime(e.at)}
            </Typography.Text>
            <b>{stageLabel(eventStage(e))}</b>
            {e.toStage && e.toStage !== eventStage(e) ? ` → ${stageLabel(e.toStage)}` : ''} · {EVENT_ACTIONS[e.action] ?? e.action} · {e.actorName}
            {e.reason ? (
              <Typography.Paragraph type={e.action.startsWith('return') ? 'danger' : 'secondary'} style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.action.startsWith('return') ? '退回理由：' : '意见：'}
                {e.reason}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
