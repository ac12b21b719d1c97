/**
 * The authorization matrix (issue 15): every operation of the OpenAPI document × every role (a demo
 * user holding it, or one made for it) plus anonymous, and for every operation on a case, the case
 * of one applicant as its own applicant and as another applicant, with well-formed input
 * (operations.ts). Each cell is the class of the answer: 401, 403, 404, ok (2xx), or the status
 * itself for any other 4xx — a 400 left in the file is a caller that passed authorization and sent
 * input the matrix cannot make valid (a multipart upload, a public route's lookup), never a
 * refusal that should have been a 403: routes check the permission before the input
 * (`config.permissions`). The reviewed matrix is
 * test/security/authz-matrix.json; a new operation or role, or a changed cell, fails here until the
 * change is reviewed and written with SHENPI_UPDATE_MATRIX=1. Whatever the file says: no 5xx, and
 * another applicant never gets a 2xx on someone else's case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_NAMES } from '../../src/domain/roles.js';
import { createTestApp, type TestContext } from '../harness.js';
import { apiOperations, bodyFor, fillPath, queryFor, type Operation } from './operations.js';

const MATRIX_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'authz-matrix.json');
/** Operations left out: logging out ends the caller's session for the rest of the run. */
const SKIPPED = new Set(['POST /api/v1/auth/logout']);

let t: TestContext;
let operations: Operation[];
const callers: { name: string; cookie: string | null; address: string }[] = [];
let ownCase: string;
beforeAll(async () => {
  t = await createTestApp();
  operations = (await apiOperations(t.app)).filter((o) => !SKIPPED.has(`${o.method} ${o.path}`));
  const admin = await t.login('admin');
  callers.push({ name: 'anonymous', cookie: null, address: '10.77.0.1' });
  for (const [i, role] of ROLE_NAMES.entries()) {
    const held = (await sql<{ username: string }>`SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = ${role} ORDER BY (SELECT count(*) FROM user_roles x WHERE x.user_id = u.id), u.username LIMIT 1`.execute(t.database.db)).rows[0];
    let username = held?.username;
    if (!username) {
      // a role no demo account holds (a new one): a user made for it
      username = `matrix-${role.replace(/_/g, '-')}`;
      const made = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin }, payload: { username, displayName: `矩阵${role}`, password: 'Tai-shan#Peak9', roles: [{ role, departmentCode: 'TA-D06' }] } });
      expect(made.statusCode, made.body).toBe(201);
    }
    callers.push({ name: role, cookie: await t.login(username, username.startsWith('matrix-') ? 'Tai-shan#Peak9' : undefined), address: `10.77.1.${i + 1}` });
  }
  const reg = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'matrix-other', password: 'Tai-shan#Peak9', displayName: '另一申请人', kind: 'person', idNumber: '110101199003074477' } });
  expect(reg.statusCode, reg.body).toBe(201);
  callers.push({ name: 'other-applicant', cookie: `shenpi_session=${reg.cookies.find((c) => c.name === 'shenpi_session')?.value}`, address: '10.77.2.1' });
  const own = (await sql<{ case_no: string }>`SELECT c.case_no FROM cases c JOIN users u ON u.id = c.applicant_user_id WHERE u.username = 'applicant1' AND c.status = 'accepted' ORDER BY c.case_no LIMIT 1`.execute(t.database.db)).rows[0];
  if (!own) throw new Error('the demo has no accepted case of applicant1');
  ownCase = own.case_no;
}, 120_000);
afterAll(() => t.close());

const classOf = (status: number) => (status >= 500 ? `5xx(${status})` : status < 400 ? 'ok' : String(status));

describe('authorization matrix', () => {
  it('every operation × every role × own/other case answers as reviewed, never 5xx', async () => {
    const matrix: Record<string, Record<string, string[]>> = {};
    const failures: string[] = [];
    let requests = 0;
    const cells = new Map<string, number>();
    const run = async (key: string, op: Operation, url: string) => {
      const row: Record<string, string[]> = {};
      for (const c of callers) {
        const res = await t.app.inject({ method: op.method as 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {}, payload: bodyFor(op), remoteAddress: c.address });
        requests++;
        const cls = classOf(res.statusCode);
        (row[cls] ??= []).push(c.name);
        if (res.statusCode >= 500) failures.push(`${key} as ${c.name} → ${res.statusCode}`);
        if (key.endsWith('(applicant1’s case)') && c.name === 'other-applicant' && res.statusCode < 300) failures.push(`${key}: another applicant got ${res.statusCode}`);
      }
      matrix[key] = row;
      for (const [cls, names] of Object.entries(row)) cells.set(cls, (cells.get(cls) ?? 0) + names.length);
    };
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      await run(key, op, op.url + queryFor(op));
      if (op.path.includes('{caseNo}')) await run(`${key} (applicant1’s case)`, op, fillPath(op.path, { caseNo: ownCase }) + queryFor(op));
    }
    console.info(`authorization matrix: ${operations.length} operations × ${callers.length} callers (${ROLE_NAMES.length} roles, anonymous, another applicant), ${requests} requests; cells by answer: ${JSON.stringify(Object.fromEntries([...cells].sort()))}`);
    expect(failures).toEqual([]);
    const sorted = Object.fromEntries(Object.entries(matrix).sort(([a], [b]) => a.localeCompare(b)));
    if (process.env.SHENPI_UPDATE_MATRIX === '1' || !fs.existsSync(MATRIX_FILE)) fs.writeFileSync(MATRIX_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
    const reviewed = JSON.parse(fs.readFileSync(MATRIX_FILE, 'utf8')) as typeof matrix;
    const unreviewed = Object.keys(sorted).filter((k) => !(k in reviewed));
    expect(unreviewed, 'operations not in test/security/authz-matrix.json: review who may call them, then run with SHENPI_UPDATE_MATRIX=1').toEqual([]);
    expect(sorted).toEqual(reviewed);
    // ~4,800 requests, some of them real work (analytics exports with a valid query): minutes on a busy machine
  }, 300_000);
});
