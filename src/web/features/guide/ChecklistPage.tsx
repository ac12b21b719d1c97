/**
 * `/guide/items/:code`: situation guidance (情形引导). The few questions that decide the
 * material list, then exactly that list — templates, 容缺 and 告知承诺, materials already filed
 * in earlier cases — printable, or carried to the online application with the answers.
 */
import { Alert, Breadcrumb, Button, Card, Form, List, Radio, Space, Tag, Typography } from 'antd';
import { CalendarOutlined, DownloadOutlined, FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { appliesOnline } from '../../../domain/catalog-terms';
import { ErrorAlert } from '../../api/errors';
import { LinkButton } from '../../components/LinkButton';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { formatDays, MATERIAL_FORMS } from '../../components/labels';
import { appointmentLink } from '../hall/hallApi';
import { useChecklist, useQuestions, type Answers, type Checklist, type Question } from './guideApi';

/** Hides everything but the list on paper. */
const PRINT_CSS = `@media print {
  header, footer, nav, .ant-layout-header, .ant-layout-footer, .ant-breadcrumb, .guide-no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; }
  .guide-print-card { border: none !important; box-shadow: none !important; }
  a[href]::after { content: none !important; }
}`;

function QuestionField({ question: q, value, onChange }: { question: Question; value: string | boolean | undefined; onChange: (v: string | boolean) => void }) {
  return (
    <Form.Item label={q.text} data-testid="guide-question" data-id={q.id} data-kind={q.kind} style={{ marginBottom: 16 }}>
      {q.kind === 'yesno' ? (
        <Radio.Group value={value ?? false} onChange={(e) => onChange(e.target.value as boolean)} optionType="button" buttonStyle="solid">
          <Radio value={true}>是</Radio>
          <Radio value={false}>否</Radio>
        </Radio.Group>
      ) : (
        <Radio.Group value={value ?? ''} onChange={(e) => onChange(e.target.value as string)}>
          <Space orientation="vertical">
            {q.options.map((o) => (
              <Radio key={o.code} value={o.code} data-testid={`guide-answer-${q.id}-${o.code}`}>
                {o.name}
                {o.description ? <Typography.Text type="secondary">（{o.description}）</Typography.Text> : null}
              </Radio>
            ))}
            <Radio value="" data-testid={`guide-answer-${q.id}-none`}>
              <Typography.Text type="secondary">以上都不是 / 还不确定</Typography.Text>
            </Radio>
          </Space>
        </Radio.Group>
      )}
    </Form.Item>
  );
}

function Materials({ list }: { list: Checklist }) {
  return (
    <List
      data-testid="guide-materials"
      data-count={list.materials.length}
      dataSource={list.materials}
      renderItem={(m, i) => (
        <List.Item data-testid="guide-material" data-code={m.code} style={{ display: 'block' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
            <Typography.Text strong>
              {i + 1}. {m.name}
            </Typography.Text>
            {m.requirement === 'conditional' ? <Tag color="blue">因“{m.addedBy.join('、')}”需要</Tag> : null}
            {m.toleranceAllowed ? (
              <Tag color="gold" data-testid="guide-material-tolerance">
                可容缺受理
              </Tag>
            ) : null}
            {m.commitmentAllowed ? (
              <Tag color="green" data-testid="guide-material-commitment">
                可告知承诺
              </Tag>
            ) : null}
            {m.reusable.length ? (
              <Tag color="purple" data-testid="guide-material-reusable">
                已有：{m.reusable[0]!.fileName}（{m.reusable[0]!.itemName}）可复用
              </Tag>
            ) : null}
          </div>
          <div style={{ color: '#595959', fontSize: 13, marginTop: 4 }}>
            {m.source} · {MATERIAL_FORMS[m.form as keyof typeof MATERIAL_FORMS] ?? m.form} · 原件 {m.originals} 份、复印件 {m.copies} 份{m.notes ? ` · ${m.notes}` : ''}
            {m.templateUrl ? (
              <a href={m.templateUrl} style={{ marginInlineStart: 8 }} data-testid="guide-material-template" className="guide-no-print">
                <DownloadOutlined aria-hidden /> 示范文本
              </a>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}

/** The page. */
export default function ChecklistPage() {
  const { code = '' } = useParams();
  const questions = useQuestions(code);
  const [answers, setAnswers] = useState<Answers>({});
  const checklist = useChecklist(code, answers);
  const applyHref = `/apply/${encodeURIComponent(code)}${checklist.data?.situationCodes.length ? `?situations=${checklist.data.situationCodes.join(',')}` : ''}`;
  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }}>
      <style>{PRINT_CSS}</style>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/guide">智能导服</Link> }, { title: '材料清单' }]} />
      <Loaded query={questions} rows={6}>
        {(qs) => (
          <>
            <PageHeader title={qs.itemName} extra={<Link to={`/items/${encodeURIComponent(code)}`} className="guide-no-print">完整办事指南</Link>} />
            {qs.questions.length ? (
              <Card size="small" title="回答几个问题，只列您需要的材料" className="guide-no-print" style={{ marginBottom: 16 }} data-testid="guide-questions">
                <Form layout="vertical">
                  {qs.questions.map((q) => (
                    <QuestionField key={q.id} question={q} value={answers[q.id]} onChange={(v) => setAnswers(({ [q.id]: _old, ...rest }) => (v === '' ? rest : { ...rest, [q.id]: v }))} />
                  ))}
                </Form>
              </Card>
            ) : null}
            {checklist.error ? <ErrorAlert error={checklist.error} /> : null}
            {checklist.data ? (
              <Card
                size="small"
                className="guide-print-card"
                data-testid="guide-checklist"
                data-situations={checklist.data.situationCodes.join(',')}
                title={`需要准备的材料（${checklist.data.materials.length} 项）`}
              >
                {checklist.data.situations.length ? <Typography.Paragraph>办理情形：{checklist.data.situations.join('；')}</Typography.Paragraph> : null}
                {checklist.data.office ? (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    data-testid="guide-where-to-go"
                    title={`该事项不进驻政务服务中心，不能网上申请，请带齐材料到${checklist.data.office.name}办理`}
                    description={`地址：${checklist.data.office.address}；办公时间：${checklist.data.office.hours}；电话：${checklist.data.office.phone}。承诺时限 ${formatDays(checklist.data.promisedDays)}`}
                  />
                ) : (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                    办理地点：{checklist.data.location || '政务服务中心'} · 承诺时限 {formatDays(checklist.data.promisedDays)}
                  </Typography.Paragraph>
                )}
                <Materials list={checklist.data} />
                {checklist.data.materials.some((m) => m.toleranceAllowed || m.commitmentAllowed) ? (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginTop: 8 }}
                    title="标有“可容缺受理”的材料暂缺时可先受理、限期补齐；标有“可告知承诺”的材料可用书面承诺代替。"
                  />
                ) : null}
                <Space wrap className="guide-no-print" style={{ marginTop: 16 }}>
                  {checklist.data.office ? null : appliesOnline(checklist.data) ? (
                    <LinkButton to={applyHref} type="primary" icon={<FormOutlined aria-hidden />} data-testid="guide-go-apply">
                      去申报
                    </LinkButton>
                  ) : (
                    <LinkButton to={appointmentLink({ code })} type="primary" icon={<CalendarOutlined aria-hidden />} data-testid="guide-go-appointment">
                      须现场办理，预约办理
                    </LinkButton>
                  )}
                  <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()} data-testid="guide-print">
                    打印清单
                  </Button>
                </Space>
              </Card>
            ) : null}
          </>
        )}
      </Loaded>
    </div>
  );
}
