/**
 * `/verify` (public): check a licence by its number (→ `/verify/:no`; a pasted QR text goes there
 * with its signed fragment) or a document by uploading its PDF (hash, seal signature, register).
 */
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Form, Input, Row, Typography, Upload } from 'antd';
import { InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { isValidLicenceNumber } from '../../../domain/licence';
import { ErrorAlert } from '../../api/errors';
import { formatTime } from '../../components/format';
import { SignatureTags } from '../licences/LicenceBits';
import { verifyDocument, type DocumentCheck } from '../licences/licencesApi';

/** `/verify/NO` (with `#fragment`) from a typed number or a pasted QR text; null when neither. */
export function verifyTarget(text: string): string | null {
  const t = text.trim();
  const fromQr = /\/verify\/(TAXK\d{10}[\dX])(#.*)?$/i.exec(t);
  if (fromQr?.[1]) return `/verify/${fromQr[1].toUpperCase()}${fromQr[2] ?? ''}`;
  const no = t.toUpperCase().replace(/\s+/g, '');
  return isValidLicenceNumber(no) ? `/verify/${no}` : null;
}

function LicenceForm() {
  const navigate = useNavigate();
  const [form] = Form.useForm<{ no: string }>();
  return (
    <Card title="证照核验" style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">输入电子证照编号（如 TAXK20260000014），或粘贴证照二维码的内容。</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => { const to = verifyTarget(v.no); if (to) navigate(to); }} data-testid="verify-licence-form">
        <Form.Item
          name="no"
          label="证照编号"
          rules={[
            { required: true, whitespace: true, message: '请输入证照编号' },
            { validator: (_, v: string | undefined) => (!v?.trim() || verifyTarget(v) ? Promise.resolve() : Promise.reject(new Error('证照编号格式或校验位不正确（TAXK + 10 位数字 + 校验位）'))) },
          ]}
        >
          <Input size="large" placeholder="TAXK…" autoComplete="off" spellCheck={false} data-testid="verify-licence-no" />
        </Form.Item>
        <Button type="primary" size="large" htmlType="submit" icon={<SafetyCertificateOutlined />} block data-testid="verify-licence-submit">
          核验证照
        </Button>
      </Form>
    </Card>
  );
}

/** A document check's verdict and the register's entry (an upload, or the QR code's registered original). */
export function DocumentResult({ r }: { r: DocumentCheck }) {
  const d = r.document;
  return (
    <div data-testid="verify-document-result" data-valid={String(r.valid)} style={{ marginTop: 16 }}>
      <Alert
        type={r.valid ? 'success' : 'error'}
        showIcon
        title={<span style={{ fontSize: 18, fontWeight: 600 }}>{r.valid ? '文书真实有效：内容未被改动，电子印章签名核验通过' : '文书核验未通过'}</span>}
        description={r.valid ? null : (r.reason ?? '该文件不是本局签发的文书，或内容已被改动')}
        style={{ marginBottom: 12 }}
      />
      <div style={{ marginBottom: 12 }}>
        <SignatureTags signatures={r.signatures} />
      </div>
      {d ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            { key: 'title', label: '文书', children: d.title },
            { key: 'number', label: '文号', children: <span data-testid="verify-document-number">{d.number}</span> },
            { key: 'case', label: '办件编号', children: <span data-testid="verify-document-case">{d.caseNo}</span> },
            { key: 'date', label: '签发时间', children: formatTime(d.issuedAt) },
            ...(r.keyId ? [{ key: 'key', label: 'Ed25519 密钥', children: r.keyId }] : []),
            ...(r.sm2KeyId ? [{ key: 'sm2-key', label: 'SM2 密钥', children: r.sm2KeyId }] : []),
          ]}
        />
      ) : null}
    </div>
  );
}

function DocumentForm() {
  const check = useMutation({ mutationFn: verifyDocument });
  return (
    <Card title="文书核验" style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">上传本局出具的文书 PDF（受理通知书、决定书等），核对其内容哈希、电子印章签名和文书登记。文件只用于核验，不会保存。</Typography.Paragraph>
      <div data-testid="verify-upload">
        <Upload.Dragger
          accept="application/pdf,.pdf"
          multiple={false}
          showUploadList={false}
          disabled={check.isPending}
          beforeUpload={(file) => {
            check.mutate(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{check.isPending ? '核验中…' : '点击或拖入 PDF 文件'}</p>
          <p className="ant-upload-hint">不超过 20 MB</p>
        </Upload.Dragger>
      </div>
      {check.error ? <div style={{ marginTop: 16 }}><ErrorAlert error={check.error} testId="verify-document-error" /></div> : null}
      {check.data ? <DocumentResult r={check.data} /> : null}
    </Card>
  );
}

/** The page. */
export default function VerifyPage() {
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: '证照核验' }]} />
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        证照与文书核验
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <LicenceForm />
        </Col>
        <Col xs={24} lg={12}>
          <DocumentForm />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 13 }}>
        也可查看 <Link to="/decisions">行政许可决定公开</Link>。
      </Typography.Paragraph>
    </>
  );
}
