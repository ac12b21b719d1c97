/** A table over one page of an API list, with the list's load error above it. */
import { Table, type TableProps } from 'antd';
import { ErrorAlert } from '../api/errors';
import type { Page } from '../api/types';
import { paginationProps, type Paging } from './paging';

/** What a paged list query gives the table. */
export interface PagedList<T> {
  data?: Page<T>;
  isFetching: boolean;
  error: unknown;
}

/** `list` as a table paged by `paging`; `totalText` words the total (共 N 项). */
export function PagedTable<T extends object>({
  list,
  paging,
  totalText,
  pageSizeOptions,
  testId,
  ...table
}: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & {
  list: PagedList<T>;
  paging: Paging;
  totalText: (total: number) => string;
  pageSizeOptions?: number[];
  testId: string;
}) {
  return (
    <>
      <ErrorAlert error={list.error} />
      <Table<T>
        {...table}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={paginationProps(paging, list.data?.total ?? 0, totalText, pageSizeOptions)}
        data-testid={testId}
      />
    </>
  );
}
