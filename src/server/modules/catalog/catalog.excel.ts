/**
 * The catalog as one Excel workbook (行政许可事项目录.xlsx): items → workbook for export, and
 * workbook → raw items for import, with every problem pointed back at its sheet, row and column.
 * Pure of HTTP: the routes and the CLI both go through here. The layout is documented in
 * docs/catalog-excel.md; change both together.
 */
import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { DISPOSITIONS, ITEM_KINDS, ITEM_TYPES, ONLINE_LEVELS, REALNAME_LEVELS, RESULT_TYPES, SERVICE_OBJECTS, itemSchema, type CatalogItem } from '../../../domain/catalog.js';
import { badRequest, DomainError, zodFieldErrors, type FieldError } from '../../platform/errors.js';
import { excel, styleHeader } from '../../platform/excel.js';
import { ImportInvalidError, type ImportResult, type ItemProblem } from './catalog.service.js';

/** The media type of an .xlsx workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Progress of a long step: `done` of `total` rows (parsing) or items (writing). */
export type Progress = (done: number, total: number) => void;

/** Where a problem sits in the workbook; `column` is the header text, `address` the A1 reference. */
export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
  address: string;
}

/** One problem of an uploaded workbook. `row`/`column`/`address` are null for a missing sheet, `address` for a missing column. */
export interface CellProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  address: string | null;
  message: string;
}

/** The items read from a workbook, and the way back from an item problem to its cell. */
export interface WorkbookItems {
  items: unknown[];
  locate(index: number, path: string): CellLocation;
}

/** Runs the actual import (the catalog service, acting for one editor). */
export type Importer = (items: unknown[], dryRun: boolean) => Promise<ImportResult>;

/** A workbook that cannot be imported: every problem found, with sheet and cell. Nothing was written. */
export class WorkbookInvalidError extends DomainError {
  constructor(readonly problems: CellProblem[]) {
    super('CATALOG.IMPORT_INVALID', 400, `导入的工作簿有 ${problems.length} 处错误，未写入任何数据`, problems.map(toFieldError));
  }
}

/** The bureau's dates are Tai'an dates, whatever the server's time zone. */
const BUREAU_TIME_ZONE = 'Asia/Shanghai';

/** 行政许可事项目录-YYYYMMDD.xlsx, dated in Tai'an. */
export function exportFileName(now: Date): string {
  return `行政许可事项目录-${bureauClock(now).date.replace(/-/g, '')}.xlsx`;
}

/** The batch name an import gets when none is given: 目录导入 YYYY-MM-DD HH:mm (Tai'an time). */
export function defaultBatchName(now: Date): string {
  const { date, time } = bureauClock(now);
  return `目录导入 ${date} ${time}`;
}

