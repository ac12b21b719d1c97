/**
 * Application forms (申请表) as data: a JSON Schema with its UI layout, stored on the item version
 * (catalog.ts `form`), validated with ajv on the server and rendered by react-jsonschema-form in the
 * browser from the same schema. This module holds the pure form logic both sides share: the field
 * types the domain needs (built from a simple field list by the designer and the demo), validation
 * with Chinese messages naming each field's title, display text, prefill and the licence mapping.
 * ADR 0016.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { z } from 'zod';
import { codeTableOneOf, CODE_TABLES, type CodeTableName } from './form-code-tables.js';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from './identifiers.js';

export { CODE_TABLES, type CodeTableName } from './form-code-tables.js';

export type JsonSchema = Record<string, unknown>;

/** A form as stored on an item version. */
export const formDefinitionSchema = z.object({
  /** JSON Schema (draft-07) of the form's data: an object whose properties are the fields */
  schema: z.record(z.string(), z.unknown()),
  /** the UI layout (react-jsonschema-form uiSchema): order, widgets, help texts */
  ui: z.record(z.string(), z.unknown()).default({}),
  /** licence field → the form field that fills it (e.g. 主体业态 → 主体业态) */
  licenceMap: z.record(z.string().trim().min(1).max(40), z.string().trim().min(1).max(80)).default({}),
  /** fields analytics may group by (choice fields, e.g. 主体业态) */
  dimensions: z.array(z.string().trim().min(1).max(80)).max(10).default([]),
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

// ------------------------------------------------------------------------------ field types

export const FIELD_TYPES = {
  text: '单行文本',
  textarea: '多行文本',
  number: '数字（带单位）',
  date: '日期',
  dateRange: '日期区间',
  choice: '单选',
  multiChoice: '多选',
  codeTable: '代码表',
  idNumber: '身份证号',
  creditCode: '统一社会信用代码',
  phone: '电话',
  address: '地址',
  boolean: '是/否',
  table: '表格（多行）',
  material: '附件（申请材料）',
} as const;
export type FieldType = keyof typeof FIELD_TYPES;

/** Where a field's prefill comes from: the applicant's identity, or the same field of their own earlier cases. */
export const PREFILL_SOURCES = {
  name: '申请人名称',
  idNumber: '申请人身份证号',
  creditCode: '申请人统一社会信用代码',
  phone: '申请人电话',
  history: '本人以前的办件',
} as const;
export type PrefillSource = keyof typeof PREFILL_SOURCES;

/** One field as the designer and the demo forms describe it; `buildForm` turns a list into a FormDefinition. */
export interface FieldSpec {
  /** the property name the case data keeps (Chinese titles are fine: 主体业态) */
  key: string;
  title: string;
  type: FieldType;
  required?: boolean;
  help?: string;
  /** number: its unit (平方米, 万元) */
  unit?: string;
  /** choice / multiChoice: the options */
  options?: string[];
  /** codeTable: which national table */
  codeTable?: CodeTableName;
  /** material: the code of the item's material whose file this field is (uploaded with the material upload) */
  material?: string;
  /** table: the columns of a row (no nested tables) */
  columns?: FieldSpec[];
  /** shown (and required) only when another top-level field has this value */
  showWhen?: { field: string; equals: string | boolean };
  /** shown (and required) only when the applicant's 办理情形 include one of these situation codes */
  situations?: string[];
  prefill?: PrefillSource;
  /** analytics may group cases by it */
  dimension?: boolean;
  /** the licence field it fills */
  licence?: string;
  /** a person's data (a name: 法定代表人, 食品安全管理员): kept from the regulators' events; 身份证号 and phone fields are always */
  personal?: boolean;
}

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;
/** 手机号码 or 固定电话 (0538-1234567). */
export function isValidPhone(v: string): boolean {
  return isValidMobile(v) || PHONE.test(v);
}

/** The string formats a form's schema may name, checked the same way on the server and in the browser. */
export const FORM_FORMATS: Record<string, (v: string) => boolean> = {
  'id-number': isValidIdNumber,
  'credit-code': isValidCreditCode,
  phone: isValidPhone,
};

function fieldSchema(f: FieldSpec): JsonSchema {
  const base = { title: f.title, ...(f.help ? { description: f.help } : {}), 'x-type': f.type };
  switch (f.type) {
    case 'text':
      return { ...base, type: 'string', maxLength: 200, ...(f.required ? { minLength: 1 } : {}) };
    case 'textarea':
      return { ...base, type: 'string', maxLength: 2000, ...(f.required ? { minLength: 1 } : {}) };
    case 'number':
      return { ...base, type: 'number', minimum: 0, ...(f.unit ? { 'x-unit': f.unit } : {}) };
    case 'date':
      return { ...base, type: 'string', format: 'date' };
    case 'dateRange':
      return {
        ...base,
        type: 'object',
        properties: { start: { type: 'string', format: 'date', title: '起始日期' }, end: { type: 'string', format: 'date', title: '截止日期' } },
        required: ['start', 'end'],
        'x-date-range': true,
      };
    case 'choice':
      return { ...base, type: 'string', enum: f.options ?? [] };
    case 'multiChoice':
      return { ...base, type: 'array', items: { type: 'string', enum: f.options ?? [] }, uniqueItems: true, ...(f.required ? { minItems: 1 } : {}) };
    case 'codeTable':
      return { ...base, type: 'string', 'x-code-table': f.codeTable ?? 'industry', oneOf: codeTableOneOf(f.codeTable ?? 'industry') };
    case 'idNumber':
      return { ...base, type: 'string', format: 'id-number' };
    case 'creditCode':
      return { ...base, type: 'string', format: 'credit-code' };
    case 'phone':
      return { ...base, type: 'string', format: 'phone' };
    case 'address':
      return {
        ...base,
        type: 'object',
        properties: {
          division: { type: 'string', title: '所在区县', 'x-code-table': 'taian-division', oneOf: codeTableOneOf('taian-division') },
          detail: { type: 'string', title: '详细地址', minLength: 1, maxLength: 200 },
        },
        required: ['division', 'detail'],
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'material':
      // the file is the case's material, not form data: "required" means the material has a file at submit
      return { ...base, type: 'string', 'x-material': f.material ?? '', ...(f.required ? { 'x-required': true } : {}) };
    case 'table': {
      const cols = (f.columns ?? []).filter((c) => c.type !== 'table');
      return {
        ...base,
        type: 'array',
        maxItems: 100,
        ...(f.required ? { minItems: 1 } : {}),
        items: {
          type: 'object',
          properties: Object.fromEntries(cols.map((c) => [c.key, { ...fieldSchema(c), ...(c.personal ? { 'x-personal': true } : {}) }])),
          required: cols.filter((c) => c.required).map((c) => c.key),
        },
      };
    }
  }
}

function fieldUi(f: FieldSpec): JsonSchema {
  const ui: JsonSchema = {};
  if (f.type === 'textarea') ui['ui:widget'] = 'textarea';
  if (f.type === 'multiChoice') ui['ui:widget'] = 'checkboxes';
  if (f.type === 'boolean') ui['ui:widget'] = 'radio';
  if (f.type === 'number' && f.unit) ui['ui:title'] = `${f.title}（${f.unit}）`;
  if (f.type === 'phone') ui['ui:options'] = { inputType: 'tel' };
  if (f.type === 'material') ui['ui:field'] = 'material';
  if (f.type === 'table') {
    const items: JsonSchema = {};
    for (const c of f.columns ?? []) {
      const u = fieldUi(c);
      if (Object.keys(u).length) items[c.key] = u;
    }
    ui.items = items;
  }
  return ui;
}

/** The JSON Schema and layout of a field list (the designer's and the demo's way to write a form). */
export function buildForm(fields: FieldSpec[], options: { otherInfo?: boolean } = {}): FormDefinition {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const allOf: JsonSchema[] = [];
  const ui: JsonSchema = { 'ui:order': [...fields.map((f) => f.key), '*'] };
  const licenceMap: Record<string, string> = {};
  const dimensions: string[] = [];
  for (const f of fields) {
    const s = fieldSchema(f);
    if (f.prefill) s['x-prefill'] = f.prefill;
    if (f.personal) s['x-personal'] = true;
    if (f.situations?.length) s['x-situations'] = [...f.situations];
    if (f.showWhen) {
      allOf.push({
        if: { properties: { [f.showWhen.field]: { const: f.showWhen.equals } }, required: [f.showWhen.field] },
        then: { properties: { [f.key]: s }, required: f.required ? [f.key] : [] },
      });
    } else {
      properties[f.key] = s;
      if (f.required && f.type !== 'material') required.push(f.key);
    }
    const u = fieldUi(f);
    if (Object.keys(u).length) ui[f.key] = u;
    if (f.licence) licenceMap[f.licence] = f.key;
    if (f.dimension) dimensions.push(f.key);
  }
  const schema: JsonSchema = { type: 'object', properties, required };
  if (allOf.length) schema.allOf = allOf;
  // the general form keeps today's free 其他信息 pairs (an item's own form does not forbid other keys:
  // a field shown by a condition lives under allOf, where additionalProperties would not see it)
  if (options.otherInfo) schema.additionalProperties = { type: 'string', title: '其他信息', maxLength: 500 };
  return { schema, ui, licenceMap, dimensions };
}

/** The field list back from a form the builder made (what the designer edits). */
export function fieldsOf(def: FormDefinition): FieldSpec[] {
  const s = def.schema;
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  const conditional = new Map<string, { schema: JsonSchema; required: boolean; showWhen: FieldSpec['showWhen'] }>();
  for (const part of (s.allOf ?? []) as JsonSchema[]) {
    const cond = (part.if as JsonSchema | undefined)?.properties as Record<string, { const: string | boolean }> | undefined;
    const then = part.then as JsonSchema | undefined;
    if (!cond || !then) continue;
    const [field, c] = Object.entries(cond)[0] ?? [];
    for (const [key, ps] of Object.entries((then.properties ?? {}) as Record<string, JsonSchema>))
      conditional.set(key, { schema: ps, required: ((then.required ?? []) as string[]).includes(key), showWhen: field && c ? { field, equals: c.const } : undefined });
  }
  const order = ((def.ui['ui:order'] ?? []) as string[]).filter((k) => k !== '*');
  const keys = [...order, ...Object.keys(props), ...conditional.keys()].filter((k, i, a) => a.indexOf(k) === i && (k in props || conditional.has(k)));
  const licenceOf = new Map(Object.entries(def.licenceMap).map(([l, k]) => [k, l]));
  return keys.map((key) => {
    const c = conditional.get(key);
    const spec = specOf(key, c?.schema ?? props[key] ?? {}, c ? c.required : required.has(key));
    if (c?.showWhen) spec.showWhen = c.showWhen;
    if (def.dimensions.includes(key)) spec.dimension = true;
    const licence = licenceOf.get(key);
    if (licence) spec.licence = licence;
    return spec;
  });
}

function specOf(key: string, s: JsonSchema, required: boolean): FieldSpec {
  const type = (s['x-type'] as FieldType | undefined) ?? guessType(s);
  const spec: FieldSpec = { key, title: String(s.title ?? key), type };
  if (required || s['x-required'] === true) spec.required = true;
  if (type === 'material') spec.material = String(s['x-material'] ?? '');
  if (typeof s.description === 'string') spec.help = s.description;
  if (typeof s['x-unit'] === 'string') spec.unit = s['x-unit'];
  if (typeof s['x-prefill'] === 'string') spec.prefill = s['x-prefill'] as PrefillSource;
  if (s['x-personal'] === true) spec.personal = true;
  if (Array.isArray(s['x-situations'])) spec.situations = [...(s['x-situations'] as string[])];
  if (type === 'choice') spec.options = (s.enum ?? []) as string[];
  if (type === 'multiChoice') spec.options = ((s.items as JsonSchema | undefined)?.enum ?? []) as string[];
  if (type === 'codeTable') spec.codeTable = s['x-code-table'] as CodeTableName;
  if (type === 'table') {
    const items = (s.items ?? {}) as JsonSchema;
    const req = new Set((items.required ?? []) as string[]);
    spec.columns = Object.entries((items.properties ?? {}) as Record<string, JsonSchema>).map(([k, cs]) => specOf(k, cs, req.has(k)));
  }
  return spec;
}

function guessType(s: JsonSchema): FieldType {
  if (s.type === 'number' || s.type === 'integer') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'array') return (s.items as JsonSchema | undefined)?.type === 'object' ? 'table' : 'multiChoice';
  if (s.format === 'date') return 'date';
  if (Array.isArray(s.enum)) return 'choice';
  return 'text';
}

/** The general form every item without its own keeps: today's four fields plus free 其他信息 pairs, none required (as before forms were data). */
export const GENERAL_FORM: FormDefinition = buildForm(
  [
    { key: '项目名称', title: '项目名称', type: 'text' },
    { key: '经营场所', title: '经营场所', type: 'text', prefill: 'history' },
    { key: '联系人及电话', title: '联系人及电话', type: 'text', prefill: 'history' },
    { key: '申请说明', title: '申请说明', type: 'textarea' },
  ],
  { otherInfo: true },
);

/** The form of an item version: its own, or the general one. */
export function itemForm(item: { form?: FormDefinition | null }): FormDefinition {
  return item.form ?? GENERAL_FORM;
}

// ------------------------------------------------------------------------------ situations

/** Whether a field is shown for these 办理情形 (a field without `x-situations` always is). */
function shownFor(s: JsonSchema | undefined, situation: readonly string[]): boolean {
  const codes = s?.['x-situations'];
  return !Array.isArray(codes) || codes.length === 0 || codes.some((c) => situation.includes(String(c)));
}

/** The top-level fields the applicant's 办理情形 hide (their values are neither checked nor shown). */
export function hiddenFields(def: FormDefinition, situation: readonly string[]): string[] {
  const out: string[] = [];
  for (const [key, s] of Object.entries((def.schema.properties ?? {}) as Record<string, JsonSchema>)) if (!shownFor(s, situation)) out.push(key);
  for (const part of (def.schema.allOf ?? []) as JsonSchema[])
    for (const [key, s] of Object.entries(((part.then as JsonSchema | undefined)?.properties ?? {}) as Record<string, JsonSchema>)) if (!shownFor(s, situation)) out.push(key);
  return out;
}

/**
 * The form as an applicant with these 办理情形 sees it: the fields the situations hide are gone
 * (so they are not required), and so are their values. The browser renders it, the server validates
 * and displays a case's form through it.
 */
export function formForSituation(def: FormDefinition, situation: readonly string[], data: Record<string, unknown> = {}): { def: FormDefinition; data: Record<string, unknown> } {
  const hidden = new Set(hiddenFields(def, situation));
  if (hidden.size === 0) return { def, data };
  const strip = (o: JsonSchema): JsonSchema => {
    const props = Object.fromEntries(Object.entries((o.properties ?? {}) as Record<string, JsonSchema>).filter(([k]) => !hidden.has(k)));
    return { ...o, properties: props, required: ((o.required ?? []) as string[]).filter((k) => !hidden.has(k)) };
  };
  const schema: JsonSchema = strip(def.schema);
  if (Array.isArray(def.schema.allOf)) schema.allOf = (def.schema.allOf as JsonSchema[]).map((part) => (part.then ? { ...part, then: strip(part.then as JsonSchema) } : part));
  const ui: JsonSchema = { ...def.ui };
  if (Array.isArray(ui['ui:order'])) ui['ui:order'] = (ui['ui:order'] as string[]).filter((k) => !hidden.has(k));
  return { def: { ...def, schema, ui }, data: Object.fromEntries(Object.entries(data).filter(([k]) => !hidden.has(k))) };
}

// ------------------------------------------------------------------------------ validation

const addFormats = addFormatsModule as unknown as (ajv: Ajv, formats: string[]) => Ajv;

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['date']);
  for (const [name, check] of Object.entries(FORM_FORMATS)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addVocabulary(['x-type', 'x-unit', 'x-code-table', 'x-prefill', 'x-personal', 'x-situations', 'x-material', 'x-required']);
  ajv.addKeyword({
    keyword: 'x-date-range',
    type: 'object',
    schemaType: 'boolean',
    error: { message: 'x-date-range' },
    validate: (on: boolean, data: { start?: unknown; end?: unknown }) => !on || typeof data.start !== 'string' || typeof data.end !== 'string' || data.start <= data.end,
  });
  return ajv;
}

let ajvInstance: Ajv | null = null;
const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of a schema (cached by its text; a schema that does not compile throws). */
function validatorOf(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = compiled.get(key);
  if (!v) {
    ajvInstance ??= newAjv();
    v = ajvInstance.compile(schema);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, v);
  }
  return v;
}

