/**
 * The guide's one search box: suggestions as you type (names, aliases, keywords, scenarios;
 * pinyin and initials too); Enter, the button or a suggestion opens /guide?q=….
 *
 * A combobox of its own (ARIA 1.2: input + listbox, ↑/↓ to move, Enter to pick, Esc to close) rather than
 * antd's AutoComplete, which brings Select, its virtual list and Empty: this box is on the home page, whose
 * JavaScript has a budget (ADR 0024). The plain Input is imported alone: antd's `Input` brings TextArea,
 * Password, Search and OTP with it.
 */
import { Button, Space, theme } from 'antd';
import Input from 'antd/es/input/Input';
import { SearchOutlined } from '@ant-design/icons';
import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSuggestions } from './guideApi';

/** The search box; `size` large on the home page. */
export function GuideSearchBox({ defaultValue = '', size = 'middle', autoFocus = false }: { defaultValue?: string; size?: 'large' | 'middle'; autoFocus?: boolean }) {
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  // the highlighted suggestion (-1: none; Enter then searches the typed text)
  const [active, setActive] = useState(-1);
  const typed = useDeferredValue(value.trim());
  const suggestions = useSuggestions(typed);
  const items = typed ? (suggestions.data?.items ?? []) : [];
  const shown = open && items.length > 0;
  const go = (q: string) => {
    const text = q.trim();
    if (text) navigate(`/guide?q=${encodeURIComponent(text)}`);
  };
  const pick = (name: string) => {
    setValue(name);
    setOpen(false);
    setActive(-1);
    go(name);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return; // Enter confirming an input method's characters
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((i) => (shown ? (i + step + items.length + 2) % (items.length + 1) - 1 : step === 1 ? 0 : items.length - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Enter') {
      const item = shown && active >= 0 ? items[active] : undefined;
      if (item) pick(item.name);
      else go(value);
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Space.Compact style={{ width: '100%' }} size={size}>
      <div style={{ position: 'relative', flex: 1, textAlign: 'start' }}>
        <Input
          size={size}
          autoFocus={autoFocus}
          value={value}
          role="combobox"
          aria-label="说说您要办什么事"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder="说说您要办什么，如：开饭店、卖房子过户、jiaoshizige"
          prefix={<SearchOutlined style={{ color: '#bfbfbf' }} aria-hidden />}
          data-testid="guide-search-input"
          onChange={(e) => {
            setValue(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div
          id={listId}
          role="listbox"
          aria-label="搜索建议"
          hidden={!shown}
          style={{
            position: 'absolute',
            insetInline: 0,
            top: '100%',
            marginTop: 4,
            zIndex: 1050,
            maxHeight: 256,
            overflowY: 'auto',
            padding: token.paddingXXS,
            background: token.colorBgElevated,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadowSecondary,
            fontSize: token.fontSize,
            color: token.colorText,
          }}
        >
          {shown
            ? items.map((s, i) => (
                <div
                  key={`${s.type}:${s.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  // a click must not blur the input first (the list would close before the click lands)
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick(s.name)}
                  style={{ padding: '5px 12px', borderRadius: token.borderRadiusSM, cursor: 'pointer', lineHeight: 1.5715, background: i === active ? token.controlItemBgHover : undefined }}
                >
                  <div data-testid="guide-suggestion" data-type={s.type} data-name={s.name} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                    <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{s.type === 'scenario' ? `【办事场景】${s.name}` : s.name}</span>
                    {s.text !== s.name ? <span style={{ color: '#595959', flexShrink: 0 }}>{s.text}</span> : null}
                  </div>
                </div>
              ))
            : null}
        </div>
      </div>
      <Button type="primary" size={size} onClick={() => go(value)} data-testid="guide-search-button">
        搜索
      </Button>
    </Space.Compact>
  );
}
