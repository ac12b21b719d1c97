/** Layout of the public portal: bureau header with navigation, 长辈模式 and login state, footer. */
import { ConfigProvider, Layout, Menu, Space, Switch } from 'antd';
import { useScreens } from '../../components/screens';
import { BankOutlined, LoginOutlined } from '@ant-design/icons';
import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../../api/queries';
import { can, canApply } from '../../app/access';
import { ELDER_THEME, setElderMode, useElderMode } from '../../components/elderMode';
import { LinkButton } from '../../components/LinkButton';
import { PageLoading } from '../../components/PageLoading';

const { Header, Content, Footer } = Layout;

function selectedKey(pathname: string): string {
  for (const key of ['/items', '/guide', '/progress', '/my/cases', '/my/projects', '/verify', '/decisions', '/open-data']) if (pathname.startsWith(key)) return key;
  if (pathname.startsWith('/apply')) return '/items';
  return pathname === '/' ? '/' : '';
}

/** One link of the portal's main navigation. */
interface NavLink {
  to: string;
  label: string;
  testId?: string;
}

function navLinks(me: ReturnType<typeof useMe>['data']): NavLink[] {
  return [
    { to: '/', label: '首页' },
    { to: '/guide', label: '智能导服', testId: 'portal-guide-link' },
    { to: '/items', label: '办事指南' },
    { to: '/progress', label: '进度查询', testId: 'portal-progress-link' },
    { to: '/verify', label: '证照核验', testId: 'portal-verify-link' },
    { to: '/decisions', label: '许可公开', testId: 'portal-decisions-link' },
    { to: '/open-data', label: '数据公开', testId: 'portal-open-data-link' },
    ...(canApply(me) ? [{ to: '/my/cases', label: '我的办件', testId: 'portal-my-cases-link' }] : []),
    ...(canApply(me) ? [{ to: '/my/projects', label: can(me, 'case.agent') ? '代办工作台' : '我的项目', testId: 'portal-my-projects-link' }] : []),
  ];
}

/**
 * The navigation on a phone: its own row under the header, every link in sight or a swipe away (the header's row
 * has no room beside the title, 长辈模式 and the account), the current page marked and scrolled into view.
 */
function PhoneNav({ links, selected, elder }: { links: NavLink[]; selected: string; elder: boolean }) {
  const current = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // (a block body: newer browsers return a promise from scrollIntoView, and an effect may only return its cleanup)
    current.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected]);
  return (
    <nav aria-label="主导航" data-testid="portal-phone-nav" style={{ background: '#0f4c92', overflowX: 'auto', whiteSpace: 'nowrap', padding: '0 4px', borderTop: '1px solid rgba(255,255,255,0.25)' }}>
      {links.map((l) => {
        const on = l.to === selected;
        return (
          <Link
            key={l.to}
            to={l.to}
            ref={on ? current : undefined}
            aria-current={on ? 'page' : undefined}
            data-testid={l.testId}
            style={{ display: 'inline-block', color: '#fff', padding: elder ? '10px 12px' : '8px 10px', fontSize: elder ? 19 : 15, fontWeight: on ? 600 : 400, borderBottom: on ? '3px solid #fff' : '3px solid transparent' }}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}

const AccountMenu = lazy(() => import('./AccountMenu'));

function AccountArea() {
  const me = useMe();
  const screens = useScreens();
  if (me.isPending) return null;
  if (!me.data)
    return (
      <Space size={4}>
        <LinkButton to="/login" icon={<LoginOutlined aria-hidden />} size="small" data-testid="portal-login-link">
          登录
        </LinkButton>
        {screens.sm ? (
          <LinkButton to="/register" type="link" size="small" style={{ color: '#fff' }}>
            注册
          </LinkButton>
        ) : null}
      </Space>
    );
  return (
    <Suspense fallback={null}>
      <AccountMenu me={me.data} />
    </Suspense>
  );
}

/** The 长辈模式 switch: its name stays in sight beside it. */
function ElderSwitch() {
  const on = useElderMode();
  const label = useId();
  // on a phone the header has little room: the ordinary size there, large on a wider screen
  const wide = !!useScreens().sm;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, color: '#fff', whiteSpace: 'nowrap', fontSize: on && wide ? 18 : 14 }}>
      <span id={label}>长辈模式</span>
      <Switch size={wide ? 'default' : 'small'} checked={on} onChange={setElderMode} aria-labelledby={label} data-testid="elder-mode-switch" style={on ? { background: '#ffd666' } : undefined} />
    </span>
  );
}

/** The portal frame; pages render in the outlet. */
export default function PortalLayout() {
  const elder = useElderMode();
  return (
    <ConfigProvider theme={elder ? ELDER_THEME : undefined}>
      <Portal elder={elder} />
    </ConfigProvider>
  );
}

function Portal({ elder }: { elder: boolean }) {
  const location = useLocation();
  const screens = useScreens();
  const me = useMe();
  const phone = !screens.sm;
  const links = navLinks(me.data);
  const selected = selectedKey(location.pathname);
  return (
    <Layout style={{ minHeight: '100vh', background: elder ? '#fff' : undefined }} data-testid="portal" data-elder={elder ? 'on' : 'off'}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 12, background: '#0f4c92', paddingInline: screens.md ? 32 : 12 }}>
        <Link to="/" style={{ color: '#fff', display: 'flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap' }} data-testid="portal-home-link">
          <BankOutlined style={{ fontSize: 22 }} aria-hidden />
          <span style={{ fontSize: screens.md ? 18 : 15, fontWeight: 600 }}>{screens.sm ? '泰安市行政审批服务局 政务服务网' : '泰安政务服务网'}</span>
        </Link>
        {phone ? (
          <span style={{ flex: 1 }} />
        ) : (
          <Menu
            theme="dark"
            mode="horizontal"
            aria-label="主导航"
            selectedKeys={[selected]}
            // the items the bar has no room for sit hidden at its end until the … menu shows them: clipped, so the page does not widen
            style={{ flex: 1, minWidth: 0, background: 'transparent', borderBottom: 'none', position: 'relative', overflow: 'hidden' }}
            items={links.map((l) => ({ key: l.to, label: <Link to={l.to} data-testid={l.testId}>{l.label}</Link> }))}
          />
        )}
        <ElderSwitch />
        <AccountArea />
      </Header>
      {phone ? <PhoneNav links={links} selected={selected} elder={elder} /> : null}
      {/* at least a screen high under the header (64 px, antd's headerHeight): the footer starts below the fold, so
          a page filling in as its chunk and its data arrive does not push a footer in sight down (CLS, ADR 0024) */}
      <Content style={{ padding: screens.md ? '24px 32px' : '12px 8px', maxWidth: 1280, width: '100%', margin: '0 auto', minHeight: 'calc(100vh - 64px)' }}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Content>
      <Footer style={{ textAlign: 'center', color: elder ? '#000' : '#595959', fontSize: elder ? 18 : 13 }}>
        泰安市行政审批服务局 · 进一个门、办全部事 · 一次办好
      </Footer>
    </Layout>
  );
}
