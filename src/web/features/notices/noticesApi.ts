/** The notices API: the applicant's inbox (站内信), their settings (channels, phone, WeChat), a case's notice record, and the templates' wording. */
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
  wechat: boolean;
  phone: string | null;
  phoneVerified: boolean;
  wechatBound: boolean;
  smsAvailable: boolean;
  wechatAvailable: boolean;
}
export interface Delivery {
  id: number;
  channel: 'sms' | 'wechat';
  to: string;
  status: 'pending' | 'sent' | 'dead';
  attempts: number;
  sentAt: string | null;
  error: string | null;
}
export interface NoticeWording {
  template: string;
  name: string;
  sms: string;
  smsCode: string | null;
  version: number;
  builtIn: { name: string; sms: string };
  variables: string[];
  required: boolean;
  urgent: boolean;
}
export interface CaseNotice {
  id: string;
  to: string;
  title: string;
  body: string;
  required: boolean;
  createdAt: string;
  readAt: string | null;
  deliveries: Delivery[];
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
  return useMutation({ mutationFn: (body: { sms?: boolean; wechat?: boolean }) => api.put<NoticeSettings>('/my/notice-settings', body), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

export function useSendPhoneCode() {
  return useMutation({ mutationFn: (phone: string) => api.post<{ phone: string; expiresAt: string }>('/my/phone/code', { phone }) });
}

export function useVerifyPhone() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: { phone: string; code: string }) => api.post<NoticeSettings>('/my/phone/verify', body), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

/** Start binding WeChat: the browser goes to WeChat's authorisation page, which sends it back with a code. */
export function useWechatAuthorize() {
  return useMutation({ mutationFn: () => api.post<{ url: string }>('/my/wechat/authorize'), onSuccess: ({ url }) => window.location.assign(url) });
}

export function useWechatBind() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: { code: string; state: string }) => api.post<NoticeSettings>('/my/wechat/bind', body), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

export function useWechatUnbind() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => api.delete<NoticeSettings>('/my/wechat'), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

export function useNoticeTemplates() {
  return useQuery({ queryKey: [...key, 'templates'], queryFn: ({ signal }) => api.get<{ items: NoticeWording[] }>('/notice-templates', undefined, signal) });
}

export function useNoticeTemplateHistory(template: string | null) {
  return useQuery({
    queryKey: [...key, 'templates', template, 'history'],
    enabled: template !== null,
    queryFn: ({ signal }) => api.get<{ items: { version: number; name: string; sms: string; smsCode: string | null; editedBy: string; editedAt: string }[] }>(`/notice-templates/${template ?? ''}/history`, undefined, signal),
  });
}

export function usePreviewNoticeTemplate(template: string) {
  return useMutation({ mutationFn: (body: { name: string; sms: string; caseNo: string }) => api.post<{ title: string; sms: string; segments: number }>(`/notice-templates/${template}/preview`, body) });
}

export function useSaveNoticeTemplate(template: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; sms: string; smsCode: string | null; version: number }) => api.put<NoticeWording>(`/notice-templates/${template}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'templates'] }),
  });
}

export function useCaseNotices(caseNo: string) {
  return useQuery({ queryKey: [...key, 'case', caseNo], queryFn: ({ signal }) => api.get<{ items: CaseNotice[] }>(`/cases/${encodeURIComponent(caseNo)}/notices`, undefined, signal) });
}

export function useResend(caseNo: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: number) => api.post<{ id: number }>(`/notice-deliveries/${id}/resend`), onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'case', caseNo] }) });
}
