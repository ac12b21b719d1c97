import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenceNumber } from '../src/domain/licence.js';
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
        url: path.replace(/\{(id|fileId)\}/g, '00000000-0000-4000-8000-000000000000').replace('{caseNo}', 'TA2026-999999').replace('{no}', LICENCE_NO).replace('{type}', 'acceptance').replace('{windowId}', '1').replace('{deliveryId}', '1').replace('{number}', 'A001').replace(/\{[^}]+\}/g, 'X'),
        public: PUBLIC.has(`${method.toUpperCase()} ${path}`),
      })),
    );
});
afterAll(() => t.close());

/** A well-formed licence number (right check character) that was never issued. */
const LICENCE_NO = licenceNumber(2026, 999999);

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
  'GET /api/v1/public/decisions',
  'POST /api/v1/documents/verify',
  'GET /api/v1/licences/keys',
  'POST /api/v1/licences/verify',
  'GET /api/v1/licences/{no}/verify',
  'GET /api/v1/guide/search',
  'GET /api/v1/guide/suggest',
  'GET /api/v1/guide/scenarios',
  'GET /api/v1/guide/scenarios/{id}',
  'GET /api/v1/guide/items/{code}/questions',
  'POST /api/v1/guide/checklist',
  'POST /api/v1/hall/tickets',
  'GET /api/v1/hall/zones',
  'GET /api/v1/hall/zones/{zone}/board',
  'GET /api/v1/hall/stream',
  'GET /api/v1/appointments/slots',
  'POST /api/v1/ratings',
  'GET /api/v1/ratings/link/{token}',
]);

/** What an applicant (a citizen with an account) may call beyond the public routes. */
const APPLICANT = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/logout',
  'POST /api/v1/cases',
  'GET /api/v1/cases',
  'POST /api/v1/appointments',
  'GET /api/v1/appointments',
  'POST /api/v1/appointments/{id}/cancel',
  'GET /api/v1/cases/{caseNo}',
  'PATCH /api/v1/cases/{caseNo}',
  'POST /api/v1/cases/{caseNo}/actions',
  'POST /api/v1/cases/{caseNo}/materials',
  'GET /api/v1/cases/{caseNo}/reusable-files',
  'GET /api/v1/cases/{caseNo}/files/{fileId}',
  'GET /api/v1/cases/{caseNo}/documents',
  'GET /api/v1/cases/{caseNo}/archive',
  'GET /api/v1/documents/{id}',
  'GET /api/v1/licences',
  'GET /api/v1/licences/{no}',
  'GET /api/v1/licences/{no}/pdf',
  'GET /api/v1/licences/{no}/export',
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
    [/\/exchange\/subscriptions$/, { departmentCode: 'TA-R20', name: 'x', url: 'https://example.org/hook', eventTypes: ['licence.issued'] }],
    [/\/exchange\/subscriptions\/[^/]+$/, { enabled: false }],
    [/\/exchange\/subscriptions\/[^/]+\/resend$/, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }],
    [/\/catalog\/versions$/, { data: {} }],
    [/\/catalog\/versions\/[^/]+$/, { data: {}, rev: 1 }],
    [/\/catalog\/versions\/[^/]+\/return$/, { rev: 1, reason: '理由' }],
    [/\/catalog\/versions\/[^/]+\/\w+$/, { rev: 1 }],
    [/\/catalog\/batches$/, { name: '批次' }],
    [/\/catalog\/batches\/[^/]+\/pass$/, { stage: 'first_review' }],
    [/\/hall\/windows\/[^/]+\/transfer$/, { zone: 'A' }],
    [/\/hall\/windows\/[^/]+\/pause$/, { paused: true }],
    [/\/hall\/windows\/[^/]+\/link-case$/, { caseNo: 'TA2026-999999' }],
    [/\/hall\/windows\/[^/]+\/items$/, { items: [] }],
    [/\/licences\/[^/]+\/actions$/, { type: 'suspend', reason: '理由' }],
    [/\/documents\/templates\/[^/]+(\/preview)?$/, { body: '模板' }],
    [/\/rectifications\/[^/]+\/actions$/, { action: 'verify', rev: 1, note: '核实' }],
  ];
  return bodies.find(([re]) => re.test(op.url))?.[1] ?? {};
}
