/**
 * 事项管理: the versions of the catalog by stage, batch and text; new item, new draft of a
 * confirmed item, Excel export and import.
 */
import { Button, Checkbox, Col, Select, Space, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { STAGES, type Stage } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { useMe } from '../../api/queries';
import type { ItemSummary, Page, VersionRow } from '../../api/types';
import { canEditCatalog, canExportCatalog } from '../../app/access';
import { FilterSelect } from '../../components/FilterSelect';
import { LinkButton } from '../../components/LinkButton';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { useUrlPaging } from '../../components/paging';
import { enumOptions } from '../../components/labels';
import { testIdAttrs } from '../../components/testId';
import { ImportExport } from './ImportExport';
import { VersionTable, editorPath } from './VersionTable';
import { useBatches, useVersions } from './catalogApi';
import { useDraftFromItem } from './useDraftFromItem';

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
        aria-label="修改已发布事项：输入事项名称或编码"
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
  const paging = useUrlPaging(20);
  const { params, setFilter } = paging;
  const batches = useBatches();
  const draft = useDraftFromItem();
  const editor = canEditCatalog(me.data);

  const stage = (params.get('stage') ?? '') as Stage | '';
  const batchId = params.get('batchId') ?? '';
  const q = params.get('q') ?? '';
  const mine = params.get('mine') === 'true';
  const list = useVersions({ stage, batchId, q, mine, page: paging.page, pageSize: paging.pageSize });

  const actions: TableColumnsType<VersionRow>[number] = {
    title: '操作',
    key: 'actions',
    width: 140,
    render: (_, v) => (
      <Space size={4}>
        <Link to={editorPath(v)}>{v.stage === 'draft' && editor ? '编辑' : '查看'}</Link>
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
  };

  return (
    <div>
      <PageHeader title="事项管理" />
      <FilterBar>
        {editor ? (
          <Col>
            <LinkButton to="/admin/catalog/new" type="primary" icon={<PlusOutlined />} data-testid="new-item-button">
              新建事项
            </LinkButton>
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
      </FilterBar>
      <FilterBar>
        <Col xs={24} md={8}>
          <SearchBox key={q} defaultValue={q} placeholder="事项名称或编码" onSearch={(v) => setFilter('q', v)} testId="versions-search" />
        </Col>
        <Col xs={12} md={5}>
          <FilterSelect label="环节" value={stage} options={enumOptions(STAGES)} onChange={(v) => setFilter('stage', v)} testId="versions-stage-filter" />
        </Col>
        <Col xs={12} md={6}>
          <FilterSelect
            label="清理批次"
            value={batchId}
            options={(batches.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            onChange={(v) => setFilter('batchId', v)}
            loading={batches.isPending}
          />
        </Col>
        <Col>
          <Checkbox checked={mine} onChange={(e) => setFilter('mine', e.target.checked ? 'true' : undefined)}>
            只看我起草的
          </Checkbox>
        </Col>
      </FilterBar>
      <VersionTable
        list={list}
        paging={paging}
        to={editorPath}
        linkAttrs={(v) => testIdAttrs('version-row-link', { 'item-code': v.itemCode, stage: v.stage })}
        show={['kind', 'disposition', 'version', 'stage', 'author', 'batch', 'updatedAt']}
        actions={actions}
        minWidth={1100}
        testId="versions-table"
      />
    </div>
  );
}
