/**
 * The catalog of licensing items: the public, confirmed catalog; drafts and their four-stage
 * review (梳理保留 → 初审拟定 → 复核 → 终审确认); clean-up batches; bulk import of items.
 */
import crypto from 'node:crypto';
import {
  checkStagePass,
  diffItems,
  isNotStationed,
  itemSchema,
  nextStage,
  STAGES,
  whereToGoText,
  type CatalogItem,
  type ReviewStage,
  type Stage,
} from '../../../domain/catalog.js';
import { audit, auditMany, type AuditEntry } from '../../platform/audit.js';
import { auditActor, authorize, authorizeUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Executor, Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, forbidden, notFound, zodFieldErrors, type FieldError } from '../../platform/errors.js';
import { listDepartments, zoneCodes } from '../org/org.queries.js';
import * as repo from './catalog.repository.js';
import type { ListItemsQuery } from './catalog.schemas.js';

/** A problem found in one imported item, with the field path inside that item. */
export interface ItemProblem {
  index: number;
  path: string;
  message: string;
}

/** What an import did. */
export interface ImportResult {
  batchId: string | null;
  created: number;
  unchanged: number;
}

const REVIEW_PERMISSION = { first_review: 'catalog.first_review', recheck: 'catalog.recheck', final_review: 'catalog.final_review' } as const;

/** Confirmed versions never change: the service (one per process, services.ts) keeps the ones it read, up to this many. */
const CONFIRMED_CACHE_SIZE = 1000;

/** The catalog and its review. */
export class CatalogService {
  private readonly confirmed = new Map<string, CatalogItem>();

  constructor(private readonly db: Db) {}

  // ---------------------------------------------------------------------- public

  /** Counts of the confirmed catalog, computed each time (never stored). */
  async stats() {
    const rows = await repo.countByKindAndDisposition(this.db);
    const byDisposition = { transferred: 0, hall_only: 0, not_stationed: 0, cancelled: 0, delegated: 0 };
    let total = 0;
    let related = 0;
    let fee = 0;
    for (const r of rows) {
      if (r.kind === 'main') {
        total += r.n;
        if (r.disposition && r.disposition in byDisposition) byDisposition[r.disposition as keyof typeof byDisposition] += r.n;
      } else if (r.kind === 'related') related += r.n;
      else if (r.kind === 'fee') fee += r.n;
    }
    return { total, byDisposition, related, fee };
  }

  /** A page of the public catalog. */
  async listPublic(q: ListItemsQuery, names: Names) {
    const { rows, total } = await repo.listPublic(this.db, q);
    return {
      items: rows.map((r) => ({
        code: r.code,
        name: r.name,
        type: r.type,
        kind: r.kind,
        department: r.department_code,
        departmentName: names.departments.get(r.department_code) ?? r.department_code,
        zone: r.zone,
        zoneName: r.zone ? (names.zones.get(r.zone) ?? null) : null,
        disposition: r.disposition,
        onlineLevel: r.online_level,
        resultType: r.result_type,
        statutoryDays: r.statutory_days,
        promisedDays: r.promised_days,
      })),
      total,
    };
  }

  /** The full public item. */
  async getPublic(code: string, names: Names) {
    const row = await repo.findPublic(this.db, code);
    if (!row) throw notFound('CATALOG.ITEM_NOT_FOUND', '事项不存在或尚未发布');
    const item = row.data as unknown as CatalogItem;
    const parent = item.parentCode ? await repo.findPublic(this.db, item.parentCode) : undefined;
    return {
      ...item,
      version: row.version,
      confirmedAt: row.confirmed_at.toISOString(),
      departmentName: names.departments.get(item.departmentCode) ?? item.departmentCode,
      zoneName: item.zone ? (names.zones.get(item.zone) ?? null) : null,
      regulators: await repo.regulatorsOf(this.db, code),
      children: await repo.childrenOf(this.db, code),
      parent: parent ? { code: parent.code, name: parent.name } : null,
    };
  }

  /** The confirmed item's data and version, in one read (for other modules that act on it, e.g. cases). */
  async publishedItem(code: string): Promise<CatalogItem & { version: number }> {
    const row = await repo.findPublic(this.db, code);
    if (!row) throw notFound('CATALOG.ITEM_NOT_FOUND', '事项不存在或尚未发布');
    return { ...(row.data as unknown as CatalogItem), version: row.version };
  }

