/**
 * 省平台对账 (`/admin/province`): what was pushed to the provincial platform (办件, 好差评) and its
 * e-licence library, what it acknowledged and what it rejected with its reason; an administrator
 * resends a rejected or failed record. On a phone the list is cards instead of a table.
 */
import { Alert, App, Button, Card, Descriptions, Input, List, Select, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useScreens } from '../../components/screens';
import { useState } from 'react';
import { ErrorAlert, useApiError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { KIND_NAMES, STATUS_TAGS, usePush, usePushes, useProvinceSummary, useResend, type Push, type PushKind, type PushStatus } from './provinceApi';

const resendable = (p: Push) => p.status === 'rejected' || p.status === 'failed';

/** Why a record is where it is: the receipt, the platform's reason with the fields it named, or the last failure. */
function Outcome({ p }: { p: Push }) {
  if (p.status === 'accepted') return <Typography.Text type="secondary">{`回执 ${p.receiptId ?? ''}`}</Typography.Text>;
  if (p.status === 'rejected')
    return (
      <Space orientation="vertical" size={0}>
        <Typography.Text type="danger" data-testid="province-reason">{p.reason}</Typography.Text>
        {p.fieldErrors.map((e) => (
          <Typography.Text key={`${e.field}${e.message}`} type="secondary" style={{ fontSize: 12 }}>{`${e.field}：${e.message}`}</Typography.Text>
        ))}
      </Space>
    );
  if (p.lastError) return <Typography.Text type="warning">{`${p.lastError}${p.nextAt ? `（下次 ${formatTime(p.nextAt)}）` : ''}`}</Typography.Text>;
  return <Typography.Text type="secondary">等待发送</Typography.Text>;
}

function RecordDetail({ id }: { id: number }) {
  const detail = usePush(id);
  if (detail.error) return <ErrorAlert error={detail.error} />;
  return (
    <Typography.Paragraph copyable style={{ margin: 0 }}>
      <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12, margin: 0 }}>{detail.data ? JSON.stringify(detail.data.record, null, 2) : '…'}</pre>
    </Typography.Paragraph>
  );
}

/** `/admin/province`. */
export default function ProvincePage() {
  const screens = useScreens();
  const [status, setStatus] = useState<PushStatus | undefined>(undefined);
  const [kind, setKind] = useState<PushKind | undefined>(undefined);
  const [subject, setSubject] = useState<string | undefined>(undefined);
  const summary = useProvinceSummary();
  const list = usePushes({ status, kind, subject });
  const resend = useResend();
  const showError = useApiError();
  const { message } = App.useApp();
  const doResend = (id: number) =>
    resend.mutate(id, {
      onSuccess: () => void message.success('已重新排入发送'),
      onError: (e) => showError(e),
    });
  const resendButton = (p: Push) =>
    resendable(p) ? (
      <Button type="link" size="small" onClick={() => doResend(p.id)} loading={resend.isPending && resend.variables === p.id} data-testid="province-resend">
        重发
      </Button>
    ) : null;
  const columns: TableColumnsType<Push> = [
    { title: '类别', dataIndex: 'kind', width: 90, render: (k: PushKind) => KIND_NAMES[k] },
    { title: '编号', dataIndex: 'subject', width: 170 },
    { title: '记录编号', dataIndex: 'recordId', width: 200 },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: PushStatus) => <Tag color={STATUS_TAGS[s].color}>{STATUS_TAGS[s].text}</Tag> },
    { title: '尝试', dataIndex: 'attempts', width: 60 },
    { title: '回执或原因', key: 'outcome', render: (_, p) => <Outcome p={p} /> },
    { title: '产生时间', dataIndex: 'createdAt', width: 140, render: (t: string) => formatTime(t) },
    { title: '操作', key: 'ops', width: 70, render: (_, p) => resendButton(p) },
  ];
  return (
    <>
      <PageHeader title="省平台对账" />
      {summary.data && !summary.data.enabled ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="未配置省级平台（SHENPI_PROVINCE_URL），办件、好差评和电子证照不推送" data-testid="province-disabled" />
      ) : null}
      <Space size={screens.md ? 48 : 16} wrap style={{ marginBottom: 16 }} data-testid="province-summary">
        <Statistic title="待发送" value={summary.data?.pending ?? 0} />
        <Statistic title="已接收" value={summary.data?.accepted ?? 0} />
        <Statistic title="被拒收" value={summary.data?.rejected ?? 0} styles={{ content: { color: summary.data?.rejected ? '#cf1322' : undefined } }} />
        <Statistic title="重试失败" value={summary.data?.failed ?? 0} />
      </Space>
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Select<PushStatus>
          style={{ width: 140 }}
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS_TAGS).map(([value, t]) => ({ value: value as PushStatus, label: t.text }))}
          data-testid="province-status-filter"
        />
        <Select<PushKind> style={{ width: 130 }} allowClear placeholder="全部类别" aria-label="类别" value={kind} onChange={setKind} options={Object.entries(KIND_NAMES).map(([value, label]) => ({ value: value as PushKind, label }))} />
        <Input.Search allowClear placeholder="办件编号或证照编号" aria-label="办件编号或证照编号" style={{ width: 220 }} onSearch={(v) => setSubject(v.trim() || undefined)} />
      </Space>
      {list.error && <ErrorAlert error={list.error} />}
      {screens.md ? (
        <Table rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} columns={columns} expandable={{ expandedRowRender: (p) => <RecordDetail id={p.id} /> }} data-testid="province-pushes" />
      ) : (
        <List
          loading={list.isPending}
          dataSource={list.data ?? []}
          data-testid="province-pushes"
          renderItem={(p) => (
            <List.Item style={{ borderBlockEnd: 'none', padding: '0 0 8px' }}>
              <Card size="small" style={{ width: '100%' }} title={<Space size={4}><Tag color={STATUS_TAGS[p.status].color}>{STATUS_TAGS[p.status].text}</Tag>{KIND_NAMES[p.kind]}</Space>} extra={resendButton(p)}>
                <Descriptions size="small" column={1} items={[
                  { key: 'subject', label: '编号', children: p.subject },
                  { key: 'record', label: '记录', children: <Typography.Text style={{ wordBreak: 'break-all' }}>{p.recordId}</Typography.Text> },
                  { key: 'outcome', label: '结果', children: <Outcome p={p} /> },
                  { key: 'at', label: '产生', children: formatTime(p.createdAt) },
                ]} />
              </Card>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