function bureauClock(d: Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: BUREAU_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

// ---------------------------------------------------------------------------------------------
// The layout

/** 必要性 of a material. */
export const REQUIREMENTS = { required: '必需', conditional: '按情形' } as const;
/** 材料形式 of a material. */
export const MATERIAL_FORMS = { paper: '纸质', electronic: '电子', either: '纸质或电子' } as const;

const YES = '是';
const NO = '否';
/** Lists in one cell are separated by a full-width semicolon on export; an ASCII one is accepted on import. */
const LIST_SEPARATOR = '；';

/** What an empty cell means: a problem, null, or "leave it to the schema default". */
type Empty = 'required' | 'null' | 'default';

type CellKind =
  | { kind: 'text'; empty: Empty }
  | { kind: 'int'; empty: Empty }
  | { kind: 'bool' }
  | { kind: 'label'; labels: Readonly<Record<string, string>>; empty: Empty }
  | { kind: 'list' }
  | { kind: 'lines'; empty: Empty }
  | { kind: 'json' };

interface Column {
  header: string;
  /** the item (or material, situation …) field; ITEM_REF and STEP_ORDER are the two layout-only columns */
  field: string;
  width: number;
  cell: CellKind;
  help: string;
}

type ListField = 'materials' | 'situations' | 'steps' | 'fees';

interface SheetLayout {
  name: string;
  /** the item array this sheet holds one row per element of; absent for the item sheet */
  list?: ListField;
  columns: Column[];
}

const ITEM_REF = '@item';
const STEP_ORDER = '@order';

const text = (empty: Empty = 'default'): CellKind => ({ kind: 'text', empty });
const int = (empty: Empty = 'required'): CellKind => ({ kind: 'int', empty });
const bool: CellKind = { kind: 'bool' };
const label = (labels: Readonly<Record<string, string>>, empty: Empty = 'required'): CellKind => ({ kind: 'label', labels, empty });
const list: CellKind = { kind: 'list' };
/** structured terms as JSON in one cell (empty: null); the item schema checks the shape */
const json: CellKind = { kind: 'json' };
const lines = (empty: Empty = 'default'): CellKind => ({ kind: 'lines', empty });

const itemRef: Column = { header: '事项编码', field: ITEM_REF, width: 28, cell: text('required'), help: '该行所属事项的编码，须在"事项"表中存在' };

const ITEM_SHEET: SheetLayout = {
  name: '事项',
  columns: [
    { header: '编码', field: 'code', width: 28, cell: text('required'), help: '事项实施编码，唯一；字母、数字、点、横线、下划线' },
    { header: '基本编码', field: 'basicCode', width: 16, cell: text(), help: '全国统一的事项基本编码，可空' },
    { header: '事项名称', field: 'name', width: 40, cell: text('required'), help: '事项名称' },
    { header: '事项类别', field: 'kind', width: 14, cell: label(ITEM_KINDS), help: '主项、关联事项、收费事项或大厅的公共服务事项' },
    { header: '事项类型', field: 'type', width: 14, cell: label(ITEM_TYPES), help: '事项类型' },
    { header: '清理意见', field: 'disposition', width: 18, cell: label(DISPOSITIONS, 'null'), help: '2018年清理的处理意见；公共服务事项留空' },
    { header: '下放至', field: 'delegatedTo', width: 12, cell: text('null'), help: '承接的县市区区划代码（如 370902）；清理意见为"下放县市区"时必填' },
    { header: '所属主项编码', field: 'parentCode', width: 28, cell: text('null'), help: '关联事项、收费事项填所属主项的编码；主项留空' },
    { header: '实施部门编码', field: 'departmentCode', width: 16, cell: text('required'), help: '作出决定的部门编码（组织机构中的部门）' },
    { header: '监管部门编码', field: 'regulatorCodes', width: 22, cell: list, help: '监管部门编码，多个用"；"分隔' },
    { header: '服务区', field: 'zone', width: 8, cell: text('null'), help: '大厅服务区编码（一个大写字母），可空' },
    { header: '服务对象', field: 'serviceObject', width: 20, cell: label(SERVICE_OBJECTS, 'default'), help: '空 = 自然人、法人或其他组织' },
    { header: '设定依据', field: 'legalBasis', width: 50, cell: lines('required'), help: '法律法规依据，单元格内每行一条，至少一条' },
    { header: '申请条件', field: 'conditions', width: 50, cell: lines(), help: '单元格内每行一条' },
    { header: '事项说明', field: 'description', width: 40, cell: text(), help: '可空' },
    { header: '法定时限（工作日）', field: 'statutoryDays', width: 12, cell: int(), help: '0–365 的整数' },
    { header: '承诺时限（工作日）', field: 'promisedDays', width: 12, cell: int(), help: '0–365 的整数，不得长于法定时限' },
    { header: '预警提前（工作日）', field: 'warningDays', width: 12, cell: int('default'), help: '剩余工作日不多于此数时预警，空 = 2' },
    { header: '证照有效期（年）', field: 'licenceYears', width: 12, cell: int('null'), help: '准予许可后颁发的电子证照有效年数，空 = 长期有效；仅办理结果为"证照"时填写' },
    { header: '即办件', field: 'instant', width: 8, cell: bool, help: '是/否，空 = 否' },
    { header: '不收费', field: 'feeFree', width: 8, cell: bool, help: '是/否，空 = 是；填"否"时须在"收费"表列明收费项目' },
    { header: '办理形式', field: 'onlineLevel', width: 12, cell: label(ONLINE_LEVELS), help: '网上可办程度' },
    { header: '网上申请实名等级', field: 'minRealNameLevel', width: 16, cell: label(REALNAME_LEVELS, 'null'), help: '网上申请须达到的统一身份认证实名等级（一级、二级、三级）；空 = 不限' },
    { header: '现场踏勘', field: 'onSiteInspection', width: 10, cell: bool, help: '是/否，空 = 否' },
    { header: '踏勘要点', field: 'inspectionChecklist', width: 40, cell: lines(), help: '现场踏勘的检查要点，单元格内每行一条；空 = 按事项类型的通用要点' },
    { header: '专家评审', field: 'expertReview', width: 10, cell: bool, help: '是/否，空 = 否' },
    { header: '并联审批', field: 'jointHandling', width: 10, cell: bool, help: '是/否，空 = 否' },
    { header: '听证', field: 'hearing', width: 8, cell: bool, help: '是/否，空 = 否' },
    { header: '外部交易环节', field: 'externalMilestones', width: 30, cell: lines(), help: '须在公共资源交易中心完成的环节（如 土地使用权出让、施工招标投标），单元格内每行一条；批准前须逐项登记交易编号' },
    { header: '办理地点', field: 'location', width: 30, cell: text(), help: '可空' },
    { header: '咨询电话', field: 'consultPhone', width: 16, cell: text(), help: '可空' },
    { header: '别名', field: 'aliases', width: 20, cell: list, help: '多个用"；"分隔' },
    { header: '曾用名', field: 'oldNames', width: 20, cell: list, help: '多个用"；"分隔' },
    { header: '关键词', field: 'keywords', width: 20, cell: list, help: '多个用"；"分隔' },
    { header: '取代事项编码', field: 'replacedBy', width: 22, cell: list, help: '已取消事项：取代它的事项编码，多个用"；"分隔；可空' },
    { header: '办理结果', field: 'resultType', width: 12, cell: label(RESULT_TYPES), help: '证照：办结后颁发电子证照；批准文书：只出具决定文书；登记/备案：记录在案，不发证；服务办结：办结并出具回执' },
    { header: '证照名称', field: 'licenceName', width: 24, cell: text(), help: '办理结果为"证照"时必填（如 食品经营许可证），其他结果留空' },
    { header: '办理机构', field: 'officeName', width: 24, cell: text(), help: '不划转不进驻事项必填：申请人到哪个机构办理（如 泰安市公安局治安支队）；其他事项可空' },
    { header: '办公地址', field: 'officeAddress', width: 36, cell: text(), help: '不划转不进驻事项必填：办理机构的地址' },
    { header: '办公时间', field: 'officeHours', width: 30, cell: text(), help: '不划转不进驻事项必填：办理机构的办公时间' },
    { header: '联系电话', field: 'officePhone', width: 16, cell: text(), help: '不划转不进驻事项必填：办理机构的电话' },
  ],
};

const CHILD_SHEETS: readonly SheetLayout[] = [
  {
    name: '材料',
    list: 'materials',
    columns: [
      itemRef,
      { header: '材料编码', field: 'code', width: 16, cell: text('required'), help: '在本事项内唯一' },
      { header: '材料名称', field: 'name', width: 40, cell: text('required'), help: '材料名称' },
      { header: '来源渠道', field: 'source', width: 16, cell: text('required'), help: '申请人自备 / 政府部门核发 / 中介机构出具 / 其他' },
      { header: '必要性', field: 'requirement', width: 10, cell: label(REQUIREMENTS), help: '必需：总要提交；按情形：只在列出它的情形中提交' },
      { header: '原件份数', field: 'originals', width: 10, cell: int(), help: '0–20 的整数' },
      { header: '复印件份数', field: 'copies', width: 10, cell: int(), help: '0–20 的整数' },
      { header: '材料形式', field: 'form', width: 12, cell: label(MATERIAL_FORMS), help: '材料形式' },
      { header: '示范文本', field: 'template', width: 28, cell: text('null'), help: '示范文本或空白表格的文件名，须已上传到目录；可空' },
      { header: '容缺受理', field: 'toleranceAllowed', width: 10, cell: bool, help: '是/否，空 = 否' },
      { header: '告知承诺', field: 'commitmentAllowed', width: 10, cell: bool, help: '是/否，空 = 否' },
      { header: '可用电子证照', field: 'licenceTypes', width: 24, cell: list, help: '可代替此材料的电子证照类型（免证办），多个用"；"分隔，如 营业执照；空 = 须上传' },
      { header: '备注', field: 'notes', width: 30, cell: text(), help: '可空' },
    ],
  },
  {
    name: '情形',
    list: 'situations',
    columns: [
      itemRef,
      { header: '情形编码', field: 'code', width: 16, cell: text('required'), help: '在本事项内唯一' },
      { header: '情形名称', field: 'name', width: 30, cell: text('required'), help: '申请人选择的情形' },
      { header: '情形说明', field: 'description', width: 40, cell: text(), help: '可空' },
      { header: '所需材料编码', field: 'materialCodes', width: 24, cell: list, help: '该情形追加的材料编码，多个用"；"分隔，须为本事项的材料' },
      { header: '引导问题', field: 'question', width: 30, cell: text(), help: '智能导服向申请人提的问题；同一问题的情形互为选项，空 = 单独问"是否……"' },
    ],
  },
  {
    name: '流程',
    list: 'steps',
    columns: [
      itemRef,
      { header: '序号', field: STEP_ORDER, width: 8, cell: int(), help: '环节顺序，按序号从小到大排列' },
      { header: '环节名称', field: 'name', width: 20, cell: text('required'), help: '环节名称' },
      { header: '办理角色', field: 'role', width: 20, cell: text('required'), help: '办理该环节的岗位' },
      { header: '时限（工作日）', field: 'days', width: 12, cell: int(), help: '0–365 的整数' },
    ],
  },
  {
    name: '收费',
    list: 'fees',
    columns: [
      itemRef,
      { header: '收费项目', field: 'name', width: 30, cell: text('required'), help: '收费项目名称' },
      { header: '收费依据', field: 'basis', width: 40, cell: text('required'), help: '收费的法律或文件依据' },
      { header: '收费标准', field: 'amount', width: 40, cell: text('required'), help: '金额或计算方法' },
      { header: '计费规则（JSON）', field: 'terms', width: 50, cell: json, help: '计费方式（定额、按量、分档累进、按标准核定，金额以分为单位）、核定环节、缴费期限、执收单位和减免条件，JSON 格式（domain/fees.ts）；空 = 无结构化规则' },
    ],
  },
];

const DATA_SHEETS: readonly SheetLayout[] = [ITEM_SHEET, ...CHILD_SHEETS];
const HELP_SHEET = '说明';
/** One row per item with its own application form (申请表): the form as JSON (domain/forms.ts FormDefinition). */
const FORM_SHEET = '申请表';
const FORM_HEADERS = ['事项编码', '申请表（JSON）'] as const;

/** Item-level problems about a whole list point at the item row: fees at 不收费, the others at 编码. */
const LIST_FALLBACK_FIELD: Record<ListField, string> = { materials: 'code', situations: 'code', steps: 'code', fees: 'feeFree' };

// ---------------------------------------------------------------------------------------------
// Export

/** Write items as the documented workbook (事项, 材料, 情形, 流程, 收费 and the read-only 说明). */
export async function itemsToWorkbook(items: CatalogItem[], onProgress?: Progress): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Shenpi 审批';
  const sheets = new Map(DATA_SHEETS.map((layout) => [layout.name, addDataSheet(wb, layout)]));
  items.forEach((item, done) => {
    const record: Record<string, unknown> = item;
    sheets.get(ITEM_SHEET.name)?.addRow(ITEM_SHEET.columns.map((c) => exportCell(record[c.field], c.cell)));
    for (const layout of CHILD_SHEETS) {
      const ws = sheets.get(layout.name);
      const elements = layout.list ? item[layout.list] : [];
      elements.forEach((element: Record<string, unknown>, i) => {
        ws?.addRow(layout.columns.map((c) => (c.field === ITEM_REF ? item.code : c.field === STEP_ORDER ? i + 1 : exportCell(element[c.field], c.cell))));
      });
    }
    onProgress?.(done + 1, items.length);
  });
  for (const layout of DATA_SHEETS) {
    const ws = sheets.get(layout.name);
    if (ws) addValidations(ws, layout);
  }
  const forms = wb.addWorksheet(FORM_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  forms.columns = [
    { header: FORM_HEADERS[0], key: 'code', width: 40 },
    { header: FORM_HEADERS[1], key: 'form', width: 120 },
  ];
  forms.getRow(1).font = { bold: true };
  for (const item of items) if (item.form) forms.addRow({ code: item.code, form: JSON.stringify(item.form) });
  await addHelpSheet(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addDataSheet(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = layout.columns.map((c) => ({ header: c.header, key: c.field, width: c.width, style: columnStyle(c.cell) }));
  styleHeader(ws.getRow(1));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.columns.length } };
  return ws;
}

/** Codes typed into Excel must stay text (leading zeros); numbers stay numbers; multi-line cells wrap. */
function columnStyle(cell: CellKind): Partial<ExcelJS.Style> {
  if (cell.kind === 'int') return { numFmt: '0' };
  if (cell.kind === 'lines') return { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } };
  return { numFmt: '@' };
}


