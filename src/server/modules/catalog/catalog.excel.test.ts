/**
 * The catalog workbook: items ↔ cells on their own, then export and import through the HTTP API
 * over a copy of the demo database.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../test/harness.js';
import { itemSchema, type CatalogItem } from '../../../domain/catalog.js';
import { DomainError } from '../../platform/errors.js';
import { itemsToWorkbook, workbookToItems, WorkbookInvalidError, XLSX_MEDIA_TYPE } from './catalog.excel.js';

// ---------------------------------------------------------------------------------------------
// helpers

/** A few items that between them use every column: lists, lines, nulls, fees, steps, situations. */
function sampleItems(): CatalogItem[] {
  return [
    itemSchema.parse({
      code: 'X-001',
      basicCode: '011Z07001006',
      name: '建设工程规划许可证核发',
      kind: 'main',
      type: 'licensing',
      disposition: 'transferred',
      departmentCode: 'D1',
      regulatorCodes: ['R1', 'R2'],
      zone: 'B',
      serviceObject: 'organisation',
      legalBasis: ['《中华人民共和国城乡规划法》第四十条', '《山东省城乡规划条例》第三十八条'],
      conditions: ['符合控制性详细规划', '已取得土地使用权'],
      description: '第一段\n第二段',
      statutoryDays: 20,
      promisedDays: 5,
      resultType: 'licence',
      licenceName: '建设工程规划许可证',
      licenceYears: 3,
      feeFree: false,
      fees: [{ name: '工本费', basis: '鲁价费发〔2018〕1号', amount: '每证10元' }],
      onlineLevel: 'at_most_once',
      onSiteInspection: true,
      location: '市民中心B区',
      consultPhone: '0538-6991234',
      aliases: ['规划许可'],
      oldNames: ['建设工程规划许可'],
      keywords: ['规划', '建设'],
      materials: [
        { code: 'M1', name: '申请表', source: '申请人自备', requirement: 'required', originals: 1, copies: 0, form: 'either', template: '申请表.docx' },
        { code: 'M2', name: '授权委托书', source: '申请人自备', requirement: 'conditional', originals: 1, copies: 2, form: 'paper', toleranceAllowed: true, notes: '委托办理时提交' },
      ],
      situations: [{ code: 'S1', name: '委托代理人办理', materialCodes: ['M2'] }],
      steps: [
        { name: '受理', role: '窗口人员', days: 1 },
        { name: '审查', role: '审查人员', days: 3 },
        { name: '决定', role: '科长', days: 1 },
      ],
    }),
    itemSchema.parse({ code: 'X-001.1', name: '规划条件变更', kind: 'related', type: 'licensing', disposition: 'not_stationed', parentCode: 'X-001', departmentCode: 'D1', zone: null, legalBasis: ['同上'], statutoryDays: 10, promisedDays: 10, resultType: 'decision', onlineLevel: 'on_site', officeName: '某局规划科', officeAddress: '某路1号 3楼', officeHours: '工作日 9:00—17:00', officePhone: '0538-6990000' }),
    itemSchema.parse({ code: 'X-002', name: '下放事项', kind: 'main', type: 'confirmation', disposition: 'delegated', delegatedTo: '370902', departmentCode: 'D2', zone: null, legalBasis: ['某条例'], statutoryDays: 15, promisedDays: 0, resultType: 'record', onlineLevel: 'full_online' }),
    itemSchema.parse({ code: 'S-001', name: '社保查询', kind: 'service', type: 'public_service', disposition: null, departmentCode: 'D2', zone: 'F', serviceObject: 'person', legalBasis: ['社会保险法'], statutoryDays: 0, promisedDays: 0, resultType: 'service', instant: true, onlineLevel: 'full_online' }),
  ];
}

async function loadBook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(buffer).buffer);
  return wb;
}

async function saveBook(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The column number of a header in row 1. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (!found) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}

function cell(ws: ExcelJS.Worksheet, row: number, header: string): ExcelJS.Cell {
  return ws.getRow(row).getCell(columnOf(ws, header));
}

