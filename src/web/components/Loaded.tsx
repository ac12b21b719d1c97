/** The three states of a query on screen: its error, a skeleton while it loads, then its data. */
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../api/errors';

/** Renders `children(data)` once `query` has data; until then a skeleton (`rows` lines), or its error. */
export function Loaded<T>({ query, rows, children }: { query: { data: T | undefined; error: unknown }; rows?: number; children: (data: T) => ReactNode }) {
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.data === undefined) return <Skeleton active paragraph={rows ? { rows } : undefined} />;
  return <>{children(query.data)}</>;
}
