/**
 * `/guide?q=…`: the guide's answer to a citizen's words — where to go for a matter the bureau does
 * not handle, the matching scenarios (一件事),
 * then the items best first, each saying why it matched and what to do next.
 */
import { Breadcrumb, Card, Empty, Space, Steps, Tag, Typography } from 'antd';
import { ApartmentOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { WhereToGo } from '../../components/WhereToGo';
import { GuideItemCard } from './GuideItemCard';
import { GuideSearchBox } from './GuideSearchBox';
import { useGuideSearch, useScenarios, type SearchAnswer } from './guideApi';

function ScenarioCard({ scenario }: { scenario: SearchAnswer['scenarios'][number] }) {
  return (
    <Card
      size="small"
      data-testid="guide-scenario-card"
      data-id={scenario.id}
      style={{ marginBottom: 12, borderColor: '#91caff', background: '#f0f7ff' }}
      title={
        <Space wrap>
          <ApartmentOutlined aria-hidden />
          <span>办事场景：{scenario.name}</span>
          <Tag color="blue">{scenario.items.length} 个事项</Tag>
        </Space>
      }
      extra={
        <Link to={`/guide/scenarios/${encodeURIComponent(scenario.id)}`} data-testid="guide-scenario-link">
          按顺序办 <RightOutlined aria-hidden />
        </Link>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>{scenario.summary}</Typography.Paragraph>
      <Steps
        size="small"
        orientation="vertical"
        current={-1}
        items={scenario.items.map((i) => ({ title: <Link to={`/guide/items/${encodeURIComponent(i.code)}`}>{i.name}</Link>, content: i.note }))}
      />
    </Card>
  );
}

/** Scenario shortcuts under the box when nothing was asked yet. */
function ScenarioShortcuts() {
  const scenarios = useScenarios();
  return (
    <Loaded query={scenarios}>
      {({ items }) => (
        <Space wrap data-testid="guide-scenario-shortcuts">
          {items.map((s) => (
            <Link key={s.id} to={`/guide/scenarios/${encodeURIComponent(s.id)}`}>
              <Tag color="blue" style={{ fontSize: 14, padding: '4px 10px' }}>
                {s.name}
              </Tag>
            </Link>
          ))}
        </Space>
      )}
    </Loaded>
  );
}

/** The result page. */
export default function GuidePage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const search = useGuideSearch(q);
  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }}>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '智能导服' }]} />
      <PageHeader title="智能导服" />
      <div style={{ marginBottom: 16 }}>
        <GuideSearchBox key={q} defaultValue={q} />
      </div>
      {!q ? (
        <>
          <Typography.Paragraph type="secondary">用自己的话说要办的事，例如“我想开个小饭馆”“卖房子过户”“招人的中介公司”，或输入拼音、首字母。常见的一件事：</Typography.Paragraph>
          <ScenarioShortcuts />
        </>
      ) : (
        <Loaded query={search} rows={6}>
          {(answer) =>
            answer.results.length === 0 && answer.scenarios.length === 0 && answer.referrals.length === 0 ? (
              <Empty description={`没有找到与“${q}”相关的事项，换个说法试试，或拨打 12345 咨询`} data-testid="guide-empty" />
            ) : (
              <div data-testid="guide-results" data-count={answer.results.length}>
                {answer.referrals.map((r) => (
                  <WhereToGo
                    key={r.id}
                    testId="guide-referral"
                    title={`${r.name}不在本中心办理，请到${r.office.name}办理`}
                    item={{ officeName: r.office.name, officeAddress: r.office.address, officeHours: r.office.hours, officePhone: r.office.phone }}
                    style={{ marginBottom: 16 }}
                  />
                ))}
                {answer.scenarios.map((s) => (
                  <ScenarioCard key={s.id} scenario={s} />
                ))}
                {answer.results.length > 0 || answer.referrals.length === 0 ? (
                  <Typography.Title level={2} style={{ fontSize: 18, margin: '8px 0 12px' }}>
                    相关事项（{answer.results.length}）
                  </Typography.Title>
                ) : null}
                {answer.results.map((r) => (
                  <GuideItemCard key={r.code} item={r} matched={r.matched} />
                ))}
              </div>
            )
          }
        </Loaded>
      )}
    </div>
  );
}
