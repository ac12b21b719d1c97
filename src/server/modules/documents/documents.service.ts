/**
 * The written documents of a case (文书): made from the case as it stood at the action that
 * called for them, numbered (泰审批受字〔2026〕123号), rendered to PDF with the bureau's seal,
 * signed, stored with their hashes, and checkable by anyone who holds the file.
 *
 * A case action's documents are made right after its commit (a listener of CaseCommandsService) and, if
 * the process died in between, by the sweeper's catch-up; (case, action, type) is unique, so
 * each document exists once with one number.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mustache from 'mustache';
import { reduceCase, type CaseAction, type CaseActionType, type CaseState } from '../../../domain/case.js';
import type { Clock } from '../../../domain/clock.js';
import { maskIdNumber } from '../../../domain/identifiers.js';
import { DOCUMENT_TYPES, DOCUMENTS_OF_ACTION, documentNumber, type DocumentType } from '../../../domain/licence.js';
import { PAUSE_KINDS } from '../../../domain/clock.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, type Actor } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { appendSignature, BUREAU_NAME, issuerOf, readSignature, renderPdf, sha256Hex, type Block } from '../../platform/pdf.js';
import { REVIEW_STEPS } from '../../../domain/authority.js';
import { sealProblem, type KeyRing } from '../../platform/signing.js';
import { chineseDate } from '../../../domain/calendar.js';
import { buildArchive, safeName, type ArchiveEntry } from './archive.js';
import * as repo from './documents.repository.js';

/** Where the shipped templates are (one `<type>.mustache` each). */
export const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../templates/documents');

/** The case as a document needs it (CaseQueriesService.snapshot). */
export interface CaseAtAction {
  caseNo: string;
  itemName: string;
  applicant: { kind: string; name: string; idNumber: string | null; creditCode: string | null };
  action: CaseAction;
  actions: CaseAction[];
  state: CaseState;
  clock: Clock;
  item: { name: string; statutoryDays: number; promisedDays: number; materials: { code: string; name: string }[] };
  /** the body that decides the item: the bureau for 划转 items, the stationed agency otherwise */
  issuer: string;
}

/** What the service needs from outside. */
export interface DocumentsDeps {
  db: Db;
  keys: KeyRing;
  snapshot: (caseNo: string, seq: number) => Promise<CaseAtAction>;
  /** the licence an approved case produced (for the decision's wording) */
  licenceOf: (caseNo: string) => Promise<{ no: string; valid_from: string; valid_to: string | null; payload: { scope: string } } | undefined>;
  /** the case, its log and its material files, for the archive (CaseQueriesService.archiveParts) */
  archiveParts: (actor: Actor, caseNo: string) => Promise<{ case: { actions: unknown[] } & Record<string, unknown>; files: { material_code: string; name: string; content: Uint8Array }[] }>;
  /** throws 404 when the caller may not see the case */
  canRead: (actor: Actor, caseNo: string) => Promise<void>;
  /** resolves when this process has made the documents of the case's committed actions */
  settled: (caseNo: string) => Promise<void>;
  now: () => Date;
  publicUrl: string;
  /** the case's filled application form, read against the item version it was filled for (CaseQueriesService.applicationOf) */
  applicationOf?: (caseNo: string) => Promise<ApplicationOfCase>;
}

/** What the 申请表 PDF prints. */
export interface ApplicationOfCase {
  caseNo: string;
  itemName: string;
  applicant: { kind: string; name: string; idNumber: string | null; creditCode: string | null };
  /** the day it was submitted (received), or the draft's day */
  on: string;
  formVersion: number;
  formRows: { title: string; text: string }[];
  issuer: string;
}

/**
 * A document a special procedure makes from its own record, hanging off one of the case's actions
 * (the inspection report off the end_pause its last confirmation took). The procedure registers it
 * with `DocumentsService.addSource` and says which actions have one.
 */
export interface DocumentSource {
  /** the type of case action the document hangs off */
  action: string;
  /** the template's fields beyond the case's, or null when this action has no such document */
  view: (caseNo: string, seq: number) => Promise<Record<string, unknown> | null>;
  /** actions whose document is still to be made (for the catch-up) */
  missing: (limit: number, caseNo?: string) => Promise<{ case_no: string; seq: number }[]>;
  /** the fields the template preview and check use */
  sample: Record<string, unknown>;
}

/** Which (action, document) pairs exist, for the catch-up. */
const WANTED = Object.entries(DOCUMENTS_OF_ACTION).flatMap(([action, types]) => (types ?? []).map((type) => ({ action, type })));

