/**
 * `/admin/licences` 证照管理: the licences staff may see, filtered by holder id, item and status
 * (in the URL); a drawer (`?no=`) with the licence, its versions and, for licence.manage,
 * 暂停 / 恢复 / 撤销 / 注销 with a reason.
 */
import { Alert, Button, Col, Descriptions, Drawer, Form, Input, Modal, Space, Table, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import { useScreens } from '../../components/screens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LICENCE_ACTIONS, nextLicenceStatus, type LicenceAction } from '../../../domain/licence';
import { isApiStatus } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe, useOrgNames } from '../../api/queries';
import { can } from '../../app/access';
import { FilterSelect } from '../../components/FilterSelect';
import { Loaded } from '../../components/Loaded';
import { FilterBar, PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { UrlSearchBox } from '../../components/SearchBox';
import { exchangeApi, INBOUND_STATUS, INBOUND_TYPE_NAMES, type InboundMessage } from '../exchange/exchangeApi';
import { formatTime } from '../../components/format';
import { useUrlPaging } from '../../components/paging';
import { dataTestId, testIdAttrs } from '../../components/testId';
import { LICENCE_STATE_WORDS, LICENCE_STATUS_OPTIONS, LicenceLinks, LicenceStatusTag, validityText } from './LicenceBits';
import { actOnLicence, useLicence, useLicences, type Licence, type LicenceDetail } from './licencesApi';

const ACTION_ORDER: LicenceAction[] = ['suspend', 'restore', 'revoke', 'cancel'];

/** The reason dialog of one action; a 409 (the licence moved on) shows the server's words and reloads it. */
function ActionDialog({ licence, action, onClose }: { licence: Licence; action: LicenceAction; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const client = useQueryClient();
  const showError = useApiError();
  const act = useMutation({
    mutationFn: (reason: string) => actOnLicence(licence.no, action, reason),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['licences'] });
      onClose();
    },
    onError: (e) => {
      showError(e, form);
      if (isApiStatus(e, 409)) {
        void client.invalidateQueries({ queryKey: ['licences'] });
        onClose();
      }
    },
  });
  const label = LICENCE_ACTIONS[action];
  return (
    <Modal
      open
      title={`${label}证照 ${licence.no}`}
      okText={`确认${label}`}
      okButtonProps={{ ...dataTestId<ButtonProps>('licence-action-confirm'), danger: action === 'revoke' || action === 'cancel', loading: act.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {licence.holder} · {licence.item}。{label}后，公开核验页面立即显示新的状态和理由。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => act.mutate(v.reason.trim())} data-testid="licence-action-form">
        <Form.Item name="reason" label={`${label}理由`} rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 1000 }]}>
          <Input.TextArea rows={4} autoFocus placeholder="如：经现场检查，经营场所不符合许可条件" data-testid="licence-action-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LicenceFacts({ l }: { l: LicenceDetail }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 128, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'no', label: '证照编号', children: <Typography.Text copyable>{l.no}</Typography.Text> },
        { key: 'type', label: '证照类型', children: l.type },
        { key: 'status', label: '状态', children: <Space wrap><LicenceStatusTag status={l.status} />{l.statusOn ? <span>{l.statusOn}</span> : null}</Space> },
        ...(l.statusReason ? [{ key: 'reason', label: '状态理由', children: <span data-testid="licence-status-reason">{l.statusReason}{l.statusBy ? `（${l.statusBy}）` : ''}</span> }] : []),
        { key: 'holder', label: '持证主体', children: l.holder },
        { key: 'holderId', label: l.holderKind === 'organisation' ? '统一社会信用代码' : '身份证号', children: l.holderId },
        { key: 'item', label: '许可事项', children: l.item },
        { key: 'scope', label: '许可范围', children: l.scope },
        { key: 'conditions', label: '许可条件', children: l.conditions.length ? l.conditions.join('；') : '—' },
        { key: 'issuer', label: '发证机关', children: l.issuer },
        { key: 'issuedOn', label: '发证日期', children: l.issuedOn },
        { key: 'validity', label: '有效期', children: validityText(l) },
        { key: 'case', label: '办件编号', children: l.caseNo },
        { key: 'key', label: '签名密钥', children: <Typography.Text code>{l.keyId}</Typography.Text> },
      ]}
    />
  );
}

/** What a regulator's message says, in one line. */
const messageText = (m: Record<string, unknown>) => ['summary', 'reason', 'result', 'decision', 'amount'].map((k) => m[k]).filter((v) => typeof v === 'string' || typeof v === 'number').join('；');

