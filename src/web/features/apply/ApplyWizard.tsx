/**
 * The application wizard, online (the applicant), at the window (the clerk files on someone's
 * behalf) or by an agent (代办: for a company, under one of their registered authorisations):
 * [申请人] → 办理情形 → 申请信息 → 上传材料 → 确认提交.
 *
 * The draft (`POST /cases`) is created when the applicant leaves 申请信息, and its case number
 * goes in the URL (`?case=`), so a reload or "继续填报" comes back to the materials. Until it is
 * submitted, going back and leaving 申请信息 again saves the changed situations and form
 * (`PATCH /cases/:caseNo`); the applicant named at the window stays as filed.
 */
import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Empty, Form, Input, Result, Row, Select, Skeleton, Space, Steps, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { materialsForSituations } from '../../../domain/catalog-terms';
import { formForSituation, GENERAL_FORM } from '../../../domain/forms';
import { api } from '../../api/client';
import { ErrorAlert, useApiError } from '../../api/errors';
import { usePublicItem } from '../../api/queries';
import type { AgentParty, CaseView, CreateCaseBody, OnBehalfOf, PublicItem } from '../../api/types';
import type { FormHandle } from '../../components/ApplicationForm';
import { PartyFields } from '../../components/PartyFields';
import { formatDays } from '../../components/labels';
import { ApplicantFacts, CaseMaterialList, CaseNumbers, FormFacts } from '../cases/CaseBits';
import { MaterialUploader } from '../cases/MaterialUploader';
import { LibraryLicences } from '../province/LibraryLicences';
import { SendButton } from '../cases/CaseNotices';
import { actionBody, createCase, editDraft, useCase, useStoreCase } from '../cases/casesApi';
import { useAuthorisations } from '../projects/projectsApi';

// the form renderer (JSON-schema forms) is the wizard's heaviest part: it loads when the form step opens (ADR 0024)
const ApplicationForm = lazy(() => import('../../components/ApplicationForm').then((m) => ({ default: m.ApplicationForm })));

type StepKey = 'party' | 'situations' | 'form' | 'materials' | 'review';

const STEP_TITLES: Record<StepKey, string> = {
  party: '申请人',
  situations: '办理情形',
  form: '申请信息',
  materials: '上传材料',
  review: '确认提交',
};

interface PartyValues {
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

interface AgentValues {
  authorisationId: string;
  phone?: string;
}

function toAgentParty(v: AgentValues): AgentParty {
  return v.phone?.trim() ? { authorisationId: v.authorisationId, phone: v.phone.trim() } : { authorisationId: v.authorisationId };
}

/** 代办: the agent picks one of their authorisations valid today for all matters; the company is the letter's. */
function AgentPartyFields() {
  const auths = useAuthorisations();
  const usable = (auths.data?.items ?? []).filter((a) => a.state === 'valid' && a.scope === 'all');
  return (
    <>
      <Form.Item
        name="authorisationId"
        label="企业授权委托"
        rules={[{ required: true, message: '代办须依据企业的授权委托，请选择授权委托书' }]}
        extra="只列出有效期内、委托给本人、委托范围为全部事项的授权；申请企业的名称和统一社会信用代码取自授权委托书"
      >
        <Select
          loading={auths.isLoading}
          data-testid="party-authorisation"
          notFoundContent="没有可用的授权委托，请先在“代办工作台”登记企业授权委托书"
          options={usable.map((a) => ({ value: a.id, label: `${a.companyName}（${a.creditCode}，${a.letterRef}，至 ${a.validTo}）` }))}
        />
      </Form.Item>
      <Form.Item name="phone" label="联系电话（选填）">
        <Input maxLength={11} data-testid="party-phone" />
      </Form.Item>
    </>
  );
}

function toParty(v: PartyValues): OnBehalfOf {
  const p: OnBehalfOf = { kind: v.kind, name: v.name.trim() };
  if (v.kind === 'person' && v.idNumber) p.idNumber = v.idNumber.trim().toUpperCase();
  if (v.kind === 'organisation' && v.creditCode) p.creditCode = v.creditCode.trim().toUpperCase();
  if (v.phone?.trim()) p.phone = v.phone.trim();
  return p;
}

/** Back and next buttons under a step. */
function StepNav({ onPrev, next }: { onPrev?: () => void; next: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginTop: 16 }}>
      {onPrev ? (
        <Button icon={<ArrowLeftOutlined />} onClick={onPrev} data-testid="apply-prev">
          上一步
        </Button>
      ) : (
        <span />
      )}
      {next}
    </div>
  );
}

function NextButton({ onClick, loading, disabled, children = '下一步' }: { onClick: () => void; loading?: boolean; disabled?: boolean; children?: ReactNode }) {
  return (
    <Button type="primary" onClick={onClick} loading={loading} disabled={disabled} data-testid="apply-next">
      {children} <ArrowRightOutlined />
    </Button>
  );
}

