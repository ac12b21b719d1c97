/**
 * What an item produces (resultType: only 证照 items make licences, only 行政许可 items are in the
 * decisions register) and where a not-stationed item (不划转不进驻) is applied for (ADR 0013).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';
import { makeKiosk } from './hall-fixtures.js';

const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 3));
const now = beijing(DAY);

let t: TestContext;
const c: Record<string, string> = {};
const h = caseHelpers(() => t);
let tax: Item;
let business: Item;
let assembly: Item & { officeName: string; officeAddress: string; officeHours: string; officePhone: string; zone: string | null };

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'tax1', 'director1', 'editor1']) c[u] = await t.login(u);
  tax = await h.item('增值税申报');
  business = await h.item('个体工商户设立登记');
  assembly = (await h.item('举行集会游行示威许可')) as typeof assembly;
});
afterAll(() => t.close());

/** Every published item's code → its type and result type. */
async function catalogIndex() {
  const list = (await t.app.inject({ url: '/api/v1/catalog/items?pageSize=500' })).json() as { items: { code: string; type: string; resultType: string }[] };
  return new Map(list.items.map((i) => [i.code, i]));
}

describe('what an item produces', () => {
  it('the public item says what it gives: 证照 with its name, 服务办结 for a tax service', async () => {
    expect(business).toMatchObject({ resultType: 'licence', licenceName: '营业执照' });
    expect(tax).toMatchObject({ resultType: 'service', licenceName: '', licenceYears: null });
    const services = (await t.app.inject({ url: '/api/v1/catalog/items?resultType=service&pageSize=500' })).json();
    expect(services.items.map((i: { name: string }) => i.name)).toContain('增值税申报');
    expect(services.items.every((i: { resultType: string }) => i.resultType === 'service')).toBe(true);
  });

  it('a tax service completed by the stationed tax officer makes no licence and is not in the decisions register', async () => {
    const caseNo = await h.submitted(tax, c.applicant1 ?? '');
    // the comprehensive window receives it, the tax office's officer stationed in the hall completes it
    expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).json().status).toBe('accepted');
    const done = await h.act(caseNo, c.tax1 ?? '', 'approve', { opinion: '申报资料齐全，已办结' });
    expect(done.json().status, done.body).toBe('approved');
    await t.services.caseCommands.settled();
    expect((await h.call('GET', `/api/v1/licences?caseNo=${caseNo}`, c.director1)).json().items).toEqual([]);
    const register = (await t.app.inject({ url: `/api/v1/public/decisions?item=${encodeURIComponent('增值税申报')}&pageSize=100` })).json();
    expect(register.items.map((d: { caseNo: string }) => d.caseNo)).not.toContain(caseNo);
    expect(register.total).toBe(0);
  });

  it('a 证照 item approved makes its licence, named as the catalog says, and is in the register', async () => {
    const caseNo = await h.submitted(business, c.applicant1 ?? '');
    expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).json().status).toBe('approved');
    // the licence is issued by a listener after the approval's commit
    await t.services.caseCommands.settled();
    const licences = (await h.call('GET', `/api/v1/licences?caseNo=${caseNo}`, c.director1)).json().items;
    expect(licences).toHaveLength(1);
    expect(licences[0]).toMatchObject({ type: '营业执照', itemCode: business.code });
    const register = (await t.app.inject({ url: `/api/v1/public/decisions?item=${encodeURIComponent(business.code)}&pageSize=100` })).json();
    expect(register.items.map((d: { caseNo: string }) => d.caseNo)).toContain(caseNo);
  });

  it('in the demo, every licence is of a 证照 item and every public decision of a 行政许可 item', async () => {
    const index = await catalogIndex();
    // the sweeper issues what the demo's approvals are owed, and then finds nothing more: approvals of other results owe none
    while ((await t.services.licences.catchUp(200)) > 0);
    expect(await t.services.licences.catchUp(200)).toBe(0);
    const licences = (await h.call('GET', '/api/v1/licences?pageSize=200', c.director1)).json();
    expect(licences.total).toBeGreaterThan(0);
    for (const l of licences.items as { itemCode: string; type: string }[]) {
      expect(index.get(l.itemCode)?.resultType, `${l.itemCode} ${l.type}`).toBe('licence');
      expect(l.type).not.toMatch(/申报|批准证书/);
    }
    const decisions = (await t.app.inject({ url: '/api/v1/public/decisions?pageSize=100' })).json();
    expect(decisions.total).toBeGreaterThan(0);
    for (const d of decisions.items as { itemCode: string; itemName: string }[]) expect(index.get(d.itemCode)?.type, d.itemName).toBe('licensing');
  });
});

