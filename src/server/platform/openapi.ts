/**
 * The OpenAPI document says what the server does: every error is application/problem+json, every
 * operation has an operationId and its security requirement, binary answers and the SSE stream
 * declare their media types. `openapiTransform` wraps the zod → JSON Schema transform of
 * fastify-type-provider-zod for @fastify/swagger; test/contract.test.ts checks live answers against it.
 */
import type { FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from './errors.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Regulator systems may call the route with their API key (Bearer) as well as people with a session. */
    apiKey?: boolean;
  }
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Schema = Record<string, unknown>;

/** `GET /api/v1/cases/:no/files` → `getCasesByNoFiles`: unique because method and path are. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '/')
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `by-${seg.slice(1)}` : seg))
    .flatMap((seg) => seg.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return [method.toLowerCase(), ...words].map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('');
}

const problemContent = (schema: unknown) => ({ description: '错误（RFC 9457 problem details，含稳定的 code）', content: { [PROBLEM_MEDIA_TYPE]: { schema } } });

const binaryContent = (types: readonly string[]) => ({
  description: types.includes('text/event-stream') ? '事件流' : '文件',
  content: Object.fromEntries(types.map((t) => [t, { schema: t === 'text/event-stream' ? { type: 'string' } : { type: 'string', format: 'binary' } }])),
});

/** The problem+json body as a component, the answer of every status an operation does not list. */
export function problemComponent(): Schema {
  const { $schema: _, ...schema } = z.toJSONSchema(problem, { io: 'output' }) as Schema;
  return schema;
}

const PROBLEM_JSON = JSON.stringify(problemComponent());
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** @fastify/swagger `transform`: the zod schemas as JSON Schema, plus media types, operationId and security. */
export function openapiTransform(input: TransformInput): { schema: FastifySchema; url: string } {
  const { schema, url } = jsonSchemaTransform(input) as { schema: FastifySchema & Schema; url: string };
  const route = input.route as RouteOptions;
  if (schema.hide) return { schema, url };
  const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
  const responses: Schema = { ...((schema.response as Schema | undefined) ?? {}) };
  for (const [code, body] of Object.entries(responses)) if (Number(code) >= 400) responses[code] = problemContent(JSON.stringify(body) === PROBLEM_JSON ? PROBLEM_REF : body);
  const { produces, ...rest } = schema;
  if (produces?.length) responses['200'] = binaryContent(produces);
  responses.default ??= problemContent(PROBLEM_REF);
  // outside /api/v1 (health, readiness) nothing asks for a login; inside, only routes marked public
  const isPublic = route.config?.public === true || !url.startsWith('/api/v1/');
  return {
    url,
    schema: {
      ...rest,
      operationId: operationIdOf(method, url),
      security: rest.security ?? (isPublic ? [] : route.config?.apiKey ? [{ session: [] }, { apiKey: [] }] : [{ session: [] }]),
      response: responses,
    },
  };
}
