/**
 * The application form designer (申请表设计) of the catalog editor: add, edit, remove and reorder
 * the fields of an item's 申请表, with a preview as the applicant sees it on a desktop and on a
 * phone. It edits a field list and stores what domain/forms.ts `buildForm` makes of it (JSON Schema
 * + layout + licence mapping + dimensions) on the item version, so the form passes the four-stage
 * review with the rest of the item (ADR 0016).
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildForm, CODE_TABLE_OPTIONS, exampleForm, FIELD_TYPES, fieldsOf, GENERAL_FORM, PREFILL_SOURCES, type FieldSpec, type FieldType, type FormDefinition } from '../../../domain/forms';
import { ApplicationForm } from '../../components/ApplicationForm';

const TYPE_OPTIONS = Object.entries(FIELD_TYPES).map(([value, label]) => ({ value: value as FieldType, label }));
const PREFILL_OPTIONS = Object.entries(PREFILL_SOURCES).map(([value, label]) => ({ value, label }));

/** What a table's column may be: any single value (no nested table, no attachment). */
const COLUMN_TYPE_OPTIONS = TYPE_OPTIONS.filter((o) => o.value !== 'table' && o.value !== 'material');

/** A table's columns, each with its type, 必填, unit or options, and whether it holds a person's data. */
function ColumnsEditor({ table, columns, onChange }: { table: string; columns: FieldSpec[]; onChange: (columns: FieldSpec[]) => void }) {
  if (!columns.length) return null;
  const setColumn = (i: number, patch: Partial<FieldSpec>) => onChange(columns.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div data-testid="designer-columns" style={{ marginTop: 8 }}>
      {columns.map((c, i) => (
        <Space key={c.key} wrap size={[8, 4]} style={{ display: 'flex', marginBottom: 4 }} data-testid="designer-column" data-key={c.key}>
          <Tag color="geekblue">{c.title}</Tag>
          <Select size="small" style={{ width: 150 }} value={c.type} options={COLUMN_TYPE_OPTIONS} virtual={false} listHeight={400} onChange={(type) => setColumn(i, { type })} aria-label={`${table}的列“${c.title}”的类型`} data-testid="designer-column-type" />
          <span style={{ whiteSpace: 'nowrap' }}>
            <Switch size="small" checked={!!c.required} onChange={(required) => setColumn(i, { required })} aria-label={`${table}的列“${c.title}”必填`} /> 必填
          </span>
          <span style={{ whiteSpace: 'nowrap' }}>
            <Switch size="small" checked={!!c.personal} onChange={(personal) => setColumn(i, { personal: personal || undefined })} aria-label={`${table}的列“${c.title}”是个人信息`} /> 个人信息
          </span>
          {c.type === 'number' ? (
            <Input size="small" style={{ width: 150 }} addonBefore="单位" value={c.unit ?? ''} onChange={(e) => setColumn(i, { unit: e.target.value || undefined })} maxLength={20} aria-label={`${table}的列“${c.title}”的单位`} />
          ) : null}
          {c.type === 'choice' || c.type === 'multiChoice' ? (
            <Select mode="tags" size="small" style={{ minWidth: 220 }} value={c.options ?? []} onChange={(options: string[]) => setColumn(i, { options })} open={false} suffixIcon={null} placeholder="选项：输入后回车" aria-label={`${table}的列“${c.title}”的选项`} data-testid="designer-column-options" />
          ) : null}
          {c.type === 'codeTable' ? <Select size="small" style={{ width: 180 }} value={c.codeTable ?? 'industry'} options={CODE_TABLE_OPTIONS} onChange={(codeTable) => setColumn(i, { codeTable })} aria-label={`${table}的列“${c.title}”的代码表`} /> : null}
        </Space>
      ))}
    </div>
  );
}

/** A new field's key follows its title until someone names it (keys of stored data should not move). */
const autoKey = (f: FieldSpec) => f.key === f.title.trim() || /^字段\d+$/.test(f.key);

