/** `/my/licences`: the holder's own electronic licences, as cards (one column on phones). */
import { Breadcrumb, Card, Col, Descriptions, Empty, Pagination, Row, Skeleton, Space } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../api/errors';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { paginationProps, useUrlPaging } from '../../components/paging';
import { LicenceLinks, LicenceStatusTag, validityText } from './LicenceBits';
import { useLicences, type Licence } from './licencesApi';

/** The application form for a change (变更) or renewal (延续) of this licence. */
const applyFor = (l: Licence, purpose: 'change' | 'renewal') => `/apply/${encodeURIComponent(l.itemCode)}?licence=${encodeURIComponent(l.no)}&purpose=${purpose}`;

function LicenceCard({ l }: { l: Licence }) {
  return (
    <Card
      size="small"
      title={l.type}
      extra={<LicenceStatusTag status={l.status} />}
      data-testid="licence-row"
      data-no={l.no}
      data-status={l.status}
      style={{ height: '100%' }}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'no', label: '证照编号', children: <span data-testid="licence-no">{l.no}</span> },
          { key: 'holder', label: '持证主体', children: l.holder },
          { key: 'item', label: '许可事项', children: l.item },
          { key: 'validity', label: '有效期', children: validityText(l) },
          { key: 'case', label: '办件', children: <Link to={`/my/cases/${encodeURIComponent(l.caseNo)}`}>{l.caseNo}</Link> },
          ...(l.status !== 'valid' && l.statusReason ? [{ key: 'reason', label: '状态说明', children: `${l.statusOn ?? ''} ${l.statusReason}` }] : []),
        ]}
      />
      <div style={{ borderTop: '1px solid #f0f0f0', marginTop: 8, paddingTop: 8 }}>
        <LicenceLinks licence={l} />
      </div>
      {l.status === 'valid' ? (
        <Space wrap style={{ marginTop: 8 }}>
          <LinkButton size="small" to={applyFor(l, 'change')} data-testid="licence-apply-change">
            申请变更
          </LinkButton>
          {l.validTo ? (
            <LinkButton size="small" to={applyFor(l, 'renewal')} data-testid="licence-apply-renewal">
              申请延续（届满30日前）
            </LinkButton>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}

function MyLicences() {
  const paging = useUrlPaging(10);
  const list = useLicences({ page: paging.page, pageSize: paging.pageSize });
  const items = list.data?.items ?? [];
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '我的证照' }]} />
      <PageHeader title="我的证照" />
      <ErrorAlert error={list.error} />
      {list.isPending ? <Skeleton active /> : null}
      {list.data && items.length === 0 ? <Empty description="暂无电子证照：申请获准许可后，证照会出现在这里" /> : null}
      <Row gutter={[16, 16]} data-testid="my-licences" data-count={list.data?.total ?? ''}>
        {items.map((l) => (
          <Col key={`${l.no}-${l.version}`} xs={24} lg={12}>
            <LicenceCard l={l} />
          </Col>
        ))}
      </Row>
      {(list.data?.total ?? 0) > paging.pageSize ? (
        <Pagination style={{ marginTop: 16 }} {...paginationProps(paging, list.data?.total ?? 0, (t) => `共 ${t} 张`)} />
      ) : null}
    </>
  );
}

/** The page, for logged-in applicants and agents. */
export default function MyLicencesPage() {
  return (
    <ApplicantGuard>
      <MyLicences />
    </ApplicantGuard>
  );
}
