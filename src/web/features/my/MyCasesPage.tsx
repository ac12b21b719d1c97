/** `/my/cases`: the applicant's (or agent's) own cases with status and deadlines. */
import { Breadcrumb, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { REALNAME_LEVELS } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import type { IdentityAnswer } from '../../api/types';
import { Link } from 'react-router-dom';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { PageHeader } from '../../components/PageHeader';
import { UrlFilters } from '../../components/UrlFilters';
import { LinkButton } from '../../components/LinkButton';
import { useUrlPaging } from '../../components/paging';
import { statusOptions } from '../cases/CaseBits';
import { CaseTable } from '../cases/CaseTable';
import { useCases } from '../cases/casesApi';

function MyCases() {
  const paging = useUrlPaging(10);
  const { params } = paging;
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const list = useCases({ status, q, page: paging.page, pageSize: paging.pageSize });
  const identity = useQuery({ queryKey: ['my', 'identity'], queryFn: ({ signal }) => api.get<IdentityAnswer>('/auth/identity', undefined, signal) }).data?.identity;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '我的办件' }]} />
      <PageHeader
        title="我的办件"
        extra={
          <Space wrap>
            {identity === null ? <Tag data-testid="my-realname-level">身份未核验</Tag> : null}
            {identity ? (
              <Tag color="green" data-testid="my-realname-level" title={`${identity.verifiedBy}核验`}>
                实名等级：{REALNAME_LEVELS[identity.realNameLevel]}
              </Tag>
            ) : null}
            <LinkButton to="/my/licences" data-testid="my-licences-link">
              我的证照
            </LinkButton>
            <LinkButton to="/items" type="primary">
              我要申请
            </LinkButton>
          </Space>
        }
      />
      <UrlFilters
        paging={paging}
        search={{ placeholder: '办件编号或事项名称', testId: 'my-cases-search' }}
        selects={[{ name: 'status', label: '办件状态', options: statusOptions(true), testId: 'my-cases-status', span: 6 }]}
      />
      <CaseTable
        list={list}
        paging={paging}
        to={(c) => `/my/cases/${encodeURIComponent(c.caseNo)}`}
        show={['status', 'received', 'promisedDue', 'decisionDue', 'clock']}
        testId="my-cases-table"
      />
    </>
  );
}

/** The page, for logged-in applicants and agents. */
export default function MyCasesPage() {
  return (
    <ApplicantGuard>
      <MyCases />
    </ApplicantGuard>
  );
}
