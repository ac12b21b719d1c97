import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPanel, exclusionOf, signedText } from '../src/domain/expert.js';
import { creditCodeCheckChar } from '../src/domain/identifiers.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { ExpertsService } from '../src/server/modules/experts/experts.service.js';
import { verifyWithKey, type PublishedKey } from '../src/server/platform/signing.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { bareCases, beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

// the test's own days, weeks after the demo seed's
const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 1));
/** The review's due day: five working days after DAY. */
const DUE = cal.addWorkingDays(DAY, 5);
let now = beijing(DAY);
const setDay = (d: string) => (now = beijing(d));
let t: TestContext;
const c: Record<string, string> = {};
const { call, act, submitted, item: itemNamed, authorisation } = caseHelpers(() => t);
let design: Item;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['agent1', 'clerk1', 'caseworker3', 'chief1', 'expertadmin1', 'applicant1', 'expert1', 'inspector1']) c[u] = await t.login(u);
  design = await itemNamed('建设工程设计方案审查');
});
afterAll(() => t.close());

/** A valid 统一社会信用代码 that no other test uses. */
function creditCode(): string {
  const first = `913709007${String(100000 + ++serial).padStart(6, '0')}Y2`.slice(0, 17);
  return first + creditCodeCheckChar(first);
}

/** An accepted case of an item with expert review, filed by agent1 for a company. */
async function acceptedCase(name: string, code = creditCode()) {
  const authorisationId = await authorisation(c.agent1, { name, creditCode: code });
  const caseNo = await submitted(design, c.agent1 ?? '', { onBehalfOf: { authorisationId } });
  const res = await act(caseNo, c.clerk1 ?? '', 'accept');
  expect(res.statusCode, res.body).toBe(200);
  return { caseNo, code };
}

async function request(caseNo: string, body: object, cookie = c.caseworker3) {
  return call('POST', `/api/v1/cases/${caseNo}/expert-reviews`, cookie, body);
}

type Member = { expertId: string; name: string; status: string };
type Review = { id: string; panel: Member[]; draws: { step: number; seed: number; chosen: { expertId: string }[] }[]; criteria: { code: string; max: number }[]; due: string };

const pool = async () => (await call('GET', '/api/v1/experts', c.expertadmin1)).json().items as { id: string; username: string; name: string; employer: string; fields: string[]; rev: number }[];

/** Log in as the user of a pool member. */
async function loginExpert(expertId: string) {
  const e = (await pool()).find((x) => x.id === expertId);
  if (!e) throw new Error('no such expert');
  c[e.username] ??= await t.login(e.username);
  return c[e.username] as string;
}

const fullScores = (r: Review) => Object.fromEntries(r.criteria.map((k) => [k.code, k.max - 2]));

describe('the pool', () => {
  it('holds the demo\'s 20 experts, each linked to an expert account, for the pool manager only', async () => {
    const items = await pool();
    expect(items).toHaveLength(20);
    expect(new Set(items.map((e) => e.username)).size).toBe(20);
    expect(new Set(items.flatMap((e) => e.fields)).size).toBeGreaterThanOrEqual(7);
    expect((await call('GET', '/api/v1/experts', c.caseworker3)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/experts', c.applicant1)).statusCode).toBe(403);
  });

  it('refuses bad input naming the field, and a second entry for the same account', async () => {
    const base = { username: 'inspector1', name: '某', fields: ['消防'], employer: '某单位' };
    const bad: [object, string][] = [
      [base, 'username'],
      [{ ...base, username: 'expert1', fields: [] }, 'fields'],
      [{ ...base, username: 'expert1', fields: ['占卜'] }, 'fields.0'],
      [{ ...base, username: 'expert1', employerCreditCode: '91370900MA3C4XYZ1A' }, 'employerCreditCode'],
      [{ ...base, username: 'expert1', unavailable: [{ from: '2026-12-10', to: '2026-12-01' }] }, 'unavailable.0.to'],
    ];
    for (const [body, path] of bad) {
      const res = await call('POST', '/api/v1/experts', c.expertadmin1, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const dup = await call('POST', '/api/v1/experts', c.expertadmin1, { ...base, username: 'expert1' });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'EXPERT.EXISTS']);
    expect(await pool()).toHaveLength(20);
  });

  it('updates a member with its rev; a stale rev is 409', async () => {
    const e = (await pool()).find((x) => x.username === 'expert5');
    if (!e) throw new Error('expert5 missing');
    const body = { name: e.name, title: '主任医师', fields: ['医疗卫生'], employer: e.employer, employerCreditCode: null, declared: ['泰安某医院'], unavailable: [], active: true, rev: e.rev };
    const ok = await call('PUT', `/api/v1/experts/${e.id}`, c.expertadmin1, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().declared).toEqual(['泰安某医院']);
    const stale = await call('PUT', `/api/v1/experts/${e.id}`, c.expertadmin1, body);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'EXPERT.STALE']);
  });
});

