/** The notices API: the applicant's inbox (站内信), their settings (channels, phone, WeChat), a case's notice record, and the templates' wording. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Ok } from '../../api/types';

/** The API's answers, generated from docs/openapi.json (src/web/api/openapi.gen.ts). */
export type Notice = Ok<'getMyNotices'>['items'][number];
export type NoticeSettings = Ok<'getMyNoticeSettings'>;
export type CaseNotice = Ok<'getCasesByCaseNoNotices'>['items'][number];
export type Delivery = CaseNotice['deliveries'][number];
export type NoticeWording = Ok<'getNoticeTemplates'>['items'][number];
type TemplateHistory = Ok<'getNoticeTemplatesByTemplateHistory'>;
type TemplatePreview = Ok<'postNoticeTemplatesByTemplatePreview'>;

const key = ['notices'] as const;

export function useInbox(page: number, pageSize: number) {
  return useQuery({ queryKey: [...key, 'inbox', page, pageSize], queryFn: ({ signal }) => api.get<Ok<'getMyNotices'>>('/my/notices', { page, pageSize }, signal) });
}

/** The unread count for the header's badge; refreshed every minute while the page is open. */
export function useUnread(enabled: boolean) {
  return useQuery({ queryKey: [...key, 'unread'], queryFn: ({ signal }) => api.get<Ok<'getMyNoticesUnread'>>('/my/notices/unread', undefined, signal), enabled, refetchInterval: 60_000 });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id?: string) => api.post<Ok<'postMyNoticesRead'>>('/my/notices/read', id ? { id } : {}), onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export function useNoticeSettings() {
  return useQuery({ queryKey: [...key, 'settings'], queryFn: ({ signal }) => api.get<NoticeSettings>('/my/notice-settings', undefined, signal) });
}

export function useSaveNoticeSettings() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: { sms?: boolean; wechat?: boolean }) => api.put<NoticeSettings>('/my/notice-settings', body), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

export function useSendPhoneCode() {
  return useMutation({ mutationFn: (phone: string) => api.post<Ok<'postMyPhoneCode'>>('/my/phone/code', { phone }) });
}

export function useVerifyPhone() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: { phone: string; code: string }) => api.post<NoticeSettings>('/my/phone/verify', body), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

/** Start binding WeChat: the browser goes to WeChat's authorisation page, which sends it back with a code. */
export function useWechatAuthorize() {
  return useMutation({ mutationFn: () => api.post<Ok<'postMyWechatAuthorize'>>('/my/wechat/authorize'), onSuccess: ({ url }) => window.location.assign(url) });
}

export function useWechatBind() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; state: string }) => api.post<NoticeSettings>('/my/wechat/bind', body),
    // back from WeChat the page loads its settings and binds at once: the settings read before the bind must not
    // land after it and show 未绑定
    onSuccess: async (s) => {
      await client.cancelQueries({ queryKey: [...key, 'settings'] });
      client.setQueryData([...key, 'settings'], s);
    },
  });
}

export function useWechatUnbind() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => api.delete<NoticeSettings>('/my/wechat'), onSuccess: (s) => client.setQueryData([...key, 'settings'], s) });
}

export function useNoticeTemplates() {
  return useQuery({ queryKey: [...key, 'templates'], queryFn: ({ signal }) => api.get<Ok<'getNoticeTemplates'>>('/notice-templates', undefined, signal) });
}

export function useNoticeTemplateHistory(template: string | null) {
  return useQuery({
    queryKey: [...key, 'templates', template, 'history'],
    enabled: template !== null,
    queryFn: ({ signal }) => api.get<TemplateHistory>(`/notice-templates/${template ?? ''}/history`, undefined, signal),
  });
}

export function usePreviewNoticeTemplate(template: string) {
  return useMutation({ mutationFn: (body: { name: string; sms: string; caseNo: string }) => api.post<TemplatePreview>(`/notice-templates/${template}/preview`, body) });
}

export function useSaveNoticeTemplate(template: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; sms: string; smsCode: string | null; version: number }) => api.put<NoticeWording>(`/notice-templates/${template}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'templates'] }),
  });
}

export function useCaseNotices(caseNo: string) {
  return useQuery({ queryKey: [...key, 'case', caseNo], queryFn: ({ signal }) => api.get<Ok<'getCasesByCaseNoNotices'>>(`/cases/${encodeURIComponent(caseNo)}/notices`, undefined, signal) });
}

export function useResend(caseNo: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: number) => api.post<Ok<'postNoticeDeliveriesByDeliveryIdResend'>>(`/notice-deliveries/${id}/resend`), onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'case', caseNo] }) });
}
