/**
 * `/admin/notice-templates` (告知模板): the wording of every notice to applicants — its title in the
 * inbox and its SMS text — edited by the administrator with the variables it may use, a preview with
 * a real case, and the history of versions.
 */
import { Alert, Button, Card, Drawer, Form, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../api/errors';
import { formatTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useNoticeTemplateHistory, useNoticeTemplates, usePreviewNoticeTemplate, useSaveNoticeTemplate, type NoticeWording } from './noticesApi';

interface Values {
  name: string;
  sms: string;
  smsCode: string;
  caseNo: string;
}

function TemplateEditor({ t, onClose }: { t: NoticeWording; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveNoticeTemplate(t.template);
  const preview = usePreviewNoticeTemplate(t.template);
  const history = useNoticeTemplateHistory(t.template);
  const insert = (v: string) => form.setFieldValue('sms', `${form.getFieldValue('sms') ?? ''}\${${v}}`);
  const values = () => form.getFieldsValue();
  return (
    <Drawer open onClose={onClose} title={`编辑告知模板：${t.name}`} width={Math.min(640, window.innerWidth)} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={{ name: t.name, sms: t.sms, smsCode: t.smsCode ?? '', caseNo: '' }} onFinish={(v) => save.mutate({ name: v.name, sms: v.sms, smsCode: v.smsCode || null, version: t.version }, { onSuccess: onClose })}>
        <Form.Item name="name" label="站内信标题" rules={[{ required: true, message: '请填写标题' }, { max: 30 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="sms" label="短信正文（发送时自动加签名【泰安市行政审批服务局】）" rules={[{ required: true, message: '请填写短信正文' }, { max: 300 }]} extra={<span>可用变量（点击插入）：{t.variables.map((v) => <Tag key={v} style={{ cursor: 'pointer' }} onClick={() => insert(v)}>{`\${${v}}`}</Tag>)}</span>}>
          <Input.TextArea rows={4} data-testid="template-sms" />
        </Form.Item>
        <Form.Item name="smsCode" label="服务商模板编号（改动短信正文须先在短信平台报备）" rules={[{ pattern: /^[A-Za-z0-9_]*$/, message: '应为服务商的模板编号' }]}>
          <Input placeholder="SMS_123456789" />
        </Form.Item>
        <Card size="small" title="以真实办件预览" style={{ marginBottom: 16 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="caseNo" noStyle>
              <Input placeholder="办件编号" aria-label="预览用办件编号" />
            </Form.Item>
            <Button onClick={() => preview.mutate({ name: values().name, sms: values().sms, caseNo: values().caseNo })} loading={preview.isPending} data-testid="template-preview">
              预览
            </Button>
          </Space.Compact>
          {preview.data ? (
            <Alert style={{ marginTop: 12 }} type="info" message={preview.data.title} description={<><div data-testid="template-preview-sms">{preview.data.sms}</div><Typography.Text type="secondary">{[...preview.data.sms].length} 字，计 {preview.data.segments} 条短信</Typography.Text></>} />
          ) : null}
          <ErrorAlert error={preview.error} />
        </Card>
        <ErrorAlert error={save.error} />
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存为第 {t.version + 1} 版
          </Button>
          <Button onClick={() => form.setFieldsValue({ name: t.builtIn.name, sms: t.builtIn.sms })}>恢复内置措辞</Button>
        </Space>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        修改历史
      </Typography.Title>
      <List
        size="small"
        loading={history.isPending}
        dataSource={history.data?.items ?? []}
        locale={{ emptyText: '使用内置措辞，尚无修改' }}
        renderItem={(h) => (
          <List.Item>
            <List.Item.Meta title={`第 ${h.version} 版 · ${h.name}${h.smsCode ? ` · ${h.smsCode}` : ''}`} description={<><div>{h.sms}</div><Typography.Text type="secondary">{h.editedBy} · {formatTime(h.editedAt)}</Typography.Text></>} />
          </List.Item>
        )}
      />
    </Drawer>
  );
}

export default function NoticeTemplatesPage() {
  const templates = useNoticeTemplates();
  const [editing, setEditing] = useState<NoticeWording | null>(null);
  return (
    <>
      <PageHeader title="告知模板" />
      <Typography.Paragraph type="secondary">办件每一步向申请人发出的站内信标题和短信措辞。法定告知不受申请人退订影响；加急告知夜间也发送短信。</Typography.Paragraph>
      <ErrorAlert error={templates.error} />
      <Table<NoticeWording>
        rowKey="template"
        size="small"
        loading={templates.isPending}
        dataSource={templates.data?.items ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: '告知', dataIndex: 'name', width: 160, render: (name: string, t) => <Space direction="vertical" size={0}><span>{name}</span><Space size={4}>{t.required ? <Tag color="blue">法定</Tag> : null}{t.urgent ? <Tag color="orange">加急</Tag> : null}</Space></Space> },
          { title: '短信正文', dataIndex: 'sms' },
          { title: '版本', dataIndex: 'version', width: 80, render: (v: number) => (v === 0 ? '内置' : `第 ${v} 版`) },
          { title: '', key: 'edit', width: 80, render: (_, t) => <Button size="small" onClick={() => setEditing(t)}>编辑</Button> },
        ]}
      />
      {editing ? <TemplateEditor t={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
