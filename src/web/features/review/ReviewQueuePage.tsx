/**
 * 审核队列: the versions waiting at 初审拟定 / 复核 / 终审确认, one tab per stage
 * (the stage is in the URL). Each opens the review page.
 */
import { Badge, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { STAGES, STAGE_ROLE, type ReviewStage } from '../../../domain/catalog-terms';
import { useMe } from '../../api/queries';
import { reviewStagesOf } from '../../app/access';
import { PageHeader } from '../../components/PageHeader';
import { useUrlPaging } from '../../components/paging';
import { testIdAttrs } from '../../components/testId';
import { VersionTable } from '../catalog/VersionTable';
import { useVersions } from '../catalog/catalogApi';

const REVIEW_STAGES = Object.keys(STAGE_ROLE) as ReviewStage[];

const reviewPath = (v: { id: string }) => `/admin/review/${encodeURIComponent(v.id)}`;

function StageCount({ stage }: { stage: ReviewStage }) {
  const q = useVersions({ stage, page: 1, pageSize: 1 });
  return <Badge count={q.data?.total ?? 0} overflowCount={999} style={{ marginInlineStart: 6 }} color="#1558a8" />;
}

function Queue({ stage, mine }: { stage: ReviewStage; mine: boolean }) {
  const paging = useUrlPaging(20);
  const list = useVersions({ stage, page: paging.page, pageSize: paging.pageSize });
  return (
    <>
      {!mine ? (
        <Typography.Paragraph type="secondary">您没有“{STAGES[stage]}”环节的审核角色，仅可查看。</Typography.Paragraph>
      ) : null}
      <VersionTable
        list={list}
        paging={paging}
        to={reviewPath}
        linkAttrs={(v) => testIdAttrs('review-open', { 'item-code': v.itemCode, 'version-id': v.id })}
        show={['kind', 'disposition', 'version', 'author', 'batch', 'updatedAt']}
        actions={{ title: '操作', key: 'open', width: 90, render: (_, v) => <Link to={reviewPath(v)}>{mine ? '审核' : '查看'}</Link> }}
        totalText={(t) => `共 ${t} 项待办`}
        minWidth={960}
        testId={`review-queue-${stage}`}
      />
    </>
  );
}

/** `/admin/review?stage=first_review|recheck|final_review`. */
export default function ReviewQueuePage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const myStages = reviewStagesOf(me.data);
  const requested = params.get('stage');
  const stage: ReviewStage = REVIEW_STAGES.find((s) => s === requested) ?? myStages[0] ?? 'first_review';
  return (
    <div>
      <PageHeader title="审核队列" />
      <Tabs
        activeKey={stage}
        onChange={(key) => setParams({ stage: key })}
        items={REVIEW_STAGES.map((s) => ({
          key: s,
          label: (
            <span data-testid={`review-tab-${s}`}>
              {STAGES[s]}
              {myStages.includes(s) ? <Tag color="blue" style={{ marginInlineStart: 6 }}>我的环节</Tag> : null}
              <StageCount stage={s} />
            </span>
          ),
          children: <Queue stage={s} mine={myStages.includes(s)} />,
        }))}
      />
    </div>
  );
}
