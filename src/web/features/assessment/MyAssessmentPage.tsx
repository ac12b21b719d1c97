/**
 * `/admin/my-assessment` (我的考核): a window clerk's own monthly scorecard — the score, the grade,
 * a veto and why, every component with the records behind it. Linked from the window console.
 */
import { Alert, Empty, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { recentMonths, useMonths, useScorecards } from './assessmentApi';
import { ScorecardDetail } from './ScorecardDetail';

/** The month picker of the assessment pages: this month and the eleven before it, closed ones marked. */
export function MonthSelect({ value, onChange }: { value: string | undefined; onChange: (m: string) => void }) {
  const months = useMonths().data;
  if (!months) return null;
  const closed = new Set(months.items.map((m) => m.month));
  return (
    <Select
      style={{ width: 200 }}
      aria-label="考核月份"
      value={value ?? months.current}
      onChange={onChange}
      data-testid="assessment-month"
      options={recentMonths(months.current).map((m) => ({ value: m, label: `${m}${closed.has(m) ? '（已结账）' : m === months.current ? '（本月）' : ''}` }))}
    />
  );
}

export default function MyAssessmentPage() {
  const [month, setMonth] = useState<string>();
  const cards = useScorecards(month);
  return (
    <div>
      <PageHeader title="我的考核" extra={<MonthSelect value={month} onChange={setMonth} />} />
      <Loaded query={cards}>
        {(d) => {
          const card = d.items[0];
          return (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                {d.closed ? <Tag color="blue">已结账：{d.closed.closedBy}</Tag> : <Tag>未结账，得分随来源记录变化</Tag>}
                <span>
                  权重：服务量 {d.config.weights.volume}%、按时办结 {d.config.weights.on_time}%、办理时长 {d.config.weights.service_time}%、好差评 {d.config.weights.ratings}%、差评整改 {d.config.weights.rectification}%、出勤 {d.config.weights.attendance}%、投诉 {d.config.weights.complaints}%；优秀 ≥ {d.config.bands.excellent}，良好 ≥ {d.config.bands.good}，合格 ≥ {d.config.bands.pass}
                </span>
              </Space>
              {card ? (
                <ScorecardDetail card={card} month={d.month} ranked={d.ranked} />
              ) : (
                <Alert type="info" showIcon title="您不是窗口工作人员，没有考核记录" description={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />} />
              )}
            </Space>
          );
        }}
      </Loaded>
    </div>
  );
}
