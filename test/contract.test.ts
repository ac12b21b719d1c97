/**
 * The OpenAPI document is the contract: it validates as OpenAPI 3.1 (swagger-parser), and every GET answers,
 * for every kind of caller, with a status, media type and body the document declares (ajv, not our zod schemas).
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'kysely';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, suiteToday, type TestContext } from './harness.js';

let t: TestContext;
let doc: OpenAPIV3_1.Document;
const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

type Operation = OpenAPIV3_1.OperationObject & { path: string; method: string };
const operations = () =>
  Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => (item?.[method] ? [{ ...item[method], path, method }] : [])),
  ) as Operation[];

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('names every operation, says who may call it, and declares errors as problem+json and files by their media type', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(150);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    for (const op of ops) {
      const where = `${op.method} ${op.path}`;
      expect(op.operationId, where).toMatch(/^[a-z]+[A-Za-z0-9]*$/);
      expect(Array.isArray(op.security), where).toBe(true);
      const responses = Object.entries(op.responses ?? {}) as [string, OpenAPIV3_1.ResponseObject][];
      // a success: 2xx, or 3xx for the browser's steps of a login through the unified identity platform
      expect(responses.some(([s]) => /^2/.test(s) || (/^3/.test(s) && op.path.startsWith('/api/v1/auth/oidc/'))), `${where} declares no 2xx`).toBe(true);
      for (const [status, r] of responses) {
        const types = Object.keys(r.content ?? {});
        if (status === 'default' || Number(status) >= 400) expect(types, `${where} ${status}`).toEqual(['application/problem+json']);
        else if (status !== '204' && !/^3/.test(status)) expect(types.length, `${where} ${status} declares no media type`).toBeGreaterThan(0);
      }
    }
  });
});

/** A value for each path parameter, from the demo bureau. */
async function samples(): Promise<Record<string, string>> {
  const one = async (query: ReturnType<typeof sql<{ v: string | number }>>) => String((await query.execute(t.database.db)).rows[0]?.v ?? ZERO_UUID);
  return {
    caseNo: await one(sql`select case_no as v from cases order by (status = 'approved') desc, case_no limit 1`),
    code: await one(sql`select code as v from catalog_public order by code limit 1`),
    no: await one(sql`select no as v from licences order by no limit 1`),
    year: suiteToday().slice(0, 4),
    zone: await one(sql`select code as v from zones order by code limit 1`),
    windowId: await one(sql`select id as v from windows order by id limit 1`),
    type: await one(sql`select type as v from document_templates order by type limit 1`),
    '/documents/{id}': await one(sql`select id as v from documents order by id limit 1`),
    '/inspections/{id}': await one(sql`select id as v from inspections order by id limit 1`),
    '/projects/{id}': await one(sql`select id as v from projects order by id limit 1`),
    '/meetings/{id}': await one(sql`select id as v from project_meetings order by id limit 1`),
    '/expert-reviews/{id}': await one(sql`select id as v from expert_reviews order by id limit 1`),
    '/catalog/versions/{id}': await one(sql`select id as v from catalog_versions order by id limit 1`),
    '/catalog/batches/{id}': await one(sql`select id as v from catalog_batches order by id limit 1`),
    '/guide/scenarios/{id}': 'kaiyan',
    deliveryId: await one(sql`select id as v from exchange_deliveries order by id limit 1`),
  };
}

function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const scoped = Object.entries(values).find(([k]) => k.startsWith('/') && path.includes(k));
    return encodeURIComponent(name === 'id' && scoped ? scoped[1] : (values[name] ?? ZERO_UUID));
  });
}

/** Required query parameters get a plain value of their type, so the call reaches the handler. */
function requiredQuery(op: Operation): string {
  const params = (op.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
  const q = new URLSearchParams();
  for (const p of params.filter((x) => x.in === 'query' && x.required)) {
    const s = (p.schema ?? {}) as OpenAPIV3_1.SchemaObject;
    const anyOf = (s.anyOf?.[0] ?? s) as OpenAPIV3_1.SchemaObject;
    const value = p.name === 'month' ? suiteToday().slice(0, 7) : anyOf.enum?.[0] ?? (anyOf.type === 'integer' || anyOf.type === 'number' ? 1 : anyOf.format === 'date' ? suiteToday() : anyOf.pattern?.includes('[A-Z]') ? 'A' : '1');
    q.set(p.name, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

describe('live answers match the document', () => {
  it('for every GET, as an anonymous caller, an applicant, a regulator system, window, review and admin staff', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: doc.components } as object);
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const validator = (schema: object) => {
      const key = JSON.stringify(schema);
      let v = validators.get(key);
      if (!v) {
        v = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"openapi#/components/')) as object);
        validators.set(key, v);
      }
      return v;
    };
    const values = await samples();
    const admin = await t.login('admin');
    const regulatorDept = (await t.database.db.selectFrom('departments').select('code').where('kind', '=', 'regulator').orderBy('code').executeTakeFirstOrThrow()).code;
    const key = (await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { cookie: admin }, payload: { name: '契约测试', departmentCode: regulatorDept } })).json().key as string;
    const callers: [string, Record<string, string>][] = [
      ['anonymous', {}],
      ['apikey', { authorization: `Bearer ${key}` }],
      ...(await Promise.all(['applicant1', 'regulator1', 'clerk1', 'caseworker1', 'inspector1', 'expertadmin1', 'director1', 'admin'].map(async (u) => [u, { cookie: await t.login(u) }] as [string, Record<string, string>]))),
    ];
    const gets = operations().filter((o) => o.method === 'get' && !(o.responses?.['200'] as OpenAPIV3_1.ResponseObject | undefined)?.content?.['text/event-stream']);
    const problems: string[] = [];
    const answered = new Set<string>();
    let sent = 0;
    for (const op of gets) {
      const url = fillPath(op.path, values) + requiredQuery(op);
      for (const [who, headers] of callers) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        sent++;
        const where = `${who} GET ${url} → ${res.statusCode}`;
        if (res.statusCode >= 500) {
          problems.push(`${where}: ${res.body.slice(0, 200)}`);
          continue;
        }
        if (res.statusCode < 300) answered.add(op.path);
        const declared = (op.responses?.[String(res.statusCode)] ?? op.responses?.default) as OpenAPIV3_1.ResponseObject | undefined;
        if (!declared) {
          problems.push(`${where}: status not declared`);
          continue;
        }
        const mediaType = String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
        const media = declared.content?.[mediaType];
        if (!media) {
          if (res.statusCode !== 204 && res.statusCode !== 304) problems.push(`${where}: ${mediaType} not declared (${Object.keys(declared.content ?? {}).join(', ')})`);
          continue;
        }
        if (!mediaType.endsWith('json')) continue;
        const validate = validator(media.schema as object);
        if (!validate(res.json())) problems.push(`${where}: ${ajv.errorsText(validate.errors).slice(0, 300)}`);
        // the document's security requirement is what the server does with an API key
        if (who === 'apikey' && res.statusCode < 300 && !op.security?.some((s) => 'apiKey' in s) && op.security?.length) problems.push(`${where}: an API key was let in, the document says session only`);
      }
    }
    console.log(`contract: ${gets.length} GET operations × ${callers.length} callers = ${sent} answers checked; ${answered.size} operations answered 2xx to someone`);
    expect(problems).toEqual([]);
    // the sample values reach the handlers: most operations answer someone with a 2xx, so their success bodies are checked too
    expect(answered.size / gets.length).toBeGreaterThan(0.75);
  });
});
