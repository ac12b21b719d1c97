/**
 * SQL of the cases tables. Every function takes the executor it runs in.
 */
import { sql, type Selectable } from 'kysely';
import type { CaseAction } from '../../../domain/case.js';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';

/** The next case number of a year, gap-free and safe under concurrency (the sequence row is locked until commit). */
export async function nextCaseNo(trx: Trx, year: number): Promise<string> {
  const row = await trx
    .insertInto('case_sequences')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('case_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `TA${year}-${String(row.last).padStart(6, '0')}`;
}

/** A case row, locked for the transaction. */
export function findCaseForUpdate(trx: Trx, caseNo: string) {
  return trx.selectFrom('cases').selectAll().where('case_no', '=', caseNo).forUpdate().executeTakeFirst();
}

/** A case row. */
export function findCase(ex: Executor, caseNo: string) {
  return ex.selectFrom('cases').selectAll().where('case_no', '=', caseNo).executeTakeFirst();
}

/** The log of a case, in order. */
export async function actionsOf(ex: Executor, caseNo: string): Promise<CaseAction[]> {
  const rows = await ex.selectFrom('case_actions').selectAll().where('case_no', '=', caseNo).orderBy('seq').execute();
  return rows.map(toCaseAction);
}

/** A case_actions row as the reducer reads it. */
export function toCaseAction(r: Selectable<Database['case_actions']>): CaseAction {
  return { seq: r.seq, type: r.type, at: r.at.toISOString(), on: r.on_day, actorId: r.actor_id, actorName: r.actor_name, payload: r.payload } as CaseAction;
}

/** Append one action; the primary key (case_no, seq) refuses a second writer of the same seq. */
export async function insertAction(trx: Trx, caseNo: string, a: Omit<CaseAction, 'on'> & { on: string }) {
  await trx
    .insertInto('case_actions')
    .values({ case_no: caseNo, seq: a.seq, type: a.type, at: new Date(a.at), on_day: a.on, actor_id: a.actorId, actor_name: a.actorName, payload: JSON.stringify(a.payload) })
    .execute();
}

/** The current files of a case's materials (newest first per material). */
export function materialsOf(ex: Executor, caseNo: string) {
  return ex
    .selectFrom('case_materials')
    .innerJoin('files', 'files.id', 'case_materials.file_id')
    .select(['case_materials.material_code', 'case_materials.reused', 'case_materials.created_at', 'files.id', 'files.name', 'files.media_type', 'files.size', 'files.sha256'])
    .where('case_materials.case_no', '=', caseNo)
    .orderBy('case_materials.created_at', 'desc')
    .execute();
}

/** Files the applicant has on record from earlier cases, with the material they served as. */
export function reusableFiles(ex: Executor, ownerKey: string, excludeCase: string, uploadedBy: string | null) {
  let q = ex
    .selectFrom('case_materials')
    .innerJoin('files', 'files.id', 'case_materials.file_id')
    .select(['files.id', 'files.name', 'files.media_type', 'files.size', 'files.sha256', 'case_materials.material_code', 'case_materials.material_name', 'case_materials.case_no', 'files.created_at'])
    .where('files.owner_key', '=', ownerKey)
    .where('case_materials.case_no', '!=', excludeCase);
  if (uploadedBy) q = q.where('files.uploaded_by', '=', uploadedBy);
  return q.orderBy('files.created_at', 'desc').execute();
}

/** Cases not yet final, for the sweeper; locked rows are skipped so two sweepers share the work. */
export function openCasesForSweep(trx: Trx, limit: number, after: string) {
  return trx
    .selectFrom('cases')
    .select(['case_no', 'calendar_revision', 'item_code', 'item_version'])
    .where('status', 'not in', ['approved', 'refused', 'rejected', 'withdrawn', 'draft'])
    .where('case_no', '>', after)
    .orderBy('case_no')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** The next case not yet final whose due days were computed on a calendar revision before `revision`, locked; locked rows are skipped. */
export function nextOnOlderCalendar(trx: Trx, revision: number, after: string) {
  return trx
    .selectFrom('cases')
    .selectAll()
    .where('status', 'not in', ['approved', 'refused', 'rejected', 'withdrawn'])
    .where((eb) => eb.or([eb('calendar_revision', 'is', null), eb('calendar_revision', '<', revision)]))
    .where('case_no', '>', after)
    .orderBy('case_no')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Text filter over case number, item and applicant name. */
export function likeAny(q: string) {
  return sql<boolean>`(case_no ILIKE ${`%${q}%`} OR item_name ILIKE ${`%${q}%`} OR applicant_name ILIKE ${`%${q}%`})`;
}

/** Cases whose last extension request is not approved yet and that are still running. */
export function extensionWaiting() {
  return sql<boolean>`(status IN ('accepted', 'paused') AND EXISTS (SELECT 1 FROM case_actions a WHERE a.case_no = cases.case_no AND a.type = 'request_extension') AND NOT EXISTS (SELECT 1 FROM case_actions a WHERE a.case_no = cases.case_no AND a.type = 'approve_extension'))`;
}

/** Licensing decisions (approve, refuse of 行政许可 items, by the version the case follows) for the public register, newest first. */
export async function decisions(ex: Executor, q: { item?: string; from?: string; to?: string; result?: 'approve' | 'refuse'; page: number; pageSize: number }) {
  let query = ex
    .selectFrom('case_actions')
    .innerJoin('cases', 'cases.case_no', 'case_actions.case_no')
    .innerJoin('catalog_versions', (j) => j.onRef('catalog_versions.item_code', '=', 'cases.item_code').onRef('catalog_versions.version', '=', 'cases.item_version'))
    .where(sql<string>`catalog_versions.data->>'type'`, '=', 'licensing')
    .where('case_actions.type', 'in', q.result ? [q.result] : ['approve', 'refuse']);
  if (q.item) query = query.where((eb) => eb.or([eb('cases.item_code', '=', q.item ?? ''), eb('cases.item_name', 'like', `%${q.item}%`)]));
  if (q.from) query = query.where('case_actions.on_day', '>=', q.from);
  if (q.to) query = query.where('case_actions.on_day', '<=', q.to);
  const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query
    .select(['cases.case_no', 'cases.item_code', 'cases.item_name', 'cases.applicant_name', 'case_actions.type', 'case_actions.on_day'])
    .orderBy('case_actions.on_day', 'desc')
    .orderBy('cases.case_no', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}

/** A department's name by code (the owner of an item, in titles and documents). */
export async function departmentName(ex: Executor, code: string): Promise<string | null> {
  return (await ex.selectFrom('departments').select('name').where('code', '=', code).executeTakeFirst())?.name ?? null;
}

/**
 * The hall zones a window clerk works in: the zone of the window they signed in at last, else the
 * zones of their departments' items.
 */
export async function clerkZones(ex: Executor, userId: string, departments: string[]): Promise<string[]> {
  const session = await ex
    .selectFrom('hall_sessions')
    .innerJoin('windows', 'windows.id', 'hall_sessions.window_id')
    .select('windows.zone_code')
    .where('hall_sessions.user_id', '=', userId)
    .orderBy('hall_sessions.day', 'desc')
    .executeTakeFirst();
  if (session) return [session.zone_code];
  if (departments.length === 0) return [];
  const rows = await ex.selectFrom('catalog_public').select('zone').distinct().where('department_code', 'in', departments).where('zone', 'is not', null).execute();
  return rows.map((r) => r.zone as string);
}

/** Newest first by the day received, drafts (not yet received) before them. */
export const receivedNewestFirst = sql`received_on desc nulls first`;

/** Whether the case's item is served in one of the zones (the clerk's 待受理 queue shows these first). */
export function inZones(zones: string[]) {
  return sql<boolean>`(item_code IN (SELECT code FROM catalog_public WHERE zone IN (${sql.join(zones)})))`;
}
