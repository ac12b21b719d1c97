/**
 * The editor form over every field of an item version (src/domain/catalog.ts itemSchema):
 * basic fields as inputs and selects, materials / situations / steps / fees as editable
 * tables (Form.List), lists of short strings as tag selects.
 */
import { AutoComplete, Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch, Table, Tooltip, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormListFieldData } from 'antd';
import { useMemo, type ReactNode } from 'react';
import {
  DISPOSITIONS,
  ITEM_KINDS,
  ITEM_TYPES,
  ONLINE_LEVELS,
  SERVICE_OBJECTS,
} from '../../../domain/catalog-terms';
import type { CatalogItem, CatalogItemInput, Material } from '../../../domain/catalog';
import { useDepartments, useZones } from '../../api/queries';
import { COUNTIES, ITEM_FIELD_LABELS as L, MATERIAL_FORMS, REQUIREMENTS } from '../../components/labels';

/** What the form holds: the item, with selects that may be cleared to undefined. */
export type ItemFormValues = Omit<CatalogItem, 'disposition' | 'zone' | 'delegatedTo' | 'parentCode'> & {
  disposition?: CatalogItem['disposition'];
  zone?: CatalogItem['zone'];
  delegatedTo?: CatalogItem['delegatedTo'];
  parentCode?: CatalogItem['parentCode'];
};

/** Starting values of a new item. */
export const NEW_ITEM: ItemFormValues = {
  code: '',
  basicCode: '',
  name: '',
  kind: 'main',
  type: 'licensing',
  disposition: 'transferred',
  delegatedTo: null,
  parentCode: null,
  departmentCode: '',
  regulatorCodes: [],
  zone: null,
  serviceObject: 'both',
  legalBasis: [''],
  conditions: [],
  description: '',
  materials: [],
  situations: [],
  steps: [
    { name: '受理', role: '窗口人员', days: 0 },
    { name: '审查', role: '审查人员', days: 5 },
    { name: '决定', role: '科长', days: 2 },
  ],
  statutoryDays: 20,
  promisedDays: 10,
  instant: false,
  feeFree: true,
  fees: [],
  onlineLevel: 'at_most_once',
  onSiteInspection: false,
  expertReview: false,
  jointHandling: false,
  hearing: false,
  location: '',
  consultPhone: '',
  aliases: [],
  oldNames: [],
  keywords: [],
};

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
const nonBlank = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter((s) => s !== '');

/** The item data to send from the form values (cleared selects → null, blank list entries dropped). */
export function toItemData(values: ItemFormValues, base?: CatalogItem): CatalogItemInput {
  return {
    ...base,
    ...values,
    disposition: values.disposition ?? null,
    zone: blankToNull(values.zone),
    delegatedTo: values.disposition === 'delegated' ? blankToNull(values.delegatedTo) : null,
    parentCode: blankToNull(values.parentCode),
    legalBasis: nonBlank(values.legalBasis),
    conditions: nonBlank(values.conditions),
    aliases: nonBlank(values.aliases),
    oldNames: nonBlank(values.oldNames),
    keywords: nonBlank(values.keywords),
    fees: values.feeFree ? [] : (values.fees ?? []),
    materials: (values.materials ?? []).map((m) => ({ ...m, template: blankToNull(m.template), notes: m.notes ?? '' })),
    situations: (values.situations ?? []).map((s) => ({ ...s, description: s.description ?? '', materialCodes: s.materialCodes ?? [] })),
  };
}

/** Form values of stored item data. */
export function toFormValues(data: CatalogItem): ItemFormValues {
  return { ...NEW_ITEM, ...data };
}

const options = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));
const required = (message = '必填') => [{ required: true, message }];
const requiredText = (message = '必填') => [{ required: true, whitespace: true, message }];

interface ListColumn {
  title: string;
  width?: number;
  render: (field: FormListFieldData) => ReactNode;
}

