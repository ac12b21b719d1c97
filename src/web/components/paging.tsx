/**
 * Paging of API lists (`{items, total}`): the page and page size kept in the URL query (so a
 * result is linkable) or in component state, and the antd pagination props built from them.
 */
import type { PaginationProps } from 'antd';
import { cloneElement, isValidElement, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The page shown and how to change it. */
export interface Paging {
  page: number;
  pageSize: number;
  onChange: (page: number, pageSize: number) => void;
}

/** A positive whole number read from the URL, or `fallback`. */
export function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Paging and filters in the URL query (`?page=&pageSize=&…`); a new page size starts at page 1. */
export function useUrlPaging(defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), defaultPageSize);
  const onChange = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(size !== pageSize ? 1 : p));
    next.set('pageSize', String(size));
    setParams(next);
  };
  /** Sets (or, when empty, clears) one filter of the query and goes back to page 1. */
  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  return { params, page, pageSize, onChange, setFilter };
}

/** Paging in component state, for lists whose page the URL does not carry; `reset` goes to page 1. */
export function useStatePaging(defaultPageSize = 50) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(defaultPageSize);
  const onChange = (p: number, size: number) => {
    setPage(size !== pageSize ? 1 : p);
    setPageSize(size);
  };
  return { page, pageSize, onChange, reset: () => setPage(1) };
}

const PAGE_LINK_LABELS: Partial<Record<string, string>> = { prev: '上一页', next: '下一页', 'jump-prev': '向前5页', 'jump-next': '向后5页' };

/** Gives the icon-only page links (previous, next, jump) a zh-CN accessible name. */
function labelledItem(_page: number, type: string, element: ReactNode): ReactNode {
  const label = PAGE_LINK_LABELS[type];
  return label && isValidElement<{ 'aria-label'?: string }>(element) ? cloneElement(element, { 'aria-label': label }) : element;
}

/** Pagination props of a table or a `Pagination` for `paging` over `total` entries. */
export function paginationProps(paging: Paging, total: number, totalText: (total: number) => string, pageSizeOptions?: number[]): PaginationProps {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions,
    showTotal: totalText,
    onChange: paging.onChange,
    itemRender: labelledItem,
  };
}