function exportCell(value: unknown, cell: CellKind): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'text':
      return typeof value === 'string' && value !== '' ? value : null;
    case 'int':
      return typeof value === 'number' ? value : null;
    case 'bool':
      return typeof value === 'boolean' ? (value ? YES : NO) : null;
    case 'label':
      return typeof value === 'string' ? (cell.labels[value] ?? value) : null;
    case 'list':
      return Array.isArray(value) && value.length ? value.join(LIST_SEPARATOR) : null;
    case 'lines':
      return Array.isArray(value) && value.length ? value.join('\n') : null;
    case 'json':
      return value === null || value === undefined ? null : JSON.stringify(value);
  }
}

/** Rows below the data that still carry the drop-down lists, for rows users add by hand. */
const VALIDATION_SPARE_ROWS = 500;

/** exceljs implements `Worksheet.dataValidations.add(range, …)` but its typings leave it out. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addValidations(ws: ExcelJS.Worksheet, layout: SheetLayout) {
  const last = Math.max(ws.rowCount, 1) + VALIDATION_SPARE_ROWS;
  const validations = (ws as unknown as RangeValidations).dataValidations;
  layout.columns.forEach((c, i) => {
    const choices = c.cell.kind === 'bool' ? [YES, NO] : c.cell.kind === 'label' ? Object.values(c.cell.labels) : null;
    if (!choices) return;
    const letter = columnLetter(i + 1);
    // a warning, not a stop: the English keys are accepted on import too
    validations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: `可选：${choices.join('、')}`,
    });
  });
}

async function addHelpSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(HELP_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '工作表', key: 'sheet', width: 10 },
    { header: '列', key: 'column', width: 20 },
    { header: '必填', key: 'required', width: 6 },
    { header: '可选值', key: 'choices', width: 40 },
    { header: '说明', key: 'help', width: 70 },
  ];
  styleHeader(ws.getRow(1));
  for (const layout of DATA_SHEETS)
    for (const c of layout.columns) ws.addRow({ sheet: layout.name, column: c.header, required: isRequired(c.cell) ? YES : '', choices: choicesOf(c.cell), help: c.help });
  ws.addRow({});
  ws.addRow({ sheet: '规则', help: '"材料""情形""流程""收费"各行通过"事项编码"挂在"事项"表的某一事项下；同一事项的多行按表中顺序排列（流程按序号）。' });
  ws.addRow({ sheet: '规则', help: '枚举列可填中文名称或英文代码；是/否列也接受 true/false、1/0。空单元格取默认值。' });
  ws.addRow({ sheet: '规则', help: '导入时任何一处错误都会使整个文件不被写入，并列出每处错误所在的工作表、行和列。' });
  ws.addRow({ sheet: FORM_SHEET, help: '每个有自己申请表的事项一行：事项编码和申请表（JSON Schema、界面布局、证照字段映射、统计维度，见 docs/catalog-excel.md）；没有行的事项使用通用申请表。' });
  ws.getColumn('help').alignment = { wrapText: true, vertical: 'top' };
  // read-only: protected without a password, so nobody edits the reference by accident
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

function isRequired(cell: CellKind): boolean {
  return 'empty' in cell && cell.empty === 'required';
}

function choicesOf(cell: CellKind): string {
  if (cell.kind === 'bool') return `${YES}、${NO}`;
  if (cell.kind === 'label') return Object.entries(cell.labels).map(([key, zh]) => `${zh}（${key}）`).join('、');
  return '';
}

// ---------------------------------------------------------------------------------------------
// Import

/** 400 naming the upload field when the bytes are not an .xlsx workbook (an .xlsx is a zip: PK\x03\x04). */
export function assertXlsx(buffer: Uint8Array): void {
  const zip = buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
  if (!zip) throw notXlsx();
}

