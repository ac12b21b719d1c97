/** `/admin`: goes to the user's own work (their role's home), else to the first area they may use. */
import { Result } from 'antd';
import { Navigate } from 'react-router-dom';
import { useMe } from '../../api/queries';
import { AREAS } from '../../app/access';
import { ADMIN_MENU, ROLE_HOMES } from './menu';

/** Redirects to the user's home in the back office. */
export default function AdminHome() {
  const me = useMe();
  const usable = ADMIN_MENU.filter((e) => AREAS[e.area](me.data));
  const home = (me.data?.roles ?? []).map((r) => ROLE_HOMES[r.role]).find((path) => path && usable.some((e) => e.path === path));
  const first = home ?? usable[0]?.path;
  if (first) return <Navigate to={first} replace />;
  return <Result status="info" title="暂无可用功能" subTitle="您的账号尚未分配后台角色，请联系系统管理员。" />;
}
