/**
 * The files of cases (办件): a material's file uploaded, reused from the applicant's earlier
 * cases or taken from the e-licence library; reading them; the case and its files for a special
 * procedure's participant; and who files the applicant's side.
 */
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { CASE_STATUSES, reduceCase, type CaseAction } from '../../../domain/case.js';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { audit, auditMany, type AuditEntry } from '../../platform/audit.js';
import { auditActor, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Trx } from '../../platform/db.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { provenStanding } from '../auth/identity.js';
import * as repo from './cases.repository.js';
import { isApplicantSide, isStaff, type CaseReader, type CaseReaderDeps, type CaseRow, type ItemForCase } from './cases.shared.js';

/** Largest material file accepted. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ALLOWED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** A material's file: uploaded, an applicant's file on record (复用), or a licence's data; `within` writes more in the same transaction. */
type AttachInput = { materialCode: string; upload?: () => Promise<{ name: string; content: Buffer }>; fileId?: string; licence?: { name: string; content: Buffer }; within?: (trx: Trx, caseVersion: number) => Promise<void> };

/** An attachment's file, checked and read before the transaction: one on record, or new content. */
type AttachSource = { fileId: string } | { upload: { name: string; content: Buffer; mime: string; sha256: string } };

/** What the files need from outside (wired once, in services.ts: docs/adr/0017): the reader, and the database and clock it reads with. */
export type CaseFilesDeps = Pick<CaseReaderDeps, 'db' | 'now'> & { reader: CaseReader };

/** Materials' files of cases. */
export class CaseFilesService {
  constructor(private readonly d: CaseFilesDeps) {}

  /** 404 unless the caller sees the case, 403 unless they are its applicant's side: checked before an upload is read. */
  async mayAttach(actor: Actor, caseNo: string): Promise<void> {
    const user = requireUser(actor);
    const row = await this.d.reader.visibleCase(actor, caseNo);
    if (!isApplicantSide(user, row)) throw forbidden('只有申请人或代为申请的人员可以上传材料');
  }

  /**
   * Attach a file (uploaded now, or reused from the applicant's earlier cases) to one material of the case;
   * or a licence from the e-licence library (`licence`: its record as the library answered it, kept as
   * the material's file), with `within` writing the record of its use in the same transaction.
   */
  async attachMaterial(actor: Actor, caseNo: string, input: AttachInput) {
    const { user, item, row, actions } = await this.attachAll(actor, caseNo, [input]);
    // answer with the row and log the transaction read under the lock (an attachment changes neither); the files are read anew
    return this.d.reader.present(user, row, { item, actions });
  }

  /**
   * Attach several materials' files at once (a stack of papers scanned at the window; the demo seed, which attaches
   * thousands and reads none back), without the answer `attachMaterial` gives: one check of the case, one transaction
   * under its row lock, one audit statement. All or nothing: a file refused, or a material not open now, writes none.
   */
  async attachAll(actor: Actor, caseNo: string, inputs: readonly AttachInput[]): Promise<{ user: UserActor; item: ItemForCase; row: CaseRow; actions: CaseAction[] }> {
    const user = requireUser(actor);
    const row = await this.d.reader.visibleCase(actor, caseNo);
    if (!isApplicantSide(user, row)) throw forbidden('只有申请人或代为申请的人员可以上传材料');
    const item = await this.d.reader.itemOf(row);
    const owner = ownerKey(row);
    // read and check every file before anything is written
    const files: { input: AttachInput; material: ItemForCase['materials'][number]; source: AttachSource }[] = [];
    for (const input of inputs) {
      const material = item.materials.find((m) => m.code === input.materialCode);
      if (!material) throw badRequest('REQUEST.INVALID', '材料不属于该事项', [{ path: 'materialId', message: `未知材料: ${input.materialCode}` }]);
      files.push({ input, material, source: await this.sourceOf(user, row, owner, input) });
    }
    // under the case's row lock: each material must be open now, and the files and their links are written together
    const locked = await this.d.db.transaction().execute(async (trx) => {
      const locked = await repo.lockCase(trx, caseNo);
      if (!locked) throw notFound('CASE.NOT_FOUND', '办件不存在');
      const state = reduceCase(locked.actions);
      const now = this.d.now();
      const attached: AuditEntry[] = [];
      for (const { input, material, source } of files) {
        const open =
          state.status === 'draft' ||
          state.status === 'submitted' ||
          (state.status === 'supplement_requested' && state.flaggedMaterials.includes(material.code)) ||
          state.pendingMaterials.some((p) => p.materialCode === material.code);
        if (!open) throw conflict('CASE.MATERIAL_CLOSED', '该材料当前不能上传或更换', `办件状态：${CASE_STATUSES[state.status]}`);
        const reused = 'fileId' in source;
        const link = { id: crypto.randomUUID(), case_no: caseNo, material_code: material.code, material_name: material.name, case_version: locked.row.version, created_at: now };
        let fileId: string;
        if ('fileId' in source) {
          fileId = source.fileId;
          await repo.insertMaterial(trx, { ...link, file_id: fileId, reused });
        } else {
          // an uploaded file is kept once per applicant: the same content uploaded again is the same file
          const u = source.upload;
          const file = { id: crypto.randomUUID(), owner_key: owner, name: u.name, media_type: u.mime, size: u.content.byteLength, sha256: u.sha256, content: u.content, uploaded_by: user.userId, created_at: now };
          fileId = await repo.insertUploadedMaterial(trx, file, link);
        }
        attached.push({ action: 'case.material_attach', targetType: 'case', targetId: caseNo, after: { materialCode: material.code, fileId, reused } });
        if (input.within) await input.within(trx, locked.row.version);
      }
      await auditMany(trx, auditActor(user), attached, [repo.countMaterials(trx, caseNo, attached.length)]);
      return locked;
    });
    return { user, item, ...locked };
  }

