/**
 * Electronic licences (电子证照): issued when a case of a 证照 item (catalog resultType licence) is approved, signed with the bureau's key
 * (a canonical JSON payload signed with Ed25519 and SM2), rendered as a PDF with a QR code that carries the signed
 * payload, verified by anyone, and changed only by recorded status actions.
 */
import { addCalendarDays, chineseDate, toShanghaiDate } from '../../../domain/calendar.js';
import type { ResultType } from '../../../domain/catalog-terms.js';
import { itemForm, licenceFieldsOf, type FormDefinition } from '../../../domain/forms.js';
import { maskIdNumber, maskName } from '../../../domain/identifiers.js';
import {
  canonicalPayload,
  effectiveStatus,
  LICENCE_ACTIONS,
  LICENCE_STATUSES,
  licenceNumber,
  nextLicenceStatus,
  validUntil,
  type LicenceAction,
  type LicencePayload,
  type LicenceStatus,
} from '../../../domain/licence.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorize, type Actor } from '../../platform/auth.js';
import type { Db, Trx } from '../../platform/db.js';
import { badRequest, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { BUREAU_NAME, issuerOf, renderPdf } from '../../platform/pdf.js';
import { sealProblem, type KeyRing, type Signature } from '../../platform/signing.js';
import * as repo from './licences.repository.js';

type LicenceRow = NonNullable<Awaited<ReturnType<typeof repo.find>>>;

/** What the licences need to know of a case when it is approved (CaseQueriesService.snapshot). */
export interface ApprovedCase {
  caseNo: string;
  departmentCode: string;
  applicant: { kind: 'person' | 'organisation'; name: string; idNumber: string | null; creditCode: string | null; userId: string | null };
  form: Record<string, unknown>;
  /** a change or renewal of an issued licence */
  licence: { no: string; purpose: 'change' | 'renewal' } | null;
  action: { seq: number; type: string; on: string };
  item: { code: string; name: string; conditions: string[]; resultType: ResultType; licenceName: string; licenceYears: number | null; form?: FormDefinition | null };
  /** the body that decided: the bureau for 划转 items, the stationed agency otherwise */
  issuer: string;
}

/** What the service needs from outside. */
export interface LicencesDeps {
  db: Db;
  keys: KeyRing;
  snapshot: (caseNo: string, seq: number) => Promise<ApprovedCase>;
  now: () => Date;
  /** the address printed in QR codes, e.g. https://zwfw.taian.gov.cn */
  publicUrl: string;
}

/** 统一社会信用代码 shown as 9137…**** (the verify page); a 身份证号 as 370902********123X. */
function maskHolderId(id: string, kind: string): string {
  return kind === 'person' ? maskIdNumber(id) : id.length > 8 ? `${id.slice(0, 4)}…****` : '****';
}

/** A presented licence: the signed payload, its Ed25519 signature and, when it carries one, its SM2 signature. */
export interface PresentedLicence {
  payload: string;
  signature: string;
  keyId: string;
  sm2?: Signature | null;
}

/**
 * `https://…/verify/NO#<payload base64url>.<signature>.<keyId>.<sm2 signature>.<sm2 keyId>`: the
 * link and the offline proof in one (licences signed before SM2 end after the Ed25519 key).
 */
export function qrText(publicUrl: string, row: { no: string; payload_text: string; signature: string; key_id: string; sm2_signature: string | null; sm2_key_id: string | null }): string {
  const sm2 = row.sm2_signature && row.sm2_key_id ? `.${row.sm2_signature}.${row.sm2_key_id}` : '';
  return `${publicUrl}/verify/${row.no}#${Buffer.from(row.payload_text).toString('base64url')}.${row.signature}.${row.key_id}${sm2}`;
}

/** Split a QR text (or just its fragment) into the signed payload, the signatures and their keys. */
export function parseQr(text: string): PresentedLicence | null {
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const [p, signature, keyId, sm2Signature, sm2KeyId] = fragment.trim().split('.');
  if (!p || !signature || !keyId) return null;
  return { payload: Buffer.from(p, 'base64url').toString('utf8'), signature, keyId, sm2: sm2Signature && sm2KeyId ? { signature: sm2Signature, keyId: sm2KeyId } : null };
}

/** The licences. */
export class LicencesService {
  constructor(private readonly d: LicencesDeps) {}

  /** Case actions → licences: an approval of a 证照 item issues one (once, whoever calls again). */
  async forActions(caseNo: string, actions: { seq: number; type: string }[]): Promise<void> {
    for (const a of actions) if (a.type === 'approve') await this.issue(caseNo, a.seq);
  }

  /** Issue what a crash left unissued (approvals of 证照 items without a licence); returns how many. */
  async catchUp(limit = 50): Promise<number> {
    const missing = await repo.approvalsWithoutLicence(this.d.db, limit);
    for (const m of missing) await this.issue(m.case_no, m.seq);
    return missing.length;
  }

  /**
   * Issue the licence of an approved case; returns the existing one when it was issued before,
   * and null when the item gives no licence (批准文书, 登记/备案, 服务办结).
   */
  async issue(caseNo: string, seq: number): Promise<LicenceRow | null> {
    const existing = await repo.byCase(this.d.db, caseNo);
    if (existing) return existing;
    const c = await this.d.snapshot(caseNo, seq);
    if (c.action.type !== 'approve') throw new Error(`action ${seq} of ${caseNo} is not an approval`);
    if (c.licence) return this.newVersion(c.licence.no, caseNo, c.licence.purpose, c);
    if (c.item.resultType !== 'licence') return null;
    const holderId = c.applicant.kind === 'organisation' ? (c.applicant.creditCode ?? '') : (c.applicant.idNumber ?? '');
    const validFrom = c.action.on;
    // the licence's own fields come from the application form by the item's mapping (no retyping)
    const fields = licenceFieldsOf(itemForm(c.item), c.form);
    return this.oncePerCase(caseNo, async (trx) => {
      const no = licenceNumber(Number(validFrom.slice(0, 4)), await repo.nextLicenceSeq(trx, Number(validFrom.slice(0, 4))));
      const payload: LicencePayload = {
        v: 1,
        no,
        version: 1,
        type: c.item.licenceName,
        holder: c.applicant.name,
        holderId: c.applicant.kind === 'person' ? maskIdNumber(holderId) : holderId,
        item: c.item.name,
        itemCode: c.item.code,
        scope: scopeOf({ ...c.form, ...fields }, c.item.name),
        ...(Object.keys(fields).length ? { fields } : {}),
        conditions: c.item.conditions,
        issuer: c.issuer,
        issuedOn: validFrom,
        validFrom,
        validTo: validUntil(validFrom, c.item.licenceYears),
        caseNo,
      };
      const text = canonicalPayload(payload);
      const sig = this.d.keys.sign(text);
      const inserted = await trx
        .insertInto('licences')
        .values({
          no,
          version: 1,
          status: 'valid',
          case_no: caseNo,
          item_code: c.item.code,
          holder_name: c.applicant.name,
          holder_id: holderId,
          holder_kind: c.applicant.kind,
          holder_user_id: c.applicant.userId,
          department_code: c.departmentCode,
          issued_on: validFrom,
          valid_from: validFrom,
          valid_to: payload.validTo,
          payload: JSON.stringify(payload),
          payload_text: text,
          key_id: sig.keyId,
          signature: sig.signature,
          sm2_key_id: sig.sm2.keyId,
          sm2_signature: sig.sm2.signature,
          status_reason: null,
          status_by: null,
          status_on: null,
          created_at: this.d.now(),
        })
        .onConflict((oc) => oc.column('case_no').doNothing())
        .returningAll()
        .executeTakeFirst();
      // another process issued it first: roll back, so its number is not used twice or skipped
      if (!inserted) throw new AlreadyIssued();
      await audit(trx, { id: null, name: 'system:licences', ip: null }, { action: 'licence.issue', targetType: 'licence', targetId: no, after: { caseNo, version: 1, keyId: sig.keyId, sm2KeyId: sig.sm2.keyId } });
      await emit(trx, { topic: 'licence.issued', subject: no, payload: { no, version: 1, caseNo, itemCode: c.item.code }, dedupeKey: `licence:${no}:1:issued` });
      return inserted;
    });
  }

  /**
   * Whether an application may change or renew this licence: the holder's own, of the same item,
   * in force, and for a renewal at least 30 days before it runs out (art. 50) with no other
   * renewal open. Throws 400 naming the field (CaseCommandsService.prepareDraft calls it).
   */
  async checkApplication(input: { no: string; purpose: 'change' | 'renewal'; itemCode: string; applicant: { userId: string | null; idNumber: string | null; creditCode: string | null }; today: string }) {
    const bad = (path: string, message: string) => badRequest('CASE.LICENCE_INVALID', message, [{ path, message }]);
    const row = await repo.find(this.d.db, input.no);
    if (!row) throw bad('licence.no', '证照不存在');
    const own = (row.holder_user_id !== null && row.holder_user_id === input.applicant.userId) || row.holder_id === input.applicant.idNumber || row.holder_id === input.applicant.creditCode;
    if (!own) throw bad('licence.no', '只能为本人（本单位）持有的证照申请变更或延续');
    if (row.item_code !== input.itemCode) throw bad('itemCode', `该证照属于“${row.payload.item}”，请选择相同事项申请`);
    const status = effectiveStatus(row.status, row.valid_to, input.today);
    if (status !== 'valid') throw bad('licence.no', `证照当前为“${LICENCE_STATUSES[status]}”，不能申请${input.purpose === 'change' ? '变更' : '延续'}`);
    if (input.purpose === 'renewal') {
      if (!row.valid_to) throw bad('licence.purpose', '该证照长期有效，无需延续');
      if (input.today > addCalendarDays(row.valid_to, -30))
        throw bad('licence.purpose', `应在有效期届满30日前提出延续申请（行政许可法第五十条），本证照于${chineseDate(row.valid_to)}届满`);
    }
    const open = await repo.openCaseOf(this.d.db, input.no, input.purpose);
    if (open) throw bad('licence.no', `该证照已有办理中的${input.purpose === 'change' ? '变更' : '延续'}申请（${open.case_no}）`);
  }

  /**
   * A new version of a licence from a change or renewal case (or a renewal deemed granted):
   * change — the holder's name and the scope as the case states them; renewal — validity from
   * the day after the old one ends. The old version is superseded and stays verifiable.
   */
  async newVersion(no: string, caseNo: string, purpose: 'change' | 'renewal', c: Pick<ApprovedCase, 'applicant' | 'form' | 'item'> | null, deemed = false): Promise<LicenceRow> {
    const today = this.today();
    return this.oncePerCase(caseNo, async (trx) => {
      const old = await repo.findLatestForUpdate(trx, no);
      if (!old) throw notFound('LICENCE.NOT_FOUND', '证照不存在');
      const prev = old.payload;
      const validFrom = purpose === 'renewal' && prev.validTo ? addCalendarDays(prev.validTo, 1) : today;
      const years = c?.item.licenceYears ?? (prev.validTo ? Number(prev.validTo.slice(0, 4)) - Number(prev.validFrom.slice(0, 4)) : null);
      const payload: LicencePayload = {
        ...prev,
        version: old.version + 1,
        holder: purpose === 'change' && c ? c.applicant.name : prev.holder,
        scope: purpose === 'change' && c ? scopeOf(c.form, prev.scope) : prev.scope,
        ...changedFields(purpose, c, prev.fields),
        issuedOn: today,
        validFrom: purpose === 'renewal' ? validFrom : prev.validFrom,
        validTo: purpose === 'renewal' ? validUntil(validFrom, years) : prev.validTo,
        caseNo,
      };
      const text = canonicalPayload(payload);
      const sig = this.d.keys.sign(text);
      const inserted = await trx
        .insertInto('licences')
        .values({
          ...old,
          version: payload.version,
          status: 'valid',
          case_no: caseNo,
          holder_name: payload.holder,
          issued_on: today,
          valid_from: payload.validFrom,
          valid_to: payload.validTo,
          payload: JSON.stringify(payload),
          payload_text: text,
          key_id: sig.keyId,
          signature: sig.signature,
          sm2_key_id: sig.sm2.keyId,
          sm2_signature: sig.sm2.signature,
          status_reason: deemed ? '逾期未作出决定，视为准予延续（行政许可法第五十条）' : null,
          status_by: deemed ? '系统' : null,
          status_on: deemed ? today : null,
          created_at: this.d.now(),
        })
        .onConflict((oc) => oc.column('case_no').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!inserted) throw new AlreadyIssued();
      await trx.updateTable('licences').set({ status: 'superseded', status_on: today, status_reason: `由第 ${payload.version} 版取代（${caseNo}）` }).where('no', '=', no).where('version', '=', old.version).execute();
      const topic = purpose === 'change' ? 'licence.changed' : 'licence.renewed';
      await audit(trx, { id: null, name: deemed ? 'system:deemed-renewal' : 'system:licences', ip: null }, { action: deemed ? 'licence.deemed_renewal' : topic, targetType: 'licence', targetId: no, before: { version: old.version }, after: { version: payload.version, caseNo, validTo: payload.validTo } });
      await emit(trx, { topic, subject: no, payload: { no, version: payload.version, caseNo, deemed, validFrom: payload.validFrom, validTo: payload.validTo }, dedupeKey: `licence:${no}:${payload.version}:${topic}` });
      return inserted;
    });
  }

  /**
   * The licences' own clock, run by the sweeper: reminders 60 and 30 days before expiry (once
   * each), a renewal applied for in time but not decided by the expiry day is deemed granted
   * (art. 50), and a licence past its last day without renewal is stored as expired.
   */
  async sweep(): Promise<{ reminders: number; deemed: number; expired: number }> {
    const today = this.today();
    let reminders = 0;
    let deemed = 0;
    let expired = 0;
    for (const days of [60, 30]) {
      for (const r of await repo.expiringBy(this.d.db, addCalendarDays(today, days), today)) {
        const sent = await this.d.db.transaction().execute((trx) =>
          emit(trx, { topic: 'licence.expiring', subject: r.no, payload: { no: r.no, version: r.version, validTo: r.valid_to, daysBefore: days, holderUserId: r.holder_user_id }, dedupeKey: `licence:${r.no}:${r.version}:expiring:${days}` }),
        );
        if (sent) reminders++;
      }
    }
    for (const r of await repo.expiringBy(this.d.db, addCalendarDays(today, -1), '0000-00-00')) {
      const renewal = await repo.openCaseOf(this.d.db, r.no, 'renewal');
      if (renewal) {
        await this.newVersion(r.no, renewal.case_no, 'renewal', null, true);
        deemed++;
        continue;
      }
      const done = await this.d.db.transaction().execute(async (trx) => {
        const changed = await trx.updateTable('licences').set({ status: 'expired', status_on: today, status_reason: '有效期届满', status_by: '系统' }).where('no', '=', r.no).where('version', '=', r.version).where('status', '=', 'valid').executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) return false;
        await emit(trx, { topic: 'licence.expired', subject: r.no, payload: { no: r.no, version: r.version, validTo: r.valid_to }, dedupeKey: `licence:${r.no}:${r.version}:expired` });
        return true;
      });
      if (done) expired++;
    }
    return { reminders, deemed, expired };
  }

  /** The licence a case produced, for its decision document. */
  byCase(caseNo: string) {
    return repo.byCase(this.d.db, caseNo);
  }

  /** Licences the caller may see: the bureau's staff all, a regulator its items', a holder their own. */
  async list(actor: Actor, q: { holderId?: string; item?: string; status?: LicenceStatus; caseNo?: string; page: number; pageSize: number }) {
    const scope = await this.scopeOf(actor);
    const { rows, total } = await repo.list(this.d.db, { ...q, ...scope });
    const today = this.today();
    return { items: rows.map((r) => this.view(r, today)), total };
  }

  /** One licence (latest version, or `version`) with its versions, for whoever may see it. */
  async get(actor: Actor, no: string, version?: number) {
    const row = await this.visible(actor, no, version);
    const versions = await this.d.db.selectFrom('licences').select(['version', 'status', 'case_no', 'created_at']).where('no', '=', no).orderBy('version').execute();
    return { ...this.view(row, this.today()), versions: versions.map((v) => ({ version: v.version, status: v.status, caseNo: v.case_no, at: v.created_at.toISOString() })) };
  }

  /** The public check of a licence number: is the stored, signed licence authentic, and is it in force today? */
  async verify(no: string) {
    const row = await repo.find(this.d.db, no);
    if (!row) throw notFound('LICENCE.NOT_FOUND', '证照编号不存在');
    const result = await this.check({ payload: row.payload_text, signature: row.signature, keyId: row.key_id, sm2: sealSm2(row) }, row);
    // a number can be typed by anyone: a person's name is masked here, in full only with the signed QR payload
    return row.holder_kind === 'person' && result.holder ? { ...result, holder: maskName(result.holder) } : result;
  }

  /**
   * Check a presented licence (the QR code's fragment, or an exported file): the signatures over
   * exactly these payload bytes with the published keys they name, then the licence's status now.
   */
  async verifyPresented(p: PresentedLicence) {
    let claimed: Partial<LicencePayload> = {};
    try {
      claimed = JSON.parse(p.payload) as LicencePayload;
    } catch {
      return { valid: false, authentic: false, signature: 'invalid' as const, reason: '证照数据无法解析', keyId: p.keyId };
    }
    const row = typeof claimed.no === 'string' ? await repo.find(this.d.db, claimed.no, typeof claimed.version === 'number' ? claimed.version : undefined) : undefined;
    return this.check(p, row ?? null);
  }

  /** The licence as a signed file anyone can verify offline with the published keys (`npx shenpi licence verify FILE`). */
  async exportFile(actor: Actor, no: string, version?: number) {
    const row = await this.visible(actor, no, version);
    const sm2 = sealSm2(row);
    return {
      format: 'shenpi-licence/1' as const,
      payload: row.payload_text,
      signature: row.signature,
      keyId: row.key_id,
      algorithm: 'Ed25519' as const,
      sm2: sm2 && { algorithm: 'SM2' as const, keyId: sm2.keyId, signature: sm2.signature },
      keysUrl: `${this.d.publicUrl}/api/v1/licences/keys`,
    };
  }

  /** The licence as a PDF: the facts, the seal, and the QR code with the signed payload. */
  async pdf(actor: Actor, no: string, version?: number): Promise<{ name: string; content: Buffer }> {
    const row = await this.visible(actor, no, version);
    const p = row.payload;
    const status = effectiveStatus(row.status, p.validTo, this.today());
    const content = await renderPdf({
      title: `${p.type} ${p.no}`,
      on: p.issuedOn,
      qr: qrText(this.d.publicUrl, row),
      qrSize: 150,
      issuer: issuerOf(p.issuer),
      footer: `本证照由${p.issuer}电子印章签名（Ed25519 密钥 ${row.key_id}${row.sm2_key_id ? `；SM2 国密密钥 ${row.sm2_key_id}` : ''}）。扫描二维码或访问 ${this.d.publicUrl}/verify/${p.no} 核验；二维码内含签名数据，可离线核验。${status === 'valid' ? '' : `当前状态：${LICENCE_STATUSES[status]}。`}`,
      blocks: [
        { kind: 'title', text: p.type },
        { kind: 'subtitle', text: `证照编号：${p.no}${p.version > 1 ? `（第 ${p.version} 版）` : ''}` },
        {
          kind: 'facts',
          rows: [
            ['持证主体', p.holder],
            [row.holder_kind === 'organisation' ? '统一社会信用代码' : '身份证号', p.holderId],
            ['许可事项', p.item],
            ['许可范围', p.scope],
            ...Object.entries(p.fields ?? {}).filter(([k]) => k !== '许可范围'),
            ['许可条件', p.conditions.join('；') || '—'],
            ['发证机关', p.issuer],
            ['发证日期', chineseDate(p.issuedOn)],
            ['有效期限', p.validTo ? `${chineseDate(p.validFrom)} 至 ${chineseDate(p.validTo)}` : `${chineseDate(p.validFrom)}起长期有效`],
            ['办件编号', p.caseNo],
          ],
        },
      ],
    });
    return { name: `${p.no}${p.version > 1 ? `-v${p.version}` : ''}.pdf`, content };
  }

  /** The published keys (every key that ever signed, current first). */
  keys() {
    return this.d.keys.keys();
  }

  /**
   * Suspend, restore, revoke or cancel a licence, with the reason and who decided. The bureau
   * (licence.manage) may do any; a regulator's key only for items its department regulates —
   * the exchange (#7) calls this for the regulators' requests; `within` writes its record of the
   * request in the same transaction.
   */
  async act(actor: Actor, no: string, body: { type: LicenceAction; reason: string; decidedBy?: string }, within?: (trx: Trx) => Promise<void>) {
    const who = authorize(actor, 'licence.manage', 'exchange.regulator');
    const row = await repo.find(this.d.db, no);
    if (!row) throw notFound('LICENCE.NOT_FOUND', '证照编号不存在');
    if (who.type === 'apikey' || !who.permissions.includes('licence.manage')) {
      const dept = who.type === 'apikey' ? who.departmentCode : null;
      const regulates = dept
        ? await this.d.db.selectFrom('item_regulators').select('item_code').where('item_code', '=', row.item_code).where('department_code', '=', dept).executeTakeFirst()
        : undefined;
      if (!regulates) throw forbidden('只有该事项的监管部门或审批局可以变更证照状态');
    }
    const today = this.today();
    const decidedBy = body.decidedBy ?? (who.type === 'apikey' ? who.name : BUREAU_NAME);
    const updated = await this.d.db.transaction().execute(async (trx) => {
      const locked = await repo.findLatestForUpdate(trx, no);
      if (!locked) throw notFound('LICENCE.NOT_FOUND', '证照编号不存在');
      const from = effectiveStatus(locked.status, locked.valid_to, today);
      const to = nextLicenceStatus(from, body.type);
      if (!to)
        throw new DomainError('LICENCE.ILLEGAL_ACTION', 409, `证照当前为"${LICENCE_STATUSES[from]}"，不能${LICENCE_ACTIONS[body.type]}`, [], `当前状态：${from}`);
      const row2 = await trx
        .updateTable('licences')
        .set({ status: to, status_reason: body.reason, status_by: decidedBy, status_on: today })
        .where('no', '=', no)
        .where('version', '=', locked.version)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, auditActor(actor), { action: `licence.${body.type}`, targetType: 'licence', targetId: no, before: { status: from }, after: { status: to, reason: body.reason, decidedBy } });
      const topic = { suspend: 'licence.suspended', restore: 'licence.restored', revoke: 'licence.revoked', cancel: 'licence.cancelled' }[body.type];
      await emit(trx, { topic, subject: no, payload: { no, version: locked.version, status: to, reason: body.reason, decidedBy, on: today } });
      if (within) await within(trx);
      return row2;
    });
    return this.view(updated, today);
  }

  // ---------------------------------------------------------------------- internals

  /**
   * Write a case's licence version in one transaction; when another process wrote it first the
   * insert finds nothing to do, the transaction rolls back (no sequence number is used twice or
   * skipped) and the existing version is the answer.
   */
  private async oncePerCase(caseNo: string, write: (trx: Trx) => Promise<LicenceRow>): Promise<LicenceRow> {
    try {
      return await this.d.db.transaction().execute(write);
    } catch (err) {
      if (err instanceof AlreadyIssued) {
        const row = await repo.byCase(this.d.db, caseNo);
        if (row) return row;
      }
      throw err;
    }
  }

  private async check(presented: PresentedLicence, row: LicenceRow | null) {
    const { keyId } = presented;
    const seal = await this.d.keys.checkSeal(presented.payload, presented);
    const signatures = { ed25519: seal.ed25519, sm2: seal.sm2 };
    let p: LicencePayload | null = null;
    try {
      p = JSON.parse(presented.payload) as LicencePayload;
    } catch {
      p = null;
    }
    if (!seal.ok || !p) {
      const reason = seal.ok ? '证照数据无法解析' : sealProblem(seal, keyId, '签名与证照内容不符：证照内容被改动或签名无效');
      return { valid: false, authentic: false, signature: 'invalid' as const, signatures, reason, keyId, sm2KeyId: seal.sm2KeyId };
    }
    // an authentic licence whose record is gone (or never issued here) cannot be in force
    const stored: LicenceStatus = row ? row.status : 'cancelled';
    const status = effectiveStatus(stored, p.validTo, this.today());
    const latest = row ? await repo.find(this.d.db, row.no) : undefined;
    return {
      valid: status === 'valid',
      authentic: true,
      signature: 'ok' as const,
      signatures,
      keyId,
      sm2KeyId: seal.sm2KeyId,
      no: p.no,
      version: p.version,
      latestVersion: latest?.version ?? p.version,
      status,
      statusName: LICENCE_STATUSES[status],
      statusOn: row?.status_on ?? null,
      statusReason: row?.status_reason ?? null,
      statusBy: row?.status_by ?? null,
      type: p.type,
      holder: p.holder,
      holderId: maskHolderId(p.holderId, p.holderId.includes('*') ? 'person' : 'organisation'),
      item: p.item,
      scope: p.scope,
      fields: p.fields ?? {},
      issuer: p.issuer,
      issuedOn: p.issuedOn,
      validFrom: p.validFrom,
      validTo: p.validTo,
      reason: row ? undefined : '证照记录不存在',
    };
  }

  private view(r: LicenceRow, today: string) {
    const status = effectiveStatus(r.status, r.valid_to, today);
    return {
      no: r.no,
      version: r.version,
      status,
      statusName: LICENCE_STATUSES[status],
      type: r.payload.type,
      holder: r.holder_name,
      holderKind: r.holder_kind,
      // a person's 身份证号 is masked on every screen; a 统一社会信用代码 is public
      holderId: r.holder_kind === 'person' ? maskIdNumber(r.holder_id) : r.holder_id,
      item: r.payload.item,
      itemCode: r.item_code,
      scope: r.payload.scope,
      fields: r.payload.fields ?? {},
      conditions: r.payload.conditions,
      issuer: r.payload.issuer,
      departmentCode: r.department_code,
      issuedOn: r.issued_on,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      caseNo: r.case_no,
      keyId: r.key_id,
      signature: r.signature,
      sm2KeyId: r.sm2_key_id,
      sm2Signature: r.sm2_signature,
      statusReason: r.status_reason,
      statusBy: r.status_by,
      statusOn: r.status_on,
    };
  }

  /** Who sees what: staff everything, a regulator (key or person) the items its department regulates, anyone else their own. */
  private async scopeOf(actor: Actor): Promise<{ holderUserId?: string; itemCodes?: string[] }> {
    if (actor.type === 'anonymous') throw new DomainError('AUTH.REQUIRED', 401, '请先登录');
    if (actor.type === 'system') return {};
    if (actor.permissions.some((p) => p === 'licence.manage' || p === 'case.window' || p === 'case.review' || p === 'case.decide')) return {};
    if (actor.permissions.includes('exchange.regulator')) {
      const dept = actor.type === 'apikey' ? actor.departmentCode : (actor.roles.find((r) => r.role === 'regulator')?.departmentCode ?? '');
      const items = await this.d.db.selectFrom('item_regulators').select('item_code').where('department_code', '=', dept).execute();
      return { itemCodes: items.map((i) => i.item_code) };
    }
    if (actor.type === 'user') return { holderUserId: actor.userId };
    throw forbidden();
  }

  private async visible(actor: Actor, no: string, version?: number): Promise<LicenceRow> {
    const row = await repo.find(this.d.db, no, version);
    if (!row) throw notFound('LICENCE.NOT_FOUND', '证照不存在');
    const scope = await this.scopeOf(actor);
    if ((scope.holderUserId !== undefined && row.holder_user_id !== scope.holderUserId) || (scope.itemCodes && !scope.itemCodes.includes(row.item_code)))
      throw notFound('LICENCE.NOT_FOUND', '证照不存在');
    return row;
  }

  private today(): string {
    return toShanghaiDate(this.d.now());
  }
}

class AlreadyIssued extends Error {}

/** A stored licence's SM2 signature (none on licences signed before SM2). */
function sealSm2(row: { sm2_key_id: string | null; sm2_signature: string | null }): Signature | null {
  return row.sm2_key_id && row.sm2_signature ? { keyId: row.sm2_key_id, signature: row.sm2_signature } : null;
}

/** 2026-11-25 → 2026年11月25日 */
/** A change's licence fields: the old ones with what the change's form maps over them (none when it maps none). */
function changedFields(purpose: 'change' | 'renewal', c: Pick<ApprovedCase, 'form' | 'item'> | null, prev: Record<string, string> | undefined): { fields?: Record<string, string> } {
  const fields = { ...prev, ...(purpose === 'change' && c ? licenceFieldsOf(itemForm(c.item), c.form) : {}) };
  return Object.keys(fields).length ? { fields } : {};
}

/** What the licence permits: the application's own words when it states them, else `fallback`. */
function scopeOf(form: Record<string, unknown>, fallback: string): string {
  for (const key of ['许可范围', '经营范围', '经营项目', '项目名称']) {
    const v = form[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return fallback;
}
