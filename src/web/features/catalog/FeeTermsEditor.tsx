/**
 * 计费规则 of one catalog fee, edited in the item form (the same terms the Excel 收费 sheet carries
 * as JSON): the kind (定额 / 按量计收 / 分档累进 / 按标准核定) and its amounts, shown and typed in 元
 * and stored in fen, when it is assessed, the days to pay, the payee, the waivers (减免) and the rule
 * for a late payment (逾期未缴). Checked with the domain's schema before it is kept; every error is
 * shown on its field. The four-stage review then checks it again on the server.
 */
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Typography, type ButtonProps } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { describeFeeRule, describeLateRule, FEE_DUE_AT, FEE_LATE_RULES, FEE_RULE_KINDS, feeTermsSchema, feeTermsViolations, type FeeTerms } from '../../../domain/fees';

type Path = (string | number)[];

/** Amount fields (`…Fen`) are typed in 元 in the form: 元 → fen on the way in, fen → 元 on the way out. */
function convert(v: unknown, toFen: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => convert(x, toFen));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, k.endsWith('Fen') && typeof x === 'number' ? (toFen ? Math.round(x * 100) : x / 100) : convert(x, toFen)]),
    );
  return v;
}

const NEW_TERMS = { rule: { kind: 'fixed', options: [{ label: '每件', amountFen: 0 }] }, dueAt: 'decision', payWithinDays: 15, payee: '', waivers: [], late: { kind: 'wait', remindEveryDays: 7 } };

const yuan = (label: string, name: Path, required = true) => (
  <Form.Item name={name} label={label} rules={required ? [{ required: true, message: `请填写${label}` }] : []}>
    <InputNumber min={0} precision={2} addonAfter="元" style={{ width: '100%' }} />
  </Form.Item>
);

