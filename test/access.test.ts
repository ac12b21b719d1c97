import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './harness.js';

let t: TestContext;
let operations: { method: string; path: string; url: string; public: boolean }[];
beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({
        method: method.toUpperCase(),
        path,
        // fill path parameters with well-formed values
        url: path.replace(/\{(id|fileId)\}/g, '00000000-0000-4000-8000-000000000000').replace('{caseNo}', 'TA2026-999999').replace(/\{[^}]+\}/g, 'X'),
        public: PUBLIC.has(`${method.toUpperCase()} ${path}`),
      })),
    );
});
afterAll(() => t.close());

/** The only routes that answer without login. */
const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/register',
  'GET /api/v1/auth/session',
  'GET /api/v1/catalog/stats',
  'GET /api/v1/catalog/items',
  'GET /api/v1/catalog/items/{code}',
  'GET /api/v1/catalog/items/{code}/versions',
  'GET /api/v1/catalog/items/{code}/diff',
  'GET /api/v1/catalog/templates/{file}',
  'GET /api/v1/calendar/working-days',
  'GET /api/v1/calendar/month',
  'GET /api/v1/org/departments',
  'GET /api/v1/org/zones',
  'GET /api/v1/public/cases/{caseNo}',
]);

/** What an applicant (a citizen with an account) may call beyond the public routes. */
const APPLICANT = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/logout',
  'POST /api/v1/cases',
  'GET /api/v1/cases',
  'GET /api/v1/cases/{caseNo}',
  'PATCH /api/v1/cases/{caseNo}',
  'POST /api/v1/cases/{caseNo}/actions',
  'POST /api/v1/cases/{caseNo}/materials',
  'GET /api/v1/cases/{caseNo}/reusable-files',
  'GET /api/v1/cases/{caseNo}/files/{fileId}',
]);

describe('access to every /api/v1 operation', () => {
  it('lists the operations from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it('answers 401 to an anonymous caller on every non-public operation, before looking at the input', async () => {
    const failures: string[] = [];
    for (const op of operations.filter((o) => !o.public)) {
      const res = await t.app.inject({ method: op.method as 'GET', url: op.url, payload: op.method === 'GET' || op.method === 'DELETE' ? undefined : {} });
      if (res.statusCode !== 401 || res.json().code !== 'AUTH.REQUIRED') failures.push(`${op.method} ${op.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to an applicant on every staff operation', async () => {
    const cookie = await t.login('applicant1');
    const failures: string[] = [];
    for (const op of operations.filter((o) => !o.public && !APPLICANT.has(`${o.method} ${o.path}`))) {
      const res = await t.app.inject({ method: op.method as 'GET', url: op.url, headers: { cookie }, payload: bodyFor(op) });
      if (res.statusCode !== 403) failures.push(`${op.method} ${op.url} → ${res.statusCode} ${res.json().code}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets an applicant reach only their own cases: someone else\'s is a 404, never a 200', async () => {
    const cookie = await t.login('applicant1');
    for (const op of operations.filter((o) => APPLICANT.has(`${o.method} ${o.path}`) && o.path.includes('{caseNo}'))) {
      const res = await t.app.inject({ method: op.method as 'GET', url: op.url, headers: { cookie }, payload: op.method === 'POST' ? { type: 'withdraw', expectedVersion: 1, reason: 'x' } : undefined });
      expect([400, 404], `${op.method} ${op.url}`).toContain(res.statusCode);
    }
  });

  it('never answers 500 to anyone on any operation with an empty body', async () => {
    const cookies = [undefined, await t.login('admin'), await t.login('editor1'), await t.login('confirmer1')];
    const failures: string[] = [];
    for (const cookie of cookies)
      for (const op of operations) {
        const res = await t.app.inject({ method: op.method as 'GET', url: op.url, headers: cookie ? { cookie } : {}, payload: op.method === 'GET' || op.method === 'DELETE' ? undefined : {} });
        if (res.statusCode >= 500) failures.push(`${op.method} ${op.url} → ${res.statusCode}`);
      }
    expect(failures).toEqual([]);
  });
});

/** A body that passes validation, so the permission check is what answers. */
function bodyFor(op: { method: string; url: string }): object | undefined {
  if (op.method === 'GET' || op.method === 'DELETE') return undefined;
  const bodies: [RegExp, object][] = [
    [/\/users\/[^/]+\/roles$/, { roles: [] }],
    [/\/users$/, { username: 'someone', displayName: '某人', password: 'Passw0rd!', roles: [{ role: 'expert' }] }],
    [/\/api-keys$/, { name: 'x', departmentCode: 'TA-R20' }],
    [/\/catalog\/versions$/, { data: {} }],
    [/\/catalog\/versions\/[^/]+$/, { data: {}, rev: 1 }],
    [/\/catalog\/versions\/[^/]+\/return$/, { rev: 1, reason: '理由' }],
    [/\/catalog\/versions\/[^/]+\/\w+$/, { rev: 1 }],
    [/\/catalog\/batches$/, { name: '批次' }],
    [/\/catalog\/batches\/[^/]+\/pass$/, { stage: 'first_review' }],
  ];
  return bodies.find(([re]) => re.test(op.url))?.[1] ?? {};
}
