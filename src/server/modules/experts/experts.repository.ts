/**
 * SQL of the experts module: the pool, reviews, draws and panel places.
 */
import type { Candidate } from '../../../domain/expert.js';
import type { Executor, Trx } from '../../platform/db.js';
import { usernames } from '../auth/users.js';

export type ExpertRow = Awaited<ReturnType<typeof poolRows>>[number];
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReview>>>;
export type AssignmentRow = Awaited<ReturnType<typeof assignmentsOf>>[number];
export type DrawRow = Awaited<ReturnType<typeof drawsOf>>[number];

/** The pool with each member's account name and open panel places. */
export async function poolRows(ex: Executor) {
  const rows = await ex
    .selectFrom('experts')
    .selectAll('experts')
    .select((eb) =>
      eb
        .selectFrom('expert_assignments')
        .innerJoin('expert_reviews', 'expert_reviews.id', 'expert_assignments.review_id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('expert_assignments.expert_id', '=', 'experts.id')
        .where('expert_assignments.status', '=', 'invited')
        .where('expert_reviews.status', '=', 'open')
        .as('open_reviews'),
    )
    .orderBy('experts.name')
    .execute();
  const names = await usernames(ex, rows.map((r) => r.user_id));
  return rows.flatMap((r) => {
    const username = names.get(r.user_id);
    return username === undefined ? [] : [{ ...r, username }];
  });
}

export function findExpertByUser(ex: Executor, userId: string) {
  return ex.selectFrom('experts').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The pool as a draw sees it: every member, with the last day each was drawn for this applicant (declined invitations aside). */
export async function candidates(trx: Executor, applicantKey: string): Promise<Candidate[]> {
  const experts = await trx.selectFrom('experts').selectAll().orderBy('id').execute();
  const last = await trx
    .selectFrom('expert_assignments')
    .select(['expert_id', (eb) => eb.fn.max('drawn_on').as('on')])
    .where('applicant_key', '=', applicantKey)
    .where('status', '!=', 'declined')
    .groupBy('expert_id')
    .execute();
  const lastOf = new Map(last.map((r) => [r.expert_id, r.on]));
  return experts.map((e) => ({
    expertId: e.id,
    name: e.name,
    active: e.active,
    fields: e.fields,
    employer: e.employer,
    employerCreditCode: e.employer_credit_code,
    declared: e.declared,
    unavailable: e.unavailable.map((u) => ({ from: u.from, to: u.to })),
    lastDrawnForApplicant: lastOf.get(e.id) ?? null,
  }));
}

export function findReview(ex: Executor, id: string) {
  return ex.selectFrom('expert_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findReviewForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('expert_reviews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function openReviewOf(ex: Executor, caseNo: string) {
  return ex.selectFrom('expert_reviews').select(['id']).where('case_no', '=', caseNo).where('status', '=', 'open').executeTakeFirst();
}

export function reviewsOf(ex: Executor, caseNo: string) {
  return ex.selectFrom('expert_reviews').selectAll().where('case_no', '=', caseNo).orderBy('requested_at', 'desc').execute();
}

export function reviews(ex: Executor, status?: 'open' | 'concluded') {
  let q = ex.selectFrom('expert_reviews').selectAll();
  if (status) q = q.where('status', '=', status);
  return q.orderBy('requested_at', 'desc').limit(200).execute();
}

/** Panel places of some reviews with the experts' names, in draw order. */
export function assignmentsOf(ex: Executor, reviewIds: string[]) {
  return ex
    .selectFrom('expert_assignments')
    .innerJoin('experts', 'experts.id', 'expert_assignments.expert_id')
    .selectAll('expert_assignments')
    .select(['experts.name', 'experts.title', 'experts.employer', 'experts.user_id'])
    .where('expert_assignments.review_id', 'in', reviewIds.length ? reviewIds : ['00000000-0000-0000-0000-000000000000'])
    .orderBy('expert_assignments.draw_step')
    .orderBy('experts.name')
    .execute();
}

export function drawsOf(ex: Executor, reviewIds: string[]) {
  return ex
    .selectFrom('expert_draws')
    .selectAll()
    .where('review_id', 'in', reviewIds.length ? reviewIds : ['00000000-0000-0000-0000-000000000000'])
    .orderBy('step')
    .execute();
}

/** The caller's places on panels, newest review first. */
export function placesOf(ex: Executor, expertId: string) {
  return ex
    .selectFrom('expert_assignments')
    .innerJoin('expert_reviews', 'expert_reviews.id', 'expert_assignments.review_id')
    .select([
      'expert_assignments.review_id',
      'expert_assignments.status',
      'expert_assignments.signed_at',
      'expert_reviews.case_no',
      'expert_reviews.item_name',
      'expert_reviews.fields',
      'expert_reviews.due',
      'expert_reviews.status as review_status',
    ])
    .where('expert_assignments.expert_id', '=', expertId)
    .orderBy('expert_reviews.requested_at', 'desc')
    .execute();
}

/** Open reviews for the sweeper, one at a time, skipping those another process holds. */
export function nextOpenReview(trx: Trx, after: string) {
  return trx.selectFrom('expert_reviews').selectAll().where('status', '=', 'open').where('id', '>', after).orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
}
