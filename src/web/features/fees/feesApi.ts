/** The fees of a case (`GET /cases/:caseNo/fees`), read by the fees panel and by the action buttons (准予许可 waits for payment). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Ok } from '../../api/types';

export type CaseFees = Ok<'getCasesByCaseNoFees'>;

/** The query key of a case's fees (invalidated after an assessment, a payment query, a waiver or a refund). */
export const caseFeesKey = (caseNo: string) => ['fees', caseNo] as const;

export function useCaseFees(caseNo: string, enabled = true) {
  return useQuery({ queryKey: caseFeesKey(caseNo), queryFn: () => api.get<CaseFees>(`/cases/${encodeURIComponent(caseNo)}/fees`), enabled });
}
