/**
 * `/admin/analytics/fees` (收费统计, 大数据分析): fees assessed (核定应收), waived (减免), collected
 * (实收) and refunded (退费) over a period — totals, a monthly chart and a table per item. Every
 * figure, bar and cell opens the fee records behind it (and their Excel export). The finance officer
 * and the analytics readers (section chiefs: their division) see it; the period defaults to the
 * twelve months up to the service clock's today.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Drawer, Empty, Row, Statistic, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import ReactECharts from 'echarts-for-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, download } from '../../api/client';
import type { Ok } from '../../api/types';
import { useServiceClock } from '../../api/queries';
import { ItemPicker } from '../../components/ItemPicker';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { paginationProps, useStatePaging } from '../../components/paging';
import { FEE_FIGURES, formatYuan, type FeeFigure } from '../../../domain/fees';
import { DivisionFilter, PeriodFilter, useUrlFilters, type UrlFilters } from './AnalyticsFilters';

type FeeFigures = Ok<'getAnalyticsFees'>;
type FeeDrill = Ok<'getAnalyticsFeesRecords'>;
type Sums = FeeFigures['totals'];
type FeeFilters = UrlFilters<never>;
/** What a drill-down shows: a figure under the page's filters, narrowed to a month or an item. */
interface DrillTarget {
  figure: FeeFigure;
  filters: FeeFilters;
  label: string;
}

const FIGURES = Object.keys(FEE_FIGURES) as FeeFigure[];
const COLORS: Record<FeeFigure, string> = { assessed: '#1558a8', waived: '#ad4e00', collected: '#389e0d', refunded: '#cf1322' };
const yuanOf = (fen: number) => Math.round(fen) / 100;