/** The templates' text, rendered without HTML escaping (the output is a PDF, not a page). */
function renderTemplate(body: string, view: object): string {
  return Mustache.render(body, view, {}, { escape: (s: string) => s });
}

/** Template text → blocks (templates/documents/README.md). */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let facts: [string, string][] | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const fact = /^【([^】]+)】(.*)$/.exec(line);
    if (fact) {
      if (!facts) blocks.push({ kind: 'facts', rows: (facts = []) });
      facts.push([fact[1] ?? '', (fact[2] ?? '').trim()]);
      continue;
    }
    facts = null;
    if (line.startsWith('@')) blocks.push({ kind: 'para', text: line.slice(1).trim(), indent: false });
    else if (line.startsWith('- ')) blocks.push({ kind: 'bullet', text: line.slice(2).trim() });
    else if (line.startsWith('> ')) blocks.push({ kind: 'right', text: line.slice(2).trim() });
    else blocks.push({ kind: 'para', text: line });
  }
  return blocks;
}

class AlreadyMade extends Error {}

/** The documents of cases and their templates. */
export class DocumentsService {
  private readonly sources = new Map<DocumentType, DocumentSource>();

  constructor(private readonly d: DocumentsDeps) {}

  /** Let a special procedure make documents of a type from its own record (see DocumentSource). */
  addSource(type: DocumentType, source: DocumentSource): void {
    this.sources.set(type, source);
  }

  /** Case actions → their documents (a listener of CaseCommandsService). */
  async forActions(caseNo: string, actions: { seq: number; type: CaseActionType }[]): Promise<void> {
    for (const a of actions) {
      for (const type of DOCUMENTS_OF_ACTION[a.type] ?? []) await this.make(caseNo, a.seq, type);
      for (const [type, source] of this.sources) if (source.action === a.type) await this.make(caseNo, a.seq, type);
    }
  }

  /** Make what a crash left unmade (of every case, or of one); returns how many actions it completed. */
  async catchUp(limit = 50, caseNo?: string): Promise<number> {
    const missing = await repo.actionsMissingDocuments(this.d.db, WANTED, limit, caseNo);
    // the log holds only the action types the domain defines
    for (const m of missing) await this.forActions(m.case_no, [{ seq: m.seq, type: m.type as CaseActionType }]);
    let made = missing.length;
    for (const [type, source] of this.sources)
      for (const m of await source.missing(limit, caseNo)) {
        await this.make(m.case_no, m.seq, type);
        made++;
      }
    return made;
  }

  /**
   * Make one document of one case action, once. The number is reserved with an empty row in a
   * short transaction (gap-free: a row another process reserved first rolls it back), the PDF is
   * rendered outside any transaction — the embedded database's one connection is not held for
   * it — and then filled in; a reserved row left empty by a crash is filled by the catch-up.
   */
  async make(caseNo: string, seq: number, type: DocumentType): Promise<void> {
    const existing = await repo.byAction(this.d.db, caseNo, seq, type);
    if (existing?.sha256) return;
    const source = this.sources.get(type);
    const own = source ? await source.view(caseNo, seq) : {};
    // a procedure's action without its record (an expert review's end_pause for the inspection report)
    if (!own) return;
    const snap = await this.d.snapshot(caseNo, seq);
    const title = DOCUMENT_TYPES[type].title;
    const row = existing ?? (await this.reserve(caseNo, seq, type, title, Number(snap.action.on.slice(0, 4))));
    if (row.sha256) return;
    const body = await this.templateBody(type);
    const licence = type === 'approval' ? await this.d.licenceOf(caseNo) : undefined;
    const decision = type === 'service_receipt' ? (await repo.ofCase(this.d.db, caseNo)).find((x) => x.action_seq === seq && x.type !== 'service_receipt') : undefined;
    const view = { ...viewOf(snap, { number: row.number, title, licence, served: decision ? { title: decision.title, number: decision.number } : null }), ...own };
    const pdf = await this.pdf(title, row.number, snap.action.on, toBlocks(renderTemplate(body, view)), snap.issuer, row.id);
    const signed = appendSignature(pdf, (digest) => this.d.keys.sign(digest));
    const seal = signed.signature;
    await repo.fill(this.d.db, row.id, { sha256: sha256Hex(signed.file), signed_sha256: signed.signedSha256, key_id: seal.keyId, signature: seal.signature, sm2_key_id: seal.sm2.keyId, sm2_signature: seal.sm2.signature, content: signed.file });
  }

