/**
 * 审计日志: who did what, when, from where, with before/after; filters by actor, action,
 * target type and date range; 校验完整性 checks the hash chain on the server.
 */
import { Alert, Button, Col, DatePicker, Input, Row, Space, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import type { AuditRow, AuditVerify, Page } from '../../api/types';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { useStatePaging } from '../../components/paging';
import { auditActionLabel } from '../../components/labels';

interface Filters {
  actor: string;
  action: string;
  targetType: string;
  range: [Dayjs | null, Dayjs | null] | null;
}

const EMPTY: Filters = { actor: '', action: '', targetType: '', range: null };

/** The free-text filters, in display order. */
const TEXT_FILTERS: { name: 'actor' | 'action' | 'targetType'; label: string; md: number; testId: string }[] = [
  { name: 'actor', label: '操作人', md: 5, testId: 'audit-actor' },
  { name: 'action', label: '操作，如 catalog.version.pass', md: 5, testId: 'audit-action' },
  { name: 'targetType', label: '对象类型', md: 4, testId: 'audit-target-type' },
];

function Json({ value, label }: { value: unknown; label: string }) {
  return (
    <div>
      <Typography.Text strong>{label}</Typography.Text>
      <pre tabIndex={0} style={{ background: '#fafafa', border: '1px solid #f0f0f0', padding: 8, maxHeight: 360, overflow: 'auto', fontSize: 12, margin: '4px 0 0' }}>
        {value === null || value === undefined ? '（无）' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

function VerifyResult({ result }: { result: AuditVerify }) {
  return (
    <div data-testid="audit-verify-result" data-ok={String(result.ok)}>
      {result.ok ? (
        <Alert type="success" showIcon title={`日志完整：已校验 ${result.count} 条记录，哈希链未被篡改。`} style={{ marginBottom: 16 }} />
      ) : (
        <Alert
          type="error"
          showIcon
          title={`日志完整性校验失败：第 ${result.brokenAt} 号记录处断链`}
          description={`已校验 ${result.count} 条。原因：${result.reason}`}
          style={{ marginBottom: 16 }}
        />
      )}
    </div>
  );
}

/** `/admin/audit`. */
export default function AuditPage() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const paging = useStatePaging(50);
  const showError = useApiError();
  const query = {
    actor: filters.actor.trim(),
    action: filters.action.trim(),
    targetType: filters.targetType.trim(),
    from: filters.range?.[0]?.startOf('day').toISOString(),
    to: filters.range?.[1]?.endOf('day').toISOString(),
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const rows = useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get<Page<AuditRow>>('/audit', query, signal),
    placeholderData: keepPreviousData,
  });
  /** Applies `next` as the filters (and shows it in the inputs), from page 1. */
  const search = (next: Filters) => {
    setDraft(next);
    setFilters(next);
    paging.reset();
  };
  const verify = useMutation({ mutationFn: () => api.get<AuditVerify>('/audit/verify'), onError: (e) => showError(e) });

  const columns: TableColumnsType<AuditRow> = [
    { title: '时间', dataIndex: 'at', width: 180, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm:ss') },
    { title: '操作人', dataIndex: 'actorName', width: 140, render: (n: string | null, r) => n ?? r.actorId ?? '系统' },
    {
      title: '操作',
      dataIndex: 'action',
      width: 200,
      render: (a: string) => (
        <span data-testid="audit-action" data-action={a}>
          <span data-testid="audit-action-label">{auditActionLabel(a) ?? a}</span>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {a}
          </Typography.Text>
        </span>
      ),
    },
    { title: '对象类型', dataIndex: 'targetType', width: 140, render: (t: string | null) => t ?? '—' },
    { title: '对象', dataIndex: 'targetId', render: (t: string | null) => <Typography.Text style={{ fontSize: 12 }}>{t ?? '—'}</Typography.Text> },
    { title: 'IP', dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <div>
      <PageHeader
        title="审计日志"
        extra={
          <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
            校验完整性
          </Button>
        }
      />
      {verify.data ? <VerifyResult result={verify.data} /> : null}
      <FilterBar>
        {TEXT_FILTERS.map((f) => (
          <Col xs={12} md={f.md} key={f.name}>
            <Input placeholder={f.label} aria-label={f.label} value={draft[f.name]} onChange={(e) => setDraft({ ...draft, [f.name]: e.target.value })} allowClear data-testid={f.testId} />
          </Col>
        ))}
        <Col xs={12} md={6}>
          <DatePicker.RangePicker style={{ width: '100%' }} value={draft.range} onChange={(r) => setDraft({ ...draft, range: r })} />
        </Col>
        <Col xs={24} md={4}>
          <Space>
            <Button type="primary" onClick={() => search(draft)} data-testid="audit-search">
              查询
            </Button>
            <Button onClick={() => search(EMPTY)}>重置</Button>
          </Space>
        </Col>
      </FilterBar>
      <PagedTable<AuditRow>
        rowKey={(r) => String(r.id)}
        size="small"
        columns={columns}
        list={rows}
        paging={paging}
        totalText={(t) => `共 ${t} 条`}
        pageSizeOptions={[20, 50, 100, 200]}
        scroll={{ x: 1000 }}
        testId="audit-table"
        expandable={{
          expandedRowRender: (r) => (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Json label="修改前" value={r.before} />
              </Col>
              <Col xs={24} md={12}>
                <Json label="修改后" value={r.after} />
              </Col>
            </Row>
          ),
        }}
      />
    </div>
  );
}
