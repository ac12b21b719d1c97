/**
 * On-site inspection (现场踏勘, issue #8): a reviewer requests it, the 勘验图审中心 schedules it with
 * two or more inspectors — which starts the case's art. 45 pause —, the inspectors record the
 * checklist, photos and position on their phones and each confirms under their own login; the last
 * confirmation ends the pause in the same transaction, and the report (现场踏勘报告) is made as a
 * document of the case off that end_pause. ADR 0007, section "Inspection".
 */
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { addCalendarDays, chineseDate, chineseDateTime, toShanghaiDate } from '../../../domain/calendar.js';
import {
  INSPECTION_STATUSES,
  POINT_RESULTS,
  checklistOf,
  expectedDays,
  inspectorProblems,
  isFinal,
  isOverdue,
  outcomeOf,
  reportDue,
  reportProblems,
} from '../../../domain/inspection.js';
import { FINAL_STATUSES, type CaseStatus } from '../../../domain/case.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Trx } from '../../platform/db.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { usersWithRole } from '../auth/users.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { CaseCommandsService } from '../cases/case-commands.service.js';
import type { CaseQueriesService } from '../cases/case-queries.service.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { DocumentSource } from '../documents/documents.service.js';
import * as repo from './inspections.repository.js';
import type { InspectionView, ReportBody, ScheduleBody } from './inspections.schemas.js';

/** Largest photo accepted. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

type Row = NonNullable<Awaited<ReturnType<typeof repo.find>>>;
type Inspector = Awaited<ReturnType<typeof repo.inspectorsOf>>[number];
type Photo = Awaited<ReturnType<typeof repo.photosOf>>[number];

/** What the service needs from outside. */
export interface InspectionsDeps {
  db: Db;
  caseCommands: CaseCommandsService;
  caseQueries: CaseQueriesService;
  catalog: CatalogService;
  calendar: CalendarService;
  now: () => Date;
}

const notFoundInspection = () => notFound('INSPECTION.NOT_FOUND', '踏勘任务不存在');

/** Inspections of cases. */
export class InspectionsService {
  constructor(private readonly d: InspectionsDeps) {}

  // ---------------------------------------------------------------------- the reviewer's request

  /** A reviewer asks the centre to inspect an accepted case whose item needs it. One open inspection per case. */
  async request(actor: Actor, input: { caseNo: string; reason: string }) {
    const user = authorizeUser(actor, 'case.review');
    // 404 unless the reviewer may see the case, 403 unless it is their division's
    await this.d.caseQueries.assertDuty(user, input.caseNo, 'start_pause');
    const facts = await repo.caseFacts(this.d.db, input.caseNo);
    if (!facts) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const item = await this.d.catalog.confirmedItem(facts.item_code, facts.item_version);
    if (!item.onSiteInspection) throw badRequest('INSPECTION.NOT_APPLICABLE', '该事项目录未规定现场踏勘', [{ path: 'caseNo', message: '该事项无现场踏勘环节' }]);
    if (facts.status !== 'accepted' && facts.status !== 'paused') throw conflict('INSPECTION.CASE_STATE', '办件受理后、作出决定前才能申请现场踏勘', `办件状态：${facts.status}`);
    const now = this.d.now();
    const id = await this.d.db.transaction().execute(async (trx) => {
      const last = await repo.lastRound(trx, input.caseNo);
      // a re-inspection after rectification checks the points that failed
      const checklist = last?.outcome === 'fail' ? last.results.filter((r) => r.result === 'fail').map((r) => r.point) : checklistOf(item);
      const inserted = await repo.insertRequested(trx, {
        id: crypto.randomUUID(),
        case_no: input.caseNo,
        round: (last?.round ?? 0) + 1,
        status: 'requested',
        reason: input.reason,
        checklist: JSON.stringify(checklist),
        requested_by: user.userId,
        requested_by_name: user.displayName,
        requested_at: now,
        scheduled_on: null,
        address: null,
        scheduled_by_name: null,
        scheduled_at: null,
        start_seq: null,
        end_seq: null,
        rectify_due: null,
        latitude: null,
        longitude: null,
        recorded_at: null,
        recorded_by_name: null,
        outcome: null,
        finished_on: null,
      });
      if (!inserted) throw conflict('INSPECTION.OPEN', '该办件已有进行中的现场踏勘', '同一办件同时只能有一次踏勘；请等待本次踏勘出具报告');
      await audit(trx, auditActor(user), { action: 'inspection.request', targetType: 'inspection', targetId: inserted.id, after: { caseNo: input.caseNo, round: (last?.round ?? 0) + 1, reason: input.reason, checklist } });
      await emit(trx, { topic: 'inspection.requested', subject: input.caseNo, payload: { caseNo: input.caseNo, inspectionId: inserted.id }, dedupeKey: `inspection:${inserted.id}:requested` });
      return inserted.id;
    });
    return this.get(actor, id);
  }

