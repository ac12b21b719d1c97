/**
 * The editor form over every field of an item version (src/domain/catalog.ts itemSchema):
 * basic fields as inputs and selects, materials / situations / steps / fees as editable
 * tables (Form.List), lists of short strings as tag selects.
 */
import { AutoComplete, Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch, Table, Tooltip, type FormInstance, type FormItemProps, type FormRule } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormListFieldData } from 'antd';
import { cloneElement, useMemo, type ReactElement, type ReactNode } from 'react';
import {
  DISPOSITIONS,
  ITEM_KINDS,
  ITEM_TYPES,
  ONLINE_LEVELS,
  REALNAME_LEVELS,
  RESULT_TYPES,
  SERVICE_OBJECTS,
} from '../../../domain/catalog-terms';
import type { CatalogItem, CatalogItemInput, Material } from '../../../domain/catalog';
import { useDepartments, useZones } from '../../api/queries';
import { FeeTermsField } from './FeeTermsEditor';
import { FormDesigner } from './FormDesigner';
import { COUNTIES, ITEM_FIELD_LABELS as L, MATERIAL_FORMS, REQUIREMENTS, enumOptions } from '../../components/labels';

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
  replacedBy: [],
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
  warningDays: 2,
  resultType: 'decision',
  licenceName: '',
  licenceYears: null,
  instant: false,
  feeFree: true,
  fees: [],
  onlineLevel: 'at_most_once',
  minRealNameLevel: null,
  onSiteInspection: false,
  inspectionChecklist: [],
  expertReview: false,
  jointHandling: false,
  hearing: false,
  externalMilestones: [],
  location: '',
  consultPhone: '',
  officeName: '',
  officeAddress: '',
  officeHours: '',
  officePhone: '',
  aliases: [],
  oldNames: [],
  keywords: [],
  form: null,
};

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
const nonBlank = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter((s) => s !== '');

/** The item data to send from the form values (cleared selects → null, blank list entries dropped). */
export function toItemData(values: ItemFormValues, base?: CatalogItem): CatalogItemInput {
  return {
    ...base,
    ...values,
    disposition: values.disposition ?? null,
    minRealNameLevel: values.minRealNameLevel ?? null,
    zone: blankToNull(values.zone),
    delegatedTo: values.disposition === 'delegated' ? blankToNull(values.delegatedTo) : null,
    parentCode: blankToNull(values.parentCode),
    legalBasis: nonBlank(values.legalBasis),
    conditions: nonBlank(values.conditions),
    aliases: nonBlank(values.aliases),
    oldNames: nonBlank(values.oldNames),
    keywords: nonBlank(values.keywords),
    externalMilestones: nonBlank(values.externalMilestones),
    inspectionChecklist: values.onSiteInspection ? nonBlank(values.inspectionChecklist) : [],
    replacedBy: values.disposition === 'cancelled' ? nonBlank(values.replacedBy) : [],
    fees: values.feeFree ? [] : (values.fees ?? []),
    // the licence's name and validity belong to 证照 items, the office to not-stationed ones
    licenceName: values.resultType === 'licence' ? (values.licenceName ?? '') : '',
    licenceYears: values.resultType === 'licence' ? (values.licenceYears ?? null) : null,
    ...(values.disposition === 'not_stationed' ? {} : { officeName: '', officeAddress: '', officeHours: '', officePhone: '' }),
    materials: (values.materials ?? []).map((m) => ({ ...m, template: blankToNull(m.template), notes: m.notes ?? '' })),
    situations: (values.situations ?? []).map((s) => ({ ...s, description: s.description ?? '', materialCodes: s.materialCodes ?? [] })),
  };
}

