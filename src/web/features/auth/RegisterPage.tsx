/**
 * `/register`: applicant self-registration, as a natural person (居民身份证号) or an
 * organisation (统一社会信用代码). The server validates the check characters; its field
 * errors are shown on the fields.
 */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useSetMe } from '../../api/queries';
import type { RegisterBody, UserAnswer } from '../../api/types';
import { PartyFields } from '../../components/PartyFields';
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
          <PartyFields kind={kind} nameField="displayName" testIdPrefix="register" kindLabel="注册类型" />
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
          <Form.Item name="password" label="密码" extra="请使用不易被猜中的密码：避开常见密码、键盘序列和生日年份，较长的词组并混合符号更安全" rules={[
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
