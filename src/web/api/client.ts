/**
 * The fetch wrapper of the web app: same-origin JSON calls to /api/v1 with the session cookie,
 * and `application/problem+json` errors turned into {@link ApiError}.
 */
import type { Problem, ProblemFieldError } from './types';

/** Where the API lives: same origin as the app (the dev server proxies it). */
export const API_BASE = '/api/v1';

/** An error answer of the API, with the problem fields the UI shows. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemFieldError[];

  constructor(status: number, problem: Problem) {
    const title = problem.title ?? `请求失败（${status}）`;
    super(problem.detail ? `${title}：${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? `HTTP.${status}`;
    this.title = title;
    this.detail = problem.detail ?? '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

/** Query parameters; empty values are left out of the URL. */
export type Query = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=x` from the non-empty values of `query`, or '' when there are none. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  formData?: FormData;
  signal?: AbortSignal;
  /** extra request headers (a registered kiosk's device token) */
  headers?: Record<string, string>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a problem body, tolerating servers that answer errors as plain text or HTML. */
async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await res.json();
      if (isRecord(body)) return body as Problem;
    } catch {
      // fall through to the generic problem below
    }
  }
  return { status: res.status, title: statusTitle(res.status) };
}

function statusTitle(status: number): string {
  if (status === 401) return '请先登录';
  if (status === 403) return '没有权限';
  if (status === 404) return '未找到';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务器出错，请稍后再试';
  return `请求失败（${status}）`;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.formData) body = options.formData;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}${queryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'NETWORK', title: '无法连接服务器', detail: '请检查网络后重试' });
  }
  if (!res.ok) throw new ApiError(res.status, await readProblem(res));
  return res;
}

async function request<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  // The answer's shape is the contract of docs/api-v1.md; types.ts mirrors it.
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Typed calls to the API. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body: body ?? {}, ...(headers ? { headers } : {}) }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, formData: FormData) => request<T>('POST', path, { formData }),
  /** A POST whose answer is a file (e.g. a PDF preview), as a Blob. */
  postForBlob: async (path: string, body: unknown) => (await send('POST', path, { body })).blob(),
};

/** The file name a `Content-Disposition` header gives, if any (RFC 6266, UTF-8 form first). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      return star[1].trim();
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() ?? null;
}

/** Downloads a file answer (e.g. the catalog export) through the browser, keeping API errors readable. */
export async function download(path: string, fallbackName: string, query?: Query): Promise<void> {
  const res = await send('GET', path, { query });
  const blob = await res.blob();
  const name = fileNameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether an error is an API error with one of the given HTTP statuses. */
export function isApiStatus(error: unknown, ...statuses: number[]): error is ApiError {
  return error instanceof ApiError && statuses.includes(error.status);
}