describe('requesting a review', () => {
  it('answers 400 naming the field for bad input, 409 when too few experts are eligible, and writes nothing', async () => {
    const { caseNo } = await acceptedCase('泰安市某建材有限公司');
    const bad: [object, string][] = [
      [{ fields: ['建筑工程'], panelSize: 0, dueDays: 10, reason: '论证' }, 'panelSize'],
      [{ fields: ['建筑工程'], panelSize: 99, dueDays: 10, reason: '论证' }, 'panelSize'],
      [{ fields: [], panelSize: 3, dueDays: 10, reason: '论证' }, 'fields'],
      [{ fields: ['建筑工程'], panelSize: 3, dueDays: 0, reason: '论证' }, 'dueDays'],
      [{ fields: ['建筑工程'], panelSize: 3, dueDays: 10, reason: ' ' }, 'reason'],
    ];
    for (const [body, path] of bad) {
      const res = await request(caseNo, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // 教育: 金世杰 and 魏红霞, who is away for weeks around the test's day
    const wei = (await call('GET', '/api/v1/experts', c.expertadmin1)).json().items.find((x: { name: string }) => x.name === '魏红霞');
    if (!wei) throw new Error('魏红霞 missing');
    const unavailable = [{ from: addCalendarDays(DAY, -5), to: addCalendarDays(DAY, 40), reason: '出差' }];
    const { name, title, fields, employer, employerCreditCode, declared, active, rev } = wei;
    const put = await call('PUT', `/api/v1/experts/${wei.id}`, c.expertadmin1, { name, title, fields, employer, employerCreditCode, declared, unavailable, active, rev });
    expect(put.statusCode, put.body).toBe(200);
    const few = await request(caseNo, { fields: ['教育'], panelSize: 2, dueDays: 10, reason: '论证' });
    expect([few.statusCode, few.json().code]).toEqual([409, 'EXPERT.NOT_ENOUGH']);
    expect(few.json().title).toContain('只有 1 名');
    expect(few.json().errors[0].path).toBe('panelSize');
    const caseView = (await call('GET', `/api/v1/cases/${caseNo}`, c.caseworker3)).json();
    expect(caseView.status).toBe('accepted');
    expect((await call('GET', `/api/v1/cases/${caseNo}/expert-reviews`, c.caseworker3)).json().items).toEqual([]);
    // an item without expert review in its catalog entry
    const food = await itemNamed('食品经营许可');
    const other = await submitted(food, c.applicant1 ?? '');
    await act(other, c.clerk1 ?? '', 'accept');
    const na = await request(other, { fields: ['食品安全'], panelSize: 1, dueDays: 5, reason: '论证' }, c.chief1);
    expect([na.statusCode, na.json().errors[0].path]).toEqual([400, 'caseNo']);
    // not the applicant's, not an expert's, not an unknown case's
    expect((await request(caseNo, { fields: ['建筑工程'], panelSize: 1, dueDays: 5, reason: '论证' }, c.applicant1)).statusCode).toBe(403);
    expect((await request(caseNo, { fields: ['建筑工程'], panelSize: 1, dueDays: 5, reason: '论证' }, c.expert1)).statusCode).toBe(403);
    expect((await request('TA2026-999999', { fields: ['建筑工程'], panelSize: 1, dueDays: 5, reason: '论证' })).statusCode).toBe(404);
  });

  it('never draws an expert who works for the applicant or declared an interest in it', async () => {
    // 山东农业大学 employs 沈评审 and 何文静 (环境保护); 蒋专家 and 陶建新 are the others in the field
    const { caseNo } = await acceptedCase('山东农业大学');
    const preview = await call('GET', `/api/v1/cases/${caseNo}/expert-reviews/eligible?fields=${encodeURIComponent('环境保护')}&dueDays=10`, c.caseworker3);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ eligible: 2, excluded: [{ reason: 'employer', count: 2 }] });
    expect((await call('GET', `/api/v1/cases/${caseNo}/expert-reviews/eligible?fields=${encodeURIComponent('占卜')}`, c.caseworker3)).json().errors[0].path).toContain('fields');
    expect((await call('GET', `/api/v1/cases/${caseNo}/expert-reviews/eligible?fields=${encodeURIComponent('环境保护')}`, c.agent1)).statusCode).toBe(403);
    const tooMany = await request(caseNo, { fields: ['环境保护'], panelSize: 3, dueDays: 10, reason: '环评论证' });
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([409, 'EXPERT.NOT_ENOUGH']);
    const res = await request(caseNo, { fields: ['环境保护'], panelSize: 2, dueDays: 10, reason: '环评论证' });
    expect(res.statusCode, res.body).toBe(201);
    const review = res.json() as Review & { draws: { excluded: { name: string; reason: string }[] }[] };
    expect(review.panel.map((m) => m.name).sort()).toEqual(['蒋专家', '陶建新'].sort());
    expect(review.draws[0]?.excluded.filter((e) => e.reason === 'employer').map((e) => e.name).sort()).toEqual(['何文静', '沈评审'].sort());
    // 建筑工程 has four experts; 朱建国 declared an interest in 泰安市岱岳建设集团有限公司, so its panel has at most three
    const { caseNo: n } = await acceptedCase('泰安市岱岳建设集团有限公司');
    expect((await request(n, { fields: ['建筑工程'], panelSize: 4, dueDays: 10, reason: '论证' })).json().code).toBe('EXPERT.NOT_ENOUGH');
    const r = await request(n, { fields: ['建筑工程'], panelSize: 3, dueDays: 10, reason: '论证' });
    expect(r.statusCode, r.body).toBe(201);
    const drawn = r.json() as Review & { draws: { excluded: { name: string; reason: string }[] }[] };
    expect(drawn.panel.map((m) => m.name)).not.toContain('朱建国');
    expect(drawn.draws[0]?.excluded).toContainEqual(expect.objectContaining({ name: '朱建国', reason: 'declared' }));
  });

  it('records each draw with its seed and candidates: re-running gives the same experts, a changed record does not', async () => {
    const { caseNo } = await acceptedCase('泰安市甲乙工程咨询有限公司');
    const review = (await request(caseNo, { fields: ['建筑工程', '消防'], panelSize: 3, dueDays: 10, reason: '论证' })).json() as Review;
    const v = await call('GET', `/api/v1/expert-reviews/${review.id}/verify`, c.expertadmin1);
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json().same).toBe(true);
    expect(v.json().steps[0].rerun).toEqual(review.draws[0]?.chosen.map((x) => x.expertId));
    // the stored record, run through the pure draw in the test, gives the same panel
    const row = await t.database.db.selectFrom('expert_draws').selectAll().where('review_id', '=', review.id).executeTakeFirstOrThrow();
    expect(drawPanel(row.input, row.candidates, Number(row.seed)).chosen).toEqual(row.chosen);
    expect(row.candidates).toHaveLength(20);
    // someone edits the recorded panel: the check says so
    const others = row.candidates.map((x) => x.expertId).filter((id) => !row.chosen.includes(id) && exclusionOf(row.candidates.find((x) => x.expertId === id)!, row.input) === null);
    await t.database.db.updateTable('expert_draws').set({ chosen: JSON.stringify([others[0], ...row.chosen.slice(1)]) }).where('review_id', '=', review.id).execute();
    const tampered = (await call('GET', `/api/v1/expert-reviews/${review.id}/verify`, c.caseworker3)).json();
    expect(tampered.same).toBe(false);
    await t.database.db.updateTable('expert_draws').set({ chosen: JSON.stringify(row.chosen) }).where('review_id', '=', review.id).execute();
    expect((await call('GET', `/api/v1/expert-reviews/${review.id}/verify`, c.applicant1)).statusCode).toBe(403);
  });

  it('a second request for the same case, at once or later, is refused while one is open', async () => {
    const { caseNo } = await acceptedCase('泰安市并发测试有限公司');
    const body = { fields: ['建筑工程'], panelSize: 2, dueDays: 10, reason: '论证' };
    const [a, b] = await Promise.all([request(caseNo, body), request(caseNo, body, c.expertadmin1)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const rows = await t.database.db.selectFrom('expert_reviews').select('id').where('case_no', '=', caseNo).execute();
    expect(rows).toHaveLength(1);
    expect((await request(caseNo, body)).statusCode).toBe(409);
  });
});

describe('the review from request to conclusion', () => {
  let caseNo = '';
  let review: Review;
  let promisedBefore = '';

  it('starts the art. 45 pause with the request; the applicant sees no names', async () => {
    setDay(DAY);
    ({ caseNo } = await acceptedCase('泰安市丙丁置业有限公司'));
    promisedBefore = (await call('GET', `/api/v1/cases/${caseNo}`, c.caseworker3)).json().clock.promisedDue;
    const res = await request(caseNo, { fields: ['建筑工程'], panelSize: 3, dueDays: 5, reason: '设计方案需专家论证' });
    expect(res.statusCode, res.body).toBe(201);
    review = res.json();
    expect(review.due).toBe(DUE);
    expect(review.panel).toHaveLength(3);
    const view = (await call('GET', `/api/v1/cases/${caseNo}`, c.caseworker3)).json();
    expect(view.status).toBe('paused');
    expect(view.clock.state).toBe('paused');
    expect(view.actions.at(-1)).toMatchObject({ type: 'start_pause', payload: { kind: 'expert_review', expectedDays: 5 } });
    // the applicant's side (the agent who filed it)
    const mine = await call('GET', `/api/v1/cases/${caseNo}/expert-reviews`, c.agent1);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().view).toBe('applicant');
    expect(mine.json().applicantItems[0]).toMatchObject({ label: '专家评审中（专家 3 名）', experts: null });
    for (const m of review.panel) expect(mine.body).not.toContain(m.name);
    expect(mine.body).not.toContain(review.panel[0]?.expertId);
    // someone else's case is not there for an applicant
    expect((await call('GET', `/api/v1/cases/${caseNo}/expert-reviews`, c.applicant1)).statusCode).toBe(404);
  });

  it('shows each expert only the cases they are on, with its materials', async () => {
    const member = review.panel[0] as Member;
    const cookie = await loginExpert(member.expertId);
    const list = (await call('GET', '/api/v1/my/expert-reviews', cookie)).json().items as { reviewId: string }[];
    expect(list.map((x) => x.reviewId)).toContain(review.id);
    const mine = await call('GET', `/api/v1/my/expert-reviews/${review.id}`, cookie);
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.case.caseNo).toBe(caseNo);
    expect(body.case.applicant.name).toBe('泰安市丙丁置业有限公司');
    const file = body.case.materials.flatMap((m: { files: { id: string }[] }) => m.files)[0];
    const got = await call('GET', `/api/v1/my/expert-reviews/${review.id}/files/${file.id}`, cookie);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toContain('application/pdf');
    // another case: its review, its files through this review, the case itself
    const other = (await call('GET', '/api/v1/expert-reviews', c.expertadmin1)).json().items.find((r: Review) => !r.panel.some((m) => m.expertId === member.expertId)) as Review & { caseNo: string };
    expect((await call('GET', `/api/v1/my/expert-reviews/${other.id}`, cookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/cases/${other.caseNo}`, cookie)).statusCode).toBe(404);
    const otherFile = (await call('GET', `/api/v1/cases/${other.caseNo}`, c.caseworker3)).json().materials.flatMap((m: { files: { id: string }[] }) => m.files)[0];
    expect((await call('GET', `/api/v1/my/expert-reviews/${review.id}/files/${otherFile.id}`, cookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/cases/${caseNo}`, cookie)).statusCode).toBe(404);
  });

  it('a declined invitation draws a replacement who is not conflicted and not on the panel', async () => {
    const leaving = review.panel[1] as Member;
    const cookie = await loginExpert(leaving.expertId);
    expect((await call('POST', `/api/v1/my/expert-reviews/${review.id}/decline`, cookie, { reason: ' ' })).json().errors[0].path).toBe('reason');
    const res = await call('POST', `/api/v1/my/expert-reviews/${review.id}/decline`, cookie, { reason: '评审期间出差' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ declined: true, replacementDrawn: true });
    const after = (await call('GET', `/api/v1/expert-reviews/${review.id}`, c.caseworker3)).json() as Review;
    const step2 = after.draws.find((d) => d.step === 2);
    expect(step2?.seed).toEqual(expect.any(Number));
    const newcomer = step2?.chosen[0]?.expertId as string;
    expect(review.panel.map((m) => m.expertId)).not.toContain(newcomer);
    expect(after.panel.filter((m) => m.status === 'invited')).toHaveLength(3);
    expect(after.panel.find((m) => m.expertId === leaving.expertId)?.status).toBe('declined');
    const row = await t.database.db.selectFrom('expert_draws').selectAll().where('review_id', '=', review.id).where('step', '=', 2).executeTakeFirstOrThrow();
    const cand = row.candidates.find((x) => x.expertId === newcomer);
    expect(cand && exclusionOf(cand, { ...row.input, exclude: [] })).toBeNull();
    expect(row.input.exclude.sort()).toEqual(review.panel.map((m) => m.expertId).sort());
    expect((await call('GET', `/api/v1/expert-reviews/${review.id}/verify`, c.caseworker3)).json().same).toBe(true);
    // the one who declined no longer reads the case
    expect((await call('GET', `/api/v1/my/expert-reviews/${review.id}`, cookie)).statusCode).toBe(404);
    review = after;
  });

  it('sends each expert who has not signed one reminder when the due day is a working day away, and flags the review overdue after it', async () => {
    const bare = bareCases(t.deps);
    const experts = new ExpertsService({ db: t.database.db, caseCommands: bare.commands, caseQueries: bare.queries, caseFiles: bare.files, calendar: new CalendarService(t.database.db), keys: null, now: () => now });
    const reminders = () => t.database.db.selectFrom('outbox').select('dedupe_key').where('topic', '=', 'expert_review.reminder').where('dedupe_key', 'like', `expert-review:${review.id}:%`).execute();
    // two working days before the due day: nothing yet; one working day before: a reminder each
    setDay(cal.addWorkingDays(DAY, 3));
    await experts.sweep();
    expect(await reminders()).toHaveLength(0);
    setDay(cal.addWorkingDays(DAY, 4));
    await experts.sweep();
    await experts.sweep();
    expect(await reminders()).toHaveLength(3);
    setDay(cal.addWorkingDays(DAY, 6));
    await Promise.all([experts.sweep(), experts.sweep()]);
    const overdue = await t.database.db.selectFrom('outbox').select('id').where('topic', '=', 'expert_review.overdue').where('dedupe_key', '=', `expert-review:${review.id}:overdue`).execute();
    expect(overdue).toHaveLength(1);
    expect((await call('GET', `/api/v1/expert-reviews/${review.id}`, c.caseworker3)).json().overdue).toBe(true);
    setDay(DUE);
  });

  it('experts score against the criteria and sign once; the signature is the SHA-256 of the opinion, countersigned', async () => {
    const on = review.panel.filter((m) => m.status === 'invited');
    const first = on[0] as Member;
    const cookie = await loginExpert(first.expertId);
    const bad = await call('POST', `/api/v1/my/expert-reviews/${review.id}/sign`, cookie, { scores: { compliance: 99, nope: 1 }, opinion: '同意', recommendation: 'pass' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['scores.compliance', 'scores.nope', 'scores.structure']));
    const sheet = { scores: fullScores(review), opinion: '设计方案符合规范，同意。', recommendation: 'pass' as const };
    const [a, b] = await Promise.all([call('POST', `/api/v1/my/expert-reviews/${review.id}/sign`, cookie, sheet), call('POST', `/api/v1/my/expert-reviews/${review.id}/sign`, cookie, sheet)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const mine = a.json().mine;
    expect(mine.status).toBe('signed');
    const digest = crypto.createHash('sha256').update(signedText({ reviewId: review.id, expertId: first.expertId, ...sheet })).digest('hex');
    expect(mine.opinionSha256).toBe(digest);
    const keys = (await call('GET', '/api/v1/licences/keys', undefined)).json().items as PublishedKey[];
    const key = (id: string) => keys.find((k) => k.keyId === id) as PublishedKey;
    expect(verifyWithKey(key(mine.keyId), digest, mine.signature)).toBe(true);
    // the SM2 countersignature beside it, over the same hash
    expect([key(mine.sm2KeyId).algorithm, verifyWithKey(key(mine.sm2KeyId), digest, mine.sm2Signature)]).toEqual(['SM2', true]);
    const changed = await call('POST', `/api/v1/my/expert-reviews/${review.id}/sign`, cookie, { ...sheet, opinion: '改主意了' });
    expect([changed.statusCode, changed.json().code]).toEqual([409, 'EXPERT.ALREADY_SIGNED']);
    expect((await call('POST', `/api/v1/my/expert-reviews/${review.id}/decline`, cookie, { reason: '改主意了' })).statusCode).toBe(409);
  });

  it('the reviewer cannot end the pause by hand nor conclude before every expert signed', async () => {
    const manual = await act(caseNo, c.caseworker3 ?? '', 'end_pause', { result: '评审结束' });
    expect([manual.statusCode, manual.json().code]).toEqual([409, 'EXPERT.REVIEW_OPEN']);
    const early = await call('POST', `/api/v1/expert-reviews/${review.id}/conclusion`, c.caseworker3, { result: 'pass', text: '通过' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'EXPERT.NOT_ALL_SIGNED']);
    expect((await call('GET', `/api/v1/cases/${caseNo}`, c.caseworker3)).json().status).toBe('paused');
  });

  it('the conclusion ends the pause: the clock was paused by exactly the review\'s working days, and the applicant now sees the names', async () => {
    for (const m of review.panel.filter((x) => x.status === 'invited').slice(1)) {
      const res = await call('POST', `/api/v1/my/expert-reviews/${review.id}/sign`, await loginExpert(m.expertId), { scores: fullScores(review), opinion: '同意', recommendation: 'pass_with_changes' });
      expect(res.statusCode, res.body).toBe(200);
    }
    const badResult = await call('POST', `/api/v1/expert-reviews/${review.id}/conclusion`, c.caseworker3, { result: 'maybe', text: '通过' });
    expect(badResult.json().errors[0].path).toBe('result');
    expect((await call('POST', `/api/v1/expert-reviews/${review.id}/conclusion`, c.applicant1, { result: 'pass', text: '通过' })).statusCode).toBe(403);
    const body = { result: 'pass_with_changes', text: '按专家意见修改后通过' };
    const [a, b] = await Promise.all([call('POST', `/api/v1/expert-reviews/${review.id}/conclusion`, c.caseworker3, body), call('POST', `/api/v1/expert-reviews/${review.id}/conclusion`, c.expertadmin1, body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const done = (a.statusCode === 200 ? a : b).json();
    expect(done).toMatchObject({ status: 'concluded', conclusion: 'pass_with_changes', conclusionName: '修改后通过' });
    const view = (await call('GET', `/api/v1/cases/${caseNo}`, c.caseworker3)).json();
    expect(view.status).toBe('accepted');
    expect(view.actions.filter((x: { type: string }) => x.type === 'end_pause')).toHaveLength(1);
    // requested on DAY, concluded on the due day five working days later, and the promised due day moved by five
    const pause = view.clock.pauses.at(-1);
    expect(pause).toMatchObject({ kind: 'expert_review', from: DAY, to: DUE, workingDays: 5 });
    expect(view.clock.pausedWorkingDays).toBe(5);
    const calendar = await new CalendarService(t.database.db).calendar();
    expect(view.clock.promisedDue).toBe(calendar.addWorkingDays(promisedBefore, 5));
    const applicant = (await call('GET', `/api/v1/cases/${caseNo}/expert-reviews`, c.agent1)).json().applicantItems[0];
    expect(applicant.conclusionName).toBe('修改后通过');
    expect(applicant.experts.map((e: { name: string }) => e.name).sort()).toEqual(review.panel.filter((m) => m.status === 'invited').map((m) => m.name).sort());
    // audited and announced
    const audited = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', review.id).execute();
    expect(audited.map((x) => x.action)).toEqual(expect.arrayContaining(['expert_review.request', 'expert_review.decline', 'expert_review.sign', 'expert_review.conclude']));
    const events = await t.database.db.selectFrom('outbox').select('topic').where('subject', '=', caseNo).execute();
    expect(events.map((e) => e.topic)).toEqual(expect.arrayContaining(['expert_review.requested', 'expert_review.invited', 'expert_review.declined', 'expert_review.signed', 'expert_review.concluded', 'case.end_pause']));
  });

  it('a withdrawal during the review ends it without a conclusion, and nobody is reminded of it', async () => {
    const { caseNo: n } = await acceptedCase('泰安市撤回测试有限公司');
    const r = (await request(n, { fields: ['消防'], panelSize: 2, dueDays: 3, reason: '论证' })).json() as Review;
    const res = await act(n, c.agent1 ?? '', 'withdraw', { reason: '项目调整' });
    expect(res.statusCode, res.body).toBe(200);
    // the listener runs after the commit
    let ended: { status: string; conclusion: string | null; conclusionText: string | null } | undefined;
    for (let i = 0; i < 50 && ended?.status !== 'concluded'; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      ended = (await call('GET', `/api/v1/expert-reviews/${r.id}`, c.caseworker3)).json();
    }
    expect(ended).toMatchObject({ status: 'concluded', conclusion: null, conclusionText: '申请人撤回申请，专家评审终止' });
    const applicant = (await call('GET', `/api/v1/cases/${n}/expert-reviews`, c.agent1)).json().applicantItems[0];
    expect(applicant.experts).toBeNull();
    const bare = bareCases(t.deps);
    const experts = new ExpertsService({ db: t.database.db, caseCommands: bare.commands, caseQueries: bare.queries, caseFiles: bare.files, calendar: new CalendarService(t.database.db), keys: null, now: () => now });
    const saved = now;
    setDay(addCalendarDays(DAY, 29));
    await experts.sweep();
    now = saved;
    const sent = await t.database.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', `expert-review:${r.id}:%`).where('topic', 'in', ['expert_review.reminder', 'expert_review.overdue']).execute();
    expect(sent).toEqual([]);
  });

  it('does not count the same applicant\'s experts again within 180 days', async () => {
    // the same company, a new case: the three who sat on its panel are not eligible now
    const applicantCode = (await t.database.db.selectFrom('cases').select('applicant_credit_code').where('case_no', '=', caseNo).executeTakeFirstOrThrow()).applicant_credit_code as string;
    const { caseNo: again } = await acceptedCase('泰安市丙丁置业有限公司', applicantCode);
    const res = await request(again, { fields: ['建筑工程'], panelSize: 1, dueDays: 5, reason: '论证' });
    expect(res.statusCode, res.body).toBe(201);
    const sat = review.panel.filter((m) => m.status === 'invited').map((m) => m.expertId);
    const draw = (res.json() as Review & { draws: { excluded: { expertId: string; reason: string }[] }[] }).draws[0];
    expect(draw?.excluded.filter((e) => e.reason === 'recent').map((e) => e.expertId).sort()).toEqual([...sat].sort());
    expect(sat).not.toContain((res.json() as Review).panel[0]?.expertId);
  });
});
