/**
 * SQL of the licences table. Every function takes the executor it runs in.
 */
import { sql } from 'kysely';
import type { LicenceStatus } from '../../../domain/licence.js';
import type { Executor, Trx } from '../../platform/db.js';

/** The next licence sequence number of a year (the row stays locked until commit: no gaps). */
export async function nextLicenceSeq(trx: Trx, year: number): Promise<number> {
  const row = await trx
    .insertInto('licence_sequences')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('licence_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** The licence a case produced, if any. */
export function byCase(ex: Executor, caseNo: string) {
  return ex.selectFrom('licences').selectAll().where('case_no', '=', caseNo).executeTakeFirst();
}

/** One version of a licence, or the latest without `version`. */
export function find(ex: Executor, no: string, version?: number) {
  let q = ex.selectFrom('licences').selectAll().where('no', '=', no);
  if (version !== undefined) q = q.where('version', '=', version);
  return q.orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** The latest version of a licence, locked for a status change. */
export function findLatestForUpdate(trx: Trx, no: string) {
  return trx.selectFrom('licences').selectAll().where('no', '=', no).orderBy('version', 'desc').limit(1).forUpdate().executeTakeFirst();
}

/** Filters of the licence list. */
export interface LicenceQuery {
  holderId?: string;
  holderUserId?: string;
  caseNo?: string;
  item?: string;
  status?: LicenceStatus;
  itemCodes?: string[];
  page: number;
  pageSize: number;
}

/** Latest versions matching the filters, newest first. */
export async function list(ex: Executor, q: LicenceQuery) {
  let query = ex.selectFrom('licences as l').where(({ not, exists, selectFrom }) =>
    not(exists(selectFrom('licences as n').select('n.no').whereRef('n.no', '=', 'l.no').whereRef('n.version', '>', 'l.version'))),
  );
  if (q.holderId) query = query.where('l.holder_id', '=', q.holderId);
  if (q.caseNo) query = query.where((eb) => eb.or([eb('l.case_no', '=', q.caseNo ?? ''), eb('l.no', 'in', eb.selectFrom('licences as c').select('c.no').where('c.case_no', '=', q.caseNo ?? ''))]));
  if (q.holderUserId) query = query.where('l.holder_user_id', '=', q.holderUserId);
  if (q.item) query = query.where((eb) => eb.or([eb('l.item_code', '=', q.item ?? ''), eb(eb.ref('l.payload', '->>').key('item'), 'like', `%${q.item}%`)]));
  if (q.status) query = query.where('l.status', '=', q.status);
  if (q.itemCodes) query = query.where('l.item_code', 'in', q.itemCodes.length ? q.itemCodes : ['']);
  const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query.selectAll('l').orderBy('l.created_at', 'desc').orderBy('l.no', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute();
  return { rows, total };
}

/** Approvals without their licence: what a crash after the approval's commit left behind (reads the cases log). */
export async function approvalsWithoutLicence(ex: Executor, limit: number) {
  const r = await sql<{ case_no: string; seq: number }>`
    SELECT a.case_no, a.seq FROM case_actions a
      JOIN cases c ON c.case_no = a.case_no
      JOIN catalog_versions v ON v.item_code = c.item_code AND v.version = c.item_version
     WHERE a.type = 'approve' AND NOT EXISTS (SELECT 1 FROM licences l WHERE l.case_no = a.case_no)
       AND (v.data->>'resultType' = 'licence' OR c.licence_no IS NOT NULL)
     ORDER BY a.on_day, a.case_no LIMIT ${limit}`.execute(ex);
  return r.rows;
}

/** An undecided change or renewal case of a licence. */
export function openCaseOf(ex: Executor, no: string, purpose: 'change' | 'renewal') {
  return ex
    .selectFrom('cases')
    .select(['case_no', 'status'])
    .where('licence_no', '=', no)
    .where('licence_purpose', '=', purpose)
    .where('status', 'in', ['draft', 'submitted', 'supplement_requested', 'accepted', 'paused'])
    .orderBy('case_no')
    .executeTakeFirst();
}

/** Latest, valid versions whose last day is on or before `by` and after `after` (expiring, or run out). */
export function expiringBy(ex: Executor, by: string, after: string) {
  return ex
    .selectFrom('licences')
    .select(['no', 'version', 'valid_to', 'holder_user_id'])
    .where('status', '=', 'valid')
    .where('valid_to', 'is not', null)
    .where('valid_to', '<=', by)
    .where('valid_to', '>', after)
    .orderBy('valid_to')
    .limit(500)
    .execute();
}