  /** Take the next number of the type's word and year for this action's document (an empty row until filled). */
  private async reserve(caseNo: string, seq: number, type: DocumentType, title: string, year: number) {
    try {
      return await this.d.db.transaction().execute(async (trx) => {
        const number = documentNumber(type, year, await repo.nextDocumentSeq(trx, DOCUMENT_TYPES[type].word, year));
        const inserted = await trx
          .insertInto('documents')
          .values({ id: crypto.randomUUID(), case_no: caseNo, action_seq: seq, type, number, title, sha256: '', signed_sha256: '', key_id: this.d.keys.keyId, signature: '', content: Buffer.alloc(0), created_at: this.d.now() })
          .onConflict((oc) => oc.columns(['case_no', 'action_seq', 'type']).doNothing())
          .returning(['id', 'number', 'sha256'])
          .executeTakeFirst();
        // reserved by another process meanwhile: roll back so the number is not skipped
        if (!inserted) throw new AlreadyMade();
        return inserted;
      });
    } catch (err) {
      const row = err instanceof AlreadyMade ? await repo.byAction(this.d.db, caseNo, seq, type) : undefined;
      if (row) return row;
      throw err;
    }
  }

  /** The documents of a case, for the applicant side and the officers. */
  async list(actor: Actor, caseNo: string) {
    await this.d.canRead(actor, caseNo);
    await this.d.settled(caseNo);
    const rows = await repo.ofCase(this.d.db, caseNo);
    return {
      items: rows.map((r) => ({
        id: r.id,
        type: r.type as DocumentType,
        title: r.title,
        number: r.number,
        actionSeq: r.action_seq,
        sha256: r.sha256,
        keyId: r.key_id,
        sm2KeyId: r.sm2_key_id,
        url: `/api/v1/documents/${r.id}`,
        createdAt: r.created_at.toISOString(),
      })),
    };
  }

  /** One document's PDF. */
  async file(actor: Actor, id: string) {
    const row = await repo.find(this.d.db, id);
    if (!row) throw notFound('DOCUMENT.NOT_FOUND', '文书不存在');
    await this.d.canRead(actor, row.case_no).catch(() => {
      throw notFound('DOCUMENT.NOT_FOUND', '文书不存在');
    });
    return { name: `${row.number}${row.title}.pdf`, content: row.content };
  }

  /**
   * Check a document file: its bytes against the signed hash, both signatures (Ed25519, and SM2
   * when the file carries it) against the published keys, and the register.
   */
  async verifyFile(file: Buffer) {
    const claim = readSignature(file);
    if (!claim) return { valid: false, reason: '文件没有本局的电子签名（可能不是本系统出具的文书，或签名部分被删去）' };
    const actual = sha256Hex(claim.signed);
    if (actual !== claim.sha256) return { valid: false, keyId: claim.keyId, reason: '文件内容与签名不符：文件在签发后被改动' };
    const seal = await this.d.keys.checkSeal(claim.sha256, claim);
    const signatures = { ed25519: seal.ed25519, sm2: seal.sm2 };
    if (!seal.ok) return { valid: false, keyId: claim.keyId, sm2KeyId: seal.sm2KeyId, signatures, reason: sealProblem(seal, claim.keyId, '签名无效') };
    const doc = await repo.bySignedHash(this.d.db, actual);
    return {
      valid: true,
      keyId: claim.keyId,
      sm2KeyId: seal.sm2KeyId,
      signatures,
      sha256: actual,
      document: doc ? { type: doc.type, title: doc.title, number: doc.number, caseNo: doc.case_no, issuedAt: doc.created_at.toISOString() } : null,
      reason: doc ? undefined : '签名真实，但该文件不在本局文书登记中（如证照PDF，请以证照编号核验）',
    };
  }

  /**
   * A registered document as its QR code opens it (public: the id is a random UUID printed only on
   * the document itself): the stored original checked like an upload, and where to fetch it.
   */
  async registered(id: string) {
    const row = await repo.find(this.d.db, id);
    if (!row) throw notFound('DOCUMENT.NOT_FOUND', '文书不存在');
    return { ...(await this.verifyFile(Buffer.from(row.content))), fileUrl: `/api/v1/documents/registered/${id}/file` };
  }

  /** The registered original's PDF, for whoever holds the printed document's QR code. */
  async registeredFile(id: string) {
    const row = await repo.find(this.d.db, id);
    if (!row) throw notFound('DOCUMENT.NOT_FOUND', '文书不存在');
    return { name: `${row.number}${row.title}.pdf`, content: row.content };
  }

