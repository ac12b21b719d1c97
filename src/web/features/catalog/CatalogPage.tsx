/**
 * 事项管理: the versions of the catalog by stage, batch and text; new item, new draft of a
 * confirmed item, Excel export and import.
 */
import { Button, Card, Checkbox, Col, Row, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DISPOSITIONS, ITEM_KINDS, STAGES, type Stage } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useMe } from '../../api/queries';
import type { ItemSummary, Page, VersionRow } from '../../api/types';
import { canEditCatalog, canExportCatalog } from '../../app/access';
import { formatTime } from '../../components/format';
import { SearchBox } from '../../components/SearchBox';
import { STAGE_COLORS, labelOf } from '../../components/labels';
import { ImportExport } from './ImportExport';
import { catalogKeys, useBatches } from './catalogApi';
import { useDraftFromItem } from './useDraftFromItem';

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Search a confirmed item by name or code and open a draft of it. */
function EditConfirmedItem() {
  const [search, setSearch] = useState('');
  const [code, setCode] = useState<string | undefined>();
  const draft = useDraftFromItem();
  const found = useQuery({
    queryKey: ['catalog', 'items', 'pick', search],
    queryFn: ({ signal }) => api.get<Page<ItemSummary>>('/catalog/items', { q: search, pageSize: 20 }, signal),
    enabled: search.trim().length > 0,
    placeholderData: keepPreviousData,
  });
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 520 }}>
      <Select<string>
        style={{ flex: 1, minWidth: 0 }}
        placeholder="输入事项名称或编码，修改已发布事项"
        showSearch={{ filterOption: false, onSearch: setSearch }}
        value={code}
        onChange={setCode}
        notFoundContent={search ? (found.isFetching ? '搜索中…' : '未找到事项') : '请输入关键词'}
        options={(found.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.name}（${i.code}）` }))}
        data-testid="edit-item-select"
        allowClear
      />
      <Button
        icon={<EditOutlined />}
        disabled={!code}
        loading={draft.isPending}
        onClick={() => code && draft.mutate(code)}
        data-testid="edit-item-button"
      >
        修改
      </Button>
    </Space.Compact>
  );
}

/** `/admin/catalog`. */
export default function CatalogPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const batches = useBatches();
  const draft = useDraftFromItem();
  const editor = canEditCatalog(me.data);

  const stage = (params.get('stage') ?? '') as Stage | '';
  const batchId = params.get('batchId') ?? '';
  const q = params.get('q') ?? '';
  const mine = params.get('mine') === 'true';
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), 20);
  const query = { stage, batchId, q, mine, page, pageSize };
  const list = useQuery({
    queryKey: catalogKeys.versionList(query),
    queryFn: ({ signal }) => api.get<Page<VersionRow>>('/catalog/versions', { ...query, mine: mine ? 'true' : undefined }, signal),
    placeholderData: keepPreviousData,
  });

  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page' && name !== 'pageSize') next.delete('page');
    setParams(next);
  };

  const columns: TableColumnsType<VersionRow> = [
    {
      title: '事项',
      dataIndex: 'name',
      render: (_, v) => (
        <div>
          <Link to={`/admin/catalog/versions/${encodeURIComponent(v.id)}`} data-testid="version-row-link" data-item-code={v.itemCode} data-stage={v.stage}>
            {v.name}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.itemCode}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: '类别', dataIndex: 'kind', width: 110, render: (k: string) => labelOf(ITEM_KINDS, k) },
    { title: '处理意见', dataIndex: 'disposition', width: 140, render: (d: string | null) => labelOf(DISPOSITIONS, d) },
    { title: '版本', dataIndex: 'version', width: 70, render: (n: number | null) => (n ? `第${n}版` : '待发布') },
    {
      title: '环节',
      dataIndex: 'stage',
      width: 110,
      render: (s: Stage) => (
        <Tag color={STAGE_COLORS[s]} data-testid="version-stage">
          {STAGES[s]}
        </Tag>
      ),
    },
    { title: '起草人', dataIndex: 'authorName', width: 100 },
    { title: '批次', dataIndex: 'batchName', width: 140, render: (b: string | null) => b ?? '—' },
    { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (t: string) => formatTime(t) },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, v) => (
        <Space size={4}>
          <Link to={`/admin/catalog/versions/${encodeURIComponent(v.id)}`}>{v.stage === 'draft' && editor ? '编辑' : '查看'}</Link>
          {v.stage === 'confirmed' && editor ? (
            <Button type="link" size="small" onClick={() => draft.mutate(v.itemCode)} loading={draft.isPending && draft.variables === v.itemCode} data-testid="version-row-edit">
              修改
            </Button>
          ) : null}
          {v.stage === 'confirmed' ? (
            <Link to={`/items/${encodeURIComponent(v.itemCode)}`} target="_blank">
              公开页
            </Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        事项管理
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          {editor ? (
            <Col>
              <Link to="/admin/catalog/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="new-item-button">
                  新建事项
                </Button>
              </Link>
            </Col>
          ) : null}
          {editor ? (
            <Col flex="auto">
              <EditConfirmedItem />
            </Col>
          ) : null}
          <Col>
            <ImportExport canImport={editor} canExport={canExportCatalog(me.data)} />
          </Col>
        </Row>
      </Card>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={8}>
            <SearchBox key={q} defaultValue={q} placeholder="事项名称或编码" onSearch={(v) => setParam('q', v)} testId="versions-search" />
          </Col>
          <Col xs={12} md={5}>
            <Select
              style={{ width: '100%' }}
              placeholder="环节"
              allowClear
              value={stage || undefined}
              onChange={(v?: string) => setParam('stage', v)}
              options={Object.entries(STAGES).map(([value, label]) => ({ value, label }))}
              data-testid="versions-stage-filter"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select
              style={{ width: '100%' }}
              placeholder="清理批次"
              allowClear
              value={batchId || undefined}
              onChange={(v?: string) => setParam('batchId', v)}
              options={(batches.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              loading={batches.isPending}
            />
          </Col>
          <Col>
            <Checkbox checked={mine} onChange={(e) => setParam('mine', e.target.checked ? 'true' : undefined)}>
              只看我起草的
            </Checkbox>
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={list.error} />
      <Table<VersionRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1100 }}
        data-testid="versions-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 个版本`,
          onChange: (p, size) => {
            const next = new URLSearchParams(params);
            next.set('page', String(size !== pageSize ? 1 : p));
            next.set('pageSize', String(size));
            setParams(next);
          },
        }}
      />
    </div>
  );
}
