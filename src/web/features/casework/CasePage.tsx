/**
 * `/admin/cases/:caseNo`: one case for the reviewer, the chief and the director — the clock on a
 * month of the working calendar, the procedure steps with their due days, the materials, the
 * applicant, the timeline, and a button for exactly each action the server allows this user now.
 */
import { Alert, Steps, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useServiceClock } from '../../api/queries';
import type { CaseView } from '../../api/types';
import { formatDays } from '../../components/labels';
import { ActionButtons } from '../cases/ActionDialog';
import { CaseMaterialList, ClockFacts } from '../cases/CaseBits';
import { CaseDocuments } from '../cases/CaseDocuments';
import { FeesPanel } from '../fees/FeesPanel';
import { ApplicantPanels, CaseColumns, CaseFrame, CaseRoute, Panel, TimelinePanel } from '../cases/CaseLayout';
import { ClockCalendar } from '../cases/ClockCalendar';
import { InspectionCard } from '../inspections/InspectionCard';
import { ExpertReviewCard } from '../experts/ExpertReviewCard';
import { CaseMilestones } from '../projects/CaseMilestones';
import { CaseNoticeRecord } from '../notices/CaseNoticeRecord';

/** The item's procedure steps with the due day of each (from the one clock). */
function ProcedureSteps({ c }: { c: CaseView }) {
  const today = useServiceClock().data?.today ?? '';
  const steps = c.steps ?? [];
  if (steps.length === 0) return null;
  // the step whose time is running: the first one not yet due (acceptance itself is done once accepted)
  const running = steps.findIndex((s) => s.due !== null && s.due >= today);
  const current = !c.clock.acceptedAt ? 0 : running < 0 ? steps.length : Math.max(running, 1);
  return (
    <Panel title="办理环节">
      <Steps
        orientation="vertical"
        size="small"
        current={c.clock.state === 'done' ? steps.length : current}
        data-testid="case-steps"
        items={steps.map((s) => ({
          title: s.name,
          content: (
            <span>
              {s.role} · {formatDays(s.days)}
              {s.due ? ` · 截止 ${s.due}` : ''}
            </span>
          ),
        }))}
      />
    </Panel>
  );
}

/** 审批链: who decides the item (the bureau's division or the stationed agency), each step of the chain with its opinion, who and when. */
function ReviewChain({ c }: { c: CaseView }) {
  const r = c.review;
  if (!r) return null;
  const decided = r.opinions.length;
  return (
    <Panel title="审批意见">
      <Typography.Paragraph data-testid="case-decider" data-decided-by={r.decidedBy}>
        决定机关：{r.deciderName}
        {r.decidedBy === 'agency' ? <Tag style={{ marginLeft: 8 }}>进驻部门办理</Tag> : null}
      </Typography.Paragraph>
      <Steps
        orientation="vertical"
        size="small"
        current={decided}
        data-testid="case-chain"
        items={r.chain.map((step) => {
          const mine = r.opinions.filter((o) => o.step === step.step);
          return {
            title: step.name,
            status: mine.length ? 'finish' : 'wait',
            content: mine.length ? (
              mine.map((o, i) => (
                <div key={i} data-testid={`chain-opinion-${o.step}`}>
                  {o.text}
                  <Typography.Text type="secondary">
                    （{o.by}，{o.on}）
                  </Typography.Text>
                </div>
              ))
            ) : (
              <Typography.Text type="secondary">{c.review && c.clock.state === 'done' ? '未单独提交意见' : `待${step.name}`}</Typography.Text>
            ),
          };
        })}
      />
    </Panel>
  );
}

function CaseReview({ c }: { c: CaseView }) {
  return (
    <CaseFrame
      c={c}
      area="review"
      meta={
        c.assignee ? (
          <Tag icon={<UserOutlined />} data-testid="case-assignee">
            {c.assignee.name}
          </Tag>
        ) : null
      }
      actions={<ActionButtons c={c} />}
    >
      {c.extension && !c.extension.approved ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="extension-requested"
          title={`已申请延期 ${c.extension.requestedDays} 个工作日，待局长批准`}
          description={`理由：${c.extension.reason}`}
        />
      ) : null}
      {c.pendingMaterials.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="容缺受理：以下材料补齐前不能作出准予许可决定"
          description={c.pendingMaterials.map((p) => `${c.materials.find((m) => m.code === p.materialCode)?.name ?? p.materialCode}（${p.dueDate} 前）`).join('；')}
        />
      ) : null}
      <CaseColumns
        breakpoint="xl"
        leftSpan={11}
        left={
          <>
            <Panel title="办理时限">
              <ClockCalendar c={c} />
              <div style={{ marginTop: 12 }}>
                <ClockFacts clock={c.clock} compact />
              </div>
            </Panel>
            <ProcedureSteps c={c} />
            <ReviewChain c={c} />
            <InspectionCard c={c} />
            <ExpertReviewCard c={c} />
            <CaseMilestones caseNo={c.caseNo} />
            <FeesPanel caseNo={c.caseNo} staff />
          </>
        }
        right={
          <>
            <Panel title="申请材料">
              <CaseMaterialList c={c} />
            </Panel>
            <CaseDocuments c={c} />
            <ApplicantPanels c={c} />
            <TimelinePanel c={c} />
            <Panel title="告知记录">
              <CaseNoticeRecord caseNo={c.caseNo} />
            </Panel>
          </>
        }
      />
      {c.allowedActions.length === 0 && c.clock.state !== 'done' ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          当前没有您可以执行的操作。
        </Typography.Paragraph>
      ) : null}
    </CaseFrame>
  );
}

/** The case page of the back office. */
export default function CasePage() {
  return <CaseRoute>{(c) => <CaseReview c={c} />}</CaseRoute>;
}
