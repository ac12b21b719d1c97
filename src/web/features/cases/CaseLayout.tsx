/**
 * The frame of every case page: the case read from the route, its header (item, status, deadline
 * badge, case number and query code, actions) with the decision under it, and two columns of
 * titled panels.
 */
import { Alert, Card, Col, Row, Space } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { CaseView } from '../../api/types';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { ApplicantFacts, CaseNumbers, CaseStatusTag, CaseTimeline, ClockBadge, ClockFacts, FormFacts } from './CaseBits';
import { DecisionNotice } from './CaseNotices';
import { useCase } from './casesApi';

/** The three case pages: the applicant's, the window's and the review page, with their test id and way back. */
const FRAMES = {
  applicant: { testId: 'my-case', back: { to: '/my/cases', label: '我的办件' } },
  window: { testId: 'receive-page', back: { to: '/admin/window', label: '窗口受理' } },
  review: { testId: 'case-page', back: { to: '/admin/cases', label: '审查决定' } },
} as const;

/**
 * A case page of `area` (its test id carries the case number, status and version as data
 * attributes): `top` above the header, the header with `meta` tags, `actions` and `links` beside
 * the numbers, the decision notice, then `children`.
 */
export function CaseFrame({
  c,
  area,
  top,
  meta,
  actions,
  links,
  children,
}: {
  c: CaseView;
  area: keyof typeof FRAMES;
  top?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  links?: ReactNode;
  children: ReactNode;
}) {
  const { testId, back } = FRAMES[area];
  return (
    <div data-testid={testId} data-case-no={c.caseNo} data-status={c.status} data-version={c.version}>
      {top}
      {c.creditFlag ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title="信用联合惩戒" description={c.creditFlag} data-testid="case-credit-flag" /> : null}
      <DetailHeader
        back={back}
        title={c.itemName}
        titleTestId="case-title"
        meta={
          <>
            <CaseStatusTag status={c.status} />
            {c.status !== 'draft' ? <ClockBadge state={c.clock.state} remaining={c.clock.remainingWorkingDays} /> : null}
            {meta}
          </>
        }
        actions={actions}
      >
        <div style={{ marginTop: 8 }}>
          <Space wrap size={[12, 4]}>
            <CaseNumbers c={c} />
            {links}
          </Space>
        </div>
      </DetailHeader>
      <DecisionNotice c={c} />
      {children}
    </div>
  );
}

/** The case named by the route's `:caseNo`, once loaded. */
export function CaseRoute({ children }: { children: (c: CaseView) => ReactNode }) {
  const { caseNo = '' } = useParams();
  const c = useCase(caseNo);
  return (
    <Loaded query={c} rows={10}>
      {children}
    </Loaded>
  );
}

/** A titled card with room below it. */
export function Panel({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/** Two columns (one under the other on narrow screens); `left` is the wider by default. */
export function CaseColumns({ left, right, leftSpan = 14, breakpoint = 'lg' }: { left: ReactNode; right: ReactNode; leftSpan?: number; breakpoint?: 'lg' | 'xl' }) {
  const span = (n: number) => ({ xs: 24, [breakpoint]: n });
  return (
    <Row gutter={16}>
      <Col {...span(leftSpan)}>{left}</Col>
      <Col {...span(24 - leftSpan)}>{right}</Col>
    </Row>
  );
}

/** 办理时限: the clock's dates. */
export function ClockPanel({ c }: { c: CaseView }) {
  return (
    <Panel title="办理时限">
      <ClockFacts clock={c.clock} />
    </Panel>
  );
}

/** 办理记录: the timeline. */
export function TimelinePanel({ c }: { c: Pick<CaseView, 'actions' | 'materials'> }) {
  return (
    <Panel title="办理记录">
      <CaseTimeline c={c} />
    </Panel>
  );
}

/** 申请人 and 申请信息. */
export function ApplicantPanels({ c }: { c: CaseView }) {
  return (
    <>
      <Panel title="申请人">
        <ApplicantFacts c={c} />
      </Panel>
      <Panel title="申请信息">
        <FormFacts c={c} />
      </Panel>
    </>
  );
}
