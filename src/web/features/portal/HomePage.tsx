/**
 * Portal home: the guide's search box (智能导服), the big task entrances, the hall's service zones as
 * filters, the catalog's headline figures — in 长辈模式 only the search, the entrances and the zones.
 *
 * Light on purpose (ADR 0024: the home page's JavaScript ≤ 250 kB gzip, test/web-budget.test.ts): plain
 * elements styled from antd's theme tokens instead of Card (which brings Tabs), Statistic and Typography
 * (which brings the editable TextArea); the grids of cards are CSS grids (`home-grid` in index.html: antd's Row
 * subscribes to the breakpoints and renders twice). The figures, below the fold on a phone, render after the first
 * paint (`AfterPaint`).
 */
import { theme } from 'antd';
import { AppstoreOutlined, FieldTimeOutlined, FileTextOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { DISPOSITION_NOTES, DISPOSITIONS, type Disposition } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { keys, useZones } from '../../api/queries';
import type { CatalogStats, Zone } from '../../api/types';
import { AfterPaint } from '../../components/AfterPaint';
import { useElderMode } from '../../components/elderMode';
import { LinkButton } from '../../components/LinkButton';
import { Loaded } from '../../components/Loaded';
import { GuideSearchBox } from '../guide/GuideSearchBox';

/** A small card's box (antd's Card size="small"); `home-card` in index.html adds the hover shadow of a link's card. */
function useCardStyle(): CSSProperties {
  const { token } = theme.useToken();
  return { height: '100%', boxSizing: 'border-box', padding: token.paddingSM, background: token.colorBgContainer, border: `${token.lineWidth}px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, color: token.colorText };
}

function StatFigure({ title, value, testId, highlight = false, note }: { title: string; value: number; testId: string; highlight?: boolean; note?: string }) {
  const { token } = theme.useToken();
  return (
    <div style={useCardStyle()}>
      <div style={{ color: token.colorTextDescription, fontSize: token.fontSize, marginBottom: token.marginXXS }}>{title}</div>
      <div style={{ color: highlight ? '#1558a8' : token.colorTextHeading, fontSize: token.fontSizeHeading3, fontWeight: 600, lineHeight: token.lineHeight }}>
        <span data-testid={testId}>{value}</span>
      </div>
      {note ? (
        <span style={{ display: 'block', color: token.colorTextSecondary, fontSize: 12, lineHeight: 1.4, marginTop: 2 }} data-testid={`${testId}-note`}>
          {note}
        </span>
      ) : null}
    </div>
  );
}

function Stats({ stats: s }: { stats: CatalogStats }) {
  return (
    <div className="home-grid" data-testid="home-stats">
      <StatFigure title="市级行政许可事项" value={s.total} testId="stat-total" highlight />
      {(Object.keys(DISPOSITIONS) as Disposition[]).map((d) => (
        <StatFigure key={d} title={DISPOSITIONS[d]} value={s.byDisposition[d] ?? 0} testId={`stat-${d}`} note={DISPOSITION_NOTES[d]} />
      ))}
      <StatFigure title="关联事项" value={s.related} testId="stat-related" />
      <StatFigure title="收费事项" value={s.fee} testId="stat-fee" />
    </div>
  );
}

function Zones({ zones, elder }: { zones: Zone[]; elder: boolean }) {
  const { token } = theme.useToken();
  const card = useCardStyle();
  return (
    <div className="home-grid">
      {zones.map((z) => (
        <Link key={z.code} to={`/items?zone=${encodeURIComponent(z.code)}`} data-testid={`zone-card-${z.code}`}>
          <div className="home-card" style={card}>
            <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
              <div>
                <div style={{ fontSize: elder ? 24 : 16, fontWeight: 600 }}>{z.name}</div>
                <span style={{ color: token.colorTextSecondary, fontSize: elder ? 18 : 12 }}>{z.windows.length} 个窗口</span>
              </div>
              <RightOutlined style={{ color: elder ? '#000' : '#595959' }} aria-hidden />
            </div>
          </div>
        </Link>
      ))}
    </div>
  );
}

/** The portal's landing page. */
export default function HomePage() {
  const elder = useElderMode();
  const { token } = theme.useToken();
  // antd's Title: its weight, line height and colour; the margins of a heading after text
  const heading = { fontWeight: 600, lineHeight: token.lineHeightHeading2, color: token.colorTextHeading, marginTop: 0, marginBottom: '0.5em' };
  const zones = useZones();
  const stats = useQuery({
    queryKey: keys.stats,
    queryFn: ({ signal }) => api.get<CatalogStats>('/catalog/stats', undefined, signal),
    enabled: !elder,
  });
  const entrance = elder ? ({ size: 'large', style: { minWidth: 200 } } as const) : {};
  return (
    <div>
      <div
        style={{
          background: 'linear-gradient(135deg, #0f4c92 0%, #2f7bd6 100%)',
          borderRadius: 12,
          padding: '32px 16px',
          color: '#fff',
          textAlign: 'center',
          marginBottom: 24,
        }}
      >
        <h1 style={{ ...heading, lineHeight: token.lineHeightHeading1, color: '#fff', fontSize: 'clamp(22px, 6vw, 30px)' }}>泰安市行政审批服务局 政务服务网</h1>
        <p style={{ color: 'rgba(255,255,255,0.85)', fontSize: token.fontSize, marginTop: 0, marginBottom: '1em' }}>进一个门、办全部事 · 一次办好</p>
        <div style={{ maxWidth: 640, margin: '0 auto' }}>
          <GuideSearchBox size="large" />
        </div>
        <div style={{ marginTop: 16, display: 'flex', justifyContent: 'center', gap: 12, flexWrap: 'wrap' }}>
          <LinkButton to="/items" ghost icon={<AppstoreOutlined aria-hidden />} data-testid="home-items-link" {...entrance}>
            事项目录
          </LinkButton>
          <LinkButton to="/progress" ghost icon={<FieldTimeOutlined aria-hidden />} data-testid="home-progress-link" {...entrance}>
            办件进度查询
          </LinkButton>
          <LinkButton to="/my/cases" ghost icon={<FileTextOutlined aria-hidden />} data-testid="home-my-cases-link" {...entrance}>
            我的办件
          </LinkButton>
        </div>
      </div>

      <h2 style={{ ...heading, fontSize: elder ? 28 : 20 }}>
        <AppstoreOutlined aria-hidden /> 按服务区办事
      </h2>
      <Loaded query={zones}>{(z) => <Zones zones={z} elder={elder} />}</Loaded>

      {elder ? null : (
        <>
          <h2 style={{ ...heading, fontSize: 20, marginTop: 32 }}>事项目录概况</h2>
          <AfterPaint>
            <Loaded query={stats}>{(s) => <Stats stats={s} />}</Loaded>
          </AfterPaint>
        </>
      )}
    </div>
  );
}
