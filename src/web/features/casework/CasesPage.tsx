/**
 * `/admin/cases` (审查决定): the reviewers' and chiefs' task list, most urgent first (the API
 * sorts: overdue, warning, on time, then the rest by the nearest due day), with green / yellow /
 * red deadline badges and filters by status, clock state and text. Filters live in the URL.
 */
import { PageHeader } from '../../components/PageHeader';
import { UrlFilters } from '../../components/UrlFilters';
import { useUrlPaging } from '../../components/paging';
import { CLOCK_STATE_OPTIONS, statusOptions } from '../cases/CaseBits';
import { CaseTable } from '../cases/CaseTable';
import { useCases } from '../cases/casesApi';

/** Path of a case's review page. */
export const casePath = (c: { caseNo: string }) => `/admin/cases/${encodeURIComponent(c.caseNo)}`;

/** The task list. */
export default function CasesPage() {
  const paging = useUrlPaging(20);
  const { params } = paging;
  const status = params.get('status') ?? '';
  const clockState = params.get('clockState') ?? '';
  const q = params.get('q') ?? '';
  const mine = params.get('assigned') === 'me';
  const list = useCases({ status, clockState, q, assigned: mine ? 'me' : undefined, page: paging.page, pageSize: paging.pageSize });
  return (
    <div>
      <PageHeader title="审查决定" />
      <UrlFilters
        paging={paging}
        search={{ placeholder: '办件编号、事项或申请人', testId: 'cases-search' }}
        selects={[
          { name: 'status', label: '办件状态', options: statusOptions(false), testId: 'cases-status-filter' },
          { name: 'clockState', label: '时限状态', options: CLOCK_STATE_OPTIONS, testId: 'cases-clock-filter' },
        ]}
        checks={[{ name: 'assigned', value: 'me', label: '只看我领取的', testId: 'cases-mine' }]}
      />
      <CaseTable
        list={list}
        paging={paging}
        to={casePath}
        show={['applicant', 'status', 'received', 'promisedDue', 'decisionDue', 'clock']}
        testId="cases-table"
        minWidth={900}
      />
    </div>
  );
}
