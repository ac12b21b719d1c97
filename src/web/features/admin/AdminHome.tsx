/** `/admin`: goes to the first area the user may use. */
import { Result } from 'antd';
import { Navigate } from 'react-router-dom';
import { useMe } from '../../api/queries';
import { AREAS } from '../../app/access';
import { ADMIN_MENU } from './menu';

/** Redirects to the user's first back-office area. */
export default function AdminHome() {
  const me = useMe();
  const first = ADMIN_MENU.find((e) => AREAS[e.area](me.data));
  if (first) return <Navigate to={first.path} replace />;
  return <Result status="info" title="暂无可用功能" subTitle="您的账号尚未分配后台角色，请联系系统管理员。" />;
}