/** Every cell value of every sheet, for cell-for-cell comparison. */
async function cellsOf(buffer: Buffer) {
  const wb = await loadBook(buffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push(row.values));
    return { name: ws.name, rows };
  });
}

async function problemsOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (err) {
    if (err instanceof WorkbookInvalidError) return err.errors;
    throw err;
  }
  throw new Error('expected the workbook to be refused');
}

// ---------------------------------------------------------------------------------------------

describe('catalog workbook ↔ items', () => {
  it('reads back exactly the items it wrote', async () => {
    const items = sampleItems();
    const progress: number[] = [];
    const buffer = await itemsToWorkbook(items, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(items.length);
    const { items: raw } = await workbookToItems(buffer);
    expect(raw.map((r) => itemSchema.parse(r))).toEqual(items);
  });

  it('writes the documented sheets with a frozen bold header and drop-down lists', async () => {
    const wb = await loadBook(await itemsToWorkbook(sampleItems()));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['事项', '材料', '情形', '流程', '收费', '申请表', '说明']);
    const items = sheet(wb, '事项');
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(items.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(cell(items, 2, '事项类别').value).toBe('行政许可事项');
    expect(cell(items, 2, '设定依据').value).toBe('《中华人民共和国城乡规划法》第四十条\n《山东省城乡规划条例》第三十八条');
    expect(cell(items, 2, '监管部门编码').value).toBe('R1；R2');
    expect(cell(items, 2, '法定时限（工作日）').value).toBe(20);
    expect(cell(items, 2, '不收费').value).toBe('否');
    expect(cell(items, 5, '清理意见').value).toBeNull();
    expect(cell(items, 2, '事项类别').dataValidation).toMatchObject({ type: 'list', formulae: ['"行政许可事项,关联事项,收费事项,公共服务事项"'] });
    expect(cell(sheet(wb, '流程'), 4, '序号').value).toBe(3);
  });

  it('maps an item problem back to its sheet, row and column', async () => {
    const { locate } = await workbookToItems(await itemsToWorkbook(sampleItems()));
    expect(locate(0, 'materials.1.template')).toEqual({ sheet: '材料', row: 3, column: '示范文本', address: 'I3' });
    expect(locate(2, 'promisedDays')).toEqual({ sheet: '事项', row: 4, column: '承诺时限（工作日）', address: 'Q4' });
    expect(locate(0, 'legalBasis.1')).toMatchObject({ sheet: '事项', row: 2, column: '设定依据' });
    expect(locate(0, 'situations.0.materialCodes.0')).toMatchObject({ sheet: '情形', row: 2, column: '所需材料编码' });
    expect(locate(0, 'steps.2.days')).toMatchObject({ sheet: '流程', row: 4, column: '时限（工作日）' });
    expect(locate(0, 'fees')).toMatchObject({ sheet: '事项', row: 2, column: '不收费' });
  });

  it('accepts English keys, other spellings of yes/no, reordered columns, blank rows and numbers typed as text', async () => {
    const wb = await loadBook(await itemsToWorkbook(sampleItems()));
    const items = sheet(wb, '事项');
    cell(items, 2, '事项类型').value = 'licensing';
    cell(items, 2, '即办件').value = 'TRUE';
    cell(items, 3, '法定时限（工作日）').value = '１２';
    items.getRow(1).getCell(columnOf(items, '承诺时限（工作日）')).value = '承诺时限(工作日)';
    // move 基本编码 from the second column to the end
    const basic = columnOf(items, '基本编码');
    const basicValues = Array.from({ length: items.rowCount }, (_, i) => items.getRow(i + 1).getCell(basic).value);
    items.spliceColumns(basic, 1);
    const end = items.columnCount + 1;
    basicValues.forEach((value, i) => {
      items.getRow(i + 1).getCell(end).value = value;
    });
    items.insertRow(4, []); // a blank row between items
    cell(sheet(wb, '材料'), 2, '必要性').value = 'required';
    const { items: raw } = await workbookToItems(await saveBook(wb));
    const parsed = raw.map((r) => itemSchema.parse(r));
    expect(parsed.map((i) => i.code)).toEqual(['X-001', 'X-001.1', 'X-002', 'S-001']);
    expect(parsed[0]).toMatchObject({ type: 'licensing', instant: true, basicCode: '011Z07001006' });
    expect(parsed[1]?.statutoryDays).toBe(12);
    expect(parsed[0]?.materials[0]?.requirement).toBe('required');
  });

  it('lists every problem the parser finds, each with its cell', async () => {
    const wb = await loadBook(await itemsToWorkbook(sampleItems()));
    const items = sheet(wb, '事项');
    cell(items, 2, '事项类别').value = '许可';
    cell(items, 3, '法定时限（工作日）').value = '十天';
    cell(items, 4, '即办件').value = '可能';
    cell(items, 5, '事项名称').value = null;
    sheet(wb, '材料').addRow(['NO-SUCH-ITEM', 'M9', '材料', '申请人自备', '必需', 1, 0, '纸质']);
    const errors = await problemsOf(async () => workbookToItems(await saveBook(wb)));
    expect(errors).toEqual([
      expect.objectContaining({ path: '事项!D2', sheet: '事项', row: 2, column: '事项类别', message: expect.stringContaining('"许可"不是可选值') }),
      expect.objectContaining({ path: '事项!P3', row: 3, column: '法定时限（工作日）', message: expect.stringContaining('须为整数') }),
      expect.objectContaining({ path: '事项!T4', row: 4, column: '即办件' }),
      expect.objectContaining({ path: '事项!C5', row: 5, column: '事项名称', message: '必填' }),
      expect.objectContaining({ path: '材料!A4', sheet: '材料', row: 4, column: '事项编码', message: expect.stringContaining('NO-SUCH-ITEM') }),
    ]);
  });

  it('refuses a workbook without a sheet or a column of the layout', async () => {
    const wb = await loadBook(await itemsToWorkbook(sampleItems()));
    wb.removeWorksheet(sheet(wb, '收费').id);
    sheet(wb, '材料').getRow(1).getCell(columnOf(sheet(wb, '材料'), '示范文本')).value = '模板';
    const errors = await problemsOf(async () => workbookToItems(await saveBook(wb)));
    expect(errors).toEqual([
      expect.objectContaining({ sheet: '材料', row: 1, column: '示范文本', message: expect.stringContaining('缺少列') }),
      expect.objectContaining({ path: '收费', sheet: '收费', message: expect.stringContaining('缺少工作表') }),
    ]);
  });

  it('refuses bytes that are not an .xlsx workbook, naming the upload field', async () => {
    for (const bytes of [Buffer.from('编码,名称\n'), Buffer.from('PK\x03\x04 not really a zip')]) {
      const err = await workbookToItems(bytes).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect(err).toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('catalog Excel API', () => {
  let ctx: TestContext;
  let editor: string;
  let applicant: string;
  let firstExport: Buffer;

  beforeAll(async () => {
    ctx = await createTestApp();
    editor = await ctx.login('editor1');
    applicant = await ctx.login('applicant1');
  });
  afterAll(async () => ctx?.close());

  const exportBook = async (cookie: string) => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/catalog/export', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };

  const upload = (content: Buffer, cookie?: string, batchName?: string, filename = '目录.xlsx') => {
    const form = new FormData();
    if (batchName) form.append('batchName', batchName);
    form.append('file', new Blob([new Uint8Array(content)], { type: XLSX_MEDIA_TYPE }), filename);
    return ctx.app.inject({ method: 'POST', url: '/api/v1/catalog/import', payload: form, headers: cookie ? { cookie } : {} });
  };

  const counts = async () => {
    const db = ctx.database.db;
    const n = async (table: 'catalog_versions' | 'catalog_batches' | 'catalog_public') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { versions: await n('catalog_versions'), batches: await n('catalog_batches'), published: await n('catalog_public') };
  };

  it('answers 401 without a login', async () => {
    const book = await itemsToWorkbook(sampleItems());
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/catalog/export' })).statusCode).toBe(401);
    const res = await upload(book);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH.REQUIRED' });
  });

  it('answers 403 to an applicant', async () => {
    const book = await itemsToWorkbook(sampleItems());
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/catalog/export', headers: { cookie: applicant } })).statusCode).toBe(403);
    const res = await upload(book, applicant);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('answers 400 naming `file` for an upload that is not an .xlsx, whatever its name', async () => {
    const res = await upload(Buffer.from('编码,事项名称\nX-1,某事项\n'), editor, undefined, '目录.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ path: 'file' }] });
    const none = await ctx.app.inject({ method: 'POST', url: '/api/v1/catalog/import', payload: { file: 'x' }, headers: { cookie: editor } });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ errors: [{ path: 'file' }] });
  });

  it('exports the confirmed catalog as a dated .xlsx attachment', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/catalog/export', headers: { cookie: editor } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; .*filename\\*=UTF-8''${encodeURIComponent('行政许可事项目录-')}\\d{8}\\.xlsx$`),
    );
    firstExport = res.rawPayload;
    const { published } = await counts();
    const wb = await loadBook(firstExport);
    expect(sheet(wb, '事项').actualRowCount - 1).toBe(published);
  });

  it('round trip: importing the export changes nothing, and exporting again gives the same cells', async () => {
    const before = await counts();
    const res = await upload(firstExport, editor);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ batchId: null, created: 0, unchanged: before.published });
    expect(await counts()).toEqual(before);
    expect(await cellsOf(await exportBook(editor))).toEqual(await cellsOf(firstExport));
  });

  it('refuses a workbook with a missing template and a promised limit over the statutory one, listing both, writing nothing', async () => {
    const wb = await loadBook(firstExport);
    const materials = sheet(wb, '材料');
    const items = sheet(wb, '事项');
    const materialRow = 2;
    const materialItem = cell(materials, materialRow, '事项编码').value;
    cell(materials, materialRow, '示范文本').value = '并不存在的示范文本.docx';
    let itemRow = 2;
    while (cell(items, itemRow, '编码').value === materialItem || Number(cell(items, itemRow, '法定时限（工作日）').value) >= 365) itemRow += 1;
    cell(items, itemRow, '承诺时限（工作日）').value = Number(cell(items, itemRow, '法定时限（工作日）').value) + 1;
    const templateCell = `${materials.getColumn(columnOf(materials, '示范文本')).letter}${materialRow}`;
    const promisedCell = `${items.getColumn(columnOf(items, '承诺时限（工作日）')).letter}${itemRow}`;

    const before = await counts();
    const res = await upload(await saveBook(wb), editor, '不应写入的批次');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'CATALOG.IMPORT_INVALID', title: expect.stringContaining('未写入任何数据') });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: `材料!${templateCell}`, sheet: '材料', row: materialRow, column: '示范文本', message: expect.stringContaining('示范文本') }),
        expect.objectContaining({ path: `事项!${promisedCell}`, sheet: '事项', row: itemRow, column: '承诺时限（工作日）', message: expect.stringContaining('承诺时限') }),
      ]),
    );
    expect(body.errors).toHaveLength(2);
    expect(await counts()).toEqual(before);
  });

  it('imports one changed promised limit as one draft of a new batch', async () => {
    const wb = await loadBook(firstExport);
    const items = sheet(wb, '事项');
    let row = 2;
    while (Number(cell(items, row, '承诺时限（工作日）').value) < 1) row += 1;
    const code = String(cell(items, row, '编码').value);
    const promised = Number(cell(items, row, '承诺时限（工作日）').value) - 1;
    cell(items, row, '承诺时限（工作日）').value = promised;

    const before = await counts();
    const res = await upload(await saveBook(wb), editor, '承诺时限压缩');
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toEqual({ batchId: expect.any(String), created: 1, unchanged: before.published - 1 });
    expect(await counts()).toEqual({ ...before, versions: before.versions + 1, batches: before.batches + 1 });
    const db = ctx.database.db;
    const batch = await db.selectFrom('catalog_batches').select('name').where('id', '=', result.batchId).executeTakeFirstOrThrow();
    expect(batch.name).toBe('承诺时限压缩');
    const drafts = await db.selectFrom('catalog_versions').select(['item_code', 'stage', 'data']).where('batch_id', '=', result.batchId).execute();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ item_code: code, stage: 'draft', data: expect.objectContaining({ promisedDays: promised }) });
  });
});
