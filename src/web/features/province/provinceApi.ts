/** The provincial platform's reconciliation (docs/api-v1.md § Provincial platform): what was pushed, the receipts, resend. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Ok } from '../../api/types';

/** The API's answers, generated from docs/openapi.json (src/web/api/openapi.gen.ts). */
export type ProvinceSummary = Ok<'getProvinceSummary'>;
export type Push = Ok<'getProvincePushes'>['items'][number];
export type PushDetail = Ok<'postProvincePushesByIdResend'>;
export type PushStatus = Push['status'];
export type PushKind = Push['kind'];

const key = ['province'] as const;

export const KIND_NAMES: Record<PushKind, string> = { banjian: '办件', rating: '好差评', licence: '电子证照' };
export const STATUS_TAGS: Record<PushStatus, { color: string; text: string }> = {
  pending: { color: 'blue', text: '待发送' },
  accepted: { color: 'green', text: '已接收' },
  rejected: { color: 'red', text: '被拒收' },
  failed: { color: 'volcano', text: '重试失败' },
};

export function useProvinceSummary() {
  return useQuery({ queryKey: [...key, 'summary'], queryFn: ({ signal }) => api.get<ProvinceSummary>('/province/summary', undefined, signal), refetchInterval: 30_000 });
}

export function usePushes(q: { status?: PushStatus; kind?: PushKind; subject?: string }) {
  return useQuery({
    queryKey: [...key, 'pushes', q],
    queryFn: ({ signal }) => api.get<Ok<'getProvincePushes'>>('/province/pushes', { ...q, limit: 200 }, signal),
    select: (d) => d.items,
  });
}

export function usePush(id: number) {
  return useQuery({ queryKey: [...key, 'push', id], queryFn: ({ signal }) => api.get<Ok<'getProvincePushesById'>>(`/province/pushes/${id}`, undefined, signal) });
}

export function useResend() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: number) => api.post<PushDetail>(`/province/pushes/${id}/resend`), onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

// ------------------------------------------------------------------ 免证办

export type LicenceOffers = Ok<'getProvinceCasesByCaseNoLicenceOffers'>;
export type LicenceOffer = LicenceOffers['materials'][number]['licences'][number];

/** The case's materials a library licence can stand for; off (409) when the library is not configured: no retry. */
export function useLicenceOffers(caseNo: string) {
  return useQuery({
    queryKey: [...key, 'offers', caseNo],
    queryFn: ({ signal }) => api.get<LicenceOffers>(`/province/cases/${caseNo}/licence-offers`, undefined, signal),
    retry: false,
    staleTime: 60_000,
  });
}

export function useUseLicence(caseNo: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { materialCode: string; licenceNo: string }) => api.post<Ok<'postProvinceCasesByCaseNoLicenceUses'>>(`/province/cases/${caseNo}/licence-uses`, { ...body, consent: true }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [...key, 'offers', caseNo] });
      await client.invalidateQueries({ queryKey: ['cases', 'one', caseNo] });
    },
  });
}
