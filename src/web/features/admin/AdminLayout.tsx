/**
 * Back-office frame: login required, side menu by permission, user name and logout in the header.
 * On a phone the menu is a drawer opened from a button in the header, so nothing floats over the page.
 */
import { Button, Drawer, Layout, Menu, Result, Space, Tag, Typography } from 'antd';
import { useScreens } from '../../components/screens';
import { BankOutlined, HomeOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Suspense, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../api/errors';
import { useMe } from '../../api/queries';
import { AREAS } from '../../app/access';
import { LinkButton } from '../../components/LinkButton';
import { PageLoading } from '../../components/PageLoading';
import { roleLabel } from '../../components/labels';
import { useLogout } from '../auth/useLogout';
import { ADMIN_MENU } from './menu';

const { Header, Sider, Content } = Layout;

/** The admin shell; pages render in the outlet. */
export default function AdminLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout('/login');
  const screens = useScreens();
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);

  if (me.isPending) return <PageLoading />;
  if (me.error) return <div style={{ padding: 24 }}><ErrorAlert error={me.error} /></div>;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const user = me.data;
  if (user.kind !== 'staff')
    return (
      <Result
        status="403"
        title="后台仅供工作人员使用"
        extra={
          <LinkButton to="/" type="primary">
            返回政务服务网
          </LinkButton>
        }
      />
    );

  const entries = ADMIN_MENU.filter((e) => AREAS[e.area](user));
  const selected = entries.find((e) => location.pathname.startsWith(e.path))?.path ?? '';
  const roleNames = [...new Set(user.roles.map((r) => roleLabel(r.role)))];

  // until the breakpoints are known (before the first paint) the desktop frame is drawn
  const phone = screens.md === false;
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      items={entries.map((e) => ({ key: e.path, icon: e.icon, label: <span data-testid={`menu-${e.area}`}>{e.label}</span> }))}
      onClick={({ key }) => {
        setDrawer(false);
        navigate(key);
      }}
    />
  );
  const brand = (short: boolean) => (
    <Link to="/admin" style={{ display: 'flex', alignItems: 'center', gap: 8, color: '#fff', padding: '16px 20px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
      <BankOutlined style={{ fontSize: 20 }} />
      {short ? null : <span style={{ fontWeight: 600 }}>审批后台</span>}
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawer}
          onClose={() => setDrawer(false)}
          size={240}
          closable={false}
          title={null}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="admin-menu-drawer"
        >
          {brand(false)}
          {menu}
        </Drawer>
      ) : (
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" collapsedWidth={80} width={200}>
          {brand(collapsed)}
          {menu}
        </Sider>
      )}
      <Layout>
        <Header style={{ background: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, paddingInline: phone ? 8 : 16, borderBottom: '1px solid #f0f0f0' }}>
          {phone ? <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawer(true)} aria-label="打开菜单" aria-expanded={drawer} data-testid="admin-menu-button" /> : null}
          <Typography.Text strong style={{ flex: 1, minWidth: 0, fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {phone ? '审批管理后台' : '泰安市行政审批服务局 · 审批管理后台'}
          </Typography.Text>
          <Space size={screens.md ? 12 : 4}>
            <Link to="/" title="政务服务网" aria-label="政务服务网">
              <HomeOutlined aria-hidden />
            </Link>
            <span data-testid="admin-user" style={{ display: 'inline-block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: screens.md ? 240 : 96, verticalAlign: 'middle' }}>
              <UserOutlined /> {user.displayName}
            </span>
            {screens.lg ? roleNames.slice(0, 3).map((r) => <Tag key={r}>{r}</Tag>) : null}
            <Button size="small" icon={<LogoutOutlined />} onClick={() => logout.mutate()} loading={logout.isPending} aria-label="退出登录" data-testid="admin-logout">
              {screens.md ? '退出' : null}
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: screens.md ? 24 : 8 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
