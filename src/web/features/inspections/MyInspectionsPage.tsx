/**
 * `/admin/inspections/tasks` (我的踏勘任务): an inspector's assignments as cards for the phone,
 * the open ones first; each opens the record page.
 */
import { Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { OutcomeTag } from './InspectionCard';
import { useInspections } from './inspectionsApi';

export default function MyInspectionsPage() {
  const [status, setStatus] = useState<'scheduled' | 'done'>('scheduled');
  const list = useInspections('mine', status);
  return (
    <div data-testid="my-inspections" style={{ maxWidth: 760 }}>
      <PageHeader
        title="我的踏勘任务"
        extra={<Segmented value={status} onChange={(v) => setStatus(v as 'scheduled' | 'done')} options={[{ value: 'scheduled', label: '待踏勘' }, { value: 'done', label: '已出具报告' }]} />}
      />
      <List
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: <Empty description={status === 'scheduled' ? '暂无待踏勘任务' : '暂无已完成的踏勘'} /> }}
        renderItem={(i) => (
          <List.Item style={{ borderBlockEnd: 'none', padding: '0 0 12px' }}>
            <Card size="small" style={{ width: '100%' }} data-testid="inspection-task" data-id={i.id} data-case-no={i.caseNo}>
              <Link to={`/admin/inspections/${i.id}`} data-testid="inspection-task-link">
                <Typography.Text strong>{i.itemName}</Typography.Text>
              </Link>
              <div style={{ margin: '6px 0' }}>
                <EnvironmentOutlined aria-hidden /> {i.scheduledOn} · {i.address}
              </div>
              <Space size={4} wrap>
                <Tag>{i.caseNo}</Tag>
                <Tag>{i.applicantName}</Tag>
                {i.round > 1 ? <Tag>第{i.round}次（复查）</Tag> : null}
                {i.overdue ? <Tag color="red">报告逾期</Tag> : null}
                {i.status === 'scheduled' ? <Tag color={i.can.confirm ? 'orange' : i.recordedAt ? 'green' : 'blue'}>{i.can.confirm ? '待我确认' : i.recordedAt ? '我已确认' : '待填写'}</Tag> : null}
                <OutcomeTag outcome={i.outcome} />
              </Space>
            </Card>
          </List.Item>
        )}
      />
    </div>
  );
}
