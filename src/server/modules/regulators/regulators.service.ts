/**
 * The regulators' workbench (issue #22, docs/adr/0021-regulator-workbench.md): "谁审批谁负责、谁主管谁监管".
 * A regulator's staff see the decisions and licences of the items their department supervises as
 * they happen and acknowledge (签收) each within two working days; they send supervision results
 * through the exchange's own inbound path (signed on the server with the department's secret, the
 * same receipts); the 事中事后监管 figures per department serve their overview and the bureau's
 * analytics (with the events as drill-down).
 */
import { toShanghaiDate } from '../../../domain/calendar.js';
import type { InboundMessage } from '../../../domain/exchange.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorize, authorizeUser, type Actor } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { badRequest, DomainError, forbidden, notFound } from '../../platform/errors.js';
import type { ExchangeService } from '../exchange/exchange.service.js';
import * as repo from './regulators.repository.js';

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

  /** The 事中事后监管 figures: a regulator's own department, or every regulator department for the bureau. */
  async overview(actor: Actor, q: { departmentCode?: string }) {
    const departmentCode = this.readable(actor, q.departmentCode);
    const today = this.today();
    const rows = await repo.figures(this.d.db, today, departmentCode);
    return { today, items: rows.map(figuresView) };
  }
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
  };
}
