/**
 * `/admin/analytics` (大数据分析): the bureau's figures over a period, filtered by zone, division,
 * item and channel — volumes, on-time rates, working days, 时限压缩率, 网办率, 零跑腿, 即办件,
 * 补正 and refusal rates, pauses by kind, hall waiting (heat map), appointments, 好差评 and
 * rectification, exchange delivery health, and per regulator department the acknowledgements and
 * supervision activity (审管联动). Every figure opens the cases (or events, messages) behind it and
 * their Excel export. Section chiefs see their division; the director and hall managers all.
 */
import { App, Button, Card, Col, Drawer, Empty, Row, Segmented, Select, Space, Statistic, Table, Tabs, Tag, Tooltip } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import ReactECharts from 'echarts-for-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, download } from '../../api/client';
import { useMe, useOrgNames, useServiceClock, useZones } from '../../api/queries';
import { can } from '../../app/access';
import { FilterSelect } from '../../components/FilterSelect';
import { ItemPicker } from '../../components/ItemPicker';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { paginationProps, useStatePaging } from '../../components/paging';
import { CHANNELS, DRILL_FIGURES, METRICS, PAUSE_COUNTERS, type Channel, type DrillFigure, type Interval, type Metric } from '../../../domain/analytics';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/case';
import { GRADE_NAMES, GRADES } from '../../../domain/hall';
import { RegulatorAnalytics } from '../regulators/RegulatorAnalytics';
import { DivisionFilter, PeriodFilter, useUrlFilters } from './AnalyticsFilters';
import { heatmapTooltip, percent, type Breakdown, type Drill, type ExchangeFigures, type Filters, type HallFigures, type RatingFigures, type Series, type Summary } from './analyticsApi';

const RATE_METRICS: readonly Metric[] = ['onTimeRate', 'statutoryOnTimeRate', 'onlineRate', 'zeroVisitRate', 'instantShare', 'supplementRate', 'refusalRate'];

/** One headline figure; clicking it lists the cases behind it. */
function Figure({ title, value, figure, hint, onDrill, testId }: { title: string; value: string | number; figure?: DrillFigure; hint?: string; onDrill: (f: DrillFigure) => void; testId: string }) {
  const body = <Statistic title={hint ? <Tooltip title={hint}>{title}</Tooltip> : title} value={value} />;
  return (
    <Card size="small" hoverable={!!figure} onClick={figure ? () => onDrill(figure) : undefined} data-testid={testId} data-figure={figure} style={{ height: '100%' }}>
      {body}
    </Card>
  );
}

function Figures({ s, onDrill }: { s: Summary | undefined; onDrill: (f: DrillFigure) => void }) {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v);
  const cards: { title: string; value: string | number; figure?: DrillFigure; hint?: string; id: string }[] = [
    { id: 'received', title: '收件', value: n(s?.received), figure: 'received' },
    { id: 'accepted', title: '受理', value: n(s?.accepted), figure: 'accepted' },
    { id: 'decided', title: '办结（准予/不予许可）', value: n(s?.decided), figure: 'decided' },
    { id: 'on-time', title: '按承诺时限办结率', value: percent(s?.onTimeRate), figure: 'late', hint: '点击查看超承诺时限办结的办件' },
    { id: 'statutory-on-time', title: '按法定时限办结率', value: percent(s?.statutoryOnTimeRate), figure: 'lateStatutory', hint: '含经批准的延期；点击查看超法定时限的办件' },
    { id: 'avg-days', title: '平均办结工作日', value: n(s?.avgWorkingDays), figure: 'decided', hint: '受理至决定的工作日，不含特别程序时间' },
    { id: 'p90-days', title: '90%办件办结工作日', value: n(s?.p90WorkingDays), figure: 'decided' },
    { id: 'promised-compression', title: '承诺时限压缩率', value: percent(s?.promisedCompression), figure: 'decided', hint: '承诺时限比法定时限缩短的比例（按办结件）' },
    { id: 'actual-compression', title: '实际用时压缩率', value: percent(s?.actualCompression), figure: 'decided', hint: '实际办理工作日比法定时限缩短的比例' },
    { id: 'online-rate', title: '网办率', value: percent(s?.onlineRate), figure: 'online' },
    { id: 'zero-visit-rate', title: '零跑腿率', value: percent(s?.zeroVisitRate), figure: 'zeroVisit', hint: '网上申报且从未在大厅取号办理该件' },
    { id: 'instant-share', title: '即办件占比', value: percent(s?.instantShare), figure: 'instant' },
    { id: 'supplement-rate', title: '补正率', value: percent(s?.supplementRate), figure: 'supplemented' },
    { id: 'refusal-rate', title: '不予许可率', value: percent(s?.refusalRate), figure: 'refused' },
    { id: 'rejected', title: '不予受理', value: n(s?.rejected), figure: 'rejected' },
    { id: 'satisfaction', title: '好差评满意率', value: percent(s?.satisfaction.satisfiedRate), hint: '非“不满意/非常不满意”的评价占比' },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="analytics-figures">
      {cards.map((c) => (
        <Col key={c.id} xs={12} md={6} xl={4}>
          <Figure title={c.title} value={c.value} figure={c.figure} hint={c.hint} onDrill={onDrill} testId={`analytics-figure-${c.id}`} />
        </Col>
      ))}
    </Row>
  );
}

