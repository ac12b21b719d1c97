/**
 * SQL of the documents tables. Every function takes the executor it runs in.
 */
import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db.js';

/** The next number of a document word in a year (the row stays locked until commit: no gaps). */
export async function nextDocumentSeq(trx: Trx, word: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('document_sequences')
    .values({ word, year, last: 1 })
    .onConflict((oc) => oc.columns(['word', 'year']).doUpdateSet((eb) => ({ last: eb('document_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** A case action's document of a type: made (sha256 set) or only reserved (sha256 ''). */
export function byAction(ex: Executor, caseNo: string, seq: number, type: string) {
  return ex.selectFrom('documents').select(['id', 'number', 'sha256']).where('case_no', '=', caseNo).where('action_seq', '=', seq).where('type', '=', type).executeTakeFirst();
}

/** Fill a reserved document with its signed PDF (once: a filled row is left alone). */
export async function fill(ex: Executor, id: string, v: { sha256: string; signed_sha256: string; key_id: string; signature: string; sm2_key_id: string; sm2_signature: string; content: Buffer }) {
  await ex.updateTable('documents').set(v).where('id', '=', id).where('sha256', '=', '').execute();
}

/** The documents of a case, in the order they were made (without their content). */
export function ofCase(ex: Executor, caseNo: string) {
  return ex
    .selectFrom('documents')
    .select(['id', 'case_no', 'action_seq', 'type', 'number', 'title', 'sha256', 'signed_sha256', 'key_id', 'signature', 'sm2_key_id', 'sm2_signature', 'created_at'])
    .where('case_no', '=', caseNo)
    .where('sha256', '<>', '')
    .orderBy('action_seq')
    .orderBy('created_at')
    .execute();
}

/** One made document with its content. */
export function find(ex: Executor, id: string) {
  return ex.selectFrom('documents').selectAll().where('id', '=', id).where('sha256', '<>', '').executeTakeFirst();
}

/** A document by the hash of the bytes its signature covers. */
export function bySignedHash(ex: Executor, sha256: string) {
  return ex.selectFrom('documents').select(['id', 'case_no', 'type', 'number', 'title', 'created_at', 'key_id']).where('signed_sha256', '=', sha256).where('sha256', '<>', '').executeTakeFirst();
}

/**
 * Case actions of the given types that lack one of their documents: what a crash between an
 * action's commit and its documents left behind. Reads the cases module's log (its public record).
 */
export async function actionsMissingDocuments(ex: Executor, wanted: { action: string; type: string }[], limit: number, caseNo?: string) {
  if (wanted.length === 0) return [];
  const pairs = sql.join(wanted.map((w) => sql`(${w.action}, ${w.type})`));
  const rows = await sql<{ case_no: string; seq: number; type: string }>`
    SELECT a.case_no, a.seq, a.type
      FROM case_actions a
      JOIN (VALUES ${pairs}) AS w(action, doc) ON w.action = a.type
     WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.case_no = a.case_no AND d.action_seq = a.seq AND d.type = w.doc AND d.sha256 <> '')
       AND (${caseNo ?? null}::text IS NULL OR a.case_no = ${caseNo ?? null})
     GROUP BY a.case_no, a.seq, a.type
     ORDER BY a.case_no, a.seq
     LIMIT ${limit}`.execute(ex);
  return rows.rows;
}

/** The template an administrator saved for a type, if any. */
export function template(ex: Executor, type: string) {
  return ex.selectFrom('document_templates').selectAll().where('type', '=', type).executeTakeFirst();
}

/** Every saved template. */
export function templates(ex: Executor) {
  return ex.selectFrom('document_templates').selectAll().execute();
}
