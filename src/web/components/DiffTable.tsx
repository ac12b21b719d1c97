/** Field-by-field diff table of two item versions: field (zh name), before, after. */
import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import type { Change } from '../api/types';
import { pathLabel, valueText } from './labels';
import { testIdAttrs } from './testId';

const cellStyle = { whiteSpace: 'pre-wrap' as const, wordBreak: 'break-word' as const, margin: 0, fontFamily: 'inherit' };

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

/** The changes of one version; `testId` names the table for tests. */
export function DiffTable({ changes, testId = 'diff-table', emptyText = '与已发布版本相比没有改动' }: { changes: Change[]; testId?: string; emptyText?: string }) {
  const columns: TableColumnsType<Change> = [
    {
      title: '字段',
      dataIndex: 'path',
      width: '28%',
      render: (path: string) => (
        <div>
          <div data-testid="diff-field">{pathLabel(path)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {path}
          </Typography.Text>
        </div>
      ),
    },
    { title: '修改前', dataIndex: 'before', width: '36%', render: (_, c) => <Value path={c.path} value={c.before} kind="before" /> },
    { title: '修改后', dataIndex: 'after', width: '36%', render: (_, c) => <Value path={c.path} value={c.after} kind="after" /> },
  ];
  return (
    <div data-testid={testId} data-count={changes.length}>
      <Table<Change>
        size="small"
        rowKey="path"
        columns={columns}
        dataSource={changes}
        pagination={changes.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        onRow={(c) => testIdAttrs('diff-row', { path: c.path })}
        scroll={{ x: 640 }}
      />
    </div>
  );
}
