/**
 * SQL of the catalog tables. Every function takes the executor (database or transaction) it runs in.
 */
import { sql } from 'kysely';
import type { CatalogItem, Stage } from '../../../domain/catalog.js';
import type { Executor, Trx } from '../../platform/db.js';
import { accountNames } from '../auth/users.js';
import { departmentsRelation } from '../org/org.queries.js';
import type { ListItemsQuery } from './catalog.schemas.js';

/** Text the public list searches: names, code, aliases, old names, keywords. */
export function searchText(item: CatalogItem): string {
  return [item.name, item.code, item.basicCode, ...item.aliases, ...item.oldNames, ...item.keywords].join(' ').toLowerCase();
}

/** Page of the public (confirmed) catalog. */
export async function listPublic(ex: Executor, q: ListItemsQuery) {
  let query = ex.selectFrom('catalog_public');
  if (q.q) query = query.where('search_text', 'like', `%${q.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  if (q.zone) query = query.where('zone', '=', q.zone);
  if (q.department) {
    const dept = q.department;
    query = query.where((eb) =>
      eb.or([eb('department_code', '=', dept), eb('code', 'in', eb.selectFrom('item_regulators').select('item_code').where('department_code', '=', dept))]),
    );
  }
  if (q.disposition) query = query.where('disposition', '=', q.disposition);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.onlineLevel) query = query.where('online_level', '=', q.onlineLevel);
  if (q.resultType) query = query.where('result_type', '=', q.resultType);
  const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query
    .select(['code', 'name', 'type', 'kind', 'department_code', 'zone', 'disposition', 'online_level', 'result_type', 'statutory_days', 'promised_days'])
    .orderBy(sql`CASE kind WHEN 'main' THEN 0 WHEN 'related' THEN 1 WHEN 'fee' THEN 2 ELSE 3 END`)
    .orderBy('code')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}

/** Counts of the confirmed catalog by kind and disposition. */
export async function countByKindAndDisposition(ex: Executor) {
  return ex
    .selectFrom('catalog_public')
    .select(['kind', 'disposition', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['kind', 'disposition'])
    .execute();
}

/** How many confirmed items each department decides, plus how many each regulator supervises. */
export async function itemCountsByDepartment(ex: Executor): Promise<Map<string, number>> {
  const deciding = await ex.selectFrom('catalog_public').select(['department_code as code', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('department_code').execute();
  const regulating = await ex.selectFrom('item_regulators').select(['department_code as code', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('department_code').execute();
  const map = new Map<string, number>();
  for (const r of [...deciding, ...regulating]) map.set(r.code, (map.get(r.code) ?? 0) + r.n);
  return map;
}

/** The public row of one item. */
export function findPublic(ex: Executor, code: string) {
  return ex.selectFrom('catalog_public').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Codes and names of the items hanging off a main item. */
export function childrenOf(ex: Executor, code: string) {
  return ex.selectFrom('catalog_public').select(['code', 'name', 'kind']).where('parent_code', '=', code).orderBy('code').execute();
}

/** Regulators linked to an item. */
export function regulatorsOf(ex: Executor, code: string) {
  return ex
    .selectFrom('item_regulators')
    .innerJoin(departmentsRelation().as('d'), 'd.code', 'item_regulators.department_code')
    .select(['d.code', 'd.name'])
    .where('item_code', '=', code)
    .orderBy('d.sort_order')
    .execute();
}

/** Confirmed versions of an item, newest first. */
export function confirmedVersions(ex: Executor, code: string) {
  return ex
    .selectFrom('catalog_versions')
    .leftJoin('catalog_batches', 'catalog_batches.id', 'catalog_versions.batch_id')
    .select(['catalog_versions.version', 'catalog_versions.confirmed_at', 'catalog_versions.data', 'catalog_batches.name as batch_name'])
    .where('item_code', '=', code)
    .where('stage', '=', 'confirmed')
    .orderBy('version', 'desc')
    .execute();
}

/** The data of one confirmed version of an item. */
export function findConfirmed(ex: Executor, code: string, version: number) {
  return ex.selectFrom('catalog_versions').select('data').where('item_code', '=', code).where('version', '=', version).where('stage', '=', 'confirmed').executeTakeFirst();
}

/** One version row, locked for the rest of the transaction. */
export function findVersionForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('catalog_versions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** One version with its author's and batch's names. */
export function findVersion(ex: Executor, id: string) {
  return versionQuery(ex).where('catalog_versions.id', '=', id).executeTakeFirst();
}

function versionQuery(ex: Executor) {
  return ex
    .selectFrom('catalog_versions')
    .innerJoin(accountNames().as('author'), 'author.id', 'catalog_versions.author_id')
    .leftJoin('catalog_batches', 'catalog_batches.id', 'catalog_versions.batch_id')
    .select([
      'catalog_versions.id',
      'catalog_versions.item_code',
      'catalog_versions.name',
      'catalog_versions.version',
      'catalog_versions.stage',
      'catalog_versions.data',
      'catalog_versions.author_id',
      'author.display_name as author_name',
      'catalog_versions.batch_id',
      'catalog_batches.name as batch_name',
      'catalog_versions.updated_at',
      'catalog_versions.rev',
    ]);
}

/** Page of versions for the back office. */
export async function listVersions(ex: Executor, q: { stage?: Stage; batchId?: string; q?: string; authorId?: string; page: number; pageSize: number }) {
  let query = versionQuery(ex);
  if (q.stage) query = query.where('catalog_versions.stage', '=', q.stage);
  else query = query.where('catalog_versions.stage', 'not in', ['confirmed', 'withdrawn']);
  if (q.batchId) query = query.where('catalog_versions.batch_id', '=', q.batchId);
  if (q.authorId) query = query.where('catalog_versions.author_id', '=', q.authorId);
  if (q.q) query = query.where((eb) => eb.or([eb('catalog_versions.name', 'ilike', `%${q.q}%`), eb('catalog_versions.item_code', 'ilike', `%${q.q}%`)]));
  const total = (await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query.orderBy('catalog_versions.updated_at', 'desc').orderBy('catalog_versions.item_code').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute();
  return { rows, total };
}

/** The open (not confirmed, not withdrawn) versions of these items: at most one each. */
export function openVersionsOf(ex: Executor, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return ex.selectFrom('catalog_versions').select(['item_code', 'id', 'stage']).where('item_code', 'in', codes).where('stage', 'not in', ['confirmed', 'withdrawn']).execute();
}

/** The published items of these codes. */
export function findPublicMany(ex: Executor, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return ex.selectFrom('catalog_public').selectAll().where('code', 'in', codes).execute();
}

/** New drafts (one per item, the item registered first when new), each with its create event, in three statements however many. */
export async function insertDrafts(trx: Trx, drafts: readonly { id: string; item: CatalogItem }[], authorId: string, batchId: string | null) {
  if (drafts.length === 0) return;
  await trx
    .insertInto('catalog_items')
    .values(drafts.map((d) => ({ code: d.item.code })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await trx
    .insertInto('catalog_versions')
    .values(drafts.map(({ id, item }) => ({ id, item_code: item.code, version: null, stage: 'draft', data: JSON.stringify(item), name: item.name, author_id: authorId, batch_id: batchId, confirmed_at: null })))
    .execute();
  await trx
    .insertInto('catalog_stage_events')
    .values(drafts.map((d) => ({ version_id: d.id, from_stage: 'draft', to_stage: 'draft', action: 'create', actor_id: authorId, reason: '' })))
    .execute();
}

/** Stage events of a version, oldest first, with actor names. */
export function eventsOf(ex: Executor, versionId: string) {
  return ex
    .selectFrom('catalog_stage_events')
    .innerJoin(accountNames().as('actor'), 'actor.id', 'catalog_stage_events.actor_id')
    .select(['from_stage', 'to_stage', 'action', 'actor_id', 'actor.display_name as actor_name', 'reason', 'at'])
    .where('version_id', '=', versionId)
    .orderBy('catalog_stage_events.id')
    .execute();
}

/** What a stage move checks of a version (its item data, the bulk of the row, only publication needs). */
export type VersionHead = { id: string; item_code: string; name: string; stage: Stage; author_id: string };

/** The versions of a batch that wait at `stage`, in item-code order, locked for the rest of the transaction. */
export function batchVersionsForUpdate(trx: Trx, batchId: string, stage: Stage): Promise<VersionHead[]> {
  return trx.selectFrom('catalog_versions').select(['id', 'item_code', 'name', 'stage', 'author_id']).where('batch_id', '=', batchId).where('stage', '=', stage).orderBy('item_code').forUpdate().execute();
}

/** The item data of versions. */
export async function versionItems(ex: Executor, ids: readonly string[]): Promise<{ versionId: string; item: CatalogItem }[]> {
  if (ids.length === 0) return [];
  const rows = await ex.selectFrom('catalog_versions').select(['id', 'data']).where('id', '=', sql<string>`ANY(${[...ids]}::uuid[])`).execute();
  return rows.map((r) => ({ versionId: r.id, item: r.data as unknown as CatalogItem }));
}

/** Who did what to each of several versions, oldest first (a batch's pass reads them in one query, not one per item). */
export async function actionsByVersion(ex: Executor, versionIds: readonly string[]): Promise<Map<string, { action: string; actor_id: string }[]>> {
  const out = new Map<string, { action: string; actor_id: string }[]>(versionIds.map((id) => [id, []]));
  if (versionIds.length === 0) return out;
  const rows = await ex.selectFrom('catalog_stage_events').select(['version_id', 'action', 'actor_id']).where('version_id', 'in', versionIds).orderBy('id').execute();
  for (const r of rows) out.get(r.version_id)?.push(r);
  return out;
}

/** Record a stage transition. */
export async function insertEvent(trx: Trx, e: { versionId: string; from: Stage; to: Stage; action: 'create' | 'submit' | 'pass' | 'return' | 'withdraw'; actorId: string; reason?: string }) {
  await trx
    .insertInto('catalog_stage_events')
    .values({ version_id: e.versionId, from_stage: e.from, to_stage: e.to, action: e.action, actor_id: e.actorId, reason: e.reason ?? '' })
    .execute();
}

/** Move a version to a stage, bumping its rev. */
export async function setStage(trx: Trx, id: string, stage: Stage) {
  await trx
    .updateTable('catalog_versions')
    .set((eb) => ({ stage, rev: eb('rev', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

/**
 * Move versions waiting at `from` on to `to`, bumping their revs, and record each one's transition, in item-code
 * order, in one statement however many there are. Moving to `confirmed` numbers each version after the item's
 * last (1, 2, … per item) and stamps it confirmed at `at`.
 */
export async function advance(trx: Trx, ids: readonly string[], e: { from: Stage; to: Stage; action: 'submit' | 'pass'; actorId: string; reason?: string; at: Date }) {
  const confirming = e.to === 'confirmed';
  await sql`
    WITH moved AS (
      UPDATE catalog_versions v
         SET stage = ${e.to}::text, rev = v.rev + 1, updated_at = ${e.at}::timestamptz,
             version = CASE WHEN ${confirming}::boolean
                            THEN COALESCE((SELECT max(w.version) FROM catalog_versions w WHERE w.item_code = v.item_code), 0) + 1
                            ELSE v.version END,
             confirmed_at = CASE WHEN ${confirming}::boolean THEN ${e.at}::timestamptz ELSE v.confirmed_at END
       WHERE v.id = ANY(${[...ids]}::uuid[]) AND v.stage = ${e.from}::text
   RETURNING v.id, v.item_code)
    INSERT INTO catalog_stage_events (version_id, from_stage, to_stage, action, actor_id, reason)
    SELECT id, ${e.from}::text, ${e.to}::text, ${e.action}::text, ${e.actorId}::uuid, ${e.reason ?? ''}::text FROM moved ORDER BY item_code`.execute(trx);
}

/**
 * Publish confirmed versions: the public projection (its number and data copied from the version's row) and the
 * regulator links follow them, in three statements however many there are (one version per item: an item has one
 * open version at a time).
 */
export async function publish(trx: Trx, versions: readonly { versionId: string; item: CatalogItem }[], at: Date) {
  if (versions.length === 0) return;
  const col = (f: (v: { versionId: string; item: CatalogItem }) => unknown) => versions.map(f);
  await trx
    .insertInto('catalog_public')
    .columns(['code', 'version_id', 'version', 'name', 'kind', 'type', 'disposition', 'parent_code', 'department_code', 'zone', 'online_level', 'result_type', 'statutory_days', 'promised_days', 'search_text', 'data', 'confirmed_at'])
    .expression(
      sql`SELECT u.code, u.version_id, v.version, u.name, u.kind, u.type, u.disposition, u.parent_code, u.department_code, u.zone, u.online_level, u.result_type,
                 u.statutory_days, u.promised_days, u.search_text, v.data, ${at}::timestamptz
            FROM unnest(${col((v) => v.item.code)}::text[], ${col((v) => v.versionId)}::uuid[], ${col((v) => v.item.name)}::text[],
                        ${col((v) => v.item.kind)}::text[], ${col((v) => v.item.type)}::text[], ${col((v) => v.item.disposition)}::text[], ${col((v) => v.item.parentCode)}::text[],
                        ${col((v) => v.item.departmentCode)}::text[], ${col((v) => v.item.zone)}::text[], ${col((v) => v.item.onlineLevel)}::text[], ${col((v) => v.item.resultType)}::text[],
                        ${col((v) => v.item.statutoryDays)}::int[], ${col((v) => v.item.promisedDays)}::int[], ${col((v) => searchText(v.item))}::text[])
              AS u(code, version_id, name, kind, type, disposition, parent_code, department_code, zone, online_level, result_type, statutory_days, promised_days, search_text)
            JOIN catalog_versions v ON v.id = u.version_id`,
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        version_id: eb.ref('excluded.version_id'),
        version: eb.ref('excluded.version'),
        name: eb.ref('excluded.name'),
        kind: eb.ref('excluded.kind'),
        type: eb.ref('excluded.type'),
        disposition: eb.ref('excluded.disposition'),
        parent_code: eb.ref('excluded.parent_code'),
        department_code: eb.ref('excluded.department_code'),
        zone: eb.ref('excluded.zone'),
        online_level: eb.ref('excluded.online_level'),
        result_type: eb.ref('excluded.result_type'),
        statutory_days: eb.ref('excluded.statutory_days'),
        promised_days: eb.ref('excluded.promised_days'),
        search_text: eb.ref('excluded.search_text'),
        data: eb.ref('excluded.data'),
        confirmed_at: eb.ref('excluded.confirmed_at'),
      })),
    )
    .execute();
  await trx.deleteFrom('item_regulators').where('item_code', '=', sql<string>`ANY(${col((v) => v.item.code)}::text[])`).execute();
  const links = versions.flatMap((v) => [...new Set(v.item.regulatorCodes)].map((d) => ({ item_code: v.item.code, department_code: d })));
  if (links.length)
    await sql`INSERT INTO item_regulators (item_code, department_code)
              SELECT * FROM unnest(${links.map((l) => l.item_code)}::text[], ${links.map((l) => l.department_code)}::text[])`.execute(trx);
}

/** Counts of a batch's versions by stage and by disposition. */
export async function batchCounts(ex: Executor, batchIds: string[]) {
  if (batchIds.length === 0) return [];
  return ex
    .selectFrom('catalog_versions')
    .select(['batch_id', 'stage', sql<string | null>`data->>'disposition'`.as('disposition'), sql<string>`data->>'kind'`.as('kind'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('batch_id', 'in', batchIds)
    .groupBy(['batch_id', 'stage', sql`data->>'disposition'`, sql`data->>'kind'`])
    .execute();
}
