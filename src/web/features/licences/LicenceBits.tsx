/** Pieces every licence screen shows: the status tag, the validity, the PDF / export / verify links, and each signature's result. */
import { App, Button, Space, Tag } from 'antd';
import { DownloadOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { LicenceStatus } from '../../../domain/licence';
import { errorText } from '../../api/errors';
import { enumOptions } from '../../components/labels';
import { exportLicence, licencePdfUrl, type Licence, type LicenceCheck } from './licencesApi';

/** Tag colour of each licence status. */
export const LICENCE_STATUS_COLORS: Record<LicenceStatus, string> = {
  valid: 'success',
  suspended: 'warning',
  revoked: 'error',
  cancelled: 'default',
  expired: 'default',
  superseded: 'processing',
};

/** A status as a state (已撤销 rather than 撤销), for sentences and the big verdict. */
export const LICENCE_STATE_WORDS: Record<LicenceStatus, string> = {
  valid: '有效',
  suspended: '已暂停',
  revoked: '已撤销',
  cancelled: '已注销',
  expired: '已过期',
  superseded: '已换发',
};

/** Options of a status filter. */
export const LICENCE_STATUS_OPTIONS = enumOptions(LICENCE_STATE_WORDS);

/** The status of a licence as a coloured tag (`data-status`). */
export function LicenceStatusTag({ status, testId = 'licence-status' }: { status: LicenceStatus; testId?: string }) {
  return (
    <Tag color={LICENCE_STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {LICENCE_STATE_WORDS[status]}
    </Tag>
  );
}

/** `2026-11-25 至 2031-11-24`, or 长期有效. */
export function validityText(l: { validFrom?: string; validTo?: string | null }): string {
  if (!l.validFrom) return '—';
  return `${l.validFrom} 至 ${l.validTo ?? '长期有效'}`;
}

/** 查看证照 (PDF, new tab), 导出签名文件 (JSON download) and 核验 (the public page). */
export function LicenceLinks({ licence, version, size = 'small' }: { licence: Pick<Licence, 'no'>; version?: number; size?: 'small' | 'middle' }) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const onExport = () => {
    setExporting(true);
    exportLicence(licence.no, version)
      .catch((e: unknown) => message.error(errorText(e)))
      .finally(() => setExporting(false));
  };
  return (
    <Space wrap size={[4, 4]}>
      <Button size={size} icon={<FilePdfOutlined />} href={licencePdfUrl(licence.no, version)} target="_blank" rel="noopener" data-testid="licence-pdf">
        查看证照
      </Button>
      <Button size={size} icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="licence-export">
        导出签名文件
      </Button>
      <Link to={`/verify/${encodeURIComponent(licence.no)}`} data-testid="licence-verify-link" style={{ whiteSpace: 'nowrap', paddingInline: 4 }}>
        <SafetyCertificateOutlined aria-hidden /> 核验
      </Link>
    </Space>
  );
}

type SignatureResults = NonNullable<LicenceCheck['signatures']>;

/** What each algorithm's result says. */
const SIGNATURE_WORDS: Record<SignatureResults['sm2'], { text: string; color: string }> = {
  ok: { text: '通过', color: 'success' },
  bad_signature: { text: '未通过', color: 'error' },
  unknown_key: { text: '密钥不是本局公布的', color: 'error' },
  absent: { text: '无（签发时尚未启用）', color: 'default' },
};

/** The result of each signature of the seal: Ed25519 and SM2 (国密). */
export function SignatureTags({ signatures }: { signatures: SignatureResults | undefined }) {
  if (!signatures) return null;
  const tag = (key: 'ed25519' | 'sm2', label: string) => {
    const w = SIGNATURE_WORDS[signatures[key]];
    return (
      <Tag color={w.color} data-testid={`signature-${key}`} data-result={signatures[key]} style={{ fontSize: 14, padding: '2px 8px', marginInlineEnd: 0 }}>
        {label}：{w.text}
      </Tag>
    );
  };
  return (
    <Space size={[8, 6]} wrap>
      {tag('ed25519', 'Ed25519 签名')}
      {tag('sm2', 'SM2 国密签名')}
    </Space>
  );
}
