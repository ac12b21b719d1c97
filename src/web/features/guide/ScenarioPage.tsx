/** `/guide/scenarios/:id`: one life or business event (一件事), its items in the order to do them. */
import { Breadcrumb, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { GuideItemCard } from './GuideItemCard';
import { useScenario } from './guideApi';

export default function ScenarioPage() {
  const { id = '' } = useParams();
  const scenario = useScenario(id);
  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }} data-testid="guide-scenario" data-id={id}>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/guide">智能导服</Link> }, { title: '办事场景' }]} />
      <Loaded query={scenario} rows={8}>
        {(s) => (
          <>
            <PageHeader title={`办事场景：${s.name}`} />
            <Typography.Paragraph>{s.summary}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">按下面的顺序办理；每一步都可以先看要带的材料，能在网上办的直接在线申报。</Typography.Paragraph>
            {s.items.map((item) => (
              <div key={item.code} data-testid="guide-scenario-step" data-step={item.step}>
                <GuideItemCard item={item} testId="guide-step-item" note={item.note} extra={<Tag color="blue">第 {item.step} 步</Tag>} />
              </div>
            ))}
          </>
        )}
      </Loaded>
    </div>
  );
}
