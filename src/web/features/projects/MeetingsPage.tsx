/**
 * `/admin/meetings` (联席会议): the meetings the user's department takes part in (chiefs and the
 * director: all) and the follow-ups they own, and the standing meetings (联席会议制度) a coordinator
 * calls here; `/admin/meetings/:id` one meeting — agenda, participants, minutes with one decision
 * per case (a standing meeting: per topic), follow-ups with owners and due days.
 */
import { Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import { can } from '../../app/access';
import { Loaded } from '../../components/Loaded';
import { DetailHeader, PageHeader } from '../../components/PageHeader';
import { testIdAttrs } from '../../components/testId';
import { CallMeetingDialog } from './ProjectsPage';
import { FOLLOWUP_STATES, TOPIC_KINDS, useMeeting, useMeetings, type Followup, type Meeting, type MeetingSummary } from './projectsApi';

const FollowupTag = ({ state }: { state: Followup['state'] }) => (
  <Tag color={FOLLOWUP_STATES[state][1]} data-testid="followup-state" data-state={state}>
    {FOLLOWUP_STATES[state][0]}
  </Tag>
);

/** Marks a follow-up done, with a note. */
function useComplete(onDone?: () => void) {
  const client = useQueryClient();
  const onError = useApiError();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => api.post<Meeting>(`/followups/${id}/done`, { note }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['meetings'] });
      onDone?.();
    },
    onError: (e) => onError(e),
  });
}

function CompleteButton({ f }: { f: Followup }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const done = useComplete(() => setOpen(false));
  if (!f.mayComplete) return null;
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="followup-done">
        办结
      </Button>
      <Modal title={`办结：${f.task}`} open={open} onCancel={() => setOpen(false)} onOk={() => done.mutate({ id: f.id, note })} confirmLoading={done.isPending}>
        <Input.TextArea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} placeholder="办理结果" />
      </Modal>
    </>
  );
}

