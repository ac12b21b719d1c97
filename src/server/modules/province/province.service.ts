/**
 * Pushes to the provincial platform (issue #19, docs/adr/0019-provincial-platform.md).
 *
 * An outbox consumer (`province`, platform/consumers.ts) turns each case step, rating and licence
 * event into its record (src/domain/province.ts, the one mapping) and writes it to
 * `province_pushes` in the transaction that moves its cursor: each event's records exactly once.
 * The sender (`dispatch`, run by main.ts's dispatcher loop) posts the due records, signed, and
 * stores each receipt: accepted with the platform's receipt id, or rejected with its reason. A
 * failure (network, 5xx) backs off as the exchange's deliveries do (domain/exchange.ts
 * `backoffMs`) for the retry window, then the record is `failed`. An administrator sees what was
 * sent, acknowledged and rejected, and resends a rejected or failed record, rebuilt from its event.
 * 免证办: the applicant side is offered their valid licences from the library for the materials
 * they can stand for, and uses one with consent; the case records the library version used.
 */
import crypto from 'node:crypto';
import { sql, type Updateable } from 'kysely';
import type { Logger } from 'pino';
import { backoffMs, DEFAULT_RETRY, type RetryPolicy } from '../../../domain/exchange.js';
import { banjianRecord, isBanjianStep, LIBRARY_CONSENT, LICENCE_OPERATIONS, licenceRecord, materialAcceptsLicence, ratingRecord, BANJIAN_STEPS, type LicenceTopic } from '../../../domain/province.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, requireUser, type Actor } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { OutboxConsumer, OutboxRecord } from '../../platform/consumers.js';
import type { Db, Executor, Trx } from '../../platform/db.js';
import type { Database } from '../../platform/db-types.js';
import { badRequest, conflict, DomainError, notFound } from '../../platform/errors.js';
import type { CaseFilesService } from '../cases/case-files.service.js';
import type { CaseQueriesService } from '../cases/case-queries.service.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import { postRecord, queryLibrary, type LibraryLicence, type PlatformConfig, type PushAnswer, type PushKind } from './province.client.js';
import { eachLimit } from '../../platform/pool.js';

export interface ProvinceDeps {
  db: Db;
  now: Clock;
  log: Logger;
  /** config.province: null when the platform is not configured (nothing is built or sent) */
  platform: PlatformConfig | null;
  /** 免证办: the applicant side's right to attach, reading rights, and the attachment itself */
  caseFiles: Pick<CaseFilesService, 'mayAttach' | 'attachMaterial'>;
  caseQueries: Pick<CaseQueriesService, 'canRead'>;
  /** the materials of the item version a case was filed under */
  catalog: Pick<CatalogService, 'confirmedItem'>;
  retry?: RetryPolicy;
  random?: () => number;
  /** records posted per pass */
  batch?: number;
  /** records posted at a time */
  concurrency?: number;
  timeoutMs?: number;
  /** how long a sender holds the records it claimed; a crashed process's are sent again after it */
  leaseMs?: number;
}

/** The topics the consumer reads: the case steps, ratings and licence events. */
export const PROVINCE_TOPICS: readonly string[] = [...Object.keys(BANJIAN_STEPS).map((a) => `case.${a}`), 'hall.rated', ...Object.keys(LICENCE_OPERATIONS)];

/** What one sender pass did. */
export interface ProvinceDispatch {
  accepted: number;
  rejected: number;
  failed: number;
  /** records whose retries ran out this pass */
  dead: number;
}

type Built = { kind: PushKind; subject: string; recordId: string; record: Record<string, unknown> };

export class ProvinceService {
  private readonly retry: RetryPolicy;
  private readonly random: () => number;

  constructor(private readonly d: ProvinceDeps) {
    this.retry = d.retry ?? DEFAULT_RETRY;
    this.random = d.random ?? Math.random;
  }

  /** Whether the platform is configured (SHENPI_PROVINCE_URL). */
  get enabled(): boolean {
    return this.d.platform !== null;
  }

