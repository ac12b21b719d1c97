/**
 * `/apply/:itemCode`: an applicant's online application (an agent's: for a company they hold an authorisation of). `?case=` once the draft exists;
 * `?situations=S01,S02` from the guide; `?licence=NO&purpose=change|renewal` from 我的证照.
 */
import { Breadcrumb } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/queries';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { can } from '../../app/access';
import { PageHeader } from '../../components/PageHeader';
import { ApplyWizard } from './ApplyWizard';

/** The licence a change or renewal link names, if it is one. */
function licenceLink(params: URLSearchParams): { no: string; purpose: 'change' | 'renewal' } | undefined {
  const no = params.get('licence');
  const purpose = params.get('purpose');
  return no && (purpose === 'change' || purpose === 'renewal') ? { no, purpose } : undefined;
}

/** The wizard for the logged-in applicant; after submitting, the case page. */
export default function ApplyPage() {
  const { itemCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  // an agent (代办员) files for a company under one of their authorisations
  const agent = can(useMe().data, 'case.agent');
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
        initialSituations={params.get('situations')?.split(',').filter(Boolean)}
        licence={licenceLink(params)}
        onBehalf={agent ? 'agent' : undefined}
        onCreated={(caseNo) => setParams({ case: caseNo }, { replace: true })}
        onSubmitted={(c) => navigate(`/my/cases/${encodeURIComponent(c.caseNo)}?submitted=1`)}
      />
    </ApplicantGuard>
  );
}