/** What a workbook may declare before it is inflated: entries, and uncompressed bytes per entry and in all (the bureau's catalog is a few MB). */
export const WORKBOOK_LIMITS = { entries: 500, entryBytes: 64 * 1024 * 1024, totalBytes: 128 * 1024 * 1024 };

/**
 * Refuse a zip bomb before any parser inflates it: the central directory's declared sizes and the
 * number of entries are read without decompressing a byte (413 too large, 400 too many entries).
 */
export function assertWorkbookSize(buffer: Uint8Array): void {
  let entries = 0;
  let total = 0;
  let largest = 0;
  try {
    unzipSync(buffer, {
      filter: (f) => {
        entries += 1;
        total += f.originalSize;
        largest = Math.max(largest, f.originalSize);
        return false;
      },
    });
  } catch {
    throw notXlsx();
  }
  if (entries > WORKBOOK_LIMITS.entries)
    throw badRequest('CATALOG.WORKBOOK_TOO_MANY_ENTRIES', '工作簿内部文件过多，不是正常的目录工作簿', [{ path: 'file', message: `压缩包含 ${entries} 个文件，上限 ${WORKBOOK_LIMITS.entries}` }]);
  if (largest > WORKBOOK_LIMITS.entryBytes || total > WORKBOOK_LIMITS.totalBytes)
    throw new DomainError('CATALOG.WORKBOOK_TOO_LARGE', 413, '工作簿解压后过大', [{ path: 'file', message: `解压后共 ${Math.ceil(total / 1048576)} MB，上限 ${WORKBOOK_LIMITS.totalBytes / 1048576} MB（单个部件 ${WORKBOOK_LIMITS.entryBytes / 1048576} MB）` }]);
}

