/**
 * `/decisions` (public): the register of licensing decisions (行政许可法 第四十条) — approvals
 * and refusals by item and date, the applicant's name masked. Filters live in the URL.
 */
import { Breadcrumb, Col, DatePicker, Pagination, Tag, Typography, type TableColumnsType } from 'antd';
import { useScreens } from '../../components/screens';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { FilterSelect } from '../../components/FilterSelect';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { PlainList } from '../../components/PlainList';
import { UrlSearchBox } from '../../components/SearchBox';
import { paginationProps, useUrlPaging } from '../../components/paging';
import { testIdAttrs } from '../../components/testId';
import { ErrorAlert } from '../../api/errors';
import { useDecisions, type PublicDecision } from '../licences/licencesApi';

const RESULT_OPTIONS = [
  { value: 'approve', label: '准予许可' },
  { value: 'refuse', label: '不予许可' },
];

function ResultTag({ d }: { d: PublicDecision }) {
  return (
    <Tag color={d.result === 'approve' ? 'success' : 'error'} data-testid="decision-result" data-result={d.result}>
      {d.resultName}
    </Tag>
  );
}

/** The page. */
export default function DecisionsPage() {
  const paging = useUrlPaging(20);
  const { params, setFilter } = paging;
  const screens = useScreens();
  const [, setParams] = useSearchParams();
  const query = { item: params.get('item') ?? '', result: params.get('result') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '', page: paging.page, pageSize: paging.pageSize };
  const list = useDecisions(query);
  const columns: TableColumnsType<PublicDecision> = [
    { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
    { title: '许可事项', dataIndex: 'itemName', render: (name: string, d) => <Link to={`/items/${encodeURIComponent(d.itemCode)}`}>{name}</Link> },
    { title: '申请人', dataIndex: 'applicantName', width: 200 },
    { title: '决定', dataIndex: 'result', width: 110, render: (_: unknown, d) => <ResultTag d={d} /> },
    { title: '办件编号', dataIndex: 'caseNo', width: 130 },
  ];
  const range = (['from', 'to'] as const).map((k) => (params.get(k) ? dayjs(params.get(k)) : null)) as [dayjs.Dayjs | null, dayjs.Dayjs | null];
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '许可决定公开' }]} />
      <PageHeader title="行政许可决定公开" />
      <Typography.Paragraph type="secondary">依据《中华人民共和国行政许可法》第四十条，准予和不予行政许可的决定向社会公开，申请人个人信息已脱敏。</Typography.Paragraph>
      <FilterBar>
        <Col xs={24} md={8}>
          <UrlSearchBox paging={paging} name="item" placeholder="许可事项名称" testId="decisions-item" />
        </Col>
        <Col xs={12} md={5}>
          <FilterSelect label="决定结果" value={query.result} options={RESULT_OPTIONS} onChange={(v) => setFilter('result', v)} testId="decisions-result" />
        </Col>
        <Col xs={24} md={9}>
          <div data-testid="decisions-range">
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={range}
              allowEmpty={[true, true]}
              placeholder={['决定日期 起', '止']}
              onChange={(r) => {
                const next = new URLSearchParams(params);
                for (const [i, k] of (['from', 'to'] as const).entries()) {
                  const d = r?.[i];
                  if (d) next.set(k, d.format('YYYY-MM-DD'));
                  else next.delete(k);
                }
                next.delete('page');
                setParams(next);
              }}
            />
          </div>
        </Col>
      </FilterBar>
      {screens.md ? (
        <PagedTable<PublicDecision>
          rowKey="caseNo"
          size="middle"
          columns={columns}
          list={list}
          paging={paging}
          totalText={(t) => `共 ${t} 项决定`}
          testId="decisions-table"
          onRow={(d) => testIdAttrs('decision-row', { 'case-no': d.caseNo, result: d.result })}
        />
      ) : (
        <>
          <ErrorAlert error={list.error} />
          <div data-testid="decisions-table">
            <PlainList
              items={list.data?.items ?? []}
              rowKey={(d) => d.caseNo}
              empty={list.isPending ? '加载中…' : '暂无决定'}
              render={(d) => (
                <div data-testid="decision-row" data-case-no={d.caseNo} data-result={d.result}>
                  <div style={{ fontWeight: 500 }}>{d.itemName}</div>
                  <div style={{ color: '#595959', fontSize: 13 }}>
                    {d.applicantName} · {d.decidedOn} · {d.caseNo}
                  </div>
                </div>
              )}
              extra={(d) => <ResultTag d={d} />}
            />
            {(list.data?.total ?? 0) > paging.pageSize ? (
              <Pagination size="small" style={{ marginTop: 12 }} {...paginationProps(paging, list.data?.total ?? 0, (t) => `共 ${t} 项`)} />
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
