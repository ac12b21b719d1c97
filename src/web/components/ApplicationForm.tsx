/**
 * An item's application form (申请表) rendered from its JSON Schema and layout by
 * react-jsonschema-form's Ant Design theme (ADR 0016). The string formats (身份证号, 统一社会信用代码,
 * phone) and the Chinese messages come from the domain (src/domain/forms.ts), so the browser says
 * what the server's check would say.
 */
import Form from '@rjsf/antd';
import type { RJSFValidationError } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { Ref } from 'react';
import { fieldTitle, FORM_FORMATS, issueMessage, type JsonSchema } from '../../domain/forms';

const validator = customizeValidator({ customFormats: FORM_FORMATS });

/** What the wizard calls on the rendered form. */
export interface FormHandle {
  validateForm: () => boolean;
}

/** The form's definition as a case or an item carries it. */
export interface FormLayout {
  schema: JsonSchema;
  ui: JsonSchema;
}

/** ajv errors in the domain's words, naming the field by its title. */
function transformErrors(schema: JsonSchema) {
  return (errors: RJSFValidationError[]) =>
    errors
      .filter((e) => e.name !== 'if' && !(e.name === 'const' && /\/oneOf\/\d+\//.test(e.schemaPath ?? '')))
      .map((e) => {
        const segments = (e.property ?? '').replace(/^\./, '').split('.').filter(Boolean);
        return { ...e, message: issueMessage(e.name ?? '', (e.params ?? {}) as Record<string, unknown>, fieldTitle(schema, segments)) };
      });
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
        validator={validator}
        transformErrors={transformErrors(form.schema)}
        showErrorList={false}
        readonly={readonly}
        noHtml5Validate
        onChange={(e) => onChange?.((e.formData ?? {}) as Record<string, unknown>)}
      />
    </div>
  );
}