/** How the bureau dealt with a message: its status, and who decided a revocation request and why. */
function InboundOutcome({ m }: { m: InboundMessage }) {
  const s = INBOUND_STATUS[m.status];
  return (
    <Space direction="vertical" size={0}>
      <Tag color={s.color}>{s.text}</Tag>
      {m.decidedBy ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${m.decidedBy}：${m.decisionNote ?? ''}`}</Typography.Text> : null}
    </Space>
  );
}

/**
 * Revocation requests waiting for the bureau (谁审批谁负责: revoking is the bureau's decision; the
 * regulator asks). Confirming revokes the licence with the regulator's reason and the officer's note.
 */
function RevocationRequests({ onOpen }: { onOpen: (no: string) => void }) {
  const awaiting = useQuery({ queryKey: ['exchange', 'inbound', 'awaiting'], queryFn: ({ signal }) => exchangeApi.inbound(signal, { status: 'awaiting_confirmation' }) });
  const [deciding, setDeciding] = useState<{ m: InboundMessage; decision: 'confirm' | 'decline' } | null>(null);
  const names = useOrgNames();
  const items = awaiting.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`监管部门请求吊销证照 ${items.length} 件，待审批局确认`}
      data-testid="revocation-requests"
      description={
        <>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={items}
            onRow={(m) => testIdAttrs('revocation-request', { message: m.messageId })}
            columns={[
              { title: '收到', dataIndex: 'receivedAt', width: 150, render: (t: string) => formatTime(t) },
              { title: '监管部门', dataIndex: 'departmentCode', render: (c: string) => names.department(c) },
              { title: '证照编号', dataIndex: 'licenceNo', render: (no: string) => <Typography.Link onClick={() => onOpen(no)}>{no}</Typography.Link> },
              { title: '理由', dataIndex: 'message', render: (m: Record<string, unknown>) => messageText(m) || '—' },
              {
                title: '',
                key: 'decide',
                width: 200,
                render: (_: unknown, m: InboundMessage) => (
                  <Space>
                    <Button size="small" danger onClick={() => setDeciding({ m, decision: 'confirm' })} data-testid="revocation-confirm">
                      确认吊销
                    </Button>
                    <Button size="small" onClick={() => setDeciding({ m, decision: 'decline' })} data-testid="revocation-decline">
                      不予采纳
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
          {deciding ? <DecisionDialog {...deciding} onClose={() => setDeciding(null)} /> : null}
        </>
      }
    />
  );
}

function DecisionDialog({ m, decision, onClose }: { m: InboundMessage; decision: 'confirm' | 'decline'; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const client = useQueryClient();
  const showError = useApiError();
  const decide = useMutation({
    mutationFn: (note: string) => exchangeApi.decide(m.id, decision, note),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['exchange'] });
      void client.invalidateQueries({ queryKey: ['licences'] });
      onClose();
    },
    onError: (e) => {
      showError(e, form);
      if (isApiStatus(e, 409)) {
        void client.invalidateQueries({ queryKey: ['exchange'] });
        onClose();
      }
    },
  });
  const confirm = decision === 'confirm';
  return (
    <Modal
      open
      title={confirm ? `确认吊销证照 ${m.licenceNo ?? ''}` : '不予采纳吊销请求'}
      okText={confirm ? '确认吊销' : '不予采纳'}
      okButtonProps={{ ...dataTestId<ButtonProps>('revocation-decision-ok'), danger: confirm, loading: decide.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {confirm ? '确认后证照立即吊销，公开核验页面显示吊销状态和理由，并通知监管部门。' : '证照状态不变；监管部门可在其反馈记录中看到不予采纳的理由。'}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => decide.mutate(v.note.trim())}>
        <Form.Item name="note" label={confirm ? '审批局意见' : '不予采纳的理由'} rules={[{ required: true, whitespace: true, message: '请填写' }, { max: 500 }]}>
          <Input.TextArea rows={3} autoFocus data-testid="revocation-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Inspection results, penalties and requests the regulators sent about a licence (数据共享交换). */
function RegulatorFeedback({ no }: { no: string }) {
  const feedback = useQuery({ queryKey: ['exchange', 'inbound', no], queryFn: ({ signal }) => exchangeApi.inbound(signal, { licenceNo: no }) });
  const items = feedback.data?.items ?? [];
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        监管反馈
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={feedback.isPending}
        dataSource={items}
        data-testid="licence-feedback"
        locale={{ emptyText: '监管部门尚无反馈' }}
        columns={[
          { title: '收到', dataIndex: 'receivedAt', width: 150, render: (t: string) => formatTime(t) },
          { title: '类型', dataIndex: 'type', width: 90, render: (t: string) => INBOUND_TYPE_NAMES[t] ?? t },
          { title: '内容', dataIndex: 'message', render: (m: Record<string, unknown>) => messageText(m) || '—' },
          { title: '处理', dataIndex: 'status', width: 140, render: (_: string, r: InboundMessage) => <InboundOutcome m={r} /> },
        ]}
      />
    </>
  );
}

/** The drawer of one licence. */
function LicenceDrawer({ no, onClose }: { no: string | null; onClose: () => void }) {
  const licence = useLicence(no);
  const me = useMe();
  const screens = useScreens();
  const [action, setAction] = useState<LicenceAction | null>(null);
  const l = licence.data;
  const manage = can(me.data, 'licence.manage');
  return (
    <Drawer open={!!no} onClose={onClose} title={no ? `证照 ${no}` : ''} size={screens.md ? 640 : '100%'} destroyOnHidden>
      <Loaded query={licence} rows={8}>
        {(d) => (
          <div data-testid="licence-drawer" data-no={d.no} data-status={d.status}>
            {manage ? (
              <Space wrap style={{ marginBottom: 12 }}>
                {ACTION_ORDER.filter((a) => nextLicenceStatus(d.status, a) !== null).map((a) => (
                  <Button key={a} danger={a === 'revoke' || a === 'cancel'} type={a === 'restore' ? 'primary' : 'default'} onClick={() => setAction(a)} data-testid={`licence-action-${a}`}>
                    {LICENCE_ACTIONS[a]}
                  </Button>
                ))}
              </Space>
            ) : null}
            <div style={{ marginBottom: 12 }}>
              <LicenceLinks licence={d} />
            </div>
            <LicenceFacts l={d} />
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
              版本
            </Typography.Title>
            <Table
              size="small"
              rowKey="version"
              pagination={false}
              dataSource={d.versions}
              data-testid="licence-versions"
              onRow={(v) => testIdAttrs('licence-version', { version: String(v.version), status: v.status })}
              columns={[
                { title: '版本', dataIndex: 'version', width: 64 },
                { title: '状态', dataIndex: 'status', render: (s: Licence['status']) => LICENCE_STATE_WORDS[s] },
                { title: '办件', dataIndex: 'caseNo' },
                { title: '生成时间', dataIndex: 'at', render: (t: string) => formatTime(t) },
              ]}
            />
            {manage ? <RegulatorFeedback no={d.no} /> : null}
          </div>
        )}
      </Loaded>
      {l && action ? <ActionDialog licence={l} action={action} onClose={() => setAction(null)} /> : null}
    </Drawer>
  );
}

/** `/admin/licences`. */
export default function LicencesPage() {
  const paging = useUrlPaging(20);
  const { params } = paging;
  const query = { holderId: params.get('holderId') ?? '', item: params.get('item') ?? '', status: params.get('status') ?? '', page: paging.page, pageSize: paging.pageSize };
  const list = useLicences(query);
  const [, setParams] = useSearchParams();
  const open = params.get('no');
  /** Opens (or closes) the drawer of licence `no`, keeping the list's page and filters. */
  const show = (no: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (no) next.set('no', no);
      else next.delete('no');
      return next;
    });
  const columns: TableColumnsType<Licence> = [
    {
      title: '证照编号',
      dataIndex: 'no',
      width: 170,
      render: (no: string) => (
        <Typography.Link onClick={() => show(no)} data-testid="licence-row-link" data-no={no}>
          {no}
        </Typography.Link>
      ),
    },
    { title: '持证主体', dataIndex: 'holder', render: (h: string, l) => <div>{h}<div style={{ color: '#595959', fontSize: 12 }}>{l.holderId}</div></div> },
    { title: '许可事项', dataIndex: 'item' },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: Licence['status']) => <LicenceStatusTag status={s} testId="licence-row-status" /> },
    { title: '有效期', key: 'validity', width: 220, render: (_: unknown, l) => validityText(l) },
    { title: '发证日期', dataIndex: 'issuedOn', width: 110 },
  ];
  return (
    <div>
      <PageHeader title="证照管理" />
      <RevocationRequests onOpen={show} />
      <FilterBar>
        <Col xs={24} md={8}>
          <UrlSearchBox paging={paging} name="holderId" placeholder="持证主体证件号（统一社会信用代码/身份证号）" testId="licences-holder" />
        </Col>
        <Col xs={24} md={8}>
          <UrlSearchBox paging={paging} name="item" placeholder="许可事项名称" testId="licences-item" />
        </Col>
        <Col xs={12} md={5}>
          <FilterSelect label="证照状态" value={query.status} options={LICENCE_STATUS_OPTIONS} onChange={(v) => paging.setFilter('status', v)} testId="licences-status" />
        </Col>
      </FilterBar>
      <PagedTable<Licence>
        rowKey={(l) => `${l.no}-${l.version}`}
        size="small"
        columns={columns}
        list={list}
        paging={paging}
        totalText={(t) => `共 ${t} 张`}
        scroll={{ x: 900 }}
        testId="licences-table"
        onRow={(l) => testIdAttrs('licence-row', { no: l.no, status: l.status })}
      />
      <LicenceDrawer no={open} onClose={() => show(null)} />
    </div>
  );
}
