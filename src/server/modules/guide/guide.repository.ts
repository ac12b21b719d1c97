/**
 * The guide's reads: the published catalog (catalog_public) and a cheap fingerprint of it, the
 * files an applicant attached to earlier cases, and the plain LIKE search the guide is compared with.
 * Read-only over the catalog's and the cases' tables.
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db.js';

/** Changes whenever a version is published: the count of public items, their versions and the newest confirmation. */
export async function catalogFingerprint(ex: Executor): Promise<string> {
  const row = await ex
    .selectFrom('catalog_public')
    .select([sql<number>`count(*)::int`.as('n'), sql<number>`coalesce(sum(version), 0)::int`.as('versions'), sql<string | null>`max(confirmed_at)::text`.as('latest')])
    .executeTakeFirstOrThrow();
  return `${row.n}/${row.versions}/${row.latest ?? ''}`;
}

/** Every published item's data. */
export function publishedItems(ex: Executor) {
  return ex.selectFrom('catalog_public').select(['code', 'version', 'data']).orderBy('code').execute();
}

/** Files the user attached, as applicant, to earlier cases, for materials of these names. */
export function earlierFiles(ex: Executor, userId: string, materialNames: string[]) {
  if (materialNames.length === 0) return Promise.resolve([]);
  return ex
    .selectFrom('case_materials')
    .innerJoin('cases', 'cases.case_no', 'case_materials.case_no')
    .innerJoin('files', 'files.id', 'case_materials.file_id')
    .select(['case_materials.material_name', 'files.id', 'files.name', 'cases.case_no', 'cases.item_name', 'files.created_at'])
    .where('cases.applicant_user_id', '=', userId)
    .where('case_materials.material_name', 'in', materialNames)
    .orderBy('files.created_at', 'desc')
    .execute();
}

/** The baseline: item names containing the whole query, shortest first. */
export function nameLike(ex: Executor, q: string, limit: number) {
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return ex.selectFrom('catalog_public').select(['code', 'name']).where('name', 'like', pattern).orderBy(sql`length(name)`).orderBy('code').limit(limit).execute();
}
