/**
 * A search input with a button. (antd 6's Input.Search puts extra attributes on its wrapper;
 * this keeps `data-testid` on the <input> itself and `<testId>-button` on the button.)
 */
import { Button, Input, Space } from 'antd';
import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { useState } from 'react';

/** Search box; `onSearch` gets the trimmed text on Enter, on the button, and when cleared. */
export function SearchBox({
  defaultValue = '',
  placeholder,
  onSearch,
  testId,
  size,
  buttonText,
  label = '搜索',
}: {
  defaultValue?: string;
  placeholder?: string;
  onSearch: (value: string) => void;
  testId?: string;
  size?: 'large' | 'middle' | 'small';
  buttonText?: string;
  label?: string;
}) {
  const [value, setValue] = useState(defaultValue);
  return (
    <Space.Compact style={{ width: '100%' }} size={size}>
      <Input
        value={value}
        placeholder={placeholder}
        allowClear={{ clearIcon: <CloseCircleFilled aria-label="清除" /> }}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          setValue(e.target.value);
          if (e.type !== 'change' && e.target.value === '') onSearch('');
        }}
        onPressEnter={() => onSearch(value.trim())}
        prefix={<SearchOutlined style={{ color: '#bfbfbf' }} aria-hidden />}
      />
      <Button type="primary" onClick={() => onSearch(value.trim())} data-testid={testId ? `${testId}-button` : undefined}>
        {buttonText ?? '搜索'}
      </Button>
    </Space.Compact>
  );
}

/** The `name` (default `q`) text filter of a list whose filters live in the URL (`useUrlPaging`). */
export function UrlSearchBox({
  paging,
  name = 'q',
  placeholder,
  testId,
}: {
  paging: { params: URLSearchParams; setFilter: (name: string, value: string | undefined) => void };
  name?: string;
  placeholder: string;
  testId: string;
}) {
  const value = paging.params.get(name) ?? '';
  return <SearchBox key={value} defaultValue={value} placeholder={placeholder} onSearch={(v) => paging.setFilter(name, v)} testId={testId} />;
}
