/**
 * One clearance batch: its counts, its versions, and the batch actions — submit every draft
 * for 初审, or pass every version waiting at the user's own stage (all or nothing).
 */
import { App, Button, Card, Col, Descriptions, Input, Modal, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { DISPOSITIONS, STAGES, type ReviewStage, type Stage } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import type { Batch } from '../../api/types';
import { canEditCatalog, reviewStagesOf } from '../../app/access';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { useStatePaging } from '../../components/paging';
import { VersionTable, editorPath } from '../catalog/VersionTable';
import { catalogKeys, useInvalidateCatalog, useVersions } from '../catalog/catalogApi';

interface CountRow {
  key: string;
  label: string;
  count: number;
}

function CountTable({ title, counts, labels, total, testId }: { title: string; counts: Partial<Record<string, number>>; labels: Record<string, string>; total: number; testId: string }) {
  const rows: CountRow[] = Object.entries(labels).map(([key, label]) => ({ key, label, count: counts[key] ?? 0 }));
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Table<CountRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        data-testid={testId}
        columns={[
          { title: '类别', dataIndex: 'label', width: 150 },
          { title: '数量', dataIndex: 'count', width: 70, align: 'right', render: (n: number, r) => <span data-testid={`${testId}-${r.key}`}>{n}</span> },
          {
            title: '占比',
            key: 'bar',
            render: (_, r) => {
              const percent = total ? Math.round((r.count / total) * 100) : 0;
              return <Progress percent={percent} size="small" showInfo={false} aria-label={`${r.label}占 ${percent}%`} />;
            },
          },
        ]}
      />
    </Card>
  );
}

function BatchPassButton({ batch, stage }: { batch: Batch; stage: ReviewStage }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const showError = useApiError();
  const invalidate = useInvalidateCatalog();
  const { message } = App.useApp();
  const waiting = batch.byStage[stage] ?? 0;
  const pass = useMutation({
    mutationFn: () => api.post<{ passed: number }>(`/catalog/batches/${encodeURIComponent(batch.id)}/pass`, comment.trim() ? { stage, comment: comment.trim() } : { stage }),
    onSuccess: async (r) => {
      setOpen(false);
      message.success(`已批量通过 ${r.passed} 项（${STAGES[stage]}）`);
      await invalidate();
    },
    onError: (e) => {
      setOpen(false);
      showError(e);
    },
  });
  return (
    <>
      <Button type="primary" icon={<CheckOutlined />} disabled={waiting === 0} onClick={() => setOpen(true)} data-testid={`batch-pass-${stage}`}>
        本环节批量通过（{STAGES[stage]} {waiting} 项）
      </Button>
      <Modal
        open={open}
        title={`批量通过“${STAGES[stage]}”`}
        onCancel={() => setOpen(false)}
        footer={
          <Space>
            <Button onClick={() => setOpen(false)}>取消</Button>
            <Button type="primary" loading={pass.isPending} onClick={() => pass.mutate()} data-testid="batch-pass-confirm">
              确认通过 {waiting} 项
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>
          将通过本批次处于“{STAGES[stage]}”的全部 {waiting} 个版本。任何一项不符合规定（例如由您起草、或您已审核过其他环节）时，整批都不会通过。
        </Typography.Paragraph>
        <Input.TextArea rows={3} placeholder="审核意见（可选）" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} />
      </Modal>
    </>
  );
}

function SubmitAllButton({ batch }: { batch: Batch }) {
  const showError = useApiError();
  const invalidate = useInvalidateCatalog();
  const { message, modal } = App.useApp();
  const drafts = batch.byStage.draft ?? 0;
  const submit = useMutation({
    mutationFn: () => api.post<{ submitted: number }>(`/catalog/batches/${encodeURIComponent(batch.id)}/submit`),
    onSuccess: async (r) => {
      message.success(`已提交初审 ${r.submitted} 项`);
      await invalidate();
    },
    onError: (e) => showError(e),
  });
  return (
    <Button
      icon={<SendOutlined />}
      disabled={drafts === 0}
      loading={submit.isPending}
      data-testid="batch-submit-all"
      onClick={() =>
        modal.confirm({
          title: '全部提交初审？',
          content: `本批次 ${drafts} 个草稿将提交“初审拟定”。`,
          okText: '提交',
          cancelText: '取消',
          onOk: () => submit.mutateAsync(),
        })
      }
    >
      全部提交初审（{drafts} 项）
    </Button>
  );
}

/** `/admin/batches/:id`. */
export default function BatchDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const paging = useStatePaging(50);
  const [stage, setStage] = useState<Stage | undefined>();
  const batch = useQuery({
    queryKey: catalogKeys.batch(id),
    queryFn: ({ signal }) => api.get<Batch>(`/catalog/batches/${encodeURIComponent(id)}`, undefined, signal),
  });
  const versions = useVersions({ batchId: id, stage, page: paging.page, pageSize: paging.pageSize });

  return (
    <Loaded query={batch}>
      {(b) => (
        <div>
          <DetailHeader
            back={{ to: '/admin/batches', label: '返回' }}
            title={b.name}
            titleTestId="batch-title"
            actions={
              <>
                {canEditCatalog(me.data) ? <SubmitAllButton batch={b} /> : null}
                {reviewStagesOf(me.data).map((s) => (
                  <BatchPassButton key={s} batch={b} stage={s} />
                ))}
              </>
            }
          >
            <Descriptions
              size="small"
              style={{ marginTop: 12 }}
              items={[
                { key: 'total', label: '事项数', children: <span data-testid="batch-total">{b.total}</span> },
                { key: 'createdAt', label: '创建时间', children: formatTime(b.createdAt) },
                { key: 'description', label: '说明', children: b.description || '—' },
              ]}
            />
          </DetailHeader>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={12}>
              <CountTable title="按处理意见" counts={b.byDisposition} labels={DISPOSITIONS} total={b.total} testId="batch-by-disposition" />
            </Col>
            <Col xs={24} lg={12}>
              <CountTable title="按环节" counts={b.byStage} labels={STAGES} total={b.total} testId="batch-by-stage" />
            </Col>
          </Row>
          <Card
            size="small"
            title="批次中的版本"
            extra={
              <Space size={4} wrap>
                {(Object.keys(STAGES) as Stage[]).map((s) => (
                  <Tag.CheckableTag
                    key={s}
                    checked={stage === s}
                    onChange={(checked) => {
                      setStage(checked ? s : undefined);
                      paging.reset();
                    }}
                  >
                    {STAGES[s]} {b.byStage[s] ?? 0}
                  </Tag.CheckableTag>
                ))}
              </Space>
            }
          >
            <VersionTable
              list={versions}
              paging={paging}
              to={editorPath}
              show={['kind', 'disposition', 'stage', 'author', 'updatedAt']}
              size="small"
              minWidth={900}
              testId="batch-versions"
            />
          </Card>
        </div>
      )}
    </Loaded>
  );
}
