/**
 * `/admin/window` (窗口受理): the cases waiting for the acceptance decision, most urgent first,
 * those waiting for the applicant's 补正, and "代为申请" to file for someone at the window.
 */
import { Space, Tabs } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { UrlFilters } from '../../components/UrlFilters';
import { useUrlPaging } from '../../components/paging';
import { CaseTable } from '../cases/CaseTable';
import { useCases } from '../cases/casesApi';
import { VerifyIdentityButton } from './VerifyIdentityButton';

const TABS = [
  { key: 'submitted', label: '待受理' },
  { key: 'supplement_requested', label: '待补正' },
  { key: 'all', label: '全部办件' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** Path of a case's receive page. */
export const receivePath = (c: { caseNo: string }) => `/admin/window/${encodeURIComponent(c.caseNo)}`;

function Queue({ tab }: { tab: TabKey }) {
  const paging = useUrlPaging(20);
  const q = paging.params.get('q') ?? '';
  const list = useCases({ status: tab === 'all' ? undefined : tab, q, page: paging.page, pageSize: paging.pageSize });
  return (
    <CaseTable
      list={list}
      paging={paging}
      to={receivePath}
      show={tab === 'all' ? ['applicant', 'channel', 'status', 'received', 'promisedDue', 'clock'] : ['applicant', 'channel', 'received', 'acceptanceDue', 'clock']}
      testId={`window-queue-${tab}`}
      minWidth={760}
    />
  );
}

/** The window clerk's work list. */
export default function WindowPage() {
  const paging = useUrlPaging(20);
  const { params, setFilter } = paging;
  const tab: TabKey = TABS.find((t) => t.key === params.get('tab'))?.key ?? 'submitted';
  return (
    <div>
      <PageHeader
        title="窗口受理"
        extra={
          <Space>
            <VerifyIdentityButton />
            <LinkButton to="/admin/window/apply" type="primary" icon={<FormOutlined />} data-testid="window-apply">
              代为申请
            </LinkButton>
          </Space>
        }
      />
      <UrlFilters paging={paging} search={{ placeholder: '办件编号、事项或申请人', testId: 'window-search' }} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setFilter('tab', key === 'submitted' ? undefined : key)}
        items={TABS.map((t) => ({ key: t.key, label: <span data-testid={`window-tab-${t.key}`}>{t.label}</span>, children: <Queue tab={t.key} /> }))}
      />
    </div>
  );
}
