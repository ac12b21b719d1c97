/**
 * Everything art. 30 of the Administrative Licensing Law asks an item to publish, read-only:
 * used by the public item page and by the back office's review and editor views.
 */
import { DEFAULT_LATE_RULE, describeFeeRule, describeLateRule, FEE_DUE_AT } from '../../domain/fees';
import { Alert, Card, Checkbox, Descriptions, Empty, Space, Steps, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useScreens } from './screens';
import { CheckCircleTwoTone, DownloadOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  DISPOSITIONS,
  ITEM_KINDS,
  ITEM_TYPES,
  ONLINE_LEVELS,
  REALNAME_LEVELS,
  SERVICE_OBJECTS,
  isNotStationed,
  materialsForSituations,
  resultText,
  type ItemKind,
} from '../../domain/catalog-terms';
import type { CatalogItem, Material } from '../../domain/catalog';
import { checklistOf } from '../../domain/inspection';
import { API_BASE } from '../api/client';
import type { NamedCode } from '../api/types';
import { INTERNAL_ITEM_FIELDS, ITEM_FIELD_LABELS as L, MATERIAL_FORMS, ONLINE_LEVEL_COLORS, REQUIREMENTS, countyLabel, formatDays, labelOf } from './labels';
import { PlainList } from './PlainList';
import { WhereToGo } from './WhereToGo';
import { testIdAttrs } from './testId';

/** Display names the item data itself only has codes for. */
export interface ItemNames {
  departmentName: string;
  zoneName: string | null;
  regulators: NamedCode[];
  children?: { code: string; name: string; kind: ItemKind }[];
  parent?: NamedCode | null;
}

/** URL of a material's model text or blank form. */
export const templateUrl = (file: string) => `${API_BASE}/catalog/templates/${encodeURIComponent(file)}`;

function YesNo({ value, testId }: { value: boolean; testId?: string }) {
  return value ? (
    <Tag color="blue" data-testid={testId}>
      是
    </Tag>
  ) : (
    <Tag data-testid={testId}>否</Tag>
  );
}

/** Card titles are h2 under the page's h1, so screen readers can jump between sections. */
const sectionHeading = { font: 'inherit', margin: 0 } as const;

function Section({ title, children, extra, id }: { title: string; children: ReactNode; extra?: ReactNode; id?: string }) {
  return (
    <Card id={id} size="small" title={<h2 style={sectionHeading}>{title}</h2>} extra={extra} style={{ marginBottom: 16, scrollMarginTop: 72 }}>
      {children}
    </Card>
  );
}

function TextList({ items, empty, testId }: { items: string[]; empty: string; testId: string }) {
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingLeft: 20 }} data-testid={testId}>
      {items.map((t, i) => (
        <li key={i} style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
          {t}
        </li>
      ))}
    </ol>
  );
}

function tagList(values: string[]) {
  return values.length ? values.map((v) => <Tag key={v}>{v}</Tag>) : '—';
}

