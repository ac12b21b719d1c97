/**
 * The 现场踏勘 card of the officers' case page (request button for the reviewer, each round's
 * schedule, inspectors and results) and the inspection notice of the applicant's case page.
 */
import { Alert, Button, Descriptions, Form, Input, List, Modal, Space, Tag, Typography, type ButtonProps } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { POINT_RESULTS } from '../../../domain/inspection';
import type { CaseView } from '../../api/types';
import { dataTestId } from '../../components/testId';
import { Panel } from '../cases/CaseLayout';
import { inspectionCalls, useCaseInspections, useInspectionMutation, type CaseInspections, type Inspection } from './inspectionsApi';

const STATUS_COLOR = { requested: 'orange', scheduled: 'blue', done: 'green', cancelled: 'default' } as const;
const RESULT_COLOR = { pass: 'green', fail: 'red', na: 'default' } as const;

/** The outcome of a finished round as a tag. */
export function OutcomeTag({ outcome }: { outcome: 'pass' | 'fail' | null }) {
  if (!outcome) return null;
  return (
    <Tag color={outcome === 'pass' ? 'green' : 'red'} data-testid="inspection-outcome" data-outcome={outcome}>
      {outcome === 'pass' ? '符合要求' : '不符合要求'}
    </Tag>
  );
}

/** Each checklist point with its result and note. */
export function ResultList({ i }: { i: Inspection }) {
  if (!i.recordedAt) return <Typography.Text type="secondary">尚未填写踏勘记录</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={i.results}
      data-testid="inspection-results"
      renderItem={(r, n) => (
        <List.Item data-testid="inspection-result" data-result={r.result}>
          <span>
            {n + 1}. {r.point}
            {r.note ? <Typography.Text type="secondary">（{r.note}）</Typography.Text> : null}
          </span>
          <Tag color={RESULT_COLOR[r.result]}>{POINT_RESULTS[r.result]}</Tag>
        </List.Item>
      )}
    />
  );
}

/** The inspectors with whether each confirmed the current report. */
export function InspectorTags({ i }: { i: Inspection }) {
  return (
    <Space size={4} wrap>
      {i.inspectors.map((p) => (
        <Tag key={p.userId} color={p.confirmedAt ? 'green' : undefined} data-testid="inspection-inspector" data-confirmed={p.confirmedAt ? 'true' : 'false'}>
          {p.name}
          {p.confirmedAt ? ' ✓ 已确认' : ' 未确认'}
        </Tag>
      ))}
    </Space>
  );
}

