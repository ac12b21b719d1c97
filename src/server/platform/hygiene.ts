/**
 * Input hygiene for every route: a string holding a NUL byte or half of a UTF-16 surrogate pair
 * cannot be stored (PostgreSQL refuses NUL in text) nor written back as UTF-8, so it is refused
 * before validation with 400 naming the field — in the path, the query or a JSON body, keys included.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest, type FieldError } from './errors.js';

/** A NUL byte, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_GLOBAL = new RegExp(UNSAFE.source, 'g');

/** Whether a string holds a NUL byte or a lone surrogate. */
export function isUnsafeText(s: string): boolean {
  return UNSAFE.test(s);
}

const MESSAGE = '含有不允许的字符（空字符或不成对的代理字符）';

/** The fields of `value` (walked without recursion, keys included) that hold unsafe text, paths under `prefix`. */
export function unsafeFields(value: unknown, prefix: string[] = []): FieldError[] {
  const found: FieldError[] = [];
  const stack: { v: unknown; path: string[] }[] = [{ v: value, path: prefix }];
  while (stack.length > 0 && found.length < 20) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (isUnsafeText(v)) found.push({ path: path.join('.'), message: MESSAGE });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: [...path, String(i)] }));
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (isUnsafeText(k)) found.push({ path: [...path, k.replace(UNSAFE_GLOBAL, '\ufffd')].join('.'), message: MESSAGE });
        else stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return found;
}

/** Fastify plugin: refuse unsafe text in params, query and body before any validation or handler sees it. */
export const hygienePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const errors = [
      ...unsafeFields(request.params, ['params']),
      ...unsafeFields(request.query, ['querystring']),
      // a multipart body is a stream the route reads itself; only parsed JSON is walked here
      ...(request.isMultipart() ? [] : unsafeFields(request.body)),
    ];
    if (errors.length > 0) throw badRequest('REQUEST.INVALID', '请求参数有误', errors);
  });
});

