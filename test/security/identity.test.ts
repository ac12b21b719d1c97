/**
 * Issue 15 item 1: a credit code or an ID number typed at registration unlocks nothing of that
 * applicant's: files and licences follow a binding a window clerk verified, or an agent's
 * registered, valid authorisation.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
let clerk: string;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('clerk1');
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, payload });

/** An organisation with files on record from earlier cases, and one of its licences that a change application may name. */
async function victim() {
  const row = (
    await sql<{ code: string; item: string; licence: string | null }>`
      SELECT c.applicant_credit_code AS code, c.item_code AS item,
             (SELECT l.no FROM licences l WHERE l.holder_id = c.applicant_credit_code AND l.status = 'valid' ORDER BY l.no LIMIT 1) AS licence
        FROM cases c JOIN case_materials m ON m.case_no = c.case_no
       WHERE c.applicant_kind = 'organisation' AND c.applicant_credit_code IS NOT NULL
       GROUP BY c.applicant_credit_code, c.item_code
       ORDER BY (SELECT count(*) FROM licences l WHERE l.holder_id = c.applicant_credit_code AND l.status = 'valid') DESC, count(*) DESC
       LIMIT 1`.execute(t.database.db)
  ).rows[0];
  if (!row) throw new Error('the demo has no organisation with files');
  return row;
}

describe('proven identity', () => {
  it("a stranger registering with a company's credit code sees none of its files, cannot attach them, cannot act on its licences — until a clerk binds the identity", async () => {
    const v = await victim();
    const reg = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'stranger-co', password: 'Tai-shan#Peak9', displayName: '冒名公司', kind: 'organisation', creditCode: v.code } });
    expect(reg.statusCode, reg.body).toBe(201);
    const stranger = `shenpi_session=${reg.cookies.find((c) => c.name === 'shenpi_session')?.value}`;
    const draft = await call('POST', '/api/v1/cases', stranger, { itemCode: v.item });
    expect(draft.statusCode, draft.body).toBe(201);
    const caseNo = draft.json().caseNo as string;

    const listed = await call('GET', `/api/v1/cases/${caseNo}/reusable-files`, stranger);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([]);

    const theirs = (await sql<{ id: string; material_code: string }>`SELECT f.id, m.material_code FROM files f JOIN case_materials m ON m.file_id = f.id WHERE f.owner_key = ${`org:${v.code}`} LIMIT 1`.execute(t.database.db)).rows[0];
    expect(theirs).toBeDefined();
    const form = new FormData();
    form.append('materialId', theirs?.material_code ?? '');
    form.append('fileId', theirs?.id ?? '');
    const attach = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseNo}/materials`, headers: { cookie: stranger }, payload: form });
    expect(attach.statusCode).toBeGreaterThanOrEqual(400);
    expect(attach.statusCode).toBeLessThan(500);
    const attached = await sql<{ n: string }>`SELECT count(*) AS n FROM case_materials WHERE case_no = ${caseNo}`.execute(t.database.db);
    expect(Number(attached.rows[0]?.n)).toBe(0);

    if (v.licence) {
      const change = await call('POST', '/api/v1/cases', stranger, { itemCode: v.item, licence: { no: v.licence, purpose: 'change' } });
      expect(change.statusCode).toBe(403);
    }

    // the clerk refuses a document whose number is not the account's, and binds the right one
    const wrong = await call('POST', '/api/v1/identity-verifications', clerk, { username: 'stranger-co', document: 'business_licence', number: '91370900MA3C00001T' });
    expect(wrong.statusCode).toBe(409);
    expect((await call('POST', '/api/v1/identity-verifications', stranger, { username: 'stranger-co', document: 'business_licence', number: v.code })).statusCode).toBe(403);
    const bound = await call('POST', '/api/v1/identity-verifications', clerk, { username: 'stranger-co', document: 'business_licence', number: v.code });
    expect(bound.statusCode, bound.body).toBe(200);
    expect(bound.json().verifiedBy).toBeTruthy();
    expect((await call('GET', `/api/v1/cases/${caseNo}/reusable-files`, stranger)).json().items.length).toBeGreaterThan(0);
  });

  it('an agent files only under a registered, valid authorisation of their own; the company comes from it', async () => {
    const v = await victim();
    const agent = await t.login('agent2');
    const other = await t.login('agent1');
    const before = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM cases`.execute(t.database.db)).rows[0]?.n);
    const refused = async (onBehalfOf: object) => {
      const res = await call('POST', '/api/v1/cases', agent, { itemCode: v.item, onBehalfOf });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['onBehalfOf.authorisationId']);
      expect(res.json().title).toMatch(/[\u4e00-\u9fa5]/);
      return res.json();
    };
    // a made-up reference, a company typed without a letter, a uuid nobody registered
    await refused({ authorisationId: 'FAKE-001' });
    await refused({ kind: 'organisation', name: '某公司', creditCode: v.code });
    await refused({ authorisationId: crypto.randomUUID() });

    const register = async (as: string, letterRef: string, extra: object = {}) => {
      const res = await call('POST', '/api/v1/agency/authorisations', as, { companyName: '泰安某登记公司', creditCode: v.code, scope: 'all', letterRef, validFrom: '2000-01-01', validTo: '2099-12-31', ...extra });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    // another agent's letter
    expect((await refused({ authorisationId: await register(other, 'SEC-OTHER') })).title).toMatch(/不是委托给当前代办员/);
    // revoked
    const revoked = await register(agent, 'SEC-REVOKED');
    expect((await call('POST', `/api/v1/agency/authorisations/${revoked}/revoke`, agent)).statusCode).toBe(200);
    expect((await refused({ authorisationId: revoked })).title).toMatch(/撤销/);
    // expired
    expect((await refused({ authorisationId: await register(agent, 'SEC-EXPIRED', { validFrom: '2000-01-01', validTo: '2000-12-31' }) })).title).toMatch(/有效期/);
    // a letter for one investment project does not cover an application on its own
    expect((await refused({ authorisationId: await register(agent, 'SEC-PROJECT', { scope: 'project', projectName: '某项目' }) })).title).toMatch(/单独申请/);
    const after = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM cases`.execute(t.database.db)).rows[0]?.n);
    expect(after).toBe(before);

    // a valid one: 201, and the case names the letter's company and records the letter
    const valid = await register(agent, 'SEC-VALID');
    const draft = await call('POST', '/api/v1/cases', agent, { itemCode: v.item, onBehalfOf: { authorisationId: valid } });
    expect(draft.statusCode, draft.body).toBe(201);
    expect([draft.json().channel, draft.json().authorisationId, draft.json().applicant.name, draft.json().applicant.creditCode]).toEqual(['agent', valid, '泰安某登记公司', v.code]);
    const row = await sql<{ id: string | null }>`SELECT agency_authorisation_id AS id FROM cases WHERE case_no = ${draft.json().caseNo}`.execute(t.database.db);
    expect(row.rows[0]?.id).toBe(valid);
    // with standing, the company's earlier files are there to reuse
    expect((await call('GET', `/api/v1/cases/${draft.json().caseNo}/reusable-files`, agent)).json().items.length).toBeGreaterThan(0);
  });
});
