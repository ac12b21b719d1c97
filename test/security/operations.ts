/**
 * Every /api/v1 operation of the OpenAPI document, with well-formed path parameters and a body that
 * passes validation, so that the permission check is what answers. Shared by test/access.test.ts and
 * the security suite (matrix, fuzz): a new route is covered the day it lands.
 */
import { DEFAULT_CONFIG } from '../../src/domain/assessment.js';
import { licenceNumber } from '../../src/domain/licence.js';
import type { App } from '../../src/server/app.js';

/** A well-formed licence number (right check character) that was never issued. */
export const LICENCE_NO = licenceNumber(2026, 999999);

export interface Operation {
  method: string;
  /** the OpenAPI path, {param} style */
  path: string;
  /** the path with well-formed values for its parameters */
  url: string;
  /** the operation's JSON schemas as documented */
  query: Record<string, { type?: string; format?: string }>;
  body: { properties?: Record<string, { type?: string; format?: string }> } | null;
}

/** The operations of the app's OpenAPI document under /api/v1. */
export async function apiOperations(app: App): Promise<Operation[]> {
  const doc = (await app.inject({ url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: { type?: string; format?: string } }[]; requestBody?: { content?: Record<string, { schema?: Operation['body'] }> } }>>;
  };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        url: fillPath(path),
        query: Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}])),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      })),
    );
}

/** A path with well-formed values for its parameters. */
export function fillPath(path: string, values: Record<string, string> = {}): string {
  return path
    .replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m)
    .replace('/notice-deliveries/{id}', '/notice-deliveries/1')
    .replace(/\{(id|fileId|photoId)\}/g, '00000000-0000-4000-8000-000000000000')
    .replace('{caseNo}', 'TA2026-999999')
    .replace('{no}', LICENCE_NO)
    .replace('{type}', 'acceptance')
    .replace('{windowId}', '1')
    .replace('{kioskId}', '1')
    .replace('{zone}', 'A')
    .replace('{token}', 'x'.repeat(43))
    .replace('{deliveryId}', '1')
    .replace('{number}', 'A001')
    .replace('{year}', '2027')
    .replace(/\{[^}]+\}/g, 'X');
}

/** The query string (with its `?`) that a GET with required parameters needs to pass validation, else ''. */
export function queryFor(op: { method: string; path: string }): string {
  const queries: [RegExp, string][] = [
    [/\/catalog\/items\/\{code\}\/diff$/, 'from=1&to=1'],
    [/\/calendar\/working-days$/, 'from=2026-01-05&days=5'],
    [/\/calendar\/month$/, 'year=2026&month=1'],
    [/\/guide\/(search|suggest)$/, `q=${encodeURIComponent('营业执照')}`],
    [/\/public\/cases\/\{caseNo\}$/, 'code=00000000'],
    [/\/appointments\/slots$/, 'zone=A'],
    [/\/analytics\/series$/, 'metric=received'],
    [/\/analytics\/breakdown$/, 'by=zone'],
    [/\/analytics\/cases(\/export)?$/, 'figure=received'],
  ];
  const q = op.method === 'GET' ? queries.find(([re]) => re.test(op.path))?.[1] : undefined;
  return q ? `?${q}` : '';
}

/** A body that passes validation, so the permission check is what answers. */
export function bodyFor(op: { method: string; url: string }): object | undefined {
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
    [/\/hall\/kiosks$/, { name: '矩阵取号机' }],
    [/\/hall\/tickets$/, { zone: 'A' }],
    [/\/my\/notice-settings$/, { sms: true }],
    [/\/auth\/login$/, { username: 'matrix-nobody', password: 'Not-the-password1' }],
    [/\/guide\/checklist$/, { itemCode: 'NO-SUCH-ITEM' }],
    [/\/ratings$/, { token: 'x'.repeat(43), grade: 'satisfied' }],
    [/\/licences\/[^/]+\/actions$/, { type: 'suspend', reason: '理由' }],
    [/\/province\/cases\/[^/]+\/licence-uses$/, { materialCode: 'M01', licenceNo: 'TAXK20260000010', consent: true }],
    [/\/documents\/templates\/[^/]+(\/preview)?$/, { body: '模板' }],
    [/\/notice-templates\/[^/]+\/preview$/, { name: '标题', sms: '${item}', caseNo: 'TA2026-999999' }],
    [/\/notice-templates\/[^/]+$/, { name: '标题', sms: '${item}', version: 0 }],
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
    // a case's own operations: valid shapes, so that who may act on whose case is what answers
    [/\/cases\/[^/]+\/actions$/, { type: 'withdraw', expectedVersion: 1, reason: '不再申请' }],
    [/\/cases\/TA\d{4}-\d{6}$/, { form: { 备注: '修改' } }],
  ];
  return bodies.find(([re]) => re.test(op.url))?.[1] ?? {};
}
