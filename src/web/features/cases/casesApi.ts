/**
 * Calls of the cases API (docs/api-v1.md "Cases") shared by the applicant, window, review and
 * director screens: lists, one case, uploads, actions with `expectedVersion`, the calendar.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, isApiStatus, type Query } from '../../api/client';
import { useApiError } from '../../api/errors';
import type { CalendarMonth, CaseActionBody, CaseSummary, CaseView, CreateCaseBody, ItemsOf, Page, ReusableFile, SendableAction } from '../../api/types';

/** Query keys of cases. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (query: Query) => ['cases', 'list', query] as const,
  one: (caseNo: string) => ['cases', 'one', caseNo] as const,
  reusable: (caseNo: string) => ['cases', 'reusable', caseNo] as const,
  month: (year: number, month: number) => ['calendar', 'month', year, month] as const,
};

const casePath = (caseNo: string) => `/cases/${encodeURIComponent(caseNo)}`;

/** URL of one file of a case (opened in a new tab; the session cookie goes along). */
export const caseFileUrl = (caseNo: string, fileId: string) => `${API_BASE}${casePath(caseNo)}/files/${encodeURIComponent(fileId)}`;

/** Filters of `GET /cases`. */
export interface CaseQuery extends Query {
  status?: string;
  clockState?: string;
  itemCode?: string;
  q?: string;
  mine?: string;
  assigned?: string;
  extension?: 'requested';
  page?: number;
  pageSize?: number;
}

/** A page of cases (staff: most urgent first; applicants: their own). */
export function useCases(query: CaseQuery, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => api.get<Page<CaseSummary>>('/cases', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One case with its clock, timeline, materials and the actions the caller may take. */
export function useCase(caseNo: string | undefined) {
  return useQuery({
    queryKey: caseKeys.one(caseNo ?? ''),
    queryFn: ({ signal }) => api.get<CaseView>(casePath(caseNo ?? ''), undefined, signal),
    enabled: !!caseNo,
  });
}

/** Files of the same applicant from earlier cases. */
export function useReusableFiles(caseNo: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.reusable(caseNo),
    queryFn: ({ signal }) => api.get<ItemsOf<ReusableFile>>(`${casePath(caseNo)}/reusable-files`, undefined, signal),
    select: (d) => d.items,
    enabled,
    staleTime: 60_000,
  });
}

/** The working calendar of one month (public). */
export function useCalendarMonth(year: number, month: number) {
  return useQuery({
    queryKey: caseKeys.month(year, month),
    queryFn: ({ signal }) => api.get<CalendarMonth>('/calendar/month', { year, month }, signal),
    staleTime: 10 * 60_000,
  });
}

/** `POST /cases`: a new draft. */
export const createCase = (body: CreateCaseBody) => api.post<CaseView>('/cases', body);

/** `PATCH /cases/:caseNo`: a draft's situations and form, changed before it is submitted. */
export const editDraft = (caseNo: string, body: Pick<CreateCaseBody, 'situation' | 'form'>) => api.patch<CaseView>(casePath(caseNo), body);

/** Attach a file (`file`) or reuse an earlier one (`fileId`) to one material. */
export function attachMaterial(caseNo: string, materialCode: string, source: { file: File } | { fileId: string }): Promise<CaseView> {
  const data = new FormData();
  data.set('materialId', materialCode);
  if ('file' in source) data.set('file', source.file, source.file.name);
  else data.set('fileId', source.fileId);
  return api.upload<CaseView>(`${casePath(caseNo)}/materials`, data);
}

/** An action's fields without `type` and `expectedVersion`. */
export type ActionFieldsOf<T extends SendableAction> = Omit<Extract<CaseActionBody, { type: T }>, 'type' | 'expectedVersion'>;

/** The body of an action on `version` (the version the screen shows). */
export function actionBody<T extends SendableAction>(type: T, version: number, fields: ActionFieldsOf<T>): CaseActionBody {
  return { type, expectedVersion: version, ...fields } as Extract<CaseActionBody, { type: T }>;
}

/** Puts a case answer in the cache (and marks lists stale), so every screen shows the new version. */
export function useStoreCase(): (c: CaseView) => void {
  const client = useQueryClient();
  return (c) => {
    client.setQueryData(caseKeys.one(c.caseNo), c);
    void client.invalidateQueries({ queryKey: ['cases', 'list'] });
  };
}

/**
 * A mutation that takes one action on a case. On success the answer replaces the cached case;
 * on a 409 (the case moved on, or the action is not allowed now) the server's title and detail
 * are shown, `onConflict` runs (a dialog closes) and the case is fetched again.
 */
export function useCaseAction(caseNo: string, onDone?: (c: CaseView) => void, onConflict?: () => void) {
  const store = useStoreCase();
  const client = useQueryClient();
  const showError = useApiError();
  return useMutation({
    mutationFn: (body: CaseActionBody) => api.post<CaseView>(`${casePath(caseNo)}/actions`, body),
    onSuccess: (c) => {
      store(c);
      onDone?.(c);
    },
    onError: (e) => {
      showError(e);
      if (isApiStatus(e, 409)) {
        onConflict?.();
        void client.invalidateQueries({ queryKey: caseKeys.one(caseNo) });
      }
    },
  });
}