/** One field's editor row. */
function FieldEditor({ field, index, count, others, situations, materials, onChange, onMove, onRemove }: {
  field: FieldSpec;
  /** the item's 办理情形 (code, name) a field may be shown for */
  situations: { code: string; name: string }[];
  /** the item's materials (code, name) an attachment field may name */
  materials: { code: string; name: string }[];
  index: number;
  count: number;
  others: FieldSpec[];
  onChange: (f: FieldSpec) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const set = (patch: Partial<FieldSpec>) => onChange({ ...field, ...patch });
  const conditionFields = others.filter((o) => o.key !== field.key && !o.showWhen && (o.type === 'choice' || o.type === 'boolean'));
  const condition = conditionFields.find((o) => o.key === field.showWhen?.field);
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-testid="designer-field"
      data-key={field.key}
      title={
        <Space wrap>
          <span>{index + 1}.</span>
          <b>{field.title || '（未命名）'}</b>
          <Tag>{FIELD_TYPES[field.type]}</Tag>
          {field.required ? <Tag color="red">必填</Tag> : null}
          {field.showWhen ? <Tag color="blue">条件显示</Tag> : null}
          {field.situations?.length ? <Tag color="purple">按情形显示</Tag> : null}
        </Space>
      }
      extra={
        <span style={{ whiteSpace: 'nowrap' }}>
          <Tooltip title="上移">
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`上移${field.title}`} />
          </Tooltip>
          <Tooltip title="下移">
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`下移${field.title}`} />
          </Tooltip>
          <Tooltip title="删除">
            <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`删除${field.title}`} />
          </Tooltip>
        </span>
      }
    >
      <Row gutter={[8, 8]}>
        <Col xs={24} md={8}>
          <Input addonBefore="标题" value={field.title} onChange={(e) => set({ title: e.target.value, ...(autoKey(field) ? { key: e.target.value.trim() } : {}) })} maxLength={80} data-testid="designer-field-title" />
        </Col>
        <Col xs={24} md={6}>
          <Input addonBefore="字段名" value={field.key} onChange={(e) => set({ key: e.target.value.trim() })} maxLength={80} title="办件数据中的名称；已有办件的字段请勿改名" />
        </Col>
        <Col xs={12} md={5}>
          <Select style={{ width: '100%' }} value={field.type} options={TYPE_OPTIONS} virtual={false} listHeight={400} onChange={(type) => set({ type })} aria-label="类型" data-testid="designer-field-type" />
        </Col>
        <Col xs={12} md={5}>
          <Space>
            <Switch size="small" checked={!!field.required} onChange={(required) => set({ required })} aria-label="必填" data-testid="designer-field-required" /> 必填
          </Space>
        </Col>
        {field.type === 'number' ? (
          <Col xs={24} md={8}>
            <Input addonBefore="单位" value={field.unit ?? ''} onChange={(e) => set({ unit: e.target.value || undefined })} maxLength={20} placeholder="如：平方米" />
          </Col>
        ) : null}
        {field.type === 'choice' || field.type === 'multiChoice' ? (
          <Col xs={24} md={16}>
            <Select mode="tags" style={{ width: '100%' }} value={field.options ?? []} onChange={(options) => set({ options })} open={false} suffixIcon={null} placeholder="选项：输入后回车" aria-label="选项" data-testid="designer-field-options" />
          </Col>
        ) : null}
        {field.type === 'material' ? (
          <Col xs={24} md={12}>
            <Select
              style={{ width: '100%' }}
              value={field.material || undefined}
              placeholder="对应的申请材料"
              options={materials.filter((m) => m.code).map((m) => ({ value: m.code, label: m.name || m.code }))}
              onChange={(material: string) => set({ material })}
              aria-label="对应的申请材料"
              data-testid="designer-field-material"
            />
          </Col>
        ) : null}
        {field.type === 'codeTable' ? (
          <Col xs={24} md={12}>
            <Select style={{ width: '100%' }} value={field.codeTable ?? 'industry'} options={CODE_TABLE_OPTIONS} onChange={(codeTable) => set({ codeTable })} aria-label="代码表" />
          </Col>
        ) : null}
        {field.type === 'table' ? (
          <Col xs={24}>
            <Select
              mode="tags"
              style={{ width: '100%' }}
              value={(field.columns ?? []).map((c) => c.title)}
              onChange={(titles: string[]) => set({ columns: titles.map((t) => field.columns?.find((c) => c.title === t) ?? { key: t, title: t, type: 'text', required: true }) })}
              open={false}
              suffixIcon={null}
              placeholder="表格的列：输入列名后回车，再为每列选类型"
              aria-label="表格的列"
              data-testid="designer-field-columns"
            />
            <ColumnsEditor table={field.title} columns={field.columns ?? []} onChange={(columns) => set({ columns })} />
          </Col>
        ) : null}
        <Col xs={24} md={10}>
          <Space.Compact style={{ width: '100%' }}>
            <Select
              style={{ width: '55%' }}
              allowClear
              placeholder="显示条件：当…"
              value={field.showWhen?.field}
              options={conditionFields.map((o) => ({ value: o.key, label: o.title }))}
              onChange={(f?: string) => set({ showWhen: f ? { field: f, equals: conditionFields.find((o) => o.key === f)?.type === 'boolean' ? true : (conditionFields.find((o) => o.key === f)?.options?.[0] ?? '') } : undefined })}
              aria-label="显示条件"
            />
            {condition ? (
              <Select
                style={{ width: '45%' }}
                value={String(field.showWhen?.equals)}
                options={condition.type === 'boolean' ? [{ value: 'true', label: '为“是”' }, { value: 'false', label: '为“否”' }] : (condition.options ?? []).map((o) => ({ value: o, label: `为“${o}”` }))}
                onChange={(v: string) => set({ showWhen: { field: condition.key, equals: condition.type === 'boolean' ? v === 'true' : v } })}
                aria-label="条件取值"
              />
            ) : null}
          </Space.Compact>
        </Col>
        <Col xs={24} md={8}>
          <Select
            mode="multiple"
            style={{ width: '100%' }}
            allowClear
            placeholder="按办理情形显示：不选则总是显示"
            value={field.situations ?? []}
            options={situations.filter((x) => x.code).map((x) => ({ value: x.code, label: x.name || x.code }))}
            onChange={(codes: string[]) => set({ situations: codes.length ? codes : undefined })}
            aria-label="按办理情形显示"
            data-testid="designer-field-situations"
          />
        </Col>
        <Col xs={24} md={6}>
          <Select style={{ width: '100%' }} allowClear placeholder="预填来源" value={field.prefill} options={PREFILL_OPTIONS} onChange={(prefill?: FieldSpec['prefill']) => set({ prefill })} aria-label="预填来源" />
        </Col>
        <Col xs={24} md={8}>
          <Input addonBefore="证照字段" value={field.licence ?? ''} onChange={(e) => set({ licence: e.target.value.trim() || undefined })} maxLength={40} placeholder="填入证照的字段名" />
        </Col>
        <Col xs={24}>
          <Space wrap size={16}>
            <span>
              <Switch size="small" checked={!!field.dimension} disabled={!['choice', 'codeTable', 'boolean'].includes(field.type)} onChange={(dimension) => set({ dimension })} aria-label="统计维度" /> 统计维度
            </span>
            <span>
              <Switch size="small" checked={!!field.personal} onChange={(personal) => set({ personal })} aria-label="个人信息" /> 个人信息（不报送监管部门）
            </span>
            <Input size="small" style={{ width: 280 }} placeholder="填写说明（可选）" value={field.help ?? ''} onChange={(e) => set({ help: e.target.value || undefined })} maxLength={200} />
          </Space>
        </Col>
      </Row>
    </Card>
  );
}