/** A field at fault: `path` dotted into the form data (经营项目.0.项目名称), `field` the titles a person reads. */
export interface FormIssue {
  path: string;
  field: string;
  message: string;
}

/** Chinese message of one ajv error, naming the field. */
export function issueMessage(keyword: string, params: Record<string, unknown>, field: string): string {
  switch (keyword) {
    case 'required':
      return `请填写“${field}”`;
    case 'type':
      return params.type === 'number' || params.type === 'integer' ? `“${field}”须为数字` : `“${field}”格式不正确`;
    case 'format':
      switch (params.format) {
        case 'id-number':
          return `“${field}”不是有效的身份证号（位数或校验位不正确）`;
        case 'credit-code':
          return `“${field}”不是有效的统一社会信用代码（位数或校验位不正确）`;
        case 'phone':
          return `“${field}”不是有效的电话号码`;
        case 'date':
          return `“${field}”不是有效的日期`;
        default:
          return `“${field}”格式不正确`;
      }
    case 'minLength':
      return `请填写“${field}”`;
    case 'maxLength':
      return `“${field}”不能超过 ${String(params.limit)} 个字`;
    case 'minimum':
      return `“${field}”不能小于 ${String(params.limit)}`;
    case 'maximum':
      return `“${field}”不能大于 ${String(params.limit)}`;
    case 'minItems':
      return `“${field}”至少填写 ${String(params.limit)} 项`;
    case 'maxItems':
      return `“${field}”最多填写 ${String(params.limit)} 项`;
    case 'enum':
    case 'const':
    case 'oneOf':
      return `“${field}”不是可选的值`;
    case 'uniqueItems':
      return `“${field}”有重复的选项`;
    case 'additionalProperties':
      return `表单没有“${String(params.additionalProperty)}”这一项`;
    case 'x-date-range':
      return `“${field}”的截止日期不能早于起始日期`;
    default:
      return `“${field}”填写有误`;
  }
}