function Round({ r }: { r: CaseInspections['items'][number] }) {
  const i = r.detail;
  return (
    <div data-testid="inspection-round" data-round={r.round} data-status={r.status} style={{ marginBottom: 12 }}>
      <Space style={{ marginBottom: 8 }} wrap>
        <strong>第 {r.round} 次踏勘</strong>
        <Tag color={STATUS_COLOR[r.status]}>{r.statusName}</Tag>
        <OutcomeTag outcome={r.outcome} />
        {i?.overdue ? <Tag color="red">报告逾期</Tag> : null}
        {i ? <CancelButton i={i} /> : null}
      </Space>
      {i ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="事由">{i.reason}（{i.requestedBy} 申请）</Descriptions.Item>
          {i.cancelReason ? <Descriptions.Item label="取消原因">{i.cancelReason}</Descriptions.Item> : null}
          {i.scheduledOn ? (
            <Descriptions.Item label="时间地点">
              {i.scheduledOn} · {i.address}
            </Descriptions.Item>
          ) : null}
          {i.inspectors.length ? (
            <Descriptions.Item label="踏勘人员">
              <InspectorTags i={i} />
            </Descriptions.Item>
          ) : null}
          {i.reportDue && i.status === 'scheduled' ? <Descriptions.Item label="报告期限">{i.reportDue}</Descriptions.Item> : null}
          {i.rectification ? (
            <Descriptions.Item label="整改要求">
              {i.rectification}（{i.rectifyDue} 前）
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
      {i ? <ResultList i={i} /> : null}
    </div>
  );
}

/** 取消踏勘 with its reason (the centre and reviewers, while the inspection is open). */
export function CancelButton({ i }: { i: Inspection }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useInspectionMutation(
    (reason: string) => inspectionCalls.cancel(i.id, { reason, expectedRev: i.rev }),
    () => setOpen(false),
  );
  if (!i.can.cancel) return null;
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid="inspection-cancel">
        取消
      </Button>
      <Modal
        title="取消现场踏勘"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText="确定取消"
        okButtonProps={{ danger: true, loading: cancel.isPending, ...dataTestId<ButtonProps>('inspection-cancel-submit') }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{i.status === 'scheduled' ? '取消后办件的特别程序随即结束，审批期限继续计算，不出具踏勘报告。' : '取消后可再次申请。'}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => cancel.mutate(v.reason)}>
          <Form.Item name="reason" label="取消原因" rules={[{ required: true, whitespace: true, message: '请填写取消原因' }]}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-cancel-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The officers' card: shown when the item needs an inspection or the case had one. */
export function InspectionCard({ c }: { c: CaseView }) {
  const q = useCaseInspections(c.caseNo, c.version);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const request = useInspectionMutation(
    (reason: string) => inspectionCalls.request(c.caseNo, reason),
    () => setOpen(false),
  );
  const data = q.data;
  if (!data || (!data.required && data.items.length === 0)) return null;
  return (
    <Panel title="现场踏勘">
      <div data-testid="inspection-card" data-count={data.items.length}>
        {data.items.length === 0 ? <Typography.Paragraph type="secondary">事项目录规定本事项需现场踏勘（行政许可法第三十四条）。</Typography.Paragraph> : null}
        {data.items.map((r) => (
          <Round key={r.id} r={r} />
        ))}
        {data.canRequest ? (
          <Button type="primary" icon={<EnvironmentOutlined />} onClick={() => setOpen(true)} data-testid="inspection-request">
            {data.items.length ? '申请复查踏勘' : '申请现场踏勘'}
          </Button>
        ) : null}
      </div>
      <Modal
        title="申请现场踏勘"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText="提交申请"
        okButtonProps={{ loading: request.isPending, ...dataTestId<ButtonProps>('inspection-request-submit') }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">勘验图审中心安排踏勘时间和人员后，办件进入特别程序，踏勘所需时间不计入审批期限（行政许可法第四十五条）。</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => request.mutate(v.reason)} initialValues={{ reason: data.items.length ? '整改后复查' : '核查申请材料所述经营场所与设施' }}>
          <Form.Item name="reason" label="踏勘事由" rules={[{ required: true, whitespace: true, message: '请填写踏勘事由' }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="inspection-request-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Panel>
  );
}

/** The applicant's notice: when and where the inspectors come, and the outcome. */
export function InspectionNotice({ c }: { c: CaseView }) {
  const q = useCaseInspections(c.caseNo, c.version);
  const items = q.data?.items ?? [];
  const last = items[items.length - 1];
  if (!last || last.status === 'requested' || last.status === 'cancelled') return null;
  if (last.status === 'scheduled')
    return (
      <Alert
        type="info"
        showIcon
        icon={<EnvironmentOutlined />}
        style={{ marginBottom: 16 }}
        data-testid="inspection-notice"
        data-status={last.status}
        title={`现场踏勘通知：${last.scheduledOn} 到 ${last.address} 进行现场踏勘`}
        description={`踏勘人员：${last.inspectors.join('、')}。请届时安排人员在场。踏勘期间为特别程序，所需时间不计入审批期限（行政许可法第四十五条），踏勘报告出具后期限继续计算。`}
      />
    );
  return (
    <Alert
      type={last.outcome === 'pass' ? 'success' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="inspection-notice"
      data-status={last.status}
      title={`现场踏勘已于 ${last.finishedOn ?? ''} 出具报告：${last.outcome === 'pass' ? '符合要求' : '不符合要求'}`}
      description={last.rectification ? `整改要求：${last.rectification}（请于 ${last.rectifyDue ?? ''} 前完成，完成后将安排复查）。报告见“文书”。` : '踏勘报告见“文书”。'}
    />
  );
}
