/** The filter bar of a list whose filters live in the URL: a text search, selects, and any other controls. */
import { Checkbox, Col } from 'antd';
import type { ReactNode } from 'react';
import { FilterSelect } from './FilterSelect';
import { FilterBar } from './PageHeader';
import { UrlSearchBox } from './SearchBox';

/** What `useUrlPaging` gives the filters. */
export interface UrlFilterState {
  params: URLSearchParams;
  setFilter: (name: string, value: string | undefined) => void;
}

/** A select bound to the URL query parameter `name`. */
export interface UrlSelect {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  testId?: string;
  loading?: boolean;
  /** grid columns from md up (default 5) */
  span?: number;
}

/** A checkbox that sets the URL query parameter `name` to `value` while ticked. */
export interface UrlCheck {
  name: string;
  value: string;
  label: string;
  testId?: string;
}

/** Search box (`q`), one select per entry of `selects`, one checkbox per entry of `checks`, then `children` (grid columns). */
export function UrlFilters({
  paging,
  search,
  selects = [],
  checks = [],
  children,
}: {
  paging: UrlFilterState;
  search?: { placeholder: string; testId: string; span?: number };
  selects?: UrlSelect[];
  checks?: UrlCheck[];
  children?: ReactNode;
}) {
  return (
    <FilterBar>
      {search ? (
        <Col xs={24} md={search.span ?? 8}>
          <UrlSearchBox paging={paging} placeholder={search.placeholder} testId={search.testId} />
        </Col>
      ) : null}
      {selects.map((f) => (
        <Col key={f.name} xs={12} md={f.span ?? 5}>
          <FilterSelect label={f.label} value={paging.params.get(f.name) ?? ''} options={f.options} onChange={(v) => paging.setFilter(f.name, v)} testId={f.testId} loading={f.loading} />
        </Col>
      ))}
      {checks.map((f) => (
        <Col key={f.name}>
          <Checkbox checked={paging.params.get(f.name) === f.value} onChange={(e) => paging.setFilter(f.name, e.target.checked ? f.value : undefined)} data-testid={f.testId}>
            {f.label}
          </Checkbox>
        </Col>
      ))}
      {children}
    </FilterBar>
  );
}
