/**
 * Calls the cases API the way the screens do, for the API tests of cases and what follows them
 * (documents, licences): inject with a session cookie, multipart uploads, actions on the version read.
 */
import { expect } from 'vitest';
import { exampleForm, type FormDefinition } from '../src/domain/forms.js';
import type { TestContext } from './harness.js';

/** An item as the tests use it. */
export interface Item {
  code: string;
  name: string;
  statutoryDays: number;
  promisedDays: number;
  materials: { code: string; name: string; requirement: string; toleranceAllowed: boolean; commitmentAllowed: boolean; licenceTypes: string[] }[];
  /** the item's own application form (null: the general one) */
  form?: FormDefinition | null;
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** The helpers bound to one test app. */
export function caseHelpers(t: () => TestContext) {
  async function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string | undefined, payload?: object) {
    return t().app.inject({ method, url, headers: cookie ? { cookie } : {}, payload });
  }

  /** Upload a file as one part of a multipart form, with other fields before it. */
  async function multipart(url: string, cookie: string | undefined, fields: Record<string, string>, content: Buffer, filename = 'scan.pdf') {
    const boundary = '----shenpi-test';
    const body = Buffer.concat([
      ...Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t().app.inject({ method: 'POST', url, headers: { ...(cookie ? { cookie } : {}), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
  }

  async function upload(caseNo: string, cookie: string, materialId: string, content = PDF, filename = 'scan.pdf') {
    return multipart(`/api/v1/cases/${caseNo}/materials`, cookie, { materialId }, content, filename);
  }

  async function act(caseNo: string, cookie: string, type: string, extra: object = {}) {
    const current = (await call('GET', `/api/v1/cases/${caseNo}`, cookie)).json();
    return call('POST', `/api/v1/cases/${caseNo}/actions`, cookie, { type, expectedVersion: current.version, ...extra });
  }

  let letters = 0;
  /**
   * Register an agent's own authorisation (授权委托书) from a company, for all matters and valid over
   * any day a test may set; returns its id, which `onBehalfOf.authorisationId` names.
   */
  async function authorisation(agentCookie: string | undefined, company: { name: string; creditCode: string }, extra: object = {}) {
    const res = await call('POST', '/api/v1/agency/authorisations', agentCookie, {
      companyName: company.name,
      creditCode: company.creditCode,
      scope: 'all',
      letterRef: `WT-TEST-${++letters}`,
      validFrom: '2000-01-01',
      validTo: '2099-12-31',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  /** A submitted application for an item, with every required material uploaded (distinct content per case). */
  async function submitted(item: Item, cookie: string, body: object = {}) {
    // an item with its own form is filled with its example values where the test's form says nothing
    const given = (body as { form?: Record<string, unknown> }).form;
    const form = item.form ? { ...exampleForm(item.form), ...given } : given;
    const created = await call('POST', '/api/v1/cases', cookie, { itemCode: item.code, ...body, ...(form ? { form } : {}) });
    expect(created.statusCode, created.body).toBe(201);
    const caseNo = created.json().caseNo as string;
    for (const m of item.materials.filter((x) => x.requirement === 'required')) {
      const res = await upload(caseNo, cookie, m.code, Buffer.concat([PDF, Buffer.from(`% ${caseNo} ${m.code}\n`)]));
      expect(res.statusCode, res.body).toBe(200);
    }
    const sub = await act(caseNo, cookie, 'submit');
    expect(sub.statusCode, sub.body).toBe(200);
    return caseNo;
  }

  /** A published item by its exact name. */
  async function item(name: string): Promise<Item> {
    const list = (await t().app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent(name)}&pageSize=50` })).json();
    const code = list.items.find((i: { name: string }) => i.name === name).code;
    return (await t().app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })).json() as Item;
  }

  return { call, multipart, upload, act, submitted, item, authorisation };
}