  // ---------------------------------------------------------------------- the centre

  /** The people the centre can send. */
  async inspectors(actor: Actor) {
    authorizeUser(actor, 'inspection.schedule');
    return { items: (await usersWithRole(this.d.db, 'inspector')).map((u) => ({ userId: u.id, username: u.username, name: u.display_name })) };
  }

  /**
   * Fix the date, the place and the inspectors. The first scheduling starts the case's art. 45
   * pause (the applicant is told the time in writing: the 特殊程序告知书 and the case page); a
   * later one moves the visit or changes the people within the running pause, and voids any
   * confirmation.
   */
  async schedule(actor: Actor, id: string, body: ScheduleBody) {
    const user = authorizeUser(actor, 'inspection.schedule');
    const problems = inspectorProblems(body.inspectorIds);
    if (problems.length) throw badRequest('INSPECTION.INSPECTORS', problems[0]?.message ?? '踏勘人员不符合要求', problems);
    const people = await usersWithRole(this.d.db, 'inspector', { ids: body.inspectorIds });
    const unknown = body.inspectorIds.map((uid, i) => ({ uid, i })).filter((x) => !people.some((p) => p.id === x.uid));
    if (unknown.length) throw badRequest('INSPECTION.INSPECTORS', '只能指派踏勘人员', unknown.map((x) => ({ path: `inspectorIds.${x.i}`, message: '该用户不是踏勘人员' })));
    const calendar = await this.d.calendar.calendar();
    const today = toShanghaiDate(this.d.now());
    if (body.scheduledOn < today) throw badRequest('INSPECTION.DATE_INVALID', '踏勘日期不能早于今天', [{ path: 'scheduledOn', message: '日期已过' }]);
    if (!calendar.isWorkingDay(body.scheduledOn)) throw badRequest('INSPECTION.DATE_INVALID', '踏勘日期须为工作日', [{ path: 'scheduledOn', message: '非工作日' }]);
    const named = body.inspectorIds.map((uid) => ({ userId: uid, name: people.find((p) => p.id === uid)?.display_name ?? '' }));
    const current = await repo.find(this.d.db, id);
    if (!current) throw notFoundInspection();

    const write = async (trx: Trx, startSeq: number | null) => {
      const row = await repo.findForUpdate(trx, id);
      if (!row) throw notFoundInspection();
      if (row.status !== current.status || row.rev !== body.expectedRev) throw stale(row.rev);
      await trx
        .updateTable('inspections')
        .set({ status: 'scheduled', scheduled_on: body.scheduledOn, address: body.address, scheduled_by_name: user.displayName, scheduled_at: this.d.now(), start_seq: startSeq ?? row.start_seq, rev: row.rev + 1 })
        .where('id', '=', id)
        .execute();
      await repo.setInspectors(trx, id, named);
      await audit(trx, auditActor(user), {
        action: 'inspection.schedule',
        targetType: 'inspection',
        targetId: id,
        before: { scheduledOn: row.scheduled_on, address: row.address },
        after: { scheduledOn: body.scheduledOn, address: body.address, inspectors: named.map((p) => p.name) },
      });
      // the applicant is told the time and place (the notice on their case page follows the same row)
      await emit(trx, {
        topic: 'inspection.scheduled',
        subject: row.case_no,
        payload: { caseNo: row.case_no, inspectionId: id, round: row.round, scheduledOn: body.scheduledOn, address: body.address, inspectors: named.map((p) => p.name) },
        dedupeKey: `inspection:${id}:scheduled:${row.rev + 1}`,
      });
    };

    if (current.status === 'requested') {
      await this.d.caseCommands.act(
        user,
        current.case_no,
        { type: 'start_pause', kind: 'inspection', expectedDays: expectedDays(today, body.scheduledOn, calendar), reason: `现场踏勘：${current.reason}`, expectedVersion: 0 },
        { kind: 'inspection', anyVersion: true, write: (trx, at) => write(trx, at.seq) },
      );
    } else if (current.status === 'scheduled') {
      await this.d.db.transaction().execute(async (trx) => {
        await write(trx, null);
        await repo.clearConfirmations(trx, id);
      });
    } else throw conflict('INSPECTION.DONE', '踏勘报告已出具，不能再安排');
    return this.get(actor, id);
  }

