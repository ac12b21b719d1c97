/**
 * 审核队列: the versions waiting at 初审拟定 / 复核 / 终审确认, one tab per stage
 * (the stage is in the URL). Each opens the review page.
 */
import { Badge, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { DISPOSITIONS, ITEM_KINDS, STAGES, STAGE_ROLE, type ReviewStage } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useMe } from '../../api/queries';
import type { Page, VersionRow } from '../../api/types';
import { reviewStagesOf } from '../../app/access';
import { formatTime } from '../../components/format';
import { labelOf } from '../../components/labels';
import { catalogKeys } from '../catalog/catalogApi';

const REVIEW_STAGES = Object.keys(STAGE_ROLE) as ReviewStage[];

function useQueue(stage: ReviewStage, page: number, pageSize: number) {
  const query = { stage, page, pageSize };
  return useQuery({
    queryKey: catalogKeys.versionList(query),
    queryFn: ({ signal }) => api.get<Page<VersionRow>>('/catalog/versions', query, signal),
    placeholderData: keepPreviousData,
  });
}

function StageCount({ stage }: { stage: ReviewStage }) {
  const q = useQueue(stage, 1, 1);
  return <Badge count={q.data?.total ?? 0} overflowCount={999} style={{ marginInlineStart: 6 }} color="#1558a8" />;
}

function Queue({ stage, mine }: { stage: ReviewStage; mine: boolean }) {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const list = useQueue(stage, page, pageSize);
  const columns: TableColumnsType<VersionRow> = [
    {
      title: '事项',
      dataIndex: 'name',
      render: (_, v) => (
        <div>
          <Link to={`/admin/review/${encodeURIComponent(v.id)}`} data-testid="review-open" data-item-code={v.itemCode} data-version-id={v.id}>
            {v.name}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.itemCode}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: '类别', dataIndex: 'kind', width: 110, render: (k: string) => labelOf(ITEM_KINDS, k) },
    { title: '处理意见', dataIndex: 'disposition', width: 140, render: (d: string | null) => labelOf(DISPOSITIONS, d) },
    { title: '版本', dataIndex: 'version', width: 70, render: (n: number | null) => (n ? `第${n}版` : '待发布') },
    { title: '起草人', dataIndex: 'authorName', width: 100 },
    { title: '批次', dataIndex: 'batchName', width: 150, render: (b: string | null) => b ?? '—' },
    { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (t: string) => formatTime(t) },
    {
      title: '操作',
      key: 'open',
      width: 90,
      render: (_, v) => <Link to={`/admin/review/${encodeURIComponent(v.id)}`}>{mine ? '审核' : '查看'}</Link>,
    },
  ];
  return (
    <>
      {!mine ? (
        <Typography.Paragraph type="secondary">您没有“{STAGES[stage]}”环节的审核角色，仅可查看。</Typography.Paragraph>
      ) : null}
      <ErrorAlert error={list.error} />
      <Table<VersionRow>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 960 }}
        data-testid={`review-queue-${stage}`}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (t) => `共 ${t} 项待办`,
          onChange: (p, size) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            next.set('pageSize', String(size));
            setParams(next);
          },
        }}
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
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        审核队列
      </Typography.Title>
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
