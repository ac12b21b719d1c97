/** A plain bordered list of rows (antd 6 deprecates `List`; its successor `Listy` is a virtual list). */
import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** Rows with a main part and an optional right-hand part, separated by thin lines. */
export function PlainList<T>({
  items,
  rowKey,
  render,
  extra,
  empty = '暂无',
  testId,
}: {
  items: T[];
  rowKey: (item: T) => string | number;
  render: (item: T) => ReactNode;
  extra?: (item: T) => ReactNode;
  empty?: string;
  testId?: string;
}) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul data-testid={testId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => (
        <li
          key={rowKey(item)}
          style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 8, padding: '8px 4px', borderTop: i === 0 ? 'none' : '1px solid #f0f0f0' }}
        >
          {/* the right-hand part moves under the main part when both do not fit (phones) */}
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>{render(item)}</div>
          {extra ? <div style={{ flex: '0 1 auto', minWidth: 0, maxWidth: '100%', marginInlineStart: 'auto' }}>{extra(item)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
