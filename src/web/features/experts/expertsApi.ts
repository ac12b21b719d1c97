/**
 * The expert review API as the screens use it: the answers' types generated from docs/openapi.json
 * (Expert review), and TanStack Query hooks.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';
import type { CaseView, Ok } from '../../api/types';
import { caseKeys } from '../cases/casesApi';

/** An expert of the pool (专家库). */
export type Expert = Ok<'getExperts'>['items'][number];
/** One review of a case: its panel, criteria and draws. */
export type Review = Ok<'getExpertReviewsById'>;
/** One member of a panel, with scores and the bureau's countersignatures (Ed25519 and SM2). */
export type PanelMember = Review['panel'][number];
export type Criterion = Review['criteria'][number];
export type Draw = Review['draws'][number];
export type CaseReviews = Ok<'getCasesByCaseNoExpertReviews'>;
export type ApplicantReview = CaseReviews['applicantItems'][number];
export type Verification = Ok<'getExpertReviewsByIdVerify'>;
export type MyAssignment = Ok<'getMyExpertReviews'>['items'][number];
/** The case as the expert sees it has the case page's precise shape (the server's schema types the clock's pause kinds as strings). */
export type MyReview = Omit<Ok<'getMyExpertReviewsById'>, 'case'> & { case: CaseView };

export const expertKeys = {
  pool: ['experts', 'pool'] as const,
  reviews: (status?: string) => ['experts', 'reviews', status ?? 'all'] as const,
  ofCase: (caseNo: string) => ['experts', 'case', caseNo] as const,
  mine: ['experts', 'mine'] as const,
  myReview: (id: string) => ['experts', 'mine', id] as const,
};

/** The URL of a material file of a case under review, for an expert on its panel. */
export const reviewFileUrl = (reviewId: string, fileId: string) => `${API_BASE}/my/expert-reviews/${reviewId}/files/${fileId}`;

export const usePool = () => useQuery({ queryKey: expertKeys.pool, queryFn: ({ signal }) => api.get<{ items: Expert[] }>('/experts', undefined, signal) });

export const useReviews = (status?: 'open' | 'concluded') =>
  useQuery({ queryKey: expertKeys.reviews(status), queryFn: ({ signal }) => api.get<{ items: Review[] }>('/expert-reviews', { status }, signal) });

export const useCaseReviews = (caseNo: string) =>
  useQuery({ queryKey: expertKeys.ofCase(caseNo), queryFn: ({ signal }) => api.get<CaseReviews>(`/cases/${encodeURIComponent(caseNo)}/expert-reviews`, undefined, signal) });

export const useMyReviews = () => useQuery({ queryKey: expertKeys.mine, queryFn: ({ signal }) => api.get<{ items: MyAssignment[] }>('/my/expert-reviews', undefined, signal) });

export const useMyReview = (id: string) => useQuery({ queryKey: expertKeys.myReview(id), queryFn: ({ signal }) => api.get<MyReview>(`/my/expert-reviews/${id}`, undefined, signal) });

/** After a review changed: its lists, the case's reviews and the case (its pause). */
export function useInvalidateReviews() {
  const client = useQueryClient();
  return (caseNo?: string) => {
    void client.invalidateQueries({ queryKey: ['experts'] });
    if (caseNo) void client.invalidateQueries({ queryKey: caseKeys.one(caseNo) });
  };
}

export type Eligible = Ok<'getCasesByCaseNoExpertReviewsEligible'>;

/** The request dialog's preview: experts eligible for these fields and days. */
export const useEligible = (caseNo: string, fields: string[], dueDays: number, enabled: boolean) =>
  useQuery({
    queryKey: ['experts', 'eligible', caseNo, fields.join(','), dueDays],
    queryFn: ({ signal }) => api.get<Eligible>(`/cases/${encodeURIComponent(caseNo)}/expert-reviews/eligible`, { fields: fields.join(','), dueDays }, signal),
    enabled: enabled && fields.length > 0 && dueDays >= 1,
  });

export function useVerify() {
  return useMutation({ mutationFn: (id: string) => api.get<Verification>(`/expert-reviews/${id}/verify`) });
}
