/** Shows the applicant's pages (网上申请, 我的办件) to applicants and agents; others log in first or are told where to go. */
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/queries';
import { LinkButton } from '../components/LinkButton';
import { PageLoading } from '../components/PageLoading';
import { canApply } from './access';

/** Renders `children` for a logged-in applicant or agent; sends anyone else to /login (and back here afterwards). */
export function ApplicantGuard({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!canApply(me.data))
    return (
      <Result
        status="403"
        title="请使用申请人账号"
        subTitle="网上申请和“我的办件”供申请人和代办员使用；工作人员请在审批后台办理。"
        extra={
          <LinkButton to="/admin" type="primary">
            进入审批后台
          </LinkButton>
        }
      />
    );
  return <>{children}</>;
}