function Trend({ filters }: { filters: Filters }) {
  const [metric, setMetric] = useState<Metric>('received');
  const [interval, setInterval] = useState<Interval>('month');
  const series = useQuery({
    queryKey: ['analytics', 'series', filters, metric, interval],
    queryFn: ({ signal }) => api.get<Series>('/analytics/series', { ...filters, metric, interval }, signal),
  });
  const rate = RATE_METRICS.includes(metric);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : rate ? percent(v) : String(v)) },
      grid: { left: 56, right: 16, top: 24, bottom: 28 },
      xAxis: { type: 'category', data: (series.data?.points ?? []).map((p) => p.period) },
      // only the keys that apply: an explicit undefined would wipe echarts' default axis labels
      yAxis: rate ? { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } } : { type: 'value', minInterval: 1 },
      series: [{ name: METRICS[metric], type: interval === 'day' ? 'line' : 'bar', data: (series.data?.points ?? []).map((p) => p.value), itemStyle: { color: '#1558a8' }, connectNulls: false }],
    }),
    [series.data, metric, interval, rate],
  );
  return (
    <Card
      title="走势"
      size="small"
      extra={
        <Space wrap>
          <Select<Metric> style={{ width: 180 }} value={metric} onChange={setMetric} options={Object.entries(METRICS).map(([value, label]) => ({ value: value as Metric, label }))} aria-label="指标" data-testid="analytics-metric" />
          <Segmented<Interval> value={interval} onChange={setInterval} options={[{ value: 'day', label: '按日' }, { value: 'week', label: '按周' }, { value: 'month', label: '按月' }]} />
        </Space>
      }
    >
      <ReactECharts option={option} style={{ height: 280 }} notMerge role="img" aria-label={`走势：${METRICS[metric]}`} data-testid="analytics-trend" />
    </Card>
  );
}

const BY = [
  { key: 'item', label: '按事项' },
  { key: 'department', label: '按科室' },
  { key: 'zone', label: '按服务区' },
  { key: 'channel', label: '按申报渠道' },
] as const;

