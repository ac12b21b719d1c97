import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './harness.js';
import { apiOperations, bodyFor } from './security/operations.js';

let t: TestContext;
let operations: { method: string; path: string; url: string; public: boolean }[];
beforeAll(async () => {
  t = await createTestApp();
  operations = (await apiOperations(t.app)).map((o) => ({ ...o, public: PUBLIC.has(`${o.method} ${o.path}`) }));
});
afterAll(() => t.close());

/** The only routes that answer without login. */
const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/register',
  'GET /api/v1/auth/session',
  'GET /api/v1/auth/oidc',
  'GET /api/v1/auth/oidc/login',
  'GET /api/v1/auth/oidc/callback',
  'GET /api/v1/catalog/stats',
  'GET /api/v1/catalog/items',
  'GET /api/v1/catalog/items/{code}',
  'GET /api/v1/catalog/items/{code}/versions',
  'GET /api/v1/catalog/items/{code}/diff',
  'GET /api/v1/catalog/templates/{file}',
  'GET /api/v1/calendar/working-days',
  'GET /api/v1/calendar/month',
  'GET /api/v1/calendar/years/{year}',
  'GET /api/v1/org/departments',
  'GET /api/v1/org/zones',
  'GET /api/v1/clock',
  'GET /api/v1/public/cases/{caseNo}',
  'GET /api/v1/public/decisions',
  'GET /api/v1/public/open-data',
  'POST /api/v1/documents/verify',
  'GET /api/v1/documents/registered/{id}',
  'GET /api/v1/documents/registered/{id}/file',
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
  // the payment platform's callback: its Standard Webhooks signature is the credential (test/fees.test.ts)
  'POST /api/v1/fees/callback',
  'GET /api/v1/ratings/link/{token}',
]);

/** What an applicant (a citizen with an account) may call beyond the public routes. */
const APPLICANT = new Set([
  'GET /api/v1/auth/me',
  'GET /api/v1/auth/identity',
  'POST /api/v1/auth/logout',
  'GET /api/v1/my/notices',
  'GET /api/v1/my/notices/unread',
  'POST /api/v1/my/notices/read',
  'GET /api/v1/my/notice-settings',
  'PUT /api/v1/my/notice-settings',
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
  'GET /api/v1/cases/{caseNo}/inspections',
  'GET /api/v1/cases/{caseNo}/archive',
  'GET /api/v1/documents/{id}',
  'GET /api/v1/licences',
  'GET /api/v1/licences/{no}',
  'GET /api/v1/licences/{no}/pdf',
  'GET /api/v1/licences/{no}/export',
  'POST /api/v1/projects',
  'GET /api/v1/projects',
  'GET /api/v1/projects/{id}',
  'GET /api/v1/cases/{caseNo}/milestones',
  'GET /api/v1/cases/{caseNo}/expert-reviews',
  'GET /api/v1/my/notices',
  'GET /api/v1/my/notices/unread',
  'POST /api/v1/my/notices/read',
  'GET /api/v1/my/notice-settings',
  'PUT /api/v1/my/notice-settings',
  'GET /api/v1/cases/prefill',
  'GET /api/v1/cases/{caseNo}/application-form',
  'POST /api/v1/my/phone/code',
  'POST /api/v1/my/phone/verify',
  'POST /api/v1/my/wechat/authorize',
  'POST /api/v1/my/wechat/bind',
  'DELETE /api/v1/my/wechat',
  'GET /api/v1/province/cases/{caseNo}/licence-offers',
  'POST /api/v1/province/cases/{caseNo}/licence-uses',
  'GET /api/v1/province/cases/{caseNo}/licence-uses',
  // the fees of the applicant's own case: read, the notice, pay (order query), the receipt; assessing and approving a waiver are refused by duty (test/fees.test.ts)
  'GET /api/v1/cases/{caseNo}/fees',
  'POST /api/v1/cases/{caseNo}/fees',
  'POST /api/v1/fees/{id}/waiver/approve',
  'POST /api/v1/fees/{id}/refresh',
  'GET /api/v1/fees/{id}/notice.pdf',
  'GET /api/v1/fees/{id}/receipt.pdf',
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