function notXlsx() {
  return badRequest('REQUEST.INVALID', '上传的文件不是 Excel 工作簿（.xlsx）', [{ path: 'file', message: '请上传 .xlsx 格式的工作簿' }]);
}

/**
 * Read raw items (for `itemSchema`) out of a workbook. Problems the parser finds — a missing
 * sheet or column, an unknown label, a non-number, a row naming no item — end in a
 * WorkbookInvalidError together with the schema problems of the same items.
 */
export async function workbookToItems(buffer: Uint8Array, onProgress?: Progress): Promise<WorkbookItems> {
  const read = await readWorkbook(buffer, onProgress);
  if (read.problems.length) {
    const schemaProblems = read.items.flatMap((raw, index) => {
      const parsed = itemSchema.safeParse(raw);
      return parsed.success ? [] : zodFieldErrors(parsed.error).map((e) => ({ index, path: e.path, message: e.message }));
    });
    throw new WorkbookInvalidError(mergeProblems(read.problems, schemaProblems.map((p) => locateItemProblem(read, p))));
  }
  return { items: read.items, locate: read.locate };
}

/**
 * Import a workbook through `importer` (the catalog service). Every problem — the parser's, the
 * schema's, the references' — ends in one WorkbookInvalidError naming its cell; nothing is written.
 */
