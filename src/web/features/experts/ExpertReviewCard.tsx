/**
 * 专家评审 on a case page. Officers: request a review (fields, panel size, due in working days),
 * then the panel with statuses, scores and signatures, the draws with their check, and the
 * conclusion. The applicant's side: the progress only ("专家评审中（专家 N 名）"), the names and
 * the conclusion once it is recorded.
 */
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Space, Tabs, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { EXPERT_FIELDS, MAX_PANEL } from '../../../domain/expert';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe, usePublicItem } from '../../api/queries';
import type { CaseView } from '../../api/types';
import { can } from '../../app/access';
import { Panel } from '../cases/CaseLayout';
import { useCaseReviews, useEligible, useInvalidateReviews, type ApplicantReview, type Review } from './expertsApi';
import { ConcludeButton, DrawList, PanelTable, ReviewFacts, ReviewStatusTag } from './ReviewBits';

interface RequestForm {
  fields: string[];
  panelSize: number;
  dueDays: number;
  reason: string;
}

function RequestButton({ c }: { c: CaseView }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RequestForm>();
  const onError = useApiError();
  const invalidate = useInvalidateReviews();
  const fields = Form.useWatch('fields', form) ?? [];
  const dueDays = Form.useWatch('dueDays', form) ?? 0;
  const panelSize = Form.useWatch('panelSize', form) ?? 0;
  const eligible = useEligible(c.caseNo, fields, dueDays, open);
  const request = useMutation({
    mutationFn: (body: RequestForm) => api.post<Review>(`/cases/${encodeURIComponent(c.caseNo)}/expert-reviews`, body),
    onSuccess: () => {
      setOpen(false);
      invalidate(c.caseNo);
    },
    onError: (e) => onError(e, form),
  });
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="expert-request">
        申请专家评审
      </Button>
      <Modal title="申请专家评审" open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={request.isPending} okText="抽取专家并启动特别程序" destroyOnHidden>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="系统从专家库按领域随机抽取专家，自动回避与申请人同单位、申报有利害关系、180 日内评审过同一申请人以及评审期间不可用的专家。专家评审时间不计入审批时限（行政许可法第四十五条）。"
        />
        <Form form={form} layout="vertical" initialValues={{ panelSize: 3, dueDays: 10 }} onFinish={(v) => request.mutate(v)}>
          <Form.Item name="fields" label="评审领域" rules={[{ required: true, message: '请至少选择一个评审领域' }]}>
            <Select mode="multiple" options={EXPERT_FIELDS.map((f) => ({ value: f, label: f }))} data-testid="expert-request-fields" />
          </Form.Item>
          <Space size="large" wrap>
            <Form.Item name="panelSize" label="专家人数" rules={[{ required: true, message: '请填写专家人数' }]}>
              <InputNumber min={1} max={MAX_PANEL} addonAfter="名" data-testid="expert-request-size" />
            </Form.Item>
            <Form.Item name="dueDays" label="评审期限" rules={[{ required: true, message: '请填写评审期限' }]}>
              <InputNumber min={1} max={60} addonAfter="个工作日" data-testid="expert-request-days" />
            </Form.Item>
          </Space>
          {eligible.data ? (
            <Typography.Paragraph type={eligible.data.eligible < panelSize ? 'danger' : 'secondary'} data-testid="expert-request-eligible" data-eligible={eligible.data.eligible}>
              评审期限至 {eligible.data.due}；可抽取专家 {eligible.data.eligible} 名
              {eligible.data.excluded.length ? `（已排除：${eligible.data.excluded.map((e) => `${e.reasonName} ${e.count} 名`).join('，')}）` : ''}
            </Typography.Paragraph>
          ) : null}
          <Form.Item name="reason" label="评审事由（将告知申请人）" rules={[{ required: true, whitespace: true, message: '请填写评审事由' }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="expert-request-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function OfficerReview({ r }: { r: Review }) {
  return (
    <div data-testid="expert-review" data-review-id={r.id} data-status={r.status}>
      <Space style={{ marginBottom: 8 }} wrap>
        <ReviewStatusTag r={r} />
        <ConcludeButton r={r} />
      </Space>
      <ReviewFacts r={r} />
      <Tabs
        size="small"
        items={[
          { key: 'panel', label: `专家组（${r.panel.filter((m) => m.status !== 'declined').length} 名）`, children: <PanelTable r={r} /> },
          { key: 'draws', label: `抽取记录（${r.draws.length}）`, children: <DrawList r={r} /> },
        ]}
      />
    </div>
  );
}

function ApplicantReviewView({ r }: { r: ApplicantReview }) {
  return (
    <div data-testid="expert-review-applicant" data-status={r.status}>
      <Typography.Paragraph strong data-testid="expert-review-label">
        {r.label}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {r.requestedOn} 起，评审期限至 {r.due}；专家评审时间不计入审批时限。
      </Typography.Paragraph>
      {r.conclusionText ? <Typography.Paragraph>结论说明：{r.conclusionText}</Typography.Paragraph> : null}
      {r.experts ? <Typography.Paragraph data-testid="expert-review-names">评审专家：{r.experts.map((e) => `${e.name}（${e.title}，${e.employer}）`).join('、')}</Typography.Paragraph> : null}
    </div>
  );
}

/** The card; shown when the item calls for expert review or the case has had one. */
export function ExpertReviewCard({ c }: { c: CaseView }) {
  const me = useMe();
  const reviews = useCaseReviews(c.caseNo);
  const item = usePublicItem(c.itemCode);
  const data = reviews.data;
  if (!data || (data.view === 'applicant' ? data.applicantItems.length === 0 : data.items.length === 0 && !item.data?.expertReview)) return null;
  const mayRequest = can(me.data, 'case.review', 'expert.manage') && c.status === 'accepted' && !data.items.some((r) => r.status === 'open');
  return (
    <Panel title="专家评审">
      <div data-testid="expert-review-card">
        {data.view === 'officer' ? (
          <>
            {mayRequest ? <div style={{ marginBottom: 12 }}><RequestButton c={c} /></div> : null}
            {data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未申请专家评审" /> : null}
            {data.items.map((r, i) => (
              <Card key={r.id} size="small" type="inner" style={{ marginBottom: i < data.items.length - 1 ? 12 : 0 }}>
                <OfficerReview r={r} />
              </Card>
            ))}
          </>
        ) : (
          data.applicantItems.map((r) => <ApplicantReviewView key={r.id} r={r} />)
        )}
      </div>
    </Panel>
  );
}
