/**
 * 审管联动 per regulator department (issue #22), for 大数据分析 and the bureau's supervision view:
 * acknowledgement on-time rate and days, supervision activity (checks, problems, penalties,
 * requests), the exchange's deliveries to the department's systems. Each number opens the events or
 * messages behind it, with their Excel export, as the other figures of 大数据分析 do.
 * A regulator's staff get their own department only (the API scopes it).
 */
import { App, Button, Card, Col, Drawer, Row, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { REGULATOR_FIGURES, type RegulatorFigure } from '../../../domain/exchange-terms';
import { ErrorAlert } from '../../api/errors';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { paginationProps, useStatePaging } from '../../components/paging';
import { testIdAttrs } from '../../components/testId';
import { percent } from '../analytics/analyticsApi';
import { regulatorKeys, regulatorsApi, type DepartmentFigures, type Period, type RegulatorRecord } from './regulatorsApi';

/** The on-time rate of a department's acknowledgements, as a percentage. */
export const ackRate = (f: Pick<DepartmentFigures, 'onTimeRate'>) => percent(f.onTimeRate);
/** Days from a decision to its acknowledgement. */
export const ackDays = (d: number | null) => (d === null ? '—' : `${d} 天`);

const active = (f: DepartmentFigures) => f.events > 0 || f.inspections + f.penalties + f.suspendRequests + f.revokeRequests + f.blacklist > 0 || f.licencesInForce > 0 || f.deliveries > 0;

interface Drill {
  departmentCode?: string;
  departmentName: string;
  figure: RegulatorFigure;
}

/** The regulator departments' figures over `period`; `onDepartment` makes a row open its department. */
export function RegulatorAnalytics({ period, onDepartment }: { period: Period; onDepartment?: (f: DepartmentFigures) => void }) {
  const overview = useQuery({ queryKey: regulatorKeys.overview(undefined, period), queryFn: ({ signal }) => regulatorsApi.overview(undefined, signal, period) });
  const [drill, setDrill] = useState<Drill | null>(null);
  const rows = useMemo(() => (overview.data?.items ?? []).filter(active), [overview.data]);
  const totals = useMemo(() => {
    const sum = (k: keyof DepartmentFigures) => rows.reduce((n, f) => n + Number(f[k] ?? 0), 0);
    const acknowledged = sum('acknowledged');
    const delivered = sum('delivered');
    return {
      events: sum('events'),
      onTimeRate: acknowledged ? sum('onTime') / acknowledged : null,
      overdue: sum('overdue'),
      messages: sum('inspections') + sum('penalties') + sum('suspendRequests') + sum('revokeRequests') + sum('blacklist'),
      openRequests: sum('openRequests'),
      receiptOnTimeRate: delivered ? sum('deliveredOnTime') / delivered : null,
    };
  }, [rows]);
  const open = (f: DepartmentFigures | undefined, figure: RegulatorFigure) => setDrill({ departmentCode: f?.departmentCode, departmentName: f?.departmentName ?? '各监管部门', figure });
  /** A number that opens its records (0 opens nothing). */
  const cell = (figure: RegulatorFigure, value: (f: DepartmentFigures) => number, shown?: (f: DepartmentFigures) => string) => (_: unknown, f: DepartmentFigures) =>
    value(f) > 0 ? (
      <Typography.Link
        {...testIdAttrs('reg-drill', { figure, code: f.departmentCode })}
        onClick={(e) => {
          e.stopPropagation();
          open(f, figure);
        }}
      >
        {shown ? shown(f) : value(f)}
      </Typography.Link>
    ) : (
      (shown?.(f) ?? 0)
    );
  const columns: TableColumnsType<DepartmentFigures> = [
    { title: '监管部门', dataIndex: 'departmentName', fixed: 'left', width: 170 },
    { title: '在用证照', dataIndex: 'licencesInForce', width: 80, sorter: (a, b) => a.licencesInForce - b.licencesInForce },
    { title: '应签收', key: 'events', width: 72, render: cell('events', (f) => f.events) },
    { title: '按期签收率', key: 'rate', width: 96, sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1), render: cell('onTime', (f) => f.onTime, ackRate) },
    { title: '逾期签收', key: 'late', width: 80, render: cell('late', (f) => f.late) },
    { title: '逾期未签收', key: 'overdue', width: 92, render: (_, f) => (f.overdue > 0 ? <Tag color="red">{cell('overdue', (x) => x.overdue)(_, f)}</Tag> : 0) },
    { title: '决定到签收', dataIndex: 'avgAckDays', width: 92, sorter: (a, b) => (a.avgAckDays ?? 99) - (b.avgAckDays ?? 99), render: (d: number | null) => ackDays(d) },
    { title: '检查', key: 'inspections', width: 60, render: cell('inspections', (f) => f.inspections) },
    { title: '发现问题', key: 'problems', width: 76, render: cell('problems', (f) => f.problems) },
    { title: '处罚', key: 'penalties', width: 60, render: cell('penalties', (f) => f.penalties) },
    { title: '暂扣/吊销请求', key: 'requests', width: 108, render: cell('requests', (f) => f.suspendRequests + f.revokeRequests, (f) => `${f.suspendRequests} / ${f.revokeRequests}`) },
    { title: '失信名单', key: 'blacklist', width: 76, render: cell('blacklist', (f) => f.blacklist) },
    { title: '待确认', key: 'openRequests', width: 68, render: cell('openRequests', (f) => f.openRequests) },
    { title: '推送', dataIndex: 'deliveries', width: 64 },
    { title: '按期回执率', key: 'receipts', width: 92, render: (_, f) => percent(f.receiptOnTimeRate) },
  ];
  const stats: [string, string, string | number, RegulatorFigure | null][] = [
    ['events', '应签收事件', totals.events, 'events'],
    ['on-time', '按期签收率', percent(totals.onTimeRate), 'onTime'],
    ['overdue', '逾期未签收', totals.overdue, 'overdue'],
    ['messages', '监管反馈', totals.messages, 'messages'],
    ['open-requests', '待确认请求', totals.openRequests, 'openRequests'],
    ['receipts', '推送按期回执率', percent(totals.receiptOnTimeRate), null],
  ];
  return (
    <div data-testid="reg-analytics">
      {overview.error && <ErrorAlert error={overview.error} />}
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {stats.map(([id, title, value, figure]) => (
          <Col key={id} xs={12} md={8} xl={4}>
            <Card size="small" hoverable={!!figure} onClick={figure ? () => open(undefined, figure) : undefined} {...testIdAttrs('reg-total', { figure: figure ?? id })}>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<DepartmentFigures>
        rowKey="departmentCode"
        size="small"
        loading={overview.isPending}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 1300 }}
        pagination={false}
        onRow={(f) => ({ ...testIdAttrs('reg-dept-row', { code: f.departmentCode }), ...(onDepartment ? { onClick: () => onDepartment(f), style: { cursor: 'pointer' } } : {}) })}
      />
      <RecordsDrawer drill={drill} period={period} onClose={() => setDrill(null)} />
    </div>
  );
}

/** The events or messages behind a figure, paged, with their Excel export. */
function RecordsDrawer({ drill, period, onClose }: { drill: Drill | null; period: Period; onClose: () => void }) {
  const paging = useStatePaging(20);
  const { message } = App.useApp();
  const q = drill ? { ...period, departmentCode: drill.departmentCode, figure: drill.figure } : null;
  const data = useQuery({
    queryKey: regulatorKeys.records({ ...q, page: paging.page, pageSize: paging.pageSize }),
    queryFn: ({ signal }) => regulatorsApi.records({ ...(q as NonNullable<typeof q>), page: paging.page, pageSize: paging.pageSize }, signal),
    enabled: q !== null,
  });
  const exporting = useMutation({ mutationFn: () => regulatorsApi.exportRecords(q as NonNullable<typeof q>), onError: (e: Error) => message.error(e.message) });
  const columns: TableColumnsType<RegulatorRecord> = [
    { title: '类型', dataIndex: 'typeName', width: 120, render: (t: string, r) => <Tag color={r.kind === 'event' ? 'blue' : 'purple'}>{t}</Tag> },
    { title: '办件/证照/主体', dataIndex: 'subject', width: 150 },
    { title: '事项', dataIndex: 'itemName', ellipsis: true, render: (n: string | null) => n ?? '—' },
    { title: '日期', dataIndex: 'on', width: 100 },
    { title: '签收期限', dataIndex: 'due', width: 100, render: (d: string | null) => d ?? '—' },
    { title: '签收/接收', dataIndex: 'doneOn', width: 100, render: (d: string | null) => d ?? '—' },
    { title: '状态', dataIndex: 'state', width: 110 },
    { title: '签收人/发送人', dataIndex: 'by', width: 150, ellipsis: true, render: (b: string | null) => b ?? '—' },
    { title: '说明', dataIndex: 'detail', ellipsis: true, render: (d: string | null) => d ?? '' },
  ];
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      size={1100}
      title={drill ? `${drill.departmentName} · ${REGULATOR_FIGURES[drill.figure]}：${data.data?.total ?? '…'} 条${period.from ? `（${period.from} 至 ${period.to ?? ''}）` : ''}` : ''}
      extra={
        <Button onClick={() => exporting.mutate()} loading={exporting.isPending} data-testid="reg-records-export">
          导出 Excel
        </Button>
      }
      destroyOnHidden
    >
      {data.error && <ErrorAlert error={data.error} />}
      <ResponsiveTable<RegulatorRecord>
        rows={data.data?.items ?? []}
        rowKey={(r) => `${r.kind}-${r.departmentCode}-${r.ref}`}
        loading={data.isPending}
        columns={columns}
        scrollX={1000}
        pagination={paginationProps(paging, data.data?.total ?? 0, (n) => `共 ${n} 条`)}
        rowAttrs={(r) => testIdAttrs('reg-record-row', { kind: r.kind, type: r.type, subject: r.subject })}
        card={(r) => (
          <>
            <Space wrap>
              <Tag color={r.kind === 'event' ? 'blue' : 'purple'}>{r.typeName}</Tag>
              <Tag>{r.state}</Tag>
            </Space>
            <Typography.Text strong>{r.subject}</Typography.Text>
            {r.itemName && <Typography.Text>{r.itemName}</Typography.Text>}
            <Typography.Text type="secondary">{[r.on, r.due && `期限 ${r.due}`, r.doneOn && `签收/接收 ${r.doneOn}`, r.by].filter(Boolean).join(' · ')}</Typography.Text>
            {r.detail && <Typography.Text type="secondary">{r.detail}</Typography.Text>}
          </>
        )}
      />
    </Drawer>
  );
}
