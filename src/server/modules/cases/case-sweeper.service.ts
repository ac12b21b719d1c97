/**
 * The sweeper's passes over cases: deemed acceptance, the warning / overdue notices and the
 * reminders of due days, and the due days recomputed after the working calendar changed. What it
 * appends goes to the commands' listeners like any command's actions.
 */
import { type CaseAction } from '../../../domain/case.js';
import { toShanghaiDate, type WorkingCalendar } from '../../../domain/calendar.js';
import { dueReminders } from '../../../domain/notice.js';
import type { Db, Trx } from '../../platform/db.js';
import { emit } from '../../platform/outbox.js';
import { FIRST_REVISION, type CalendarService } from '../calendar/calendar.service.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { CaseCommandsService } from './case-commands.service.js';
import * as repo from './cases.repository.js';
import { appendAction, projectCase, recalculate } from './cases.shared.js';

/** What the sweeper needs from outside (wired once, in services.ts: docs/adr/0017). */
export interface CaseSweeperDeps {
  db: Db;
  catalog: CatalogService;
  calendar: CalendarService;
  now: () => Date;
  /** whose listeners hear of the actions a pass appended */
  commands: CaseCommandsService;
}

/** Moves cases on time without anyone clicking (jobs/sweeper.ts runs it). */
export class CaseSweeperService {
  constructor(private readonly d: CaseSweeperDeps) {}

  /**
   * One pass over open cases: deemed acceptance when the 5 working days ran out, and the
   * warning / overdue notices when the clock crosses into them. Each case is one transaction
   * and is skipped when another process holds it; actions are protected by their sequence
   * number and notices by their dedupe key, so each happens once whatever runs twice.
   */
  async sweep(): Promise<{ checked: number; deemed: number; notices: number }> {
    let after = '';
    let checked = 0;
    let deemed = 0;
    let notices = 0;
    const calendar = await this.d.calendar.calendar();
    for (;;) {
      const did = await this.d.db.transaction().execute(async (trx) => {
        const [next] = await repo.openCasesForSweep(trx, 1, after);
        if (!next) return null;
        after = next.case_no;
        const now = this.d.now();
        const recalculated = (next.calendar_revision ?? FIRST_REVISION) < this.d.calendar.revisionOf(calendar) ? await this.recalculateCase(trx, next.case_no, calendar, now) : null;
        const before = await projectCase(trx, next.case_no, now, calendar);
        let clock = before.clock;
        let deem: CaseAction | null = null;
        // art. 32: not decided on within the acceptance period, or told of a 补正 only after it
        const lapsed = before.state.status === 'submitted' && clock.acceptanceDue && toShanghaiDate(now) > clock.acceptanceDue;
        if (lapsed || (before.state.status === 'supplement_requested' && clock.supplementLate)) {
          const receivedAt = clock.receivedAt ?? toShanghaiDate(now);
          deem = await appendAction(trx, next.case_no, { type: 'deem_accept', payload: { receivedAt } }, null, before.state.version, now);
          // the notices below read the clock as it stands after the deemed acceptance
          clock = (await projectCase(trx, next.case_no, now, calendar)).clock;
        }
        let sent = 0;
        if ((clock.state === 'warning' || clock.state === 'overdue') && clock.promisedDue) {
          const inserted = await emit(trx, {
            topic: `case.${clock.state}`,
            subject: next.case_no,
            payload: { caseNo: next.case_no, state: clock.state, promisedDue: clock.promisedDue, remainingWorkingDays: clock.remainingWorkingDays },
            dedupeKey: `case:${next.case_no}:${clock.state}:${clock.promisedDue}`,
          });
          if (inserted) sent = 1;
        }
        // 容缺 and 告知承诺 due days, 3 and then 1 working day ahead (the notices consumer tells the applicant)
        const reminders = dueReminders(before.state, toShanghaiDate(now), calendar);
        if (reminders.length) {
          const materials = new Map((await this.d.catalog.confirmedItem(next.item_code, next.item_version, trx)).materials.map((m) => [m.code, m.name]));
          for (const r of reminders)
            if (
              await emit(trx, {
                topic: 'case.reminder',
                subject: next.case_no,
                payload: { caseNo: next.case_no, kind: r.kind, due: r.due, left: r.left, materials: r.materialCodes.map((c) => materials.get(c) ?? c) },
                dedupeKey: `case:${next.case_no}:reminder:${r.kind}:${r.due}:${r.left}`,
              })
            )
              sent++;
        }
        return { caseNo: next.case_no, appended: [recalculated, deem].filter((a): a is CaseAction => a !== null), deem, sent };
      });
      if (!did) break;
      checked++;
      if (did.deem) deemed++;
      if (did.appended.length) this.d.commands.committed(did.caseNo, did.appended);
      notices += did.sent;
    }
    return { checked, deemed, notices };
  }

  /**
   * Recompute the due days of every case not yet final that was computed on an older calendar
   * revision (after a notice or override changed, and on the first start after an upgrade; the
   * sweeper does the same case by case): each moved due day is a `recalculate_deadlines` action,
   * never earlier than told. One transaction per case, skipping cases another process holds.
   */
  async recomputeDeadlines(): Promise<{ checked: number; moved: number }> {
    const calendar = await this.d.calendar.calendar();
    const revision = this.d.calendar.revisionOf(calendar);
    let after = '';
    let checked = 0;
    let moved = 0;
    for (;;) {
      const did = await this.d.db.transaction().execute(async (trx) => {
        const row = await repo.nextOnOlderCalendar(trx, revision, after);
        if (!row) return null;
        after = row.case_no;
        const now = this.d.now();
        const action = await recalculate(trx, this.d.calendar, row, await repo.actionsOf(trx, row.case_no), calendar, now);
        if (action) await projectCase(trx, row.case_no, now, calendar);
        return { caseNo: row.case_no, action };
      });
      if (!did) break;
      checked++;
      if (did.action) {
        moved++;
        this.d.commands.committed(did.caseNo, [did.action]);
      }
    }
    return { checked, moved };
  }

  /** `recalculate` for a case the caller holds locked, reading its row and log. */
  private async recalculateCase(trx: Trx, caseNo: string, calendar: WorkingCalendar, now: Date): Promise<CaseAction | null> {
    const row = await repo.findCase(trx, caseNo);
    return row ? recalculate(trx, this.d.calendar, row, await repo.actionsOf(trx, caseNo), calendar, now) : null;
  }
}
