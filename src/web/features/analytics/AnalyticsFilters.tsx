/**
 * The filters the analytics pages share (大数据分析, 收费统计): a period that defaults to the twelve
 * months up to the service clock's today, and a division, kept in the URL so a view can be linked.
 */
import { Col, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useDepartments } from '../../api/queries';
import { FilterSelect } from '../../components/FilterSelect';

const DAY = 'YYYY-MM-DD';

/** A period and a division or item, plus the page's own keys; every value a string from the URL. */
export type UrlFilters<K extends string> = { from: string; to: string; department?: string; item?: string } & { [k in K]?: string };

/** The filters in the URL (absent period: the last twelve months up to `today`) and a setter that clears empty values. */
export function useUrlFilters<K extends string = never>(today: string, keys: readonly K[] = []) {
  const [p, setParams] = useSearchParams();
  const extra = Object.fromEntries(keys.map((k) => [k, p.get(k) ?? undefined])) as { [k in K]?: string };
  const filters: UrlFilters<K> = {
    ...extra,
    from: p.get('from') ?? dayjs(today).subtract(11, 'month').startOf('month').format(DAY),
    to: p.get('to') ?? today,
    department: p.get('department') ?? undefined,
    item: p.get('item') ?? undefined,
  };
  /** Set (or, when empty, clear) filters of the URL in one navigation. */
  const set = (values: Record<string, string | undefined>) => {
    const next = new URLSearchParams(p);
    for (const [k, v] of Object.entries(values)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  return { filters, set };
}

/** The period picker, its presets counted from the service clock's today. */
export function PeriodFilter({ today, from, to, onChange, testId, md }: { today: string; from: string; to: string; onChange: (from: string, to: string) => void; testId: string; md: number }) {
  const end = dayjs(today);
  return (
    <Col xs={24} md={md}>
      <DatePicker.RangePicker
        style={{ width: '100%' }}
        allowClear={false}
        aria-label="统计期间"
        value={[dayjs(from), dayjs(to)]}
        onChange={(r) => {
          if (r?.[0] && r[1]) onChange(r[0].format(DAY), r[1].format(DAY));
        }}
        presets={[
          { label: '本月', value: [end.startOf('month'), end] },
          { label: '本年', value: [end.startOf('year'), end] },
          { label: '近12个月', value: [end.subtract(11, 'month').startOf('month'), end] },
          { label: '近3年', value: [end.subtract(3, 'year').startOf('year'), end] },
        ]}
        data-testid={testId}
      />
    </Col>
  );
}

/** A division or institution of the bureau (科室). */
export function DivisionFilter({ value, onChange, testId, md }: { value: string | undefined; onChange: (code: string | undefined) => void; testId: string; md: number }) {
  const departments = useDepartments();
  return (
    <Col xs={12} md={md}>
      <FilterSelect
        label="科室"
        value={value ?? ''}
        searchable
        options={(departments.data ?? []).filter((d) => d.kind === 'division' || d.kind === 'institution').map((d) => ({ value: d.code, label: d.name }))}
        onChange={(v) => onChange(v || undefined)}
        testId={testId}
      />
    </Col>
  );
}
