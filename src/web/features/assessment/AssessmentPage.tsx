/**
 * `/admin/assessment` (窗口考核): the section chief's team and the director's whole bureau —
 * ranking with the red and yellow lists, closing a month, adjustments — plus the veto decisions
 * (director), the review chain's monthly figures (审查审批考核, chief and director), the complaints
 * register (hall manager, director) and the configuration. The tabs
 * shown follow the user's permissions.
 */
import { Tabs } from 'antd';
import { useState } from 'react';
import { can } from '../../app/access';
import { useMe } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { useMonths } from './assessmentApi';
import { ComplaintsTab } from './ComplaintsTab';
import { ConfigTab } from './ConfigTab';
import { FaultsTab } from './FaultsTab';
import { MonthSelect } from './MyAssessmentPage';
import { RankingTab } from './RankingTab';
import { ReviewScoresTab } from './ReviewScoresTab';

export default function AssessmentPage() {
  const me = useMe().data;
  const current = useMonths().data?.current;
  const [month, setMonth] = useState<string>();
  const [tab, setTab] = useState<string>();
  if (!current) return null;
  const shown = month ?? current;
  const tabs = [
    can(me, 'assessment.team', 'assessment.manage') ? { key: 'ranking', label: '考核排名', children: <RankingTab month={month} current={current} /> } : null,
    can(me, 'assessment.team', 'assessment.manage') ? { key: 'review', label: '审查审批考核', children: <ReviewScoresTab month={shown} /> } : null,
    can(me, 'assessment.manage') ? { key: 'faults', label: '一票否决认定', children: <FaultsTab month={shown} /> } : null,
    can(me, 'assessment.record', 'assessment.team', 'assessment.manage') ? { key: 'complaints', label: '投诉登记', children: <ComplaintsTab month={shown} /> } : null,
    { key: 'config', label: '考核配置', children: <ConfigTab /> },
  ].filter((t) => t !== null);
  return (
    <div>
      <PageHeader title="窗口考核" extra={<MonthSelect value={month} onChange={setMonth} />} />
      <Tabs activeKey={tab ?? tabs[0]?.key} onChange={setTab} items={tabs.map((t) => ({ ...t, label: <span data-testid={`assessment-tab-${t.key}`}>{t.label}</span> }))} destroyOnHidden />
    </div>
  );
}
