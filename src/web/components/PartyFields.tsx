/**
 * Who an applicant is — natural person (居民身份证号) or organisation (统一社会信用代码), with a
 * phone — as form fields checked by src/domain/identifiers.ts (the server checks again). Used by
 * the registration page and by the window clerk filing on someone's behalf.
 */
import { Form, Input, Radio } from 'antd';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../../domain/identifiers';

/** A form rule from an identifier check. */
export function checked(valid: (v: string) => boolean, message: string) {
  return { validator: (_: unknown, value: string | undefined) => (!value || valid(value.trim().toUpperCase()) ? Promise.resolve() : Promise.reject(new Error(message))) };
}

/**
 * The kind switch, name, identifier and phone fields inside an antd Form. `nameField` is the
 * form name of the name; test ids are `<testIdPrefix>-kind`, `-display-name`, `-id-number`,
 * `-credit-code`, `-phone`.
 */
export function PartyFields({ kind, nameField, testIdPrefix, kindLabel }: { kind: 'person' | 'organisation'; nameField: string; testIdPrefix: string; kindLabel: string }) {
  return (
    <>
      <Form.Item name="kind" label={kindLabel}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'person', label: '自然人' },
            { value: 'organisation', label: '法人或其他组织' },
          ]}
          data-testid={`${testIdPrefix}-kind`}
        />
      </Form.Item>
      <Form.Item name={nameField} label={kind === 'person' ? '姓名' : '单位名称'} rules={[{ required: true, whitespace: true, message: '必填' }, { min: 2, message: '至少2个字' }]}>
        <Input data-testid={`${testIdPrefix}-display-name`} autoComplete={kind === 'person' ? 'name' : 'organization'} />
      </Form.Item>
      {kind === 'person' ? (
        <Form.Item
          name="idNumber"
          label="居民身份证号"
          rules={[
            { required: true, message: '请输入身份证号' },
            checked(isValidIdNumber, '身份证号不正确：应为18位，且校验位、出生日期有效'),
          ]}
        >
          <Input maxLength={18} data-testid={`${testIdPrefix}-id-number`} autoComplete="off" />
        </Form.Item>
      ) : (
        <Form.Item
          name="creditCode"
          label="统一社会信用代码"
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            { required: true, message: '请输入统一社会信用代码' },
            checked(isValidCreditCode, '统一社会信用代码不正确：应为18位数字或大写字母（不含I、O、S、V、Z），且校验位正确'),
          ]}
        >
          <Input maxLength={18} data-testid={`${testIdPrefix}-credit-code`} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="phone" label="手机号码" rules={[checked(isValidMobile, '请输入11位手机号码')]}>
        <Input data-testid={`${testIdPrefix}-phone`} autoComplete="tel" />
      </Form.Item>
    </>
  );
}