export async function importWorkbook(buffer: Uint8Array, importer: Importer, onProgress?: Progress): Promise<ImportResult> {
  const read = await readWorkbook(buffer, onProgress);
  let itemProblems: ItemProblem[] = [];
  try {
    // with parser problems the items are only checked, never written
    const result = await importer(read.items, read.problems.length > 0);
    if (read.problems.length === 0) return result;
  } catch (err) {
    if (!(err instanceof ImportInvalidError)) throw err;
    itemProblems = err.problems;
  }
  throw new WorkbookInvalidError(mergeProblems(read.problems, itemProblems.map((p) => locateItemProblem(read, p))));
}

/** Map an item problem of the service (`items[index]`, field path) to its cell. */
export function locateItemProblem(workbook: Pick<WorkbookItems, 'locate'>, problem: ItemProblem): CellProblem {
  return { ...workbook.locate(problem.index, problem.path), message: problem.message };
}

// --- reading

interface ItemRows {
  row: number;
  lists: Record<ListField, number[]>;
}

interface ReadResult extends WorkbookItems {
  problems: CellProblem[];
}

/** Header positions of one sheet as the uploaded workbook has them (columns may be reordered). */
type HeaderMap = Map<string, { column: number; letter: string }>;

async function readWorkbook(buffer: Uint8Array, onProgress?: Progress): Promise<ReadResult> {
  assertXlsx(buffer);
  assertWorkbookSize(buffer);
  const wb = new (await excel()).Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives one whatever backs the caller's bytes
    await wb.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw notXlsx();
  }
  const headers = readHeaders(wb);
  // without every sheet and column nothing else can be read reliably: report the layout alone
  if (headers.problems.length) throw new WorkbookInvalidError(headers.problems);

  const total = DATA_SHEETS.reduce((n, layout) => n + Math.max(0, (wb.getWorksheet(layout.name)?.rowCount ?? 1) - 1), 0);
  let done = 0;
  const tick = () => {
    done += 1;
    if (done % 100 === 0 || done === total) onProgress?.(done, total);
  };
  const problems: CellProblem[] = [];
  const items: Record<string, unknown>[] = [];
  const rows: ItemRows[] = [];
  const indexByCode = new Map<string, number>();

  const itemSheet = wb.getWorksheet(ITEM_SHEET.name);
  const itemHeaders = headers.maps.get(ITEM_SHEET.name);
  if (itemSheet && itemHeaders) {
    eachDataRow(itemSheet, ITEM_SHEET, itemHeaders, tick, (record, rowNumber, rowProblems) => {
      const code = record.code;
      if (typeof code === 'string') {
        const first = indexByCode.get(code);
        if (first !== undefined) {
          rowProblems.push(problemAt(ITEM_SHEET, itemHeaders, 'code', rowNumber, `事项编码重复，与第 ${rows[first]?.row ?? '?'} 行相同`));
          problems.push(...rowProblems);
          return;
        }
        indexByCode.set(code, items.length);
      }
      problems.push(...rowProblems);
      items.push({ ...record, materials: [], situations: [], steps: [], fees: [] });
      rows.push({ row: rowNumber, lists: { materials: [], situations: [], steps: [], fees: [] } });
    });
  }

  for (const layout of CHILD_SHEETS) {
    const ws = wb.getWorksheet(layout.name);
    const map = headers.maps.get(layout.name);
    const field = layout.list;
    if (!ws || !map || !field) continue;
    const children: { index: number; order: number; row: number; element: Record<string, unknown> }[] = [];
    eachDataRow(ws, layout, map, tick, (record, rowNumber, rowProblems) => {
      problems.push(...rowProblems);
      const { [ITEM_REF]: code, [STEP_ORDER]: order, ...element } = record;
      if (typeof code !== 'string') return;
      const index = indexByCode.get(code);
      if (index === undefined) {
        problems.push(problemAt(layout, map, ITEM_REF, rowNumber, `事项编码"${code}"在"${ITEM_SHEET.name}"表中不存在`));
        return;
      }
      children.push({ index, order: typeof order === 'number' ? order : 0, row: rowNumber, element });
    });
    // steps follow their 序号; other lists keep the order of their rows (the sort is stable)
    if (field === 'steps') children.sort((a, b) => a.order - b.order);
    for (const child of children) {
      const target = items[child.index]?.[field];
      if (Array.isArray(target)) target.push(child.element);
      rows[child.index]?.lists[field].push(child.row);
    }
  }
  // the 申请表 sheet: an item without a row keeps the general form (a workbook from before forms has no such sheet)
  const formRows = new Map<number, number>();
  for (const item of items) item.form = null;
  const formSheet = wb.getWorksheet(FORM_SHEET);
  formSheet?.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const code = String(row.getCell(1).text ?? '').trim();
    const text = String(row.getCell(2).text ?? '').trim();
    if (!code && !text) return;
    const at = (column: 0 | 1, message: string) => problems.push({ sheet: FORM_SHEET, row: rowNumber, column: FORM_HEADERS[column], address: `${column ? 'B' : 'A'}${rowNumber}`, message });
    const index = indexByCode.get(code);
    if (index === undefined) return at(0, `事项编码"${code}"在"${ITEM_SHEET.name}"表中不存在`);
    if (formRows.has(index)) return at(0, `事项编码重复，与第 ${formRows.get(index) ?? '?'} 行相同`);
    formRows.set(index, rowNumber);
    try {
      (items[index] as Record<string, unknown>).form = JSON.parse(text) as unknown;
    } catch {
      at(1, '申请表不是有效的 JSON');
    }
  });
  onProgress?.(total, total);

  const locate = (index: number, path: string): CellLocation => {
    const formRow = formRows.get(index);
    if (path.split('.')[0] === 'form' && formRow !== undefined) return { sheet: FORM_SHEET, row: formRow, column: FORM_HEADERS[1], address: `B${formRow}` };
    return locatePath(headers.maps, rows[index], path);
  };
  return { items, locate, problems };
}

