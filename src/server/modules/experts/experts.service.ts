/**
 * Expert review (专家评审): the pool, the seeded draw of a panel with its conflicts of interest,
 * the experts' scores, opinions and signatures, the panel's conclusion, and the art. 45 pause of
 * the case that runs from the request to the conclusion.
 */
import crypto from 'node:crypto';
import type { CaseAction } from '../../../domain/case.js';
import { toShanghaiDate } from '../../../domain/calendar.js';
import { CONCLUSIONS, criteriaFor, drawPanel, EXCLUSION_REASONS, scoreProblems, signedText, type Candidate, type DrawInput } from '../../../domain/expert.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorize, authorizeUser, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Trx } from '../../platform/db.js';
import { badRequest, conflict, DomainError, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import type { KeyRing } from '../../platform/signing.js';
import { usersWithRole } from '../auth/users.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { CaseCommandsService } from '../cases/case-commands.service.js';
import type { CaseQueriesService } from '../cases/case-queries.service.js';
import type { CaseFilesService } from '../cases/case-files.service.js';
import * as repo from './experts.repository.js';
import type { ConcludeBody, CreateExpertBody, RequestReviewBody, ReviewView, SignBody, UpdateExpertBody } from './experts.schemas.js';

/** What the service needs from outside. */
export interface ExpertsDeps {
  db: Db;
  caseCommands: CaseCommandsService;
  caseQueries: CaseQueriesService;
  caseFiles: CaseFilesService;
  calendar: CalendarService;
  /** the bureau's key countersigns each expert's signature; without it (the demo seed) only the SHA-256 is kept */
  keys: KeyRing | null;
  now: () => Date;
}

/** Who sees a case's reviews in full: the case officers and the pool's manager. */
const OFFICER = ['case.review', 'case.decide', 'case.approve_extension', 'case.window', 'expert.manage'] as const;

function isOfficer(user: UserActor): boolean {
  return user.permissions.some((p) => (OFFICER as readonly string[]).includes(p));
}

/** A 32-bit seed from the system's random source. */
function newSeed(): number {
  return crypto.randomBytes(4).readUInt32BE(0);
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export class ExpertsService {
  constructor(private readonly d: ExpertsDeps) {}

  // ---------------------------------------------------------------------- the pool

  async pool(actor: Actor) {
    authorize(actor, 'expert.manage');
    const rows = await repo.poolRows(this.d.db);
    return { items: rows.map(expertOut) };
  }

  /** Add a user with the role expert to the pool. */
  async create(actor: Actor, body: CreateExpertBody) {
    const user = authorizeUser(actor, 'expert.manage');
    const [target] = await usersWithRole(this.d.db, 'expert', { username: body.username });
    if (!target) throw badRequest('EXPERT.NOT_AN_EXPERT', '该账号不存在或不是评审专家', [{ path: 'username', message: '须为具有"评审专家"角色的账号' }]);
    const id = crypto.randomUUID();
    const now = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('experts')
        .values({ id, user_id: target.id, ...columnsOf(body), created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .executeTakeFirst();
      if (!Number(inserted.numInsertedOrUpdatedRows ?? 0n)) throw new DomainError('EXPERT.EXISTS', 409, '该专家已在专家库中', [{ path: 'username', message: '已在专家库中' }]);
      await audit(trx, auditActor(user), { action: 'expert.create', targetType: 'expert', targetId: id, after: { username: body.username, ...columnsOf(body) } });
    });
    return this.expert(id);
  }

  /** Change a member's fields, employer, declarations, unavailable days or active flag (optimistic `rev`). */
  async update(actor: Actor, id: string, body: UpdateExpertBody) {
    const user = authorizeUser(actor, 'expert.manage');
    await this.d.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('experts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) throw notFound('EXPERT.NOT_FOUND', '专家不存在');
      if (row.rev !== body.rev) throw conflict('EXPERT.STALE', '专家信息已被他人修改，请刷新后重试', `当前版本 ${row.rev}`);
      const after = { ...columnsOf(body), active: body.active };
      await trx
        .updateTable('experts')
        .set({ ...after, rev: row.rev + 1, updated_at: this.d.now() })
        .where('id', '=', id)
        .execute();
      const before = { name: row.name, title: row.title, fields: row.fields, employer: row.employer, employer_credit_code: row.employer_credit_code, declared: row.declared, unavailable: row.unavailable, active: row.active };
      await audit(trx, auditActor(user), { action: 'expert.update', targetType: 'expert', targetId: id, before, after });
    });
    return this.expert(id);
  }

  private async expert(id: string) {
    const row = (await repo.poolRows(this.d.db)).find((r) => r.id === id);
    if (!row) throw notFound('EXPERT.NOT_FOUND', '专家不存在');
    return expertOut(row);
  }

  // ---------------------------------------------------------------------- reviews

  /**
   * Request a review: draw the panel and start the case's art. 45 pause (kind expert_review), in
   * one transaction. Fewer eligible experts than asked: 409 naming panelSize, nothing written.
   */
  async request(actor: Actor, caseNo: string, body: RequestReviewBody) {
    const user = authorizeUser(actor, 'case.review', 'expert.manage');
    const c = await this.d.caseFiles.procedureView(caseNo);
    const calendar = await this.d.calendar.calendar();
    const today = toShanghaiDate(this.d.now());
    const due = calendar.addWorkingDays(today, body.dueDays);
    const applicant = { name: c.applicant.name, creditCode: c.applicant.creditCode };
    const applicantKey = applicant.creditCode ?? applicant.name;
    const id = crypto.randomUUID();
    await this.d.caseCommands
      .act(
        user,
        caseNo,
        { type: 'start_pause', kind: 'expert_review', expectedDays: body.dueDays, reason: body.reason, expectedVersion: 0 },
        {
          kind: 'expert_review',
          anyVersion: true,
          write: async (trx, at) => {
            const input: DrawInput = { applicant, fields: body.fields, n: body.panelSize, from: today, to: due, exclude: [] };
            const pool = await repo.candidates(trx, applicantKey);
            const seed = newSeed();
            const result = drawPanel(input, pool, seed);
            if (result.chosen.length === 0)
              throw new DomainError('EXPERT.NOT_ENOUGH', 409, `符合条件的专家只有 ${result.eligible.length} 名，不足 ${body.panelSize} 名`, [
                { path: 'panelSize', message: `可抽取的专家 ${result.eligible.length} 名（已排除回避、领域不符和评审期间不可用的专家）` },
              ]);
            const now = this.d.now();
            await trx
              .insertInto('expert_reviews')
              .values({
                id,
                case_no: caseNo,
                item_name: at.row.item_name,
                applicant_name: applicant.name,
                applicant_key: applicantKey,
                fields: JSON.stringify(body.fields),
                criteria: JSON.stringify(criteriaFor(body.fields)),
                panel_size: body.panelSize,
                requested_on: today,
                due,
                reason: body.reason,
                status: 'open',
                requested_by: user.userId,
                requested_at: now,
                start_seq: at.seq,
              })
              .execute();
            await this.recordDraw(trx, user, { id, caseNo, applicantKey, today }, 1, input, pool, seed, result.chosen, null);
            await audit(trx, auditActor(user), { action: 'expert_review.request', targetType: 'expert_review', targetId: id, after: { caseNo, fields: body.fields, panelSize: body.panelSize, due, seed, chosen: result.chosen } });
            await emit(trx, { topic: 'expert_review.requested', subject: caseNo, payload: { reviewId: id, caseNo, panelSize: body.panelSize, due }, dedupeKey: `expert-review:${id}:requested` });
          },
        },
      )
      .catch((err: unknown) => {
        // the item's catalog entry has no expert review: name the case, the field this request gives
        if (err instanceof DomainError && err.code === 'CASE.PAUSE_NOT_APPLICABLE') throw badRequest(err.code, err.title, [{ path: 'caseNo', message: '该事项无专家评审环节' }]);
        throw err;
      });
    return this.review(id);
  }

  /** How many experts a request in these fields would draw from now, and why the others would not be drawn (the request dialog). */
  async eligible(actor: Actor, caseNo: string, q: { fields: string[]; dueDays: number }) {
    authorizeUser(actor, 'case.review', 'expert.manage');
    const c = await this.d.caseFiles.procedureView(caseNo);
    const today = toShanghaiDate(this.d.now());
    const due = (await this.d.calendar.calendar()).addWorkingDays(today, q.dueDays);
    const applicant = { name: c.applicant.name, creditCode: c.applicant.creditCode };
    const pool = await repo.candidates(this.d.db, applicant.creditCode ?? applicant.name);
    const result = drawPanel({ applicant, fields: q.fields, n: 0, from: today, to: due, exclude: [] }, pool, 0);
    const counts = new Map<keyof typeof EXCLUSION_REASONS, number>();
    for (const e of result.excluded) if (e.reason !== 'field' && e.reason !== 'inactive') counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
    return { eligible: result.eligible.length, due, excluded: [...counts].map(([reason, count]) => ({ reason, reasonName: EXCLUSION_REASONS[reason], count })) };
  }

  /** Write one draw and the panel places it gave, and invite those drawn (outbox). */
  private async recordDraw(
    trx: Trx,
    user: UserActor,
    r: { id: string; caseNo: string; applicantKey: string; today: string },
    step: number,
    input: DrawInput,
    pool: Candidate[],
    seed: number,
    chosen: string[],
    replaces: string | null,
  ) {
    await trx
      .insertInto('expert_draws')
      .values({ review_id: r.id, step, seed, input: JSON.stringify(input), candidates: JSON.stringify(pool), chosen: JSON.stringify(chosen), replaces, drawn_by: user.userId, drawn_at: this.d.now() })
      .execute();
    for (const expertId of chosen) {
      await trx.insertInto('expert_assignments').values({ review_id: r.id, expert_id: expertId, draw_step: step, drawn_on: r.today, applicant_key: r.applicantKey, status: 'invited' }).execute();
      await emit(trx, { topic: 'expert_review.invited', subject: r.caseNo, payload: { reviewId: r.id, expertId }, dedupeKey: `expert-review:${r.id}:${expertId}:invited` });
    }
  }

  /**
   * The panel's conclusion, once every expert still on it has signed; ends the case's pause in the
   * same transaction. A second conclusion finds the pause ended: 409.
   */
  async conclude(actor: Actor, reviewId: string, body: ConcludeBody) {
    const user = authorizeUser(actor, 'case.review', 'expert.manage');
    const found = await repo.findReview(this.d.db, reviewId);
    if (!found) throw notFound('EXPERT.REVIEW_NOT_FOUND', '专家评审不存在');
    await this.d.caseCommands.act(
      user,
      found.case_no,
      { type: 'end_pause', result: `专家评审结论：${CONCLUSIONS[body.result]}。${body.text}`, expectedVersion: 0 },
      {
        kind: 'expert_review',
        anyVersion: true,
        write: async (trx, at) => {
          const review = await repo.findReviewForUpdate(trx, reviewId);
          if (!review || review.status !== 'open') throw conflict('EXPERT.REVIEW_CLOSED', '该专家评审已有结论');
          const panel = (await repo.assignmentsOf(trx, [reviewId])).filter((a) => a.status !== 'declined');
          const unsigned = panel.filter((a) => a.status !== 'signed');
          if (panel.length === 0 || unsigned.length)
            throw conflict('EXPERT.NOT_ALL_SIGNED', '专家尚未全部签署评审意见，不能录入结论', `未签署：${unsigned.length} 名`);
          await trx
            .updateTable('expert_reviews')
            .set({ status: 'concluded', conclusion: body.result, conclusion_text: body.text, concluded_by: user.userId, concluded_at: this.d.now(), end_seq: at.seq })
            .where('id', '=', reviewId)
            .execute();
          await audit(trx, auditActor(user), { action: 'expert_review.conclude', targetType: 'expert_review', targetId: reviewId, after: { caseNo: review.case_no, result: body.result, text: body.text } });
          await emit(trx, { topic: 'expert_review.concluded', subject: review.case_no, payload: { reviewId, caseNo: review.case_no, result: body.result }, dedupeKey: `expert-review:${reviewId}:concluded` });
        },
      },
    );
    return this.review(reviewId);
  }

  /**
   * Told about committed case actions (registered with the cases): a case withdrawn during its
   * review ends the review without a conclusion, so nobody is reminded of it. Idempotent.
   */
  async forActions(caseNo: string, actions: CaseAction[]): Promise<void> {
    const withdrawn = actions.find((a) => a.type === 'withdraw');
    if (!withdrawn) return;
    await this.d.db.transaction().execute(async (trx) => {
      const open = await repo.openReviewOf(trx, caseNo);
      const review = open && (await repo.findReviewForUpdate(trx, open.id));
      if (!review || review.status !== 'open') return;
      const text = '申请人撤回申请，专家评审终止';
      await trx.updateTable('expert_reviews').set({ status: 'concluded', conclusion_text: text, concluded_at: this.d.now(), end_seq: withdrawn.seq }).where('id', '=', review.id).execute();
      await audit(trx, { id: null, name: 'system:expert-review', ip: null }, { action: 'expert_review.end', targetType: 'expert_review', targetId: review.id, after: { caseNo, seq: withdrawn.seq, text } });
      await emit(trx, { topic: 'expert_review.ended', subject: caseNo, payload: { reviewId: review.id, caseNo, reason: 'withdrawn' }, dedupeKey: `expert-review:${review.id}:ended` });
    });
  }

  /** Refuses a manual end of the case's expert_review pause while its review is open (registered with the cases). */
  async guardManualEnd(trx: Trx, caseNo: string): Promise<void> {
    if (await repo.openReviewOf(trx, caseNo)) throw conflict('EXPERT.REVIEW_OPEN', '专家评审进行中，须在"专家评审"中录入评审结论后结束', '评审结论录入后，特别程序自动结束');
  }

  /** All reviews (the pool manager's and the reviewers' list of draws). */
  async list(actor: Actor, q: { status?: 'open' | 'concluded' }) {
    authorize(actor, 'expert.manage', 'case.review');
    return { items: await this.views(await repo.reviews(this.d.db, q.status)) };
  }

  async get(actor: Actor, id: string) {
    authorize(actor, 'expert.manage', 'case.review');
    return this.review(id);
  }

  /**
   * A case's reviews: in full for the officers; for the applicant side the progress only — no
   * expert is named before the conclusion.
   */
  async forCase(actor: Actor, caseNo: string) {
    const user = requireUser(actor);
    if (user.permissions.includes('expert.manage')) await this.d.caseFiles.procedureView(caseNo);
    else await this.d.caseQueries.canRead(user, caseNo);
    const rows = await repo.reviewsOf(this.d.db, caseNo);
    const items = await this.views(rows);
    if (isOfficer(user)) return { view: 'officer' as const, items, applicantItems: [] };
    return {
      view: 'applicant' as const,
      items: [],
      applicantItems: items.map((r) => {
        const members = r.panel.filter((m) => m.status !== 'declined');
        const done = r.status === 'concluded';
        return {
          id: r.id,
          status: r.status,
          label: done ? `专家评审已结束（专家 ${members.length} 名）${r.conclusionName ? `：${r.conclusionName}` : ''}` : `专家评审中（专家 ${members.length} 名）`,
          panelSize: members.length,
          requestedOn: r.requestedOn,
          due: r.due,
          conclusion: r.conclusion,
          conclusionName: r.conclusionName,
          conclusionText: r.conclusionText,
          // names only with a conclusion (a review ended by a withdrawal has none)
          experts: r.conclusion ? members.map((m) => ({ name: m.name, title: m.title, employer: m.employer })) : null,
        };
      }),
    };
  }

  /** Re-run every recorded draw of a review from its seed, inputs and candidate list. */
  async verify(actor: Actor, id: string) {
    authorize(actor, 'expert.manage', 'case.review');
    if (!(await repo.findReview(this.d.db, id))) throw notFound('EXPERT.REVIEW_NOT_FOUND', '专家评审不存在');
    const steps = (await repo.drawsOf(this.d.db, [id])).map((d) => {
      const rerun = drawPanel(d.input, d.candidates, Number(d.seed)).chosen;
      return { step: d.step, seed: Number(d.seed), recorded: d.chosen, rerun, same: JSON.stringify(rerun) === JSON.stringify(d.chosen) };
    });
    return { reviewId: id, same: steps.every((s) => s.same), steps };
  }

  private async review(id: string): Promise<ReviewView> {
    const row = await repo.findReview(this.d.db, id);
    if (!row) throw notFound('EXPERT.REVIEW_NOT_FOUND', '专家评审不存在');
    const [view] = await this.views([row]);
    return view as ReviewView;
  }

  private async views(rows: repo.ReviewRow[]): Promise<ReviewView[]> {
    const ids = rows.map((r) => r.id);
    const [places, draws] = await Promise.all([repo.assignmentsOf(this.d.db, ids), repo.drawsOf(this.d.db, ids)]);
    return rows.map((r) => {
      const mine = draws.filter((d) => d.review_id === r.id);
      const names = new Map(mine.flatMap((d) => d.candidates.map((c) => [c.expertId, c.name] as const)));
      const nameOf = (expertId: string) => ({ expertId, name: names.get(expertId) ?? expertId });
      return {
        id: r.id,
        caseNo: r.case_no,
        itemName: r.item_name,
        applicantName: r.applicant_name,
        fields: r.fields,
        criteria: r.criteria,
        panelSize: r.panel_size,
        requestedOn: r.requested_on,
        due: r.due,
        reason: r.reason,
        status: r.status,
        overdue: r.overdue,
        conclusion: r.conclusion,
        conclusionName: r.conclusion ? CONCLUSIONS[r.conclusion] : null,
        conclusionText: r.conclusion_text,
        concludedAt: r.concluded_at?.toISOString() ?? null,
        panel: places.filter((p) => p.review_id === r.id).map(memberOut),
        draws: mine.map((d) => {
          const result = drawPanel(d.input, d.candidates, Number(d.seed));
          return {
            step: d.step,
            seed: Number(d.seed),
            chosen: d.chosen.map(nameOf),
            replaces: d.replaces ? nameOf(d.replaces) : null,
            candidates: d.candidates.length,
            eligible: result.eligible.length,
            excluded: result.excluded.filter((e) => e.reason !== 'field' && e.reason !== 'inactive').map((e) => ({ ...nameOf(e.expertId), reason: e.reason, reasonName: EXCLUSION_REASONS[e.reason] })),
            drawnAt: d.drawn_at.toISOString(),
          };
        }),
      };
    });
  }

  // ---------------------------------------------------------------------- the expert's side

  private async me(actor: Actor) {
    const user = authorizeUser(actor, 'case.expert');
    const expert = await repo.findExpertByUser(this.d.db, user.userId);
    return { user, expert };
  }

  /** The caller's panel places. */
  async mine(actor: Actor) {
    const { expert } = await this.me(actor);
    if (!expert) return { items: [] };
    const rows = await repo.placesOf(this.d.db, expert.id);
    return { items: rows.filter((r) => r.status !== 'declined').map(placeOut) };
  }

  /** The caller's place on a panel; 404 unless they are on it (declined: no longer). */
  private async place(actor: Actor, reviewId: string) {
    const { user, expert } = await this.me(actor);
    const review = await repo.findReview(this.d.db, reviewId);
    const place = expert && review ? (await repo.assignmentsOf(this.d.db, [reviewId])).find((a) => a.expert_id === expert.id && a.status !== 'declined') : undefined;
    if (!expert || !review || !place) throw notFound('EXPERT.REVIEW_NOT_FOUND', '专家评审不存在');
    return { user, expert, review, place };
  }

  /** What an expert on the panel reads: the review, their own sheet, and the case with its materials. */
  async myReview(actor: Actor, reviewId: string) {
    const { review, place } = await this.place(actor, reviewId);
    return {
      assignment: placeOut({ review_id: review.id, status: place.status, signed_at: place.signed_at, case_no: review.case_no, item_name: review.item_name, fields: review.fields, due: review.due, review_status: review.status }),
      criteria: review.criteria,
      reason: review.reason,
      mine: memberOut(place),
      case: await this.d.caseFiles.procedureView(review.case_no),
    };
  }

  /** A material file of the case, for an expert on the panel. */
  async myFile(actor: Actor, reviewId: string, fileId: string) {
    const { review } = await this.place(actor, reviewId);
    return this.d.caseFiles.procedureFile(review.case_no, fileId);
  }

  /**
   * Score, write the opinion and sign, once: the signature is the time, the SHA-256 of the
   * canonical opinion and the bureau's countersignatures of that hash (Ed25519 and SM2). Signing the same
   * sheet again answers the same signature; a different one is 409.
   */
  async sign(actor: Actor, reviewId: string, body: SignBody) {
    const { user, expert } = await this.place(actor, reviewId);
    const now = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      const review = await repo.findReviewForUpdate(trx, reviewId);
      const place = (await repo.assignmentsOf(trx, [reviewId])).find((a) => a.expert_id === expert.id);
      if (!review || !place || place.status === 'declined') throw notFound('EXPERT.REVIEW_NOT_FOUND', '专家评审不存在');
      const problems = scoreProblems(review.criteria, body.scores);
      if (problems.length) throw badRequest('EXPERT.SCORES_INVALID', '评分不符合评分标准', problems);
      const digest = sha256(signedText({ reviewId, expertId: expert.id, scores: body.scores, opinion: body.opinion, recommendation: body.recommendation }));
      if (place.status === 'signed') {
        if (place.opinion_sha256 === digest) return;
        throw conflict('EXPERT.ALREADY_SIGNED', '评审意见已签署，不能修改', `签署时间 ${place.signed_at?.toISOString()}`);
      }
      if (review.status !== 'open') throw conflict('EXPERT.REVIEW_CLOSED', '该专家评审已有结论');
      const sig = this.d.keys?.sign(digest) ?? null;
      await trx
        .updateTable('expert_assignments')
        .set({ status: 'signed', scores: JSON.stringify(body.scores), opinion: body.opinion, recommendation: body.recommendation, signed_at: now, opinion_sha256: digest, signature: sig?.signature ?? null, key_id: sig?.keyId ?? null, sm2_signature: sig?.sm2.signature ?? null, sm2_key_id: sig?.sm2.keyId ?? null })
        .where('review_id', '=', reviewId)
        .where('expert_id', '=', expert.id)
        .execute();
      await audit(trx, auditActor(user), { action: 'expert_review.sign', targetType: 'expert_review', targetId: reviewId, after: { expertId: expert.id, sha256: digest, recommendation: body.recommendation, keyId: sig?.keyId ?? null } });
      await emit(trx, { topic: 'expert_review.signed', subject: review.case_no, payload: { reviewId, expertId: expert.id, sha256: digest }, dedupeKey: `expert-review:${reviewId}:${expert.id}:signed` });
    });
    return this.myReview(actor, reviewId);
  }

  /**
   * Decline the invitation with a reason; a replacement is drawn at once (a new draw step with its
   * own seed) from the experts eligible and not yet on the panel. None eligible: the panel is one
   * short, which the review shows.
   */
  async decline(actor: Actor, reviewId: string, reason: string) {
    const { user, expert } = await this.place(actor, reviewId);
    const replacement = await this.d.db.transaction().execute(async (trx) => {
      const review = await repo.findReviewForUpdate(trx, reviewId);
      const panel = await repo.assignmentsOf(trx, [reviewId]);
      const place = panel.find((a) => a.expert_id === expert.id);
      if (!review || !place || place.status === 'declined') throw notFound('EXPERT.REVIEW_NOT_FOUND', '专家评审不存在');
      if (review.status !== 'open') throw conflict('EXPERT.REVIEW_CLOSED', '该专家评审已有结论');
      if (place.status === 'signed') throw conflict('EXPERT.ALREADY_SIGNED', '已签署评审意见，不能谢绝');
      await trx.updateTable('expert_assignments').set({ status: 'declined', decline_reason: reason, declined_at: this.d.now() }).where('review_id', '=', reviewId).where('expert_id', '=', expert.id).execute();
      const draws = await repo.drawsOf(trx, [reviewId]);
      const step = Math.max(0, ...draws.map((d) => d.step)) + 1;
      const today = toShanghaiDate(this.d.now());
      const applicant = draws[0]?.input.applicant ?? { name: review.applicant_name, creditCode: null };
      const input: DrawInput = { applicant, fields: review.fields, n: 1, from: today, to: review.due, exclude: panel.map((a) => a.expert_id) };
      const pool = await repo.candidates(trx, review.applicant_key);
      const seed = newSeed();
      const chosen = drawPanel(input, pool, seed).chosen;
      await this.recordDraw(trx, user, { id: reviewId, caseNo: review.case_no, applicantKey: review.applicant_key, today }, step, input, pool, seed, chosen, expert.id);
      await audit(trx, auditActor(user), { action: 'expert_review.decline', targetType: 'expert_review', targetId: reviewId, after: { expertId: expert.id, reason, step, seed, replacement: chosen[0] ?? null } });
      await emit(trx, { topic: 'expert_review.declined', subject: review.case_no, payload: { reviewId, expertId: expert.id, replacement: chosen[0] ?? null }, dedupeKey: `expert-review:${reviewId}:${expert.id}:declined` });
      return chosen[0] ?? null;
    });
    return { declined: true, replacementDrawn: replacement !== null };
  }

  // ---------------------------------------------------------------------- sweeper

  /**
   * One pass over open reviews: a reminder to each expert who has not signed when the due day is
   * within one working day (once per expert per due day), and the overdue flag and notice once the
   * due day has passed. Each review in its own transaction, skipped when another process holds it.
   */
  async sweep(): Promise<{ reminders: number; overdue: number }> {
    const calendar = await this.d.calendar.calendar();
    let after = '00000000-0000-0000-0000-000000000000';
    let reminders = 0;
    let overdue = 0;
    for (;;) {
      const did = await this.d.db.transaction().execute(async (trx) => {
        const review = await repo.nextOpenReview(trx, after);
        if (!review) return null;
        after = review.id;
        const today = toShanghaiDate(this.d.now());
        let sent = 0;
        let late = 0;
        if (today <= review.due && calendar.workingDaysBetween(today, review.due) <= 1) {
          for (const a of (await repo.assignmentsOf(trx, [review.id])).filter((x) => x.status === 'invited'))
            if (
              await emit(trx, {
                topic: 'expert_review.reminder',
                subject: review.case_no,
                payload: { reviewId: review.id, expertId: a.expert_id, userId: a.user_id, due: review.due },
                dedupeKey: `expert-review:${review.id}:${a.expert_id}:reminder:${review.due}`,
              })
            )
              sent++;
        }
        if (today > review.due && !review.overdue) {
          await trx.updateTable('expert_reviews').set({ overdue: true }).where('id', '=', review.id).execute();
          await audit(trx, { id: null, name: 'system:sweeper', ip: null }, { action: 'expert_review.overdue', targetType: 'expert_review', targetId: review.id, after: { due: review.due } });
          if (await emit(trx, { topic: 'expert_review.overdue', subject: review.case_no, payload: { reviewId: review.id, due: review.due }, dedupeKey: `expert-review:${review.id}:overdue` })) late = 1;
        }
        return { sent, late };
      });
      if (!did) break;
      reminders += did.sent;
      overdue += did.late;
    }
    return { reminders, overdue };
  }
}

