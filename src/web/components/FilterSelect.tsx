/** A clearable select that filters a list; its placeholder is also its accessible name. */
import { Select } from 'antd';

/** Filter select; `testId` sits on the select's wrapper, `label` names the input for screen readers. */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
  testId,
  searchable = false,
  loading,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  testId?: string;
  searchable?: boolean;
  loading?: boolean;
}) {
  return (
    <Select
      style={{ width: '100%' }}
      placeholder={label}
      aria-label={label}
      allowClear
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      value={value || undefined}
      options={options}
      loading={loading}
      onChange={(v?: string) => onChange(v)}
      data-testid={testId}
    />
  );
}
