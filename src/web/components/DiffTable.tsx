/** Field-by-field diff of two item versions: field (zh name), before, after — a table, or a list on phones. */
import { Empty, Grid, Table, Typography, type TableColumnsType } from 'antd';
import type { Change } from '../api/types';
import { pathLabel, valueText } from './labels';
import { testIdAttrs } from './testId';

const cellStyle = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const, margin: 0, fontFamily: 'inherit' };

function Value({ path, value, kind }: { path: string; value: unknown; kind: 'before' | 'after' }) {
  const text = valueText(path, value);
  return (
    <pre
      style={{ ...cellStyle, background: kind === 'before' ? '#fff1f0' : '#f6ffed', padding: '2px 6px', borderRadius: 4 }}
      data-testid={`diff-${kind}`}
    >
      {text}
    </pre>
  );
}

function Field({ path }: { path: string }) {
  return (
    <div>
      <div data-testid="diff-field">{pathLabel(path)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
        {path}
      </Typography.Text>
    </div>
  );
}

const columns: TableColumnsType<Change> = [
  { title: '字段', dataIndex: 'path', width: '28%', render: (path: string) => <Field path={path} /> },
  { title: '修改前', dataIndex: 'before', width: '36%', render: (_, c) => <Value path={c.path} value={c.before} kind="before" /> },
  { title: '修改后', dataIndex: 'after', width: '36%', render: (_, c) => <Value path={c.path} value={c.after} kind="after" /> },
];

/** Each change as a block (field, then before and after under each other), for phones. */
function DiffList({ changes }: { changes: Change[] }) {
  return (
    <div>
      {changes.map((c, i) => (
        <div key={c.path} {...testIdAttrs('diff-row', { path: c.path })} style={{ padding: '8px 0', borderTop: i === 0 ? 'none' : '1px solid #f0f0f0' }}>
          <Field path={c.path} />
          <div style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: '4px 8px', marginTop: 4, fontSize: 13 }}>
            <span style={{ color: '#8c8c8c' }}>修改前</span>
            <Value path={c.path} value={c.before} kind="before" />
            <span style={{ color: '#8c8c8c' }}>修改后</span>
            <Value path={c.path} value={c.after} kind="after" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** The changes of one version; `testId` names the wrapper (with `data-count`) for tests. */
export function DiffTable({ changes, testId = 'diff-table', emptyText = '与已发布版本相比没有改动' }: { changes: Change[]; testId?: string; emptyText?: string }) {
  const screens = Grid.useBreakpoint();
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
        <DiffList changes={changes} />
      )}
    </div>
  );
}
