import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/domain/assessment.js';
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
        url: path.replace(/\{(id|fileId|photoId)\}/g, '00000000-0000-4000-8000-000000000000').replace('{caseNo}', 'TA2026-999999').replace('{no}', LICENCE_NO).replace('{type}', 'acceptance').replace('{windowId}', '1').replace('{deliveryId}', '1').replace('{number}', 'A001').replace('{year}', '2027').replace(/\{[^}]+\}/g, 'X'),
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
  'GET /api/v1/calendar/years/{year}',
  'GET /api/v1/org/departments',
  'GET /api/v1/org/zones',
  'GET /api/v1/public/cases/{caseNo}',
  'GET /api/v1/public/decisions',
  'GET /api/v1/public/open-data',
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
    [/\/users$/, { username: 'someone', displayName: '某人', password: 'Tai-shan#Peak9', roles: [{ role: 'expert' }] }],
    [/\/api-keys$/, { name: 'x', departmentCode: 'TA-R20' }],
    [/\/exchange\/subscriptions$/, { departmentCode: 'TA-R20', name: 'x', url: 'https://example.org/hook', eventTypes: ['licence.issued'] }],
    [/\/exchange\/subscriptions\/[^/]+$/, { enabled: false }],
    [/\/exchange\/subscriptions\/[^/]+\/resend$/, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }],
    [/\/exchange\/inbound\/[^/]+\/decision$/, { decision: 'decline', note: '理由' }],
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
    [/\/projects\/[^/]+\/reassign$/, { agentUserId: '00000000-0000-4000-8000-000000000000', rev: 1 }],
    [/\/agency\/authorisations$/, { companyName: '某公司', creditCode: '91370900MA3PRJ009K', scope: 'all', letterRef: 'WT-1', validFrom: '2026-01-01', validTo: '2026-12-31' }],
    [/\/meetings$/, { projectId: '00000000-0000-4000-8000-000000000000', title: '会议', agenda: '议程', meetingDate: '2026-01-05', departmentCodes: ['TA-D04'] }],
    [/\/meetings\/[^/]+\/minutes$/, { minutes: '纪要', decisions: [], rev: 1 }],
    [/\/meetings\/[^/]+\/followups$/, { task: '督办', ownerUserId: '00000000-0000-4000-8000-000000000000', dueDate: '2026-01-05' }],
    [/\/cases\/[^/]+\/milestones$/, { name: '土地使用权出让', reference: 'JY-1', date: '2026-01-05' }],
    [/\/assessment\/config$/, { config: DEFAULT_CONFIG, reason: '理由' }],
    [/\/assessment\/complaints$/, { staffId: '00000000-0000-4000-8000-000000000000', occurredOn: '2026-01-05', category: 'other', source: '现场', summary: '投诉', requestKey: 'access-test-1' }],
    [/\/assessment\/complaints\/[^/]+\/decision$/, { substantiated: false, finding: '核查', rev: 1 }],
    [/\/assessment\/conduct-points$/, { staffId: '00000000-0000-4000-8000-000000000000', month: '2026-01', points: 1, reason: '理由', requestKey: 'access-test-2' }],
    [/\/assessment\/faults$/, { month: '2026-01', sourceRef: 'case:TA2026-999999', decision: 'dismissed', note: '理由' }],
    [/\/assessment\/month-closings$/, { month: '2026-01' }],
    [/\/assessment\/adjustments$/, { month: '2026-01', staffId: '00000000-0000-4000-8000-000000000000', points: 1, reason: '理由', requestKey: 'access-test-3' }],
    [/\/experts$/, { username: 'expert1', name: '某', fields: ['消防'], employer: '某单位' }],
    [/\/experts\/[^/]+$/, { name: '某', fields: ['消防'], employer: '某单位', active: true, rev: 1 }],
    [/\/cases\/[^/]+\/expert-reviews$/, { fields: ['消防'], panelSize: 1, dueDays: 5, reason: '论证' }],
    [/\/expert-reviews\/[^/]+\/conclusion$/, { result: 'pass', text: '结论' }],
    [/\/my\/expert-reviews\/[^/]+\/sign$/, { scores: {}, opinion: '意见', recommendation: 'pass' }],
    [/\/my\/expert-reviews\/[^/]+\/decline$/, { reason: '理由' }],
    [/\/inspections$/, { caseNo: 'TA2026-999999', reason: '事由' }],
    [/\/inspections\/[^/]+\/schedule$/, { scheduledOn: '2026-12-01', address: '地点', inspectorIds: [], expectedRev: 0 }],
    [/\/inspections\/[^/]+\/report$/, { expectedRev: 0, results: [] }],
    [/\/inspections\/[^/]+\/confirm$/, { expectedRev: 0 }],
    [/\/inspections\/[^/]+\/cancel$/, { reason: '原因', expectedRev: 0 }],
  ];
  return bodies.find(([re]) => re.test(op.url))?.[1] ?? {};
}
