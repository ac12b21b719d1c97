/**
 * Reviewing one version (`/admin/review/:id`): the changes against the confirmed version come
 * first, then the whole version read-only and its stage history; 通过 passes it to the next
 * stage, 退回 sends it back to the editor with a reason. The server's refusal (for example
 * CATALOG.OWN_DRAFT, CATALOG.SAME_REVIEWER) is shown on the page.
 */
import { Alert, App, Button, Card, Collapse, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { STAGES, STAGE_ROLE, nextStage, type ReviewStage } from '../../../domain/catalog-terms';
import { ErrorAlert, useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import type { VersionDetail } from '../../api/types';
import { reviewStagesOf } from '../../app/access';
import { DiffTable } from '../../components/DiffTable';
import { ItemDetail } from '../../components/ItemDetail';
import { Loaded } from '../../components/Loaded';
import { VersionHeader } from '../catalog/VersionHeader';
import { VersionEvents } from '../catalog/VersionEvents';
import { useItemNames } from '../catalog/useItemNames';
import { useInvalidateCatalog, useVersion, versionActions } from '../catalog/catalogApi';

const isReviewStage = (s: string): s is ReviewStage => s in STAGE_ROLE;

function PassModal({ open, onClose, onPass, pending, stage }: { open: boolean; onClose: () => void; onPass: (comment: string) => void; pending: boolean; stage: ReviewStage }) {
  const [comment, setComment] = useState('');
  const next = nextStage(stage);
  return (
    <Modal
      open={open}
      title={`通过“${STAGES[stage]}”`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={pending} onClick={() => onPass(comment.trim())} data-testid="review-pass-confirm">
            确认通过
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        通过后该版本将进入“{STAGES[next]}”{next === 'confirmed' ? '，并立即在政务服务网公开' : ''}。
      </Typography.Paragraph>
      <Input.TextArea
        rows={3}
        maxLength={1000}
        placeholder="审核意见（可选）"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        data-testid="review-comment"
      />
    </Modal>
  );
}

function ReturnModal({ open, onClose, onReturn, pending }: { open: boolean; onClose: () => void; onReturn: (reason: string) => void; pending: boolean }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title="退回修改"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button danger type="primary" loading={pending} onClick={() => form.submit()} data-testid="review-return-confirm">
            确认退回
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => onReturn(v.reason.trim())} preserve={false}>
        <Form.Item name="reason" label="退回理由" rules={[{ required: true, whitespace: true, message: '请填写退回理由，起草人将据此修改' }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="review-return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Review({ version }: { version: VersionDetail }) {
  const me = useMe();
  const names = useItemNames(version.data);
  const navigate = useNavigate();
  const invalidate = useInvalidateCatalog();
  const showError = useApiError();
  const { message } = App.useApp();
  const [modal, setModal] = useState<'pass' | 'return' | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);

  const stage = isReviewStage(version.stage) ? version.stage : null;
  const myStage = stage !== null && reviewStagesOf(me.data).includes(stage);
  const ownDraft = me.data?.id === version.authorId;
  const queuePath = stage ? `/admin/review?stage=${stage}` : '/admin/review';

  const onDone = async (text: string) => {
    setModal(null);
    setRefusal(null);
    message.success(text);
    await invalidate();
    navigate(queuePath);
  };
  const onRefused = (e: unknown) => {
    setModal(null);
    setRefusal(e);
    showError(e);
  };
  const pass = useMutation({
    mutationFn: (comment: string) => versionActions.pass(version.id, version.rev, comment || undefined),
    onSuccess: () => onDone(stage && nextStage(stage) === 'confirmed' ? '已终审确认，事项已发布' : '已通过，进入下一环节'),
    onError: onRefused,
  });
  const sendBack = useMutation({
    mutationFn: (reason: string) => versionActions.returnToDraft(version.id, version.rev, reason),
    onSuccess: () => onDone('已退回起草人修改'),
    onError: onRefused,
  });

  return (
    <div>
      <VersionHeader
        version={version}
        back={{ to: queuePath, label: '队列' }}
        testIds={{ title: 'review-title', stage: 'review-stage' }}
        actions={
          stage ? (
            <>
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setModal('pass')} disabled={!myStage} data-testid="review-pass">
                通过
              </Button>
              <Button danger icon={<UndoOutlined />} onClick={() => setModal('return')} disabled={!myStage} data-testid="review-return">
                退回
              </Button>
            </>
          ) : (
            <Tag>该版本不在审核环节</Tag>
          )
        }
      />

      {stage && !myStage ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`“${STAGES[stage]}”需要相应审核角色，您只能查看。`} />
      ) : null}
      {myStage && ownDraft ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="这是您起草的版本：按规定不能审核自己起草的版本。" data-testid="review-own-draft" />
      ) : null}
      <ErrorAlert error={refusal} testId="review-error" />

      <Card
        size="small"
        title={<span data-testid="review-changes-title">本次修改（与已发布版本对比，{version.changes.length} 处）</span>}
        style={{ marginBottom: 16, borderColor: '#1558a8' }}
      >
        <DiffTable changes={version.changes} testId="review-diff" emptyText="与已发布版本相比没有改动（或为新增事项的首个版本）" />
      </Card>

      <Collapse
        defaultActiveKey={['events']}
        items={[
          { key: 'events', label: '流转记录', children: <VersionEvents events={version.events} /> },
          { key: 'item', label: '完整事项内容（只读）', children: <ItemDetail item={version.data} names={names} filterBySituation={false} /> },
        ]}
        style={{ marginBottom: 16 }}
      />

      {stage ? (
        <>
          <PassModal open={modal === 'pass'} stage={stage} onClose={() => setModal(null)} onPass={(c) => pass.mutate(c)} pending={pass.isPending} />
          <ReturnModal open={modal === 'return'} onClose={() => setModal(null)} onReturn={(r) => sendBack.mutate(r)} pending={sendBack.isPending} />
        </>
      ) : null}
    </div>
  );
}

/** `/admin/review/:id`. */
export default function ReviewVersionPage() {
  const { id } = useParams();
  const version = useVersion(id);
  return (
    <Loaded query={version} rows={10}>
      {(v) => <Review version={v} />}
    </Loaded>
  );
}
