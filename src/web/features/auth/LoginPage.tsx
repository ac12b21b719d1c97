/**
 * `/login`: username and password for staff and applicants; staff go on to the back office. When the
 * province's unified identity platform (统一身份认证) is configured, citizens and companies can log in
 * there instead: the button leaves for the platform and comes back logged in.
 */
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { API_BASE, api } from '../../api/client';
import { ErrorAlert, applyFieldErrors } from '../../api/errors';
import { ApiError } from '../../api/client';
import { useSetMe } from '../../api/queries';
import { can } from '../../app/access';
import type { OidcAnswer, UserAnswer } from '../../api/types';
import { passwordIcon } from '../../components/passwordIcon';

interface LoginValues {
  username: string;
  password: string;
}

/** Why the platform's login did not pass, by the code the callback sends back (`?oidcError=`). */
const OIDC_ERRORS: Record<string, string> = {
  'AUTH.OIDC_FAILED': '统一身份认证登录未通过（可能已超时或被中断），请重新登录',
  'AUTH.OIDC_IDENTITY_INCOMPLETE': '统一身份认证平台未提供办理所需的身份信息（身份证号或统一社会信用代码、实名等级等），请联系平台或到窗口办理',
  'AUTH.OIDC_UNAVAILABLE': '统一身份认证平台暂时无法访问，请稍后再试或使用账号密码登录',
};

/** Only same-site paths are followed after login. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** The login form. */
export default function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const oidc = useQuery({ queryKey: ['auth', 'oidc'], queryFn: ({ signal }) => api.get<OidcAnswer>('/auth/oidc', undefined, signal), staleTime: 10 * 60_000 });
  const oidcLogin = `${API_BASE}/auth/oidc/login?returnTo=${encodeURIComponent(safeNext(params.get('next')) ?? '/my/cases')}`;
  const login = useMutation({
    mutationFn: (values: LoginValues) => api.post<UserAnswer>('/auth/login', values),
    onSuccess: ({ user }) => {
      setMe(user);
      // an agent's main screen is the project dashboard (代办工作台)
      navigate(safeNext(params.get('next')) ?? (can(user, 'case.agent') ? '/my/projects' : user.kind === 'staff' ? '/admin' : '/'), { replace: true });
    },
    onError: (e) => {
      if (e instanceof ApiError) applyFieldErrors(form, e.errors);
    },
  });
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={1} style={{ textAlign: 'center', marginTop: 0, fontSize: 24 }}>
          用户登录
        </Typography.Title>
        <ErrorAlert error={login.error} testId="login-error" />
        {params.get('oidcError') ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="login-oidc-error"
            message={OIDC_ERRORS[params.get('oidcError') ?? ''] ?? '统一身份认证登录未通过，请重新登录'}
          />
        ) : null}
        <Form<LoginValues> form={form} layout="vertical" onFinish={(v) => login.mutate(v)} requiredMark={false} data-testid="login-form">
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" data-testid="login-username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password iconRender={passwordIcon} prefix={<LockOutlined aria-hidden />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            登录
          </Button>
        </Form>
        {oidc.data?.enabled ? (
          <>
            <Divider plain>或</Divider>
            <Button block href={oidcLogin} icon={<SafetyCertificateOutlined aria-hidden />} data-testid="login-oidc">
              统一身份认证登录
            </Button>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
              个人和法人可使用省统一身份认证平台账号登录，首次登录自动关联或创建账号并完成实名核验。
            </Typography.Paragraph>
          </>
        ) : null}
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          还没有账号？<Link to="/register">申请人注册</Link>
        </div>
      </Card>
    </div>
  );
}
