/**
 * An item's application form (申请表) rendered from its JSON Schema and layout by
 * react-jsonschema-form's Ant Design theme (ADR 0016). The validator (./formValidator.ts) runs
 * under the app's CSP and uses the domain's formats (身份证号, 统一社会信用代码, phone) and Chinese
 * messages (src/domain/forms.ts), so the browser says what the server's check would say.
 */
import Form from '@rjsf/antd';
import { englishStringTranslator, TranslatableString, type FieldProps, type WidgetProps } from '@rjsf/utils';
import { Input, Typography } from 'antd';
import { useMemo, type ReactNode, type Ref } from 'react';
import { formForSituation, type FormDefinition, type JsonSchema } from '../../domain/forms';
import { formValidator } from './formValidator';

/** The form library's own words in Chinese (yes/no of a 是/否 field, the table's buttons); the rest as the library has them. */
const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '行',
  [TranslatableString.EmptyArray]: '尚无内容，请点击下方按钮添加',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一行',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
};
const translateString = (s: TranslatableString, params?: string[]) => ZH[s] ?? englishStringTranslator(s, params);

/** What the wizard calls on the rendered form. */
export interface FormHandle {
  validateForm: () => boolean;
}

/** The form's definition as a case or an item carries it. */
export interface FormLayout {
  schema: JsonSchema;
  ui: JsonSchema;
}

/** What the fields read from the page around the form. */
interface FormContext {
  /** an attachment field's upload state and control for one of the case's materials (the wizard gives it once the draft exists) */
  renderMaterial?: ((materialCode: string) => ReactNode) | undefined;
}

/** An attachment field (x-type material): the file is the case's material, uploaded with the material upload. */
function MaterialField({ schema, registry }: FieldProps) {
  const s = schema as JsonSchema;
  const code = String(s['x-material'] ?? '');
  const render = (registry.formContext as FormContext | undefined)?.renderMaterial;
  return (
    <div style={{ marginBottom: 16 }} data-testid={`form-material-${code}`}>
      <div style={{ marginBottom: 4 }}>
        {s['x-required'] === true ? <span style={{ color: '#cf1322', marginInlineEnd: 4 }}>*</span> : null}
        {String(s.title ?? code)}
      </div>
      {render ? render(code) : <Typography.Text type="secondary">保存后在“上传材料”一步上传此附件（提交时须已上传）。</Typography.Text>}
    </div>
  );
}

const FIELDS = { material: MaterialField };

/**
 * A text input carrying a `data-testid` (`ui:options` `testId`; `long` for several lines): the page
 * gives it through the layout where tests name a field (the general form's 项目名称 → apply-field-project).
 */
function TestIdInputWidget({ id, value, onChange, onBlur, onFocus, options, disabled, readonly, schema }: WidgetProps) {
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    disabled: disabled || readonly,
    maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
    'data-testid': String(options.testId ?? ''),
    onBlur: () => onBlur(id, value),
    onFocus: () => onFocus(id, value),
  };
  const change = (v: string) => onChange(v === '' ? undefined : v);
  return options.long ? <Input.TextArea rows={3} {...common} onChange={(e) => change(e.target.value)} /> : <Input {...common} onChange={(e) => change(e.target.value)} />;
}

const WIDGETS = { testIdInput: TestIdInputWidget };

/** The form, filled in by the applicant (or shown read-only with `readonly`). */
export function ApplicationForm({
  form,
  value,
  onChange,
  formRef,
  readonly = false,
  testId = 'application-form',
  idPrefix,
  situation,
  renderMaterial,
}: {
  form: FormLayout;
  value: Record<string, unknown>;
  onChange?: (v: Record<string, unknown>) => void;
  /** the form's `validateForm()` (true when valid; the errors show on the fields) */
  formRef?: Ref<FormHandle>;
  readonly?: boolean;
  testId?: string;
  /** the fields' id prefix (rjsf's `root`): two forms on one page need their own, or their labels name each other's inputs */
  idPrefix?: string;
  /** the applicant's 办理情形: fields shown only for other situations are left out (domain formForSituation) */
  situation?: readonly string[];
  renderMaterial?: FormContext['renderMaterial'];
}) {
  const shown = useMemo(
    () => (situation ? formForSituation({ schema: form.schema, ui: form.ui, licenceMap: {}, dimensions: [] } satisfies FormDefinition, situation).def : form),
    [form, situation],
  );
  return (
    <div data-testid={testId} style={{ maxWidth: 720 }}>
      <Form
        ref={formRef as Ref<never>}
        schema={shown.schema}
        uiSchema={{ ...shown.ui, 'ui:submitButtonOptions': { norender: true } }}
        formData={value}
        validator={formValidator}
        translateString={translateString}
        fields={FIELDS}
        widgets={WIDGETS}
        formContext={{ renderMaterial } satisfies FormContext}
        showErrorList={false}
        idPrefix={idPrefix}
        readonly={readonly}
        noHtml5Validate
        onChange={(e) => onChange?.((e.formData ?? {}) as Record<string, unknown>)}
      />
    </div>
  );
}