function columnsOf(b: CreateExpertBody | UpdateExpertBody) {
  return {
    name: b.name,
    title: b.title,
    fields: JSON.stringify(b.fields),
    employer: b.employer,
    employer_credit_code: b.employerCreditCode,
    declared: JSON.stringify(b.declared),
    unavailable: JSON.stringify(b.unavailable),
  };
}

function expertOut(r: repo.ExpertRow) {
  return {
    id: r.id,
    userId: r.user_id,
    username: r.username,
    name: r.name,
    title: r.title,
    fields: r.fields,
    employer: r.employer,
    employerCreditCode: r.employer_credit_code,
    declared: r.declared,
    unavailable: r.unavailable,
    active: r.active,
    rev: r.rev,
    openReviews: Number(r.open_reviews ?? 0),
  };
}

function memberOut(a: repo.AssignmentRow) {
  return {
    expertId: a.expert_id,
    name: a.name,
    title: a.title,
    employer: a.employer,
    drawStep: a.draw_step,
    status: a.status,
    declineReason: a.decline_reason,
    scores: a.scores,
    total: a.scores ? Object.values(a.scores).reduce((s, v) => s + v, 0) : null,
    opinion: a.opinion,
    recommendation: a.recommendation,
    signedAt: a.signed_at?.toISOString() ?? null,
    opinionSha256: a.opinion_sha256,
    keyId: a.key_id,
    signature: a.signature,
    sm2KeyId: a.sm2_key_id,
    sm2Signature: a.sm2_signature,
  };
}

function placeOut(r: { review_id: string; status: 'invited' | 'declined' | 'signed'; signed_at: Date | null; case_no: string; item_name: string; fields: string[]; due: string; review_status: 'open' | 'concluded' }) {
  return { reviewId: r.review_id, caseNo: r.case_no, itemName: r.item_name, fields: r.fields, due: r.due, reviewStatus: r.review_status, status: r.status, signedAt: r.signed_at?.toISOString() ?? null };
}
