/**
 * Pieces of an expert review shared by the case page's card and the pool manager's page: the
 * panel with statuses, scores and signatures, the draws with their check, the conclusion form.
 */
import { Alert, Button, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { CONCLUSIONS, type Conclusion } from '../../../domain/expert';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { formatDate, formatTime } from '../../components/format';
import { enumOptions } from '../../components/labels';
import { useInvalidateReviews, useVerify, type PanelMember, type Review } from './expertsApi';

export const MEMBER_STATUS: Record<Review['panel'][number]['status'], [string, string]> = {
  invited: ['待评审', 'processing'],
  signed: ['已签署', 'success'],
  declined: ['已谢绝', 'default'],
};

/** The review's state as a tag. */
export function ReviewStatusTag({ r }: { r: Pick<Review, 'status' | 'overdue' | 'conclusionName'> }) {
  if (r.status === 'concluded')
    return (
      <Tag color={r.conclusionName ? 'green' : 'default'} data-testid="expert-review-status" data-status="concluded">
        {r.conclusionName ? `已结束：${r.conclusionName}` : '已终止'}
      </Tag>
    );
  return (
    <Tag color={r.overdue ? 'red' : 'blue'} data-testid="expert-review-status" data-status="open">
      {r.overdue ? '评审中·已逾期' : '评审中'}
    </Tag>
  );
}

/** The bureau's countersignatures of a signed opinion's hash: Ed25519 and SM2 (国密 SM3withSM2), with their key ids. */
export function Countersignatures({ m }: { m: Pick<PanelMember, 'keyId' | 'signature' | 'sm2KeyId' | 'sm2Signature'> }) {
  if (!m.signature && !m.sm2Signature) return <span>未副署（未配置本局电子印章）</span>;
  return (
    <Space wrap size={[6, 4]} data-testid="expert-countersignatures">
      {m.signature ? (
        <Tag color="blue" data-testid="countersign-ed25519">
          Ed25519 · {m.keyId}
        </Tag>
      ) : null}
      {m.sm2Signature ? (
        <Tooltip title={`SM3withSM2 签名（DER，base64url）：${m.sm2Signature}`}>
          <Tag color="red" data-testid="countersign-sm2">
            SM2 国密 · {m.sm2KeyId}
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}

/** The panel: one row per expert drawn, with status, scores, recommendation and signature. */
export function PanelTable({ r }: { r: Review }) {
  return (
    <Table
      rowKey="expertId"
      size="small"
      pagination={false}
      dataSource={r.panel}
      data-testid="expert-panel"
      scroll={{ x: true }}
      expandable={{
        rowExpandable: (m) => m.status === 'signed' || m.status === 'declined',
        expandedRowRender: (m) =>
          m.status === 'declined' ? (
            <span>谢绝理由：{m.declineReason}</span>
          ) : (
            <Descriptions size="small" column={1}>
              {r.criteria.map((k) => (
                <Descriptions.Item key={k.code} label={k.name}>
                  {m.scores?.[k.code] ?? '—'} / {k.max}
                </Descriptions.Item>
              ))}
              <Descriptions.Item label="评审意见">{m.opinion}</Descriptions.Item>
              <Descriptions.Item label="签署">
                {formatTime(m.signedAt)} · SHA-256 <Typography.Text code>{m.opinionSha256?.slice(0, 16)}…</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="本局副署">
                <Countersignatures m={m} />
              </Descriptions.Item>
            </Descriptions>
          ),
      }}
      columns={[
        {
          title: '专家',
          render: (_, m) => (
            <div data-testid="expert-panel-member" data-status={m.status}>
              <div style={{ whiteSpace: 'nowrap' }}>
                {m.name}
                {m.drawStep > 1 ? <Tag style={{ marginLeft: 6 }}>补抽</Tag> : null}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.title} · {m.employer}
              </Typography.Text>
            </div>
          ),
        },
        { title: '状态', dataIndex: 'status', render: (s: keyof typeof MEMBER_STATUS) => <Tag color={MEMBER_STATUS[s][1]}>{MEMBER_STATUS[s][0]}</Tag> },
        { title: '总分', dataIndex: 'total', render: (t: number | null) => t ?? '—' },
        { title: '建议', dataIndex: 'recommendation', render: (c: Conclusion | null) => <span style={{ whiteSpace: 'nowrap' }}>{c ? CONCLUSIONS[c] : '—'}</span> },
        {
          title: '签署',
          render: (_, m) =>
            m.signedAt ? (
              <Tooltip title={`${formatTime(m.signedAt)} · SHA-256 ${m.opinionSha256 ?? ''}`}>
                <span style={{ whiteSpace: 'nowrap' }}>
                  <SafetyCertificateOutlined style={{ color: '#389e0d' }} /> {formatDate(m.signedAt)}
                </span>
              </Tooltip>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

/** The draws: seed, how many were eligible, who was chosen and who was excluded for a conflict; a button re-runs them. */
export function DrawList({ r }: { r: Review }) {
  const verify = useVerify();
  const onError = useApiError();
  const result = verify.data?.reviewId === r.id ? verify.data : null;
  return (
    <div data-testid="expert-draws">
      <Table
        rowKey="step"
        size="small"
        pagination={false}
        dataSource={r.draws}
        scroll={{ x: true }}
        columns={[
          { title: '步骤', dataIndex: 'step', render: (s: number, d) => (s === 1 ? '首次抽取' : `补抽（${d.replaces?.name ?? ''}谢绝）`) },
          { title: '种子', dataIndex: 'seed', render: (s: number) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{s}</Typography.Text> },
          { title: <Tooltip title="专家库人数 / 符合条件人数">候选</Tooltip>, render: (_, d) => <span style={{ whiteSpace: 'nowrap' }}>{`${d.candidates} / ${d.eligible}`}</span> },
          { title: '抽中', render: (_, d) => d.chosen.map((x) => x.name).join('、') || '无符合条件的专家' },
          {
            title: '回避',
            render: (_, d) =>
              d.excluded.length ? (
                <Space size={[4, 4]} wrap>
                  {d.excluded.map((e) => (
                    <Tooltip key={e.expertId} title={e.reasonName}>
                      <Tag>{e.name}</Tag>
                    </Tooltip>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          { title: '时间', dataIndex: 'drawnAt', render: (t: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(t)}</span> },
          {
            title: '复核',
            render: (_, d) => {
              const step = result?.steps.find((s) => s.step === d.step);
              if (!step) return null;
              return step.same ? (
                <Tag icon={<CheckCircleOutlined />} color="success" data-testid="expert-draw-verified" data-same="true">
                  一致
                </Tag>
              ) : (
                <Tag icon={<CloseCircleOutlined />} color="error" data-testid="expert-draw-verified" data-same="false">
                  不一致
                </Tag>
              );
            },
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button size="small" loading={verify.isPending} onClick={() => verify.mutate(r.id, { onError: (e) => onError(e) })} data-testid="expert-verify">
          用记录的种子重新抽取核对
        </Button>
        {result ? (
          <Typography.Text type={result.same ? 'success' : 'danger'} data-testid="expert-verify-result" data-same={String(result.same)}>
            {result.same ? '重新抽取结果与记录一致' : '重新抽取结果与记录不一致，记录可能被改动'}
          </Typography.Text>
        ) : null}
      </Space>
    </div>
  );
}

/** 录入结论: once every expert on the panel signed; ends the case's pause. */
export function ConcludeButton({ r }: { r: Review }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ result: Conclusion; text: string }>();
  const onError = useApiError();
  const invalidate = useInvalidateReviews();
  const onPanel = r.panel.filter((m) => m.status !== 'declined');
  const ready = onPanel.length > 0 && onPanel.every((m) => m.status === 'signed');
  const conclude = useMutation({
    mutationFn: (body: { result: Conclusion; text: string }) => api.post<Review>(`/expert-reviews/${r.id}/conclusion`, body),
    onSuccess: () => {
      setOpen(false);
      invalidate(r.caseNo);
    },
    onError: (e) => onError(e, form),
  });
  if (r.status !== 'open') return null;
  return (
    <>
      <Tooltip title={ready ? '' : '专家全部签署评审意见后才能录入结论'}>
        <Button type="primary" disabled={!ready} onClick={() => setOpen(true)} data-testid="expert-conclude">
          录入评审结论
        </Button>
      </Tooltip>
      <Modal title="专家组评审结论" open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={conclude.isPending} okText="确认并结束特别程序" destroyOnHidden>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="录入结论后，专家评审特别程序结束，办件恢复计时；申请人可看到专家名单和结论。" />
        <Form form={form} layout="vertical" onFinish={(v) => conclude.mutate(v)}>
          <Form.Item name="result" label="结论" rules={[{ required: true, message: '请选择结论' }]}>
            <Select options={enumOptions(CONCLUSIONS)} data-testid="expert-conclusion-result" />
          </Form.Item>
          <Form.Item name="text" label="结论说明" rules={[{ required: true, whitespace: true, message: '请填写结论说明' }]}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="expert-conclusion-text" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Facts of a review: fields, panel size, dates, reason, conclusion. */
export function ReviewFacts({ r }: { r: Review }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="评审领域">{r.fields.join('、')}</Descriptions.Item>
      <Descriptions.Item label="专家人数">{r.panelSize} 名</Descriptions.Item>
      <Descriptions.Item label="申请日期">{r.requestedOn}</Descriptions.Item>
      <Descriptions.Item label="评审期限">{r.due}</Descriptions.Item>
      <Descriptions.Item label="评审事由" span="filled">
        {r.reason}
      </Descriptions.Item>
      {r.conclusionText ? (
        <Descriptions.Item label="评审结论" span="filled">
          <span data-testid="expert-conclusion">
            {r.conclusionName ? `${r.conclusionName}：` : ''}
            {r.conclusionText}（{formatTime(r.concludedAt)}）
          </span>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