function BreakdownCard({ filters, onPick }: { filters: Filters; onPick: (by: (typeof BY)[number]['key'], key: string) => void }) {
  const [by, setBy] = useState<(typeof BY)[number]['key']>('item');
  const data = useQuery({ queryKey: ['analytics', 'breakdown', filters, by], queryFn: ({ signal }) => api.get<Breakdown>('/analytics/breakdown', { ...filters, by }, signal) });
  const rateCol = (title: string, key: keyof Breakdown['items'][number]) => ({
    title,
    dataIndex: key,
    width: 96,
    sorter: (a: Breakdown['items'][number], b: Breakdown['items'][number]) => Number(a[key] ?? -1) - Number(b[key] ?? -1),
    render: (v: number | null) => percent(v),
  });
  return (
    <Card size="small" title="分组指标" extra={<Tabs size="small" activeKey={by} onChange={(k) => setBy(k as typeof by)} items={BY.map((b) => ({ key: b.key, label: b.label }))} style={{ marginBottom: -16 }} />}>
      <Table
        rowKey="key"
        size="small"
        loading={data.isPending}
        dataSource={data.data?.items ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        scroll={{ x: 1000 }}
        data-testid="analytics-breakdown"
        columns={[
          { title: '名称', dataIndex: 'name', ellipsis: true, render: (name: string, r) => <a onClick={() => onPick(by, r.key)}>{name}</a> },
          { title: '收件', dataIndex: 'received', width: 72, sorter: (a, b) => a.received - b.received },
          { title: '办结', dataIndex: 'decided', width: 72, sorter: (a, b) => a.decided - b.decided },
          rateCol('按时办结率', 'onTimeRate'),
          { title: '平均工作日', dataIndex: 'avgWorkingDays', width: 90, render: (v: number | null) => v ?? '—' },
          rateCol('补正率', 'supplementRate'),
          rateCol('不予许可率', 'refusalRate'),
          rateCol('网办率', 'onlineRate'),
          rateCol('零跑腿率', 'zeroVisitRate'),
        ]}
      />
    </Card>
  );
}

function PausesAndRatings({ s, ratings }: { s: Summary | undefined; ratings: RatingFigures | undefined }) {
  const pauses = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: PAUSE_COUNTERS.map((p) => p.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: PAUSE_COUNTERS.map((p) => s?.pausesByKind[p.kind] ?? 0), itemStyle: { color: '#d48806' } }],
  };
  const colors = ['#389e0d', '#7cb305', '#d4b106', '#d46b08', '#cf1322'];
  const pie = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '44%'], data: GRADES.map((g, i) => ({ name: GRADE_NAMES[g], value: ratings?.satisfaction.byGrade[g] ?? 0, itemStyle: { color: colors[i] } })) }],
  };
  const r = ratings?.rectifications;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={`特别程序（${s?.pausedCases ?? 0} 件，共 ${s?.pausedDays ?? 0} 个工作日不计时）`}>
          <ReactECharts option={pauses} style={{ height: 240 }} notMerge role="img" aria-label="特别程序各类别件数（柱状图）" />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={`好差评（${ratings?.satisfaction.total ?? 0} 条，平均 ${ratings?.satisfaction.averageScore ?? '—'} 分）`}
        >
          <ReactECharts option={pie} style={{ height: 212 }} notMerge role="img" aria-label="好差评各等级占比（环形图）" />
          <div data-testid="analytics-rectification" style={{ textAlign: 'center', color: 'rgba(0,0,0,0.65)' }}>
            差评整改按期率 {percent(r?.onTimeRate)}（已办结 {r?.closed ?? 0} 件 / 共 {r?.total ?? 0} 件，逾期未结 {r?.overdueOpen ?? 0} 件）
          </div>
        </Card>
      </Col>
    </Row>
  );
}

function HallCard({ hall, exchange }: { hall: HallFigures | undefined; exchange: ExchangeFigures | undefined }) {
  const zones = hall?.zones ?? [];
  const hours = Array.from({ length: 10 }, (_, i) => 8 + i);
  const cells = (hall?.heatmap ?? []).filter((c) => c.avgWaitMinutes !== null).map((c) => [hours.indexOf(c.hour), zones.findIndex((z) => z.code === c.zone), c.avgWaitMinutes, c.tickets]);
  const max = Math.max(10, ...cells.map((c) => Number(c[2])));
  const option = {
    tooltip: { formatter: (p: { value: [number, number, number, number] }) => heatmapTooltip(zones[p.value[1]]?.name ?? '', hours[p.value[0]] ?? 0, p.value[2], p.value[3]) },
    grid: { left: 96, right: 16, top: 8, bottom: 96 },
    xAxis: { type: 'category', data: hours.map((h) => `${h}时`), splitArea: { show: true } },
    yAxis: { type: 'category', data: zones.map((z) => z.name), splitArea: { show: true } },
    visualMap: { min: 0, max, dimension: 2, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: ['分钟', ''], inRange: { color: ['#e6f4ff', '#69b1ff', '#0958d9', '#cf1322'] } },
    series: [{ type: 'heatmap', data: cells.filter((c) => Number(c[0]) >= 0 && Number(c[1]) >= 0), label: { show: true, formatter: (p: { value: number[] }) => String(Math.round(p.value[2] ?? 0)) } }],
  };
  const a = hall?.appointments;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card size="small" title="大厅平均等候时间（服务区 × 取号时段，分钟）">
          {cells.length ? <ReactECharts option={option} style={{ height: 320 }} notMerge data-testid="analytics-heatmap" /> : <Empty description="所选期间没有叫号记录" />}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title="预约办事" style={{ marginBottom: 16 }} data-testid="analytics-appointments">
          <Row gutter={8}>
            <Col span={8}><Statistic title="预约" value={a?.total ?? 0} /></Col>
            <Col span={8}><Statistic title="签到" value={a?.checkedIn ?? 0} /></Col>
            <Col span={8}><Statistic title="爽约率" value={percent(a?.noShowRate)} /></Col>
          </Row>
        </Card>
        <Card size="small" title="数据共享交换推送" data-testid="analytics-exchange">
          <Row gutter={8}>
            <Col span={8}><Statistic title="推送" value={exchange?.total ?? 0} /></Col>
            <Col span={8}><Statistic title="按期回执率" value={percent(exchange?.onTimeRate)} /></Col>
            <Col span={8}><Statistic title="死信" value={exchange?.dead ?? 0} styles={exchange?.dead ? { content: { color: '#cf1322' } } : undefined} /></Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}

