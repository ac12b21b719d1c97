/** `/apply/:itemCode` (`?case=` once the draft exists): an applicant's online application. */
import { Breadcrumb } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { PageHeader } from '../../components/PageHeader';
import { ApplyWizard } from './ApplyWizard';

/** The wizard for the logged-in applicant; after submitting, the case page. */
export default function ApplyPage() {
  const { itemCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  return (
    <ApplicantGuard>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/">首页</Link> }, { title: <Link to={`/items/${encodeURIComponent(itemCode)}`}>办事指南</Link> }, { title: '网上申请' }]}
      />
      <PageHeader title="网上申请" />
      <ApplyWizard
        itemCode={itemCode}
        caseNo={params.get('case')}
        onCreated={(caseNo) => setParams({ case: caseNo }, { replace: true })}
        onSubmitted={(c) => navigate(`/my/cases/${encodeURIComponent(c.caseNo)}?submitted=1`)}
      />
    </ApplicantGuard>
  );
}