/** An editable table over a Form.List: one row per entry, add / move / remove. */
function ListTable({
  name,
  columns,
  newRow,
  addText,
  testId,
  minWidth = 800,
}: {
  name: string;
  columns: ListColumn[];
  newRow: () => object;
  addText: string;
  testId: string;
  minWidth?: number;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }, { errors }) => (
        <div data-testid={testId}>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            dataSource={fields}
            pagination={false}
            scroll={{ x: minWidth }}
            locale={{ emptyText: '暂无' }}
            columns={[
              { title: '#', key: 'index', width: 40, render: (_, __, i) => i + 1 },
              ...columns.map((c) => ({ title: c.title, key: c.title, width: c.width, render: (_: unknown, f: FormListFieldData) => c.render(f) })),
              {
                title: '',
                key: 'ops',
                width: 108,
                fixed: 'right' as const,
                render: (_: unknown, f: FormListFieldData, i: number) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title="上移">
                      <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} />
                    </Tooltip>
                    <Tooltip title="下移">
                      <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} />
                    </Tooltip>
                    <Tooltip title="删除">
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                    </Tooltip>
                  </span>
                ),
              },
            ]}
          />
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newRow())} style={{ marginTop: 8 }} data-testid={`${testId}-add`}>
            {addText}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

const cell = { style: { margin: 0 } };

/** A list of long texts (legal basis, conditions), one text area per entry. */
function TextAreaList({ name, addText, min }: { name: 'legalBasis' | 'conditions'; addText: string; min: number }) {
  return (
    <Form.List
      name={name}
      rules={
        min > 0
          ? [{ validator: async (_, list?: string[]) => ((list ?? []).some((s) => s && s.trim()) ? undefined : Promise.reject(new Error(`至少填写 ${min} 条`))) }]
          : []
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid={`field-${name}`}>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
              <span style={{ width: 20, paddingTop: 5, color: '#8c8c8c' }}>{i + 1}.</span>
              <Form.Item name={f.name} {...cell} style={{ flex: 1, margin: 0 }} rules={requiredText('请填写内容或删除此条')}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除" />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
            {addText}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

const SOURCES = ['申请人自备', '政府部门核发', '中介机构出具', '其他'].map((value) => ({ value }));

function MaterialsEditor() {
  const columns: ListColumn[] = [
    { title: '编码', width: 110, render: (f) => <Form.Item name={[f.name, 'code']} {...cell} rules={requiredText()}><Input /></Form.Item> },
    { title: '材料名称', width: 220, render: (f) => <Form.Item name={[f.name, 'name']} {...cell} rules={requiredText()}><Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item> },
    { title: '来源渠道', width: 130, render: (f) => <Form.Item name={[f.name, 'source']} {...cell} rules={requiredText()}><AutoComplete options={SOURCES} /></Form.Item> },
    { title: '是否必需', width: 100, render: (f) => <Form.Item name={[f.name, 'requirement']} {...cell}><Select options={options(REQUIREMENTS)} /></Form.Item> },
    { title: '原件', width: 72, render: (f) => <Form.Item name={[f.name, 'originals']} {...cell} rules={required()}><InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} /></Form.Item> },
    { title: '复印件', width: 72, render: (f) => <Form.Item name={[f.name, 'copies']} {...cell} rules={required()}><InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} /></Form.Item> },
    { title: '形式', width: 130, render: (f) => <Form.Item name={[f.name, 'form']} {...cell}><Select options={options(MATERIAL_FORMS)} /></Form.Item> },
    { title: '容缺', width: 60, render: (f) => <Form.Item name={[f.name, 'toleranceAllowed']} valuePropName="checked" {...cell}><Switch size="small" /></Form.Item> },
    { title: '告知承诺', width: 76, render: (f) => <Form.Item name={[f.name, 'commitmentAllowed']} valuePropName="checked" {...cell}><Switch size="small" /></Form.Item> },
    { title: '示范文本文件', width: 150, render: (f) => <Form.Item name={[f.name, 'template']} {...cell}><Input placeholder="文件名" /></Form.Item> },
    { title: '备注', width: 160, render: (f) => <Form.Item name={[f.name, 'notes']} {...cell}><Input /></Form.Item> },
  ];
  const newRow = (): Material => ({
    code: '',
    name: '',
    source: '申请人自备',
    requirement: 'required',
    originals: 1,
    copies: 0,
    form: 'either',
    template: null,
    toleranceAllowed: false,
    commitmentAllowed: false,
    notes: '',
  });
  return <ListTable name="materials" columns={columns} newRow={newRow} addText="添加材料" testId="field-materials" minWidth={1400} />;
}

function SituationsEditor({ form }: { form: FormInstance<ItemFormValues> }) {
  const materials = Form.useWatch('materials', form);
  const materialOptions = useMemo(
    () => (materials ?? []).filter((m) => m?.code).map((m) => ({ value: m.code, label: `${m.code} ${m.name ?? ''}` })),
    [materials],
  );
  const columns: ListColumn[] = [
    { title: '编码', width: 110, render: (f) => <Form.Item name={[f.name, 'code']} {...cell} rules={requiredText()}><Input /></Form.Item> },
    { title: '情形名称', width: 220, render: (f) => <Form.Item name={[f.name, 'name']} {...cell} rules={requiredText()}><Input /></Form.Item> },
    { title: '说明', width: 220, render: (f) => <Form.Item name={[f.name, 'description']} {...cell}><Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item> },
    {
      title: '该情形增加的材料',
      width: 300,
      render: (f) => (
        <Form.Item name={[f.name, 'materialCodes']} {...cell}>
          <Select mode="multiple" options={materialOptions} placeholder="选择按情形提交的材料" />
        </Form.Item>
      ),
    },
  ];
  return (
    <ListTable
      name="situations"
      columns={columns}
      newRow={() => ({ code: '', name: '', description: '', materialCodes: [] })}
      addText="添加情形"
      testId="field-situations"
      minWidth={1000}
    />
  );
}

function StepsEditor() {
  const columns: ListColumn[] = [
    { title: '环节名称', width: 200, render: (f) => <Form.Item name={[f.name, 'name']} {...cell} rules={requiredText()}><Input /></Form.Item> },
    { title: '办理人员', width: 200, render: (f) => <Form.Item name={[f.name, 'role']} {...cell} rules={requiredText()}><Input /></Form.Item> },
    { title: '时限（工作日）', width: 130, render: (f) => <Form.Item name={[f.name, 'days']} {...cell} rules={required()}><InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} /></Form.Item> },
  ];
  return <ListTable name="steps" columns={columns} newRow={() => ({ name: '', role: '', days: 1 })} addText="添加环节" testId="field-steps" minWidth={640} />;
}