  /** The electronic archive of a closed case: one signed zip (archive.ts). */
  async archive(actor: Actor, caseNo: string): Promise<{ name: string; content: Buffer }> {
    const parts = await this.d.archiveParts(actor, caseNo);
    await this.d.settled(caseNo);
    const docs = await repo.ofCase(this.d.db, caseNo);
    const entries: ArchiveEntry[] = [
      { path: 'case.json', content: Buffer.from(JSON.stringify({ ...parts.case, actions: undefined }, null, 2)) },
      { path: 'actions.json', content: Buffer.from(JSON.stringify(parts.case.actions, null, 2)) },
    ];
    for (const d of docs) {
      const full = await repo.find(this.d.db, d.id);
      if (full) entries.push({ path: `documents/${String(d.action_seq).padStart(3, '0')}-${safeName(d.title)}-${safeName(d.number)}.pdf`, content: full.content });
    }
    parts.files.forEach((f, i) => entries.push({ path: `materials/${String(i + 1).padStart(3, '0')}-${safeName(f.material_code)}-${safeName(f.name)}`, content: f.content }));
    const content = buildArchive(caseNo, entries, this.d.now().toISOString(), (data) => this.d.keys.sign(data));
    return { name: `${caseNo}-电子档案.zip`, content };
  }

  // ---------------------------------------------------------------------- templates

  /** Every document type with its template's source. */
  async templates(actor: Actor) {
    authorizeUser(actor, 'documents.templates');
    const saved = new Map((await repo.templates(this.d.db)).map((t) => [t.type, t]));
    return {
      items: (Object.keys(DOCUMENT_TYPES) as DocumentType[]).map((type) => {
        const t = saved.get(type);
        return { type, title: DOCUMENT_TYPES[type].title, source: t ? ('custom' as const) : ('file' as const), updatedBy: t?.updated_by ?? null, updatedAt: t?.updated_at.toISOString() ?? null };
      }),
    };
  }

  /** One template's text (the administrator's, else the shipped file's). */
  async template(actor: Actor, type: DocumentType) {
    authorizeUser(actor, 'documents.templates');
    const saved = await repo.template(this.d.db, type);
    return { type, title: DOCUMENT_TYPES[type].title, body: saved?.body ?? shippedTemplate(type), source: saved ? ('custom' as const) : ('file' as const), shipped: shippedTemplate(type) };
  }

  /** Save a template after checking that it parses and renders; `reset` goes back to the shipped file. */
  async saveTemplate(actor: Actor, type: DocumentType, body: { body?: string; reset?: boolean }) {
    const user = authorizeUser(actor, 'documents.templates');
    if (!body.reset) {
      const text = body.body ?? '';
      try {
        renderTemplate(text, { ...viewOf(SAMPLE, { number: documentNumber(type, 2026, 1), title: DOCUMENT_TYPES[type].title, licence: undefined, served: null }), ...this.sources.get(type)?.sample });
      } catch (err) {
        throw badRequest('DOCUMENT.TEMPLATE_INVALID', '模板语法错误', [{ path: 'body', message: (err as Error).message }]);
      }
    }
    const before = await repo.template(this.d.db, type);
    await this.d.db.transaction().execute(async (trx) => {
      if (body.reset) await trx.deleteFrom('document_templates').where('type', '=', type).execute();
      else
        await trx
          .insertInto('document_templates')
          .values({ type, body: body.body ?? '', updated_by: user.username, updated_at: this.d.now() })
          .onConflict((oc) => oc.column('type').doUpdateSet({ body: body.body ?? '', updated_by: user.username, updated_at: this.d.now() }))
          .execute();
      await audit(trx, auditActor(user), { action: 'documents.template_save', targetType: 'document_template', targetId: type, before: { body: before?.body ?? null }, after: { body: body.reset ? null : body.body } });
    });
    return this.template(actor, type);
  }

  /** A PDF of a template with sample data, to look at before saving. */
  async preview(actor: Actor, type: DocumentType, body: string): Promise<Buffer> {
    authorizeUser(actor, 'documents.templates');
    const number = documentNumber(type, 2026, 1);
    let text: string;
    try {
      text = renderTemplate(body, {
        ...viewOf(SAMPLE, { number, title: DOCUMENT_TYPES[type].title, licence: SAMPLE_LICENCE, served: { title: '准予行政许可决定书', number: '泰审批许字〔2026〕1号' } }),
        ...this.sources.get(type)?.sample,
      });
    } catch (err) {
      throw badRequest('DOCUMENT.TEMPLATE_INVALID', '模板语法错误', [{ path: 'body', message: (err as Error).message }]);
    }
    return this.pdf(`${DOCUMENT_TYPES[type].title}（样稿）`, number, '2026-11-25', toBlocks(text));
  }

