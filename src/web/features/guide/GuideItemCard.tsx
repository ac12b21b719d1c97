/**
 * One item as the guide shows it: why it matched, how far it can be done online, where, how
 * long, what it costs, and what to do next (materials, apply online, book the hall). A cancelled
 * or delegated item says so instead of offering to apply; a not-stationed one says where to go.
 */
import { Alert, Card, Space, Tag, Typography } from 'antd';
import { CalendarOutlined, EnvironmentOutlined, FieldTimeOutlined, FileDoneOutlined, FormOutlined, MoneyCollectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { appliesOnline } from '../../../domain/catalog-terms';
import { LinkButton } from '../../components/LinkButton';
import { appointmentLink } from '../hall/hallApi';
import { formatDays, ONLINE_LEVEL_COLORS } from '../../components/labels';
import { FIELD_LABELS, type GuideItem, type GuideMatch } from './guideApi';

/** `text` with every occurrence of the terms marked. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const words = terms.filter((t) => t && text.toLowerCase().includes(t.toLowerCase())).sort((a, b) => b.length - a.length);
  if (!words.length) return <>{text}</>;
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return (
    <>
      {text.split(re).map((part, i) =>
        i % 2 ? (
          <mark key={i} style={{ background: '#fff1b8', padding: 0 }}>
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Why a result matched: each phrase hit, its field, the words found (pinyin and homophones named as such). */
function Why({ matched }: { matched: GuideMatch[] }) {
  return (
    <div data-testid="guide-why" style={{ fontSize: 13, color: '#595959', display: 'flex', flexWrap: 'wrap', columnGap: 12 }}>
      <span>命中：</span>
      {matched.map((m, i) => {
        const inText = m.terms.filter((t) => m.text.toLowerCase().includes(t.toLowerCase()));
        const other = m.terms.filter((t) => !inText.includes(t));
        return (
          <span key={i} data-testid="guide-match" data-field={m.field}>
            <Typography.Text type="secondary">{FIELD_LABELS[m.field]}</Typography.Text> “{m.field === 'description' && m.text.length > 40 ? `${m.text.slice(0, 40)}…` : <Highlight text={m.text} terms={m.terms} />}”
            {other.length ? <Typography.Text type="secondary">（按拼音、同音或近似字匹配：{other.join('、')}）</Typography.Text> : null}
          </span>
        );
      })}
    </div>
  );
}

function Fact({ icon, children, testId }: { icon: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <span data-testid={testId} style={{ display: 'inline-flex', gap: 4, alignItems: 'baseline', color: '#434343' }}>
      <span aria-hidden style={{ color: '#595959' }}>
        {icon}
      </span>
      {children}
    </span>
  );
}

/** The item card of a result list or a scenario step. */
export function GuideItemCard({ item, matched, extra, note, testId = 'guide-result' }: { item: GuideItem; matched?: GuideMatch[]; extra?: ReactNode; note?: string; testId?: string }) {
  const fees = item.feeFree ? '不收费' : item.fees.map((f) => `${f.name}：${f.amount}`).join('；');
  return (
    <Card size="small" data-testid={testId} data-code={item.code} data-kind={item.kind} data-applicable={item.applicable} style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        {extra}
        <Link to={`/items/${encodeURIComponent(item.code)}`} data-testid="guide-result-link" data-code={item.code} style={{ fontSize: 16, fontWeight: 600 }}>
          {item.name}
        </Link>
        {item.kind === 'related' || item.kind === 'fee' ? <Tag>{item.kind === 'fee' ? '收费事项' : '关联事项'}{item.parent ? `：${item.parent.name}` : ''}</Tag> : null}
        {item.applicable ? <Tag color={ONLINE_LEVEL_COLORS[item.onlineLevel as keyof typeof ONLINE_LEVEL_COLORS]}>{item.onlineLevelName}</Tag> : null}
        {item.disposition === 'cancelled' ? <Tag color="default">已取消</Tag> : null}
        {item.disposition === 'delegated' ? <Tag color="purple">已下放</Tag> : null}
        {item.office ? <Tag color="orange">不进驻大厅</Tag> : null}
      </div>
      {note ? (
        <Typography.Paragraph style={{ margin: '0 0 4px' }} data-testid="guide-step-note">
          {note}
        </Typography.Paragraph>
      ) : null}
      {matched?.length ? <Why matched={matched} /> : null}
      {item.notice ? (
        <Alert
          type={item.disposition === 'cancelled' ? 'warning' : 'info'}
          showIcon
          style={{ margin: '8px 0' }}
          data-testid="guide-notice"
          title={item.notice}
          description={item.replacedBy.length ? <span>请改办：{item.replacedBy.map((r) => <Link key={r.code} to={`/guide/items/${encodeURIComponent(r.code)}`} style={{ marginInlineEnd: 8 }}>{r.name}</Link>)}</span> : undefined}
        />
      ) : (
        <Space size={[16, 4]} wrap style={{ margin: '8px 0', fontSize: 13 }}>
          <Fact icon={<EnvironmentOutlined />} testId="guide-location">
            {item.zoneName ? `${item.zoneName}服务区 · ` : ''}
            {item.location || item.departmentName}
          </Fact>
          <Fact icon={<FieldTimeOutlined />} testId="guide-promised-days">
            承诺时限 {formatDays(item.promisedDays)}
          </Fact>
          <Fact icon={<MoneyCollectOutlined />} testId="guide-fees">
            {fees}
          </Fact>
          <Fact icon={<SafetyCertificateOutlined />} testId="guide-result-type">
            办理结果：{item.resultName}
          </Fact>
        </Space>
      )}
      {item.applicable || item.office ? (
        <Space wrap size={8} className="guide-no-print">
          <LinkButton to={`/guide/items/${encodeURIComponent(item.code)}`} type="primary" icon={<FileDoneOutlined aria-hidden />} data-testid="guide-checklist-link">
            {item.hasQuestions ? '回答几个问题，看要带的材料' : '看要带的材料'}
          </LinkButton>
          {item.applicable ? (
            <>
              {appliesOnline(item) ? (
                <LinkButton to={`/apply/${encodeURIComponent(item.code)}`} icon={<FormOutlined aria-hidden />} data-testid="guide-apply">
                  在线申报
                </LinkButton>
              ) : null}
              <LinkButton to={appointmentLink(item)} icon={<CalendarOutlined aria-hidden />} data-testid="guide-appointment">
                预约办理
              </LinkButton>
            </>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}