  /** The centre's board: visits per inspector per day, requests waiting, reports overdue. */
  async board(actor: Actor, q: { from?: string; days: number }) {
    authorizeUser(actor, 'inspection.schedule');
    const calendar = await this.d.calendar.calendar();
    const today = toShanghaiDate(this.d.now());
    const from = q.from ?? today;
    const dates: string[] = [];
    for (let i = 0; i < q.days; i++) dates.push(addCalendarDays(from, i));
    const to = dates[dates.length - 1] ?? from;
    const visits = await repo.visitsBetween(this.d.db, from, to);
    const people = await usersWithRole(this.d.db, 'inspector');
    const inspectors = people.map((p) => {
      const perDay = dates.map((date) => visits.filter((v) => v.user_id === p.id && v.scheduled_on === date).length);
      return { userId: p.id, name: p.display_name, perDay, total: perDay.reduce((a, b) => a + b, 0) };
    });
    const open = await repo.list(this.d.db, { status: ['requested', 'scheduled'], limit: 1000 });
    const late = open.filter((r) => isOverdue({ status: r.status, scheduledOn: r.scheduled_on }, today, calendar));
    const names = await repo.inspectorsOf(this.d.db, late.map((r) => r.id));
    return {
      from,
      to,
      days: dates.map((date) => ({ date, working: calendar.isWorkingDay(date) })),
      inspectors,
      waiting: open.filter((r) => r.status === 'requested').length,
      overdue: late.map((r) => ({
        id: r.id,
        caseNo: r.case_no,
        itemName: r.item_name,
        scheduledOn: r.scheduled_on ?? '',
        reportDue: r.scheduled_on ? reportDue(r.scheduled_on, calendar) : '',
        inspectors: names.filter((n) => n.inspection_id === r.id).map((n) => n.name),
      })),
    };
  }

  // ---------------------------------------------------------------------- the inspectors

