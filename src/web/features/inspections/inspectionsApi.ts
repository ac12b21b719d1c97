/**
 * Calls of the inspections API (现场踏勘, issue #8). Shapes follow
 * src/server/modules/inspections/inspections.schemas.ts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InspectionStatus, PointResultValue } from '../../../domain/inspection';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import type { ItemsOf } from '../../api/types';
import { caseKeys } from '../cases/casesApi';

/** One checklist point as recorded. */
export interface PointResult {
  point: string;
  result: PointResultValue;
  note: string;
}

/** One inspection in full (`GET /inspections/:id`). */
export interface Inspection {
  id: string;
  caseNo: string;
  itemName: string;
  applicantName: string;
  caseStatus: string;
  round: number;
  status: InspectionStatus;
  statusName: string;
  reason: string;
  checklist: string[];
  requestedBy: string;
  requestedAt: string;
  scheduledOn: string | null;
  address: string | null;
  scheduledBy: string | null;
  reportDue: string | null;
  overdue: boolean;
  inspectors: { userId: string; name: string; confirmedAt: string | null }[];
  results: PointResult[];
  notes: string;
  rectification: string;
  rectifyDue: string | null;
  cancelReason: string | null;
  location: { lat: number; lng: number } | null;
  recordedAt: string | null;
  recordedBy: string | null;
  rev: number;
  outcome: 'pass' | 'fail' | null;
  finishedOn: string | null;
  photos: { id: string; name: string; mediaType: string; size: number; sha256: string; uploadedBy: string; at: string; url: string }[];
  can: { schedule: boolean; record: boolean; confirm: boolean; cancel: boolean };
}

/** A case's inspections (`GET /cases/:caseNo/inspections`); `detail` for officers only. */
export interface CaseInspections {
  required: boolean;
  canRequest: boolean;
  items: {
    id: string;
    round: number;
    status: InspectionStatus;
    statusName: string;
    scheduledOn: string | null;
    address: string | null;
    inspectors: string[];
    outcome: 'pass' | 'fail' | null;
    rectification: string;
    rectifyDue: string | null;
    finishedOn: string | null;
    detail: Inspection | null;
  }[];
}

/** The centre's board (`GET /inspections/board`). */
export interface InspectionBoard {
  from: string;
  to: string;
  days: { date: string; working: boolean }[];
  inspectors: { userId: string; name: string; perDay: number[]; total: number }[];
  waiting: number;
  overdue: { id: string; caseNo: string; itemName: string; scheduledOn: string; reportDue: string; inspectors: string[] }[];
}

export interface ReportInput {
  expectedRev: number;
  results: PointResult[];
  notes: string;
  rectification: string;
  rectifyDue: string | null;
  location: { lat: number; lng: number } | null;
}

export const inspectionKeys = {
  all: ['inspections'] as const,
  ofCase: (caseNo: string) => ['inspections', 'case', caseNo] as const,
  list: (scope: 'mine' | 'all', status?: string) => ['inspections', 'list', scope, status ?? ''] as const,
  one: (id: string) => ['inspections', 'one', id] as const,
  board: (from: string, days: number) => ['inspections', 'board', from, days] as const,
  inspectors: ['inspections', 'inspectors'] as const,
};

export function useCaseInspections(caseNo: string, version: number) {
  return useQuery({
    queryKey: [...inspectionKeys.ofCase(caseNo), version],
    queryFn: ({ signal }) => api.get<CaseInspections>(`/cases/${encodeURIComponent(caseNo)}/inspections`, undefined, signal),
  });
}

export function useInspections(scope: 'mine' | 'all', status?: string) {
  return useQuery({
    queryKey: inspectionKeys.list(scope, status),
    queryFn: ({ signal }) => api.get<ItemsOf<Inspection>>('/inspections', { scope, status }, signal),
    select: (d) => d.items,
  });
}

export function useInspection(id: string) {
  return useQuery({ queryKey: inspectionKeys.one(id), queryFn: ({ signal }) => api.get<Inspection>(`/inspections/${id}`, undefined, signal) });
}

export function useInspectionBoard(from: string, days: number) {
  return useQuery({ queryKey: inspectionKeys.board(from, days), queryFn: ({ signal }) => api.get<InspectionBoard>('/inspections/board', { from, days }, signal) });
}

export function useInspectors(enabled: boolean) {
  return useQuery({
    queryKey: inspectionKeys.inspectors,
    enabled,
    queryFn: ({ signal }) => api.get<ItemsOf<{ userId: string; username: string; name: string }>>('/inspections/inspectors', undefined, signal),
    select: (d) => d.items,
  });
}

/**
 * A write to the inspections API that refreshes every inspection query and the cases (a
 * schedule or the last confirmation changes the case's status and clock), reporting errors
 * through the usual notification (field errors onto `form` when given).
 */
export function useInspectionMutation<I>(fn: (input: I) => Promise<Inspection>, onDone?: (i: Inspection) => void) {
  const client = useQueryClient();
  const onError = useApiError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (i) => {
      client.setQueryData(inspectionKeys.one(i.id), i);
      void client.invalidateQueries({ queryKey: inspectionKeys.all });
      void client.invalidateQueries({ queryKey: caseKeys.all });
      onDone?.(i);
    },
    onError: (e) => onError(e),
  });
}

export const inspectionCalls = {
  request: (caseNo: string, reason: string) => api.post<Inspection>('/inspections', { caseNo, reason }),
  schedule: (id: string, body: { scheduledOn: string; address: string; inspectorIds: string[]; expectedRev: number }) => api.post<Inspection>(`/inspections/${id}/schedule`, body),
  report: (id: string, body: ReportInput) => api.put<Inspection>(`/inspections/${id}/report`, body),
  confirm: (id: string, expectedRev: number) => api.post<Inspection>(`/inspections/${id}/confirm`, { expectedRev }),
  cancel: (id: string, body: { reason: string; expectedRev: number }) => api.post<Inspection>(`/inspections/${id}/cancel`, body),
  photo: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<Inspection>(`/inspections/${id}/photos`, form);
  },
};