  /**
   * One confirmed version of an item (a case follows the version it was applied for). Confirmed
   * versions are immutable, so they are cached; `ex` lets a caller read it inside its transaction.
   */
  async confirmedItem(code: string, version: number, ex: Executor = this.db): Promise<CatalogItem & { version: number }> {
    const cache = this.confirmed;
    const key = `${code}@${version}`;
    let item = cache.get(key);
    if (!item) {
      const row = await repo.findConfirmed(ex, code, version);
      if (!row) throw notFound('CATALOG.ITEM_NOT_FOUND', '事项版本不存在');
      item = row.data as unknown as CatalogItem;
      if (cache.size >= CONFIRMED_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(key, item);
    }
    return { ...item, version };
  }

  /** Every confirmed version of an item with its changes against the one before, newest first. */
  async history(code: string) {
    const versions = await repo.confirmedVersions(this.db, code);
    if (versions.length === 0) throw notFound('CATALOG.ITEM_NOT_FOUND', '事项不存在或尚未发布');
    return {
      items: versions.map((v, i) => ({
        version: v.version ?? 0,
        confirmedAt: v.confirmed_at?.toISOString() ?? '',
        batchName: v.batch_name,
        // the first version has nothing to compare with
        changes: versions[i + 1] ? diffItems(versions[i + 1]?.data, v.data) : [],
      })),
    };
  }

  /** Field-by-field diff between two confirmed versions of an item. */
  async diff(code: string, from: number, to: number) {
    const versions = await repo.confirmedVersions(this.db, code);
    const a = versions.find((v) => v.version === from);
    const b = versions.find((v) => v.version === to);
    const errors: FieldError[] = [];
    if (!a) errors.push({ path: 'from', message: `版本 ${from} 不存在` });
    if (!b) errors.push({ path: 'to', message: `版本 ${to} 不存在` });
    if (!a || !b) throw badRequest('CATALOG.VERSION_UNKNOWN', '版本不存在', errors);
    return { from, to, changes: diffItems(a.data, b.data) };
  }

  /** A material's model text or blank form. */
  async template(name: string) {
    const row = await this.db.selectFrom('catalog_files').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound('CATALOG.TEMPLATE_NOT_FOUND', '示范文本不存在');
    return row;
  }

  /** Store (or replace) a model text file; editors upload them, the demo seed loads them. The upload is read only after the permission check. */
  async putTemplate(actor: Actor, name: string, read: () => Promise<{ mediaType: string; content: Uint8Array }>) {
    const editor = authorizeUser(actor, 'catalog.edit');
    if (!/^[^/\\\0]{1,200}$/.test(name) || name.startsWith('.')) throw badRequest('REQUEST.INVALID', '文件名不合法', [{ path: 'file', message: '文件名不合法' }]);
    const { mediaType, content } = await read();
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    await this.db.transaction().execute(async (t) => {
      const before = await t.selectFrom('catalog_files').select(['sha256']).where('name', '=', name).executeTakeFirst();
      await t
        .insertInto('catalog_files')
        .values({ name, sha256, media_type: mediaType, content })
        .onConflict((oc) => oc.column('name').doUpdateSet({ sha256, media_type: mediaType, content, updated_at: new Date() }))
        .execute();
      await audit(t, auditActor(editor), { action: 'catalog.template_put', targetType: 'catalog_file', targetId: name, before: before ?? null, after: { sha256, mediaType, size: content.byteLength } });
    });
    return { name, sha256 };
  }

  /** Items each department decides or regulates (for the organisation pages). */
  itemCountsByDepartment() {
    return repo.itemCountsByDepartment(this.db);
  }

  /** The whole confirmed catalog as item data, in code order (export). */
  async exportItems(actor: Actor): Promise<CatalogItem[]> {
    authorize(actor, 'catalog.export');
    const rows = await this.db.selectFrom('catalog_public').select(['data']).orderBy('code').execute();
    return rows.map((r) => r.data as unknown as CatalogItem);
  }

  // ---------------------------------------------------------------------- drafts and review

  /** Versions in the back office (open ones unless a stage is given). */
  async listVersions(actor: Actor, q: { stage?: Stage; batchId?: string; q?: string; mine?: string; page: number; pageSize: number }) {
    const user = authorizeUser(actor, 'catalog.read_drafts');
    const { rows, total } = await repo.listVersions(this.db, { ...q, authorId: q.mine === '1' || q.mine === 'true' ? user.userId : undefined });
    return { items: rows.map(presentVersion), total };
  }

  /** One version with its history and its changes against the published item. */
  async getVersion(actor: Actor, id: string) {
    authorizeUser(actor, 'catalog.read_drafts');
    const v = await repo.findVersion(this.db, id);
    if (!v) throw notFound('CATALOG.VERSION_NOT_FOUND', '版本不存在');
    const published = await repo.findPublic(this.db, v.item_code);
    const events = await repo.eventsOf(this.db, id);
    return {
      ...presentVersion(v),
      data: v.data as { code: string; name: string },
      events: events.map((e) => ({ fromStage: e.from_stage, toStage: e.to_stage, action: e.action, actorName: e.actor_name, reason: e.reason, at: e.at.toISOString() })),
      changes: diffItems(published?.data ?? {}, v.data),
      isNewItem: !published,
    };
  }

  /** An editor starts a draft: a new item, or a change to a published one (one open version per item). */
  async createVersion(actor: Actor, input: { data: unknown; batchId?: string | null }) {
    const editor = authorizeUser(actor, 'catalog.edit');
    const item = this.parseItem(input.data);
    const id = await this.db.transaction().execute(async (trx) => {
      await this.checkReferences(trx, [item], 'data');
      if (input.batchId) await this.requireBatch(trx, input.batchId, 'batchId');
      const [open] = await repo.openVersionsOf(trx, [item.code]);
      if (open) throw conflict('CATALOG.OPEN_VERSION_EXISTS', '该事项已有未完成审核的版本', `当前阶段：${STAGES[open.stage as Stage]}`);
      const [id] = await this.insertDrafts(trx, editor, [item], input.batchId ?? null);
      return id as string;
    });
    return this.getVersion(actor, id);
  }

  /** The author edits a draft; `rev` must be the one they read. */
  async updateVersion(actor: Actor, id: string, input: { data: unknown; rev: number }) {
    const editor = authorizeUser(actor, 'catalog.edit');
    const item = this.parseItem(input.data);
    await this.db.transaction().execute(async (trx) => {
      const v = await this.lockVersion(trx, id, input.rev);
      if (v.stage !== 'draft') throw conflict('CATALOG.NOT_DRAFT', '只有"梳理保留"阶段的草稿可以修改', `当前阶段：${STAGES[v.stage]}`);
      if (v.author_id !== editor.userId) throw forbidden('只有起草人可以修改草稿');
      if (item.code !== v.item_code) throw badRequest('REQUEST.INVALID', '不能修改事项编码', [{ path: 'data.code', message: '事项编码不能修改' }]);
      await this.checkReferences(trx, [item], 'data');
      await trx
        .updateTable('catalog_versions')
        .set((eb) => ({ data: JSON.stringify(item), name: item.name, rev: eb('rev', '+', 1), updated_at: new Date() }))
        .where('id', '=', id)
        .execute();
      await audit(trx, auditActor(editor), { action: 'catalog.version_update', targetType: 'catalog_version', targetId: id, before: v.data, after: item });
    });
    return this.getVersion(actor, id);
  }

  /** The author sends a draft to 初审. */
  async submit(actor: Actor, id: string, rev: number) {
    const editor = authorizeUser(actor, 'catalog.edit');
    await this.db.transaction().execute(async (trx) => {
      const v = await this.lockVersion(trx, id, rev);
      await this.submitLocked(trx, editor, [v]);
    });
    return this.getVersion(actor, id);
  }

  /** The holder of the current stage's role passes the version on; at 终审 it is published. */
  async pass(actor: Actor, id: string, rev: number, comment = '') {
    const user = authorizeUser(actor, 'catalog.first_review', 'catalog.recheck', 'catalog.final_review');
    await this.db.transaction().execute(async (trx) => {
      const v = await this.lockVersion(trx, id, rev);
      await this.passLocked(trx, user, [v], comment);
    });
    return this.getVersion(actor, id);
  }

  /** The holder of the current stage's role sends the version back to its author with reasons. */
  async sendBack(actor: Actor, id: string, rev: number, reason: string) {
    const user = authorizeUser(actor, 'catalog.first_review', 'catalog.recheck', 'catalog.final_review');
    await this.db.transaction().execute(async (trx) => {
      const v = await this.lockVersion(trx, id, rev);
      const refusal = checkStagePass({ stage: v.stage, authorId: v.author_id, actorId: user.userId, roles: user.roles.map((r) => r.role), passedBy: [] });
      if (refusal) throw stageError(refusal);
      await repo.setStage(trx, id, 'draft');
      await repo.insertEvent(trx, { versionId: id, from: v.stage, to: 'draft', action: 'return', actorId: user.userId, reason });
      await audit(trx, auditActor(user), { action: 'catalog.version_return', targetType: 'catalog_version', targetId: id, before: { stage: v.stage }, after: { stage: 'draft', reason } });
    });
    return this.getVersion(actor, id);
  }

  /** The author withdraws a draft they no longer want. */
  async withdraw(actor: Actor, id: string, rev: number) {
    const editor = authorizeUser(actor, 'catalog.edit');
    await this.db.transaction().execute(async (trx) => {
      const v = await this.lockVersion(trx, id, rev);
      if (v.stage !== 'draft') throw conflict('CATALOG.NOT_DRAFT', '只有草稿可以撤回');
      if (v.author_id !== editor.userId) throw forbidden('只有起草人可以撤回草稿');
      await repo.setStage(trx, id, 'withdrawn');
      await repo.insertEvent(trx, { versionId: id, from: 'draft', to: 'withdrawn', action: 'withdraw', actorId: editor.userId });
      await audit(trx, auditActor(editor), { action: 'catalog.version_withdraw', targetType: 'catalog_version', targetId: id });
    });
    return this.getVersion(actor, id);
  }

  // ---------------------------------------------------------------------- batches

  /** Clean-up batches (清理批次) with counts by stage and disposition. */
  async listBatches(actor: Actor) {
    authorizeUser(actor, 'catalog.read_drafts');
    const rows = await this.db.selectFrom('catalog_batches').selectAll().orderBy('created_at', 'desc').execute();
    return { items: await this.presentBatches(rows) };
  }

  /** One batch with its counts. */
  async getBatch(actor: Actor, id: string) {
    authorizeUser(actor, 'catalog.read_drafts');
    const row = await this.requireBatch(this.db, id, 'id');
    const [view] = await this.presentBatches([row]);
    if (!view) throw notFound('CATALOG.BATCH_NOT_FOUND', '清理批次不存在');
    return view;
  }

  /** An editor opens a clean-up batch. */
  async createBatch(actor: Actor, input: { name: string; description: string }) {
    const editor = authorizeUser(actor, 'catalog.edit');
    const id = crypto.randomUUID();
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('catalog_batches').values({ id, name: input.name, description: input.description, created_by: editor.userId }).execute();
      await audit(trx, auditActor(editor), { action: 'catalog.batch_create', targetType: 'catalog_batch', targetId: id, after: input });
    });
    return this.getBatch(actor, id);
  }

  /**
   * Submit every draft of a batch to 初审 (all or nothing), in a few statements however many there are. The batch
   * row stays locked to the end, so two requests on one batch move it one after the other: a retry submits nothing more.
   */
  async submitBatch(actor: Actor, batchId: string) {
    const editor = authorizeUser(actor, 'catalog.edit');
    return this.db.transaction().execute(async (trx) => {
      await this.requireBatch(trx, batchId, 'id', { lock: true });
      const versions = await repo.batchVersionsForUpdate(trx, batchId, 'draft');
      await this.submitLocked(trx, editor, versions);
      return { submitted: versions.length };
    });
  }

  /**
   * Pass every version of a batch that waits at `stage` (all or nothing: one refusal stops the lot), in a few
   * statements however many there are; the batch row stays locked to the end, as in submitBatch.
   */
  async passBatch(actor: Actor, batchId: string, stage: ReviewStage, comment = '') {
    const user = authorizeUser(actor, REVIEW_PERMISSION[stage]);
    return this.db.transaction().execute(async (trx) => {
      await this.requireBatch(trx, batchId, 'id', { lock: true });
      const versions = await repo.batchVersionsForUpdate(trx, batchId, stage);
      await this.passLocked(trx, user, versions, comment);
      return { passed: versions.length };
    });
  }

  // ---------------------------------------------------------------------- import

  /**
   * Bring in many items at once as drafts of one new batch: new items and changed items get a
   * draft, unchanged ones are skipped. Every problem of every item is reported together and
   * any problem writes nothing; `dryRun` checks without writing.
   */
  async importItems(actor: Actor, raw: unknown[], batch: { name: string; description?: string; dryRun?: boolean }): Promise<ImportResult> {
    const editor = authorizeUser(actor, 'catalog.edit');
    const problems: ItemProblem[] = [];
    // items that pass the schema, with their index in the input so every problem names its row
    const valid: { item: CatalogItem; index: number }[] = [];
    const firstIndexOf = new Map<string, number>();
    raw.forEach((r, index) => {
      const parsed = itemSchema.safeParse(r);
      if (!parsed.success) {
        for (const e of zodFieldErrors(parsed.error)) problems.push({ index, path: e.path, message: e.message });
        return;
      }
      const first = firstIndexOf.get(parsed.data.code);
      if (first !== undefined) problems.push({ index, path: 'code', message: `事项编码重复: ${parsed.data.code}（与第 ${first + 1} 项相同）` });
      else firstIndexOf.set(parsed.data.code, index);
      valid.push({ item: parsed.data, index });
    });
    const items = valid.map((v) => v.item);
    const run = async (t: Trx): Promise<ImportResult> => {
      // parents may be any main item of the whole input, including rows that failed the schema
      const incomingKinds = new Map(raw.map((r) => [String((r as { code?: unknown })?.code ?? ''), String((r as { kind?: unknown })?.kind ?? '')]));
      for (const p of await this.referenceProblems(t, items, incomingKinds)) problems.push({ ...p, index: valid[p.index]?.index ?? p.index });
      const codes = valid.map((v) => v.item.code);
      const published = new Map((await repo.findPublicMany(t, codes)).map((r) => [r.code, r]));
      const open = new Map((await repo.openVersionsOf(t, codes)).map((r) => [r.item_code, r]));
      const changed: CatalogItem[] = [];
      for (const { item, index } of valid) {
        const current = published.get(item.code);
        if (current && diffItems(current.data, item).length === 0) continue;
        const pending = open.get(item.code);
        if (pending) problems.push({ index, path: 'code', message: `该事项已有未完成审核的版本（${STAGES[pending.stage as Stage]}）` });
        changed.push(item);
      }
      if (problems.length) throw importError(problems.sort((a, b) => a.index - b.index));
      // a dry run checks everything and writes nothing
      if (changed.length === 0 || batch.dryRun) return { batchId: null, created: changed.length, unchanged: items.length - changed.length };
      const batchId = crypto.randomUUID();
      await t.insertInto('catalog_batches').values({ id: batchId, name: batch.name, description: batch.description ?? '', created_by: editor.userId }).execute();
      const created = { action: 'catalog.batch_create', targetType: 'catalog_batch', targetId: batchId, after: { name: batch.name, description: batch.description ?? '', items: changed.length } };
      await this.insertDrafts(t, editor, changed, batchId, [created]);
      return { batchId, created: changed.length, unchanged: items.length - changed.length };
    };
    return this.db.transaction().execute(run);
  }

  // ---------------------------------------------------------------------- internals

  private parseItem(data: unknown): CatalogItem {
    const parsed = itemSchema.safeParse(data);
    if (!parsed.success) throw badRequest('CATALOG.ITEM_INVALID', '事项信息有误', zodFieldErrors(parsed.error, ['data']));
    return parsed.data;
  }

  /**
   * New drafts of these items, in a few statements however many (an import's hundreds), for items the caller found
   * without a version under review (the unique index catalog_versions_one_open holds that under concurrent writers).
   * `first`: audit entries that precede the drafts' own in the chain (the batch's creation). The drafts' ids, in order.
   */
  private async insertDrafts(trx: Trx, editor: UserActor, items: readonly CatalogItem[], batchId: string | null, first: readonly AuditEntry[] = []): Promise<string[]> {
    const drafts = items.map((item) => ({ id: crypto.randomUUID(), item }));
    await repo.insertDrafts(trx, drafts, editor.userId, batchId);
    await auditMany(trx, auditActor(editor), [...first, ...drafts.map((d) => ({ action: 'catalog.version_create', targetType: 'catalog_version', targetId: d.id, after: d.item }))]);
    return drafts.map((d) => d.id);
  }

  /** Send locked drafts, in item-code order, to 初审: every one is checked before any is written. */
  private async submitLocked(trx: Trx, editor: UserActor, versions: readonly repo.VersionHead[]) {
    for (const v of versions) {
      if (v.stage !== 'draft') throw conflict('CATALOG.NOT_DRAFT', '只有草稿可以提交初审', `当前阶段：${STAGES[v.stage]}`);
      if (v.author_id !== editor.userId) throw forbidden('只有起草人可以提交草稿');
    }
    if (versions.length === 0) return;
    await repo.advance(trx, versions.map((v) => v.id), { from: 'draft', to: 'first_review', action: 'submit', actorId: editor.userId, at: new Date() });
    await auditMany(
      trx,
      auditActor(editor),
      versions.map((v) => ({ action: 'catalog.version_submit', targetType: 'catalog_version', targetId: v.id, before: { stage: 'draft' }, after: { stage: 'first_review' } })),
    );
  }

  /**
   * Pass locked versions that wait at one stage, in item-code order: every one is checked first (the first refusal
   * stops the lot), then they move on together; from 终审 they are numbered and published.
   */
  private async passLocked(trx: Trx, user: UserActor, versions: readonly repo.VersionHead[], comment: string) {
    const [first] = versions;
    if (!first) return;
    const history = await repo.actionsByVersion(trx, versions.map((v) => v.id));
    for (const v of versions) {
      const events = history.get(v.id) ?? [];
      const lastSubmit = events.map((e) => e.action).lastIndexOf('submit');
      const passedBy = events.slice(lastSubmit + 1).filter((e) => e.action === 'pass').map((e) => e.actor_id);
      const refusal = checkStagePass({ stage: v.stage, authorId: v.author_id, actorId: user.userId, roles: user.roles.map((r) => r.role), passedBy });
      if (refusal) throw stageError(refusal, v.name);
    }
    const stage = first.stage as ReviewStage;
    const to = nextStage(stage);
    const now = new Date();
    const ids = versions.map((v) => v.id);
    await repo.advance(trx, ids, { from: stage, to, action: 'pass', actorId: user.userId, reason: comment, at: now });
    if (to === 'confirmed') await repo.publish(trx, await repo.versionItems(trx, ids), now);
    await auditMany(
      trx,
      auditActor(user),
      versions.map((v) => ({ action: 'catalog.version_pass', targetType: 'catalog_version', targetId: v.id, before: { stage }, after: { stage: to, comment } })),
    );
  }

  private async lockVersion(trx: Trx, id: string, rev: number): Promise<VersionRow> {
    const v = await repo.findVersionForUpdate(trx, id);
    if (!v) throw notFound('CATALOG.VERSION_NOT_FOUND', '版本不存在');
    if (v.rev !== rev) throw conflict('CATALOG.STALE', '该版本已被他人修改，请刷新后重试', `当前 rev=${v.rev}，请求 rev=${rev}`);
    return v;
  }

  /** The batch, or a 404 (`path` 'id') or 400 naming `path`; `lock` keeps its row from other batch moves until the transaction ends. */
  private async requireBatch(ex: Executor, id: string, path: string, opts: { lock?: boolean } = {}) {
    const query = ex.selectFrom('catalog_batches').selectAll().where('id', '=', id);
    // no key update: drafts still join the batch meanwhile (their foreign key takes a key share lock)
    const row = await (opts.lock ? query.forNoKeyUpdate() : query).executeTakeFirst();
    if (!row) throw path === 'id' ? notFound('CATALOG.BATCH_NOT_FOUND', '清理批次不存在') : badRequest('REQUEST.INVALID', '清理批次不存在', [{ path, message: '清理批次不存在' }]);
    return row;
  }

  private async checkReferences(trx: Trx, items: CatalogItem[], prefix: string) {
    const problems = await this.referenceProblems(trx, items);
    if (problems.length) throw badRequest('CATALOG.ITEM_INVALID', '事项信息有误', problems.map((p) => ({ path: `${prefix}.${p.path}`, message: p.message })));
  }

  /** Departments, zones, regulators, parents and templates that items name must exist. */
  private async referenceProblems(ex: Executor, items: CatalogItem[], incomingKinds = new Map(items.map((i) => [i.code, i.kind as string]))): Promise<ItemProblem[]> {
    const depts = new Map((await listDepartments(ex)).map((d) => [d.code, d.kind]));
    const zones = await zoneCodes(ex);
    const files = new Set((await ex.selectFrom('catalog_files').select('name').execute()).map((f) => f.name));
    const publishedMain = new Map((await ex.selectFrom('catalog_public').select(['code', 'kind']).execute()).map((r) => [r.code, r.kind]));
    const out: ItemProblem[] = [];
    items.forEach((item, index) => {
      if (!depts.has(item.departmentCode)) out.push({ index, path: 'departmentCode', message: `部门不存在: ${item.departmentCode}` });
      item.regulatorCodes.forEach((c, j) => {
        if (depts.get(c) !== 'regulator') out.push({ index, path: `regulatorCodes.${j}`, message: `监管部门不存在: ${c}` });
      });
      if (item.zone && !zones.has(item.zone)) out.push({ index, path: 'zone', message: `服务区不存在: ${item.zone}` });
      if (item.parentCode) {
        const parentKind = incomingKinds.get(item.parentCode) ?? publishedMain.get(item.parentCode);
        if (parentKind !== 'main') out.push({ index, path: 'parentCode', message: `所属主项不存在: ${item.parentCode}` });
      }
      item.materials.forEach((m, j) => {
        if (m.template && !files.has(m.template)) out.push({ index, path: `materials.${j}.template`, message: `示范文本文件不存在: ${m.template}` });
      });
    });
    return out;
  }

  private async presentBatches(rows: { id: string; name: string; description: string; created_at: Date }[]) {
    const counts = await repo.batchCounts(this.db, rows.map((r) => r.id));
    return rows.map((b) => {
      const mine = counts.filter((c) => c.batch_id === b.id);
      const byStage: Record<string, number> = {};
      const byDisposition: Record<string, number> = {};
      for (const c of mine) {
        byStage[c.stage] = (byStage[c.stage] ?? 0) + c.n;
        const key = c.kind === 'main' ? (c.disposition ?? 'none') : c.kind;
        byDisposition[key] = (byDisposition[key] ?? 0) + c.n;
      }
      return { id: b.id, name: b.name, description: b.description, createdAt: b.created_at.toISOString(), total: mine.reduce((n, c) => n + c.n, 0), byDisposition, byStage };
    });
  }
}

