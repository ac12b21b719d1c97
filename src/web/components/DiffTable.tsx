/** Field-by-field diff of two item versions: field (zh name), before, after — a table, or a list on phones. */
import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useScreens } from './screens';
import type { Change } from '../api/types';
import { useMemo } from 'react';
import { useOrgNames } from '../api/queries';
import { isInternalPath, pathLabel, valueText } from './labels';
import { testIdAttrs } from './testId';

const cellStyle = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const, margin: 0, fontFamily: 'inherit' };

/** How a diff is shown: department codes by name; the field's key (promisedDays) only for staff. */
interface Shown {
  department: (code: string) => string;
  showKey: boolean;
}

function Value({ path, value, kind, shown }: { path: string; value: unknown; kind: 'before' | 'after'; shown: Shown }) {
  const text = valueText(path, value, shown.department);
  return (
    <pre
      style={{ ...cellStyle, background: kind === 'before' ? '#fff1f0' : '#f6ffed', padding: '2px 6px', borderRadius: 4 }}
      data-testid={`diff-${kind}`}
    >
      {text}
    </pre>
  );
}

function Field({ path, shown }: { path: string; shown: Shown }) {
  return (
    <div>
      <div data-testid="diff-field">{pathLabel(path)}</div>
      {shown.showKey ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }} data-testid="diff-key">
          {path}
        </Typography.Text>
      ) : null}
    </div>
  );
}

const columnsFor = (shown: Shown): TableColumnsType<Change> => [
  { title: '字段', dataIndex: 'path', width: '28%', render: (path: string) => <Field path={path} shown={shown} /> },
  { title: '修改前', dataIndex: 'before', width: '36%', render: (_, c) => <Value path={c.path} value={c.before} kind="before" shown={shown} /> },
  { title: '修改后', dataIndex: 'after', width: '36%', render: (_, c) => <Value path={c.path} value={c.after} kind="after" shown={shown} /> },
];

/** Each change as a block (field, then before and after under each other), for phones. */
function DiffList({ changes, shown }: { changes: Change[]; shown: Shown }) {
  return (
    <div>
      {changes.map((c, i) => (
        <div key={c.path} {...testIdAttrs('diff-row', { path: c.path })} style={{ padding: '8px 0', borderTop: i === 0 ? 'none' : '1px solid #f0f0f0' }}>
          <Field path={c.path} shown={shown} />
          <div style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: '4px 8px', marginTop: 4, fontSize: 13 }}>
            <span style={{ color: '#595959' }}>修改前</span>
            <Value path={c.path} value={c.before} kind="before" shown={shown} />
            <span style={{ color: '#595959' }}>修改后</span>
            <Value path={c.path} value={c.after} kind="after" shown={shown} />
          </div>
        </div>
      ))}
    </div>
  );
}

/**
 * The changes of one version; `testId` names the wrapper (with `data-count`) for tests. `publicView`
 * (the portal's version history) leaves out internal fields and the fields' keys.
 */
export function DiffTable({
  changes: all,
  testId = 'diff-table',
  emptyText = '与已发布版本相比没有改动',
  publicView = false,
}: {
  changes: Change[];
  testId?: string;
  emptyText?: string;
  publicView?: boolean;
}) {
  const screens = useScreens();
  const { department } = useOrgNames();
  const changes = useMemo(() => (publicView ? all.filter((c) => !isInternalPath(c.path)) : all), [all, publicView]);
  const columns = useMemo(() => columnsFor({ department, showKey: !publicView }), [department, publicView]);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <div data-testid={testId} data-count={changes.length}>
      {screens.md ? (
        <Table<Change>
          size="small"
          rowKey="path"
          columns={columns}
          dataSource={changes}
          pagination={changes.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: empty }}
          onRow={(c) => testIdAttrs('diff-row', { path: c.path })}
          scroll={{ x: 640 }}
        />
      ) : changes.length === 0 ? (
        empty
      ) : (
        <DiffList changes={changes} shown={{ department, showKey: !publicView }} />
      )}
    </div>
  );
}
