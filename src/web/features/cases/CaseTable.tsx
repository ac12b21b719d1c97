/** Every list of cases (我的办件, 待受理, 审查决定, the overdue board): one paged table, columns by choice. */
import { Typography, type TableColumnsType } from 'antd';
import { useScreens } from '../../components/screens';
import { Link } from 'react-router-dom';
import type { CaseSummary } from '../../api/types';
import { PagedTable, type PagedList } from '../../components/PagedTable';
import { labelOf } from '../../components/labels';
import type { Paging } from '../../components/paging';
import { testIdAttrs } from '../../components/testId';
import { CHANNELS, CaseStatusTag, ClockBadge } from './CaseBits';

/** Columns a case list may show besides the case itself. */
export type CaseColumnKey = 'applicant' | 'channel' | 'status' | 'received' | 'acceptanceDue' | 'promisedDue' | 'decisionDue' | 'clock';

const date = (d: string | null) => d ?? '—';

const COLUMNS: Record<CaseColumnKey, TableColumnsType<CaseSummary>[number]> = {
  applicant: { title: '申请人', dataIndex: 'applicantName', width: 140, responsive: ['md'] },
  channel: { title: '方式', dataIndex: 'channel', width: 90, responsive: ['lg'], render: (ch: string) => labelOf(CHANNELS, ch) },
  status: { title: '状态', dataIndex: 'status', width: 110, render: (_, r) => <CaseStatusTag status={r.status} testId="case-row-status" /> },
  received: { title: '收件日期', dataIndex: 'receivedOn', width: 110, responsive: ['md'], render: date },
  acceptanceDue: { title: '受理期限', dataIndex: 'acceptanceDue', width: 110, render: date },
  promisedDue: { title: '承诺办结日', dataIndex: 'promisedDue', width: 115, responsive: ['sm'], render: date },
  decisionDue: { title: '法定办结日', dataIndex: 'decisionDue', width: 115, responsive: ['lg'], render: date },
  clock: { title: '时限', dataIndex: 'clockState', width: 170, render: (_, r) => <ClockBadge state={r.clockState} remaining={r.remainingWorkingDays} /> },
};

/** The case number linking `to` (with the case's status and clock for tests) and the item name under it. */
export function CaseCell({ c, to, testId = 'case-row-link' }: { c: { caseNo: string; itemName: string; status: string; clockState?: string }; to: string; testId?: string }) {
  return (
    <div>
      <Link to={to} data-testid={testId} data-case-no={c.caseNo} data-status={c.status} data-clock-state={c.clockState} style={{ whiteSpace: 'nowrap' }}>
        {c.caseNo}
      </Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {c.itemName}
        </Typography.Text>
      </div>
    </div>
  );
}

/** A page of cases: the case (number linking `to`, item name) and the columns `show` names. */
export function CaseTable({
  list,
  paging,
  testId,
  to,
  show,
  totalText = (t) => `共 ${t} 件`,
  minWidth,
}: {
  list: PagedList<CaseSummary>;
  paging: Paging;
  testId: string;
  to: (c: CaseSummary) => string;
  show: CaseColumnKey[];
  totalText?: (total: number) => string;
  minWidth?: number;
}) {
  const screens = useScreens();
  const columns: TableColumnsType<CaseSummary> = [{ title: '办件', dataIndex: 'caseNo', render: (_, r) => <CaseCell c={r} to={to(r)} /> }, ...show.map((k) => COLUMNS[k])];
  // on a phone the table scrolls sideways inside its box rather than widening the page
  const table = { list, paging, totalText, testId, columns, scroll: minWidth ? { x: minWidth } : screens.sm === false ? { x: 'max-content' as const } : undefined };
  return <PagedTable<CaseSummary> {...table} rowKey="caseNo" onRow={(r) => testIdAttrs('case-row', { 'case-no': r.caseNo })} />;
}
