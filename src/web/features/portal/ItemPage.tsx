/**
 * Public item page: a summary box (materials, time limits, fees, where, how online, visits),
 * the full guide of one confirmed item, and its version history with a field-by-field diff of
 * every confirmed change — without the back office's fields (检索关键词, 处理意见).
 */
import { Alert, Breadcrumb, Card, Collapse, Empty, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { CalendarOutlined, FileDoneOutlined, FormOutlined, HistoryOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { ReactNode } from 'react';
import { appliesOnline, ITEM_TYPES, isNotStationed, ONLINE_LEVELS } from '../../../domain/catalog-terms';
import { api, isApiStatus } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { useMe, usePublicItem } from '../../api/queries';
import type { ItemsOf, ItemVersionEntry, PublicItem } from '../../api/types';
import { canApply } from '../../app/access';
import { AfterPaint } from '../../components/AfterPaint';
import { LinkButton } from '../../components/LinkButton';
import { DiffTable } from '../../components/DiffTable';
import { ItemDetail, MATERIALS_ANCHOR } from '../../components/ItemDetail';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { countyLabel, formatDays, isInternalPath, labelOf, ONLINE_LEVEL_COLORS, VISITS } from '../../components/labels';
import { appointmentLink } from '../hall/hallApi';

/** The facts a visitor looks for first, in one box: materials, time limits, fees, where, how online, how many visits. */
function ItemSummary({ item }: { item: PublicItem }) {
  const required = item.materials.filter((m) => m.requirement === 'required').length;
  const cells: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'materials',
      label: '申请材料',
      value: (
        <a href={`#${MATERIALS_ANCHOR}`} data-testid="summary-materials">
          {item.materials.length} 项{item.materials.length > required ? `（必需 ${required} 项）` : ''}
        </a>
      ),
    },
    {
      key: 'days',
      label: '办理时限',
      value: (
        <span data-testid="summary-days">
          法定 {formatDays(item.statutoryDays)} · 承诺 <b style={{ color: '#1558a8' }}>{formatDays(item.promisedDays)}</b>
        </span>
      ),
    },
    { key: 'fee', label: '收费', value: <span data-testid="summary-fee">{item.feeFree ? '不收费' : item.fees.map((f) => `${f.name}（${f.amount}）`).join('；') || '收费'}</span> },
    {
      key: 'where',
      label: '办理地点',
      value: <span data-testid="summary-where">{isNotStationed(item) ? item.officeName : item.location || item.zoneName || '—'}</span>,
    },
    {
      key: 'online',
      label: '网办深度',
      value: (
        <Tag color={ONLINE_LEVEL_COLORS[item.onlineLevel]} data-testid="summary-online" style={{ marginInlineEnd: 0 }}>
          {ONLINE_LEVELS[item.onlineLevel]}
        </Tag>
      ),
    },
    { key: 'visits', label: '到现场次数', value: <span data-testid="summary-visits">{VISITS[item.onlineLevel]}</span> },
  ];
  return (
    <dl data-testid="item-summary" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: 1, margin: '16px 0 0', background: '#e6f0fa', border: '1px solid #e6f0fa', borderRadius: 8, overflow: 'hidden' }}>
      {cells.map((c) => (
        <div key={c.key} style={{ background: '#f5f9fe', padding: '10px 14px', minWidth: 0 }}>
          <dt style={{ color: '#595959', fontSize: 13 }}>{c.label}</dt>
          <dd style={{ margin: '2px 0 0', fontSize: 15, fontWeight: 500, overflowWrap: 'anywhere' }}>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One confirmed version: when, in which batch, and what it changed (the public fields only). */
function VersionEntry({ entry, first }: { entry: ItemVersionEntry; first: boolean }) {
  const v = { ...entry, changes: entry.changes.filter((c) => !isInternalPath(c.path)) };
  const table = <DiffTable changes={v.changes} testId="version-diff" emptyText={first ? '首次发布' : '没有字段改动'} publicView />;
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
        <ItemSummary item={it} />
        <ApplyButton item={it} />
      </Card>
      {/* the guide's full text and its materials table are below the fold: rendered after the first paint */}
      <AfterPaint>
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            const next = new URLSearchParams(params);
            if (key === 'versions') next.set('tab', 'versions');
            else next.delete('tab');
            setParams(next, { replace: true });
          }}
          items={[
            { key: 'guide', label: <span data-testid="item-tab-guide">办事指南</span>, children: <ItemDetail item={it} names={it} publicView /> },
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
      </AfterPaint>
    </div>
  );
}
