/**
 * 免证办 in the apply wizard: the applicant's valid licences in the e-licence library, offered for
 * the materials they can stand for; choosing one asks for consent, then the licence is the
 * material (no upload). Nothing shows when the library is not configured or holds nothing that fits.
 */
import { Alert, App, Button, Card, Checkbox, Modal, Space, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiError } from '../../api/errors';
import { PlainList } from '../../components/PlainList';
import { dataTestId } from '../../components/testId';
import { useLicenceOffers, useUseLicence, type LicenceOffer } from './provinceApi';

type Choice = { materialCode: string; materialName: string; licence: LicenceOffer };

export function LibraryLicences({ caseNo }: { caseNo: string }) {
  const offers = useLicenceOffers(caseNo);
  const use = useUseLicence(caseNo);
  const showError = useApiError();
  const { message } = App.useApp();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [consent, setConsent] = useState(false);
  if (offers.error instanceof ApiError && offers.error.status === 503)
    return <Alert type="info" showIcon style={{ marginBottom: 12 }} title="电子证照库暂时无法访问，请上传材料或稍后再试" data-testid="library-unavailable" />;
  const materials = offers.data?.materials ?? [];
  if (!materials.length) return null;
  const used = new Map((offers.data?.used ?? []).map((u) => [u.materialCode, u]));
  const close = () => {
    setChoice(null);
    setConsent(false);
  };
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={<Space><SafetyCertificateOutlined />免证办：使用电子证照库中的证照</Space>} data-testid="library-licences">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        以下材料可直接使用您名下的电子证照，无需上传扫描件。
      </Typography.Paragraph>
      <PlainList
        items={materials}
        rowKey={(m) => m.code}
        testId="library-materials"
        render={(m) => (
          <div data-testid="library-material" data-code={m.code}>
            <Typography.Text strong>{m.name}</Typography.Text>
            {used.has(m.code) ? (
              <div>
                <Tag color="green" data-testid="library-used">{`已使用 ${used.get(m.code)?.licenceNo ?? ''}（第${used.get(m.code)?.version ?? ''}版）`}</Tag>
              </div>
            ) : null}
          </div>
        )}
        extra={(m) => (
          <Space orientation="vertical" align="end" size={4}>
            {m.licences.map((l) => (
              <Button key={l.licenceNo} size="small" onClick={() => setChoice({ materialCode: m.code, materialName: m.name, licence: l })} data-testid="library-use">
                {`使用 ${l.typeName} ${l.licenceNo}`}
              </Button>
            ))}
          </Space>
        )}
      />
      <Modal
        open={choice !== null}
        title="使用电子证照"
        onCancel={close}
        destroyOnHidden
        okText="同意并使用"
        okButtonProps={{ disabled: !consent, loading: use.isPending, ...dataTestId('library-consent-ok') }}
        onOk={() =>
          choice &&
          use.mutate(
            { materialCode: choice.materialCode, licenceNo: choice.licence.licenceNo },
            {
              onSuccess: () => {
                message.success(`已使用电子证照：${choice.materialName}`);
                close();
              },
              onError: (e) => showError(e),
            },
          )
        }
      >
        {choice ? (
          <>
            <Typography.Paragraph>
              {`材料“${choice.materialName}”将使用电子证照 ${choice.licence.typeName}（${choice.licence.licenceNo}，第${choice.licence.version}版，持证人 ${choice.licence.holderName}，有效期至 ${choice.licence.validTo ?? '长期'}）。`}
            </Typography.Paragraph>
            <Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} data-testid="library-consent">
              {offers.data?.consentText}
            </Checkbox>
          </>
        ) : null}
      </Modal>
    </Card>
  );
}