function BasicInfo({ item, names, publicView }: { item: CatalogItem; names: ItemNames; publicView: boolean }) {
  const screens = useScreens();
  const flags = (
    <Space wrap size={[12, 4]}>
      <span>
        {L.onSiteInspection} <YesNo value={item.onSiteInspection} testId="item-on-site-inspection" />
      </span>
      <span>
        {L.expertReview} <YesNo value={item.expertReview} />
      </span>
      <span>
        {L.jointHandling} <YesNo value={item.jointHandling} />
      </span>
      <span>
        {L.hearing} <YesNo value={item.hearing} />
      </span>
    </Space>
  );
  const items = [
    { key: 'name', label: L.name, children: <span data-testid="item-name">{item.name}</span>, span: 2 },
    { key: 'code', label: L.code, children: <span data-testid="item-code" style={{ overflowWrap: 'anywhere' }}>{item.code}</span> },
    { key: 'basicCode', label: L.basicCode, children: item.basicCode || '—' },
    { key: 'type', label: L.type, children: labelOf(ITEM_TYPES, item.type) },
    { key: 'kind', label: L.kind, children: labelOf(ITEM_KINDS, item.kind) },
    {
      key: 'disposition',
      label: L.disposition,
      children: (
        <span data-testid="item-disposition">
          {item.disposition ? labelOf(DISPOSITIONS, item.disposition) : '不属于清理事项'}
          {item.disposition === 'delegated' && item.delegatedTo ? `（下放至 ${countyLabel(item.delegatedTo)}）` : ''}
        </span>
      ),
    },
    {
      key: 'parent',
      label: L.parentCode,
      children: item.parentCode ? (
        <Link to={`/items/${encodeURIComponent(item.parentCode)}`} data-testid="item-parent-link">
          {names.parent?.name ?? item.parentCode}
        </Link>
      ) : (
        '—'
      ),
    },
    { key: 'department', label: L.departmentCode, children: <span data-testid="item-department">{names.departmentName || item.departmentCode}</span> },
    {
      key: 'regulators',
      label: L.regulatorCodes,
      children: names.regulators.length ? names.regulators.map((r) => <Tag key={r.code}>{r.name}</Tag>) : '—',
    },
    { key: 'serviceObject', label: L.serviceObject, children: labelOf(SERVICE_OBJECTS, item.serviceObject) },
    {
      key: 'onlineLevel',
      label: L.onlineLevel,
      children: <Tag color={ONLINE_LEVEL_COLORS[item.onlineLevel]}>{labelOf(ONLINE_LEVELS, item.onlineLevel)}</Tag>,
    },
    ...(item.minRealNameLevel
      ? [{ key: 'minRealNameLevel', label: L.minRealNameLevel, children: <span data-testid="item-min-realname-level">{labelOf(REALNAME_LEVELS, item.minRealNameLevel)}</span> }]
      : []),
    {
      key: 'statutoryDays',
      label: '法定时限',
      children: (
        <span>
          <b data-testid="item-statutory-days" data-days={item.statutoryDays}>
            {item.statutoryDays}
          </b>{' '}
          个工作日
        </span>
      ),
    },
    {
      key: 'promisedDays',
      label: '承诺时限',
      children: (
        <span style={{ color: '#1558a8' }}>
          {item.promisedDays === 0 ? (
            <b data-testid="item-promised-days" data-days={0}>
              即办
            </b>
          ) : (
            <>
              <b data-testid="item-promised-days" data-days={item.promisedDays}>
                {item.promisedDays}
              </b>{' '}
              个工作日
            </>
          )}
        </span>
      ),
    },
    {
      key: 'resultType',
      label: L.resultType,
      children: (
        <span data-testid="item-result" data-result={item.resultType}>
          {resultText(item)}
          {item.resultType === 'licence' ? `，${item.licenceYears ? `有效期 ${item.licenceYears} 年` : '长期有效'}` : ''}
        </span>
      ),
    },
    { key: 'instant', label: L.instant, children: <YesNo value={item.instant} testId="item-instant" /> },
    { key: 'zone', label: L.zone, children: names.zoneName ?? (item.zone || '—') },
    { key: 'location', label: L.location, children: item.location || '—', span: 2 },
    { key: 'flags', label: '特别程序', children: flags, span: 2 },
    { key: 'consultPhone', label: L.consultPhone, children: item.consultPhone || '—' },
    { key: 'aliases', label: L.aliases, children: tagList(item.aliases) },
    { key: 'oldNames', label: L.oldNames, children: tagList(item.oldNames) },
    { key: 'keywords', label: L.keywords, children: tagList(item.keywords) },
  ].filter((i) => !publicView || !INTERNAL_ITEM_FIELDS.has(i.key as keyof CatalogItem));
  if (item.description) items.push({ key: 'description', label: L.description, children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>, span: 2 });
  return (
    <Section title="基本信息">
      <Descriptions
        bordered
        size="small"
        column={screens.md ? 2 : 1}
        items={items.map((i) => ({ ...i, span: screens.md ? (i.span ?? 1) : 1 }))}
        styles={{ label: { width: screens.md ? 140 : 104 }, content: { overflowWrap: 'anywhere' } }}
      />
    </Section>
  );
}

function TemplateLink({ file }: { file: string | null }) {
  return file ? (
    <a href={templateUrl(file)} download data-testid="material-template-link">
      <DownloadOutlined aria-hidden /> 下载示范文本
    </a>
  ) : null;
}

function RequirementTag({ requirement }: { requirement: Material['requirement'] }) {
  return <Tag color={requirement === 'required' ? 'red' : 'default'}>{REQUIREMENTS[requirement]}</Tag>;
}

const noMaterials = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无需提交材料" />;