/** A small list of rows (options, tiers, waivers) with add and remove. */
function Rows({ name, add, children }: { name: Path; add: () => object; children: (field: number) => ReactNode }) {
  return (
    <Form.List name={name}>
      {(fields, ops) => (
        <>
          {fields.map((f) => (
            <Row key={f.key} gutter={8} align="top" wrap={false}>
              <Col flex="auto">{children(f.name)}</Col>
              <Col flex="32px">
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => ops.remove(f.name)} aria-label="删除" style={{ marginTop: 30 }} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => ops.add(add())} style={{ marginBottom: 12 }}>
            添加
          </Button>
        </>
      )}
    </Form.List>
  );
}

function RuleFields() {
  const kind = Form.useWatch(['rule', 'kind']) as keyof typeof FEE_RULE_KINDS | undefined;
  return (
    <>
      <Form.Item name={['rule', 'kind']} label="计费方式" rules={[{ required: true }]}>
        <Select options={Object.entries(FEE_RULE_KINDS).map(([value, label]) => ({ value, label }))} data-testid="fee-terms-kind" />
      </Form.Item>
      {kind === 'per_unit' || kind === 'tiered' ? (
        <Form.Item name={['rule', 'unit']} label="计量单位" rules={[{ required: true, whitespace: true, message: '请填写计量单位（如 平方米）' }]}>
          <Input placeholder="平方米" />
        </Form.Item>
      ) : null}
      {kind === 'fixed' ? (
        <Rows name={['rule', 'options']} add={() => ({ label: '', amountFen: 0 })}>
          {(i) => (
            <Row gutter={8}>
              <Col span={14}>
                <Form.Item name={[i, 'label']} label="档次" rules={[{ required: true, whitespace: true, message: '请填写档次名称' }]}>
                  <Input placeholder="住宅" />
                </Form.Item>
              </Col>
              <Col span={10}>{yuan('金额', [i, 'amountFen'])}</Col>
            </Row>
          )}
        </Rows>
      ) : null}
      {kind === 'per_unit' ? (
        <>
          <Rows name={['rule', 'options']} add={() => ({ label: '', unitFen: 0 })}>
            {(i) => (
              <Row gutter={8}>
                <Col span={14}>
                  <Form.Item name={[i, 'label']} label="档次" rules={[{ required: true, whitespace: true, message: '请填写档次名称' }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={10}>{yuan('单价', [i, 'unitFen'])}</Col>
              </Row>
            )}
          </Rows>
          <Row gutter={8}>
            <Col span={8}>
              <Form.Item name={['rule', 'freeUnits']} label="免收数量">
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>{yuan('最低收费', ['rule', 'minFen'], false)}</Col>
            <Col span={8}>{yuan('最高收费', ['rule', 'maxFen'], false)}</Col>
          </Row>
        </>
      ) : null}
      {kind === 'tiered' ? (
        <Rows name={['rule', 'tiers']} add={() => ({ upTo: null, unitFen: 0 })}>
          {(i) => (
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item name={[i, 'upTo']} label="本档上限（空：不设上限）">
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>{yuan('单价', [i, 'unitFen'])}</Col>
            </Row>
          )}
        </Rows>
      ) : null}
      {kind === 'assessed' ? (
        <Form.Item name={['rule', 'standard']} label="核定标准" rules={[{ required: true, whitespace: true, message: '请填写核定所依据的标准' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      ) : null}
    </>
  );
}

function LateFields() {
  const kind = Form.useWatch(['late', 'kind']) as keyof typeof FEE_LATE_RULES | undefined;
  return (
    <Row gutter={8}>
      <Col span={8}>
        <Form.Item name={['late', 'kind']} label="逾期未缴" rules={[{ required: true }]}>
          <Select options={Object.entries(FEE_LATE_RULES).map(([value, label]) => ({ value, label }))} data-testid="fee-terms-late" />
        </Form.Item>
      </Col>
      {kind === 'wait' ? (
        <Col span={8}>
          <Form.Item name={['late', 'remindEveryDays']} label="提醒间隔（日）" rules={[{ required: true, message: '请填写提醒间隔' }]}>
            <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      ) : null}
      {kind === 'surcharge' ? (
        <>
          <Col span={6}>
            <Form.Item name={['late', 'dailyPermyriad']} label="日加收（万分之）" rules={[{ required: true, message: '请填写日加收比例' }]}>
              <InputNumber min={1} max={300} precision={0} style={{ width: '100%' }} data-testid="fee-terms-permyriad" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name={['late', 'basis']} label="加收依据" rules={[{ required: true, whitespace: true, message: '请填写加收滞纳金的依据' }]}>
              <Input />
            </Form.Item>
          </Col>
        </>
      ) : null}
      {kind === 'terminate' ? (
        <Col span={8}>
          <Form.Item name={['late', 'graceDays']} label="宽限（日）" rules={[{ required: true, message: '请填写宽限日数' }]}>
            <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}

/** The button in a fee row opening the terms' editor; `value`/`onChange` as a Form.Item control. */
export function FeeTermsField({ value, onChange, feeName }: { value?: FeeTerms | null; onChange?: (v: FeeTerms | null) => void; feeName?: string }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[]>([]);
  const start = () => {
    form.resetFields();
    form.setFieldsValue(convert(value ?? NEW_TERMS, false) as object);
    setProblems([]);
    setOpen(true);
  };
  const save = async () => {
    await form.validateFields();
    const raw = convert(form.getFieldsValue(true), true);
    const parsed = feeTermsSchema.safeParse(raw);
    const issues: { path: Path; message: string }[] = parsed.success ? feeTermsViolations(parsed.data) : parsed.error.issues.map((i) => ({ path: i.path as Path, message: i.message }));
    if (issues.length) {
      form.setFields(issues.map((i) => ({ name: i.path, errors: [i.message] })));
      setProblems(issues.map((i) => `${i.path.join('.')}：${i.message}`));
      return;
    }
    if (parsed.success) onChange?.(parsed.data);
    setOpen(false);
  };
  return (
    <>
      <Space orientation="vertical" size={0}>
        <Typography.Text type={value ? undefined : 'secondary'} style={{ fontSize: 12 }} data-testid="fee-terms-summary">
          {value ? `${describeFeeRule(value.rule)}；${describeLateRule(value.late)}` : '未设置（仅公示文字）'}
        </Typography.Text>
        <Space>
          <Button size="small" onClick={start} data-testid="fee-terms-edit">
            {value ? '修改计费规则' : '设置计费规则'}
          </Button>
          {value ? (
            <Button size="small" type="text" danger onClick={() => onChange?.(null)}>
              清除
            </Button>
          ) : null}
        </Space>
      </Space>
      <Modal open={open} title={`计费规则${feeName ? `：${feeName}` : ''}`} width={720} okText="确定" cancelText="取消" onOk={() => void save().catch(() => undefined)} onCancel={() => setOpen(false)} okButtonProps={{ 'data-testid': 'fee-terms-ok' } as ButtonProps}>
        <Form form={form} layout="vertical" size="small" data-testid="fee-terms-form">
          <RuleFields />
          <Row gutter={8}>
            <Col span={8}>
              <Form.Item name="dueAt" label="核定环节">
                <Select options={Object.entries(FEE_DUE_AT).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="payWithinDays" label="缴款期限（日）" rules={[{ required: true, message: '请填写缴款期限' }]}>
                <InputNumber min={1} max={90} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="payee" label="执收单位" rules={[{ required: true, whitespace: true, message: '请填写执收单位' }]}>
                <Input data-testid="fee-terms-payee" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>减免</Typography.Text>
          <Rows name={['waivers']} add={() => ({ code: '', name: '', condition: '', basis: '', percent: 100, approverRole: 'director' })}>
            {(i) => (
              <Row gutter={8}>
                <Col span={6}>
                  <Form.Item name={[i, 'code']} label="编码" rules={[{ required: true, message: '请填写编码' }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[i, 'name']} label="名称" rules={[{ required: true, message: '请填写名称' }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[i, 'percent']} label="减免比例（%）" rules={[{ required: true, message: '请填写比例' }]}>
                    <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name={[i, 'approverRole']} label="审批角色" rules={[{ required: true, message: '请填写审批角色' }]}>
                    <Select options={[{ value: 'director', label: '局长' }, { value: 'deputy_director', label: '分管局领导' }, { value: 'section_chief', label: '科长' }]} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={[i, 'condition']} label="条件" rules={[{ required: true, message: '请填写减免条件' }]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={[i, 'basis']} label="依据" rules={[{ required: true, message: '请填写减免依据' }]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Rows>
          <LateFields />
          {problems.length ? <Alert type="error" showIcon title="计费规则有误" description={problems.join('；')} data-testid="fee-terms-errors" /> : null}
        </Form>
      </Modal>
    </>
  );
}
