/**
 * 文书: the documents a case has produced (受理通知书, 补正材料告知书, 决定书, 送达回证…), each a
 * signed PDF, and for an approved case the licence it issued. Shown on the applicant's and the
 * officers' case pages; read again whenever the case's version changes.
 */
import { Skeleton, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import type { CaseView } from '../../api/types';
import { ErrorAlert } from '../../api/errors';
import { formatTime } from '../../components/format';
import { PlainList } from '../../components/PlainList';
import { LicenceLinks, LicenceStatusTag, validityText } from '../licences/LicenceBits';
import { useCaseDocuments, useCaseLicence, type CaseDocument } from '../licences/licencesApi';
import { Panel } from './CaseLayout';

/** The licence an approved case issued (or, after a change, its later version). */
function CaseLicence({ caseNo, version, ready }: { caseNo: string; version: number; ready: boolean }) {
  const found = useCaseLicence(caseNo, version, ready);
  if (found.error) return <ErrorAlert error={found.error} />;
  const licence = found.data;
  if (!licence) return found.data === null ? null : <Skeleton active paragraph={{ rows: 1 }} />;
  return (
    <div data-testid="case-licence" data-no={licence.no} data-status={licence.status} style={{ borderTop: '1px solid #f0f0f0', marginTop: 8, paddingTop: 12 }}>
      <Typography.Text strong>电子证照</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '6px 0' }}>
        <span>{licence.type}</span>
        <Typography.Text code copyable={{ text: licence.no }} data-testid="licence-no">
          {licence.no}
        </Typography.Text>
        <LicenceStatusTag status={licence.status} />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 6, fontSize: 13 }}>
        有效期：{validityText(licence)}
      </Typography.Paragraph>
      <LicenceLinks licence={licence} />
    </div>
  );
}

function DocumentRow({ d }: { d: CaseDocument }) {
  return (
    <div data-testid="case-document" data-type={d.type} data-number={d.number}>
      <div style={{ fontWeight: 500 }}>{d.title}</div>
      <div style={{ color: '#595959', fontSize: 13, overflowWrap: 'anywhere' }}>
        {d.number} · {formatTime(d.createdAt)}
      </div>
    </div>
  );
}

/** The 文书 card of a case page. */
export function CaseDocuments({ c }: { c: Pick<CaseView, 'caseNo' | 'version' | 'status'> }) {
  const docs = useCaseDocuments(c.caseNo, c.version);
  if (c.status === 'draft') return null;
  return (
    <Panel title="文书">
      <div data-testid="case-documents" data-count={docs.data?.length ?? ''} data-loading={String(docs.isFetching)}>
        {docs.error ? <ErrorAlert error={docs.error} /> : null}
        {docs.data ? (
          <PlainList
            items={docs.data}
            rowKey={(d) => d.id}
            empty="暂无文书"
            render={(d) => <DocumentRow d={d} />}
            extra={(d) => (
              <Typography.Link href={d.url} target="_blank" rel="noopener" data-testid="case-document-link" aria-label={`查看 ${d.title}（PDF）`}>
                <FilePdfOutlined aria-hidden /> 查看/下载
              </Typography.Link>
            )}
          />
        ) : docs.error ? null : (
          <Skeleton active paragraph={{ rows: 2 }} />
        )}
        {c.status === 'approved' ? <CaseLicence caseNo={c.caseNo} version={c.version} ready={docs.isSuccess && !docs.isPlaceholderData} /> : null}
      </div>
    </Panel>
  );
}