  private async templateBody(type: DocumentType): Promise<string> {
    return (await repo.template(this.d.db, type))?.body ?? shippedTemplate(type);
  }

  /**
   * The 申请表 (application form) of a case as a PDF, printed from its filled form against the form
   * version it was filled for, sealed and signed like the other documents (not numbered: it is the
   * applicant's paper, made whenever it is asked for).
   */
  async applicationForm(actor: Actor, caseNo: string): Promise<{ name: string; content: Buffer }> {
    await this.d.canRead(actor, caseNo);
    if (!this.d.applicationOf) throw notFound('DOCUMENT.NOT_FOUND', '文书不存在');
    const a = await this.d.applicationOf(caseNo);
    const id = a.applicant.kind === 'person' && a.applicant.idNumber ? maskIdNumber(a.applicant.idNumber) : (a.applicant.creditCode ?? '—');
    const blocks: Block[] = [
      { kind: 'para', text: `${a.applicant.name}申请办理${a.itemName}，申请表内容如下（按事项目录第 ${a.formVersion} 版申请表填写）：` },
      {
        kind: 'facts',
        rows: [
          ['办件编号', a.caseNo],
          ['申请事项', a.itemName],
          ['申请人', a.applicant.name],
          [a.applicant.kind === 'person' ? '身份证号' : '统一社会信用代码', id],
          ...a.formRows.map((r): [string, string] => [r.title, r.text]),
        ],
      },
      { kind: 'para', text: '申请人对申请表所填内容和所交材料的真实性负责。' },
    ];
    const pdf = await this.pdf('申请表', `办件编号 ${a.caseNo}`, a.on, blocks, a.issuer);
    const signed = appendSignature(pdf, (digest) => this.d.keys.sign(digest));
    return { name: `申请表-${a.caseNo}.pdf`, content: signed.file };
  }

  /**
   * A document's PDF. A registered one (`registeredId`) carries a QR code of its own verify address:
   * scanning a printed decision shows the register's entry and its original; others (samples, the
   * application form) point to the upload check.
   */
  private pdf(title: string, number: string, on: string, blocks: Block[], issuer = BUREAU_NAME, registeredId?: string) {
    const check = registeredId ? `扫码查看本局登记的原件，核对文号和内容；或访问 ${this.d.publicUrl}/verify 上传本文件核验真伪。` : `扫码或访问 ${this.d.publicUrl}/verify 上传本文件即可核验真伪。`;
    return renderPdf({
      title: `${title} ${number}`,
      on,
      qr: registeredId ? registeredUrl(this.d.publicUrl, registeredId) : `${this.d.publicUrl}/verify`,
      issuer: issuerOf(issuer),
      footer: `${issuer}电子印章签名（Ed25519 密钥 ${this.d.keys.keyId}；SM2 国密密钥 ${this.d.keys.sm2KeyId}），签名附于文件末尾。${check}`,
      blocks: [{ kind: 'title', text: title }, { kind: 'subtitle', text: number }, ...blocks],
    });
  }
}

/** The verify address a registered document's QR code carries. */
export function registeredUrl(publicUrl: string, id: string): string {
  return `${publicUrl}/verify/documents/${id}`;
}

function shippedTemplate(type: DocumentType): string {
  return fs.readFileSync(path.join(TEMPLATE_DIR, `${type}.mustache`), 'utf8');
}

