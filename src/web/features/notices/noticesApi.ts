/** The notices API: the applicant's inbox (站内信), their settings, and a case's notice record. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Notice {
  id: string;
  caseNo: string | null;
  template: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}
export interface NoticeSettings {
  sms: boolean;
  phone: string | null;
  smsAvailable: boolean;
}
export interface CaseNotice {
  id: string;
  to: string;
  title: string;
  body: string;
  required: boolean;
  createdAt: string;
  readAt: string | null;
  sms: { id: number; phone: string; status: 'pending' | 'sent' | 'dead'; attempts: number; sentAt: string | null; error: string | null } | null;
}

const key = ['notices'] as const;

export function useInbox(page: number, pageSize: number) {
  return useQuery({ queryKey: [...key, 'inbox', page, pageSize], queryFn: ({ signal }) => api.get<{ items: Notice[]; total: number; unread: number }>('/my/notices', { page, pageSize }, signal) });
}

/** The unread count for the header's badge; refreshed every minute while the page is open. */
export function useUnread(enabled: boolean) {
  return useQuery({ queryKey: [...key, 'unread'], queryFn: ({ signal }) => api.get<{ unread: number }>('/my/notices/unread', undefined, signal), enabled, refetchInterval: 60_000 });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id?: string) => api.post<{ marked: number }>('/my/notices/read', id ? { id } : {}), onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export function useNoticeSettings() {
  return useQuery({ queryKey: [...key, 'settings'], queryFn: ({ signal }) => api.get<NoticeSettings>('/my/notice-settings', undefined, signal) });
}

export function useSaveNoticeSettings() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: { sms: boolean }) => api.put<NoticeSettings>('/my/notice-settings', body), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

export function useCaseNotices(caseNo: string) {
  return useQuery({ queryKey: [...key, 'case', caseNo], queryFn: ({ signal }) => api.get<{ items: CaseNotice[] }>(`/cases/${encodeURIComponent(caseNo)}/notices`, undefined, signal) });
}

export function useResendSms(caseNo: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: number) => api.post<{ id: number }>(`/notice-deliveries/${id}/resend`), onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'case', caseNo] }) });
}
