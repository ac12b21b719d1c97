/**
 * `/admin/templates/:type`: one document template in a monospace editor, with the syntax help
 * beside it; 预览 renders the text with sample data (a PDF shown here and openable in a new tab),
 * 保存 checks and stores it, 恢复默认 goes back to the shipped file.
 */
import { App, Button, Card, Col, Form, Input, Popconfirm, Row, Typography, type ButtonProps } from 'antd';
import { EyeOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { DOCUMENT_TYPES } from '../../../domain/licence';
import { ApiError } from '../../api/client';
import { applyFieldErrors, useApiError } from '../../api/errors';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { dataTestId } from '../../components/testId';
import { licenceKeys, previewTemplate, saveTemplate, useTemplate, type DocumentTemplate } from '../licences/licencesApi';
import { TemplateSourceTag } from './TemplatesPage';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace';

/** The short syntax help (templates/documents/README.md). */
function SyntaxHelp() {
  const rows: [string, string][] = [
    ['@文字', '顶格段落（如称呼 @{{applicant.name}}：）'],
    ['- 文字', '列表项'],
    ['> 文字', '右对齐一行'],
    ['【标签】值', '事实表的一行，如 【证照编号】{{licence.no}}'],
    ['其他', '首行缩进的段落；空行忽略'],
    ['{{字段}}', '插入字段（按纯文本）'],
    ['{{#x}}…{{/x}}', 'x 有值时输出（列表则逐项输出）'],
    ['{{^x}}…{{/x}}', 'x 无值时输出'],
  ];
  return (
    <Card size="small" title="模板语法（Mustache）" data-testid="template-help" style={{ marginBottom: 16 }}>
      <table style={{ width: '100%', fontSize: 13, borderCollapse: 'collapse' }}>
        <tbody>
          {rows.map(([syntax, meaning]) => (
            <tr key={syntax} style={{ borderTop: '1px solid #f0f0f0' }}>
              <td style={{ fontFamily: MONO, padding: '4px 8px 4px 0', whiteSpace: 'nowrap', verticalAlign: 'top' }}>{syntax}</td>
              <td style={{ padding: '4px 0' }}>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph style={{ fontSize: 13, marginTop: 8, marginBottom: 0 }}>
        常用字段：<Typography.Text code>number</Typography.Text> <Typography.Text code>caseNo</Typography.Text> <Typography.Text code>date</Typography.Text>{' '}
        <Typography.Text code>applicant.name</Typography.Text> <Typography.Text code>applicant.id</Typography.Text> <Typography.Text code>item.name</Typography.Text>{' '}
        <Typography.Text code>receivedOn</Typography.Text> <Typography.Text code>acceptedOn</Typography.Text> <Typography.Text code>promisedDue</Typography.Text>{' '}
        <Typography.Text code>decisionDue</Typography.Text> <Typography.Text code>competentBody</Typography.Text> <Typography.Text code>reason</Typography.Text>{' '}
        <Typography.Text code>items</Typography.Text>（name、problem） <Typography.Text code>pendingItems</Typography.Text>（name、dueDate）{' '}
        <Typography.Text code>pause.kind</Typography.Text> <Typography.Text code>pause.expectedDays</Typography.Text> <Typography.Text code>extension.days</Typography.Text>{' '}
        <Typography.Text code>extension.reason</Typography.Text> <Typography.Text code>opinion</Typography.Text> <Typography.Text code>reasons</Typography.Text>{' '}
        <Typography.Text code>licence.no</Typography.Text> <Typography.Text code>licence.scope</Typography.Text> <Typography.Text code>licence.period</Typography.Text>{' '}
        <Typography.Text code>served.title</Typography.Text> <Typography.Text code>served.number</Typography.Text> <Typography.Text code>bureau.name</Typography.Text>{' '}
        <Typography.Text code>bureau.address</Typography.Text> <Typography.Text code>bureau.phone</Typography.Text>
      </Typography.Paragraph>
    </Card>
  );
}

/** A blob URL that is revoked when replaced or when the page closes. */
function useBlobUrl(): [string | null, (blob: Blob) => string] {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return [url, (blob) => {
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return next;
  }];
}

function Editor({ t }: { t: DocumentTemplate }) {
  const [form] = Form.useForm<{ body: string }>();
  const body = Form.useWatch('body', form) ?? t.body;
  const client = useQueryClient();
  const showError = useApiError();
  const { message } = App.useApp();
  const [previewUrl, setPreview] = useBlobUrl();

  /** A template the server refused (400, errors on `body`) shows its error under the editor; anything else as usual. */
  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.status === 400 && e.errors.length > 0 && applyFieldErrors(form, e.errors).length === 0) void message.error(`${e.title}，请按正文下方的提示修改`);
    else showError(e, form);
  };
  const stored = (next: DocumentTemplate) => {
    client.setQueryData(licenceKeys.template(t.type), next);
    void client.invalidateQueries({ queryKey: licenceKeys.templates, exact: true });
    form.setFieldsValue({ body: next.body });
  };
  const save = useMutation({
    mutationFn: (text: string) => saveTemplate(t.type, { body: text }),
    onSuccess: (next) => {
      stored(next);
      void message.success('模板已保存，之后生成的文书使用新模板');
    },
    onError,
  });
  const reset = useMutation({
    mutationFn: () => saveTemplate(t.type, { reset: true }),
    onSuccess: (next) => {
      stored(next);
      void message.success('已恢复系统默认模板');
    },
    onError,
  });
  const preview = useMutation({
    mutationFn: (text: string) => previewTemplate(t.type, text),
    onSuccess: (blob) => setPreview(blob),
    onError,
  });
  const dirty = body !== t.body;

  return (
    <>
      <DetailHeader
        back={{ to: '/admin/templates', label: '文书模板' }}
        title={t.title}
        meta={
          <>
            <TemplateSourceTag source={t.source} />
            {dirty ? <Typography.Text type="warning">有未保存的修改</Typography.Text> : null}
          </>
        }
        actions={
          <>
            <Button icon={<EyeOutlined />} loading={preview.isPending} onClick={() => void form.validateFields().then((v) => preview.mutate(v.body))} data-testid="template-preview">
              预览
            </Button>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!dirty} onClick={() => form.submit()} data-testid="template-save">
              保存
            </Button>
            <Popconfirm
              title="恢复系统默认模板？"
              description="当前修改的内容将被系统默认模板替换。"
              okText="恢复默认"
              cancelText="取消"
              okButtonProps={dataTestId<ButtonProps>('template-reset-confirm')}
              onConfirm={() => reset.mutate()}
              disabled={t.source === 'file' && !dirty}
            >
              <Button icon={<RollbackOutlined />} loading={reset.isPending} disabled={t.source === 'file' && !dirty} data-testid="template-reset">
                恢复默认
              </Button>
            </Popconfirm>
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={previewUrl ? 12 : 16}>
          <Card size="small" title="模板正文" style={{ marginBottom: 16 }}>
            <Form form={form} layout="vertical" initialValues={{ body: t.body }} onFinish={(v) => save.mutate(v.body)} data-testid="template-editor" data-type={t.type}>
              <Form.Item name="body" label="正文（每行一段）" rules={[{ required: true, whitespace: true, message: '模板不能为空' }, { max: 20_000 }]} style={{ marginBottom: 0 }}>
                <Input.TextArea
                  autoSize={{ minRows: 16, maxRows: 40 }}
                  spellCheck={false}
                  style={{ fontFamily: MONO, fontSize: 13, lineHeight: 1.6 }}
                  data-testid="template-body"
                />
              </Form.Item>
            </Form>
          </Card>
          {previewUrl ? <SyntaxHelp /> : null}
        </Col>
        <Col xs={24} xl={previewUrl ? 12 : 8}>
          {previewUrl ? (
            <Card
              size="small"
              title="预览（样例数据）"
              extra={
                <a href={previewUrl} target="_blank" rel="noopener" data-testid="template-preview-open">
                  在新标签页打开
                </a>
              }
              style={{ marginBottom: 16 }}
            >
              <iframe title="模板预览" src={previewUrl} style={{ width: '100%', height: 720, border: 'none' }} data-testid="template-preview-frame" />
            </Card>
          ) : null}
          {previewUrl ? null : (
            <>
              <SyntaxHelp />
              <Card size="small" title="系统默认模板" style={{ marginBottom: 16 }}>
                <pre tabIndex={0} style={{ fontFamily: MONO, fontSize: 12, whiteSpace: 'pre-wrap', margin: 0, maxHeight: 360, overflow: 'auto' }} data-testid="template-shipped">
                  {t.shipped}
                </pre>
              </Card>
            </>
          )}
        </Col>
      </Row>
    </>
  );
}

/** The editor page of `:type`. */
export default function TemplateEditorPage() {
  const { type = '' } = useParams();
  const known = type in DOCUMENT_TYPES;
  const t = useTemplate(type, known);
  if (!known) return <Typography.Paragraph>没有这种文书：{type}</Typography.Paragraph>;
  return (
    <Loaded query={t} rows={12}>
      {(d) => <Editor key={`${d.type}-${d.source}`} t={d} />}
    </Loaded>
  );
}
