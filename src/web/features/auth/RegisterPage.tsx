/**
 * `/register`: applicant self-registration, as a natural person (居民身份证号) or an
 * organisation (统一社会信用代码). The server validates the check characters; its field
 * errors are shown on the fields.
 */
import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../../../domain/identifiers';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useSetMe } from '../../api/queries';
import type { RegisterBody, UserAnswer } from '../../api/types';
import { passwordIcon } from '../../components/passwordIcon';

interface RegisterValues {
  kind: 'person' | 'organisation';
  username: string;
  password: string;
  confirm: string;
  displayName: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

/** A form rule from an identifier check of src/domain/identifiers.ts (the server checks again). */
function checked(valid: (v: string) => boolean, message: string) {
  return { validator: (_: unknown, value: string | undefined) => (!value || valid(value.trim().toUpperCase()) ? Promise.resolve() : Promise.reject(new Error(message))) };
}

function toBody(v: RegisterValues): RegisterBody {
  const body: RegisterBody = { username: v.username.trim(), password: v.password, displayName: v.displayName.trim(), kind: v.kind };
  if (v.kind === 'person' && v.idNumber) body.idNumber = v.idNumber.trim().toUpperCase();
  if (v.kind === 'organisation' && v.creditCode) body.creditCode = v.creditCode.trim().toUpperCase();
  if (v.phone?.trim()) body.phone = v.phone.trim();
  return body;
}

/** The registration form. */
export default function RegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const kind = Form.useWatch('kind', form) ?? 'person';
  const navigate = useNavigate();
  const setMe = useSetMe();
  const showError = useApiError();
  const register = useMutation({
    mutationFn: (v: RegisterValues) => api.post<UserAnswer>('/auth/register', toBody(v)),
    onSuccess: ({ user }) => {
      setMe(user);
      navigate('/', { replace: true });
    },
    onError: (e) => showError(e, form),
  });
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <Typography.Title level={1} style={{ textAlign: 'center', marginTop: 0, fontSize: 24 }}>
          申请人注册
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="个人信息仅用于办理政务服务，依照《个人信息保护法》保护，页面中将脱敏显示。"
        />
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'person' }}
          onFinish={(v) => register.mutate(v)}
          data-testid="register-form"
          scrollToFirstError
        >
          <Form.Item name="kind" label="注册类型">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'person', label: '自然人' },
                { value: 'organisation', label: '法人或其他组织' },
              ]}
              data-testid="register-kind"
            />
          </Form.Item>
          <Form.Item name="displayName" label={kind === 'person' ? '姓名' : '单位名称'} rules={[{ required: true, whitespace: true, message: '必填' }, { min: 2, message: '至少2个字' }]}>
            <Input data-testid="register-display-name" autoComplete={kind === 'person' ? 'name' : 'organization'} />
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
              <Input maxLength={18} data-testid="register-id-number" autoComplete="off" />
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
              <Input maxLength={18} data-testid="register-credit-code" autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="phone" label="手机号码" rules={[checked(isValidMobile, '请输入11位手机号码')]}>
            <Input data-testid="register-phone" autoComplete="tel" />
          </Form.Item>
          <Form.Item
            name="username"
            label="用户名"
            rules={[
              { required: true, whitespace: true, message: '请输入用户名' },
              { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: '用户名为3-32位字母、数字、点、横线或下划线' },
            ]}
          >
            <Input data-testid="register-username" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[
              { required: true, message: '请输入密码' },
              { min: 8, message: '密码至少8位' },
              { pattern: /[A-Za-z]/, message: '密码须包含字母' },
              { pattern: /\d/, message: '密码须包含数字' },
            ]}>
            <Input.Password iconRender={passwordIcon} data-testid="register-password" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label="确认密码"
            dependencies={['password']}
            rules={[
              { required: true, message: '请再次输入密码' },
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
              }),
            ]}
          >
            <Input.Password iconRender={passwordIcon} data-testid="register-confirm" autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending} data-testid="register-submit">
            注册
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          已有账号？<Link to="/login">登录</Link>
        </div>
      </Card>
    </div>
  );
}