  /** The outbox consumer that builds the records; it starts at its first pass (turning the push on does not send the bureau's history). */
  consumer(): OutboxConsumer {
    return { name: 'province', topics: PROVINCE_TOPICS, startAt: 'now', handle: (trx, events) => this.handle(trx, events) };
  }

  private async handle(trx: Trx, events: readonly OutboxRecord[]) {
    const at = this.d.now();
    for (const e of events) {
      const built = await this.build(trx, e);
      if (!built) continue;
      await trx
        .insertInto('province_pushes')
        .values({ outbox_id: e.id, kind: built.kind, subject: built.subject, record_id: built.recordId, record: JSON.stringify(built.record), status: 'pending', next_at: at, retry_from: at, created_at: at })
        .onConflict((oc) => oc.column('record_id').doNothing())
        .execute();
    }
  }

  /** The record an event becomes, from the data as it stands (null: nothing to push). */
  private async build(ex: Executor, e: Pick<OutboxRecord, 'topic' | 'subject' | 'payload'>): Promise<Built | null> {
    if (e.topic.startsWith('case.')) {
      const type = e.topic.slice('case.'.length);
      if (!isBanjianStep(type)) return null;
      const caseNo = String(e.payload.caseNo ?? e.subject);
      const c = await ex.selectFrom('cases').selectAll().where('case_no', '=', caseNo).executeTakeFirst();
      if (!c) return null;
      const actions = await ex.selectFrom('case_actions').select(['seq', 'type', 'at', 'actor_name', 'payload']).where('case_no', '=', caseNo).where('seq', '<=', Number(e.payload.seq)).orderBy('seq').execute();
      const record = banjianRecord({
        caseNo,
        itemCode: c.item_code,
        itemName: c.item_name,
        itemVersion: c.item_version,
        departmentCode: c.department_code,
        channel: c.channel,
        applicant: { kind: c.applicant_kind, name: c.applicant_name, idNumber: c.applicant_id_number, creditCode: c.applicant_credit_code },
        limits: c.limits,
        promisedDue: c.promised_due,
        decisionDue: c.decision_due,
        actions: actions.map((a) => ({ seq: a.seq, type: a.type, at: a.at, actorName: a.actor_name, payload: a.payload })),
      });
      return { kind: 'banjian', subject: caseNo, recordId: record.recordId, record };
    }
    if (e.topic === 'hall.rated') {
      const r = await ex.selectFrom('hall_ratings').selectAll().where('id', '=', Number(e.payload.ratingId)).executeTakeFirst();
      if (!r) return null;
      const dept = r.case_no ? ((await ex.selectFrom('cases').select('department_code').where('case_no', '=', r.case_no).executeTakeFirst())?.department_code ?? null) : null;
      const record = ratingRecord({ id: r.id, serviceRef: r.service_ref, caseNo: r.case_no, itemCode: r.item_code, departmentCode: dept, grade: r.grade, reasons: r.reasons, comment: r.comment, channel: r.channel, ratedAt: r.created_at });
      return { kind: 'rating', subject: r.service_ref, recordId: record.recordId, record };
    }
    if (Object.hasOwn(LICENCE_OPERATIONS, e.topic)) {
      const l = await ex.selectFrom('licences').selectAll().where('no', '=', e.subject).where('version', '=', Number(e.payload.version)).executeTakeFirst();
      if (!l) return null;
      const record = licenceRecord(e.topic as LicenceTopic, {
        no: l.no,
        version: l.version,
        typeName: l.payload.type,
        itemCode: l.item_code,
        caseNo: l.case_no,
        holder: { kind: l.holder_kind, name: l.holder_name, id: l.holder_id },
        departmentCode: l.department_code,
        issuedOn: l.issued_on,
        validFrom: l.valid_from,
        validTo: l.valid_to,
        reason: typeof e.payload.reason === 'string' ? e.payload.reason : null,
        keyId: l.key_id,
        signature: l.signature,
        payloadSha256: crypto.createHash('sha256').update(l.payload_text).digest('hex'),
      });
      return { kind: 'licence', subject: l.no, recordId: record.recordId, record };
    }
    return null;
  }