describe('not-stationed items say where to go', () => {
  it('the demo item names its office, address, hours and phone, and has no hall zone', () => {
    expect(assembly.officeName).toBe('泰安市公安局治安支队');
    expect(assembly.officeAddress).toContain('东岳大街');
    expect(assembly.officeHours).toMatch(/周一至周五/);
    expect(assembly.officePhone).toMatch(/^0538-/);
    expect(assembly.zone).toBeNull();
  });

  it('POST /cases answers 409 CASE.NOT_STATIONED naming where to go, and writes nothing', async () => {
    const count = async () => Number((await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    for (const who of ['applicant1', 'clerk1']) {
      const res = await h.call('POST', '/api/v1/cases', c[who], { itemCode: assembly.code });
      expect(res.statusCode, res.body).toBe(409);
      const problem = res.json();
      expect(problem.code).toBe('CASE.NOT_STATIONED');
      expect(problem.title).toContain('泰安市公安局治安支队');
      for (const part of [assembly.officeAddress, assembly.officeHours, assembly.officePhone]) expect(problem.detail).toContain(part);
    }
    expect(await count()).toBe(before);
  });

  it('the hall gives no ticket and no appointment for it', async () => {
    const ticket = await t.app.inject({ method: 'POST', url: '/api/v1/hall/tickets', payload: { zone: 'D', itemCode: assembly.code }, headers: (await makeKiosk(t.database.db, '测试取号机')).headers });
    expect([ticket.statusCode, ticket.json().code]).toEqual([409, 'HALL.NOT_STATIONED']);
    expect(ticket.json().title).toContain('泰安市公安局治安支队');
    const slots = (await t.app.inject({ url: '/api/v1/appointments/slots?zone=D' })).json();
    const slot = slots.days.flatMap((d: { slots: { start: string; available: number }[] }) => d.slots).find((x: { available: number }) => x.available > 0);
    const booked = await h.call('POST', '/api/v1/appointments', c.applicant1, { zone: 'D', itemCode: assembly.code, slotStart: slot.start });
    expect([booked.statusCode, booked.json().code]).toEqual([409, 'HALL.NOT_STATIONED']);
  });

  it('the guide marks it not applicable here and says where to go; its checklist still lists the materials', async () => {
    const found = (await t.app.inject({ url: `/api/v1/guide/search?q=${encodeURIComponent('集会游行示威')}` })).json();
    const hit = found.results.find((r: { code: string }) => r.code === assembly.code);
    expect(hit).toMatchObject({ applicable: false, office: { name: '泰安市公安局治安支队', address: assembly.officeAddress, hours: assembly.officeHours, phone: assembly.officePhone } });
    expect(hit.notice).toContain('泰安市公安局治安支队');
    const checklist = await t.app.inject({ method: 'POST', url: '/api/v1/guide/checklist', payload: { itemCode: assembly.code } });
    expect(checklist.statusCode, checklist.body).toBe(200);
    expect(checklist.json().office.name).toBe('泰安市公安局治安支队');
    const food = (await t.app.inject({ url: `/api/v1/guide/search?q=${encodeURIComponent('食品经营许可')}` })).json().results[0];
    expect(food).toMatchObject({ applicable: true, office: null, resultType: 'licence', resultName: '证照（食品经营许可证）' });
  });
});

describe('the catalog keeps and checks the new fields', () => {
  /** A published item's data as an editor sends it back. */
  async function editable(code: string) {
    const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = (
      await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(code)}` })
    ).json();
    return data as Record<string, unknown>;
  }

  it('bad values → 400 naming the field, nothing written', async () => {
    const base = await editable(business.code);
    const paths = async (data: object) => {
      const res = await h.call('POST', '/api/v1/catalog/versions', c.editor1, { data: { ...base, ...data } });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().errors.map((e: { path: string }) => e.path);
    };
    expect(await paths({ resultType: 'receipt' })).toContain('data.resultType');
    expect(await paths({ licenceName: '' })).toEqual(['data.licenceName']);
    expect(await paths({ resultType: 'record' })).toEqual(['data.licenceName']);
    expect(await paths({ disposition: 'not_stationed', officeName: '泰安市市场监督管理局' })).toEqual(['data.officeAddress', 'data.officeHours', 'data.officePhone']);
    expect(await t.database.db.selectFrom('catalog_versions').select('id').where('item_code', '=', business.code).where('stage', '=', 'draft').execute()).toEqual([]);
  });

  it('a change of the result type is a reviewed change: the draft shows it in its diff', async () => {
    const base = await editable(tax.code);
    const created = await h.call('POST', '/api/v1/catalog/versions', c.editor1, { data: { ...base, resultType: 'record' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().changes).toEqual([{ path: 'resultType', before: 'service', after: 'record' }]);
    const v = created.json();
    expect((await h.call('POST', `/api/v1/catalog/versions/${v.id}/withdraw`, c.editor1, { rev: v.rev })).statusCode).toBe(200);
  });

  it('the Excel workbook carries the columns; bad values name their cells; a changed licence name imports as one reviewed draft', async () => {
    const res = await h.call('GET', '/api/v1/catalog/export', c.editor1);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('事项');
    const headers = (ws?.getRow(1).values as unknown[]).map(String);
    for (const h of ['办理结果', '证照名称', '办理机构', '办公地址', '办公时间', '联系电话']) expect(headers).toContain(h);
    const col = (name: string) => headers.indexOf(name);
    const rowOf = (code: string) => ws?.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === code);
    expect(rowOf(assembly.code)?.getCell(col('办理机构')).value).toBe('泰安市公安局治安支队');
    expect(rowOf(business.code)?.getCell(col('办理结果')).value).toBe('证照');
    expect(rowOf(business.code)?.getCell(col('证照名称')).value).toBe('营业执照');
    expect(rowOf(tax.code)?.getCell(col('办理结果')).value).toBe('服务办结');

    // bad values come back naming their cells, and nothing is written
    const bad = async (edit: (cells: { business: ExcelJS.Row; assembly: ExcelJS.Row }) => void) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('事项')!;
      const find = (code: string) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === code)!;
      edit({ business: find(business.code), assembly: find(assembly.code) });
      return h.multipart('/api/v1/catalog/import', c.editor1, {}, Buffer.from(await book.xlsx.writeBuffer()), 'catalog.xlsx');
    };
    const versions = async () => Number((await t.database.db.selectFrom('catalog_versions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await versions();
    const refused = await bad(({ business, assembly }) => {
      business.getCell(col('办理结果')).value = '发证';
      assembly.getCell(col('办公地址')).value = null;
    });
    expect(refused.statusCode, refused.body).toBe(400);
    const problems = refused.json().errors as { column: string; message: string }[];
    expect(problems.map((p) => p.column).sort()).toEqual(['办公地址', '办理结果']);
    expect(problems.find((p) => p.column === '办公地址')?.message).toContain('不划转不进驻事项须写明办公地址');
    expect(await versions()).toBe(before);
    // a good change is one reviewed draft, its diff naming the field
    const changed = await bad(({ business }) => {
      business.getCell(col('证照名称')).value = '营业执照（个体工商户）';
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ created: 1 });
    const draft = (await h.call('GET', `/api/v1/catalog/versions?batchId=${changed.json().batchId}`, c.editor1)).json().items[0];
    expect((await h.call('GET', `/api/v1/catalog/versions/${draft.id}`, c.editor1)).json().changes).toEqual([{ path: 'licenceName', before: '营业执照', after: '营业执照（个体工商户）' }]);
  });
});
