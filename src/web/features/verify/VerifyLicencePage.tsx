/**
 * `/verify/:no` (public): a licence's verification in big type — authentic or not, in force or
 * not (status with its date and reason), and its facts with the holder's id masked. With a URL
 * fragment (the QR code carries the signed payload after `#`), the presented licence is checked
 * too: is it authentic, and is it the latest version.
 */
import { Breadcrumb, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useScreens } from '../../components/screens';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isValidLicenceNumber } from '../../../domain/licence';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import { LICENCE_STATE_WORDS, SignatureTags, validityText } from '../licences/LicenceBits';
import { useLicenceCheck, usePresentedCheck, type LicenceCheck } from '../licences/licencesApi';

const GREEN = '#237804';
const RED = '#cf1322';
const ORANGE = '#ad4e00';

/** The headline of a check: 有效 / 已撤销 / 签名无效… */
function verdictOf(r: LicenceCheck): { text: string; color: string; icon: ReactNode } {
  if (!r.authentic) return { text: '证照无效', color: RED, icon: <CloseCircleFilled aria-hidden /> };
  if (r.valid) return { text: '有效', color: GREEN, icon: <CheckCircleFilled aria-hidden /> };
  const word = r.status ? LICENCE_STATE_WORDS[r.status] : '无效';
  return { text: word, color: r.status === 'suspended' ? ORANGE : RED, icon: r.status === 'suspended' ? <ExclamationCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden /> };
}

/** The big verdict block. */
function Verdict({ r }: { r: LicenceCheck }) {
  const screens = useScreens();
  const v = verdictOf(r);
  return (
    <div
      data-testid="verify-verdict"
      role="status"
      style={{ border: `2px solid ${v.color}`, background: `${v.color}10`, borderRadius: 10, padding: screens.md ? '20px 28px' : '14px 16px', marginBottom: 16 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, color: v.color, fontSize: screens.md ? 44 : 34, fontWeight: 700, lineHeight: 1.2 }}>
        {v.icon}
        <span data-testid="verify-status">{v.text}</span>
      </div>
      <div style={{ fontSize: screens.md ? 18 : 16, marginTop: 8 }}>
        {r.authentic ? (
          <span data-testid="verify-signature" data-signature={r.signature}>
            电子印章签名真实（密钥 {r.keyId}）
          </span>
        ) : (
          <span data-testid="verify-signature" data-signature={r.signature}>
            签名核验未通过{r.reason ? `：${r.reason}` : ''}
          </span>
        )}
      </div>
      <div style={{ marginTop: 8 }}>
        <SignatureTags signatures={r.signatures} />
      </div>
      {r.authentic && !r.valid ? (
        <div style={{ fontSize: screens.md ? 18 : 16, marginTop: 6 }} data-testid="verify-status-reason">
          {r.statusOn ? `${r.statusOn} ` : ''}
          {r.status ? LICENCE_STATE_WORDS[r.status] : ''}
          {r.statusBy ? `（${r.statusBy}）` : ''}
          {r.statusReason ? `，理由：${r.statusReason}` : ''}
          {!r.statusReason && r.reason ? `：${r.reason}` : ''}
        </div>
      ) : null}
    </div>
  );
}

/** The licence's facts, large. */
function Facts({ r }: { r: LicenceCheck }) {
  const screens = useScreens();
  const fact = (key: string, label: string, value: ReactNode) => ({ key, label, children: <span data-testid={`verify-${key}`}>{value ?? '—'}</span> });
  return (
    <Descriptions
      bordered
      column={1}
      size={screens.md ? 'middle' : 'small'}
      style={{ background: '#fff', borderRadius: 8 }}
      styles={{ label: { fontSize: screens.md ? 16 : 14, width: screens.md ? 160 : 96 }, content: { fontSize: screens.md ? 18 : 16, overflowWrap: 'anywhere' } }}
      items={[
        fact('type', '证照名称', r.type),
        fact('no', '证照编号', r.no ? `${r.no}${r.version && r.version > 1 ? `（第 ${r.version} 版）` : ''}` : undefined),
        fact('holder', '持证主体', r.holder),
        fact('holder-id', '证件号码', r.holderId),
        fact('item', '许可事项', r.item),
        fact('scope', '许可范围', r.scope),
        fact('validity', '有效期', validityText(r)),
        fact('issuer', '发证机关', r.issuer),
        fact('issued-on', '发证日期', r.issuedOn),
        fact('key-id', 'Ed25519 密钥', r.keyId),
        ...(r.sm2KeyId ? [fact('sm2-key-id', 'SM2 密钥', r.sm2KeyId)] : []),
      ]}
    />
  );
}