  /** Where an attachment's file comes from, checked: an applicant's file on record, or an upload or licence read and typed. */
  private async sourceOf(user: UserActor, row: CaseRow, owner: string, input: AttachInput): Promise<AttachSource> {
    if (input.fileId) {
      const f = await repo.fileOwner(this.d.db, input.fileId);
      const mine = f?.uploaded_by === user.userId || (await this.provenFor(user, row));
      if (!f || f.owner_key !== owner || !mine) throw badRequest('REQUEST.INVALID', '只能复用本申请人已有的材料', [{ path: 'fileId', message: '文件不存在或不属于该申请人' }]);
      return { fileId: f.id };
    }
    if (input.licence) {
      const { name, content } = input.licence;
      return { upload: { name: name.slice(0, 200), content, mime: 'application/json', sha256: crypto.createHash('sha256').update(content).digest('hex') } };
    }
    if (input.upload) {
      const { name, content } = await input.upload();
      if (content.byteLength === 0) throw badRequest('CASE.FILE_INVALID', '文件为空', [{ path: 'file', message: '文件为空' }]);
      if (content.byteLength > MAX_FILE_BYTES) throw badRequest('CASE.FILE_INVALID', '文件过大（不超过 10 MB）', [{ path: 'file', message: '文件超过 10 MB' }]);
      const type = await fileTypeFromBuffer(content);
      if (!type || !ALLOWED_TYPES.has(type.mime))
        throw badRequest('CASE.FILE_INVALID', '只接受 PDF、JPEG、PNG 文件（按文件内容判断）', [{ path: 'file', message: `文件内容为 ${type?.mime ?? '未知类型'}` }]);
      return { upload: { name: name.slice(0, 200), content, mime: type.mime, sha256: crypto.createHash('sha256').update(content).digest('hex') } };
    }
    throw badRequest('REQUEST.INVALID', '请上传文件或选择已有材料', [{ path: 'file', message: '缺少文件' }]);
  }

  /** The content of one file of a case, for the applicant side and staff. */
  async file(actor: Actor, caseNo: string, fileId: string) {
    await this.d.reader.visibleCase(actor, caseNo);
    return this.procedureFile(caseNo, fileId);
  }

  /** Files the applicant of this case has on record from earlier cases. */
  async reusable(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    const row = await this.d.reader.visibleCase(actor, caseNo);
    if (!isApplicantSide(user, row) && !isStaff(user)) throw forbidden();
    // without proven standing for the applicant, only the files this account uploaded itself
    const rows = await repo.reusableFiles(this.d.db, ownerKey(row), caseNo, (await this.provenFor(user, row)) ? null : user.userId);
    const seen = new Set<string>();
    return {
      items: rows
        .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
        .map((r) => ({ fileId: r.id, name: r.name, mediaType: r.media_type, size: r.size, sha256: r.sha256, materialCode: r.material_code, materialName: r.material_name, fromCase: r.case_no, at: r.created_at.toISOString() })),
    };
  }

  /**
   * The case as the officers see it, with no action to take, for a special procedure's participant
   * whose assignment that procedure's service has checked (an expert on the panel).
   */
  async procedureView(caseNo: string) {
    const row = await repo.findCase(this.d.db, caseNo);
    if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
    return { ...(await this.d.reader.view(row, this.d.db)).body, queryCode: undefined, creditFlag: null, allowedActions: [] };
  }

  /** One material file of a case, for a participant the procedure's service has checked. */
  async procedureFile(caseNo: string, fileId: string) {
    const f = await repo.caseFile(this.d.db, caseNo, fileId);
    if (!f) throw notFound('CASE.FILE_NOT_FOUND', '文件不存在');
    return f;
  }

  /**
   * Hand the applicant side of cases to another person who files for the same applicant (the agency
   * centre reassigning a project to another agent), in the caller's transaction, audited per case.
   */
  async transferFiler(trx: Trx, by: UserActor, caseNos: readonly string[], toUserId: string): Promise<void> {
    for (const caseNo of caseNos) {
      const row = await repo.findCaseForUpdate(trx, caseNo);
      if (!row) throw notFound('CASE.NOT_FOUND', '办件不存在');
      if (row.filed_by === toUserId) continue;
      await repo.setFiler(trx, caseNo, toUserId, this.d.now());
      await audit(trx, auditActor(by), { action: 'case.transfer_filer', targetType: 'case', targetId: caseNo, before: { filedBy: row.filed_by }, after: { filedBy: toUserId } });
    }
  }

  /** Whether the caller has proven standing for the case's applicant (auth/identity.ts). */
  private provenFor(user: UserActor, row: CaseRow): Promise<boolean> {
    return provenStanding(this.d.db, user, { kind: row.applicant_kind, idNumber: row.applicant_id_number, creditCode: row.applicant_credit_code }, toShanghaiDate(this.d.now()));
  }
}

function ownerKey(row: CaseRow): string {
  return row.applicant_kind === 'organisation' ? `org:${row.applicant_credit_code ?? row.applicant_name}` : `id:${row.applicant_id_number ?? row.applicant_name}`;
}