  /** Record (or correct) the report: every checklist point, notes, rectification, position. Voids every confirmation. */
  async record(actor: Actor, id: string, body: ReportBody) {
    const user = authorizeUser(actor, 'case.inspect');
    await this.d.db.transaction().execute(async (trx) => {
      const row = await this.assignedOpen(trx, user, id);
      if (row.rev !== body.expectedRev) throw stale(row.rev);
      const problems = reportProblems(row.checklist, body.results, body.rectification);
      if (problems.length) throw badRequest('INSPECTION.REPORT_INVALID', problems[0]?.message ?? '踏勘记录不完整', problems);
      if (body.rectifyDue && !body.rectification) throw badRequest('INSPECTION.RECTIFICATION_INVALID', '未提出整改要求时无需整改期限', [{ path: 'rectifyDue', message: '请先填写整改要求' }]);
      if (body.rectification && !body.rectifyDue) throw badRequest('INSPECTION.RECTIFICATION_INVALID', '请填写整改期限', [{ path: 'rectifyDue', message: '缺少整改期限' }]);
      if (body.rectifyDue && body.rectifyDue <= toShanghaiDate(this.d.now())) throw badRequest('INSPECTION.RECTIFICATION_INVALID', '整改期限须晚于今天', [{ path: 'rectifyDue', message: '日期须晚于今天' }]);
      const results = row.checklist.map((point) => body.results.find((r) => r.point === point) ?? { point, result: 'na' as const, note: '' });
      await trx
        .updateTable('inspections')
        .set({
          results: JSON.stringify(results),
          notes: body.notes,
          rectification: body.rectification,
          rectify_due: body.rectifyDue,
          latitude: body.location?.lat ?? null,
          longitude: body.location?.lng ?? null,
          recorded_at: this.d.now(),
          recorded_by_name: user.displayName,
          rev: row.rev + 1,
        })
        .where('id', '=', id)
        .execute();
      await repo.clearConfirmations(trx, id);
      await audit(trx, auditActor(user), {
        action: 'inspection.record',
        targetType: 'inspection',
        targetId: id,
        before: { results: row.results, notes: row.notes, rectification: row.rectification },
        after: { results, notes: body.notes, rectification: body.rectification, rectifyDue: body.rectifyDue, located: body.location !== null },
      });
    });
    return this.get(actor, id);
  }

