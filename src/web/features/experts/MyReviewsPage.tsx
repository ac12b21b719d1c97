/**
 * `/admin/my-reviews` (我的评审, an expert): the reviews the expert was drawn for, newest first.
 */
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useMyReviews } from './expertsApi';
import { MEMBER_STATUS } from './ReviewBits';

export default function MyReviewsPage() {
  const list = useMyReviews();
  return (
    <div>
      <PageHeader title="我的评审" />
      <Card size="small">
        <Table
          rowKey="reviewId"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          data-testid="my-reviews"
          locale={{ emptyText: '暂无评审任务' }}
          scroll={{ x: true }}
          columns={[
            {
              title: '办件',
              render: (_, a) => (
                <Link to={`/admin/my-reviews/${a.reviewId}`} data-testid="my-review-link" data-review-id={a.reviewId}>
                  {a.caseNo}
                </Link>
              ),
            },
            { title: '事项', dataIndex: 'itemName' },
            { title: '评审领域', render: (_, a) => a.fields.join('、') },
            { title: '评审期限', dataIndex: 'due' },
            { title: '我的状态', render: (_, a) => <Tag color={MEMBER_STATUS[a.status][1]}>{MEMBER_STATUS[a.status][0]}</Tag> },
            { title: '签署时间', render: (_, a) => (a.signedAt ? formatTime(a.signedAt) : '—') },
            { title: '评审', render: (_, a) => (a.reviewStatus === 'open' ? '进行中' : '已结束') },
          ]}
        />
      </Card>
    </div>
  );
}
