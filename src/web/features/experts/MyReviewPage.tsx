/**
 * `/admin/my-reviews/:id` (an expert on the panel): the case's summary and materials, the
 * criteria to score, the opinion and recommendation, signing (once), or declining with a reason.
 */
import { Alert, Button, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography, type ButtonProps } from 'antd';
import { FileImageOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { CONCLUSIONS, recommendationWarning, type Conclusion } from '../../../domain/expert';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { formatTime } from '../../components/format';
import { enumOptions } from '../../components/labels';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { PlainList } from '../../components/PlainList';
import { dataTestId } from '../../components/testId';
import { ApplicantFacts, MaterialTitle } from '../cases/CaseBits';
import { CaseColumns, Panel, TimelinePanel } from '../cases/CaseLayout';
import { reviewFileUrl, useInvalidateReviews, useMyReview, type MyReview } from './expertsApi';
import { Countersignatures, MEMBER_STATUS } from './ReviewBits';

interface SheetForm {
  scores: Record<string, number>;
  opinion: string;
  recommendation: Conclusion;
}

function ScoreSheet({ r }: { r: MyReview }) {
  const [form] = Form.useForm<SheetForm>();
  const onError = useApiError();
  const invalidate = useInvalidateReviews();
  const [confirming, setConfirming] = useState<SheetForm | null>(null);
  const sign = useMutation({
    mutationFn: (v: SheetForm) => api.post<MyReview>(`/my/expert-reviews/${r.assignment.reviewId}/sign`, v),
    onSuccess: () => {
      setConfirming(null);
      invalidate();
    },
    onError: (e) => {
      setConfirming(null);
      onError(e, form);
    },
  });
  const scores = Form.useWatch('scores', form) ?? {};
  const total = r.criteria.reduce((s, k) => s + (Number(scores[k.code]) || 0), 0);
  const max = r.criteria.reduce((s, k) => s + k.max, 0);
  const warning = recommendationWarning(total, max, Form.useWatch('recommendation', form));
  if (r.mine.status === 'signed')
    return (
      <div data-testid="my-review-signed">
        <Alert type="success" showIcon icon={<SafetyCertificateOutlined />} style={{ marginBottom: 12 }} title={`已于 ${formatTime(r.mine.signedAt)} 签署`} description={`评审意见 SHA-256：${r.mine.opinionSha256 ?? ''}`} />
        <Descriptions size="small" column={1}>
          {r.criteria.map((k) => (
            <Descriptions.Item key={k.code} label={k.name}>
              {r.mine.scores?.[k.code]} / {k.max}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label="总分">{r.mine.total}</Descriptions.Item>
          <Descriptions.Item label="建议结论">{r.mine.recommendation ? CONCLUSIONS[r.mine.recommendation] : '—'}</Descriptions.Item>
          <Descriptions.Item label="评审意见">{r.mine.opinion}</Descriptions.Item>
          <Descriptions.Item label="本局副署">
            <Countersignatures m={r.mine} />
          </Descriptions.Item>
        </Descriptions>
      </div>
    );
  if (r.assignment.reviewStatus !== 'open') return <Typography.Text type="secondary">评审已结束。</Typography.Text>;
  return (
    <>
      <Form form={form} layout="vertical" onFinish={(v) => setConfirming(v)} data-testid="my-review-sheet">
        {r.criteria.map((k) => (
          <Form.Item key={k.code} name={['scores', k.code]} label={`${k.name}（0–${k.max} 分）`} rules={[{ required: true, message: `请为“${k.name}”评分` }]}>
            <InputNumber min={0} max={k.max} precision={0} data-testid="my-review-score" data-code={k.code} />
          </Form.Item>
        ))}
        <Typography.Paragraph>
          总分：<span data-testid="my-review-total">{total}</span> / {max}
        </Typography.Paragraph>
        <Form.Item name="recommendation" label="建议结论" rules={[{ required: true, message: '请选择建议结论' }]}>
          <Select options={enumOptions(CONCLUSIONS)} data-testid="my-review-recommendation" />
        </Form.Item>
        {warning && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={warning} data-testid="my-review-warning" />}
        <Form.Item name="opinion" label="评审意见" rules={[{ required: true, whitespace: true, message: '请填写评审意见' }]}>
          <Input.TextArea rows={6} maxLength={5000} data-testid="my-review-opinion" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="my-review-sign">
          签署评审意见
        </Button>
      </Form>
      <Modal title="确认签署" open={!!confirming} onCancel={() => setConfirming(null)} onOk={() => confirming && sign.mutate(confirming)} confirmLoading={sign.isPending} okText="确认签署" okButtonProps={dataTestId<ButtonProps>('my-review-sign-confirm')}>
        {warning && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={warning} />}
        签署后评审意见不能修改。系统记录签署时间和评审意见的 SHA-256 摘要，并加盖本局电子印章副署。
      </Modal>
    </>
  );
}

function DeclineButton({ r }: { r: MyReview }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useApiError();
  const invalidate = useInvalidateReviews();
  const navigate = useNavigate();
  const decline = useMutation({
    mutationFn: (v: { reason: string }) => api.post(`/my/expert-reviews/${r.assignment.reviewId}/decline`, v),
    onSuccess: () => {
      invalidate();
      navigate('/admin/my-reviews');
    },
    onError: (e) => onError(e, form),
  });
  if (r.mine.status !== 'invited' || r.assignment.reviewStatus !== 'open') return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="my-review-decline">
        谢绝评审
      </Button>
      <Modal title="谢绝评审" open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={decline.isPending} okText="确认谢绝" destroyOnHidden>
        <Typography.Paragraph type="secondary">谢绝后系统随即补抽一名专家，您将不能再查看该办件。</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => decline.mutate(v)}>
          <Form.Item name="reason" label="谢绝理由" rules={[{ required: true, whitespace: true, message: '请填写谢绝理由' }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="my-review-decline-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function ReviewMaterials({ r }: { r: MyReview }) {
  return (
    <PlainList
      items={r.case.materials}
      rowKey={(m) => m.code}
      testId="my-review-materials"
      empty="无材料"
      render={(m) => (
        <div>
          <MaterialTitle m={m} index={r.case.materials.indexOf(m)} />
          <Space orientation="vertical" size={0}>
            {m.files.map((f) => (
              <a key={f.id} href={reviewFileUrl(r.assignment.reviewId, f.id)} target="_blank" rel="noreferrer" data-testid="my-review-file" data-file-id={f.id}>
                {f.mediaType === 'application/pdf' ? <FilePdfOutlined aria-hidden /> : <FileImageOutlined aria-hidden />} {f.name}
              </a>
            ))}
          </Space>
        </div>
      )}
    />
  );
}

export default function MyReviewPage() {
  const { id = '' } = useParams();
  const q = useMyReview(id);
  return (
    <Loaded query={q} rows={10}>
      {(r) => (
        <div data-testid="my-review" data-review-id={r.assignment.reviewId} data-status={r.mine.status}>
          <DetailHeader
            back={{ to: '/admin/my-reviews', label: '我的评审' }}
            title={r.case.itemName}
            meta={
              <>
                <Tag color={MEMBER_STATUS[r.mine.status][1]}>{MEMBER_STATUS[r.mine.status][0]}</Tag>
                <Tag>评审期限 {r.assignment.due}</Tag>
              </>
            }
            actions={<DeclineButton r={r} />}
          >
            <Typography.Paragraph style={{ margin: '8px 0 0' }}>
              办件编号 {r.case.caseNo} · 评审领域 {r.assignment.fields.join('、')} · 评审事由：{r.reason}
            </Typography.Paragraph>
          </DetailHeader>
          <CaseColumns
            left={
              <Panel title="评分与评审意见">
                <ScoreSheet r={r} />
              </Panel>
            }
            right={
              <>
                <Panel title="申请人">
                  <ApplicantFacts c={r.case} />
                </Panel>
                <Panel title="申请材料">
                  <ReviewMaterials r={r} />
                </Panel>
                <TimelinePanel c={r.case} />
              </>
            }
          />
        </div>
      )}
    </Loaded>
  );
}
