/**
 * One project's combined progress (并联审批): the overall deadline and its state, then every item's
 * case with its status, its own clock, the next step and its external milestones. Used by the
 * officers' project page and the applicant's / agent's.
 */
import { Card, Descriptions, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { useScreens } from '../../components/screens';
import { Link } from 'react-router-dom';
import { testIdAttrs } from '../../components/testId';
import { CaseStatusTag, ClockBadge, daysLeftText } from '../cases/CaseBits';
import type { Project, ProjectClockView, ProjectItem } from './projectsApi';

const PROJECT_STATE_COLORS: Record<ProjectClockView['state'], string> = { not_started: 'default', ok: 'green', warning: 'orange', overdue: 'red', done: 'blue' };

/** The project clock's state as a tag, with the working days left. */
export function ProjectClockTag({ clock }: { clock: Pick<ProjectClockView, 'state' | 'stateName'> & Partial<Pick<ProjectClockView, 'remainingWorkingDays' | 'onTime' | 'overdueCases'>> }) {
  const lateItems = clock.state === 'overdue' && (clock.remainingWorkingDays ?? -1) >= 0 && clock.overdueCases?.length ? ` · ${clock.overdueCases.length} 个事项超期` : '';
  const days = lateItems || daysLeftText(clock.state === 'overdue', clock.remainingWorkingDays);
  const onTime = clock.state === 'done' && clock.onTime !== null && clock.onTime !== undefined ? (clock.onTime ? ' · 按期' : ' · 超期') : '';
  return (
    <Tag color={PROJECT_STATE_COLORS[clock.state]} data-testid="project-clock" data-state={clock.state} style={{ marginInlineEnd: 0 }}>
      {clock.stateName}
      {days}
      {onTime}
    </Tag>
  );
}

/** External milestones of an item: pending or recorded with their reference. */
export function MilestoneTags({ items }: { items: ProjectItem['milestones'] }) {
  if (!items.length) return null;
  return (
    <Space wrap size={4}>
      {items.map((m) => (
        <Tag key={m.name} color={m.recorded ? 'green' : 'gold'} data-testid="project-milestone" data-recorded={String(m.recorded)}>
          {m.recorded ? `${m.name}：${m.reference}（${m.date}）` : `${m.name}：待交易结果`}
        </Tag>
      ))}
    </Space>
  );
}

/** The overall facts and the item table; `caseLink` says where a case opens. */
export function ProjectProgress({ project: p, caseLink }: { project: Project; caseLink: (caseNo: string) => string }) {
  const screens = useScreens();
  const percent = p.clock.total ? Math.round((p.clock.finished / p.clock.total) * 100) : 0;
  const itemTitle = (i: ProjectItem) => (
    <Space orientation="vertical" size={0}>
      <Link to={caseLink(i.caseNo)} data-testid="project-item-link" data-case-no={i.caseNo}>
        {i.itemName}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {i.caseNo} · {i.departmentName}
      </Typography.Text>
    </Space>
  );
  const nextStep = (i: ProjectItem) => (
    <Space orientation="vertical" size={2}>
      <Typography.Text type={i.nextStep.by === 'applicant' ? 'warning' : undefined} data-testid="project-next-step" data-by={i.nextStep.by ?? ''}>
        {i.nextStep.text}
      </Typography.Text>
      <MilestoneTags items={i.milestones} />
      {p.clock.atRisk.includes(i.caseNo) ? <Tag color="orange">承诺期限晚于项目总体期限</Tag> : null}
    </Space>
  );
  return (
    <>
      <Card size="small" title="项目总体进度" style={{ marginBottom: 16 }} data-testid="project-overall">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label="总体期限">
            {p.clock.limitDays} 个工作日{p.setLimitDays === null ? '（按各事项最长承诺时限）' : '（项目约定时限）'}
          </Descriptions.Item>
          <Descriptions.Item label="起算日（首个事项受理）">{p.clock.startedOn ?? '尚未受理'}</Descriptions.Item>
          <Descriptions.Item label="总体办结期限">
            <span data-testid="project-due">{p.clock.dueOn ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <ProjectClockTag clock={p.clock} />
          </Descriptions.Item>
          <Descriptions.Item label="牵头科室">{p.leadDepartmentName}</Descriptions.Item>
          <Descriptions.Item label="办结事项">
            <Progress percent={percent} size="small" aria-label={`办结 ${p.clock.finished} / ${p.clock.total}`} format={() => `${p.clock.finished} / ${p.clock.total}`} style={{ width: 160, margin: 0 }} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="各事项办理情况" data-testid="project-items">
        {screens.md ? (
          <Table<ProjectItem>
            rowKey="caseNo"
            size="small"
            pagination={false}
            dataSource={p.items}
            onRow={(i) => testIdAttrs('project-item', { 'case-no': i.caseNo, status: i.status })}
            columns={[
              { title: '事项 / 办件', render: (_, i) => itemTitle(i) },
              { title: '状态', width: 110, render: (_, i) => <CaseStatusTag status={i.status} /> },
              { title: '承诺期限', width: 200, render: (_, i) => (i.promisedDue ? <Space size={4} wrap><span>{i.promisedDue}</span><ClockBadge state={i.clockState} remaining={i.remainingWorkingDays} /></Space> : <ClockBadge state={i.clockState} remaining={i.remainingWorkingDays} />) },
              { title: '下一步', render: (_, i) => nextStep(i) },
            ]}
          />
        ) : (
          <List
            dataSource={p.items}
            renderItem={(i) => (
              <List.Item data-testid="project-item" data-case-no={i.caseNo} data-status={i.status}>
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  {itemTitle(i)}
                  <Space wrap size={4}>
                    <CaseStatusTag status={i.status} />
                    <ClockBadge state={i.clockState} remaining={i.remainingWorkingDays} />
                  </Space>
                  {nextStep(i)}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