function DrillDrawer({ figure, filters, onClose }: { figure: DrillFigure | null; filters: Filters; onClose: () => void }) {
  const paging = useStatePaging(20);
  const { message } = App.useApp();
  const { department } = useOrgNames();
  const data = useQuery({
    queryKey: ['analytics', 'drill', figure, filters, paging.page, paging.pageSize],
    queryFn: ({ signal }) => api.get<Drill>('/analytics/cases', { ...filters, figure: figure ?? undefined, page: paging.page, pageSize: paging.pageSize }, signal),
    enabled: figure !== null,
  });
  const exporting = useMutation({
    mutationFn: () => download('/analytics/cases/export', `${figure ? DRILL_FIGURES[figure].name : '办件'}.xlsx`, { ...filters, figure: figure ?? undefined }),
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size={1100}
      title={figure ? `${DRILL_FIGURES[figure].name}：${data.data?.total ?? '…'} 件（${filters.from} 至 ${filters.to}）` : ''}
      extra={<Button onClick={() => exporting.mutate()} loading={exporting.isPending} data-testid="analytics-export">导出 Excel</Button>}
    >
      <Table
        rowKey="caseNo"
        size="small"
        loading={data.isPending}
        dataSource={data.data?.items ?? []}
        scroll={{ x: 1000 }}
        data-testid="analytics-drill"
        pagination={paginationProps(paging, data.data?.total ?? 0, (n) => `共 ${n} 件`)}
        columns={[
          { title: '办件编号', dataIndex: 'caseNo', width: 130, render: (no: string) => <Link to={`/admin/cases/${no}`} data-testid="analytics-drill-case">{no}</Link> },
          { title: '事项', dataIndex: 'itemName', ellipsis: true },
          { title: '科室', dataIndex: 'departmentCode', width: 140, ellipsis: true, render: (c: string) => department(c) },
          { title: '渠道', dataIndex: 'channel', width: 80, render: (c: Channel) => CHANNELS[c] },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => CASE_STATUSES[s as CaseStatus] ?? s },
          { title: '收件', dataIndex: 'receivedOn', width: 100 },
          { title: '办结', dataIndex: 'decidedOn', width: 100, render: (d: string | null, r) => d ?? r.closedOn ?? '—' },
          { title: '用时/承诺', key: 'days', width: 90, render: (_: unknown, r) => (r.workingDays === null ? '—' : `${r.workingDays} / ${r.promisedDays}`) },
          { title: '按时', dataIndex: 'onTimePromised', width: 64, render: (v: boolean | null) => (v === null ? '—' : v ? <Tag color="green">是</Tag> : <Tag color="red">否</Tag>) },
          { title: '补正', dataIndex: 'supplementRounds', width: 56 },
          { title: '零跑腿', dataIndex: 'zeroVisit', width: 64, render: (v: boolean) => (v ? '是' : '否') },
        ]}
      />
    </Drawer>
  );
}

