/**
 * An item's application form (申请表) rendered from its JSON Schema and layout by
 * react-jsonschema-form's Ant Design theme (ADR 0016). The validator (./formValidator.ts) runs
 * under the app's CSP and uses the domain's formats (身份证号, 统一社会信用代码, phone) and Chinese
 * messages (src/domain/forms.ts), so the browser says what the server's check would say.
 */
import Form from '@rjsf/antd';
import type { Ref } from 'react';
import type { JsonSchema } from '../../domain/forms';
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
}: {
  form: FormLayout;
  value: Record<string, unknown>;
  onChange?: (v: Record<string, unknown>) => void;
  /** the form's `validateForm()` (true when valid; the errors show on the fields) */
  formRef?: Ref<FormHandle>;
  readonly?: boolean;
  testId?: string;
}) {
  return (
    <div data-testid={testId} style={{ maxWidth: 720 }}>
      <Form
        ref={formRef as Ref<never>}
        schema={form.schema}
        uiSchema={{ ...form.ui, 'ui:submitButtonOptions': { norender: true } }}
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
