/**
 * Pieces every case screen shows: the status tag, the coloured deadline badge, the clock facts,
 * the timeline of actions, the materials with their files. Read-only; the applicant, window,
 * review and public pages put them together.
 */
import { Descriptions, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useScreens } from '../../components/screens';
import { FilePdfOutlined, FileImageOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { CASE_STATUSES, FINAL_STATUSES, type CaseStatus } from '../../../domain/case';
import { PAUSE_KINDS, type PauseKind } from '../../../domain/clock';
import type { CaseActionEntry, CaseClock, CaseFile, CaseMaterial, CaseView, ClockState, MaterialState } from '../../api/types';
import { PlainList } from '../../components/PlainList';
import { formatTime } from '../../components/format';
import { REQUIREMENTS, labelOf } from '../../components/labels';
import { caseFileUrl } from './casesApi';

/** Tag colours of the statuses. */
const STATUS_COLORS: Record<CaseStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  supplement_requested: 'warning',
  accepted: 'blue',
  paused: 'purple',
  approved: 'success',
  refused: 'error',
  rejected: 'error',
  withdrawn: 'default',
};

/** The statuses a list may filter by; staff lists leave out drafts (the applicant's own business). */
export const statusOptions = (withDrafts: boolean) => [
  // groups first (the API takes several statuses separated by commas)
  { value: 'accepted,paused', label: '在办（审查中、特别程序中）' },
  { value: FINAL_STATUSES.join(','), label: '已办结（全部结果）' },
  ...(Object.keys(CASE_STATUSES) as CaseStatus[]).filter((s) => withDrafts || s !== 'draft').map((s) => ({ value: s, label: CASE_STATUSES[s] })),
];

/** How each clock state reads, and its tag colour: green on time, yellow warning, red overdue, grey stopped. */
export const CLOCK_STATES: Record<ClockState, readonly [label: string, color: string]> = {
  ok: ['正常', 'green'], warning: ['临期预警', 'gold'], overdue: ['已超期', 'red'], paused: ['暂停计时', 'default'],
  waiting_applicant: ['待申请人补正', 'default'], done: ['已办结', 'default'], not_started: ['未开始计时', 'default'],
};

/** Clock states a list may filter by. */
export const CLOCK_STATE_OPTIONS = (Object.keys(CLOCK_STATES) as ClockState[]).map((s) => ({ value: s, label: CLOCK_STATES[s][0] }));

/** How a case came in. */
export const CHANNELS: Record<string, string> = { online: '网上申请', window: '窗口申请', agent: '代办' };

/** zh-CN names of material states, and their tag colours. */
export const MATERIAL_STATES: Record<MaterialState, readonly [label: string, color: string]> = {
  missing: ['未上传', 'default'], uploaded: ['已上传', 'blue'], flagged: ['需补正', 'orange'],
  passed: ['已审核', 'green'], pending: ['容缺待补', 'purple'], committed: ['告知承诺', 'cyan'],
};

/** The case's status as a coloured tag (`data-status` for tests). */
export function CaseStatusTag({ status, testId = 'case-status' }: { status: CaseStatus; testId?: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {CASE_STATUSES[status]}
    </Tag>
  );
}

/**
 * What follows a deadline's state: " · 剩 3 个工作日", " · 今日到期", " · 超 2 个工作日"; nothing when
 * unknown, or when the state already says all (overdue with no working day past: a due day on a Friday seen at the weekend).
 */
export function daysLeftText(overdue: boolean, remaining: number | null | undefined): string {
  if (remaining === null || remaining === undefined) return '';
  if (remaining < 0) return ` · 超 ${-remaining} 个工作日`;
  if (overdue) return '';
  return remaining === 0 ? ' · 今日到期' : ` · 剩 ${remaining} 个工作日`;
}

/** The deadline badge: green / yellow / red by the clock state, grey while stopped; with the working days left when known. */
export function ClockBadge({ state, remaining }: { state: ClockState; remaining?: number | null }) {
  const [label, color] = CLOCK_STATES[state];
  const days = state === 'paused' || state === 'done' ? '' : daysLeftText(state === 'overdue', remaining);
  return (
    <Tag color={color} data-testid="clock-badge" data-state={state} style={{ marginInlineEnd: 0 }}>
      {label}
      {days}
    </Tag>
  );
}

/** A day (never broken across lines), or a dash. */
const day = (d: string | null | undefined) => <span style={{ whiteSpace: 'nowrap' }}>{d ?? '—'}</span>;

/** The name of a pause kind (art. 45 procedures). */
export const pauseLabel = (kind: string) => labelOf(PAUSE_KINDS, kind);