/** The situations to tick, and exactly the materials that choice asks for. */
function SituationsStep({ item, chosen, onChange }: { item: PublicItem; chosen: string[]; onChange: (v: string[]) => void }) {
  const materials = materialsForSituations(item, chosen);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        {item.situations.length ? (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              请勾选符合您的情形（可多选，都不符合则不勾选），右侧将列出需要提交的材料。
            </Typography.Paragraph>
            <Checkbox.Group value={chosen} onChange={(v) => onChange(v.map(String))} style={{ width: '100%' }}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {item.situations.map((s) => (
                  <Checkbox key={s.code} value={s.code} data-testid={`apply-situation-${s.code}`}>
                    <span style={{ fontWeight: 500 }}>{s.name}</span>
                    {s.description ? <div style={{ color: '#595959', fontSize: 12 }}>{s.description}</div> : null}
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </>
        ) : (
          <Typography.Text type="secondary">该事项不区分办理情形。</Typography.Text>
        )}
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title={`需提交的材料（${materials.length} 项）`} data-testid="apply-material-preview" data-count={materials.length}>
          {materials.length ? (
            <ol style={{ margin: 0, paddingLeft: 20 }}>
              {materials.map((m) => (
                <li key={m.code} data-code={m.code} style={{ marginBottom: 4 }}>
                  {m.name}
                  {m.toleranceAllowed ? <Tag color="green" style={{ marginInlineStart: 6 }}>可容缺</Tag> : null}
                  {m.commitmentAllowed ? <Tag color="green" style={{ marginInlineStart: 6 }}>可告知承诺</Tag> : null}
                </li>
              ))}
            </ol>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无需提交材料" />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/**
 * The general form (items without their own 申请表, domain GENERAL_FORM) through the same
 * ApplicationForm as an item's own, with the test ids its fields always had.
 */
const GENERAL_LAYOUT = {
  schema: GENERAL_FORM.schema,
  ui: {
    ...GENERAL_FORM.ui,
    项目名称: { 'ui:widget': 'testIdInput', 'ui:options': { testId: 'apply-field-project' } },
    经营场所: { 'ui:widget': 'testIdInput', 'ui:options': { testId: 'apply-field-place' } },
    联系人及电话: { 'ui:widget': 'testIdInput', 'ui:options': { testId: 'apply-field-contact' } },
    申请说明: { 'ui:widget': 'testIdInput', 'ui:options': { testId: 'apply-field-notes', long: true } },
  },
};

/** Everything the application will carry, and the submit button. */
function ReviewStep({ c, item, onPrev, onSubmitted }: { c: CaseView; item: PublicItem; onPrev: () => void; onSubmitted: (c: CaseView) => void }) {
  const missing = c.materials.filter((m) => m.state === 'missing');
  const situations = item.situations.filter((s) => c.situation.includes(s.code)).map((s) => s.name);
  return (
    <div data-testid="apply-review">
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'item', label: '申请事项', children: c.itemName },
          { key: 'no', label: '办件', children: <CaseNumbers c={c} /> },
          { key: 'situation', label: '办理情形', children: situations.length ? situations.join('；') : '无' },
          { key: 'limits', label: '办理时限', children: `承诺 ${formatDays(item.promisedDays)}，法定 ${formatDays(item.statutoryDays)}（自受理之日起）` },
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            申请人
          </Typography.Title>
          <ApplicantFacts c={c} />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            申请信息
          </Typography.Title>
          <FormFacts c={c} />
        </Col>
      </Row>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        申请材料
      </Typography.Title>
      <CaseMaterialList c={c} />
      {c.formIssues.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`申请表还有 ${c.formIssues.length} 处需要修改（返回“申请信息”修改）`}
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{c.formIssues.map((i) => <li key={i.path}>{i.message}</li>)}</ul>}
          data-testid="apply-form-issues"
        />
      ) : null}
      {missing.length ? (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={`还有 ${missing.length} 项材料未上传：${missing.map((m) => m.name).join('、')}`} data-testid="apply-missing" />
      ) : null}
      <StepNav
        onPrev={onPrev}
        next={
          <SendButton c={c} body={(v) => actionBody('submit', v, {})} disabled={missing.length > 0} icon={<SendOutlined />} testId="apply-submit" onDone={onSubmitted}>
            提交申请
          </SendButton>
        }
      />
    </div>
  );
}

/** The wizard itself; the page around it says where the draft number lives and where to go after submitting. */
export function ApplyWizard({
  itemCode,
  caseNo,
  onCreated,
  onSubmitted,
  onBehalf,
  initialSituations,
  licence,
}: {
  itemCode: string;
  caseNo: string | null;
  onCreated: (caseNo: string) => void;
  onSubmitted: (c: CaseView) => void;
  /** who files for someone else: a window clerk (types the party) or an agent (picks an authorisation) */
  onBehalf?: 'window' | 'agent' | undefined;
  /** situations already answered (the guide's checklist → 去申报) */
  initialSituations?: string[];
  /** a change (变更) or renewal (延续) of the applicant's licence (我的证照 → 申请变更 / 申请延续) */
  licence?: { no: string; purpose: 'change' | 'renewal' };
}) {
  const keys: StepKey[] = onBehalf ? ['party', 'situations', 'form', 'materials', 'review'] : ['situations', 'form', 'materials', 'review'];
  const item = usePublicItem(itemCode);
  const draft = useCase(caseNo ?? undefined);
  const [step, setStep] = useState<StepKey>(caseNo ? 'materials' : keys[0] ?? 'situations');
  const [chosen, setChosen] = useState<string[] | null>(initialSituations?.length ? initialSituations : null);
  const [partyForm] = Form.useForm<PartyValues>();
  const [agentForm] = Form.useForm<AgentValues>();
  const partyKind = Form.useWatch('kind', partyForm) ?? 'person';
  // an item's own form (申请表): its values, the rendered form, the prefill from the applicant's own data
  const [ownValues, setOwnValues] = useState<Record<string, unknown> | null>(null);
  const ownRef = useRef<FormHandle>(null);
  const [party, setParty] = useState<OnBehalfOf | null>(null);
  // online: the applicant's own; at the window: the party at the counter's own earlier cases (by their number); 代办: the authorising company's
  const prefill = useQuery({
    queryKey: ['cases', 'prefill', itemCode, party],
    queryFn: ({ signal }) => api.get<{ form: Record<string, unknown> }>('/cases/prefill', { itemCode, ...(party && 'authorisationId' in party ? { authorisationId: party.authorisationId } : (party ?? {})) }, signal),
    enabled: !caseNo && !!item.data && (!onBehalf || !!party),
    staleTime: Infinity,
  });
  const { message } = App.useApp();
  const showError = useApiError();
  const store = useStoreCase();
  const create = useMutation({
    mutationFn: (body: CreateCaseBody) => createCase(body),
    onSuccess: (c) => {
      store(c);
      message.success({ content: `已保存草稿，办件编号 ${c.caseNo}`, key: 'material-upload' });
      onCreated(c.caseNo);
      setStep('materials');
    },
    onError: (e) => showError(e, onBehalf === 'window' ? partyForm : undefined),
  });
  const edit = useMutation({
    mutationFn: (v: { caseNo: string; body: Pick<CreateCaseBody, 'situation' | 'form'> }) => editDraft(v.caseNo, v.body),
    onSuccess: (c) => {
      store(c);
      message.success({ content: '草稿已更新', key: 'material-upload' });
      setStep('materials');
    },
    onError: (e) => showError(e),
  });

  if (item.error) return <ErrorAlert error={item.error} />;
  if (!item.data || (caseNo && !draft.data && !draft.error)) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (draft.error) return <ErrorAlert error={draft.error} />;
  const it = item.data;
  const c = draft.data ?? null;
  if (c && c.status !== 'draft')
    return <Result status="info" title={`办件 ${c.caseNo} 已提交`} subTitle={`当前状态：${c.statusName}`} data-testid="apply-already-submitted" />;
  // the applicant of a saved draft stays as filed; its situations and form can change until it is submitted
  const partyLocked = c !== null;
  // codes from a link that the item does not have are dropped
  const situation = (chosen ?? c?.situation ?? []).filter((code) => it.situations.some((x) => x.code === code));
  const index = keys.indexOf(step);
  const go = (k: StepKey | undefined) => k && setStep(k);
  const prev = index > 0 ? () => go(keys[index - 1]) : undefined;

  // an invalid form shows its errors on the fields; nothing else to do then
  const ownForm = it.form ?? GENERAL_LAYOUT;
  const ownAll = ownValues ?? (c ? c.form : (prefill.data?.form ?? {}));
  const saveForm = () => {
    if (!ownRef.current?.validateForm()) return;
    // values of fields the chosen situations hide are not kept
    const own = formForSituation({ schema: ownForm.schema, ui: ownForm.ui, licenceMap: {}, dimensions: [] }, situation, ownAll).data;
    if (c) return edit.mutate({ caseNo: c.caseNo, body: { situation, form: own } });
    const body: CreateCaseBody = { itemCode: it.code, situation, form: own };
    if (party) body.onBehalfOf = party;
    if (licence) body.licence = licence;
    create.mutate(body);
  };
  const fromParty = () => {
    if (partyLocked) return go('situations');
    if (onBehalf === 'agent')
      return agentForm.validateFields().then(
        (v) => {
          setParty(toAgentParty(v));
          go('situations');
        },
        () => undefined,
      );
    partyForm.validateFields().then(
      (v) => {
        setParty(toParty(v));
        go('situations');
      },
      () => undefined,
    );
  };

  let body: ReactNode;
  switch (step) {
    case 'party':
      body = (
        <>
          {partyLocked && c ? (
            <ApplicantFacts c={c} />
          ) : onBehalf === 'agent' ? (
            <Form<AgentValues> form={agentForm} layout="vertical" style={{ maxWidth: 620 }} data-testid="agent-party-form">
              <AgentPartyFields />
            </Form>
          ) : (
            <Form<PartyValues> form={partyForm} layout="vertical" initialValues={{ kind: 'person' }} style={{ maxWidth: 520 }} data-testid="party-form">
              <PartyFields kind={partyKind} nameField="name" testIdPrefix="party" kindLabel="申请人类型" />
            </Form>
          )}
          <StepNav
            next={<NextButton onClick={fromParty} />}
          />
        </>
      );
      break;
    case 'situations':
      body = (
        <>
          <SituationsStep item={it} chosen={situation} onChange={setChosen} />
          <StepNav onPrev={prev} next={<NextButton onClick={() => go('form')} />} />
        </>
      );
      break;
    case 'form':
      body = (
        <>
          {prefill.isLoading ? (
              <Skeleton active />
            ) : (
              <>
                {prefill.data && Object.keys(prefill.data.form).length && !c ? (
                  <Alert type="info" showIcon style={{ marginBottom: 12 }} title={onBehalf === 'window' ? '已根据申请人的证件信息和其本人以前的办件预填部分内容，请与申请人核对。' : onBehalf === 'agent' ? '已根据授权委托书上的企业信息和该企业以前的办件预填部分内容，请核对。' : '已根据您的身份信息和以前的办件预填部分内容，请核对。'} data-testid="apply-prefilled" />
                ) : null}
                <Suspense fallback={<Skeleton active />}>
                  <ApplicationForm
                    form={ownForm}
                    value={ownAll}
                    onChange={setOwnValues}
                    formRef={ownRef}
                    testId={it.form ? 'apply-own-form' : 'apply-form'}
                    situation={situation}
                    renderMaterial={
                      c
                        ? (code) =>
                            c.materials.some((m) => m.code === code) ? (
                              <MaterialUploader c={c} materials={c.materials.filter((m) => m.code === code)} />
                            ) : (
                              <Typography.Text type="secondary">本事项没有这项材料</Typography.Text>
                            )
                        : undefined
                    }
                  />
                </Suspense>
              </>
            )}
          <StepNav onPrev={prev} next={<NextButton onClick={saveForm} loading={create.isPending || edit.isPending}>{c ? '保存修改并上传材料' : '保存并上传材料'}</NextButton>} />
        </>
      );
      break;
    case 'materials':
      body = c ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            请逐项上传 PDF、JPEG 或 PNG 文件（每个不超过 10 MB）；以前办件中提交过的材料可“使用已有材料”；标有“可告知承诺”的材料可以书面承诺代替。
          </Typography.Paragraph>
          <LibraryLicences caseNo={c.caseNo} />
          <MaterialUploader c={c} materials={c.materials} />
          <StepNav onPrev={prev} next={<NextButton onClick={() => go('review')} />} />
        </>
      ) : null;
      break;
    case 'review':
      body = c ? <ReviewStep c={c} item={it} onPrev={() => go('materials')} onSubmitted={onSubmitted} /> : null;
      break;
  }

  return (
    <div data-testid="apply-wizard" data-case-no={c?.caseNo}>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size={[16, 4]}>
          <span>
            申请事项：<b data-testid="apply-item-name">{it.name}</b>
          </span>
          <span>承诺时限 {formatDays(it.promisedDays)}</span>
          {c ? <CaseNumbers c={c} /> : <Tag>尚未保存</Tag>}
          {(c?.licence ?? licence) ? (
            <Tag color="blue" data-testid="apply-licence">
              {(c?.licence ?? licence)?.purpose === 'renewal' ? '延续' : '变更'}证照 {(c?.licence ?? licence)?.no}
            </Tag>
          ) : null}
        </Space>
      </Card>
      <Steps
        size="small"
        current={index}
        items={keys.map((k) => ({ title: STEP_TITLES[k] }))}
        style={{ marginBottom: 16 }}
        responsive
      />
      {c && (step === 'party' || step === 'situations' || step === 'form') ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="草稿已保存。提交前可以修改办理情形和申请信息，离开“申请信息”时保存；申请人不能再更改。" data-testid="apply-draft-editable" />
      ) : null}
      <Card data-testid="apply-step" data-step={step}>
        {body}
      </Card>
    </div>
  );
}
