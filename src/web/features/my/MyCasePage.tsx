/**
 * `/my/cases/:caseNo`: one case as its applicant follows it — status, clock, notices (补正,
 * 容缺, the decision), materials, timeline; continue a draft, supplement, withdraw.
 */
import { Alert, Breadcrumb } from 'antd';
import { EditOutlined, LikeOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import type { CaseView } from '../../api/types';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { LinkButton } from '../../components/LinkButton';
import { CaseMaterialList } from '../cases/CaseBits';
import { CaseDocuments } from '../cases/CaseDocuments';
import { FeesPanel } from '../fees/FeesPanel';
import { CaseColumns, CaseFrame, CaseRoute, ClockPanel, Panel, TimelinePanel } from '../cases/CaseLayout';
import { PendingNotice, SupplementNotice, WithdrawButton } from '../cases/CaseNotices';
import { InspectionNotice } from '../inspections/InspectionCard';
import { ExpertReviewCard } from '../experts/ExpertReviewCard';

/** The public lookup of this case, filled in. */
export const progressPath = (c: Pick<CaseView, 'caseNo' | 'queryCode'>) =>
  `/progress?caseNo=${encodeURIComponent(c.caseNo)}${c.queryCode ? `&code=${encodeURIComponent(c.queryCode)}` : ''}`;

function MyCase({ c }: { c: CaseView }) {
  const [params] = useSearchParams();
  return (
    <CaseFrame
      c={c}
      area="applicant"
      top={
        <>
          <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/my/cases">我的办件</Link> }, { title: c.caseNo }]} />
          {params.get('submitted') && c.status === 'submitted' ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="submitted-notice"
              title="申请已提交，等待窗口受理"
              description="请记下办件编号和查询码：不登录也可以在“进度查询”中查看办理进度。窗口将在 5 个工作日内作出是否受理的决定。"
            />
          ) : null}
        </>
      }
      actions={
        <>
          {c.status === 'draft' ? (
            <LinkButton to={`/apply/${encodeURIComponent(c.itemCode)}?case=${encodeURIComponent(c.caseNo)}`} type="primary" icon={<EditOutlined />} data-testid="case-continue">
              继续填报
            </LinkButton>
          ) : null}
          <WithdrawButton c={c} />
          {c.status === 'approved' || c.status === 'refused' || c.status === 'rejected' ? (
            <LinkButton to={`/hall/rate?case=${encodeURIComponent(c.caseNo)}`} icon={<LikeOutlined />} data-testid="case-rate">
              评价（好差评）
            </LinkButton>
          ) : null}
        </>
      }
      links={
        c.status !== 'draft' ? (
          <Link to={progressPath(c)} data-testid="case-progress-link">
            <SearchOutlined aria-hidden /> 公开进度查询
          </Link>
        ) : null
      }
    >
      {c.status === 'draft' ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title="申请尚未提交：请上传全部材料后在“确认提交”一步提交。" /> : null}
      {c.status === 'supplement_requested' ? <SupplementNotice c={c} /> : null}
      <PendingNotice c={c} />
      <InspectionNotice c={c} />
      {c.extension?.approved ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`经负责人批准，办理期限延长 ${c.extension.requestedDays} 个工作日`} description={`理由：${c.extension.reason}`} />
      ) : null}
      <CaseColumns
        left={
          <>
            <ClockPanel c={c} />
            <Panel title="申请材料">
              <CaseMaterialList c={c} />
            </Panel>
          </>
        }
        right={
          <>
            <FeesPanel caseNo={c.caseNo} staff={false} />
            <ExpertReviewCard c={c} />
            <CaseDocuments c={c} />
            <TimelinePanel c={c} />
          </>
        }
      />
    </CaseFrame>
  );
}

/** The page, for the case's applicant or filer. */
export default function MyCasePage() {
  return (
    <ApplicantGuard>
      <CaseRoute>{(c) => <MyCase c={c} />}</CaseRoute>
    </ApplicantGuard>
  );
}