/** The materials as a numbered list of small cards, for phones. */
function MaterialList({ materials }: { materials: Material[] }) {
  if (materials.length === 0) return noMaterials;
  return (
    <ol data-testid="materials-table" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {materials.map((m, i) => (
        <li key={m.code} {...testIdAttrs('material-row', { code: m.code })} style={{ padding: '10px 0', borderTop: i === 0 ? 'none' : '1px solid #f0f0f0' }}>
          <div style={{ fontWeight: 500 }}>
            {i + 1}. {m.name}
          </div>
          {m.notes ? <div style={{ color: '#595959', fontSize: 12 }}>{m.notes}</div> : null}
          <Space wrap size={[6, 4]} style={{ display: 'flex', marginTop: 6, fontSize: 13 }}>
            <RequirementTag requirement={m.requirement} />
            <span>{m.source}</span>
            <span>
              原件 {m.originals} · 复印件 {m.copies}
            </span>
            <span>{MATERIAL_FORMS[m.form]}</span>
            {m.toleranceAllowed ? <Tag color="green">可容缺受理</Tag> : null}
            {m.commitmentAllowed ? <Tag color="green">可告知承诺</Tag> : null}
            {m.licenceTypes.length ? <Tag color="blue">可用电子证照：{m.licenceTypes.join('、')}</Tag> : null}
            <TemplateLink file={m.template} />
          </Space>
        </li>
      ))}
    </ol>
  );
}

function MaterialsTable({ materials }: { materials: Material[] }) {
  const screens = useScreens();
  if (!screens.md) return <MaterialList materials={materials} />;
  const columns: TableColumnsType<Material> = [
    { title: '序号', key: 'index', width: 56, render: (_, __, i) => i + 1 },
    {
      title: '材料名称',
      dataIndex: 'name',
      render: (name: string, m) => (
        <div>
          <div>{name}</div>
          {m.notes ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.notes}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: '来源渠道', dataIndex: 'source', width: 120 },
    {
      title: '是否必需',
      dataIndex: 'requirement',
      width: 90,
      render: (r: Material['requirement']) => <RequirementTag requirement={r} />,
    },
    {
      title: '份数',
      key: 'counts',
      width: 120,
      render: (_, m) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          原件 {m.originals} · 复印件 {m.copies}
        </span>
      ),
    },
    { title: '材料形式', dataIndex: 'form', width: 100, render: (f: Material['form']) => MATERIAL_FORMS[f] },
    {
      title: '容缺受理',
      dataIndex: 'toleranceAllowed',
      width: 84,
      render: (v: boolean) => (v ? <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="可容缺" /> : <MinusCircleOutlined style={{ color: '#d9d9d9' }} aria-label="不可容缺" />),
    },
    {
      title: '告知承诺',
      dataIndex: 'commitmentAllowed',
      width: 84,
      render: (v: boolean) => (v ? <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="可告知承诺" /> : <MinusCircleOutlined style={{ color: '#d9d9d9' }} aria-label="不适用" />),
    },
    {
      title: '可用电子证照',
      dataIndex: 'licenceTypes',
      width: 130,
      render: (types: string[]) => (types.length ? types.join('、') : '—'),
    },
    {
      title: '示范文本',
      dataIndex: 'template',
      width: 130,
      render: (file: string | null) => (file ? <TemplateLink file={file} /> : '—'),
    },
  ];
  return (
    <Table<Material>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={materials}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(m) => testIdAttrs('material-row', { code: m.code })}
      locale={{ emptyText: noMaterials }}
      data-testid="materials-table"
    />
  );
}

/** Situations (情形) to tick and the material list for exactly that choice. */
function SituationsAndMaterials({ item, filterBySituation }: { item: CatalogItem; filterBySituation: boolean }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(!filterBySituation);
  const materials = useMemo(() => (showAll ? item.materials : materialsForSituations(item, chosen)), [item, chosen, showAll]);
  const conditionalCount = item.materials.filter((m) => m.requirement === 'conditional').length;
  return (
    <>
      {item.situations.length > 0 ? (
        <Section title="办理情形">
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            请勾选符合您的情形，下方材料清单将按所选情形列出需要提交的材料。
          </Typography.Paragraph>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v.map(String))} style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {item.situations.map((s) => (
                <Checkbox key={s.code} value={s.code} data-testid={`situation-${s.code}`}>
                  <span style={{ fontWeight: 500 }}>{s.name}</span>
                  {s.description ? <div style={{ color: '#595959', fontSize: 12 }}>{s.description}</div> : null}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Section>
      ) : null}
      <Section
        id={MATERIALS_ANCHOR}
        title={`申请材料（${materials.length} 项）`}
        extra={
          conditionalCount > 0 ? (
            <Space size={4}>
              <span style={{ fontSize: 12 }} aria-hidden>
                显示全部材料
              </span>
              <Switch size="small" checked={showAll} onChange={setShowAll} aria-label="显示全部材料" data-testid="materials-show-all" />
            </Space>
          ) : null
        }
      >
        {!showAll && conditionalCount > 0 ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={chosen.length ? `已按所选 ${chosen.length} 种情形列出材料` : '当前仅列出必需材料；勾选情形后将加上该情形需要的材料'}
          />
        ) : null}
        <MaterialsTable materials={materials} />
      </Section>
    </>
  );
}

