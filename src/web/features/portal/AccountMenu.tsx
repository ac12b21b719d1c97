/**
 * The portal header's account menu for a signed-in user (the bell with the unread count, the user's dropdown):
 * apart from the portal's frame, so the anonymous pages (the home page's JavaScript budget, ADR 0024) do not
 * load antd's Dropdown and Badge.
 */
import { Badge, Button, Dropdown, Space } from 'antd';
import { useScreens } from '../../components/screens';
import { BellOutlined, CalendarOutlined, FileTextOutlined, LogoutOutlined, SafetyCertificateOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { canApply } from '../../app/access';
import type { Me } from '../../api/types';
import { useLogout } from '../auth/useLogout';
import { useUnread } from '../notices/noticesApi';

/** The bell with the unread count, for applicants and agents: 我的消息. */
function NoticeBell() {
  const unread = useUnread(true).data?.unread ?? 0;
  return (
    <Link to="/my/notices" aria-label={unread ? `我的消息，${unread} 条未读` : '我的消息'} data-testid="portal-notices-link" data-unread={unread} style={{ display: 'inline-flex', padding: '0 6px' }}>
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined style={{ color: '#fff', fontSize: 18 }} aria-hidden />
      </Badge>
    </Link>
  );
}

/** The signed-in user's part of the header. */
export default function AccountMenu({ me }: { me: Me }) {
  const logout = useLogout('/');
  const navigate = useNavigate();
  const screens = useScreens();
  const items = [
    ...(me.kind === 'staff' ? [{ key: 'admin', icon: <SettingOutlined />, label: '后台管理' }] : []),
    ...(canApply(me) ? [{ key: 'cases', icon: <FileTextOutlined />, label: '我的办件' }, { key: 'licences', icon: <SafetyCertificateOutlined />, label: <span data-testid="portal-my-licences-link">我的证照</span> }, { key: 'appointments', icon: <CalendarOutlined />, label: <span data-testid="portal-appointments-link">预约办事</span> }] : []),
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
  ];
  return (
    <Space size={4}>
      {canApply(me) ? <NoticeBell /> : null}
      <Dropdown
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'admin') navigate('/admin');
            else if (key === 'cases') navigate('/my/cases');
            else if (key === 'appointments') navigate('/appointments');
            else if (key === 'licences') navigate('/my/licences');
            else logout.mutate();
          },
        }}
      >
        <Button type="text" style={{ color: '#fff' }} icon={<UserOutlined aria-hidden />} aria-label={`${me.displayName}：账户菜单`} data-testid="portal-user">
          {screens.sm ? me.displayName : null}
        </Button>
      </Dropdown>
    </Space>
  );
}
