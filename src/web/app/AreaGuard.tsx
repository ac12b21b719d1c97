/** Shows a back-office page only to users whose roles open its area (the menu hides it too). */
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useMe } from '../api/queries';
import { AREAS, type Area } from './access';

/** Renders `children` when the logged-in user may use `area`, a 403 notice otherwise. */
export function AreaGuard({ area, children }: { area: Area; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return null;
  if (!AREAS[area](me.data)) return <Result status="403" title="没有权限" subTitle="您的角色不能使用此功能，如需开通请联系系统管理员。" />;
  return <>{children}</>;
}