/** The schema of a property of an object schema, including one shown by a condition. */
function propertyOf(s: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (!s) return undefined;
  const direct = (s.properties as Record<string, JsonSchema> | undefined)?.[key];
  if (direct) return direct;
  for (const part of (s.allOf ?? []) as JsonSchema[]) {
    const p = ((part.then as JsonSchema | undefined)?.properties as Record<string, JsonSchema> | undefined)?.[key];
    if (p) return p;
  }
  return undefined;
}

/** The titles along a data path: 经营项目 › 第2行 › 项目名称. */
export function fieldTitle(schema: JsonSchema, segments: string[]): string {
  const out: string[] = [];
  let s: JsonSchema | undefined = schema;
  for (const seg of segments) {
    if (s?.type === 'array') {
      out.push(`第${Number(seg) + 1}行`);
      s = s.items as JsonSchema | undefined;
      continue;
    }
    s = propertyOf(s, seg);
    out.push(String(s?.title ?? seg));
  }
  return out.join(' › ');
}

function issuesOf(schema: JsonSchema, errors: ErrorObject[]): FormIssue[] {
  const out = new Map<string, FormIssue>();
  for (const e of errors) {
    // an unmet condition or a alternative's own failures are not the applicant's business
    if (e.keyword === 'if' || (e.keyword === 'const' && /\/oneOf\/\d+\//.test(e.schemaPath))) continue;
    const segments = e.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'required') segments.push(String(e.params.missingProperty));
    if (e.keyword === 'additionalProperties') segments.push(String(e.params.additionalProperty));
    const path = segments.join('.');
    if (out.has(path)) continue;
    const field = fieldTitle(schema, segments);
    out.set(path, { path, field, message: issueMessage(e.keyword, e.params as Record<string, unknown>, field) });
  }
  return [...out.values()];
}

/** The attachment fields of a form (top-level, also those shown by a condition): key, title, material code, required. */
export function materialFields(def: FormDefinition): { key: string; title: string; material: string; required: boolean }[] {
  const parts = [def.schema, ...((def.schema.allOf ?? []) as JsonSchema[]).map((p) => (p.then ?? {}) as JsonSchema)];
  return parts.flatMap((p) =>
    Object.entries((p.properties ?? {}) as Record<string, JsonSchema>)
      .filter(([, s]) => s['x-type'] === 'material')
      .map(([key, s]) => ({ key, title: String(s.title ?? key), material: String(s['x-material'] ?? ''), required: s['x-required'] === true })),
  );
}

/**
 * Every field of `data` that does not satisfy the form (empty when it does). With `materialsWithFile`
 * (the codes of the case's materials that have a file), a required attachment field is satisfied
 * exactly when its material has a file; without it (the browser) attachment fields are not checked.
 */
export function validateForm(def: FormDefinition, data: unknown, ctx: { materialsWithFile?: readonly string[] } = {}): FormIssue[] {
  const validate = validatorOf(def.schema);
  const out = validate(data) ? [] : issuesOf(def.schema, validate.errors ?? []);
  const withFile = ctx.materialsWithFile;
  if (withFile)
    for (const m of materialFields(def))
      if (m.required && !withFile.includes(m.material) && !out.some((i) => i.path === m.key)) out.push({ path: m.key, field: m.title, message: `请上传“${m.title}”` });
  return out;
}

/** Why a form cannot be stored on an item (its schema does not compile, a mapping names no field, an attachment names no material of the item…). */
export function formRuleViolations(def: FormDefinition, materialCodes?: readonly string[]): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  if (def.schema.type !== 'object') return [{ path: ['form', 'schema', 'type'], message: '申请表的 schema 须为 object' }];
  try {
    validatorOf(def.schema);
  } catch (err) {
    return [{ path: ['form', 'schema'], message: `申请表的 JSON Schema 无效：${(err as Error).message.slice(0, 200)}` }];
  }
  for (const [licenceField, key] of Object.entries(def.licenceMap))
    if (!propertyOf(def.schema, key)) out.push({ path: ['form', 'licenceMap', licenceField], message: `证照字段“${licenceField}”对应的表单项“${key}”不存在` });
  if (materialCodes)
    for (const m of materialFields(def))
      if (!materialCodes.includes(m.material)) out.push({ path: ['form', 'schema', 'properties', m.key], message: `附件“${m.title}”须对应本事项的一项申请材料` });
  def.dimensions.forEach((key, i) => {
    const p = propertyOf(def.schema, key);
    if (!p) out.push({ path: ['form', 'dimensions', i], message: `统计维度“${key}”不是表单中的项` });
    else if (p.type !== 'string' && p.type !== 'boolean') out.push({ path: ['form', 'dimensions', i], message: `统计维度“${key}”须为单选、代码表或是/否项` });
  });
  return out;
}