/** The designer as a form control: `value` is the item's form (null: the general one). */
export function FormDesigner({ value, onChange }: { value?: FormDefinition | null; onChange?: (v: FormDefinition | null) => void }) {
  const [fields, setFields] = useState<FieldSpec[]>(() => (value ? fieldsOf(value) : []));
  const [previewData, setPreviewData] = useState<Record<string, unknown>>({});
  // the item's situations as the editor has them now (the designer sits in the item form)
  const itemSituations = (Form.useWatch('situations', Form.useFormInstance()) as { code?: string; name?: string }[] | undefined) ?? [];
  const situations = itemSituations.map((x) => ({ code: x?.code ?? '', name: x?.name ?? '' }));
  const itemMaterials = (Form.useWatch('materials', Form.useFormInstance()) as { code?: string; name?: string }[] | undefined) ?? [];
  const materials = itemMaterials.map((x) => ({ code: x?.code ?? '', name: x?.name ?? '' }));
  const def = useMemo(() => (fields.length ? buildForm(fields) : null), [fields]);
  // what this designer last gave the item form; a different value comes from outside (a loaded version, a reset)
  const emitted = useRef(JSON.stringify(value ?? null));
  useEffect(() => {
    const text = JSON.stringify(value ?? null);
    if (text !== emitted.current) {
      emitted.current = text;
      setFields(value ? fieldsOf(value) : []);
    }
  }, [value]);
  const update = (next: FieldSpec[]) => {
    setFields(next);
    const built = next.length ? buildForm(next) : null;
    emitted.current = JSON.stringify(built);
    onChange?.(built);
  };
  const keys = fields.map((f) => f.key);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  const blank = fields.some((f) => !f.key || !f.title);
  const add = () => {
    let n = fields.length + 1;
    while (keys.includes(`字段${n}`)) n += 1;
    update([...fields, { key: `字段${n}`, title: `字段${n}`, type: 'text' }]);
  };
  const shown = def ?? GENERAL_FORM;
  return (
    <div data-testid="form-designer">
      {fields.length === 0 ? (
        <Empty description="本事项使用通用申请表（项目名称、经营场所、联系人及电话、申请说明和其他信息）" image={Empty.PRESENTED_IMAGE_SIMPLE}>
          <Button onClick={() => update(fieldsOf(GENERAL_FORM))} data-testid="designer-start">
            以通用申请表为基础设计本事项的申请表
          </Button>
        </Empty>
      ) : null}
      {duplicate ? <Alert type="error" showIcon title={`字段名“${duplicate}”重复`} style={{ marginBottom: 8 }} /> : null}
      {blank ? <Alert type="error" showIcon title="每个字段都须有标题和字段名" style={{ marginBottom: 8 }} /> : null}
      {fields.map((f, i) => (
        <FieldEditor
          key={i}
          field={f}
          index={i}
          count={fields.length}
          others={fields}
          situations={situations}
          materials={materials}
          onChange={(nf) => update(fields.map((x, j) => (j === i ? { ...nf, key: nf.key || nf.title } : x)))}
          onMove={(to) => {
            const next = [...fields];
            const [moved] = next.splice(i, 1);
            if (moved) next.splice(to, 0, moved);
            update(next);
          }}
          onRemove={() => update(fields.filter((_, j) => j !== i))}
        />
      ))}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="dashed" icon={<PlusOutlined />} onClick={add} data-testid="designer-add">
          添加字段
        </Button>
        {fields.length ? (
          <Button danger onClick={() => update([])} data-testid="designer-general">
            改用通用申请表
          </Button>
        ) : null}
        {def ? <Button onClick={() => setPreviewData(exampleForm(def))}>用示例数据预览</Button> : null}
      </Space>
      <Typography.Title level={5}>预览（申请人看到的样子）</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card size="small" title="电脑" data-testid="designer-preview-desktop">
            <ApplicationForm form={shown} value={previewData} onChange={setPreviewData} testId="designer-preview-form" idPrefix="preview" />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title="手机（375 像素宽）" data-testid="designer-preview-phone" styles={{ body: { padding: 8 } }}>
            <div style={{ width: 375, maxWidth: '100%', border: '8px solid #333', borderRadius: 16, padding: 8, margin: '0 auto', overflow: 'hidden' }}>
              <ApplicationForm form={shown} value={previewData} onChange={setPreviewData} testId="designer-preview-phone-form" idPrefix="phone" />
            </div>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