function FeeDrillDrawer({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const paging = useStatePaging(20);
  const { message } = App.useApp();
  const q = target ? { ...target.filters, figure: target.figure } : {};
  const data = useQuery({
    queryKey: ['analytics', 'fees', 'records', q, paging.page, paging.pageSize],
    queryFn: ({ signal }) => api.get<FeeDrill>('/analytics/fees/records', { ...q, page: paging.page, pageSize: paging.pageSize }, signal),
    enabled: target !== null,
  });
  const exporting = useMutation({
    mutationFn: () => download('/analytics/fees/export', `收费${target ? FEE_FIGURES[target.figure] : ''}.xlsx`, q),
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={900}
      title={target ? `${FEE_FIGURES[target.figure]}：${data.data?.total ?? '…'} 笔，合计 ${data.data ? formatYuan(data.data.sumFen) : '…'}（${target.label}）` : ''}
      extra={
        <Button onClick={() => exporting.mutate()} loading={exporting.isPending} data-testid="fee-analytics-export">
          导出 Excel
        </Button>
      }
    >
      <Table
        rowKey={(r) => `${r.assessmentId}`}
        size="small"
        loading={data.isPending}
        dataSource={data.data?.items ?? []}
        scroll={{ x: 760 }}
        data-testid="fee-analytics-drill"
        pagination={paginationProps(paging, data.data?.total ?? 0, (n) => `共 ${n} 笔`)}
        columns={[
          { title: '日期', dataIndex: 'day', width: 100 },
          { title: '办件编号', dataIndex: 'caseNo', width: 140, render: (no: string) => <Link to={`/admin/cases/${no}`}>{no}</Link> },
          { title: '事项', dataIndex: 'itemName', ellipsis: true },
          { title: '收费项目', dataIndex: 'feeName', ellipsis: true },
          { title: '金额', dataIndex: 'amountFen', width: 110, align: 'right', render: (f: number) => formatYuan(f) },
          { title: '状态', dataIndex: 'statusName', width: 90, render: (s: string) => <Tag>{s}</Tag> },
        ]}
      />
    </Drawer>
  );
}

function Totals({ totals, onDrill }: { totals: Sums | undefined; onDrill: (f: FeeFigure) => void }) {
  return (
    <Row gutter={[12, 12]}>
      {FIGURES.map((f) => (
        <Col xs={12} md={6} key={f}>
          <Card size="small" hoverable onClick={() => onDrill(f)} data-testid={`fee-figure-${f}`} style={{ height: '100%' }}>
            <Statistic title={`${FEE_FIGURES[f]}（${totals?.[f].count ?? 0} 笔）`} value={formatYuan(totals?.[f].fen ?? 0)} styles={{ content: { color: COLORS[f] } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The first and last day of a month inside the page's period. */
function monthRange(month: string, f: FeeFilters): { from: string; to: string } {
  const start = `${month}-01`;
  const end = dayjs(start).endOf('month').format('YYYY-MM-DD');
  return { from: start > f.from ? start : f.from, to: end < f.to ? end : f.to };
}

export default function FeeAnalyticsPage() {
  const clock = useServiceClock();
  if (!clock.data) return <Card loading />;
  return <FeeAnalytics today={clock.data.today} />;
}

function FeeAnalytics({ today }: { today: string }) {
  const { filters, set } = useUrlFilters(today);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const data = useQuery({ queryKey: ['analytics', 'fees', filters], queryFn: ({ signal }) => api.get<FeeFigures>('/analytics/fees', filters, signal) });
  const months = data.data?.months ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', name: '元' },
      series: FIGURES.map((f) => ({ name: FEE_FIGURES[f], type: 'bar', itemStyle: { color: COLORS[f] }, data: months.map((m) => yuanOf(m.figures[f].fen)) })),
    }),
    [months],
  );
  const open = (figure: FeeFigure, narrow: Partial<FeeFilters> = {}, label = `${filters.from} 至 ${filters.to}`) => setDrill({ figure, filters: { ...filters, ...narrow }, label });
  const cell = (f: FeeFigure) => ({
    title: FEE_FIGURES[f],
    key: f,
    align: 'right' as const,
    render: (_: unknown, r: FeeFigures['items'][number]) =>
      r.figures[f].count ? (
        <a onClick={() => open(f, { item: r.itemCode }, `${r.itemName}，${filters.from} 至 ${filters.to}`)} data-testid={`fee-item-${f}`}>
          {formatYuan(r.figures[f].fen)}（{r.figures[f].count}）
        </a>
      ) : (
        '—'
      ),
  });
  return (
    <div data-testid="fee-analytics-page">
      <PageHeader title="收费统计" />
      <FilterBar>
        <PeriodFilter today={today} from={filters.from} to={filters.to} onChange={(from, to) => set({ from, to })} testId="fee-analytics-range" md={8} />
        <DivisionFilter value={filters.department} onChange={(department) => set({ department })} testId="fee-analytics-department" md={6} />
        <Col xs={12} md={6}>
          <ItemPicker value={filters.item} onChange={(code) => set({ item: code })} placeholder="事项" label="事项" testId="fee-analytics-item" style={{ width: '100%' }} />
        </Col>
      </FilterBar>
      <Totals totals={data.data?.totals} onDrill={(f) => open(f)} />
      <Card size="small" title="按月" style={{ marginTop: 16 }}>
        {months.length ? (
          <ReactECharts
            option={option}
            style={{ height: 300 }}
            notMerge
            role="img"
            aria-label="按月收费统计（柱状图）"
            onEvents={{
              click: (p: { seriesIndex?: number; name?: string }) => {
                const f = FIGURES[p.seriesIndex ?? -1];
                if (f && p.name) open(f, monthRange(p.name, filters), p.name);
              },
            }}
            data-testid="fee-analytics-months"
          />
        ) : (
          <Empty description="所选期间没有收费记录" />
        )}
      </Card>
      <Card size="small" title="按事项" style={{ marginTop: 16 }}>
        <Table
          rowKey="itemCode"
          size="small"
          loading={data.isPending}
          dataSource={data.data?.items ?? []}
          scroll={{ x: 760 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="fee-analytics-items"
          columns={[{ title: '事项', dataIndex: 'itemName', ellipsis: true }, ...FIGURES.map(cell)]}
        />
      </Card>
      <FeeDrillDrawer target={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
