/**
 * Public item page: the full guide of one confirmed item, and its version history with a
 * field-by-field diff of every confirmed change.
 */
import { Alert, Breadcrumb, Card, Collapse, Empty, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { CalendarOutlined, FileDoneOutlined, FormOutlined, HistoryOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { appliesOnline, ITEM_TYPES, isNotStationed } from '../../../domain/catalog-terms';
import { api, isApiStatus } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useMe, usePublicItem } from '../../api/queries';
import type { ItemsOf, ItemVersionEntry, PublicItem } from '../../api/types';
import { canApply } from '../../app/access';
import { LinkButton } from '../../components/LinkButton';
import { DiffTable } from '../../components/DiffTable';
import { ItemDetail } from '../../components/ItemDetail';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { countyLabel, labelOf } from '../../components/labels';
import { appointmentLink } from '../hall/hallApi';

/** One confirmed version: when, in which batch, and what it changed. */
function VersionEntry({ entry: v, first }: { entry: ItemVersionEntry; first: boolean }) {
  const table = <DiffTable changes={v.changes} testId="version-diff" emptyText={first ? '首次发布' : '没有字段改动'} />;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="version-entry" data-version={v.version}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px', marginBottom: 12 }}>
        <Tag color="blue">第 {v.version} 版</Tag>
        <Typography.Text strong>
          确认发布于 <span data-testid="version-confirmed-at">{formatTime(v.confirmedAt)}</span>
        </Typography.Text>
        <span style={{ marginInlineStart: 'auto' }}>
          {first ? <Tag>首次发布</Tag> : <Typography.Text type="secondary">{v.changes.length} 处修改</Typography.Text>}
        </span>
        {v.batchName ? (
          <Typography.Text type="secondary" style={{ flexBasis: '100%', fontSize: 13 }}>
            批次：{v.batchName}
          </Typography.Text>
        ) : null}
      </div>
      {first && v.changes.length === 0 ? (
        <Typography.Text type="secondary">该事项首次确认发布。</Typography.Text>
      ) : first && v.changes.length > 10 ? (
        <Collapse size="small" items={[{ key: 'all', label: `首次发布的全部字段（${v.changes.length}）`, children: table }]} />
      ) : (
        table
      )}
    </Card>
  );
}

/** The confirmed versions of an item, newest first, each with what it changed. */
function VersionHistory({ code }: { code: string }) {
  const versions = useQuery({
    queryKey: ['catalog', 'items', code, 'versions'],
    queryFn: ({ signal }) => api.get<ItemsOf<ItemVersionEntry>>(`/catalog/items/${encodeURIComponent(code)}/versions`, undefined, signal),
  });
  return (
    <Loaded query={versions}>
      {({ items }) => {
        if (items.length === 0) return <Empty description="暂无版本记录" />;
        const oldest = items[items.length - 1]?.version;
        return (
          <div data-testid="version-history">
            {items.map((v) => (
              <VersionEntry key={v.version} entry={v} first={v.version === oldest} />
            ))}
          </div>
        );
      }}
    </Loaded>
  );
}

/** "我要申请" for applicants (staff file at the window instead); anonymous visitors log in first. */
function ApplyButton({ item }: { item: PublicItem }) {
  const me = useMe();
  const applyPath = `/apply/${encodeURIComponent(item.code)}`;
  if (me.isPending) return null;
  // a not-stationed item: the guide below says where to go (WhereToGo); the materials list still helps
  if (isNotStationed(item))
    return (
      <div style={{ marginTop: 12 }}>
        <Alert type="info" showIcon title={`该事项不进驻政务服务中心，请到${item.officeName}办理`} data-testid="item-not-stationed" style={{ marginBottom: 8 }} />
        <LinkButton to={`/guide/items/${encodeURIComponent(item.code)}`} size="large" icon={<FileDoneOutlined />} data-testid="item-guide-checklist">
          回答几个问题，列出我的材料
        </LinkButton>
      </div>
    );
  if (item.disposition === 'cancelled' || item.disposition === 'delegated')
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: 12 }}
        title={item.disposition === 'cancelled' ? '该事项已取消，不再受理申请' : `该事项已下放，请向${countyLabel(item.delegatedTo) || '县市区'}行政审批服务局申请`}
      />
    );
  if (me.data && !canApply(me.data)) return null;
  // 必须现场: done in person at the hall, booked online
  if (!appliesOnline(item))
    return (
      <div style={{ marginTop: 12 }}>
        <Alert type="info" showIcon title="该事项须本人到政务服务中心现场办理，可先网上预约" data-testid="item-on-site" style={{ marginBottom: 8 }} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          <LinkButton to={appointmentLink(item)} type="primary" size="large" icon={<CalendarOutlined />} data-testid="item-appointment">
            预约办理
          </LinkButton>
          <LinkButton to={`/guide/items/${encodeURIComponent(item.code)}`} size="large" icon={<FileDoneOutlined />} data-testid="item-guide-checklist">
            回答几个问题，列出我的材料
          </LinkButton>
        </div>
      </div>
    );
  return (
    <div style={{ marginTop: 12, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {me.data ? (
        <LinkButton to={applyPath} type="primary" size="large" icon={<FormOutlined />} data-testid="item-apply">
          我要申请
        </LinkButton>
      ) : (
        <LinkButton to={`/login?next=${encodeURIComponent(applyPath)}`} type="primary" size="large" icon={<FormOutlined />} data-testid="item-apply-login">
          登录后申请
        </LinkButton>
      )}
      <LinkButton to={`/guide/items/${encodeURIComponent(item.code)}`} size="large" icon={<FileDoneOutlined />} data-testid="item-guide-checklist">
        回答几个问题，列出我的材料
      </LinkButton>
    </div>
  );
}

/** `/items/:code`. */
export default function ItemPage() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'versions' ? 'versions' : 'guide';
  const item = usePublicItem(code);

  if (isApiStatus(item.error, 404))
    return (
      <Result
        status="404"
        title={<h1 style={{ font: 'inherit', color: 'inherit', margin: 0 }}>未找到该事项</h1>}
        subTitle={<span style={{ overflowWrap: 'anywhere' }}>事项编码 {code} 不存在或尚未发布。</span>}
        extra={<Link to="/items">返回办事指南</Link>}
      />
    );
  if (item.error) return <ErrorAlert error={item.error} />;
  if (!item.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const it = item.data;

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/items">办事指南</Link> }, { title: it.name }]} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
          {it.name}
        </Typography.Title>
        <Space wrap size={[8, 4]}>
          <Tag color="blue">{labelOf(ITEM_TYPES, it.type)}</Tag>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            事项编码 {it.code}
          </Typography.Text>
          <Typography.Text type="secondary">
            第 {it.version} 版 · {formatTime(it.confirmedAt)} 确认发布
          </Typography.Text>
          {it.consultPhone ? (
            <a href={`tel:${it.consultPhone}`} aria-label={`咨询电话 ${it.consultPhone}`}>
              <PhoneOutlined aria-hidden /> {it.consultPhone}
            </a>
          ) : null}
        </Space>
        <ApplyButton item={it} />
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
                <HistoryOutlined aria-hidden /> 版本历史
              </span>
            ),
            children: <VersionHistory code={it.code} />,
          },
        ]}
      />
    </div>
  );
}
