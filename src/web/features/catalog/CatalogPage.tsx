/**
 * 事项管理: the versions of the catalog by stage, batch and text; new item, new draft of a
 * confirmed item, Excel export and import.
 */
import { Button, Col, Empty, Space, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { STAGES, type Stage } from '../../../domain/catalog-terms';
import { useMe } from '../../api/queries';
import type { VersionRow } from '../../api/types';
import { canEditCatalog, canExportCatalog } from '../../app/access';
import { ItemPicker } from '../../components/ItemPicker';
import { LinkButton } from '../../components/LinkButton';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { UrlFilters } from '../../components/UrlFilters';
import { useUrlPaging } from '../../components/paging';
import { enumOptions } from '../../components/labels';
import { testIdAttrs } from '../../components/testId';
import { ImportExport } from './ImportExport';
import { VersionTable, editorPath } from './VersionTable';
import { useBatches, useVersions } from './catalogApi';
import { useDraftFromItem } from './useDraftFromItem';

/** Search a confirmed item by name or code and open a draft of it. */
function EditConfirmedItem() {
  const [code, setCode] = useState<string | undefined>();
  const draft = useDraftFromItem();
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 520 }}>
      <ItemPicker
        style={{ flex: 1, minWidth: 0 }}
        placeholder="输入事项名称或编码，修改已发布事项"
        label="修改已发布事项：输入事项名称或编码"
        value={code}
        onChange={setCode}
        testId="edit-item-select"
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
  const { params } = paging;
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
      <UrlFilters
        paging={paging}
        search={{ placeholder: '事项名称或编码', testId: 'versions-search' }}
        selects={[
          { name: 'stage', label: '环节', options: enumOptions(STAGES), testId: 'versions-stage-filter' },
          { name: 'batchId', label: '清理批次', options: (batches.data ?? []).map((b) => ({ value: b.id, label: b.name })), loading: batches.isPending, span: 6 },
        ]}
        checks={[{ name: 'mine', value: 'true', label: '只看我起草的' }]}
      />
      <VersionTable
        list={list}
        paging={paging}
        to={editorPath}
        linkAttrs={(v) => testIdAttrs('version-row-link', { 'item-code': v.itemCode, stage: v.stage })}
        show={['kind', 'disposition', 'version', 'stage', 'author', 'batch', 'updatedAt']}
        actions={actions}
        minWidth={1100}
        testId="versions-table"
        empty={
          // without a stage the list holds the versions under way; a settled catalog has none
          !stage && !batchId && !q && !mine ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有正在起草或审核中的事项版本：全部事项均已确认发布。" data-testid="versions-empty-settled">
              <Button onClick={() => paging.setFilter('stage', 'confirmed')} data-testid="versions-show-confirmed">
                查看已发布的事项
              </Button>
            </Empty>
          ) : undefined
        }
      />
    </div>
  );
}