/** Form values of stored item data. */
export function toFormValues(data: CatalogItem): ItemFormValues {
  return { ...NEW_ITEM, ...data };
}

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
                      <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`上移第${i + 1}行`} />
                    </Tooltip>
                    <Tooltip title="下移">
                      <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={`下移第${i + 1}行`} />
                    </Tooltip>
                    <Tooltip title="删除">
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除第${i + 1}行`} />
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

/**
 * A list-table column editing the sub-field `key` of each row with `input` (named by the
 * column title for screen readers).
 */
function cellColumn(title: string, width: number, key: string, input: ReactElement<{ 'aria-label'?: string }>, rules?: FormRule[]): ListColumn {
  return {
    title,
    width,
    render: (f) => (
      <Form.Item name={[f.name, key]} style={{ margin: 0 }} rules={rules}>
        {cloneElement(input, { 'aria-label': title })}
      </Form.Item>
    ),
  };
}

/** A list-table column of a yes/no sub-field, as a switch. */
function switchColumn(title: string, width: number, key: string): ListColumn {
  return {
    title,
    width,
    render: (f) => (
      <Form.Item name={[f.name, key]} valuePropName="checked" style={{ margin: 0 }}>
        <Switch size="small" aria-label={title} />
      </Form.Item>
    ),
  };
}

const textArea3 = <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />;

/** A list of long texts (legal basis, conditions), one text area per entry. */
function TextAreaList({ name, addText, min }: { name: 'legalBasis' | 'conditions'; addText: string; min: number }) {
  const label = L[name];
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
              <span style={{ width: 20, paddingTop: 5, color: '#595959' }}>{i + 1}.</span>
              <Form.Item name={f.name} style={{ flex: 1, margin: 0 }} rules={requiredText('请填写内容或删除此条')}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} aria-label={`${label}第${i + 1}条`} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除第${i + 1}条`} />
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
  const copies = <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />;
  const columns: ListColumn[] = [
    cellColumn('编码', 110, 'code', <Input />, requiredText()),
    cellColumn('材料名称', 220, 'name', textArea3, requiredText()),
    cellColumn('来源渠道', 130, 'source', <AutoComplete options={SOURCES} />, requiredText()),
    cellColumn('是否必需', 100, 'requirement', <Select options={enumOptions(REQUIREMENTS)} />),
    cellColumn('原件', 72, 'originals', copies, required()),
    cellColumn('复印件', 72, 'copies', copies, required()),
    cellColumn('形式', 130, 'form', <Select options={enumOptions(MATERIAL_FORMS)} />),
    switchColumn('容缺', 60, 'toleranceAllowed'),
    switchColumn('告知承诺', 76, 'commitmentAllowed'),
    cellColumn(
      '可用电子证照',
      180,
      'licenceTypes',
      <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} placeholder="证照类型，如 营业执照" />,
    ),
    cellColumn('示范文本文件', 150, 'template', <Input placeholder="文件名" />),
    cellColumn('备注', 160, 'notes', <Input />),
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
    licenceTypes: [],
    notes: '',
  });
  return <ListTable name="materials" columns={columns} newRow={newRow} addText="添加材料" testId="field-materials" minWidth={1580} />;
}

function SituationsEditor({ form }: { form: FormInstance<ItemFormValues> }) {
  const materials = Form.useWatch('materials', form);
  const materialOptions = useMemo(
    () => (materials ?? []).filter((m) => m?.code).map((m) => ({ value: m.code, label: `${m.code} ${m.name ?? ''}` })),
    [materials],
  );
  const columns: ListColumn[] = [
    cellColumn('编码', 110, 'code', <Input />, requiredText()),
    cellColumn('情形名称', 220, 'name', <Input />, requiredText()),
    cellColumn('说明', 220, 'description', textArea3),
    cellColumn('引导问题', 200, 'question', <Input placeholder="同一问题的情形互为选项" />),
    cellColumn('该情形增加的材料', 300, 'materialCodes', <Select mode="multiple" options={materialOptions} placeholder="选择按情形提交的材料" />),
  ];
  return (
    <ListTable
      name="situations"
      columns={columns}
      newRow={() => ({ code: '', name: '', description: '', question: '', materialCodes: [] })}
      addText="添加情形"
      testId="field-situations"
      minWidth={1200}
    />
  );
}

function StepsEditor() {
  const columns: ListColumn[] = [
    cellColumn('环节名称', 200, 'name', <Input />, requiredText()),
    cellColumn('办理人员', 200, 'role', <Input />, requiredText()),
    cellColumn('时限（工作日）', 130, 'days', <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />, required()),
  ];
  return <ListTable name="steps" columns={columns} newRow={() => ({ name: '', role: '', days: 1 })} addText="添加环节" testId="field-steps" minWidth={640} />;
}

function FeesEditor() {
  const columns: ListColumn[] = [
    cellColumn('收费项目', 200, 'name', <Input />, requiredText()),
    cellColumn('收费依据', 280, 'basis', textArea3, requiredText()),
    cellColumn('收费标准', 220, 'amount', textArea3, requiredText()),
    {
      title: '计费规则（元，存为分）',
      width: 260,
      render: (f) => (
        <Form.Item name={[f.name, 'terms']} style={{ margin: 0 }}>
          <FeeTermsField />
        </Form.Item>
      ),
    },
  ];
  return <ListTable name="fees" columns={columns} newRow={() => ({ name: '', basis: '', amount: '', terms: null })} addText="添加收费项目" testId="field-fees" minWidth={1080} />;
}

