/**
 * `/admin/hall` (大厅总览): every zone live — waiting, longest wait, windows open, served today —
 * tickets taken and served per hour today, and rating statistics by window, staff, zone or item;
 * which items each window serves, and the registered kiosks.
 * Hall managers and the director.
 */
import { Card, Col, Row, Segmented, Statistic, Table, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import ReactECharts from 'echarts-for-react';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { GRADE_NAMES, GRADES } from '../../../domain/hall';
import { hallKeys, useHallStream, type Overview, type RatingStats } from './hallApi';
import { KiosksCard } from './KiosksCard';
import { WindowItemsCard } from './WindowItemsCard';

const BY = [
  { value: 'window', label: '按窗口' },
  { value: 'staff', label: '按人员' },
  { value: 'zone', label: '按服务区' },
  { value: 'item', label: '按事项' },
] as const;

function HourChart({ hours }: { hours: Overview['hours'] }) {
  const option = useMemo(() => {
    const span = hours.map((h) => h.hour);
    const from = Math.min(8, ...span);
    const to = Math.max(17, ...span);
    const xs = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const sum = (hour: number, k: 'taken' | 'served') => hours.filter((h) => h.hour === hour).reduce((n, h) => n + h[k], 0);
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['取号', '办结'], top: 0, right: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: xs.map((h) => `${h}时`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '取号', type: 'bar', data: xs.map((h) => sum(h, 'taken')), itemStyle: { color: '#1558a8' } },
        { name: '办结', type: 'bar', data: xs.map((h) => sum(h, 'served')), itemStyle: { color: '#52c41a' } },
      ],
    };
  }, [hours]);
  return <ReactECharts option={option} style={{ height: 280 }} notMerge role="img" aria-label="今日各时段取号与办结（柱状图）" />;
}

function Stats() {
  const [by, setBy] = useState<(typeof BY)[number]['value']>('window');
  const stats = useQuery({ queryKey: ['ratings', 'stats', by], queryFn: ({ signal }) => api.get<RatingStats>('/ratings/stats', { by }, signal) });
  return (
    <Card title="好差评统计" size="small" style={{ marginTop: 16 }} extra={<Segmented options={BY.map((b) => ({ value: b.value, label: b.label }))} value={by} onChange={(v) => setBy(v as typeof by)} />}>
      <Table
        rowKey="key"
        size="small"
        loading={stats.isPending}
        dataSource={stats.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        data-testid="hall-rating-stats"
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '评价数', dataIndex: 'total', width: 80 },
          ...GRADES.map((g) => ({ title: GRADE_NAMES[g], key: g, width: 90, render: (_: unknown, r: RatingStats['items'][number]) => r.counts[g] ?? 0 })),
          { title: '平均分', dataIndex: 'averageScore', width: 80 },
          { title: '满意率', dataIndex: 'satisfiedRate', width: 90, render: (v: number) => `${(v * 100).toFixed(1)}%` },
          { title: '待核查', dataIndex: 'flagged', width: 80, render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0) },
        ]}
      />
    </Card>
  );
}

/** The hall manager's overview. */
export default function HallOverviewPage() {
  const client = useQueryClient();
  const overview = useQuery({ queryKey: hallKeys.overview, queryFn: ({ signal }) => api.get<Overview>('/hall/overview', undefined, signal), refetchInterval: 30_000 });
  // live: any call or queue change anywhere rereads the figures
  useHallStream('*', () => void client.invalidateQueries({ queryKey: hallKeys.overview }));
  const o = overview.data;
  const total = (k: 'waiting' | 'windowsOpen' | 'servedToday') => (o?.zones ?? []).reduce((n, z) => n + z[k], 0);
  return (
    <div>
      <PageHeader title="大厅总览" />
      <Row gutter={16}>
        {[
          { title: '等候人数', value: total('waiting') },
          { title: '开放窗口', value: total('windowsOpen') },
          { title: '今日办结', value: total('servedToday') },
          { title: '今日评价 / 差评 / 逾期整改', value: `${o?.ratings.total ?? 0} / ${o?.ratings.bad ?? 0} / ${o?.ratings.overdueRectifications ?? 0}` },
        ].map((f) => (
          <Col span={6} key={f.title}>
            <Card size="small">
              <Statistic title={f.title} value={f.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={`各服务区实时情况（${o?.day ?? ''}）`} size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          loading={overview.isPending}
          dataSource={o?.zones ?? []}
          data-testid="hall-overview-zones"
          columns={[
            { title: '服务区', dataIndex: 'name', render: (n: string, z) => `${z.code} ${n}` },
            { title: '等候', dataIndex: 'waiting' },
            { title: '最长等候', dataIndex: 'longestWaitMinutes', render: (m: number) => (m >= 30 ? <Tag color="red">{m} 分钟</Tag> : `${m} 分钟`) },
            { title: '开放窗口', dataIndex: 'windowsOpen', render: (n: number, z) => `${n} / ${z.windows}` },
            { title: '今日办结', dataIndex: 'servedToday' },
            { title: '平均办理', dataIndex: 'avgServiceMinutes', render: (m: number) => `${m} 分钟` },
            { title: '预计等候', dataIndex: 'estimatedWaitMinutes', render: (m: number) => `${m} 分钟` },
          ]}
        />
      </Card>
      <Card title="今日每小时取号与办结" size="small" style={{ marginTop: 16 }}>
        <HourChart hours={o?.hours ?? []} />
      </Card>
      <Stats />
      <WindowItemsCard />
      <KiosksCard />
    </div>
  );
}