/** The list page. */
export default function MeetingsPage() {
  const meetings = useMeetings();
  const me = useMe();
  const [calling, setCalling] = useState(false);
  return (
    <div>
      <PageHeader
        title="联席会议"
        extra={
          can(me.data, 'project.coordinate') ? (
            <Button type="primary" onClick={() => setCalling(true)} data-testid="meeting-call-standing">
              召集例会
            </Button>
          ) : null
        }
      />
      <CallMeetingDialog target={{ standing: true }} open={calling} onClose={() => setCalling(false)} defaults={[]} />
      <Loaded query={meetings}>
        {(d) => (
          <>
            <Card size="small" title="我负责的督办事项" style={{ marginBottom: 16 }} data-testid="my-followups">
              {d.myFollowups.length ? (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={d.myFollowups}
                  columns={[
                    { title: '事项', dataIndex: 'task' },
                    { title: '会议', render: (_, f) => <Link to={`/admin/meetings/${f.meetingId}`}>{f.meetingTitle}</Link> },
                    { title: '办理期限', dataIndex: 'dueDate' },
                    { title: '状态', render: (_, f) => <FollowupTag state={f.state} /> },
                    { title: '', render: (_, f) => <CompleteButton f={f} /> },
                  ]}
                />
              ) : (
                <Empty description="没有督办事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </Card>
            <Card size="small" title="会议">
              <Table<MeetingSummary>
                rowKey="id"
                size="small"
                dataSource={d.items}
                scroll={{ x: 800 }}
                onRow={(m) => testIdAttrs('meeting-row', { id: m.id })}
                columns={[
                  { title: '会议', render: (_, m) => <Link to={`/admin/meetings/${m.id}`}>{m.title}</Link> },
                  { title: '日期', dataIndex: 'meetingDate' },
                  {
                    title: '针对',
                    render: (_, m) => (m.standing ? <Tag color="purple">{`例会 · ${m.topics} 项议题`}</Tag> : m.project ? <Link to={`/admin/projects/${m.project.id}`}>{m.project.code}</Link> : m.caseNo),
                  },
                  { title: '参会单位', render: (_, m) => m.departments.join('、') },
                  { title: '纪要', render: (_, m) => (m.held ? <Tag color="green">已形成</Tag> : <Tag>待召开</Tag>) },
                  {
                    title: '督办',
                    render: (_, m) => (
                      <Space size={4}>
                        {m.openFollowups ? <Tag color="blue">未办结 {m.openFollowups}</Tag> : null}
                        {m.overdueFollowups ? <Tag color="red">逾期 {m.overdueFollowups}</Tag> : null}
                      </Space>
                    ),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </Loaded>
    </div>
  );
}

interface MinutesValues {
  minutes: string;
  decisions: Record<string, string>;
  topics: Record<string, string>;
}
interface FollowupValues {
  task: string;
  ownerUserId: string;
  dueDate: Dayjs;
  topicSeq?: number;
}

/** The minutes editor: the text and one decision line per case. */
function MinutesForm({ m, onDone }: { m: Meeting; onDone: () => void }) {
  const [form] = Form.useForm<MinutesValues>();
  const client = useQueryClient();
  const onError = useApiError();
  const save = useMutation({
    mutationFn: (v: MinutesValues) =>
      api.put<Meeting>(`/meetings/${m.id}/minutes`, {
        minutes: v.minutes,
        decisions: m.cases.filter((c) => v.decisions?.[c.caseNo]?.trim()).map((c) => ({ caseNo: c.caseNo, decision: v.decisions[c.caseNo]?.trim() })),
        topicDecisions: m.topics.filter((t) => v.topics?.[String(t.seq)]?.trim()).map((t) => ({ seq: t.seq, decision: v.topics[String(t.seq)]?.trim() })),
        rev: m.rev,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['meetings'] });
      onDone();
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Form<MinutesValues>
      form={form}
      layout="vertical"
      initialValues={{
        minutes: m.minutes ?? '',
        decisions: Object.fromEntries(m.decisions.map((d) => [d.caseNo, d.decision])),
        topics: Object.fromEntries(m.topics.map((t) => [String(t.seq), t.decision ?? ''])),
      }}
      onFinish={(v) => save.mutate(v)}
      data-testid="minutes-form"
    >
      <Form.Item name="minutes" label="会议纪要" rules={[{ required: true, message: '请填写纪要' }]}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
      {m.cases.map((c) => (
        <Form.Item key={c.caseNo} name={['decisions', c.caseNo]} label={`议定意见：${c.itemName}（${c.caseNo}，${c.departmentName}）`}>
          <Input maxLength={2000} data-testid="minutes-decision" data-case-no={c.caseNo} />
        </Form.Item>
      ))}
      {m.topics.map((t) => (
        <Form.Item key={t.seq} name={['topics', String(t.seq)]} label={`议定意见：${t.seq}. ${t.title}`}>
          <Input maxLength={2000} data-testid="minutes-topic-decision" data-seq={t.seq} />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="minutes-save">
        保存纪要
      </Button>
    </Form>
  );
}

function AddFollowup({ m }: { m: Meeting }) {
  const [form] = Form.useForm<FollowupValues>();
  const client = useQueryClient();
  const onError = useApiError();
  const add = useMutation({
    mutationFn: ({ dueDate, ...v }: FollowupValues) => api.post<Meeting>(`/meetings/${m.id}/followups`, { ...v, dueDate: dueDate.format('YYYY-MM-DD') }),
    onSuccess: () => {
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['meetings'] });
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Form<FollowupValues> form={form} layout="inline" onFinish={(v) => add.mutate(v)} style={{ marginTop: 12, rowGap: 8 }} data-testid="followup-form">
      <Form.Item name="task" rules={[{ required: true, message: '请填写督办事项' }]}>
        <Input placeholder="督办事项" maxLength={1000} style={{ width: 280 }} />
      </Form.Item>
      <Form.Item name="ownerUserId" rules={[{ required: true, message: '请选择责任人' }]}>
        <Select placeholder="责任人" aria-label="责任人" style={{ width: 220 }} showSearch={{ optionFilterProp: 'label' }} options={m.participants.map((p) => ({ value: p.userId, label: `${p.name}` }))} />
      </Form.Item>
      <Form.Item name="dueDate" rules={[{ required: true, message: '请选择期限' }]}>
        <DatePicker placeholder="办理期限" />
      </Form.Item>
      {m.standing && (
        <Form.Item name="topicSeq">
          <Select placeholder="落实议题（可选）" allowClear style={{ width: 200 }} options={m.topics.map((t) => ({ value: t.seq, label: `${t.seq}. ${t.title}` }))} />
        </Form.Item>
      )}
      <Button htmlType="submit" loading={add.isPending}>
        布置
      </Button>
    </Form>
  );
}

/** One meeting. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);
  return (
    <Loaded query={meeting}>
      {(m) => (
        <>
          <DetailHeader back={{ to: '/admin/meetings', label: '会议列表' }} title={m.title} titleTestId="meeting-title" meta={m.minutes !== null ? <Tag color="green">已形成纪要</Tag> : <Tag>待召开</Tag>}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
              <Descriptions.Item label="日期">{m.meetingDate}</Descriptions.Item>
              <Descriptions.Item label="地点">{m.location || '—'}</Descriptions.Item>
              <Descriptions.Item label="召集人">{m.calledBy}</Descriptions.Item>
              <Descriptions.Item label="针对">
                {m.standing ? (
                  '联席会议制度例会'
                ) : m.project ? (
                  <Link to={`/admin/projects/${m.project.id}`}>{`${m.project.code} ${m.project.name}`}</Link>
                ) : (
                  <Link to={`/admin/cases/${m.caseNo}`}>{m.caseNo}</Link>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="参会单位" span={2}>
                {m.departments.map((d) => d.name).join('、')}
              </Descriptions.Item>
            </Descriptions>
          </DetailHeader>
          <Card size="small" title="议程" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.agenda}</Typography.Paragraph>
          </Card>
          <Card
            size="small"
            title="会议纪要和议定事项"
            style={{ marginBottom: 16 }}
            data-testid="meeting-minutes"
            extra={m.mayEdit && !editing ? <Button size="small" onClick={() => setEditing(true)} data-testid="minutes-edit">{m.minutes === null ? '填写纪要' : '修改纪要'}</Button> : null}
          >
            {editing ? (
              <MinutesForm m={m} onDone={() => setEditing(false)} />
            ) : (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.minutes ?? '尚未形成纪要。'}</Typography.Paragraph>
                {m.standing ? (
                  <Table
                    rowKey="seq"
                    size="small"
                    pagination={false}
                    dataSource={m.topics}
                    scroll={{ x: 640 }}
                    onRow={(t) => testIdAttrs('meeting-topic', { seq: String(t.seq), kind: t.kind })}
                    columns={[
                      { title: '议题', render: (_, t) => `${t.seq}. ${t.title}` },
                      {
                        title: '关联',
                        render: (_, t) => (
                          <Space size={4} wrap>
                            <Tag>{TOPIC_KINDS[t.kind]}</Tag>
                            {t.kind === 'project' && t.ref ? <Link to={`/admin/projects/${t.ref}`}>{t.label}</Link> : t.kind === 'case' && t.ref ? <Link to={`/admin/cases/${t.ref}`}>{t.label}</Link> : t.kind === 'item' ? t.label : null}
                          </Space>
                        ),
                      },
                      { title: '议定意见', render: (_, t) => t.decision ?? '—' },
                    ]}
                  />
                ) : (
                <Table
                  rowKey="caseNo"
                  size="small"
                  pagination={false}
                  dataSource={m.cases}
                  onRow={(c) => testIdAttrs('meeting-decision', { 'case-no': c.caseNo })}
                  columns={[
                    { title: '事项', render: (_, c) => <Link to={`/admin/cases/${c.caseNo}`}>{c.itemName}</Link> },
                    { title: '承办科室', dataIndex: 'departmentName' },
                    { title: '议定意见', render: (_, c) => m.decisions.find((d) => d.caseNo === c.caseNo)?.decision ?? '—' },
                  ]}
                />
                )}
              </>
            )}
          </Card>
          <Card size="small" title="督办事项" data-testid="meeting-followups">
            <Table<Followup>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={m.followups}
              onRow={(f) => testIdAttrs('followup-row', { state: f.state })}
              locale={{ emptyText: '没有督办事项' }}
              columns={[
                { title: '事项', render: (_, f) => (f.topicSeq ? `${f.task}（议题 ${f.topicSeq}）` : f.task) },
                { title: '责任人', render: (_, f) => f.owner.name },
                { title: '办理期限', dataIndex: 'dueDate' },
                { title: '状态', render: (_, f) => <FollowupTag state={f.state} /> },
                { title: '办理结果', render: (_, f) => f.doneNote || '—' },
                { title: '', render: (_, f) => <CompleteButton f={f} /> },
              ]}
            />
            {m.mayEdit ? <AddFollowup m={m} /> : null}
          </Card>
        </>
      )}
    </Loaded>
  );
}