/** One labelled form field in a grid column (`xs`/`md` spans). */
function Field({ xs = 12, md = 6, children, ...item }: FormItemProps & { xs?: number; md?: number; children: ReactNode }) {
  return (
    <Col xs={xs} md={md}>
      <Form.Item {...item}>{children}</Form.Item>
    </Col>
  );
}

/** The yes/no procedure fields, shown as switches. */
const FLAGS = ['instant', 'onSiteInspection', 'expertReview', 'jointHandling', 'hearing'] as const;

/** The lists of short strings, typed as tags; `separators` split pasted text. */
const TAG_LISTS = [
  { name: 'aliases', separators: ['；', ';'] },
  { name: 'oldNames', separators: ['；', ';'] },
  { name: 'keywords', separators: ['；', ';', '，', ','] },
  { name: 'replacedBy', separators: ['；', ';', '，', ','] },
] as const;

const days = <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />;

/** The form body; the page owns the Form instance, its initial values and the buttons. */
export function ItemFormFields({ form }: { form: FormInstance<ItemFormValues> }) {
  const departments = useDepartments();
  const zones = useZones();
  const disposition = Form.useWatch('disposition', form);
  const feeFree = Form.useWatch('feeFree', form);
  const onSiteInspection = Form.useWatch('onSiteInspection', form);
  const resultType = Form.useWatch('resultType', form);
  const departmentOptions = (departments.data ?? []).filter((d) => d.kind !== 'regulator').map((d) => ({ value: d.code, label: d.name }));
  const regulatorOptions = (departments.data ?? []).filter((d) => d.kind === 'regulator').map((d) => ({ value: d.code, label: d.name }));
  const zoneOptions = (zones.data ?? []).map((z) => ({ value: z.code, label: z.name }));
  const countyOptions = Object.entries(COUNTIES).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

  return (
    <>
      <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Field xs={24} md={12} name="name" label={L.name} rules={requiredText('请填写事项名称')}>
            <Input maxLength={200} data-testid="field-name" />
          </Field>
          <Field name="code" label={L.code} rules={requiredText('请填写事项编码')}>
            <Input maxLength={80} data-testid="field-code" />
          </Field>
          <Field name="basicCode" label={L.basicCode}>
            <Input maxLength={40} />
          </Field>
          <Field name="type" label={L.type} rules={required()}>
            <Select options={enumOptions(ITEM_TYPES)} data-testid="field-type" />
          </Field>
          <Field name="kind" label={L.kind} rules={required()}>
            <Select options={enumOptions(ITEM_KINDS)} data-testid="field-kind" />
          </Field>
          <Field name="disposition" label={L.disposition} tooltip="公共服务事项可不填">
            <Select options={enumOptions(DISPOSITIONS)} allowClear data-testid="field-disposition" />
          </Field>
          <Field name="delegatedTo" label={L.delegatedTo}>
            <Select options={countyOptions} allowClear disabled={disposition !== 'delegated'} placeholder={disposition === 'delegated' ? '选择承接的县市区' : '仅下放事项填写'} />
          </Field>
          <Field xs={24} md={12} name="departmentCode" label={L.departmentCode} rules={required('请选择实施机构')}>
            <Select options={departmentOptions} showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} data-testid="field-departmentCode" />
          </Field>
          <Field xs={24} md={12} name="regulatorCodes" label={L.regulatorCodes}>
            <Select mode="multiple" options={regulatorOptions} showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} />
          </Field>
          <Field name="parentCode" label={L.parentCode} tooltip="关联事项、收费事项填写所属主项的事项编码">
            <Input allowClear />
          </Field>
          <Field name="serviceObject" label={L.serviceObject}>
            <Select options={enumOptions(SERVICE_OBJECTS)} />
          </Field>
          <Field xs={24} md={24} name="description" label={L.description}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} showCount />
          </Field>
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
          <Field name="statutoryDays" label={L.statutoryDays} rules={required()}>
            {cloneElement(days, { 'data-testid': 'field-statutoryDays' })}
          </Field>
          <Field
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
            {cloneElement(days, { 'data-testid': 'field-promisedDays' })}
          </Field>
          <Field name="warningDays" label={L.warningDays} rules={required()}>
            {cloneElement(days, { 'data-testid': 'field-warningDays' })}
          </Field>
          <Field name="onlineLevel" label={L.onlineLevel} rules={required()}>
            <Select options={enumOptions(ONLINE_LEVELS)} data-testid="field-onlineLevel" />
          </Field>
          <Field name="minRealNameLevel" label={L.minRealNameLevel} extra="统一身份认证的实名等级；不选 = 不限">
            <Select options={enumOptions(REALNAME_LEVELS)} allowClear placeholder="不限" data-testid="field-minRealNameLevel" />
          </Field>
          <Field name="zone" label={L.zone}>
            <Select options={zoneOptions} allowClear loading={zones.isPending} />
          </Field>
          {FLAGS.map((flag) => (
            <Field key={flag} xs={8} md={4} name={flag} label={L[flag]} valuePropName="checked">
              <Switch />
            </Field>
          ))}
          {onSiteInspection ? (
            <Field xs={24} name="inspectionChecklist" label={L.inspectionChecklist} extra="每条一个检查要点，输入后回车；空 = 按事项类型的通用要点">
              <Select mode="tags" open={false} suffixIcon={null} placeholder="输入后回车" data-testid="field-inspectionChecklist" />
            </Field>
          ) : null}
          <Field xs={24} name="externalMilestones" label={L.externalMilestones} extra="须在公共资源交易中心完成的环节（如 土地使用权出让），每条输入后回车；审批人员登记交易编号后方可准予许可">
            <Select mode="tags" open={false} suffixIcon={null} placeholder="输入后回车" data-testid="field-externalMilestones" />
          </Field>
          <Field xs={24} md={14} name="location" label={L.location}>
            <Input maxLength={500} />
          </Field>
          <Field xs={24} md={10} name="consultPhone" label={L.consultPhone}>
            <Input maxLength={50} />
          </Field>
        </Row>
      </Card>

      <Card size="small" title="办理结果" style={{ marginBottom: 16 }} data-testid="item-form-result">
        <Row gutter={16}>
          <Field name="resultType" label={L.resultType} rules={required()} tooltip="只有“证照”事项办结后颁发电子证照">
            <Select options={enumOptions(RESULT_TYPES)} data-testid="field-resultType" />
          </Field>
          <Field xs={24} md={10} name="licenceName" label={L.licenceName} rules={resultType === 'licence' ? requiredText('请填写证照名称') : []}>
            <Input maxLength={100} disabled={resultType !== 'licence'} placeholder={resultType === 'licence' ? '如 食品经营许可证' : '仅证照事项填写'} data-testid="field-licenceName" />
          </Field>
          <Field name="licenceYears" label={L.licenceYears} extra="空 = 长期有效">
            <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} disabled={resultType !== 'licence'} data-testid="field-licenceYears" />
          </Field>
        </Row>
      </Card>

      {disposition === 'not_stationed' ? (
        <Card size="small" title="到哪里办理（不划转不进驻事项）" style={{ marginBottom: 16 }} data-testid="item-form-office">
          <Row gutter={16}>
            <Field xs={24} md={12} name="officeName" label={L.officeName} rules={requiredText('请填写办理机构')}>
              <Input maxLength={200} placeholder="如 泰安市公安局治安支队" data-testid="field-officeName" />
            </Field>
            <Field xs={24} md={12} name="officeAddress" label={L.officeAddress} rules={requiredText('请填写办公地址')}>
              <Input maxLength={500} data-testid="field-officeAddress" />
            </Field>
            <Field xs={24} md={12} name="officeHours" label={L.officeHours} rules={requiredText('请填写办公时间')}>
              <Input maxLength={200} placeholder="如 周一至周五 9:00—12:00，13:30—17:00" data-testid="field-officeHours" />
            </Field>
            <Field xs={24} md={12} name="officePhone" label={L.officePhone} rules={requiredText('请填写联系电话')}>
              <Input maxLength={50} data-testid="field-officePhone" />
            </Field>
          </Row>
        </Card>
      ) : null}

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
      <Card size="small" title="申请表（申请人在线填写的内容；提交时按此校验，可映射到证照字段）" style={{ marginBottom: 16 }} data-testid="item-form-application">
        <Form.Item name="form" noStyle>
          <FormDesigner />
        </Form.Item>
      </Card>
      <Card size="small" title="别名与检索" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {TAG_LISTS.map((list) => (
            <Field key={list.name} xs={24} md={8} name={list.name} label={L[list.name]}>
              <Select mode="tags" tokenSeparators={[...list.separators]} open={false} suffixIcon={null} placeholder="输入后回车" />
            </Field>
          ))}
        </Row>
      </Card>
    </>
  );
}