  // ------------------------------------------------------------------ sending

  /** One pass: claim the due records, post them (one subject's in order, `concurrency` subjects at a time), store the receipts (or the failure and the next try). */
  async dispatch(): Promise<ProvinceDispatch> {
    const result = { accepted: 0, rejected: 0, failed: 0, dead: 0 };
    const platform = this.d.platform;
    if (!platform) return result;
    const claim = crypto.randomUUID();
    const now = this.d.now();
    const claimed = await this.d.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('province_pushes')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('id')
        .limit(this.d.batch ?? 50)
        .forUpdate()
        .skipLocked()
        .execute();
      if (!due.length) return [];
      return trx
        .updateTable('province_pushes')
        .set({ claim, claimed_until: new Date(now.getTime() + (this.d.leaseMs ?? 120_000)) })
        .where('id', 'in', due.map((r) => r.id))
        .returning(['id', 'kind', 'subject', 'record', 'attempts', 'retry_from', 'record_id'])
        .execute();
    });
    // one subject's records (a case's steps, a licence's versions) in their order, subjects side by side; a failed
    // record does not hold back the next (each carries its case up to its step, the platform keeps the highest)
    const chains = new Map<string, typeof claimed>();
    for (const c of claimed.sort((a, b) => a.id - b.id)) {
      const key = `${c.kind}\u0000${c.subject}`;
      chains.set(key, [...(chains.get(key) ?? []), c]);
    }
    await eachLimit([...chains.values()], this.d.concurrency ?? 8, async (chain) => {
      for (const c of chain) {
        const answer = await postRecord(platform, c.kind, c.record, this.d.timeoutMs ?? 10_000);
        result[await this.store(c, claim, answer)]++;
      }
    });
    return result;
  }

  private async store(c: { id: number; attempts: number; retry_from: Date; record_id: string; kind: PushKind }, claim: string, a: PushAnswer): Promise<keyof ProvinceDispatch> {
    const at = this.d.now();
    const base = { attempts: c.attempts + 1, claim: null, claimed_until: null };
    const q = (set: Updateable<Database['province_pushes']>) => this.d.db.updateTable('province_pushes').set(set).where('id', '=', c.id).where('claim', '=', claim).execute();
    if (a.outcome === 'accepted') {
      await q({ ...base, status: 'accepted', receipt_id: a.receiptId, reason: null, field_errors: null, last_error: null, answered_at: at });
      return 'accepted';
    }
    if (a.outcome === 'rejected') {
      await q({ ...base, status: 'rejected', receipt_id: null, reason: a.reason, field_errors: JSON.stringify(a.errors), last_error: null, answered_at: at });
      this.d.log.warn({ recordId: c.record_id, kind: c.kind, reason: a.reason }, 'province: record rejected by the platform');
      return 'rejected';
    }
    const nextAt = new Date(at.getTime() + backoffMs(c.attempts + 1, this.retry, this.random()));
    if (nextAt.getTime() > new Date(c.retry_from).getTime() + this.retry.windowMs) {
      await q({ ...base, status: 'failed', last_error: a.error });
      this.d.log.error({ recordId: c.record_id, kind: c.kind, err: a.error }, 'province: retries ran out');
      return 'dead';
    }
    await q({ ...base, last_error: a.error, next_at: nextAt });
    return 'failed';
  }

  // ------------------------------------------------------------------ reconciliation (administrator)

  /** Counts by status and kind, for the reconciliation page's header. */
  async summary(actor: Actor) {
    authorizeUser(actor, 'apikeys.manage');
    const rows = await this.d.db
      .selectFrom('province_pushes')
      .select(['kind', 'status', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy(['kind', 'status'])
      .execute();
    const count = (status: string) => rows.filter((r) => r.status === status).reduce((s, r) => s + Number(r.n), 0);
    return {
      enabled: this.enabled,
      pending: count('pending'),
      accepted: count('accepted'),
      rejected: count('rejected'),
      failed: count('failed'),
      byKind: rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.n) })),
    };
  }

  /** What was sent, newest first: its receipt or the platform's reason. */
  async list(actor: Actor, q: { status?: 'pending' | 'accepted' | 'rejected' | 'failed'; kind?: PushKind; subject?: string; before?: number; limit: number }) {
    authorizeUser(actor, 'apikeys.manage');
    let query = this.d.db.selectFrom('province_pushes').selectAll().orderBy('id', 'desc').limit(q.limit);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.subject) query = query.where('subject', '=', q.subject);
    if (q.before) query = query.where('id', '<', q.before);
    return { items: (await query.execute()).map(view) };
  }

  /** One push with the record as sent. */
  async get(actor: Actor, id: number) {
    authorizeUser(actor, 'apikeys.manage');
    const r = await this.d.db.selectFrom('province_pushes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound('PROVINCE.PUSH_NOT_FOUND', '推送记录不存在');
    return { ...view(r), record: r.record };
  }

  /** Send a rejected or failed record again, rebuilt from its event with the data as it stands now (a corrected case or catalog). */
  async resend(actor: Actor, id: number) {
    const admin = authorizeUser(actor, 'apikeys.manage');
    const now = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('province_pushes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!r) throw notFound('PROVINCE.PUSH_NOT_FOUND', '推送记录不存在');
      if (r.status !== 'rejected' && r.status !== 'failed') throw conflict('PROVINCE.NOT_RESENDABLE', '只能重发被拒收或重试失败的记录', `当前状态：${STATUS_NAMES[r.status]}`);
      const event = await trx.selectFrom('outbox').select(['topic', 'subject', 'payload']).where('id', '=', r.outbox_id).executeTakeFirstOrThrow();
      const rebuilt = await this.build(trx, event);
      await trx
        .updateTable('province_pushes')
        .set({ status: 'pending', record: JSON.stringify(rebuilt?.record ?? r.record), attempts: 0, next_at: now, retry_from: now, claim: null, claimed_until: null, resent_count: sql<number>`resent_count + 1` })
        .where('id', '=', id)
        .execute();
      await audit(trx, auditActor(admin), { action: 'province.resend', targetType: 'province_push', targetId: String(id), before: { status: r.status, reason: r.reason ?? r.last_error }, after: { status: 'pending' } });
    });
    return this.get(actor, id);
  }
  // ------------------------------------------------------------------ 免证办: licences from the library

  /** The case's materials a licence in the library can stand for, with the applicant's licences that fit (valid ones only). */
  private async offersFor(actor: Actor, caseNo: string) {
    await this.d.caseFiles.mayAttach(actor, caseNo);
    const platform = this.d.platform;
    if (!platform) throw conflict('PROVINCE.OFF', '未接入电子证照库');
    const c = await this.d.db.selectFrom('cases').select(['item_code', 'item_version', 'applicant_kind', 'applicant_id_number', 'applicant_credit_code']).where('case_no', '=', caseNo).executeTakeFirstOrThrow();
    const item = await this.d.catalog.confirmedItem(c.item_code, c.item_version);
    const holderId = c.applicant_kind === 'person' ? c.applicant_id_number : c.applicant_credit_code;
    let licences: LibraryLicence[] = [];
    if (holderId) {
      try {
        licences = (await queryLibrary(platform, holderId, this.d.timeoutMs ?? 10_000)).filter((l) => l.status === 'valid');
      } catch (err) {
        this.d.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'province: the e-licence library did not answer');
        throw new DomainError('PROVINCE.LIBRARY_UNAVAILABLE', 503, '电子证照库暂时无法访问，请上传材料或稍后再试');
      }
    }
    return item.materials.flatMap((m) => {
      const fit = licences.filter((l) => materialAcceptsLicence(m, l.typeName));
      return fit.length ? [{ code: m.code, name: m.name, licences: fit }] : [];
    });
  }

  /** What the applicant side is offered: per material, their licences from the library; and what the case already uses. */
  async libraryOffers(actor: Actor, caseNo: string) {
    const materials = await this.offersFor(actor, caseNo);
    return {
      consentText: LIBRARY_CONSENT,
      materials: materials.map((m) => ({
        code: m.code,
        name: m.name,
        licences: m.licences.map((l) => ({ licenceNo: l.licenceNo, version: l.version, typeName: l.typeName, holderName: l.holder.name, deptCode: l.deptCode, validTo: l.validTo })),
      })),
      used: (await this.uses(caseNo)).items,
    };
  }

  /**
   * Use a library licence instead of an upload: with the applicant's consent, the library's record of
   * the licence's current version becomes the material's file, and the case records the version used.
   */
  async useLibraryLicence(actor: Actor, caseNo: string, body: { materialCode: string; licenceNo: string; consent: true }) {
    const user = requireUser(actor);
    const offered = (await this.offersFor(actor, caseNo)).find((m) => m.code === body.materialCode);
    if (!offered) throw badRequest('PROVINCE.LICENCE_NOT_OFFERED', '该材料不能用电子证照代替', [{ path: 'materialCode', message: '电子证照库中没有可用于此材料的证照' }]);
    const l = offered.licences.find((x) => x.licenceNo === body.licenceNo);
    if (!l) throw badRequest('PROVINCE.LICENCE_NOT_OFFERED', '电子证照库中没有这张证照', [{ path: 'licenceNo', message: '不是您名下有效的、可用于此材料的证照' }]);
    const at = this.d.now();
    await this.d.caseFiles.attachMaterial(actor, caseNo, {
      materialCode: body.materialCode,
      licence: { name: `${l.typeName} ${l.licenceNo}（电子证照库 第${l.version}版）.json`, content: Buffer.from(`${JSON.stringify(l, null, 2)}\n`) },
      within: async (trx, caseVersion) => {
        await trx
          .insertInto('case_library_licences')
          .values({ case_no: caseNo, material_code: body.materialCode, licence_no: l.licenceNo, version: l.version, record_id: l.recordId, type_name: l.typeName, case_version: caseVersion, consent_text: LIBRARY_CONSENT, consent_by: user.userId, consent_at: at })
          .execute();
        await audit(trx, auditActor(user), { action: 'case.library_licence', targetType: 'case', targetId: caseNo, after: { materialCode: body.materialCode, licenceNo: l.licenceNo, version: l.version, consent: LIBRARY_CONSENT } });
      },
    });
    return this.uses(caseNo);
  }

  /** The library licences a case used, with the version and the consent (whoever may read the case). */
  async libraryUses(actor: Actor, caseNo: string) {
    await this.d.caseQueries.canRead(actor, caseNo);
    return this.uses(caseNo);
  }

  private async uses(caseNo: string) {
    const rows = await this.d.db.selectFrom('case_library_licences').selectAll().where('case_no', '=', caseNo).orderBy('id').execute();
    return {
      items: rows.map((r) => ({ materialCode: r.material_code, licenceNo: r.licence_no, version: r.version, recordId: r.record_id, typeName: r.type_name, caseVersion: r.case_version, consentText: r.consent_text, consentAt: new Date(r.consent_at).toISOString() })),
    };
  }
}

const STATUS_NAMES = { pending: '待发送', accepted: '已接收', rejected: '被拒收', failed: '重试失败' } as const;

function view(r: {
  id: number;
  kind: PushKind;
  subject: string;
  record_id: string;
  status: 'pending' | 'accepted' | 'rejected' | 'failed';
  attempts: number;
  next_at: Date;
  last_error: string | null;
  receipt_id: string | null;
  reason: string | null;
  field_errors: { field: string; message: string }[] | null;
  answered_at: Date | null;
  resent_count: number;
  created_at: Date;
}) {
  return {
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    recordId: r.record_id,
    status: r.status,
    attempts: r.attempts,
    nextAt: r.status === 'pending' ? new Date(r.next_at).toISOString() : null,
    lastError: r.last_error,
    receiptId: r.receipt_id,
    reason: r.reason,
    fieldErrors: r.field_errors ?? [],
    answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
    resentCount: r.resent_count,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
