/**
 * SQL of the inspections tables. Every function takes the executor it runs in. The case's item,
 * applicant and status are read from the cases module's row (its public record), for lists.
 */
import { sql, type Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import type { InspectionStatus } from '../../../domain/inspection.js';

const CASE_COLUMNS = ['cases.item_name', 'cases.item_code', 'cases.applicant_name', 'cases.status as case_status'] as const;

/** Insert a requested inspection unless the case has an open one (or a concurrent request took the round): the row, or undefined. */
export function insertRequested(trx: Trx, row: Insertable<Database['inspections']>) {
  return trx.insertInto('inspections').values(row).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
}

/** The latest round of a case's inspections. */
export function lastRound(ex: Executor, caseNo: string) {
  return ex.selectFrom('inspections').selectAll().where('case_no', '=', caseNo).orderBy('round', 'desc').limit(1).executeTakeFirst();
}

/** The case's facts an inspection needs: its item version, status and who it is for. */
export function caseFacts(ex: Executor, caseNo: string) {
  return ex.selectFrom('cases').select(['case_no', 'item_code', 'item_version', 'item_name', 'applicant_name', 'status']).where('case_no', '=', caseNo).executeTakeFirst();
}

/** One inspection, locked for the transaction. */
export function findForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('inspections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** One inspection with its case's facts. */
export function find(ex: Executor, id: string) {
  return ex.selectFrom('inspections').innerJoin('cases', 'cases.case_no', 'inspections.case_no').selectAll('inspections').select(CASE_COLUMNS).where('inspections.id', '=', id).executeTakeFirst();
}

/** The inspections of a case, oldest round first. */
export function ofCase(ex: Executor, caseNo: string) {
  return ex.selectFrom('inspections').innerJoin('cases', 'cases.case_no', 'inspections.case_no').selectAll('inspections').select(CASE_COLUMNS).where('inspections.case_no', '=', caseNo).orderBy('round').execute();
}

/** The open (requested or scheduled) inspection of a case, if any. */
export function openOfCase(ex: Executor, caseNo: string) {
  return ex.selectFrom('inspections').select(['id', 'status']).where('case_no', '=', caseNo).where('status', 'in', ['requested', 'scheduled']).executeTakeFirst();
}

/** Inspections for the lists: by status, by assigned inspector, newest request first. */
export function list(ex: Executor, q: { status?: InspectionStatus[]; inspectorId?: string; limit: number }) {
  let query = ex.selectFrom('inspections').innerJoin('cases', 'cases.case_no', 'inspections.case_no').selectAll('inspections').select(CASE_COLUMNS);
  if (q.status) query = query.where('inspections.status', 'in', q.status);
  if (q.inspectorId) {
    const inspectorId = q.inspectorId;
    query = query.where((eb) => eb.exists(eb.selectFrom('inspection_inspectors as ii').select('ii.user_id').whereRef('ii.inspection_id', '=', 'inspections.id').where('ii.user_id', '=', inspectorId)));
  }
  return query
    .orderBy((eb) => eb.case().when('inspections.status', '=', 'requested').then(0).when('inspections.status', '=', 'scheduled').then(1).else(2).end())
    .orderBy('inspections.scheduled_on')
    .orderBy('inspections.requested_at', 'desc')
    .limit(q.limit)
    .execute();
}

/** The assigned inspectors of some inspections, in the order they were named. */
export function inspectorsOf(ex: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return ex.selectFrom('inspection_inspectors').selectAll().where('inspection_id', 'in', ids).orderBy('inspection_id').orderBy('position').execute();
}

/** Assign inspectors (after removing the ones named before). */
export async function setInspectors(trx: Trx, id: string, people: { userId: string; name: string }[]) {
  await trx.deleteFrom('inspection_inspectors').where('inspection_id', '=', id).execute();
  await trx
    .insertInto('inspection_inspectors')
    .values(people.map((p, i) => ({ inspection_id: id, user_id: p.userId, name: p.name, position: i + 1, confirmed_at: null })))
    .execute();
}

/** Every confirmation is void once the report changes. */
export function clearConfirmations(trx: Trx, id: string) {
  return trx.updateTable('inspection_inspectors').set({ confirmed_at: null }).where('inspection_id', '=', id).execute();
}

/** The photos of some inspections, without their content. */
export function photosOf(ex: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return ex
    .selectFrom('inspection_photos')
    .select(['id', 'inspection_id', 'name', 'media_type', 'size', 'sha256', 'uploaded_by_name', 'created_at'])
    .where('inspection_id', 'in', ids)
    .orderBy('created_at')
    .execute();
}

/** One photo with its content. */
export function photo(ex: Executor, inspectionId: string, photoId: string) {
  return ex.selectFrom('inspection_photos').selectAll().where('inspection_id', '=', inspectionId).where('id', '=', photoId).executeTakeFirst();
}

/** The finished inspection whose last confirmation took this case action. */
export function byEndSeq(ex: Executor, caseNo: string, seq: number) {
  return ex.selectFrom('inspections').selectAll().where('case_no', '=', caseNo).where('end_seq', '=', seq).where('status', '=', 'done').executeTakeFirst();
}

/** Finished inspections whose report document is not made yet (a crash after the commit). */
export async function reportsMissing(ex: Executor, limit: number, caseNo?: string) {
  const rows = await sql<{ case_no: string; seq: number }>`
    SELECT i.case_no, i.end_seq AS seq
      FROM inspections i
     WHERE i.status = 'done' AND i.end_seq IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.case_no = i.case_no AND d.action_seq = i.end_seq AND d.type = 'inspection_report' AND d.sha256 <> '')
       AND (${caseNo ?? null}::text IS NULL OR i.case_no = ${caseNo ?? null})
     ORDER BY i.case_no, i.end_seq
     LIMIT ${limit}`.execute(ex);
  return rows.rows;
}

/** Scheduled and finished inspections whose visit falls between two days, with their inspectors. */
export function visitsBetween(ex: Executor, from: string, to: string) {
  return ex
    .selectFrom('inspections')
    .innerJoin('inspection_inspectors', 'inspection_inspectors.inspection_id', 'inspections.id')
    .select(['inspections.id', 'inspections.status', 'inspections.scheduled_on', 'inspection_inspectors.user_id', 'inspection_inspectors.name'])
    .where('inspections.status', 'in', ['scheduled', 'done'])
    .where('inspections.scheduled_on', '>=', from)
    .where('inspections.scheduled_on', '<=', to)
    .execute();
}
