/**
 * `/admin/catalog/new` and `/admin/catalog/versions/:id`: edit a draft (梳理保留), save it with
 * its `rev`, submit it for 初审, or withdraw it; see its stage history and its diff against
 * the confirmed version. Versions past the draft stage are shown read-only.
 */
import { Alert, App, Badge, Button, Card, Form, Popconfirm, Result, Select, Space, Tabs, Tag, Typography, type ButtonProps } from 'antd';
import { SaveOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { STAGE_ROLE } from '../../../domain/catalog-terms';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import type { CreateVersionBody, VersionDetail } from '../../api/types';
import { canEditCatalog, reviewStagesOf } from '../../app/access';
import { DiffTable } from '../../components/DiffTable';
import { ItemDetail } from '../../components/ItemDetail';
import { LinkButton } from '../../components/LinkButton';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { stageLabel } from '../../components/labels';
import { dataTestId } from '../../components/testId';
import { ItemFormFields, NEW_ITEM, toFormValues, toItemData, type ItemFormValues } from './ItemForm';
import { VersionEvents, eventStage } from './VersionEvents';
import { VersionHeader } from './VersionHeader';
import { useItemNames } from './useItemNames';
import { catalogKeys, useBatches, useInvalidateCatalog, useVersion, versionActions } from './catalogApi';

/** The last send-back of a version, if its latest event is one. */
function lastReturn(v: VersionDetail) {
  const last = v.events[v.events.length - 1];
  return last && last.action.startsWith('return') ? last : null;
}

function NewVersion() {
  const [form] = Form.useForm<ItemFormValues>();
  const [batchId, setBatchId] = useState<string | undefined>();
  const batches = useBatches();
  const navigate = useNavigate();
  const showError = useApiError();
  const invalidate = useInvalidateCatalog();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (values: ItemFormValues) => {
      const body: CreateVersionBody = { data: toItemData(values) };
      if (batchId) body.batchId = batchId;
      return api.post<VersionDetail>('/catalog/versions', body);
    },
    onSuccess: async (v) => {
      message.success('已创建草稿');
      await invalidate();
      navigate(`/admin/catalog/versions/${encodeURIComponent(v.id)}`, { replace: true });
    },
    onError: (e) => showError(e, form),
  });
  return (
    <div>
      <DetailHeader
        back={{ to: '/admin/catalog', label: '返回' }}
        title="新建事项"
        actions={
          <>
            <Select
              allowClear
              placeholder="放入清理批次（可选）"
              aria-label="放入清理批次（可选）"
              style={{ width: 220 }}
              value={batchId}
              onChange={setBatchId}
              options={(batches.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
            <Button type="primary" icon={<SaveOutlined />} loading={create.isPending} onClick={() => form.submit()} data-testid="version-save">
              保存草稿
            </Button>
          </>
        }
      />
      <Form<ItemFormValues> form={form} layout="vertical" initialValues={NEW_ITEM} onFinish={(v) => create.mutate(v)} scrollToFirstError data-testid="item-form">
        <ItemFormFields form={form} />
      </Form>
    </div>
  );
}

function DraftEditor({ version }: { version: VersionDetail }) {
  const [form] = Form.useForm<ItemFormValues>();
  const [dirty, setDirty] = useState(false);
  const client = useQueryClient();
  const invalidate = useInvalidateCatalog();
  const showError = useApiError();
  const { message } = App.useApp();
  const navigate = useNavigate();

  /** Saves the form (if changed, or always when `force`) and answers the rev to use next. */
  const saveIfDirty = async (force = false): Promise<number> => {
    if (!dirty && !force) return version.rev;
    const values = await form.validateFields();
    const saved = await api.put<VersionDetail>(`/catalog/versions/${encodeURIComponent(version.id)}`, {
      data: toItemData(values, version.data),
      rev: version.rev,
    });
    setDirty(false);
    client.setQueryData(catalogKeys.version(version.id), (old: VersionDetail | undefined) => (old ? { ...old, ...saved } : saved));
    await invalidate();
    return saved.rev;
  };

  const save = useMutation({
    mutationFn: () => saveIfDirty(true),
    onSuccess: () => message.success('已保存'),
    onError: (e) => showError(e, form),
  });
  const submit = useMutation({
    mutationFn: async () => versionActions.submit(version.id, await saveIfDirty()),
    onSuccess: async () => {
      message.success('已提交初审');
      await invalidate();
    },
    onError: (e) => showError(e, form),
  });
  const withdraw = useMutation({
    mutationFn: () => versionActions.withdraw(version.id, version.rev),
    onSuccess: async () => {
      message.success('已撤回该版本');
      await invalidate();
      navigate('/admin/catalog');
    },
    onError: (e) => showError(e),
  });
  const busy = save.isPending || submit.isPending || withdraw.isPending;
  const returned = lastReturn(version);

  return (
    <>
      {returned ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${stageLabel(eventStage(returned))}退回（${returned.actorName}）`}
          description={returned.reason ? `退回理由：${returned.reason}` : undefined}
          data-testid="version-returned"
        />
      ) : null}
      <Card size="small" style={{ marginBottom: 16, position: 'sticky', top: 0, zIndex: 5 }}>
        <Space wrap>
          <Button type="primary" icon={<SaveOutlined />} onClick={() => save.mutate()} loading={save.isPending} disabled={busy && !save.isPending} data-testid="version-save">
            保存
          </Button>
          <Popconfirm title="提交初审？" description={dirty ? '未保存的修改将先保存。' : '提交后不能再编辑，除非被退回。'} onConfirm={() => submit.mutate()} okText="提交" cancelText="取消" okButtonProps={dataTestId<ButtonProps>('version-submit-confirm')}>
            <Button icon={<SendOutlined />} loading={submit.isPending} disabled={busy && !submit.isPending} data-testid="version-submit">
              提交初审
            </Button>
          </Popconfirm>
          <Popconfirm title="撤回该版本？" description="撤回后该版本作废，已发布的版本不受影响。" onConfirm={() => withdraw.mutate()} okText="撤回" cancelText="取消" okButtonProps={{ danger: true }}>
            <Button danger icon={<StopOutlined />} loading={withdraw.isPending} disabled={busy && !withdraw.isPending} data-testid="version-withdraw">
              撤回
            </Button>
          </Popconfirm>
          {dirty ? <Tag color="orange">有未保存的修改</Tag> : <Tag>已保存 · rev {version.rev}</Tag>}
        </Space>
      </Card>
      <Form<ItemFormValues>
        key={version.id}
        form={form}
        layout="vertical"
        initialValues={toFormValues(version.data)}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError
        data-testid="item-form"
      >
        <ItemFormFields form={form} />
      </Form>
    </>
  );
}

function ExistingVersion({ id }: { id: string }) {
  const me = useMe();
  const version = useVersion(id);
  const names = useItemNames(version.data?.data);
  return (
    <Loaded query={version} rows={12}>
      {(v) => {
        const editable = v.stage === 'draft' && canEditCatalog(me.data);
        const reviewable = v.stage in STAGE_ROLE && reviewStagesOf(me.data).some((s) => s === v.stage);
        return (
          <div>
            <VersionHeader
              version={v}
              back={{ to: '/admin/catalog', label: '返回' }}
              testIds={{ title: 'version-title', stage: 'version-stage' }}
              actions={
                <>
                  {reviewable ? (
                    <LinkButton to={`/admin/review/${encodeURIComponent(v.id)}`} type="primary">
                      去审核
                    </LinkButton>
                  ) : null}
                  {v.stage === 'confirmed' ? (
                    <Link to={`/items/${encodeURIComponent(v.itemCode)}`} target="_blank">
                      查看公开页
                    </Link>
                  ) : null}
                </>
              }
            />
            <Tabs
              defaultActiveKey="content"
              items={[
                {
                  key: 'content',
                  label: editable ? '编辑内容' : '事项内容',
                  children: editable ? <DraftEditor version={v} /> : <ItemDetail item={v.data} names={names} filterBySituation={false} />,
                },
                {
                  key: 'changes',
                  label: (
                    <span data-testid="version-tab-changes">
                      与已发布版本对比 <Badge count={v.changes.length} showZero color={v.changes.length ? '#1558a8' : '#767676'} />
                    </span>
                  ),
                  children: (
                    <>
                      {editable ? <Typography.Paragraph type="secondary">对比的是已保存的内容。</Typography.Paragraph> : null}
                      <DiffTable changes={v.changes} testId="version-changes" />
                    </>
                  ),
                },
                {
                  key: 'events',
                  label: <span data-testid="version-tab-events">流转记录</span>,
                  children: <VersionEvents events={v.events} />,
                },
              ]}
            />
          </div>
        );
      }}
    </Loaded>
  );
}

/** The editor page; without an id it creates a new item (editors only). */
export default function VersionEditorPage() {
  const { id } = useParams();
  const me = useMe();
  if (id) return <ExistingVersion id={id} />;
  if (!canEditCatalog(me.data)) return <Result status="403" title="只有事项编辑人员可以新建事项" />;
  return <NewVersion />;
}