/** The analytics dashboard, its default period counted from the service clock's today. */
export default function AnalyticsPage() {
  const clock = useServiceClock();
  if (!clock.data) return <Card loading />;
  return <Analytics today={clock.data.today} />;
}

function Analytics({ today }: { today: string }) {
  const { filters: inUrl, set } = useUrlFilters(today, ['zone', 'channel']);
  const filters: Filters = { ...inUrl, channel: inUrl.channel as Channel | undefined };
  const [drill, setDrill] = useState<DrillFigure | null>(null);
  const me = useMe();
  const client = useQueryClient();
  const { message } = App.useApp();
  const zones = useZones();
  const summary = useQuery({ queryKey: ['analytics', 'summary', filters], queryFn: ({ signal }) => api.get<Summary>('/analytics/summary', filters, signal) });
  const ratings = useQuery({ queryKey: ['analytics', 'ratings', filters], queryFn: ({ signal }) => api.get<RatingFigures>('/analytics/ratings', filters, signal) });
  const hall = useQuery({ queryKey: ['analytics', 'hall', filters], queryFn: ({ signal }) => api.get<HallFigures>('/analytics/hall', filters, signal) });
  const exchange = useQuery({ queryKey: ['analytics', 'exchange', filters], queryFn: ({ signal }) => api.get<ExchangeFigures>('/analytics/exchange', filters, signal) });
  const rebuild = useMutation({
    mutationFn: () => api.post<{ cases: number; rollupRows: number; seconds: number }>('/analytics/rebuild'),
    onSuccess: (r) => {
      message.success(`已从办件流转记录重算 ${r.cases} 件，用时 ${r.seconds} 秒`);
      void client.invalidateQueries({ queryKey: ['analytics'] });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const pick = (by: 'item' | 'department' | 'zone' | 'channel', key: string) => set({ [by]: key || undefined });
  return (
    <div>
      <PageHeader
        title="大数据分析"
        extra={
          can(me.data, 'analytics.rebuild') ? (
            <Button onClick={() => rebuild.mutate()} loading={rebuild.isPending} data-testid="analytics-rebuild">
              从流转记录重算
            </Button>
          ) : null
        }
      />
      <FilterBar>
        <PeriodFilter today={today} from={inUrl.from} to={inUrl.to} onChange={(from, to) => set({ from, to })} testId="analytics-range" md={7} />
        <Col xs={12} md={4}>
          <FilterSelect label="服务区" value={filters.zone ?? ''} options={(zones.data ?? []).map((z) => ({ value: z.code, label: `${z.code} ${z.name}` }))} onChange={(v) => set({ zone: v })} testId="analytics-filter-zone" />
        </Col>
        <DivisionFilter value={filters.department} onChange={(department) => set({ department })} testId="analytics-filter-department" md={4} />
        <Col xs={12} md={5}>
          <ItemPicker value={filters.item} onChange={(code) => set({ item: code })} placeholder="事项" label="事项" testId="analytics-filter-item" style={{ width: '100%' }} />
        </Col>
        <Col xs={12} md={4}>
          <FilterSelect label="申报渠道" value={filters.channel ?? ''} options={Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))} onChange={(v) => set({ channel: v })} testId="analytics-filter-channel" />
        </Col>
      </FilterBar>
      <Figures s={summary.data} onDrill={setDrill} />
      <div style={{ marginTop: 16 }}>
        <Trend filters={filters} />
      </div>
      <div style={{ marginTop: 16 }}>
        <BreakdownCard filters={filters} onPick={pick} />
      </div>
      <div style={{ marginTop: 16 }}>
        <PausesAndRatings s={summary.data} ratings={ratings.data} />
      </div>
      <div style={{ marginTop: 16 }}>
        <HallCard hall={hall.data} exchange={exchange.data} />
      </div>
      <Card size="small" title="审管联动 · 各监管部门（签收时效与事中事后监管）" style={{ marginTop: 16 }}>
        <RegulatorAnalytics period={{ from: filters.from, to: filters.to }} />
      </Card>
      <DrillDrawer figure={drill} filters={filters} onClose={() => setDrill(null)} />
    </div>
  );
}
