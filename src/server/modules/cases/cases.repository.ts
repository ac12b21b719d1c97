/**
 * SQL of the cases tables. Every function takes the executor it runs in.
 */
import crypto from 'node:crypto';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { CaseAction } from '../../../domain/case.js';
import type { Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { windowsRelation } from '../org/org.queries.js';

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

/**
 * A case row locked for the transaction, with its log in order and its material files newest first, in one
 * statement. The log and files are read with the statement's snapshot, the row as the lock found it: when a writer
 * committed while this waited for the lock, the row's version (the projection every append rewrites in its
 * transaction) is past the log's last action, or its materials count (every attachment moves it: 0057) differs
 * from the files read, and that part is read again, now under the lock.
 */
export async function lockCase(trx: Trx, caseNo: string) {
  const found = await trx
    .selectFrom('cases')
    .selectAll()
    .select(logJson.as('case_log'))
    .select(filesJson.as('case_files'))
    .where('case_no', '=', caseNo)
    .forUpdate()
    .executeTakeFirst();
  if (!found) return undefined;
  const { row, actions, files } = fromJson(found);
  return {
    row,
    actions: (actions.at(-1)?.seq ?? 0) === row.version ? actions : await actionsOf(trx, caseNo),
    files: files.length === row.materials_count ? files : await materialsOf(trx, caseNo),
  };
}

/** A case_actions row as json_agg gives it: the timestamp as text. */
type ActionJson = Omit<Selectable<Database['case_actions']>, 'at'> & { at: string };

/** A case's log as one JSON array, beside its row. */
const logJson = sql<ActionJson[]>`(SELECT coalesce(json_agg(a ORDER BY a.seq), '[]') FROM case_actions a WHERE a.case_no = cases.case_no)`;

/** A case's material files (as materialsOf reads them) as one JSON array, beside its row. */
const filesJson = sql<(Omit<CaseMaterialFile, 'created_at'> & { created_at: string })[]>`(SELECT coalesce(json_agg(json_build_object(
    'material_code', m.material_code, 'reused', m.reused, 'created_at', m.created_at, 'id', f.id, 'name', f.name,
    'media_type', f.media_type, 'size', f.size, 'sha256', f.sha256) ORDER BY m.created_at DESC), '[]')
  FROM case_materials m JOIN files f ON f.id = m.file_id WHERE m.case_no = cases.case_no)`;

/** The row, log and files of a row read with logJson and filesJson. */
function fromJson<R extends { case_log: ActionJson[]; case_files: (Omit<CaseMaterialFile, 'created_at'> & { created_at: string })[] }>(found: R) {
  const { case_log: log, case_files: files, ...row } = found;
  return { row, actions: log.map((a) => toCaseAction({ ...a, at: new Date(a.at) })), files: files.map((f) => ({ ...f, created_at: new Date(f.created_at) })) };
}

/** A case's material file as materialsOf reads it. */
export type CaseMaterialFile = Awaited<ReturnType<typeof materialsOf>>[number];

/**
 * A case row with its log in order and its material files newest first, in one statement (one snapshot: the three
 * agree with each other); a reader's, not for a change (lockCase is).
 */
export async function caseWithLog(ex: Executor, caseNo: string) {
  const found = await ex.selectFrom('cases').selectAll().select(logJson.as('case_log')).select(filesJson.as('case_files')).where('case_no', '=', caseNo).executeTakeFirst();
  return found && fromJson(found);
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

/** The statement appending one action (appendAction runs it with its audit); the primary key (case_no, seq) refuses a second writer of the same seq. */
export function actionInsert(trx: Trx, caseNo: string, a: Omit<CaseAction, 'on'> & { on: string }) {
  return trx
    .insertInto('case_actions')
    .values({ case_no: caseNo, seq: a.seq, type: a.type, at: new Date(a.at), on_day: a.on, actor_id: a.actorId, actor_name: a.actorName, payload: JSON.stringify(a.payload) });
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
function likeAny(q: string) {
  return sql<boolean>`(case_no ILIKE ${`%${q}%`} OR item_name ILIKE ${`%${q}%`} OR applicant_name ILIKE ${`%${q}%`})`;
}

/** Cases whose last extension request is not approved yet and that are still running. */
function extensionWaiting() {
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

/**
 * The hall zones a window clerk works in: the zone of the window they signed in at last, else the
 * zones of their departments' items.
 */
export async function clerkZones(ex: Executor, userId: string, departments: string[]): Promise<string[]> {
  const session = await ex
    .selectFrom('hall_sessions')
    .innerJoin(windowsRelation().as('w'), 'w.id', 'hall_sessions.window_id')
    .select('w.zone_code')
    .where('hall_sessions.user_id', '=', userId)
    .orderBy('hall_sessions.day', 'desc')
    .executeTakeFirst();
  if (session) return [session.zone_code];
  if (departments.length === 0) return [];
  const rows = await ex.selectFrom('catalog_public').select('zone').distinct().where('department_code', 'in', departments).where('zone', 'is not', null).execute();
  return rows.map((r) => r.zone as string);
}

/** Newest first by the day received, drafts (not yet received) before them. */
const receivedNewestFirst = sql`received_on desc nulls first`;

/** Whether the case's item is served in one of the zones (the clerk's 待受理 queue shows these first). */
function inZones(zones: string[]) {
  return sql<boolean>`(item_code IN (SELECT code FROM catalog_public WHERE zone IN (${sql.join(zones)})))`;
}

/** Write a new case row; returns it as written. */
export function insertCase(trx: Trx, row: Insertable<Database['cases']>) {
  return trx.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A draft's situations and form. */
export async function updateDraft(trx: Trx, caseNo: string, situation: string[], form: Record<string, unknown>, at: Date) {
  await trx
    .updateTable('cases')
    .set({ situation_codes: JSON.stringify(situation), form: JSON.stringify(form), updated_at: at })
    .where('case_no', '=', caseNo)
    .execute();
}

/** The columns of the case row that project its log and clock. */
export type Projection = Pick<Updateable<Database['cases']>, 'version' | 'status' | 'clock_state' | 'assignee_id' | 'received_on' | 'acceptance_due' | 'promised_due' | 'decision_due' | 'updated_at'>;

/** The case row's projection of its log and clock. */
export async function updateProjection(trx: Trx, caseNo: string, p: Projection) {
  await projectionUpdate(trx, caseNo, p).execute();
}

/** The statement rewriting the case row's projection (`updateProjection` runs it, or an append with its audit). */
export function projectionUpdate(trx: Trx, caseNo: string, p: Projection) {
  return trx.updateTable('cases').set(p).where('case_no', '=', caseNo);
}

/** The calendar revision the case's due days are now computed on. */
export async function setCalendarRevision(trx: Trx, caseNo: string, revision: number) {
  await trx.updateTable('cases').set({ calendar_revision: revision }).where('case_no', '=', caseNo).execute();
}

/** Who files the applicant side of a case. */
export async function setFiler(trx: Trx, caseNo: string, userId: string, at: Date) {
  await trx.updateTable('cases').set({ filed_by: userId, updated_at: at }).where('case_no', '=', caseNo).execute();
}

/** A 告知承诺 material's check day (one per material of a case; a new promise moves it). */
export async function upsertFollowup(trx: Trx, caseNo: string, materialCode: string, due: string) {
  await trx
    .insertInto('case_followups')
    .values({ id: crypto.randomUUID(), case_no: caseNo, material_code: materialCode, due })
    .onConflict((oc) => oc.columns(['case_no', 'material_code']).doUpdateSet({ due }))
    .execute();
}

/** The materials a case has a file for. */
export async function submittedMaterialCodes(ex: Executor, caseNo: string): Promise<string[]> {
  const rows = await ex.selectFrom('case_materials').select('material_code').distinct().where('case_no', '=', caseNo).execute();
  return rows.map((r) => r.material_code);
}

/** The materials given a file at or after version `version` of the case. */
export async function materialCodesSince(ex: Executor, caseNo: string, version: number): Promise<string[]> {
  const rows = await ex.selectFrom('case_materials').select('material_code').where('case_no', '=', caseNo).where('case_version', '>=', version).execute();
  return rows.map((r) => r.material_code);
}

/** Link a file to a material of a case. */
export async function insertMaterial(trx: Trx, row: Insertable<Database['case_materials']>) {
  await trx.insertInto('case_materials').values(row).execute();
}

/**
 * Link an uploaded file to a material of a case, keeping it once per applicant: when the applicant
 * (`owner_key`) has a file with the same content, that one is linked and `file` is not kept. One
 * statement; returns the linked file's id.
 */
export async function insertUploadedMaterial(trx: Trx, file: Required<Insertable<Database['files']>>, link: Omit<Required<Insertable<Database['case_materials']>>, 'file_id' | 'reused'>): Promise<string> {
  const res = await sql<{ file_id: string }>`
    WITH same AS (SELECT id FROM files WHERE owner_key = ${file.owner_key} AND sha256 = ${file.sha256} LIMIT 1),
    added AS (
      INSERT INTO files (id, owner_key, name, media_type, size, sha256, content, uploaded_by, created_at)
      SELECT ${file.id}::uuid, ${file.owner_key}::text, ${file.name}::text, ${file.media_type}::text, ${file.size}::integer, ${file.sha256}::text,
             ${file.content}::bytea, ${file.uploaded_by}::uuid, ${file.created_at}::timestamptz
       WHERE NOT EXISTS (SELECT 1 FROM same)
      RETURNING id),
    kept AS (SELECT id FROM same UNION ALL SELECT id FROM added)
    INSERT INTO case_materials (id, case_no, material_code, material_name, file_id, reused, case_version, created_at)
    SELECT ${link.id}::uuid, ${link.case_no}::text, ${link.material_code}::text, ${link.material_name}::text, kept.id, false, ${link.case_version}::integer, ${link.created_at}::timestamptz
      FROM kept
    RETURNING file_id`.execute(trx);
  const id = res.rows[0]?.file_id;
  if (!id) throw new Error(`no file linked to ${link.case_no} ${link.material_code}`);
  return id;
}

/** Move a case's materials count by the links an attachment adds (lockCase compares it; 0057), as the audit's write. */
export function countMaterials(trx: Trx, caseNo: string, added: number) {
  return trx.updateTable('cases').set((eb) => ({ materials_count: eb('materials_count', '+', added) })).where('case_no', '=', caseNo);
}

/** Who a file belongs to and who uploaded it. */
export function fileOwner(ex: Executor, fileId: string) {
  return ex.selectFrom('files').select(['id', 'owner_key', 'uploaded_by']).where('id', '=', fileId).executeTakeFirst();
}

/** One file of a case's materials, with its content. */
export function caseFile(ex: Executor, caseNo: string, fileId: string) {
  return ex
    .selectFrom('files')
    .innerJoin('case_materials', 'case_materials.file_id', 'files.id')
    .select(['files.name', 'files.media_type', 'files.content', 'files.sha256'])
    .where('files.id', '=', fileId)
    .where('case_materials.case_no', '=', caseNo)
    .executeTakeFirst();
}

/** Every material file of a case with its content, oldest first (the archive). */
export function archiveFiles(ex: Executor, caseNo: string) {
  return ex
    .selectFrom('case_materials')
    .innerJoin('files', 'files.id', 'case_materials.file_id')
    .select(['case_materials.material_code', 'files.name', 'files.media_type', 'files.sha256', 'files.content', 'case_materials.created_at'])
    .where('case_materials.case_no', '=', caseNo)
    .orderBy('case_materials.created_at')
    .execute();
}

/** The statuses of cases. */
export function statuses(ex: Executor, caseNos: readonly string[]) {
  return ex.selectFrom('cases').select(['case_no', 'status']).where('case_no', 'in', [...caseNos]).execute();
}

/** The forms of the latest 20 applications of one party: filed by a user for themselves, or of a person or an organisation by number. */
export async function earlierForms(ex: Executor, party: { filedBy: string } | { idNumber: string } | { creditCode: string }): Promise<Record<string, unknown>[]> {
  const rows = await ex
    .selectFrom('cases')
    .select('form')
    .$call((q) =>
      'filedBy' in party
        ? q.where('applicant_user_id', '=', party.filedBy).where('filed_by', '=', party.filedBy)
        : 'idNumber' in party
          ? q.where('applicant_kind', '=', 'person').where('applicant_id_number', '=', party.idNumber)
          : q.where('applicant_kind', '=', 'organisation').where('applicant_credit_code', '=', party.creditCode),
    )
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => r.form);
}

/**
 * A page of cases and how many there are: one's `own` (applied for or filed by `userId`), newest first; or the
 * bureau's work (no one else's drafts; `scope`'s departments when given), most urgent first: overdue, then warning,
 * by the nearest due day. Items served in `zones` come first (a window clerk's own zone).
 */
export async function listCases(
  ex: Executor,
  q: { userId: string; own: boolean; scope: readonly string[] | null; zones: string[]; status?: string[]; clockState?: string; itemCode?: string; q?: string; assigned?: 'me'; extension?: 'requested'; page: number; pageSize: number },
) {
  let query = ex.selectFrom('cases');
  if (q.own) query = query.where((eb) => eb.or([eb('applicant_user_id', '=', q.userId), eb('filed_by', '=', q.userId)]));
  // an applicant's draft is not the bureau's work until it is submitted
  else {
    query = query.where((eb) => eb.or([eb('status', '!=', 'draft'), eb('filed_by', '=', q.userId)]));
    if (q.scope) query = query.where('department_code', 'in', [...q.scope]);
  }
  if (q.status) query = query.where('status', 'in', q.status);
  if (q.clockState) query = query.where('clock_state', '=', q.clockState);
  if (q.itemCode) query = query.where('item_code', '=', q.itemCode);
  if (q.assigned === 'me') query = query.where('assignee_id', '=', q.userId);
  if (q.extension === 'requested') query = query.where(extensionWaiting());
  if (q.q) query = query.where(likeAny(q.q));
  const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  let ordered = query.selectAll();
  if (q.zones.length) ordered = ordered.orderBy((eb) => eb.case().when(inZones(q.zones)).then(0).else(1).end());
  // one's own cases newest first (我的办件: drafts, then by the day received)
  ordered = q.own
    ? ordered.orderBy(receivedNewestFirst).orderBy('created_at', 'desc')
    : ordered
        .orderBy((eb) => eb.case().when('clock_state', '=', 'overdue').then(0).when('clock_state', '=', 'warning').then(1).when('clock_state', '=', 'ok').then(2).else(3).end())
        .orderBy((eb) => eb.fn.coalesce('promised_due', 'acceptance_due'), 'asc');
  const rows = await ordered
    .orderBy('case_no', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}