/**
 * 409 `code` when an item is not stationed in the hall (不划转不进驻): neither an online application
 * nor a hall ticket; the title names the office, the detail its address, hours and phone.
 */
export function refuseNotStationed(code: string, item: CatalogItem): void {
  if (isNotStationed(item)) throw conflict(code, `该事项不进驻政务服务中心，请到${item.officeName}办理`, whereToGoText(item));
}

/** Department and zone names by code. */
export interface Names {
  departments: Map<string, string>;
  zones: Map<string, string>;
}

type VersionRow = NonNullable<Awaited<ReturnType<typeof repo.findVersionForUpdate>>>;

function presentVersion(v: NonNullable<Awaited<ReturnType<typeof repo.findVersion>>>) {
  const data = v.data as { kind?: string; disposition?: string | null };
  return {
    id: v.id,
    itemCode: v.item_code,
    name: v.name,
    kind: data.kind ?? 'main',
    disposition: data.disposition ?? null,
    version: v.version,
    stage: v.stage,
    authorId: v.author_id,
    authorName: v.author_name,
    batchId: v.batch_id,
    batchName: v.batch_name,
    updatedAt: v.updated_at.toISOString(),
    rev: v.rev,
  };
}

function stageError(refusal: { code: string; message: string }, name?: string) {
  const status = refusal.code === 'CATALOG.WRONG_STAGE' ? 409 : 403;
  return new DomainError(refusal.code === 'CATALOG.STAGE_ROLE' ? 'CATALOG.STAGE_FORBIDDEN' : refusal.code, status, refusal.message, [], name ? `事项：${name}` : undefined);
}

/** The error an import with problems ends in; the Excel layer maps `index` to its rows. */
export class ImportInvalidError extends DomainError {
  constructor(readonly problems: ItemProblem[]) {
    super('CATALOG.IMPORT_INVALID', 400, `导入数据有 ${problems.length} 处错误，未写入任何数据`, problems.map((p) => ({ path: `items.${p.index}.${p.path}`, message: p.message })));
  }
}

function importError(problems: ItemProblem[]) {
  return new ImportInvalidError(problems);
}

