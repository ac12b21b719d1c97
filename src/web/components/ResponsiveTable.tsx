/** A table on wide screens, the same rows as a list of cards on phones. */
import { Card, List, Space, Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useScreens } from './screens';
import type { HTMLAttributes, ReactNode } from 'react';

/**
 * The rows as a table from the `md` breakpoint up, else one card per row (`card` gives its lines);
 * both carry the row's attributes (test ids) and the empty text. `pagination` overrides the table's
 * (a server-paged list); the cards page by ten.
 */
export function ResponsiveTable<T extends object>({
  rows,
  rowKey,
  columns,
  card,
  rowAttrs,
  loading,
  empty,
  scrollX,
  pagination,
}: {
  rows: T[];
  rowKey: (row: T) => string | number;
  columns: TableColumnsType<T>;
  card: (row: T) => ReactNode;
  rowAttrs?: (row: T) => HTMLAttributes<HTMLElement>;
  loading?: boolean;
  empty?: string;
  scrollX?: number;
  pagination?: TablePaginationConfig;
}) {
  const phone = !useScreens().md;
  if (phone)
    return (
      <List<T>
        loading={loading}
        dataSource={rows}
        pagination={pagination ? { current: pagination.current, pageSize: pagination.pageSize, total: pagination.total, onChange: pagination.onChange, size: 'small' } : { pageSize: 10, size: 'small' }}
        locale={empty ? { emptyText: empty } : undefined}
        renderItem={(row) => (
          <List.Item key={rowKey(row)} {...rowAttrs?.(row)}>
            <Card size="small" style={{ width: '100%' }}>
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                {card(row)}
              </Space>
            </Card>
          </List.Item>
        )}
      />
    );
  return (
    <Table<T>
      rowKey={rowKey}
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      scroll={scrollX ? { x: scrollX } : undefined}
      pagination={pagination ?? { pageSize: 20, showSizeChanger: false }}
      onRow={rowAttrs}
      locale={empty ? { emptyText: empty } : undefined}
    />
  );
}
