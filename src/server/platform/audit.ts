/**
 * The audit trail: every write records who, what, when, from where, before/after, in an
 * append-only table where each row's hash covers the previous row's hash.
 */
import crypto from 'node:crypto';
import { sql, type OperationNodeSource } from 'kysely';
import type { Executor, Trx } from './db.js';

/** Who acts, as the audit trail records it. */
export interface AuditActor {
  id: string | null;
  name: string;
  ip: string | null;
}

/** One entry to append. */
export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Canonical JSON: keys sorted at every level, so the hash does not depend on how jsonb orders them. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

interface HashedFields {
  at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** The canonical text a row's hash covers after its previous hash. */
function hashedBody(r: HashedFields): string {
  const fields: Record<keyof HashedFields, unknown> = {
    at: r.at.toISOString(),
    actor_id: r.actor_id,
    actor_name: r.actor_name,
    action: r.action,
    target_type: r.target_type,
    target_id: r.target_id,
    before: r.before,
    after: r.after,
    ip: r.ip,
  };
  return canonicalJson(fields);
}

function rowHash(prevHash: string, r: HashedFields): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(hashedBody(r)).digest('hex');
}

/** What an entry's row holds before its hashes: the entry, its actor and its time, as the hash covers them. */
function hashedFields(at: Date, actor: AuditActor, entry: AuditEntry): HashedFields {
  return {
    at,
    actor_id: actor.id,
    actor_name: actor.name,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId ?? null,
    before: normalise(entry.before),
    after: normalise(entry.after),
    ip: actor.ip,
  };
}

/** The audited change's own writes as the leading CTEs of the audit statement. */
function withWrites(writes: readonly OperationNodeSource[]) {
  return writes.length ? sql.join(writes.map((w, i) => sql`${sql.id(`write_${i}`)} AS (${w}),`), sql` `) : sql``;
}

/**
 * Append one audit row inside the caller's transaction, in one statement: the head row is updated
 * (and so locked until the transaction ends, keeping the chain linear across processes) with the
 * new hash, sha256(previous hash + "\n" + canonical row), computed by the database exactly as
 * rowHash does; the row is inserted with both ends of its link. `writes` are the audited change's
 * own data-modifying statements (a Kysely insert or update, without a WITH of its own), run in the
 * same statement as the audit row: all of them or none, one round trip.
 */
export async function audit(trx: Trx, actor: AuditActor, entry: AuditEntry, writes: readonly OperationNodeSource[] = []): Promise<void> {
  const fields = hashedFields(new Date(), actor, entry);
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  await sql`
    WITH ${withWrites(writes)} head AS (
      UPDATE audit_head
         SET prev_hash = hash, hash = encode(sha256(convert_to(hash || E'\n' || ${hashedBody(fields)}::text, 'UTF8')), 'hex'), count = count + 1
       WHERE id = 1
   RETURNING prev_hash, hash)
    INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, before, after, ip, prev_hash, hash)
    SELECT ${fields.at.toISOString()}::timestamptz, ${fields.actor_id}::text, ${fields.actor_name}::text, ${fields.action}::text, ${fields.target_type}::text,
           ${fields.target_id}::text, ${json(fields.before)}::jsonb, ${json(fields.after)}::jsonb, ${fields.ip}::text, head.prev_hash, head.hash
      FROM head`.execute(trx);
}

/**
 * Append one audit row per entry, in order, inside the caller's transaction, in two statements however many
 * entries there are: the head row is locked and read; each row's hash is computed here by rowHash from the row
 * before (the chain comes out exactly as one audit() call per entry would make it, at one time); one statement
 * inserts the rows in order and moves the head to the last of them, with `writes` as audit()'s. One entry is
 * audit()'s one statement.
 */
export async function auditMany(trx: Trx, actor: AuditActor, entries: readonly AuditEntry[], writes: readonly OperationNodeSource[] = []): Promise<void> {
  const [first, ...more] = entries;
  if (!first) return;
  if (more.length === 0) return audit(trx, actor, first, writes);
  const at = new Date();
  const head = await trx.selectFrom('audit_head').select('hash').where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  let prev = head.hash;
  const rows = entries.map((entry, n) => {
    const fields = hashedFields(at, actor, entry);
    const row = { ...fields, at: at.toISOString(), prev_hash: prev, hash: rowHash(prev, fields), n };
    prev = row.hash;
    return row;
  });
  const last = rows[rows.length - 1] as (typeof rows)[number];
  // jsonb_to_recordset turns a JSON null into SQL NULL, as audit() stores a null before or after
  await sql`
    WITH ${withWrites(writes)} head AS (
      UPDATE audit_head SET prev_hash = ${last.prev_hash}::text, hash = ${last.hash}::text, count = count + ${rows.length}::bigint WHERE id = 1)
    INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, before, after, ip, prev_hash, hash)
    SELECT r.at, r.actor_id, r.actor_name, r.action, r.target_type, r.target_id, r.before, r.after, r.ip, r.prev_hash, r.hash
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(at timestamptz, actor_id text, actor_name text, action text, target_type text, target_id text, before jsonb, after jsonb, ip text, prev_hash text, hash text, n integer)
     ORDER BY r.n`.execute(trx);
}

/** JSON round trip so that what is hashed is exactly what jsonb gives back. */
function normalise(v: unknown): unknown {
  return v === undefined || v === null ? null : JSON.parse(JSON.stringify(v));
}

/** The result of walking the chain. */
export type AuditVerification = { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: string };

/** Walk the whole chain from the start; report the first row whose link or hash does not hold. */
export async function verifyAuditChain(db: Executor): Promise<AuditVerification> {
  let prev = 'GENESIS';
  let count = 0;
  let lastId = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(1000).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prev_hash !== prev) return { ok: false, count, brokenAt: r.id, reason: 'prev_hash does not match the previous row' };
      const expected = rowHash(prev, r);
      if (expected !== r.hash) return { ok: false, count, brokenAt: r.id, reason: 'row content does not match its hash' };
      prev = r.hash;
      count++;
      lastId = r.id;
    }
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  if (head.hash !== prev || head.count !== count)
    return { ok: false, count, brokenAt: lastId + 1, reason: 'rows are missing after the last one (chain head does not match)' };
  return { ok: true, count };
}

/** Filters of the audit trail page. */
export interface AuditQuery {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** A page of the audit trail, newest first. */
export async function searchAudit(db: Executor, q: AuditQuery) {
  let query = db.selectFrom('audit_log');
  if (q.actor) query = query.where('actor_name', 'ilike', `%${q.actor}%`);
  if (q.action) query = query.where('action', 'like', `${q.action}%`);
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  if (q.targetId) query = query.where('target_id', '=', q.targetId);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', new Date(q.to));
  const total = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      before: r.before,
      after: r.after,
    })),
    total,
  };
}
