/**
 * Public item list (办事指南): filters and page live in the URL query so any result is linkable.
 * A table on wide screens, a list of cards on phones.
 */
import { Card, Col, Empty, Pagination, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useScreens } from '../../components/screens';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { DISPOSITIONS, ITEM_KINDS, ITEM_TYPES, ONLINE_LEVELS } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useDepartments, useZones } from '../../api/queries';
import type { ItemSummary, Page } from '../../api/types';
import { FilterSelect } from '../../components/FilterSelect';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { ONLINE_LEVEL_COLORS, enumOptions, formatDays, labelOf } from '../../components/labels';
import { paginationProps, useUrlPaging } from '../../components/paging';

const FILTERS = ['q', 'zone', 'department', 'disposition', 'onlineLevel', 'type', 'kind'] as const;
type FilterName = (typeof FILTERS)[number];

/** A filter chosen from a list. */
interface SelectFilter {
  name: FilterName;
  label: string;
  testId: string;
  options: { value: string; label: string }[];
  searchable?: boolean;
}

/** Breaks long item codes anywhere so they never widen the page. */
const codeStyle = { fontSize: 12, overflowWrap: 'anywhere' as const };

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

/** The item's name linking to its guide, with its code (and kind when not a main item) below. */
function ItemName({ item, large = false }: { item: ItemSummary; large?: boolean }) {
  return (
    <div>
      <Link to={`/items/${encodeURIComponent(item.code)}`} data-testid="item-row-link" data-code={item.code} style={large ? { fontSize: 16, fontWeight: 500 } : undefined}>
        {item.name}
      </Link>
      <div>
        <Typography.Text type="secondary" style={codeStyle}>
          {item.code}
          {item.kind !== 'main' ? ` · ${labelOf(ITEM_KINDS, item.kind)}` : ''}
        </Typography.Text>
      </div>
    </div>
  );
}

const columns: TableColumnsType<ItemSummary> = [
  { title: '事项名称', dataIndex: 'name', render: (_, item) => <ItemName item={item} /> },
  { title: '事项类型', dataIndex: 'type', width: 110, render: (t: string) => labelOf(ITEM_TYPES, t) },
  { title: '实施机构', dataIndex: 'departmentName', width: 180 },
  { title: '服务区', dataIndex: 'zoneName', width: 120, render: (z: string | null) => z ?? '—' },
  { title: '网办深度', dataIndex: 'onlineLevel', width: 110, render: (_, item) => <OnlineTag level={item.onlineLevel} /> },
  { title: '法定时限 / 承诺时限', key: 'days', width: 150, render: (_, item) => <DaysText item={item} /> },
];

/** One item as a card, for phones. */
function ItemCard({ item }: { item: ItemSummary }) {
  return (
    <Card size="small" style={{ width: '100%', marginBottom: 8 }}>
      <ItemName item={item} large />
      <div style={{ margin: '6px 0', color: '#595959', fontSize: 13 }}>
        {labelOf(ITEM_TYPES, item.type)} · {item.departmentName}
        {item.zoneName ? ` · ${item.zoneName}` : ''}
      </div>
      <Space wrap size={4}>
        <OnlineTag level={item.onlineLevel} />
        <DaysText item={item} />
      </Space>
    </Card>
  );
}

/** The searchable, filterable list of confirmed items. */
export default function ItemListPage() {
  const paging = useUrlPaging(20);
  const { params, setFilter, page, pageSize } = paging;
  const screens = useScreens();
  const departments = useDepartments();
  const zones = useZones();

  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<FilterName, string>;
  const list = useQuery({
    queryKey: ['catalog', 'items', filters, page, pageSize],
    queryFn: ({ signal }) => api.get<Page<ItemSummary>>('/catalog/items', { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const selects = useMemo<SelectFilter[]>(
    () => [
      { name: 'zone', label: '服务区', testId: 'filter-zone', options: (zones.data ?? []).map((z) => ({ value: z.code, label: z.name })) },
      {
        name: 'department',
        label: '实施机构',
        testId: 'filter-department',
        searchable: true,
        options: (departments.data ?? []).filter((d) => d.kind !== 'regulator').map((d) => ({ value: d.code, label: d.name })),
      },
      { name: 'disposition', label: '处理意见', testId: 'filter-disposition', options: enumOptions(DISPOSITIONS) },
      { name: 'onlineLevel', label: '网办深度', testId: 'filter-online-level', options: enumOptions(ONLINE_LEVELS) },
    ],
    [zones.data, departments.data],
  );

  const pagination = paginationProps(paging, list.data?.total ?? 0, (total) => `共 ${total} 项`, [10, 20, 50, 100]);
  const items = list.data?.items ?? [];

  return (
    <div>
      <PageHeader title="办事指南" />
      <FilterBar>
        <Col xs={24} md={12} lg={8}>
          <SearchBox key={filters.q} defaultValue={filters.q} placeholder="事项名称、别名、关键词" testId="items-search-input" label="搜索事项" onSearch={(v) => setFilter('q', v)} />
        </Col>
        {selects.map((s) => (
          <Col xs={12} md={6} lg={4} key={s.name}>
            <FilterSelect label={s.label} value={filters[s.name]} options={s.options} onChange={(v) => setFilter(s.name, v)} testId={s.testId} searchable={s.searchable} />
          </Col>
        ))}
      </FilterBar>

      <ErrorAlert error={list.error} />

      {screens.md ? (
        <Table<ItemSummary> rowKey="code" columns={columns} dataSource={items} loading={list.isFetching} pagination={pagination} data-testid="items-table" />
      ) : (
        <Spin spinning={list.isFetching}>
          <div data-testid="items-list">
            {list.data && items.length === 0 ? <Empty description="没有符合条件的事项" /> : null}
            {items.map((item) => (
              <ItemCard key={item.code} item={item} />
            ))}
            <Pagination {...pagination} size="small" showSizeChanger={false} align="center" style={{ marginTop: 12 }} />
          </div>
        </Spin>
      )}
    </div>
  );
}
