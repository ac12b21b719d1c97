/**
 * The regulators' workbench (issue #22, docs/adr/0021-regulator-workbench.md): "谁审批谁负责、谁主管谁监管".
 * A regulator's staff see the decisions and licences of the items their department supervises as
 * they happen and acknowledge (签收) each within two working days; they send supervision results
 * through the exchange's own inbound path (signed on the server with the department's secret, the
 * same receipts); the 事中事后监管 figures per department serve their overview and the bureau's
 * analytics (with the events as drill-down).
 */
import type { z } from 'zod';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { effectText, EVENT_TYPES, INBOUND_STATUS_NAMES, INBOUND_TYPE_NAMES, REGULATOR_EVENT_FIGURES, REGULATOR_FIGURES, type EventType, type RegulatorFigure } from '../../../domain/exchange-terms.js';
import { isValidIdNumber, maskIdNumber } from '../../../domain/identifiers.js';
import type { InboundMessage } from '../../../domain/exchange.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorize, authorizeUser, type Actor } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { badRequest, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { excel, tableSheet } from '../../platform/excel.js';
import type { ExchangeService } from '../exchange/exchange.service.js';
import { listDepartments } from '../org/org.queries.js';
import * as repo from './regulators.repository.js';
import type { recordView } from './regulators.schemas.js';

export interface RegulatorsDeps {
  db: Db;
  exchange: Pick<ExchangeService, 'sendFromWorkbench'>;
  now: () => Date;
}

/** Who may read every department's figures and events (the bureau's analytics and licence officers). */
const BUREAU_READERS = ['analytics.read', 'licence.manage'] as const;

export class RegulatorsService {
  constructor(private readonly d: RegulatorsDeps) {}

  private today(): string {
    return toShanghaiDate(this.d.now());
  }

  /** The department a regulator's staff act for (their regulator grant), or 403. */
  private departmentOf(actor: Actor): { user: ReturnType<typeof authorizeUser>; departmentCode: string } {
    const user = authorizeUser(actor, 'exchange.regulator');
    const departmentCode = user.roles.find((r) => r.role === 'regulator')?.departmentCode;
    if (!departmentCode) throw new DomainError('REGULATORS.NO_DEPARTMENT', 403, '账号未关联监管部门');
    return { user, departmentCode };
  }

  /**
   * The department whose events or figures are read: a regulator's own (asking for another is 403),
   * or, for the bureau's readers, the one asked for.
   */
  private readable(actor: Actor, asked: string | undefined): string | undefined {
    const who = authorize(actor, 'exchange.regulator', ...BUREAU_READERS);
    if (who.permissions.some((p) => (BUREAU_READERS as readonly string[]).includes(p))) return asked;
    const { departmentCode } = this.departmentOf(actor);
    if (asked && asked !== departmentCode) throw forbidden('只能查看本部门监管的事项');
    return departmentCode;
  }

  /** The decisions and licence events of a department's items, newest first, with their acknowledgement. */
  async events(actor: Actor, q: { departmentCode?: string; status?: repo.EventFilter['status']; type?: string; before?: number; limit: number }) {
    const departmentCode = this.readable(actor, q.departmentCode);
    if (!departmentCode) throw badRequest('REQUEST.INVALID', '请选择监管部门', [{ path: 'departmentCode', message: '请选择监管部门' }]);
    const today = this.today();
    const rows = await repo.events(this.d.db, { ...q, departmentCode, today });
    return { items: rows.map((r) => eventView(r, today)) };
  }

  /** Acknowledge (签收) an event of the department's items; a second acknowledgement changes nothing. */
  async acknowledge(actor: Actor, seq: number) {
    const { user, departmentCode } = this.departmentOf(actor);
    const now = this.d.now();
    const today = toShanghaiDate(now);
    await this.d.db.transaction().execute(async (trx) => {
      const done = await trx
        .updateTable('exchange_acks')
        .set({ acknowledged_at: now, acknowledged_on: today, acknowledged_by: user.userId, acknowledged_by_name: user.displayName })
        .where('department_code', '=', departmentCode)
        .where('event_seq', '=', seq)
        .where('acknowledged_at', 'is', null)
        .returning(['due'])
        .executeTakeFirst();
      if (done) await audit(trx, auditActor(user), { action: 'exchange.acknowledge', targetType: 'exchange_event', targetId: String(seq), after: { departmentCode, due: done.due, on: today } });
    });
    const row = await repo.event(this.d.db, departmentCode, seq);
    // another department's event answers as one that does not exist
    if (!row) throw notFound('REGULATORS.EVENT_NOT_FOUND', '待签收事项不存在');
    return eventView(row, today);
  }