/** How a fee is computed, when it is assessed, by when it is paid, its waivers and what follows a late payment, in words (domain/fees.ts). */
function feeComputation(t: NonNullable<CatalogItem['fees'][number]['terms']>): string {
  const waivers = t.waivers.map((w) => `${w.name}：${w.condition}（减免${w.percent}%，须经审批）`).join('；');
  return `${describeFeeRule(t.rule)}；${FEE_DUE_AT[t.dueAt]}，核定后 ${t.payWithinDays} 日内缴纳${waivers ? `；${waivers}` : ''}；${describeLateRule(t.late ?? DEFAULT_LATE_RULE)}`;
}

/** The fees of a charged item: a table on wide screens, a list on phones. */
function Fees({ fees }: { fees: CatalogItem['fees'] }) {
  const screens = useScreens();
  if (!screens.md)
    return (
      <PlainList
        items={fees}
        rowKey={(f) => f.name}
        testId="item-fees"
        render={(f) => (
          <div>
            <div style={{ fontWeight: 500 }}>{f.name}</div>
            <div>收费标准：{f.amount}</div>
            {f.terms ? <div data-testid="item-fee-computation">计费方式：{feeComputation(f.terms)}</div> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              收费依据：{f.basis}
            </Typography.Text>
          </div>
        )}
      />
    );
  return (
    <Table
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={fees}
      data-testid="item-fees"
      columns={[
        { title: '收费项目', dataIndex: 'name' },
        { title: '收费依据', dataIndex: 'basis' },
        { title: '收费标准', dataIndex: 'amount' },
        { title: '计费方式', key: 'computation', render: (_: unknown, f: CatalogItem['fees'][number]) => (f.terms ? <span data-testid="item-fee-computation">{feeComputation(f.terms)}</span> : '—') },
      ]}
    />
  );
}

/** The id of the material list's card, for links to it. */
export const MATERIALS_ANCHOR = 'item-materials';

/**
 * The full read-only item. `filterBySituation` (public portal) starts the material list from
 * the ticked situations; the back office shows every material. `publicView` leaves out the
 * back office's fields (检索关键词, 处理意见).
 */
export function ItemDetail({ item, names, filterBySituation = true, publicView = false }: { item: CatalogItem; names: ItemNames; filterBySituation?: boolean; publicView?: boolean }) {
  const screens = useScreens();
  return (
    <div data-testid="item-detail">
      {isNotStationed(item) ? <WhereToGo item={item} style={{ marginBottom: 16 }} /> : null}
      <BasicInfo item={item} names={names} publicView={publicView} />
      <Section title={L.legalBasis}>
        <TextList items={item.legalBasis} empty="—" testId="item-legal-basis" />
      </Section>
      <Section title={L.conditions}>
        <TextList items={item.conditions} empty="无特别申请条件" testId="item-conditions" />
      </Section>
      {item.onSiteInspection ? (
        <Section title="现场踏勘要点">
          <TextList items={checklistOf(item)} empty="—" testId="item-inspection-checklist" />
        </Section>
      ) : null}
      <SituationsAndMaterials item={item} filterBySituation={filterBySituation} />
      <Section title={L.steps}>
        {item.steps.length ? (
          <Steps
            orientation={screens.md && item.steps.length <= 6 ? 'horizontal' : 'vertical'}
            size="small"
            current={item.steps.length}
            items={item.steps.map((s) => ({
              title: s.name,
              content: (
                <span>
                  {s.role} · {formatDays(s.days)}
                </span>
              ),
            }))}
            data-testid="item-steps"
          />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </Section>
      <Section title="收费">
        {item.feeFree ? (
          <Tag color="green" data-testid="item-fee-free">
            不收费
          </Tag>
        ) : (
          <Fees fees={item.fees} />
        )}
      </Section>
      {names.children && names.children.length > 0 ? (
        <Section title={`关联事项（${names.children.length}）`}>
          <PlainList
            items={names.children}
            rowKey={(c) => c.code}
            testId="item-children"
            render={(c) => (
              <Link to={`/items/${encodeURIComponent(c.code)}`} data-testid="item-child-link">
                {c.name}
              </Link>
            )}
            extra={(c) => <Tag>{labelOf(ITEM_KINDS, c.kind)}</Tag>}
          />
        </Section>
      ) : null}
    </div>
  );
}
