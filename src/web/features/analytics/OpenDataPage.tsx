/**
 * `/open-data` (政务公开, no login): for each division of the bureau and each month of a year,
 * the cases received and decided, the on-time rate against the promised limits, 网办率 and the
 * share of satisfied 好差评 ratings — the same figures as the back office's, from the same rollups.
 */
import { Breadcrumb, Card, Segmented, Select, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import ReactECharts from 'echarts-for-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useServiceToday } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { percent, type OpenData } from './analyticsApi';

type Month = OpenData['divisions'][number]['months'][number];

const VIEWS = {
  onTimeRate: { label: '按时办结率', rate: true, read: (m: Month) => m.onTimeRate },
  onlineRate: { label: '网办率', rate: true, read: (m: Month) => m.onlineRate },
  satisfiedRate: { label: '好差评满意率', rate: true, read: (m: Month) => m.satisfiedRate },
  received: { label: '收件量', rate: false, read: (m: Month) => m.received },
  decided: { label: '办结量', rate: false, read: (m: Month) => m.decided },
} as const;
type View = keyof typeof VIEWS;

/** The page. */
export default function OpenDataPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = useServiceToday()?.year();
  const year = Number(params.get('year')) || thisYear;
  const asked = params.get('view') ?? '';
  const view: View = asked in VIEWS ? (asked as View) : 'onTimeRate';
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next);
  };
  const data = useQuery({ queryKey: ['open-data', year], queryFn: ({ signal }) => api.get<OpenData>('/public/open-data', { year }, signal), enabled: year !== undefined });
  const v = VIEWS[view];
  const show = (x: number | null) => (v.rate ? percent(x) : (x ?? 0));
  const divisions = (data.data?.divisions ?? []).filter((d) => d.months.some((m) => m.received > 0 || m.decided > 0 || m.ratings > 0));
  const chart = useMemo(() => {
    const months = data.data?.months ?? [];
    // the bureau as a whole, month by month
    const total = (m: string, f: (x: Month) => number) =>
      (data.data?.divisions ?? []).reduce((n, d) => {
        const x = d.months.find((y) => y.month === m);
        return n + (x ? f(x) : 0);
      }, 0);
    const received = months.map((m) => total(m, (x) => x.received));
    const decided = months.map((m) => total(m, (x) => x.decided));
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['收件量', '办结量'], top: 0, right: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收件量', type: 'bar', data: received, itemStyle: { color: '#1558a8' } },
        { name: '办结量', type: 'bar', data: decided, itemStyle: { color: '#52c41a' } },
      ],
    };
  }, [data.data]);
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '政务公开' }]} />
      <PageHeader
        title="政务服务数据公开"
        extra={
          <Select<number>
            aria-label="年度"
            value={year}
            onChange={(y) => set('year', String(y))}
            options={Array.from({ length: thisYear ? thisYear - 2018 + 1 : 0 }, (_, i) => (thisYear ?? 0) - i).map((y) => ({ value: y, label: `${y}年` }))}
            style={{ width: '7.5em' }} // in em: 长辈模式's larger type still shows the whole year
            data-testid="open-data-year"
          />
        }
      />
      <Typography.Paragraph type="secondary">
        泰安市行政审批服务局各科室每月办件情况：按时办结率以承诺时限计；网办率为网上申报件占收件量的比例；满意率为“好差评”中非“不满意”“非常不满意”评价的占比。
      </Typography.Paragraph>
      {data.error ? <ErrorAlert error={data.error} /> : null}
      <Card size="small" title={`${year}年全局每月收件与办结`} style={{ marginBottom: 16 }}>
        <ReactECharts option={chart} style={{ height: 260 }} notMerge role="img" aria-label={`${year}年全局每月收件与办结（柱状图）`} />
      </Card>
      <Card size="small" title="各科室每月情况">
        {/* below the title, not beside it: five choices do not fit a phone's title bar; they scroll sideways on their own */}
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented<View> value={view} onChange={(x) => set('view', x)} options={(Object.keys(VIEWS) as View[]).map((k) => ({ value: k, label: VIEWS[k].label }))} data-testid="open-data-view" />
        </div>
        <Table
          rowKey="code"
          size="small"
          loading={data.isPending}
          dataSource={divisions}
          pagination={false}
          scroll={{ x: 1100 }}
          data-testid="open-data-table"
          columns={[
            { title: '科室', dataIndex: 'name', fixed: 'left', width: 180 },
            ...(data.data?.months ?? []).map((m, i) => ({
              title: `${Number(m.slice(5))}月`,
              key: m,
              width: 76,
              align: 'right' as const,
              render: (_: unknown, d: OpenData['divisions'][number]) => {
                const month = d.months[i];
                return month ? show(v.read(month)) : '—';
              },
            })),
          ]}
        />
      </Card>
    </>
  );
}
