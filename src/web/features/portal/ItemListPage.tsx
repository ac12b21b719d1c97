/**
 * Public item list (办事指南): filters and page live in the URL query so any result is linkable.
 */
import { Card, Col, Empty, Grid, Pagination, Row, Select, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DISPOSITIONS, ITEM_KINDS, ITEM_TYPES, ONLINE_LEVELS } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useDepartments, useZones } from '../../api/queries';
import type { ItemSummary, Page } from '../../api/types';
import { ONLINE_LEVEL_COLORS, formatDays, labelOf } from '../../components/labels';
import { SearchBox } from '../../components/SearchBox';

const FILTERS = ['q', 'zone', 'department', 'disposition', 'onlineLevel', 'type', 'kind'] as const;
type FilterName = (typeof FILTERS)[number];
const DEFAULT_PAGE_SIZE = 20;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const options = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));

function OnlineTag({ level }: { level: ItemSummary['onlineLevel'] }) {
  return <Tag color={ONLINE_LEVEL_COLORS[level]}>{labelOf(ONLINE_LEVELS, level)}</Tag>;
}

function DaysText({ item }: { item: ItemSummary }) {
  return (
    <span data-testid="item-row-days" data-statutory={item.statutoryDays} data-promised={item.promisedDays} style={{ whiteSpace: 'nowrap' }}>
      法定 {formatDays(item.statutoryDays)}
      <br />
      承诺 <b>{formatDays(item.promisedDays)}</b>
    </span>
  );
}

/** The searchable, filterable list of confirmed items. */
export default function ItemListPage() {
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const departments = useDepartments();
  const zones = useZones();

  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<FilterName, string>;
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);

  const list = useQuery({
    queryKey: ['catalog', 'items', filters, page, pageSize],
    queryFn: ({ signal }) => api.get<Page<ItemSummary>>('/catalog/items', { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  /** Sets one filter (back to page 1) keeping the others. */
  const setFilter = (name: FilterName, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  const setPage = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(size !== pageSize ? 1 : p));
    next.set('pageSize', String(size));
    setParams(next);
  };

  const departmentOptions = useMemo(
    () => (departments.data ?? []).filter((d) => d.kind !== 'regulator').map((d) => ({ value: d.code, label: d.name })),
    [departments.data],
  );
  const zoneOptions = useMemo(() => (zones.data ?? []).map((z) => ({ value: z.code, label: z.name })), [zones.data]);

  const columns: TableColumnsType<ItemSummary> = [
    {
      title: '事项名称',
      dataIndex: 'name',
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/items/${encodeURIComponent(item.code)}`} data-testid="item-row-link" data-code={item.code}>
            {item.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.code}
            {item.kind !== 'main' ? ` · ${labelOf(ITEM_KINDS, item.kind)}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '事项类型', dataIndex: 'type', width: 110, render: (t: string) => labelOf(ITEM_TYPES, t) },
    { title: '实施机构', dataIndex: 'departmentName', width: 180 },
    { title: '服务区', dataIndex: 'zoneName', width: 120, render: (z: string | null) => z ?? '—' },
    { title: '网办深度', dataIndex: 'onlineLevel', width: 110, render: (_, item) => <OnlineTag level={item.onlineLevel} /> },
    {
      title: '法定时限 / 承诺时限',
      key: 'days',
      width: 150,
      render: (_, item) => <DaysText item={item} />,
    },
  ];

  const pagination = {
    current: page,
    pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number) => `共 ${total} 项`,
    onChange: setPage,
  };

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        办事指南
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} lg={8}>
            <SearchBox key={filters.q} defaultValue={filters.q} placeholder="事项名称、别名、关键词" testId="items-search-input" label="搜索事项" onSearch={(v) => setFilter('q', v)} />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              style={{ width: '100%' }}
              placeholder="服务区"
              allowClear
              value={filters.zone || undefined}
              options={zoneOptions}
              onChange={(v?: string) => setFilter('zone', v)}
              data-testid="filter-zone"
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              style={{ width: '100%' }}
              placeholder="实施机构"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={filters.department || undefined}
              options={departmentOptions}
              onChange={(v?: string) => setFilter('department', v)}
              data-testid="filter-department"
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              style={{ width: '100%' }}
              placeholder="处理意见"
              allowClear
              value={filters.disposition || undefined}
              options={options(DISPOSITIONS)}
              onChange={(v?: string) => setFilter('disposition', v)}
              data-testid="filter-disposition"
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              style={{ width: '100%' }}
              placeholder="网办深度"
              allowClear
              value={filters.onlineLevel || undefined}
              options={options(ONLINE_LEVELS)}
              onChange={(v?: string) => setFilter('onlineLevel', v)}
              data-testid="filter-online-level"
            />
          </Col>
        </Row>
      </Card>

      <ErrorAlert error={list.error} />

      {screens.md ? (
        <Table<ItemSummary>
          rowKey="code"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={pagination}
          data-testid="items-table"
        />
      ) : (
        <Spin spinning={list.isFetching}>
          <div data-testid="items-list">
            {list.data && list.data.items.length === 0 ? <Empty description="没有符合条件的事项" /> : null}
            {(list.data?.items ?? []).map((item) => (
              <Card key={item.code} size="small" style={{ width: '100%', marginBottom: 8 }}>
                <Link to={`/items/${encodeURIComponent(item.code)}`} data-testid="item-row-link" data-code={item.code} style={{ fontSize: 16, fontWeight: 500 }}>
                  {item.name}
                </Link>
                <div style={{ margin: '6px 0', color: '#595959', fontSize: 13 }}>
                  {labelOf(ITEM_TYPES, item.type)} · {item.departmentName}
                  {item.zoneName ? ` · ${item.zoneName}` : ''}
                </div>
                <Space wrap size={4}>
                  <OnlineTag level={item.onlineLevel} />
                  <DaysText item={item} />
                </Space>
              </Card>
            ))}
            <Pagination {...pagination} size="small" showSizeChanger={false} align="center" style={{ marginTop: 12 }} />
          </div>
        </Spin>
      )}
    </div>
  );
}
