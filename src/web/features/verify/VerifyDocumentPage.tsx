/**
 * `/verify/documents/:id` (public): where a printed document's QR code leads. The register's
 * original of that document, checked like an upload (hash, Ed25519 and SM2 seals), with its
 * number and date to compare with the paper, and the original to open.
 */
import { Alert, Breadcrumb, Button, Card, Skeleton, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { licenceKeys, type RegisteredDocument } from '../licences/licencesApi';
import { DocumentResult } from './VerifyPage';

export default function VerifyDocumentPage() {
  const { id = '' } = useParams();
  const check = useQuery({ queryKey: licenceKeys.registered(id), queryFn: ({ signal }) => api.get<RegisteredDocument>(`/documents/registered/${encodeURIComponent(id)}`, undefined, signal), retry: false });
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/verify">证照核验</Link> }, { title: '文书核验' }]} />
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        文书核验
      </Typography.Title>
      <Card>
        {check.isPending ? <Skeleton active /> : null}
        <ErrorAlert error={check.error} testId="verify-registered-error" />
        {check.data ? (
          <>
            <DocumentResult r={check.data} />
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 16 }}
              title="请核对纸质文书上的文号、日期和内容与本局登记的原件一致"
              description="二维码只指向本局文书登记；纸质文书若与原件不符，以原件为准。"
            />
            <Button type="primary" icon={<FilePdfOutlined />} style={{ marginTop: 16 }} href={check.data.fileUrl} target="_blank" data-testid="verify-registered-file">
              查看登记原件（PDF）
            </Button>
          </>
        ) : null}
      </Card>
    </>
  );
}