/** What a template may say (templates/documents/README.md lists the fields). */
function viewOf(
  s: CaseAtAction,
  extra: { number: string; title: string; licence: { no: string; valid_from: string; valid_to: string | null; payload: { scope: string } } | undefined; served: { title: string; number: string } | null },
) {
  const a = s.action;
  const p = a.payload as Record<string, unknown>;
  const materialName = (code: string) => s.item.materials.find((m) => m.code === code)?.name ?? code;
  const date = (d: string | null | undefined) => (d ? chineseDate(d) : '—');
  const lastExtension = [...s.actions].reverse().find((x) => x.type === 'request_extension');
  const ext = lastExtension?.payload as { days?: number; reason?: string } | undefined;
  return {
    number: extra.number,
    title: extra.title,
    caseNo: s.caseNo,
    date: date(a.on),
    applicant: { name: s.applicant.name, id: s.applicant.kind === 'person' && s.applicant.idNumber ? maskIdNumber(s.applicant.idNumber) : (s.applicant.creditCode ?? '') },
    item: { name: s.itemName, statutoryDays: s.item.statutoryDays, promisedDays: s.item.promisedDays },
    receivedOn: date(s.clock.receivedAt),
    acceptedOn: date(s.clock.acceptedAt),
    promisedDue: date(s.clock.promisedDue),
    decisionDue: date(s.clock.decisionDue),
    competentBody: typeof p.competentBody === 'string' ? p.competentBody : '',
    reason: typeof p.reason === 'string' ? sentence(p.reason) : '',
    items: Array.isArray(p.items) ? (p.items as { materialCode: string; problem: string }[]).map((i) => ({ name: materialName(i.materialCode), problem: i.problem })) : [],
    pendingItems: s.state.pendingMaterials.map((m) => ({ name: materialName(m.materialCode), dueDate: date(m.dueDate) })),
    pause: { kind: typeof p.kind === 'string' ? (PAUSE_KINDS[p.kind as keyof typeof PAUSE_KINDS] ?? p.kind) : '', expectedDays: p.expectedDays ?? '', reason: typeof p.reason === 'string' ? sentence(p.reason) : '' },
    extension: { days: ext?.days ?? '', reason: clause(ext?.reason ?? '') },
    opinion: typeof p.opinion === 'string' ? p.opinion : '',
    reasons: typeof p.reasons === 'string' ? sentence(p.reasons) : '',
    licence: extra.licence
      ? {
          no: extra.licence.no,
          validFrom: date(extra.licence.valid_from),
          validTo: extra.licence.valid_to ? date(extra.licence.valid_to) : '长期有效',
          period: extra.licence.valid_to ? `${date(extra.licence.valid_from)}至${date(extra.licence.valid_to)}` : `${date(extra.licence.valid_from)}起长期有效`,
          scope: extra.licence.payload.scope,
        }
      : null,
    served: extra.served ?? { title: '', number: '' },
    bureau: { name: BUREAU_NAME, address: '泰安市泰山区东岳大街 369 号 市民中心', phone: '0538-12345' },
    issuer: s.issuer,
    hasOpinions: s.state.opinions.length > 0,
    opinions: s.state.opinions.map((o) => ({ name: REVIEW_STEPS[o.step], text: o.text, by: o.by, date: date(o.on) })),
  };
}

const END_PUNCTUATION = /[。！？；.!?;]$/;

/** An officer's text that a template prints as a whole sentence: closed with 。 unless it already ends one. */
function sentence(text: string): string {
  const t = text.trim();
  return t === '' || END_PUNCTUATION.test(t) ? t : `${t}。`;
}

/** An officer's text that a template prints inside a sentence (因…，): without a closing stop of its own. */
function clause(text: string): string {
  return text.trim().replace(/[。；.;]+$/, '');
}

/** The case the template preview and check use. */
const SAMPLE: CaseAtAction = {
  caseNo: 'TA2026-000001',
  itemName: '食品经营许可',
  applicant: { kind: 'organisation', name: '泰安市泰山小馆餐饮有限公司', idNumber: null, creditCode: '91370902MA3C00001T' },
  action: { seq: 3, type: 'approve', at: '2026-11-25T02:00:00.000Z', on: '2026-11-25', actorId: null, actorName: '样例', payload: { opinion: '符合条件，准予许可' } },
  actions: [],
  state: { ...reduceCase([]), status: 'approved', version: 3 },
  clock: {
    receivedAt: '2026-11-18',
    acceptedAt: '2026-11-18',
    acceptanceDue: '2026-11-25',
    supplementToldOn: null,
    supplementLate: false,
    decisionDue: '2026-12-16',
    promisedDue: '2026-11-30',
    stepDues: [],
    pauses: [],
    pausedWorkingDays: 0,
    remainingWorkingDays: null,
    statutoryRemainingWorkingDays: null,
    state: 'done',
    decidedAt: '2026-11-25',
    onTime: true,
    extensionDays: 0,
  },
  item: { name: '食品经营许可', statutoryDays: 20, promisedDays: 8, materials: [] },
  issuer: BUREAU_NAME,
};

const SAMPLE_LICENCE = { no: 'TAXK20260000011', valid_from: '2026-11-25', valid_to: '2031-11-24', payload: { scope: '热食类食品制售' } };
