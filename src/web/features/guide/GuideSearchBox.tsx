/**
 * The guide's one search box: suggestions as you type (names, aliases, keywords, scenarios;
 * pinyin and initials too); Enter, the button or a suggestion opens /guide?q=….
 */
import { AutoComplete, Button, Input, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useDeferredValue, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSuggestions } from './guideApi';

/** The search box; `size` large on the home page. */
export function GuideSearchBox({ defaultValue = '', size = 'middle', autoFocus = false }: { defaultValue?: string; size?: 'large' | 'middle'; autoFocus?: boolean }) {
  const navigate = useNavigate();
  const [value, setValue] = useState(defaultValue);
  const typed = useDeferredValue(value.trim());
  const suggestions = useSuggestions(typed);
  // Enter on a highlighted suggestion selects it; the key press must not search the half-typed text too
  const selected = useRef(false);
  const go = (q: string) => {
    const text = q.trim();
    if (text) navigate(`/guide?q=${encodeURIComponent(text)}`);
  };
  const options = typed
    ? (suggestions.data?.items ?? []).map((s) => ({
        value: `${s.type}:${s.id}`,
        label: (
          <div data-testid="guide-suggestion" data-type={s.type} data-name={s.name} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{s.type === 'scenario' ? `【办事场景】${s.name}` : s.name}</span>
            {s.text !== s.name ? <span style={{ color: '#595959', flexShrink: 0 }}>{s.text}</span> : null}
          </div>
        ),
        text: s.name,
      }))
    : [];
  return (
    <Space.Compact style={{ width: '100%' }} size={size}>
      <AutoComplete
        value={value}
        options={options}
        defaultActiveFirstOption={false}
        style={{ flex: 1 }}
        onChange={(v: string) => setValue(v.includes(':') && options.some((o) => o.value === v) ? value : v)}
        onSelect={(v: string) => {
          selected.current = true;
          const option = options.find((o) => o.value === v);
          if (!option) return;
          setValue(option.text);
          go(option.text);
        }}
      >
        <Input
          size={size}
          autoFocus={autoFocus}
          aria-label="说说您要办什么事"
          placeholder="说说您要办什么，如：开饭店、卖房子过户、jiaoshizige"
          prefix={<SearchOutlined style={{ color: '#bfbfbf' }} aria-hidden />}
          data-testid="guide-search-input"
          onPressEnter={() => {
            selected.current = false;
            setTimeout(() => {
              if (!selected.current) go(value);
            });
          }}
        />
      </AutoComplete>
      <Button type="primary" size={size} onClick={() => go(value)} data-testid="guide-search-button">
        搜索
      </Button>
    </Space.Compact>
  );
}
