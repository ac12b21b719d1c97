/**
 * One error model: services throw DomainError with a stable code; the HTTP layer maps it to
 * application/problem+json with a zh-CN title and field paths.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskPersonalData } from '../../domain/identifiers.js';

/** A field at fault: a dotted path into the request body or query, and why. */
export interface FieldError {
  path: string;
  message: string;
  [extra: string]: unknown;
}

/** A registered error code: the HTTP status it is answered with and its default message (zh-CN). */
export interface ErrorEntry {
  readonly status: number;
  readonly title: string;
}

/** A module's error codes (`<module>.errors.ts`, gathered in src/server/errors.ts: docs/adr/0017). */
export type ErrorTable = Readonly<Record<string, ErrorEntry>>;

/** The codes the platform answers with itself (login, permissions, request shape, routing). */
export const PLATFORM_ERRORS = {
  'AUTH.REQUIRED': { status: 401, title: '请先登录' },
  'AUTH.FORBIDDEN': { status: 403, title: '无权执行此操作' },
  'AUTH.RATE_LIMITED': { status: 429, title: '请求过于频繁，请稍后再试' },
  'REQUEST.INVALID': { status: 400, title: '请求参数有误' },
  'REQUEST.CROSS_SITE': { status: 403, title: '跨站请求已拒绝：请从本系统的页面提交' },
  'ROUTE.NOT_FOUND': { status: 404, title: '接口不存在' },
  'SERVER.ERROR': { status: 500, title: '服务器内部错误' },
} as const satisfies ErrorTable;

/**
 * An error a service throws on purpose; `code` is stable and registered. The answer's status is
 * the registry's (mapped at the edge, `installErrorHandler`); `status` here is the thrower's and
 * test/errors.test.ts holds the two equal, so it only serves a code the registry does not know yet.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly errors: FieldError[] = [],
    readonly detail?: string,
  ) {
    super(`${code}: ${title}`);
  }
}

/** 400 with the fields at fault. */
export const badRequest = (code: string, title: string, errors: FieldError[] = []) => new DomainError(code, 400, title, errors);
/** 404 for a thing that does not exist (or that the caller may not know exists). */
export const notFound = (code: string, title: string) => new DomainError(code, 404, title);
/** 409 for a stale version or a state that does not allow the action. */
export const conflict = (code: string, title: string, detail?: string) => new DomainError(code, 409, title, [], detail);
/** 401: not logged in. */
export const unauthenticated = () => new DomainError('AUTH.REQUIRED', 401, '请先登录');
/** 403: logged in but not allowed. */
export const forbidden = (detail?: string) => new DomainError('AUTH.FORBIDDEN', 403, '无权执行此操作', [], detail);

/** Field errors from a zod error, paths joined with dots (array indexes as numbers). */
export function zodFieldErrors(error: z.ZodError, prefix: (string | number)[] = []): FieldError[] {
  return error.issues.map((i) => ({ path: [...prefix, ...i.path].map(String).join('.'), message: i.message }));
}

const problemSchema = z.object({
  type: z.string(),
  status: z.number(),
  code: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() }).catchall(z.unknown())),
});
/** The problem+json body, for route response schemas. */
export const problem = problemSchema;

/** The 404 answer for a route that does not exist. */
export function routeNotFound(method: string, url: string) {
  return { type: 'about:blank', status: 404, code: 'ROUTE.NOT_FOUND', title: '接口不存在', detail: `${method} ${url.split('?')[0]}`, errors: [] };
}

/** Install the one error handler; `registry` gives each code its HTTP status (src/server/errors.ts). */
export function installErrorHandler(app: FastifyInstance, registry: ErrorTable) {
  app.setErrorHandler((err: FastifyError | DomainError | Error, request, reply) => {
    let p: z.infer<typeof problemSchema>;
    if (err instanceof DomainError) {
      const status = registry[err.code]?.status ?? err.status;
      p = { type: 'about:blank', status, code: err.code, title: err.title, detail: err.detail, errors: err.errors };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      p = {
        type: 'about:blank',
        status: 400,
        code: 'REQUEST.INVALID',
        title: '请求参数有误',
        errors: err.validation.map((v) => ({
          path: [where === 'body' ? '' : where, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
          message: v.message ?? 'invalid',
        })),
      };
    } else if (isResponseSerializationError(err)) {
      request.log.error({ err: maskError(err) }, 'response did not match its schema');
      p = { type: 'about:blank', status: 500, code: 'SERVER.ERROR', title: '服务器内部错误', errors: [] };
    } else if ('statusCode' in err && typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own 4xx: bad JSON, body too large, unsupported media type, rate limit …
      const code = err.statusCode === 429 ? 'AUTH.RATE_LIMITED' : `REQUEST.${(err as FastifyError).code ?? 'INVALID'}`;
      const title = err.statusCode === 429 ? '请求过于频繁，请稍后再试' : err.statusCode === 413 ? '请求内容过大' : '请求格式有误';
      p = { type: 'about:blank', status: err.statusCode, code, title, detail: maskPersonalData(err.message), errors: [] };
    } else {
      request.log.error({ err: maskError(err) }, 'unhandled error');
      p = { type: 'about:blank', status: 500, code: 'SERVER.ERROR', title: '服务器内部错误', errors: [] };
    }
    return reply.status(p.status).type('application/problem+json; charset=utf-8').send(p);
  });
}

function maskError(err: Error) {
  return { name: err.name, message: maskPersonalData(err.message), stack: err.stack ? maskPersonalData(err.stack) : undefined };
}
