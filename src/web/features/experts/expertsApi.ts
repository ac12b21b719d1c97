/**
 * The expert review API as the screens use it: shapes of docs/api-v1.md (Expert review) and
 * TanStack Query hooks.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';
import type { CaseView } from '../../api/types';
import type { Conclusion, ExclusionReason } from '../../../domain/expert';
import { caseKeys } from '../cases/casesApi';

export interface Expert {
  id: string;
  userId: string;
  username: string;
  name: string;
  title: string;
  fields: string[];
  employer: string;
  employerCreditCode: string | null;
  declared: string[];
  unavailable: { from: string; to: string; reason: string }[];
  active: boolean;
  rev: number;
  openReviews: number;
}

export interface PanelMember {
  expertId: string;
  name: string;
  title: string;
  employer: string;
  drawStep: number;
  status: 'invited' | 'declined' | 'signed';
  declineReason: string | null;
  scores: Record<string, number> | null;
  total: number | null;
  opinion: string | null;
  recommendation: Conclusion | null;
  signedAt: string | null;
  opinionSha256: string | null;
  keyId: string | null;
  signature: string | null;
}

export interface Criterion {
  code: string;
  name: string;
  max: number;
}

export interface Draw {
  step: number;
  seed: number;
  chosen: { expertId: string; name: string }[];
  replaces: { expertId: string; name: string } | null;
  candidates: number;
  eligible: number;
  excluded: { expertId: string; name: string; reason: ExclusionReason; reasonName: string }[];
  drawnAt: string;
}

export interface Review {
  id: string;
  caseNo: string;
  itemName: string;
  applicantName: string;
  fields: string[];
  criteria: Criterion[];
  panelSize: number;
  requestedOn: string;
  due: string;
  reason: string;
  status: 'open' | 'concluded';
  overdue: boolean;
  conclusion: Conclusion | null;
  conclusionName: string | null;
  conclusionText: string | null;
  concludedAt: string | null;
  panel: PanelMember[];
  draws: Draw[];
}

export interface ApplicantReview {
  id: string;
  status: 'open' | 'concluded';
  label: string;
  panelSize: number;
  requestedOn: string;
  due: string;
  conclusion: Conclusion | null;
  conclusionName: string | null;
  conclusionText: string | null;
  experts: { name: string; title: string; employer: string }[] | null;
}

export interface CaseReviews {
  view: 'officer' | 'applicant';
  items: Review[];
  applicantItems: ApplicantReview[];
}

export interface Verification {
  reviewId: string;
  same: boolean;
  steps: { step: number; seed: number; recorded: string[]; rerun: string[]; same: boolean }[];
}

export interface MyAssignment {
  reviewId: string;
  caseNo: string;
  itemName: string;
  fields: string[];
  due: string;
  reviewStatus: 'open' | 'concluded';
  status: 'invited' | 'declined' | 'signed';
  signedAt: string | null;
}

export interface MyReview {
  assignment: MyAssignment;
  criteria: Criterion[];
  reason: string;
  mine: PanelMember;
  case: CaseView;
}

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

export interface Eligible {
  eligible: number;
  due: string;
  excluded: { reason: ExclusionReason; reasonName: string; count: number }[];
}

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
