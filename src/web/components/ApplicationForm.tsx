/**
 * An item's application form (申请表) rendered from its JSON Schema and layout by
 * react-jsonschema-form's Ant Design theme (ADR 0016). The validator (./formValidator.ts) runs
 * under the app's CSP and uses the domain's formats (身份证号, 统一社会信用代码, phone) and Chinese
 * messages (src/domain/forms.ts), so the browser says what the server's check would say.
 */
import Form from '@rjsf/antd';
import { useMemo, type Ref } from 'react';
import { formForSituation, type FormDefinition, type JsonSchema } from '../../domain/forms';
import { formValidator } from './formValidator';

/** What the wizard calls on the rendered form. */
export interface FormHandle {
  validateForm: () => boolean;
}

/** The form's definition as a case or an item carries it. */
export interface FormLayout {
  schema: JsonSchema;
  ui: JsonSchema;
}

/** The form, filled in by the applicant (or shown read-only with `readonly`). */
export function ApplicationForm({
  form,
  value,
  onChange,
  formRef,
  readonly = false,
  testId = 'application-form',
  situation,
}: {
  form: FormLayout;
  value: Record<string, unknown>;
  onChange?: (v: Record<string, unknown>) => void;
  /** the form's `validateForm()` (true when valid; the errors show on the fields) */
  formRef?: Ref<FormHandle>;
  readonly?: boolean;
  testId?: string;
  /** the applicant's 办理情形: fields shown only for other situations are left out (domain formForSituation) */
  situation?: readonly string[];
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
        showErrorList={false}
        readonly={readonly}
        noHtml5Validate
        onChange={(e) => onChange?.((e.formData ?? {}) as Record<string, unknown>)}
      />
    </div>
  );
}