  /** Add a photo (JPEG, PNG or WebP by content, ≤ 5 MB). The same picture twice is one photo; a new one voids every confirmation. */
  async addPhoto(actor: Actor, id: string, read: () => Promise<{ name: string; content: Buffer }>) {
    const user = authorizeUser(actor, 'case.inspect');
    const upload = await read();
    const { content } = upload;
    if (content.byteLength === 0) throw badRequest('INSPECTION.PHOTO_INVALID', '文件为空', [{ path: 'file', message: '文件为空' }]);
    if (content.byteLength > MAX_PHOTO_BYTES) throw badRequest('INSPECTION.PHOTO_INVALID', '照片过大（不超过 5 MB）', [{ path: 'file', message: '文件超过 5 MB' }]);
    const type = await fileTypeFromBuffer(content);
    if (!type || !PHOTO_TYPES.has(type.mime)) throw badRequest('INSPECTION.PHOTO_INVALID', '只接受 JPEG、PNG、WebP 照片（按文件内容判断）', [{ path: 'file', message: `文件内容为 ${type?.mime ?? '未知类型'}` }]);
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    await this.d.db.transaction().execute(async (trx) => {
      const row = await this.assignedOpen(trx, user, id);
      const inserted = await trx
        .insertInto('inspection_photos')
        .values({ id: crypto.randomUUID(), inspection_id: id, name: upload.name.slice(0, 200) || `photo.${type.ext}`, media_type: type.mime, size: content.byteLength, sha256, content, uploaded_by_name: user.displayName, created_at: this.d.now() })
        .onConflict((oc) => oc.columns(['inspection_id', 'sha256']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return;
      await trx.updateTable('inspections').set({ rev: row.rev + 1 }).where('id', '=', id).execute();
      await repo.clearConfirmations(trx, id);
      await audit(trx, auditActor(user), { action: 'inspection.photo', targetType: 'inspection', targetId: id, after: { photoId: inserted.id, name: upload.name, sha256, size: content.byteLength } });
    });
    return this.get(actor, id);
  }

  /** A photo's content, for whoever may read the inspection. */
  async photo(actor: Actor, id: string, photoId: string) {
    const row = await this.readable(actor, id);
    const p = await repo.photo(this.d.db, row.id, photoId);
    if (!p) throw notFound('INSPECTION.PHOTO_NOT_FOUND', '照片不存在');
    return p;
  }

  /**
   * Confirm the report as it stands (its `rev`), under one's own login. When every assigned
   * inspector has confirmed, the report is final: the inspection is done and the case's pause ends
   * in the same transaction; the report document follows off that end_pause.
   */
  async confirm(actor: Actor, id: string, body: { expectedRev: number }) {
    const user = authorizeUser(actor, 'case.inspect');
    const check = (row: Awaited<ReturnType<typeof repo.findForUpdate>> & object) => {
      if (row.rev !== body.expectedRev) throw stale(row.rev);
      if (!row.recorded_at) throw conflict('INSPECTION.NOT_RECORDED', '请先填写踏勘记录再确认');
    };
    const final = await this.d.db.transaction().execute(async (trx) => {
      const row = await this.assignedOpen(trx, user, id);
      check(row);
      const people = await repo.inspectorsOf(trx, [id]);
      if (isFinal(people.map((p) => ({ confirmedAt: p.user_id === user.userId ? true : p.confirmed_at })))) return row;
      await trx.updateTable('inspection_inspectors').set({ confirmed_at: this.d.now() }).where('inspection_id', '=', id).where('user_id', '=', user.userId).execute();
      await audit(trx, auditActor(user), { action: 'inspection.confirm', targetType: 'inspection', targetId: id, after: { rev: row.rev, final: false } });
      return null;
    });
    if (final) {
      const outcome = outcomeOf(final.results);
      await this.d.caseCommands.act(
        user,
        final.case_no,
        { type: 'end_pause', result: `现场踏勘${outcome === 'pass' ? '符合' : '不符合'}要求${final.rectification ? '，需整改后复查' : ''}`, expectedVersion: 0 },
        {
          kind: 'inspection',
          anyVersion: true,
          // under the case's lock: everything checked again, the last confirmation and the end of the inspection together
          write: async (trx, at) => {
            const row = await this.assignedOpen(trx, user, id);
            check(row);
            const people = await repo.inspectorsOf(trx, [id]);
            if (!isFinal(people.map((p) => ({ confirmedAt: p.user_id === user.userId ? true : p.confirmed_at })))) throw stale(row.rev);
            const now = this.d.now();
            await trx.updateTable('inspection_inspectors').set({ confirmed_at: now }).where('inspection_id', '=', id).where('user_id', '=', user.userId).execute();
            await trx.updateTable('inspections').set({ status: 'done', outcome, end_seq: at.seq, finished_on: toShanghaiDate(now) }).where('id', '=', id).execute();
            await audit(trx, auditActor(user), { action: 'inspection.confirm', targetType: 'inspection', targetId: id, after: { rev: row.rev, final: true, outcome, endSeq: at.seq } });
            await emit(trx, {
              topic: 'inspection.reported',
              subject: row.case_no,
              payload: { caseNo: row.case_no, inspectionId: id, round: row.round, outcome, rectification: row.rectification || null, rectifyDue: row.rectify_due },
              dedupeKey: `inspection:${id}:reported`,
            });
          },
        },
      );
    }
    return this.get(actor, id);
  }

  /**
   * Cancel an open inspection (the case no longer needs it, or it cannot take place), with a reason.
   * A scheduled one ends the case's pause in the same transaction; no report is made.
   */
  async cancel(actor: Actor, id: string, body: { reason: string; expectedRev: number }) {
    const user = authorizeUser(actor, 'inspection.schedule', 'case.review');
    const current = await this.readable(user, id);
    const write = async (trx: Trx, endSeq: number | null) => {
      const row = await repo.findForUpdate(trx, id);
      if (!row) throw notFoundInspection();
      if (row.status !== current.status || row.rev !== body.expectedRev) throw stale(row.rev);
      await trx.updateTable('inspections').set({ status: 'cancelled', cancel_reason: body.reason, end_seq: endSeq, finished_on: toShanghaiDate(this.d.now()), rev: row.rev + 1 }).where('id', '=', id).execute();
      await audit(trx, auditActor(user), { action: 'inspection.cancel', targetType: 'inspection', targetId: id, before: { status: row.status }, after: { status: 'cancelled', reason: body.reason, endSeq } });
      await emit(trx, { topic: 'inspection.cancelled', subject: row.case_no, payload: { caseNo: row.case_no, inspectionId: id, round: row.round, reason: body.reason }, dedupeKey: `inspection:${id}:cancelled` });
    };
    if (current.status === 'requested') await this.d.db.transaction().execute((trx) => write(trx, null));
    else if (current.status === 'scheduled')
      await this.d.caseCommands.act(user, current.case_no, { type: 'end_pause', result: `现场踏勘取消：${body.reason}`, expectedVersion: 0 }, { kind: 'inspection', anyVersion: true, write: (trx, at) => write(trx, at.seq) });
    else throw conflict('INSPECTION.NOT_OPEN', '踏勘已结束，不能取消');
    return this.get(actor, id);
  }

  // ---------------------------------------------------------------------- reading

  /** Lists: the centre sees all (scope all), an inspector their own assignments (scope mine). */
  async list(actor: Actor, q: { scope: 'mine' | 'all'; status?: (keyof typeof INSPECTION_STATUSES)[] }) {
    const user = q.scope === 'mine' ? authorizeUser(actor, 'case.inspect') : authorizeUser(actor, 'inspection.schedule');
    const rows = await repo.list(this.d.db, { status: q.status, inspectorId: q.scope === 'mine' ? user.userId : undefined, limit: 200 });
    return { items: await this.views(user, rows) };
  }

  /** One inspection in full: the centre, the case's officers and its assigned inspectors. */
  async get(actor: Actor, id: string) {
    const row = await this.readable(actor, id);
    const [view] = await this.views(requireUser(actor), [row]);
    if (!view) throw notFoundInspection();
    return view;
  }

  /**
   * The inspections of a case for its page: officers get the full record, the applicant side the
   * notice (time, place, inspectors, outcome); 404 for anyone who may not see the case.
   */
  async ofCase(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    await this.d.caseQueries.canRead(user, caseNo);
    const facts = await repo.caseFacts(this.d.db, caseNo);
    if (!facts) throw notFound('CASE.NOT_FOUND', '办件不存在');
    const item = await this.d.catalog.confirmedItem(facts.item_code, facts.item_version);
    const rows = await repo.ofCase(this.d.db, caseNo);
    const officer = user.permissions.includes('case.review') || user.permissions.includes('case.decide');
    const views = officer ? await this.views(user, rows) : [];
    const names = officer ? [] : await repo.inspectorsOf(this.d.db, rows.map((r) => r.id));
    const open = rows.some((r) => r.status === 'requested' || r.status === 'scheduled');
    const last = rows.filter((r) => r.status !== 'cancelled').at(-1);
    return {
      required: item.onSiteInspection,
      // a first inspection, or a re-inspection after a report that found points failing
      canRequest: item.onSiteInspection && user.permissions.includes('case.review') && !open && (!last || last.outcome === 'fail') && (facts.status === 'accepted' || facts.status === 'paused'),
      items: rows.map((r) => ({
        id: r.id,
        round: r.round,
        status: r.status,
        statusName: INSPECTION_STATUSES[r.status],
        scheduledOn: r.scheduled_on,
        address: r.address,
        inspectors: (officer ? (views.find((v) => v.id === r.id)?.inspectors.map((i) => i.name) ?? []) : names.filter((n) => n.inspection_id === r.id).map((n) => n.name)),
        outcome: r.outcome,
        rectification: r.status === 'done' ? r.rectification : '',
        rectifyDue: r.status === 'done' ? r.rectify_due : null,
        finishedOn: r.finished_on,
        detail: views.find((v) => v.id === r.id) ?? null,
      })),
    };
  }

  // ---------------------------------------------------------------------- for the other modules

  /** A reviewer may not end an inspection's pause by hand while the inspection is open (a pause guard of the case commands' policies). */
  async guardPause(trx: Trx, caseNo: string): Promise<void> {
    const open = await repo.openOfCase(trx, caseNo);
    if (open) throw conflict('INSPECTION.OPEN', '现场踏勘尚未出具报告，不能手动结束踏勘程序', '踏勘人员全部确认踏勘记录后，程序自动结束');
  }

  /** The inspection report as a document of the case (DocumentsService.addSource). */
  reportSource(): DocumentSource {
    return {
      action: 'end_pause',
      view: async (caseNo, seq) => {
        const row = await repo.byEndSeq(this.d.db, caseNo, seq);
        if (!row) return null;
        const [people, photos] = await Promise.all([repo.inspectorsOf(this.d.db, [row.id]), repo.photosOf(this.d.db, [row.id])]);
        return { inspection: reportFields(row, people, photos) };
      },
      missing: (limit, caseNo) => repo.reportsMissing(this.d.db, limit, caseNo),
      sample: { inspection: SAMPLE_REPORT },
    };
  }

  // ---------------------------------------------------------------------- internals

  /** The inspection, locked, when the caller is one of its inspectors and it is still open for the report. */
  private async assignedOpen(trx: Trx, user: UserActor, id: string) {
    const row = await repo.findForUpdate(trx, id);
    if (!row) throw notFoundInspection();
    const people = await repo.inspectorsOf(trx, [id]);
    if (!people.some((p) => p.user_id === user.userId)) throw forbidden('只有指派的踏勘人员可以填写和确认踏勘记录');
    if (row.status !== 'scheduled') throw conflict('INSPECTION.NOT_OPEN', row.status === 'done' ? '踏勘报告已出具，不能再修改' : '踏勘尚未安排');
    return row;
  }

  /** The inspection if the caller may read it: the centre, the case's officers, its inspectors; else 404. */
  private async readable(actor: Actor, id: string): Promise<Row> {
    const user = authorizeUser(actor, 'inspection.schedule', 'case.review', 'case.decide', 'case.inspect');
    const row = await repo.find(this.d.db, id);
    if (!row) throw notFoundInspection();
    if (user.permissions.includes('inspection.schedule') || user.permissions.includes('case.review') || user.permissions.includes('case.decide')) return row;
    if (user.permissions.includes('case.inspect') && (await repo.inspectorsOf(this.d.db, [id])).some((p) => p.user_id === user.userId)) return row;
    throw notFoundInspection();
  }

  private async views(user: UserActor, rows: Row[]): Promise<InspectionView[]> {
    const ids = rows.map((r) => r.id);
    const [people, photos, calendar] = await Promise.all([repo.inspectorsOf(this.d.db, ids), repo.photosOf(this.d.db, ids), this.d.calendar.calendar()]);
    const today = toShanghaiDate(this.d.now());
    return rows.map((r) => {
      const mine = people.filter((p) => p.inspection_id === r.id);
      const assigned = mine.some((p) => p.user_id === user.userId) && user.permissions.includes('case.inspect');
      const open = r.status === 'scheduled';
      return {
        id: r.id,
        caseNo: r.case_no,
        itemName: r.item_name,
        applicantName: r.applicant_name,
        caseStatus: r.case_status,
        round: r.round,
        status: r.status,
        statusName: INSPECTION_STATUSES[r.status],
        reason: r.reason,
        checklist: r.checklist,
        requestedBy: r.requested_by_name,
        requestedAt: r.requested_at.toISOString(),
        scheduledOn: r.scheduled_on,
        address: r.address,
        scheduledBy: r.scheduled_by_name,
        reportDue: r.scheduled_on ? reportDue(r.scheduled_on, calendar) : null,
        overdue: isOverdue({ status: r.status, scheduledOn: r.scheduled_on }, today, calendar),
        inspectors: mine.map((p) => ({ userId: p.user_id, name: p.name, confirmedAt: p.confirmed_at?.toISOString() ?? null })),
        results: r.results,
        notes: r.notes,
        rectification: r.rectification,
        rectifyDue: r.rectify_due,
        cancelReason: r.cancel_reason,
        location: r.latitude !== null && r.longitude !== null ? { lat: r.latitude, lng: r.longitude } : null,
        recordedAt: r.recorded_at?.toISOString() ?? null,
        recordedBy: r.recorded_by_name,
        rev: r.rev,
        outcome: r.outcome,
        finishedOn: r.finished_on,
        photos: photos
          .filter((p) => p.inspection_id === r.id)
          .map((p) => ({ id: p.id, name: p.name, mediaType: p.media_type, size: p.size, sha256: p.sha256, uploadedBy: p.uploaded_by_name, at: p.created_at.toISOString(), url: `/api/v1/inspections/${r.id}/photos/${p.id}` })),
        can: {
          cancel: (user.permissions.includes('inspection.schedule') || user.permissions.includes('case.review')) && (r.status === 'requested' || r.status === 'scheduled'),
          schedule: user.permissions.includes('inspection.schedule') && (r.status === 'requested' || r.status === 'scheduled') && !(FINAL_STATUSES as readonly CaseStatus[]).includes(r.case_status as CaseStatus),
          record: assigned && open,
          confirm: assigned && open && r.recorded_at !== null && !mine.find((p) => p.user_id === user.userId)?.confirmed_at,
        },
      };
    });
  }
}

function stale(rev: number) {
  return conflict('INSPECTION.STALE', '踏勘记录已被他人修改，请刷新后重试', `当前版本 ${rev}`);
}

/** What the report template says about the inspection (templates/documents/README.md). */
function reportFields(row: Awaited<ReturnType<typeof repo.byEndSeq>> & object, people: Inspector[], photos: Photo[]) {
  return {
    roundName: row.round === 1 ? '第1次' : `第${row.round}次（整改后复查）`,
    date: row.scheduled_on ? chineseDate(row.scheduled_on) : '—',
    address: row.address ?? '—',
    inspectors: people.map((p) => p.name).join('、'),
    inspectorCount: people.length,
    location: row.latitude !== null && row.longitude !== null ? `北纬 ${row.latitude.toFixed(5)}，东经 ${row.longitude.toFixed(5)}` : '未记录',
    recordedAt: row.recorded_at ? chineseDateTime(row.recorded_at) : '—',
    outcome: row.outcome === 'pass' ? '符合要求' : '不符合要求',
    results: row.results.map((r, i) => ({ index: i + 1, point: r.point, result: POINT_RESULTS[r.result], note: r.note })),
    notes: row.notes,
    rectification: row.rectification,
    rectifyDue: row.rectify_due ? chineseDate(row.rectify_due) : '',
    photos: photos.map((p) => ({ name: p.name, sha256: p.sha256 })),
    confirmations: people.map((p) => ({ name: p.name, at: p.confirmed_at ? chineseDateTime(p.confirmed_at) : '未确认' })),
  };
}

const SAMPLE_REPORT = {
  roundName: '第1次',
  date: '2026年11月20日',
  address: '泰安市泰山区东岳大街 100 号',
  inspectors: '踏勘员甲、踏勘员乙',
  inspectorCount: 2,
  location: '北纬 36.19490，东经 117.08900',
  recordedAt: '2026-11-20 10:30',
  outcome: '符合要求',
  results: [
    { index: 1, point: '经营场所面积、布局与申请材料一致', result: '符合', note: '' },
    { index: 2, point: '设施设备齐全有效', result: '符合', note: '' },
  ],
  notes: '现场情况与申请材料一致。',
  rectification: '',
  rectifyDue: '',
  photos: [{ name: '门头.jpg', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
  confirmations: [
    { name: '踏勘员甲', at: '2026-11-20 11:00' },
    { name: '踏勘员乙', at: '2026-11-20 11:05' },
  ],
};