/** Every date of the clock: received, acceptance due, accepted, promised and statutory due, pauses, decision. */
export function ClockFacts({ clock, compact = false }: { clock: CaseClock; compact?: boolean }) {
  const screens = useScreens();
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'received', label: '收件日期', children: <span data-testid="clock-received">{day(clock.receivedAt)}</span> },
  ];
  if (clock.acceptanceDue || !clock.acceptedAt)
    items.push({ key: 'acceptanceDue', label: '受理期限', children: <span data-testid="clock-acceptance-due">{day(clock.acceptanceDue)}</span> });
  if (clock.supplementToldOn)
    items.push({
      key: 'supplementTold',
      label: '补正告知送达',
      children: (
        <span data-testid="clock-supplement-told">
          {day(clock.supplementToldOn)}
          {clock.supplementLate ? <Tag color="red" style={{ marginInlineStart: 8 }}>晚于受理期限，依法视为受理</Tag> : null}
        </span>
      ),
    });
  items.push(
    { key: 'accepted', label: '受理日期', children: <span data-testid="clock-accepted">{day(clock.acceptedAt)}</span> },
    {
      key: 'promised',
      label: '承诺办结日',
      children: (
        <b data-testid="clock-promised-due" style={{ color: '#1558a8' }}>
          {day(clock.promisedDue)}
        </b>
      ),
    },
    {
      key: 'statutory',
      label: '法定办结日',
      children: (
        <span data-testid="clock-statutory-due">
          {day(clock.decisionDue)}
          {clock.extensionDays > 0 ? <Tag style={{ marginInlineStart: 6 }}>已延期 {clock.extensionDays} 日</Tag> : null}
        </span>
      ),
    },
    {
      key: 'remaining',
      label: '剩余工作日',
      children: (
        <span data-testid="clock-remaining" data-days={clock.remainingWorkingDays ?? ''}>
          <ClockBadge state={clock.state} remaining={clock.remainingWorkingDays} />
        </span>
      ),
    },
  );
  if (clock.pauses.length)
    items.push({
      key: 'pauses',
      label: '特别程序',
      children: (
        <div data-testid="clock-pauses">
          {clock.pauses.map((p, i) => (
            <div key={i}>
              {pauseLabel(p.kind)}：{p.from} 至 {p.to ?? '进行中'}（不计时 {p.workingDays} 个工作日）
            </div>
          ))}
        </div>
      ),
    });
  if (clock.decidedAt)
    items.push({
      key: 'decided',
      label: '办结日期',
      children: (
        <span data-testid="clock-decided">
          {clock.decidedAt}
          {clock.onTime === true ? <Tag color="green" style={{ marginInlineStart: 6 }}>按时办结</Tag> : null}
          {clock.onTime === false ? <Tag color="red" style={{ marginInlineStart: 6 }}>超期办结</Tag> : null}
        </span>
      ),
    });
  return (
    <Descriptions
      data-testid="case-clock"
      data-state={clock.state}
      size="small"
      bordered
      column={compact || !screens.md ? 1 : 2}
      items={items}
      styles={{ label: { width: 110 } }}
    />
  );
}

/** The labelled payload fields each action shows on the timeline. */
const DETAIL_FIELDS: Partial<Record<CaseActionEntry['type'], [label: string, key: string][]>> = {
  request_supplement: [['需补正材料数', 'count']],
  commit_promise: [['核查日期', 'checkDue']],
  start_pause: [['事由', 'reason']],
  end_pause: [['结果', 'result']],
  request_extension: [['延长工作日', 'days'], ['理由', 'reason']],
  reject: [['有权机关', 'competentBody'], ['理由', 'reason']],
  submit_opinion: [['意见', 'opinion']],
  approve: [['意见', 'opinion']],
  refuse: [['理由', 'reasons']],
  withdraw: [['原因', 'reason']],
  assign: [['审查人员', 'name']],
  deem_accept: [['视为受理日', 'receivedAt']],
};

/** The due days a calendar recalculation names, in the order the clock shows them. */
const DUE_LABELS = { acceptanceDue: '受理期限', promisedDue: '承诺办结日', decisionDue: '法定办结日' } as const;

/** What a `recalculate_deadlines` entry says: why, and each due day moved or kept as told. */
function recalculationLines(p: Record<string, unknown>): string[] {
  const before = (p.before ?? {}) as Record<string, unknown>;
  const after = (p.after ?? {}) as Record<string, unknown>;
  const held = Array.isArray(p.held) ? p.held : [];
  const lines = typeof p.reason === 'string' ? [`原因：${p.reason}`] : [];
  for (const [key, label] of Object.entries(DUE_LABELS)) {
    if (typeof after[key] !== 'string') continue;
    if (held.includes(key)) lines.push(`${label}：${String(after[key])}（按已告知的日期保持不变）`);
    else if (before[key] !== after[key]) lines.push(`${label}：${String(before[key] ?? '—')} → ${String(after[key])}`);
  }
  return lines;
}

