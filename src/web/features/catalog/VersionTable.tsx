/** Every list of versions (事项管理, 审核队列, a batch): the stage tag and the paged table with its columns. */
import { Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DISPOSITIONS, ITEM_KINDS, STAGES, type Stage } from '../../../domain/catalog-terms';
import type { VersionRow } from '../../api/types';
import { PagedTable, type PagedList } from '../../components/PagedTable';
import { formatTime } from '../../components/format';
import { STAGE_COLORS, labelOf } from '../../components/labels';
import type { Paging } from '../../components/paging';

/** A version's stage as a coloured tag; `testId` with `data-stage` for tests. */
export function StageTag({ stage, testId }: { stage: Stage; testId?: string }) {
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid={testId} data-stage={stage}>
      {STAGES[stage]}
    </Tag>
  );
}

/** Columns a version list may show besides the item itself. */
export type VersionColumnKey = 'kind' | 'disposition' | 'version' | 'stage' | 'author' | 'batch' | 'updatedAt';

const COLUMNS: Record<VersionColumnKey, TableColumnsType<VersionRow>[number]> = {
  kind: { title: '类别', dataIndex: 'kind', width: 110, render: (k: string) => labelOf(ITEM_KINDS, k) },
  disposition: { title: '处理意见', dataIndex: 'disposition', width: 140, render: (d: string | null) => labelOf(DISPOSITIONS, d) },
  version: { title: '版本', dataIndex: 'version', width: 70, render: (n: number | null) => (n ? `第${n}版` : '待发布') },
  stage: { title: '环节', dataIndex: 'stage', width: 110, render: (s: Stage) => <StageTag stage={s} testId="version-stage" /> },
  author: { title: '起草人', dataIndex: 'authorName', width: 100 },
  batch: { title: '批次', dataIndex: 'batchName', width: 150, render: (b: string | null) => b ?? '—' },
  updatedAt: { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (t: string) => formatTime(t) },
};

/** The item column (name linking `to`, with `linkAttrs`, and the item code), then the columns `show` names. */
function versionColumns({
  to,
  linkAttrs,
  show,
}: {
  to: (v: VersionRow) => string;
  linkAttrs?: (v: VersionRow) => HTMLAttributes<HTMLElement>;
  show: VersionColumnKey[];
}): TableColumnsType<VersionRow> {
  const item: TableColumnsType<VersionRow>[number] = {
    title: '事项',
    dataIndex: 'name',
    render: (_, v) => (
      <div>
        <Link to={to(v)} {...linkAttrs?.(v)}>
          {v.name}
        </Link>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {v.itemCode}
          </Typography.Text>
        </div>
      </div>
    ),
  };
  return [item, ...show.map((key) => COLUMNS[key])];
}

/**
 * One page of versions as a table: the item linking `to` (with the test attributes
 * `linkAttrs`), the columns `show` names, then `actions` if given.
 */
export function VersionTable({
  list,
  paging,
  testId,
  to,
  linkAttrs,
  show,
  actions,
  totalText = (t) => `共 ${t} 个版本`,
  size = 'middle',
  minWidth,
  empty,
}: {
  list: PagedList<VersionRow>;
  paging: Paging;
  testId: string;
  to: (v: VersionRow) => string;
  linkAttrs?: (v: VersionRow) => HTMLAttributes<HTMLElement>;
  show: VersionColumnKey[];
  actions?: TableColumnsType<VersionRow>[number];
  totalText?: (total: number) => string;
  size?: 'small' | 'middle';
  minWidth: number;
  /** what an empty list says instead of 暂无数据 */
  empty?: ReactNode;
}) {
  const columns = versionColumns({ to, linkAttrs, show });
  return (
    <PagedTable<VersionRow>
      rowKey="id"
      size={size}
      columns={actions ? [...columns, actions] : columns}
      list={list}
      paging={paging}
      totalText={totalText}
      scroll={{ x: minWidth }}
      locale={empty ? { emptyText: empty } : undefined}
      testId={testId}
    />
  );
}

/** The editor page of a version. */
export const editorPath = (v: { id: string }) => `/admin/catalog/versions/${encodeURIComponent(v.id)}`;
