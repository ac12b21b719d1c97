/**
 * Showing API errors: a notification with the problem's title and detail, field errors put
 * on the form that sent them (Form.setFields), and an inline alert for failed loads.
 */
import { Alert, App, type FormInstance } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { ApiError } from './client';
import type { ProblemFieldError } from './types';

type NameSegment = string | number;

/** `materials[0].code`, `materials.0.code` or `/data/materials/0/code` → ['materials', 0, 'code'] (without a leading `data` when asked). */
export function pathToName(path: string): NameSegment[] {
  return path
    .split(/[./[\]]+/)
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function sameName(a: readonly NameSegment[], b: readonly NameSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => String(s) === String(b[i]));
}

/**
 * Puts the field errors of `error` on the registered fields of `form`; `prefix` segments (e.g.
 * the `data` of a `{data, rev}` body) are dropped first. Returns the errors that found no field.
 */
export function applyFieldErrors(form: FormInstance, errors: ProblemFieldError[], prefixes: string[] = ['data', 'body']): ProblemFieldError[] {
  const registered = form.getFieldsError().map((f) => f.name as NameSegment[]);
  const byField = new Map<string, { name: NameSegment[]; errors: string[] }>();
  const unmatched: ProblemFieldError[] = [];
  for (const e of errors) {
    if (!e.path) {
      unmatched.push(e);
      continue;
    }
    let name = pathToName(e.path);
    while (name.length > 1 && typeof name[0] === 'string' && prefixes.includes(name[0]) && !registered.some((r) => sameName(r, name)))
      name = name.slice(1);
    const field = registered.find((r) => sameName(r, name));
    if (!field) {
      unmatched.push(e);
      continue;
    }
    const key = JSON.stringify(field);
    const entry = byField.get(key) ?? { name: field, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map((f) => ({ name: f.name, errors: f.errors })));
  const first = byField.values().next();
  if (!first.done) form.scrollToField(first.value.name, { block: 'center' });
  return unmatched;
}

/** Readable text of any thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.detail ? `${error.title}：${error.detail}` : error.title;
  if (error instanceof Error) return error.message;
  return String(error);
}

function fieldErrorList(errors: ProblemFieldError[]): ReactNode {
  if (errors.length === 0) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
      {errors.slice(0, 10).map((e, i) => (
        <li key={i}>
          {e.path ? <code>{e.path}</code> : null} {e.message}
        </li>
      ))}
      {errors.length > 10 ? <li>……共 {errors.length} 处</li> : null}
    </ul>
  );
}

/**
 * A function that reports an error of an action: notification with title and detail; when a
 * form is given, field errors go onto its fields and only the rest are listed.
 */
export function useApiError(): (error: unknown, form?: FormInstance) => void {
  const { notification } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (error instanceof ApiError) {
        const rest = form ? applyFieldErrors(form, error.errors) : error.errors;
        const onForm = error.errors.length - rest.length;
        notification.error({
          title: error.title,
          description: (
            <div data-testid="api-error">
              {error.detail ? <div>{error.detail}</div> : null}
              {onForm > 0 ? <div>请按表单中标红的提示修改（{onForm} 处）。</div> : null}
              {fieldErrorList(rest)}
              <div style={{ color: '#595959', fontSize: 12, marginTop: 4 }}>错误代码：{error.code}</div>
            </div>
          ),
          duration: 8,
        });
        return;
      }
      // a form's own check refused the values (antd's validateFields): the fields already say why
      if (typeof error === 'object' && error !== null && Array.isArray((error as { errorFields?: unknown }).errorFields)) {
        const n = (error as { errorFields: unknown[] }).errorFields.length;
        notification.warning({ title: '表单有误', description: `请按表单中标红的提示修改（${n} 处）。` });
        return;
      }
      notification.error({ title: '操作失败', description: errorText(error) });
    },
    [notification],
  );
}

/** An inline alert for a failed load or a refused action, with the error code. */
export function ErrorAlert({ error, testId = 'error-alert' }: { error: unknown; testId?: string }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <div data-testid={testId} data-code={api?.code}>
      <Alert
        type="error"
        showIcon
        title={api ? api.title : '出错了'}
        description={
          <>
            {api ? api.detail || null : errorText(error)}
            {api ? fieldErrorList(api.errors) : null}
            {api ? <div style={{ color: '#595959', fontSize: 12 }}>错误代码：{api.code}</div> : null}
          </>
        }
        style={{ marginBottom: 16 }}
      />
    </div>
  );
}