  /** Send a supervision result from the workbench: the exchange's inbound path, signed with the department's secret. */
  async send(actor: Actor, msg: InboundMessage, ip: string | null) {
    const { user, departmentCode } = this.departmentOf(actor);
    return this.d.exchange.sendFromWorkbench(user, departmentCode, msg, ip);
  }

  /**
   * The 事中事后监管 figures: a regulator's own department, or every regulator department for the
   * bureau (大数据分析), over a period or all time.
   */
  async overview(actor: Actor, q: Period & { departmentCode?: string }) {
    const departmentCode = this.readable(actor, q.departmentCode);
    const today = this.today();
    const rows = await repo.figures(this.d.db, { today, departmentCode, ...period(q) });
    return { today, items: rows.map(figuresView) };
  }

  /** The events or supervision results behind one figure (drill-down), a page of them, scoped as the figures. */
  async records(actor: Actor, q: Period & { departmentCode?: string; figure: RegulatorFigure; page: number; pageSize: number }) {
    const departmentCode = this.readable(actor, q.departmentCode);
    const today = this.today();
    const { total, items } = await this.recordsOf({ today, departmentCode, ...period(q), figure: q.figure, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return { figure: q.figure, total, items };
  }

  /** The records behind a figure as an Excel workbook (at most EXPORT_LIMIT rows: a longer list asks for a shorter period). */
  async exportRecords(actor: Actor, q: Period & { departmentCode?: string; figure: RegulatorFigure }): Promise<{ name: string; content: Buffer }> {
    const departmentCode = this.readable(actor, q.departmentCode);
    const { total, items } = await this.recordsOf({ today: this.today(), departmentCode, ...period(q), figure: q.figure, limit: EXPORT_LIMIT + 1, offset: 0 });
    if (total > EXPORT_LIMIT) throw badRequest('REQUEST.INVALID', '导出行数过多', [{ path: 'from', message: `共 ${total} 条，超过 ${EXPORT_LIMIT} 条，请缩小日期范围` }]);
    const names = new Map((await listDepartments(this.d.db, { kind: 'regulator' })).map((d) => [d.code, d.name]));
    const wb = new (await excel()).Workbook();
    wb.creator = 'Shenpi 审批';
    const columns: { header: string; key: keyof RecordView | 'departmentName'; width: number }[] = [
      { header: '监管部门', key: 'departmentName', width: 22 },
      { header: '类型', key: 'typeName', width: 14 },
      { header: '编号', key: 'ref', width: 16 },
      { header: '办件/证照/主体', key: 'subject', width: 22 },
      { header: '事项', key: 'itemName', width: 30 },
      { header: '日期', key: 'on', width: 12 },
      { header: '签收期限', key: 'due', width: 12 },
      { header: '签收/接收日期', key: 'doneOn', width: 14 },
      { header: '状态', key: 'state', width: 14 },
      { header: '签收人/发送人', key: 'by', width: 20 },
      { header: '理由/摘要/结果', key: 'detail', width: 48 },
    ];
    const ws = tableSheet(wb, REGULATOR_FIGURES[q.figure].replace('/', '、'), columns);
    for (const r of items) ws.addRow({ ...r, departmentName: names.get(r.departmentCode) ?? r.departmentCode });
    const who = departmentCode ? `${names.get(departmentCode) ?? departmentCode}-` : '';
    return { name: `${who}${REGULATOR_FIGURES[q.figure]}.xlsx`, content: Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  private async recordsOf(f: repo.RecordsFilter): Promise<{ total: number; items: RecordView[] }> {
    if (REGULATOR_EVENT_FIGURES.includes(f.figure)) {
      const { total, rows } = await repo.eventRecords(this.d.db, f);
      return { total, items: rows.map((r) => eventRecord(eventView(r, f.today))) };
    }
    const { total, rows } = await repo.messageRecords(this.d.db, f);
    return { total, items: rows.map(messageRecord) };
  }
}

/** A period of the figures; `from` after `to` is refused naming `from`. */
interface Period {
  from?: string;
  to?: string;
}
function period(q: Period): Period {
  if (q.from && q.to && q.from > q.to) throw badRequest('REQUEST.INVALID', '开始日期晚于结束日期', [{ path: 'from', message: '开始日期不能晚于结束日期' }]);
  return { from: q.from, to: q.to };
}

/** The most rows an export holds. */
const EXPORT_LIMIT = 20_000;

type RecordView = z.infer<typeof recordView>;

function eventRecord(e: ReturnType<typeof eventView>): RecordView {
  const state = e.acknowledgedAt ? (e.late ? '逾期签收' : '按期签收') : e.overdue ? '逾期未签收' : '待签收';
  const name = e.type === 'case.decided' ? (e.decision === 'refuse' ? '不予许可决定' : '准予许可决定') : (EVENT_TYPES[e.type as EventType] ?? e.type);
  return {
    kind: 'event',
    ref: String(e.seq),
    departmentCode: e.departmentCode,
    type: e.type,
    typeName: name,
    subject: e.licenceNo ?? e.caseNo ?? e.subject,
    itemName: e.itemName,
    on: e.on,
    due: e.due,
    doneOn: e.acknowledgedAt ? toShanghaiDate(new Date(e.acknowledgedAt)) : null,
    state,
    by: e.acknowledgedBy,
    detail: [e.party, e.reason].filter(Boolean).join('；') || null,
  };
}

function messageRecord(m: repo.MessageRecord): RecordView {
  const body = m.body as { occurredOn?: string; summary?: string; reason?: string; result?: string; decisionNo?: string };
  // a person's 身份证号 (a blacklist entry of a person) is masked, a credit code is public
  const holder = m.holder_id && isValidIdNumber(m.holder_id) ? maskIdNumber(m.holder_id) : m.holder_id;
  const said = [body.result === 'fail' ? '发现问题' : body.result === 'pass' ? '合格' : null, body.decisionNo, body.summary ?? body.reason, effectText(m.effect), m.decision_note ? `${m.decided_by ?? '审批局'}：${m.decision_note}` : null];
  return {
    kind: 'message',
    ref: m.message_id,
    departmentCode: m.department_code,
    type: m.type,
    typeName: INBOUND_TYPE_NAMES[m.type] ?? m.type,
    subject: m.licence_no ?? holder ?? '—',
    itemName: m.item_name,
    on: body.occurredOn ?? toShanghaiDate(m.received_at),
    due: null,
    doneOn: toShanghaiDate(m.received_at),
    state: INBOUND_STATUS_NAMES[m.status as keyof typeof INBOUND_STATUS_NAMES] ?? m.status,
    by: m.sent_by_name ?? '监管系统接口',
    detail: said.filter((x) => x && x !== '—').join('；') || null,
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function eventView(r: repo.EventRow, today: string) {
  const event = r.event as { time?: string; data?: Record<string, unknown> };
  const data = event.data ?? {};
  const licence = r.type.startsWith('licence.');
  return {
    seq: Number(r.event_seq),
    departmentCode: r.department_code,
    type: r.type,
    subject: r.subject,
    itemCode: r.item_code,
    itemName: str(data.item) ?? str(data.itemName),
    caseNo: str(data.caseNo),
    licenceNo: licence ? str(data.no) : null,
    // the holder as the event carries it (a person: surname only); a person applicant is not named
    party: licence ? str(data.holder) : str(data.applicant),
    decision: str(data.decision),
    status: str(data.status),
    reason: str(data.reason),
    on: r.event_on,
    time: event.time ?? null,
    due: r.due,
    acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
    acknowledgedBy: r.acknowledged_by_name,
    late: r.acknowledged_on !== null && r.acknowledged_on > r.due,
    overdue: r.acknowledged_on === null && r.due < today,
  };
}

function figuresView(r: repo.DepartmentFigures) {
  return {
    departmentCode: r.department_code,
    departmentName: r.department_name,
    items: r.items,
    licencesInForce: r.licences_in_force,
    events: r.events,
    acknowledged: r.acknowledged,
    onTime: r.on_time,
    late: r.late,
    overdue: r.overdue,
    onTimeRate: r.acknowledged > 0 ? r.on_time / r.acknowledged : null,
    avgAckDays: r.avg_ack_days === null ? null : Math.round(r.avg_ack_days * 10) / 10,
    inspections: r.inspections,
    problems: r.problems,
    penalties: r.penalties,
    suspendRequests: r.suspend_requests,
    revokeRequests: r.revoke_requests,
    blacklist: r.blacklist,
    openRequests: r.open_requests,
    sentFromWorkbench: r.sent_from_workbench,
    deliveries: r.deliveries,
    delivered: r.delivered,
    deliveredOnTime: r.delivered_on_time,
    receiptOnTimeRate: r.delivered > 0 ? r.delivered_on_time / r.delivered : null,
    dead: r.dead,
  };
}
