/** A select that searches the confirmed catalog (`GET /catalog/items?q=`) by name or code as one types. */
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type CSSProperties } from 'react';
import { api } from '../api/client';
import type { ItemSummary, Page } from '../api/types';

/** Item search select; `value` is the item code, `testId` sits on the select's wrapper. */
export function ItemPicker({
  value,
  onChange,
  placeholder,
  label,
  testId,
  style,
}: {
  value: string | undefined;
  onChange: (code: string | undefined, item: ItemSummary | undefined) => void;
  placeholder: string;
  label: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['catalog', 'items', 'pick', search],
    queryFn: ({ signal }) => api.get<Page<ItemSummary>>('/catalog/items', { q: search, pageSize: 20 }, signal),
    enabled: search.trim().length > 0,
    placeholderData: keepPreviousData,
  });
  const items = found.data?.items ?? [];
  return (
    <Select<string>
      style={style}
      placeholder={placeholder}
      aria-label={label}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(code) => onChange(code, items.find((i) => i.code === code))}
      notFoundContent={search ? (found.isFetching ? '搜索中…' : '未找到事项') : '请输入关键词'}
      options={items.map((i) => ({ value: i.code, label: `${i.name}（${i.code}）` }))}
      data-testid={testId}
      allowClear
    />
  );
}
