/**
 * 审查审批考核: the review chain's people for a month (ADR 0011) — each 审查 / 审核 / 审批 step they
 * finished, how many by the step's due day, their separate opinions, and the cases past the
 * statutory day charged to a step they held (严重超期). The director sees everyone, a chief their division.
 */
import { Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { Loaded } from '../../components/Loaded';
import { testIdAttrs } from '../../components/testId';
import { assessmentKeys } from './assessmentApi';
import type { ReviewScore } from '../../../domain/authority';


export function ReviewScoresTab({ month }: { month: string }) {
  const scores = useQuery({
    queryKey: [...assessmentKeys.all, 'review-scorecards', month],
    queryFn: ({ signal }) => api.get<{ month: string; items: ReviewScore[] }>('/assessment/review-scorecards', { month }, signal),
  });
  return (
    <Loaded query={scores}>
      {(d) => (
        <Table<ReviewScore>
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={d.items}
          data-testid="review-scores"
          locale={{ emptyText: '本月没有审查、审核、审批记录' }}
          onRow={(s) => testIdAttrs('review-score', { user: s.userId, vetoes: String(s.vetoes.length) })}
          columns={[
            { title: '人员', dataIndex: 'name' },
            { title: '办结环节', dataIndex: 'steps', align: 'right' },
            { title: '按时', align: 'right', render: (_, s) => `${s.onTime}（${s.steps ? Math.round((s.onTime / s.steps) * 100) : 0}%）` },
            { title: '提交意见', dataIndex: 'opinions', align: 'right' },
            {
              title: '严重超期（责任环节）',
              render: (_, s) => (s.vetoes.length ? s.vetoes.map((no) => <Tag color="red" key={no}>{no}</Tag>) : '—'),
            },
          ]}
        />
      )}
    </Loaded>
  );
}