function readHeaders(wb: ExcelJS.Workbook): { maps: Map<string, HeaderMap>; problems: CellProblem[] } {
  const maps = new Map<string, HeaderMap>();
  const problems: CellProblem[] = [];
  for (const layout of DATA_SHEETS) {
    const ws = wb.getWorksheet(layout.name);
    if (!ws) {
      problems.push({ sheet: layout.name, row: null, column: null, address: null, message: `缺少工作表"${layout.name}"` });
      continue;
    }
    const found = new Map<string, { column: number; letter: string }>();
    ws.getRow(1).eachCell((cell, column) => {
      const value = cellScalar(cell.value);
      const header = typeof value === 'string' ? normalizeHeader(value) : '';
      if (header && !found.has(header)) found.set(header, { column, letter: columnLetter(column) });
    });
    const map: HeaderMap = new Map();
    for (const c of layout.columns) {
      const at = found.get(normalizeHeader(c.header));
      if (at) map.set(c.field, at);
      else problems.push({ sheet: layout.name, row: 1, column: c.header, address: null, message: `工作表"${layout.name}"缺少列"${c.header}"` });
    }
    maps.set(layout.name, map);
  }
  return { maps, problems };
}

/** Headers match ignoring spaces and half-/full-width brackets: 法定时限(工作日) = 法定时限（工作日）. */
function normalizeHeader(header: string): string {
  return header.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function eachDataRow(
  ws: ExcelJS.Worksheet,
  layout: SheetLayout,
  map: HeaderMap,
  tick: () => void,
  onRow: (record: Record<string, unknown>, rowNumber: number, problems: CellProblem[]) => void,
) {
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    tick();
    const values = layout.columns.map((c) => {
      const at = map.get(c.field);
      return at ? cellScalar(row.getCell(at.column).value) : null;
    });
    // rows left blank between data are not items
    if (values.every((v) => v === null)) return;
    const record: Record<string, unknown> = {};
    const problems: CellProblem[] = [];
    layout.columns.forEach((c, i) => {
      const parsed = parseCell(values[i] ?? null, c.cell);
      if ('problem' in parsed) problems.push(problemAt(layout, map, c.field, rowNumber, parsed.problem));
      else if ('value' in parsed) record[c.field] = parsed.value;
    });
    onRow(record, rowNumber, problems);
  });
}

type Scalar = string | number | boolean | { error: string };

/** The plain value of a cell: rich text joined, formulas by their cached result, dates as YYYY-MM-DD, blanks null. */
function cellScalar(value: ExcelJS.CellValue): Scalar | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return cellScalar(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return cellScalar(value.text);
  if ('result' in value) return cellScalar(value.result ?? null);
  return null;
}

type Parsed = { value: unknown } | { omit: true } | { problem: string };

function parseCell(value: Scalar | null, cell: CellKind): Parsed {
  if (value === null) return emptyCell(cell);
  if (typeof value === 'object') return { problem: `单元格是错误值 ${value.error}` };
  switch (cell.kind) {
    case 'text':
      return { value: String(value).trim() };
    case 'int':
      return parseInteger(value);
    case 'bool':
      return parseBoolean(value);
    case 'label':
      return parseLabel(String(value).trim(), cell.labels);
    case 'list':
      return { value: String(value).split(/[；;]/).map((s) => s.trim()).filter(Boolean) };
    case 'lines':
      return { value: String(value).split(/\r?\n/).map((s) => s.trim()).filter(Boolean) };
    case 'json':
      return parseJson(String(value));
  }
}