/** What the presented (scanned) licence says about itself. */
function Presented({ qr }: { qr: string }) {
  const check = usePresentedCheck(qr);
  const r = check.data;
  const latest = r?.version !== undefined && r.latestVersion !== undefined ? r.version === r.latestVersion : undefined;
  return (
    <Card size="small" title="扫码核验：您出示的证照" style={{ marginBottom: 16 }}>
      {check.error ? <ErrorAlert error={check.error} testId="verify-presented-error" /> : null}
      {!r && !check.error ? <Skeleton active paragraph={{ rows: 1 }} /> : null}
      {r ? (
        <div data-testid="verify-presented" data-authentic={String(r.authentic)} data-latest={latest === undefined ? '' : String(latest)} style={{ fontSize: 17, lineHeight: 1.8 }}>
          <div style={{ color: r.authentic ? GREEN : RED, fontWeight: 600 }}>
            {r.authentic ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}{' '}
            {r.authentic ? '二维码中的证照数据签名真实，未被篡改' : `二维码中的证照数据不真实${r.reason ? `：${r.reason}` : ''}`}
          </div>
          <SignatureTags signatures={r.signatures} />
          {r.authentic && latest !== undefined ? (
            <div style={{ color: latest ? GREEN : ORANGE, fontWeight: 600 }}>
              {latest ? <CheckCircleFilled aria-hidden /> : <ExclamationCircleFilled aria-hidden />}{' '}
              {latest ? `是最新版本（第 ${r.version} 版）` : `不是最新版本：出示的是第 ${r.version} 版，最新为第 ${r.latestVersion} 版，请以下方信息为准`}
            </div>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

/** The page. */
export default function VerifyLicencePage() {
  const { no = '' } = useParams();
  const { hash } = useLocation();
  const wellFormed = isValidLicenceNumber(no);
  const check = useLicenceCheck(wellFormed ? no : '');
  const qr = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : '';
  const notFound = check.error instanceof ApiError && (check.error.status === 404 || check.error.status === 400);
  const refusal = !wellFormed
    ? { title: '编号有误', code: 'LICENCE.NUMBER_INVALID', text: '证照编号格式或校验位不正确（TAXK + 10 位数字 + 校验位），请核对后重新输入' }
    : notFound && check.error instanceof ApiError
      ? { title: '查无此证', code: check.error.code, text: check.error.detail || check.error.title }
      : null;
  const r = check.data;
  return (
    <div style={{ maxWidth: 860, margin: '0 auto' }}>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/verify">证照核验</Link> }, { title: no }]} />
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        电子证照核验
      </Typography.Title>
      {qr ? <Presented qr={qr} /> : null}
      <div data-testid="verify-result" data-loading={String(check.isFetching)} data-valid={r ? String(r.valid) : refusal ? 'false' : ''} data-authentic={r ? String(r.authentic) : ''} data-status={r?.status ?? ''}>
        {refusal ? (
          <div data-testid="verify-verdict" role="status" style={{ border: `2px solid ${RED}`, background: `${RED}10`, borderRadius: 10, padding: '20px 24px', marginBottom: 16 }}>
            <div style={{ color: RED, fontSize: 34, fontWeight: 700 }}>
              <CloseCircleFilled aria-hidden /> <span data-testid="verify-status">{refusal.title}</span>
            </div>
            <div style={{ fontSize: 18, marginTop: 8 }} data-testid="verify-error" data-code={refusal.code}>
              {refusal.text}（{no}）
            </div>
            <div style={{ marginTop: 8 }}>
              <Link to="/verify">重新输入证照编号</Link>
            </div>
          </div>
        ) : check.error ? (
          <ErrorAlert error={check.error} />
        ) : null}
        {r ? (
          <>
            <Verdict r={r} />
            {r.authentic ? <Facts r={r} /> : null}
          </>
        ) : wellFormed && check.isPending && !check.error ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : null}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 13 }}>
        本页由泰安市行政审批服务局提供。证照数据由本局电子印章以 Ed25519 和 SM2（国密 SM3withSM2）双重签名，公钥见 <a href="/api/v1/licences/keys">/api/v1/licences/keys</a>；证照二维码内含签名数据，也可离线核验。持证人证件号码已脱敏。
      </Typography.Paragraph>
    </div>
  );
}