function FeesEditor() {
  const columns: ListColumn[] = [
    { title: '收费项目', width: 200, render: (f) => <Form.Item name={[f.name, 'name']} {...cell} rules={requiredText()}><Input /></Form.Item> },
    { title: '收费依据', width: 280, render: (f) => <Form.Item name={[f.name, 'basis']} {...cell} rules={requiredText()}><Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item> },
    { title: '收费标准', width: 220, render: (f) => <Form.Item name={[f.name, 'amount']} {...cell} rules={requiredText()}><Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item> },
  ];
  return <ListTable name="fees" columns={columns} newRow={() => ({ name: '', basis: '', amount: '' })} addText="添加收费项目" testId="field-fees" minWidth={820} />;
}

/** The form body; the page owns the Form instance, its initial values and the buttons. */
export function ItemFormFields({ form }: { form: FormInstance<ItemFormValues> }) {
  const departments = useDepartments();
  const zones = useZones();
  const disposition = Form.useWatch('disposition', form);
  const feeFree = Form.useWatch('feeFree', form);
  const departmentOptions = (departments.data ?? []).filter((d) => d.kind !== 'regulator').map((d) => ({ value: d.code, label: d.name }));
  const regulatorOptions = (departments.data ?? []).filter((d) => d.kind === 'regulator').map((d) => ({ value: d.code, label: d.name }));
  const zoneOptions = (zones.data ?? []).map((z) => ({ value: z.code, label: z.name }));
  const countyOptions = Object.entries(COUNTIES).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

  return (
    <>
      <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={L.name} rules={requiredText('请填写事项名称')}>
              <Input maxLength={200} data-testid="field-name" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="code" label={L.code} rules={requiredText('请填写事项编码')}>
              <Input maxLength={80} data-testid="field-code" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="basicCode" label={L.basicCode}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="type" label={L.type} rules={required()}>
              <Select options={options(ITEM_TYPES)} data-testid="field-type" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="kind" label={L.kind} rules={required()}>
              <Select options={options(ITEM_KINDS)} data-testid="field-kind" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="disposition" label={L.disposition} tooltip="公共服务事项可不填">
              <Select options={options(DISPOSITIONS)} allowClear data-testid="field-disposition" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="delegatedTo" label={L.delegatedTo}>
              <Select options={countyOptions} allowClear disabled={disposition !== 'delegated'} placeholder={disposition === 'delegated' ? '选择承接的县市区' : '仅下放事项填写'} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="departmentCode" label={L.departmentCode} rules={required('请选择实施机构')}>
              <Select options={departmentOptions} showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} data-testid="field-departmentCode" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regulatorCodes" label={L.regulatorCodes}>
              <Select mode="multiple" options={regulatorOptions} showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="parentCode" label={L.parentCode} tooltip="关联事项、收费事项填写所属主项的事项编码">
              <Input allowClear />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="serviceObject" label={L.serviceObject}>
              <Select options={options(SERVICE_OBJECTS)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={L.description}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title="设定依据与申请条件" style={{ marginBottom: 16 }}>
        <Form.Item label={L.legalBasis} required>
          <TextAreaList name="legalBasis" addText="添加设定依据" min={1} />
        </Form.Item>
        <Form.Item label={L.conditions}>
          <TextAreaList name="conditions" addText="添加申请条件" min={0} />
        </Form.Item>
      </Card>

      <Card size="small" title="时限与办理方式" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="statutoryDays" label={L.statutoryDays} rules={required()}>
              <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} data-testid="field-statutoryDays" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="promisedDays"
              label={L.promisedDays}
              dependencies={['statutoryDays']}
              rules={[
                ...required(),
                ({ getFieldValue }) => ({
                  validator: (_, v: number | null) => {
                    const statutory: unknown = getFieldValue('statutoryDays');
                    return typeof v === 'number' && typeof statutory === 'number' && v > statutory
                      ? Promise.reject(new Error('承诺时限不得长于法定时限'))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} data-testid="field-promisedDays" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="onlineLevel" label={L.onlineLevel} rules={required()}>
              <Select options={options(ONLINE_LEVELS)} data-testid="field-onlineLevel" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="zone" label={L.zone}>
              <Select options={zoneOptions} allowClear loading={zones.isPending} />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="instant" label={L.instant} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="onSiteInspection" label={L.onSiteInspection} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="expertReview" label={L.expertReview} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="jointHandling" label={L.jointHandling} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="hearing" label={L.hearing} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="location" label={L.location}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="consultPhone" label={L.consultPhone}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={L.materials} style={{ marginBottom: 16 }}>
        <MaterialsEditor />
      </Card>
      <Card size="small" title={`${L.situations}（每种情形增加的按情形材料）`} style={{ marginBottom: 16 }}>
        <SituationsEditor form={form} />
      </Card>
      <Card size="small" title={L.steps} style={{ marginBottom: 16 }}>
        <StepsEditor />
      </Card>
      <Card size="small" title="收费" style={{ marginBottom: 16 }}>
        <Form.Item name="feeFree" label={L.feeFree} valuePropName="checked">
          <Switch checkedChildren="不收费" unCheckedChildren="收费" />
        </Form.Item>
        {feeFree === false ? <FeesEditor /> : null}
      </Card>
      <Card size="small" title="别名与检索" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="aliases" label={L.aliases}>
              <Select mode="tags" tokenSeparators={['；', ';']} open={false} suffixIcon={null} placeholder="输入后回车" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="oldNames" label={L.oldNames}>
              <Select mode="tags" tokenSeparators={['；', ';']} open={false} suffixIcon={null} placeholder="输入后回车" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="keywords" label={L.keywords}>
              <Select mode="tags" tokenSeparators={['；', ';', '，', ',']} open={false} suffixIcon={null} placeholder="输入后回车" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
}