function parseJson(text: string): Parsed {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: '须为 JSON（导出的计费规则原样保留）' };
  }
}

function emptyCell(cell: CellKind): Parsed {
  if (cell.kind === 'json') return { value: null };
  const empty = 'empty' in cell ? cell.empty : 'default';
  if (empty === 'required') return { problem: '必填' };
  if (empty === 'null') return { value: null };
  return { omit: true };
}

function parseInteger(value: string | number | boolean): Parsed {
  if (typeof value === 'number') return Number.isInteger(value) ? { value } : { problem: `须为整数，而不是 ${value}` };
  // full-width digits typed with a Chinese input method count as digits
  const s = String(value).trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^[+-]?\d+$/.test(s) ? { value: Number.parseInt(s, 10) } : { problem: `须为整数，而不是"${String(value)}"` };
}

const BOOLEANS: Record<string, boolean> = { 是: true, 否: false, true: true, false: false, '1': true, '0': false, y: true, n: false, yes: true, no: false };

function parseBoolean(value: string | number | boolean): Parsed {
  if (typeof value === 'boolean') return { value };
  const b = BOOLEANS[String(value).trim().toLowerCase()];
  return b === undefined ? { problem: `须填"${YES}"或"${NO}"，而不是"${String(value)}"` } : { value: b };
}

function parseLabel(value: string, labels: Readonly<Record<string, string>>): Parsed {
  if (Object.hasOwn(labels, value)) return { value };
  const key = Object.keys(labels).find((k) => labels[k] === value);
  return key ? { value: key } : { problem: `"${value}"不是可选值；可选：${Object.values(labels).join('、')}` };
}

// --- locating

function problemAt(layout: SheetLayout, map: HeaderMap, field: string, row: number, message: string): CellProblem {
  const column = layout.columns.find((c) => c.field === field)?.header ?? '';
  const letter = map.get(field)?.letter;
  return { sheet: layout.name, row, column, address: letter ? `${letter}${row}` : null, message };
}

/**
 * `materials.2.template` → 材料 sheet, the row of that item's third material, column 示范文本;
 * `promisedDays` or `legalBasis.0` → 事项 sheet, the item's row, that field's column.
 */
function locatePath(maps: Map<string, HeaderMap>, rows: ItemRows | undefined, path: string): CellLocation {
  const [head = '', second, third] = path.split('.');
  const child = CHILD_SHEETS.find((l) => l.list === head);
  const itemRow = rows?.row ?? 1;
  if (child?.list && second !== undefined && /^\d+$/.test(second)) {
    const row = rows?.lists[child.list][Number(second)];
    if (row !== undefined) {
      const field = third && child.columns.some((c) => c.field === third) ? third : (child.columns[1]?.field ?? ITEM_REF);
      return cellAt(child, maps.get(child.name), field, row);
    }
  }
  const field = child?.list ? LIST_FALLBACK_FIELD[child.list] : ITEM_SHEET.columns.some((c) => c.field === head) ? head : 'code';
  return cellAt(ITEM_SHEET, maps.get(ITEM_SHEET.name), field, itemRow);
}

function cellAt(layout: SheetLayout, map: HeaderMap | undefined, field: string, row: number): CellLocation {
  const column = layout.columns.find((c) => c.field === field)?.header ?? '';
  const letter = map?.get(field)?.letter ?? 'A';
  return { sheet: layout.name, row, column, address: `${letter}${row}` };
}

/**
 * The parser's problems first; an item problem at a cell the parser already flagged is its echo
 * (the parser left the bad value out, so the schema misses it) and is dropped; duplicates go.
 */
function mergeProblems(parser: CellProblem[], items: CellProblem[]): CellProblem[] {
  const flagged = new Set(parser.map((p) => `${p.sheet}!${p.address ?? p.row ?? ''}`));
  const seen = new Set<string>();
  const out: CellProblem[] = [];
  for (const p of [...parser, ...items.filter((p) => !flagged.has(`${p.sheet}!${p.address ?? p.row ?? ''}`))]) {
    const key = `${p.sheet}!${p.address ?? p.row ?? ''}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  const sheetOrder = (sheet: string) => DATA_SHEETS.findIndex((l) => l.name === sheet);
  return out.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || columnNumber(a.address) - columnNumber(b.address));
}

function toFieldError(p: CellProblem): FieldError {
  const path = p.address ? `${p.sheet}!${p.address}` : p.row ? `${p.sheet}!${p.row}:${p.row}` : p.sheet;
  return { path, sheet: p.sheet, row: p.row, column: p.column, message: p.message };
}

/** A1-style column letters: 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(address: string | null): number {
  const letters = address?.match(/^[A-Z]+/)?.[0] ?? '';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
