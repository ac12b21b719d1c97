/**
 * Back-office catalog calls shared by the catalog, review and batch screens: versions, their
 * stage transitions, batches, and making a draft from a confirmed item.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Stage } from '../../../domain/catalog-terms';
import type { CatalogItem } from '../../../domain/catalog';
import { api } from '../../api/client';
import type { Batch, CreateVersionBody, ItemsOf, Page, PublicItem, VersionDetail, VersionRow } from '../../api/types';

/** Query keys of the back-office catalog. */
export const catalogKeys = {
  versions: ['catalog', 'versions'] as const,
  versionList: (query: Record<string, unknown>) => ['catalog', 'versions', 'list', query] as const,
  version: (id: string) => ['catalog', 'versions', 'one', id] as const,
  batches: ['catalog', 'batches'] as const,
  batch: (id: string) => ['catalog', 'batches', id] as const,
};

/** Filters of `GET /catalog/versions`. */
export interface VersionQuery {
  stage?: Stage | '';
  batchId?: string;
  q?: string;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

/** A page of versions; the previous page stays on screen while the next one loads. */
export function useVersions(query: VersionQuery) {
  return useQuery({
    queryKey: catalogKeys.versionList({ ...query }),
    queryFn: ({ signal }) =>
      api.get<Page<VersionRow>>('/catalog/versions', { ...query, mine: query.mine ? 'true' : undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One version with its data, events and changes against the confirmed version. */
export function useVersion(id: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.version(id ?? ''),
    queryFn: ({ signal }) => api.get<VersionDetail>(`/catalog/versions/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: !!id,
  });
}

/** The clearance batches with their counts. */
export function useBatches() {
  return useQuery({
    queryKey: catalogKeys.batches,
    queryFn: ({ signal }) => api.get<ItemsOf<Batch>>('/catalog/batches', undefined, signal),
    select: (d) => d.items,
  });
}

/** A function that refetches everything that shows versions or batch counts. */
export function useInvalidateCatalog(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: catalogKeys.versions }),
      client.invalidateQueries({ queryKey: catalogKeys.batches }),
      client.invalidateQueries({ queryKey: ['catalog', 'items'] }),
      client.invalidateQueries({ queryKey: ['catalog', 'stats'] }),
    ]);
  };
}

/** The item data of a public item answer, without the fields added for display. */
export function itemDataOf(item: PublicItem): CatalogItem {
  const { version: _version, confirmedAt: _confirmedAt, departmentName: _d, zoneName: _z, regulators: _r, children: _c, ...data } = item;
  return data;
}

/** Opens a draft of a confirmed item: its current data becomes the new version's starting point. */
export async function createDraftFromItem(code: string, batchId?: string): Promise<VersionDetail> {
  const item = await api.get<PublicItem>(`/catalog/items/${encodeURIComponent(code)}`);
  const body: CreateVersionBody = { data: itemDataOf(item) };
  if (batchId) body.batchId = batchId;
  return api.post<VersionDetail>('/catalog/versions', body);
}

/** Stage transitions of a version (`POST /catalog/versions/:id/<action>`). */
export const versionActions = {
  submit: (id: string, rev: number) => api.post<VersionDetail>(`/catalog/versions/${encodeURIComponent(id)}/submit`, { rev }),
  withdraw: (id: string, rev: number) => api.post<VersionDetail>(`/catalog/versions/${encodeURIComponent(id)}/withdraw`, { rev }),
  pass: (id: string, rev: number, comment?: string) =>
    api.post<VersionDetail>(`/catalog/versions/${encodeURIComponent(id)}/pass`, comment ? { rev, comment } : { rev }),
  returnToDraft: (id: string, rev: number, reason: string) =>
    api.post<VersionDetail>(`/catalog/versions/${encodeURIComponent(id)}/return`, { rev, reason }),
};

/** zh-CN names of the recorded stage actions. */
export const EVENT_ACTIONS: Record<string, string> = {
  create: '创建',
  created: '创建',
  save: '保存',
  update: '保存',
  updated: '保存',
  submit: '提交初审',
  submitted: '提交初审',
  pass: '通过',
  passed: '通过',
  return: '退回',
  returned: '退回',
  withdraw: '撤回',
  withdrawn: '撤回',
  confirm: '确认发布',
  confirmed: '确认发布',
  import: '导入',
  imported: '导入',
};
