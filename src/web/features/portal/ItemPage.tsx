/**
 * Public item page: the full guide of one confirmed item, and its version history with a
 * field-by-field diff of every confirmed change.
 */
import { Breadcrumb, Card, Collapse, Empty, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { HistoryOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ITEM_TYPES } from '../../../domain/catalog-terms';
import { api, isApiStatus } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import type { ItemsOf, ItemVersionEntry, PublicItem } from '../../api/types';
import { DiffTable } from '../../components/DiffTable';
import { ItemDetail } from '../../components/ItemDetail';
import { labelOf } from '../../components/labels';

const formatTime = (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm');

/** The confirmed versions of an item, newest first, each with what it changed. */
function VersionHistory({ code }: { code: string }) {
  const versions = useQuery({
    queryKey: ['catalog', 'items', code, 'versions'],
    queryFn: ({ signal }) => api.get<ItemsOf<ItemVersionEntry>>(`/catalog/items/${encodeURIComponent(code)}/versions`, undefined, signal),
  });
  if (versions.error) return <ErrorAlert error={versions.error} />;
  if (!versions.data) return <Skeleton active />;
  if (versions.data.items.length === 0) return <Empty description="暂无版本记录" />;
  const oldest = versions.data.items[versions.data.items.length - 1]?.version;
  return (
    <div data-testid="version-history">
      {versions.data.items.map((v) => {
        const first = v.version === oldest;
        const table = <DiffTable changes={v.changes} testId="version-diff" emptyText={first ? '首次发布' : '没有字段改动'} />;
        return (
          <Card
            key={v.version}
            size="small"
            style={{ marginBottom: 16 }}
            data-testid="version-entry"
            data-version={v.version}
            title={
              <Space wrap>
                <Tag color="blue">第 {v.version} 版</Tag>
                <span>
                  确认发布于 <span data-testid="version-confirmed-at">{formatTime(v.confirmedAt)}</span>
                </span>
                {v.batchName ? <Typography.Text type="secondary">批次：{v.batchName}</Typography.Text> : null}
              </Space>
            }
            extra={first ? <Tag>首次发布</Tag> : <Typography.Text type="secondary">{v.changes.length} 处修改</Typography.Text>}
          >
            {first && v.changes.length === 0 ? (
              <Typography.Text type="secondary">该事项首次确认发布。</Typography.Text>
            ) : first && v.changes.length > 10 ? (
              <Collapse size="small" items={[{ key: 'all', label: `首次发布的全部字段（${v.changes.length}）`, children: table }]} />
            ) : (
              table
            )}
          </Card>
        );
      })}
    </div>
  );
}

/** `/items/:code`. */
export default function ItemPage() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'versions' ? 'versions' : 'guide';
  const item = useQuery({
    queryKey: ['catalog', 'items', code],
    queryFn: ({ signal }) => api.get<PublicItem>(`/catalog/items/${encodeURIComponent(code)}`, undefined, signal),
  });

  if (isApiStatus(item.error, 404))
    return <Result status="404" title="未找到该事项" subTitle={`事项编码 ${code} 不存在或尚未发布。`} extra={<Link to="/items">返回办事指南</Link>} />;
  if (item.error) return <ErrorAlert error={item.error} />;
  if (!item.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const it = item.data;

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/items">办事指南</Link> }, { title: it.name }]} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {it.name}
        </Typography.Title>
        <Space wrap size={[8, 4]}>
          <Tag color="blue">{labelOf(ITEM_TYPES, it.type)}</Tag>
          <Typography.Text type="secondary">事项编码 {it.code}</Typography.Text>
          <Typography.Text type="secondary">
            第 {it.version} 版 · {formatTime(it.confirmedAt)} 确认发布
          </Typography.Text>
          {it.consultPhone ? (
            <a href={`tel:${it.consultPhone}`}>
              <PhoneOutlined /> {it.consultPhone}
            </a>
          ) : null}
        </Space>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          if (key === 'versions') next.set('tab', 'versions');
          else next.delete('tab');
          setParams(next, { replace: true });
        }}
        items={[
          { key: 'guide', label: <span data-testid="item-tab-guide">办事指南</span>, children: <ItemDetail item={it} names={it} /> },
          {
            key: 'versions',
            label: (
              <span data-testid="item-tab-versions">
                <HistoryOutlined /> 版本历史
              </span>
            ),
            children: <VersionHistory code={it.code} />,
          },
        ]}
      />
    </div>
  );
}
