/**
 * `/admin/director` (延期审批与督办): extension requests waiting for the director's approval, and
 * the bureau's overdue board — cases past or near their promised limit, counted by department
 * and by item.
 *
 * The requests come from `GET /cases?extension=requested`; the list rows do not carry the
 * requested days and reason, so only those few cases are read in full. The list does not carry
 * the department either, so it comes from the public catalog (item → department).
 */
import { Card, Col, Empty, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import type { CaseSummary, CaseView, ItemSummary, Page } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { PlainList } from '../../components/PlainList';
import { useStatePaging } from '../../components/paging';
import { testIdAttrs } from '../../components/testId';
import { ActionButtons } from '../cases/ActionDialog';
import { CaseStatusTag } from '../cases/CaseBits';
import { CaseCell, CaseTable } from '../cases/CaseTable';
import { caseKeys, useCases } from '../cases/casesApi';
import { casePath } from '../casework/CasesPage';

const ALL = { page: 1, pageSize: 200 };

/** Open cases whose extension (art. 42) waits for approval, read in full (days, reason, allowed actions). */
function useExtensionRequests() {
  const list = useCases({ ...ALL, extension: 'requested' });
  const details = useQueries({
    queries: (list.data?.items ?? []).map((c) => ({
      queryKey: caseKeys.one(c.caseNo),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<CaseView>(`/cases/${encodeURIComponent(c.caseNo)}`, undefined, signal),
    })),
  });
  const requests = details.flatMap((d) => (d.data?.extension && !d.data.extension.approved ? [d.data] : []));
  return {
    requests,
    loading: list.isPending || details.some((d) => d.isPending),
    error: list.error ?? details.find((d) => d.error)?.error ?? null,
  };
}

function ExtensionRequests() {
  const { requests, loading, error } = useExtensionRequests();
  return (
    <Card size="small" title={`待批准的延期申请（${requests.length}）`} style={{ marginBottom: 16 }} data-testid="extension-requests" data-loading={String(loading)}>
      <ErrorAlert error={error} />
      <Spin spinning={loading}>
        <PlainList
          items={requests}
          rowKey={(c) => c.caseNo}
          empty={loading ? '正在查找延期申请…' : '没有待批准的延期申请'}
          render={(c) => (
            <div data-testid="extension-request" data-case-no={c.caseNo}>
              <Space wrap size={[12, 4]}>
                <CaseCell c={c} to={casePath(c)} testId="extension-case-link" />
                <CaseStatusTag status={c.status} testId="extension-status" />
                <span>申请人：{c.applicant.name}</span>
              </Space>
              <div style={{ marginTop: 4 }}>
                申请延长 <b>{c.extension?.requestedDays ?? 0}</b> 个工作日。理由：{c.extension?.reason}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                法定办结日 {c.clock.decisionDue ?? '—'}，批准后顺延
              </Typography.Text>
            </div>
          )}
          extra={(c) => <ActionButtons c={c} only={['approve_extension']} />}
        />
      </Spin>
    </Card>
  );
}

/** One count row of the board. */
interface CountRow {
  key: string;
  name: string;
  overdue: number;
  warning: number;
}

function countBy(cases: CaseSummary[], keyOf: (c: CaseSummary) => { key: string; name: string }): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const c of cases) {
    const { key, name } = keyOf(c);
    const row = rows.get(key) ?? { key, name, overdue: 0, warning: 0 };
    if (c.clockState === 'overdue') row.overdue++;
    else row.warning++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.warning - a.warning || a.name.localeCompare(b.name, 'zh-CN'));
}

function Bar({ value, max, color }: { value: number; max: number; color: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <div style={{ width: 80, height: 8, background: '#f0f0f0', borderRadius: 4, overflow: 'hidden' }}>
        <div style={{ width: `${max ? (value / max) * 100 : 0}%`, height: '100%', background: color }} />
      </div>
      <span>{value}</span>
    </div>
  );
}

function CountTable({ title, rows, testId }: { title: string; rows: CountRow[]; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.overdue + r.warning));
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Table<CountRow>
        rowKey="key"
        size="small"
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        dataSource={rows}
        data-testid={testId}
        onRow={(r) => testIdAttrs('board-count-row', { key: r.key })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有超期或预警的办件" /> }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '已超期', dataIndex: 'overdue', width: 130, render: (v: number) => <Bar value={v} max={max} color="#cf1322" /> },
          { title: '临期预警', dataIndex: 'warning', width: 130, render: (v: number) => <Bar value={v} max={max} color="#faad14" /> },
        ]}
      />
    </Card>
  );
}

/** The bureau's overdue and warning cases, counted by department and by item, and listed. */
function OverdueBoard() {
  const overdue = useCases({ ...ALL, clockState: 'overdue' });
  const warning = useCases({ ...ALL, clockState: 'warning' });
  const items = useQuery({
    queryKey: ['catalog', 'items', 'all-departments'],
    queryFn: ({ signal }) => api.get<Page<ItemSummary>>('/catalog/items', { pageSize: 500 }, signal),
    staleTime: 10 * 60_000,
  });
  const cases = useMemo(() => [...(overdue.data?.items ?? []), ...(warning.data?.items ?? [])], [overdue.data, warning.data]);
  const department = useMemo(() => new Map((items.data?.items ?? []).map((i) => [i.code, { key: i.department, name: i.departmentName }])), [items.data]);
  const byDepartment = countBy(cases, (c) => department.get(c.itemCode) ?? { key: '?', name: '（未知科室）' });
  const byItem = countBy(cases, (c) => ({ key: c.itemCode, name: c.itemName }));
  const paging = useStatePaging(20);
  return (
    <div data-testid="overdue-board">
      <ErrorAlert error={overdue.error ?? warning.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="已超期" value={overdue.data?.total ?? 0} styles={{ content: { color: '#cf1322' } }} formatter={(v) => <span data-testid="board-overdue">{v}</span>} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="临期预警" value={warning.data?.total ?? 0} styles={{ content: { color: '#ad4e00' } }} formatter={(v) => <span data-testid="board-warning">{v}</span>} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" style={{ height: '100%' }}>
            <Typography.Text type="secondary">
              按承诺时限统计：剩余不超过预警天数的为<Tag color="gold">临期预警</Tag>，超过承诺办结日的为<Tag color="red">已超期</Tag>。特别程序、待补正期间暂停计时。
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12}>
          <CountTable title="按科室" rows={byDepartment} testId="board-by-department" />
        </Col>
        <Col xs={24} lg={12}>
          <CountTable title="按事项" rows={byItem} testId="board-by-item" />
        </Col>
      </Row>
      <Card size="small" title="超期和预警办件">
        <CaseTable
          list={{ data: { items: cases, total: cases.length }, isFetching: overdue.isFetching || warning.isFetching, error: null }}
          paging={paging}
          to={casePath}
          show={['applicant', 'status', 'promisedDue', 'decisionDue', 'clock']}
          testId="board-cases"
          minWidth={860}
        />
      </Card>
    </div>
  );
}

/** The director's page. */
export default function DirectorPage() {
  return (
    <div>
      <PageHeader title="延期审批与督办" />
      <ExtensionRequests />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        全局超期督办
      </Typography.Title>
      <OverdueBoard />
    </div>
  );
}
