/**
 * One person's monthly scorecard: the total and grade, the veto with who verified it and when, the
 * adjustments of a closed month, and every component with its weight, points and counts; a
 * component opens the source records it counted (links to the case, the rectification list).
 */
import { Alert, Card, Descriptions, List, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { can } from '../../app/access';
import { useMe } from '../../api/queries';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { testIdAttrs } from '../../components/testId';
import { useRecords, type ComponentScore, type DrillRecord, type Scorecard } from './assessmentApi';

const BAND_COLOR: Record<Scorecard['band'], string> = { excellent: 'green', good: 'blue', pass: 'gold', fail: 'red' };

/** The grade as a coloured tag, with the red/yellow list mark. */
export function BandTag({ band, bandName, flag }: Pick<Scorecard, 'band' | 'bandName' | 'flag'>) {
  return (
    <Space size={4}>
      <Tag color={BAND_COLOR[band]} data-testid="assessment-band" data-band={band}>
        {bandName}
      </Tag>
      {flag === 'red' ? <Tag color="red">红榜预警</Tag> : flag === 'yellow' ? <Tag color="orange">黄榜提醒</Tag> : null}
    </Space>
  );
}

/** Where a source record can be looked at, for this user. */
function useRecordLink() {
  const me = useMe().data;
  return (ref: string): string | null => {
    const [type, id] = ref.split(/:(.*)/s) as [string, string];
    if (type === 'case') return can(me, 'case.review', 'case.decide', 'case.approve_extension') ? `/admin/cases/${id}` : can(me, 'case.window') ? `/admin/window/${id}` : null;
    if (type === 'rectification') return can(me, 'hall.rectify', 'hall.manage') ? '/admin/hall/rectifications' : null;
    return null;
  };
}

function RecordList({ items }: { items: DrillRecord[] }) {
  const link = useRecordLink();
  if (items.length === 0) return <Typography.Text type="secondary">无来源记录</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="assessment-records"
      data-count={items.length}
      pagination={items.length > 10 ? { pageSize: 10, size: 'small' } : false}
      renderItem={(r) => {
        const to = link(r.ref);
        return (
          <List.Item data-testid="assessment-record" data-ref={r.ref}>
            <Space wrap>
              <Typography.Text type="secondary">{r.date}</Typography.Text>
              {to ? <Link to={to}>{r.title}</Link> : <Typography.Text strong>{r.title}</Typography.Text>}
              <span>{r.detail}</span>
              {r.counted ? null : <Tag>不计分</Tag>}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** The scorecard with its drill-down. */
export function ScorecardDetail({ card, month, ranked }: { card: Scorecard; month: string; ranked: number }) {
  const records = useRecords(card.staffId, month);
  const final = card.adjusted ?? card;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="assessment-scorecard" data-staff={card.username}>
      <Card size="small">
        <Space size="large" wrap align="center">
          <Statistic title="考核得分" value={card.total} precision={1} valueStyle={{ color: card.vetoed ? '#cf1322' : undefined }} data-testid="assessment-total" />
          {card.adjusted ? <Statistic title="调整后得分" value={card.adjusted.total} precision={1} data-testid="assessment-adjusted-total" /> : null}
          <div>
            <div style={{ marginBottom: 4 }}>
              <Typography.Text type="secondary">等次</Typography.Text>
            </div>
            <BandTag band={final.band} bandName={final.bandName} flag={final.flag} />
          </div>
          <Statistic title="全局排名" value={card.rank} suffix={`/ ${ranked}`} />
        </Space>
      </Card>
      {card.vetoed ? (
        <Alert
          type="error"
          showIcon
          data-testid="assessment-veto"
          title="一票否决：本月考核不合格"
          description={
            <List
              size="small"
              dataSource={card.vetoes}
              renderItem={(v) => (
                <List.Item>
                  <Space direction="vertical" size={0}>
                    <strong>{v.kindName}</strong>
                    <span>{v.title}</span>
                    <span>
                      认定意见：{v.note}（{v.verifiedBy}，{formatTime(v.verifiedAt)}）
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          }
        />
      ) : null}
      {card.adjustments.length ? (
        <Card size="small" title="结账后调整（冻结得分保持不变）" data-testid="assessment-adjustments">
          <Descriptions size="small" column={1}>
            {card.adjustments.map((a) => (
              <Descriptions.Item key={a.id} label={`${a.points > 0 ? '+' : ''}${a.points} 分`}>
                {a.reason}（{a.madeBy}，{formatTime(a.madeAt)}）
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      ) : null}
      <Table<ComponentScore>
        rowKey="component"
        size="small"
        pagination={false}
        dataSource={card.components}
        data-testid="assessment-components"
        onRow={(c) => testIdAttrs('assessment-component', { component: c.component })}
        expandable={{
          expandedRowRender: (c) => <Loaded query={records}>{(r) => <RecordList items={r.components.find((x) => x.component === c.component)?.items ?? []} />}</Loaded>,
        }}
        columns={[
          { title: '考核项', dataIndex: 'name' },
          { title: '权重', dataIndex: 'weight', render: (w: number, c) => (c.component === 'conduct' ? '加减分' : `${w}%`) },
          { title: '分项得分', dataIndex: 'score', render: (s: number | null, c) => (c.component === 'conduct' ? '—' : s === null ? <Tag>本月不适用</Tag> : s) },
          { title: '计入总分', dataIndex: 'points', render: (p: number) => <strong>{p}</strong> },
          { title: '记录数', dataIndex: 'count' },
          { title: '说明', dataIndex: 'detail' },
        ]}
      />
    </Space>
  );
}
