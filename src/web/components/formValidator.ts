/**
 * react-jsonschema-form's validator for the browser, on @cfworker/json-schema: it interprets the
 * schema instead of compiling it to code, so it runs under the app's Content-Security-Policy
 * (`script-src 'self'`, no eval), where ajv (`@rjsf/validator-ajv8`) cannot compile. The server
 * checks the same schema with ajv (src/domain/forms.ts); the messages are the domain's.
 */
import { format, Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { toErrorSchema, type CustomValidator, type ErrorTransformer, type FormValidation, type RJSFSchema, type RJSFValidationError, type StrictRJSFSchema, type UiSchema, type ValidationData, type ValidatorType } from '@rjsf/utils';
import { fieldTitle, FORM_FORMATS, issueMessage, type JsonSchema } from '../../domain/forms';

for (const [name, check] of Object.entries(FORM_FORMATS)) format[name] = check;

/** The keywords a person can act on; the others only say that a part below them failed. */
const LEAF = new Set(['required', 'type', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'enum', 'const', 'uniqueItems', 'oneOf']);

function pointerValue(schema: unknown, pointer: string): unknown {
  let at: unknown = schema;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[seg] : undefined;
  }
  return at;
}

const cache = new Map<string, Validator>();
function validatorOf(schema: unknown): Validator {
  const key = JSON.stringify(schema);
  let v = cache.get(key);
  if (!v) {
    v = new Validator(schema as Schema, '7', false);
    if (cache.size > 200) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** cfworker's errors as rjsf's, named by the field's title with the domain's Chinese message. */
function toRjsfErrors(schema: JsonSchema, units: OutputUnit[]): RJSFValidationError[] {
  const out = new Map<string, RJSFValidationError>();
  for (const u of units) {
    if (!LEAF.has(u.keyword)) continue;
    if (u.keyword === 'const' && /\/oneOf\/\d+\//.test(u.keywordLocation)) continue;
    const segments = u.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
    const params: Record<string, unknown> = {};
    if (u.keyword === 'required') {
      const missing = /"([^"]+)"/.exec(u.error)?.[1];
      if (!missing) continue;
      segments.push(missing);
      params.missingProperty = missing;
    } else if (u.keyword === 'format') params.format = pointerValue(schema, u.keywordLocation);
    else params.limit = pointerValue(schema, u.keywordLocation);
    const property = segments.length ? `.${segments.join('.')}` : '';
    if (out.has(property)) continue;
    const title = fieldTitle(schema, segments);
    out.set(property, { name: u.keyword, property, params, message: issueMessage(u.keyword, params, title), stack: `${title} ${u.error}`, schemaPath: u.keywordLocation, title });
  }
  return [...out.values()];
}

/** The validator the application form gives react-jsonschema-form. */
export class FormValidator<T = Record<string, unknown>, S extends StrictRJSFSchema = RJSFSchema> implements ValidatorType<T, S> {
  validateFormData(formData: T | undefined, schema: S, customValidate?: CustomValidator<T, S>, transformErrors?: ErrorTransformer<T, S>, uiSchema?: UiSchema<T, S>): ValidationData<T> {
    const result = validatorOf(schema).validate(formData ?? {});
    let errors = result.valid ? [] : toRjsfErrors(schema as JsonSchema, result.errors);
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const errorSchema = toErrorSchema<T>(errors);
    if (!customValidate) return { errors, errorSchema };
    const custom = customValidate(formData, {} as FormValidation<T>, uiSchema);
    void custom;
    return { errors, errorSchema };
  }

  isValid(schema: S, formData: T | undefined, rootSchema: S): boolean {
    try {
      const root = rootSchema as Record<string, unknown>;
      const withDefs = root.definitions ? { ...(schema as object), definitions: root.definitions } : schema;
      return validatorOf(withDefs).validate(formData ?? {}).valid;
    } catch {
      return false;
    }
  }

  rawValidation<Result = unknown>(schema: S, formData?: T): { errors?: Result[]; validationError?: Error } {
    const result = validatorOf(schema).validate(formData ?? {});
    return { errors: result.valid ? undefined : (result.errors as unknown as Result[]) };
  }

  reset(): void {
    cache.clear();
  }
}

export const formValidator = new FormValidator();