// ------------------------------------------------------------------------------ display

/** A value as a person reads it: code tables by name, dates ranges as 起–止, tables row by row. */
export function valueText(s: JsonSchema | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(s?.oneOf)) {
    const hit = (s.oneOf as { const?: unknown; title?: string }[]).find((o) => o.const === value);
    if (hit?.title) return hit.title;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return typeof s?.['x-unit'] === 'string' ? `${value} ${s['x-unit']}` : String(value);
  if (Array.isArray(value)) {
    const items = s?.items as JsonSchema | undefined;
    if (items?.type === 'object') return value.map((row, i) => `${i + 1}. ${valueText(items, row)}`).join('；');
    return value.map((v) => valueText(items, v)).join('、');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (s?.['x-date-range']) return `${String(o.start ?? '')} 至 ${String(o.end ?? '')}`;
    if (s?.['x-type'] === 'address') return `${valueText(propertyOf(s, 'division'), o.division)}${String(o.detail ?? '')}`;
    return Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${String(propertyOf(s, k)?.title ?? k)}：${valueText(propertyOf(s, k), v)}`)
      .join('，');
  }
  return String(value);
}

/** The filled form as rows of title and text, in the form's order (keys the form does not know come last, by their own name). */
export function formRows(def: FormDefinition, data: Record<string, unknown>, attached?: Readonly<Record<string, readonly string[]>>): { key: string; title: string; text: string }[] {
  const order = ((def.ui['ui:order'] ?? []) as string[]).filter((k) => k !== '*');
  // with the case's files (material code → file names): every attachment field the form always shows, and one a condition shows once it has a file
  const top = (def.schema.properties ?? {}) as Record<string, JsonSchema>;
  const attachments = new Map(attached ? materialFields(def).filter((m) => m.key in top || (attached[m.material]?.length ?? 0) > 0).map((m) => [m.key, attached[m.material] ?? []]) : []);
  const present = (k: string) => k in data || attachments.has(k);
  const keys = [...order.filter(present), ...[...Object.keys(data), ...attachments.keys()].filter((k, i, all) => !order.includes(k) && all.indexOf(k) === i)];
  return keys
    .map((key) => {
      const s = propertyOf(def.schema, key);
      const files = attachments.get(key);
      return { key, title: String(s?.title ?? key), text: files ? (files.length ? `已上传：${files.join('、')}` : '未上传') : valueText(s, data[key]) };
    })
    .filter((r) => r.text !== '');
}

/** The licence's fields the item maps from the form (licence field → text). */
export function licenceFieldsOf(def: FormDefinition, data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [licenceField, key] of Object.entries(def.licenceMap)) {
    const text = valueText(propertyOf(def.schema, key), data[key]);
    if (text) out[licenceField] = text;
  }
  return out;
}

const PERSONAL_TYPES = new Set(['idNumber', 'phone']);
const IDENTITY_PREFILL = new Set(['name', 'idNumber', 'creditCode', 'phone']);

/** Whether a field carries a person's identifiers or contact (身份证号, 电话) or repeats the applicant's identity. */
function personal(s: JsonSchema | undefined): boolean {
  return s?.['x-personal'] === true || PERSONAL_TYPES.has(String(s?.['x-type'])) || IDENTITY_PREFILL.has(String(s?.['x-prefill']));
}

/**
 * The form's structured fields for the regulators, minimised: only what the item's schema knows
 * (no free 其他信息), without 身份证号, phone and personal (x-personal: a person's name) fields, also
 * inside table rows, and without the applicant's identity (the event names the applicant as the exchange's rules allow); title → text.
 */
export function regulatorFields(def: FormDefinition, data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of formRows(def, data)) {
    const s = propertyOf(def.schema, r.key);
    if (!s || personal(s)) continue;
    const items = s.items as JsonSchema | undefined;
    if (s.type === 'array' && items?.type === 'object') {
      const kept = Object.fromEntries(Object.entries((items.properties ?? {}) as Record<string, JsonSchema>).filter(([, c]) => !personal(c)));
      const rows = Array.isArray(data[r.key]) ? (data[r.key] as Record<string, unknown>[]) : [];
      const text = valueText({ ...s, items: { ...items, properties: kept } }, rows.map((row) => Object.fromEntries(Object.entries(row ?? {}).filter(([k]) => k in kept))));
      if (text) out[r.title] = text;
    } else out[r.title] = r.text;
  }
  return out;
}

/** A dimension field's value as a group label (code tables by name); null when unanswered. */
export function dimensionValue(def: FormDefinition, key: string, data: Record<string, unknown>): string | null {
  if (!def.dimensions.includes(key)) return null;
  return valueText(propertyOf(def.schema, key), data[key]) || null;
}

// ------------------------------------------------------------------------------ prefill

/** Who applies, as the prefill may use it. */
export interface PrefillIdentity {
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
}

/**
 * Initial values of a form: identity fields from the applicant, `history` fields from the same
 * applicant's own earlier forms (newest first; the caller passes only that holder's cases), each
 * only when the value still satisfies the field's schema.
 */
export function prefillForm(def: FormDefinition, identity: PrefillIdentity, earlier: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = (def.schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [key, s] of Object.entries(props)) {
    const source = s['x-prefill'] as PrefillSource | undefined;
    if (!source) continue;
    let value: unknown;
    if (source === 'history') value = earlier.find((f) => f[key] !== undefined && f[key] !== null && f[key] !== '')?.[key];
    else value = identity[source] ?? undefined;
    if (value === undefined) continue;
    const one = validatorOf({ ...s, ...(def.schema.definitions ? { definitions: def.schema.definitions } : {}) });
    if (one(value)) out[key] = value;
  }
  return out;
}

/** The code tables, for a choice list in the designer. */
export const CODE_TABLE_OPTIONS = Object.entries(CODE_TABLES).map(([value, t]) => ({ value: value as CodeTableName, label: t.name }));

// ------------------------------------------------------------------------------ examples

/** 身份证号 and 统一社会信用代码 of the examples, valid by their checksums (fictional holders). */
const EXAMPLE_ID = '370902199001011235';
const EXAMPLE_CREDIT = '91370900MA3C00001T';

function exampleValue(s: JsonSchema, key: string): unknown {
  const title = String(s.title ?? key);
  if (Array.isArray(s.oneOf)) return (s.oneOf as { const: unknown }[])[0]?.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  switch (s.type) {
    case 'number':
    case 'integer':
      return Math.max(1, Number(s.minimum ?? 0));
    case 'boolean':
      return false;
    case 'array': {
      const items = (s.items ?? {}) as JsonSchema;
      return [exampleValue(items, key)];
    }
    case 'object': {
      if (s['x-date-range']) return { start: '2027-01-01', end: '2029-12-31' };
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries((s.properties ?? {}) as Record<string, JsonSchema>)) out[k] = exampleValue(p, k);
      return out;
    }
  }
  switch (s.format) {
    case 'date':
      return '2027-01-01';
    case 'id-number':
      return EXAMPLE_ID;
    case 'credit-code':
      return EXAMPLE_CREDIT;
    case 'phone':
      return '0538-8888888';
  }
  return `${title}（示例）`;
}

/**
 * A filled form that satisfies the schema (every top-level field; conditional ones stay hidden):
 * the designer's preview data and what the demo's and the tests' applications carry.
 */
export function exampleForm(def: FormDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries((def.schema.properties ?? {}) as Record<string, JsonSchema>)) if (s['x-type'] !== 'material') out[key] = exampleValue(s, key);
  return out;
}