/** The `{materialCode, …}` entries of a payload list (补正 items, 容缺 materials). */
function entries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}

/** One line per fact an action carries (reasons, problems, pause kind…), for the timeline. */
function actionDetails(a: CaseActionEntry, materialName: (code: string) => string): string[] {
  const p = a.payload;
  const text = (key: string) => (typeof p[key] === 'string' || typeof p[key] === 'number' ? String(p[key]) : null);
  const lines: string[] = [];
  // what names materials or procedures comes first
  for (const i of entries(p.items)) lines.push(`${materialName(String(i.materialCode))}：${String(i.problem ?? '')}`);
  for (const i of entries(p.pending)) lines.push(`容缺：${materialName(String(i.materialCode))}，${String(i.dueDate)} 前补齐`);
  if (text('materialCode')) lines.push(materialName(String(p.materialCode)));
  if (a.type === 'start_pause' && text('kind')) lines.push(`${pauseLabel(String(p.kind))}${text('expectedDays') ? `，预计 ${text('expectedDays')} 个工作日` : ''}`);
  if (a.type === 'recalculate_deadlines') lines.push(...recalculationLines(p));
  for (const [label, key] of DETAIL_FIELDS[a.type] ?? []) {
    const v = text(key);
    if (v) lines.push(`${label}：${v}`);
  }
  return lines;
}

const TIMELINE_COLORS: Partial<Record<CaseActionEntry['type'], string>> = {
  approve: 'green',
  accept: 'green',
  accept_pending: 'green',
  refuse: 'red',
  reject: 'red',
  request_supplement: 'orange',
  start_pause: 'gray',
  withdraw: 'gray',
  recalculate_deadlines: 'orange',
};

/** The case's actions, oldest first, each with who, when and what it carried. */
export function CaseTimeline({ c }: { c: Pick<CaseView, 'actions' | 'materials'> }) {
  const materialName = (code: string) => c.materials.find((m) => m.code === code)?.name ?? code;
  return (
    <Timeline
      data-testid="case-timeline"
      items={c.actions.map((a) => ({
        key: a.seq,
        color: TIMELINE_COLORS[a.type] ?? 'blue',
        content: (
          <div data-testid="timeline-entry" data-type={a.type}>
            <Space wrap size={[8, 0]}>
              <b>{a.name}</b>
              <Typography.Text type="secondary">{formatTime(a.at)}</Typography.Text>
              <Typography.Text type="secondary">{a.actorName}</Typography.Text>
            </Space>
            {actionDetails(a, materialName).map((line, i) => (
              <div key={i} style={{ color: '#595959', fontSize: 13, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {line}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}

/** A material's state as a tag. */
export function MaterialStateTag({ state }: { state: MaterialState }) {
  const [label, color] = MATERIAL_STATES[state];
  return (
    <Tag color={color} data-testid="material-state" data-state={state}>
      {label}
    </Tag>
  );
}

/** The files of a material, each opening in a new tab (the newest first; older ones are earlier versions). */
export function MaterialFiles({ caseNo, files, latestOnly = false }: { caseNo: string; files: CaseFile[]; latestOnly?: boolean }) {
  if (files.length === 0) return null;
  const shown = latestOnly ? files.slice(0, 1) : files;
  return (
    <Space orientation="vertical" size={0}>
      {shown.map((f, i) => (
        <a key={`${f.id}-${i}`} href={caseFileUrl(caseNo, f.id)} target="_blank" rel="noreferrer" data-testid="material-file" data-file-id={f.id}>
          {f.mediaType === 'application/pdf' ? <FilePdfOutlined aria-hidden /> : <FileImageOutlined aria-hidden />} {f.name}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            {(f.size / 1024).toFixed(1)} KB · {formatTime(f.at)}
            {f.reused ? ' · 复用' : ''}
            {i === 0 && files.length > 1 && !latestOnly ? ' · 最新' : ''}
          </Typography.Text>
        </a>
      ))}
    </Space>
  );
}

/** Name, requirement and the catalog's 容缺 / 告知承诺 flags of a material. */
export function MaterialTitle({ m, index }: { m: CaseMaterial; index?: number }) {
  return (
    <div>
      <span style={{ fontWeight: 500 }}>
        {index !== undefined ? `${index + 1}. ` : ''}
        {m.name}
      </span>{' '}
      <Tag color={m.requirement === 'required' ? 'red' : 'default'}>{labelOf(REQUIREMENTS, m.requirement)}</Tag>
      {m.toleranceAllowed ? (
        <Tooltip title="暂缺该材料的，窗口可先行受理（容缺受理），申请人在约定日期前补齐">
          <Tag color="green">可容缺</Tag>
        </Tooltip>
      ) : null}
      {m.commitmentAllowed ? (
        <Tooltip title="可由申请人书面承诺代替该证明材料（告知承诺制），事后核查">
          <Tag color="green">可告知承诺</Tag>
        </Tooltip>
      ) : null}
    </div>
  );
}

/**
 * The materials of a case with their state: by default read-only (name, 补正 problem or 容缺 due
 * date, files); `row` draws a row differently (the window's checklist), `extra` adds a control.
 */
export function CaseMaterialList({
  c,
  extra,
  row,
  testId = 'case-materials',
}: {
  c: CaseView;
  extra?: (m: CaseMaterial) => ReactNode;
  row?: (m: CaseMaterial, index: number) => ReactNode;
  testId?: string;
}) {
  return (
    <PlainList
      items={c.materials}
      rowKey={(m) => m.code}
      testId={testId}
      empty="无材料"
      render={(m) =>
        row ? (
          row(m, c.materials.indexOf(m))
        ) : (
          <div data-testid="case-material" data-code={m.code} data-state={m.state}>
            <MaterialTitle m={m} index={c.materials.indexOf(m)} />
            <MaterialNotes c={c} code={m.code} />
            <MaterialFiles caseNo={c.caseNo} files={m.files} />
          </div>
        )
      }
      extra={(m) => (
        <Space>
          {extra?.(m)}
          <MaterialStateTag state={m.state} />
        </Space>
      )}
    />
  );
}

/** The open 补正 problem, 容缺 due date or commitment check date of one material. */
export function MaterialNotes({ c, code }: { c: CaseView; code: string }) {
  const flagged = c.flaggedMaterials.find((f) => f.materialCode === code);
  const pending = c.pendingMaterials.find((p) => p.materialCode === code);
  const promise = c.commitments.find((p) => p.materialCode === code);
  if (!flagged && !pending && !promise) return null;
  return (
    <div style={{ fontSize: 13 }}>
      {flagged ? (
        <div style={{ color: '#ad4e00' }} data-testid="material-problem">
          补正要求：{flagged.problem}
        </div>
      ) : null}
      {pending ? <div style={{ color: '#722ed1' }}>容缺受理，请于 {pending.dueDate} 前补齐</div> : null}
      {promise ? <div style={{ color: '#006d75' }}>已书面承诺，核查日期 {promise.checkDue}</div> : null}
    </div>
  );
}

/** Who applied: name, kind, masked numbers. */
export function ApplicantFacts({ c }: { c: CaseView }) {
  const a = c.applicant;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 110 } }}
      items={[
        { key: 'name', label: a.kind === 'organisation' ? '申请单位' : '申请人', children: <span data-testid="case-applicant">{a.name}</span> },
        ...(a.idNumber ? [{ key: 'id', label: '身份证号', children: a.idNumber }] : []),
        ...(a.creditCode ? [{ key: 'credit', label: '统一社会信用代码', children: a.creditCode }] : []),
        ...(a.phone ? [{ key: 'phone', label: '联系电话', children: a.phone }] : []),
        { key: 'channel', label: '申请方式', children: labelOf(CHANNELS, c.channel) },
      ]}
    />
  );
}

/** Fields of the apply wizard's form, shown first and in this order (the server keeps no order). */
/** The filled application form (申请表) as the server reads it against the case's own form version. */
export function FormFacts({ c }: { c: Pick<CaseView, 'formRows' | 'formVersion'> }) {
  if (c.formRows.length === 0) return <Typography.Text type="secondary">未填写申请信息</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      data-testid="case-form"
      data-form-version={c.formVersion}
      styles={{ label: { width: 130 } }}
      items={c.formRows.map((r) => ({ key: r.key, label: r.title, children: <span style={{ whiteSpace: 'pre-wrap' }} data-field={r.key}>{r.text}</span> }))}
    />
  );
}

/** Case number and query code, for the public lookup. */
export function CaseNumbers({ c }: { c: Pick<CaseView, 'caseNo' | 'queryCode'> }) {
  return (
    <Space wrap size={[12, 4]}>
      <span>
        办件编号{' '}
        <Typography.Text strong copyable data-testid="case-no">
          {c.caseNo}
        </Typography.Text>
      </span>
      {c.queryCode ? (
        <span>
          查询码{' '}
          <Typography.Text strong copyable code data-testid="case-query-code">
            {c.queryCode}
          </Typography.Text>
        </span>
      ) : null}
    </Space>
  );
}

/** The pause kinds as select options. */
export const PAUSE_OPTIONS = (Object.keys(PAUSE_KINDS) as PauseKind[]).map((k) => ({ value: k, label: PAUSE_KINDS[k] }));
