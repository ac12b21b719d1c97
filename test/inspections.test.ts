import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { eventsFor } from '../src/server/platform/outbox.js';
import { caseHelpers, PDF, PNG, type Item } from './case-helpers.js';
import { beijing, createTestApp, testEpoch, type TestContext } from './harness.js';

// the test's own plain weeks, from a Monday weeks after the demo seed's today: day(2) is a Wednesday
const cal = new WorkingCalendar();
const EPOCH = testEpoch(cal);
const day = (n: number) => addCalendarDays(EPOCH, n);
let now = beijing(day(2));
const setDay = (d: string) => (now = beijing(d));

let t: TestContext;
const c: Record<string, string> = {};
const ids: Record<string, string> = {};
let food: Item;
const h = caseHelpers(() => t);
const BOARD = `/api/v1/inspections/board?from=${day(4)}&days=8`;
/** The board before this file's inspections (the demo seed has some of its own, dated from the day it ran). */
let baseline: { name: string; perDay: number[] }[] = [];
/** The re-inspection round the last tests finish. */
const round2 = { caseNo: '', id: '' };

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'caseworker1', 'chief1', 'kancha1', 'inspector1', 'inspector2', 'inspector3', 'expert1']) c[u] = await t.login(u);
  food = await h.item('食品经营许可');
  const people = (await h.call('GET', '/api/v1/inspections/inspectors', c.kancha1)).json().items as { userId: string; username: string }[];
  for (const p of people) ids[p.username] = p.userId;
  baseline = (await h.call('GET', BOARD, c.kancha1)).json().inspectors;
});
afterAll(() => t.close());

/** An accepted food licence case (the item needs an on-site inspection). */
async function acceptedFoodCase(): Promise<string> {
  const caseNo = await h.submitted(food, c.applicant1 ?? '');
  const res = await h.act(caseNo, c.clerk1 ?? '', 'accept');
  expect(res.statusCode, res.body).toBe(200);
  return caseNo;
}

async function caseView(caseNo: string) {
  const res = await h.call('GET', `/api/v1/cases/${caseNo}`, c.caseworker1);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function inspection(id: string, cookie = c.kancha1) {
  const res = await h.call('GET', `/api/v1/inspections/${id}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A report answering every point `pass`, except the ones given. */
function report(checklist: string[], rev: number, fail: Record<string, string> = {}, more: object = {}) {
  return { expectedRev: rev, results: checklist.map((point) => (fail[point] ? { point, result: 'fail', note: fail[point] } : { point, result: 'pass', note: '' })), notes: '现场与材料一致', ...more };
}

async function photo(id: string, cookie: string, content: Buffer, filename: string) {
  return h.multipart(`/api/v1/inspections/${id}/photos`, cookie, {}, content, filename);
}

async function pdfText(buf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('requesting an inspection', () => {
  it('is for a reviewer, on an accepted case whose item needs one, once at a time', async () => {
    setDay(day(2));
    const caseNo = await acceptedFoodCase();
    const byClerk = await h.call('POST', '/api/v1/inspections', c.clerk1, { caseNo, reason: '核查经营场所' });
    expect(byClerk.statusCode).toBe(403);
    const req = await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo, reason: '核查经营场所' });
    expect(req.statusCode, req.body).toBe(201);
    const first = req.json();
    expect(first).toMatchObject({ caseNo, round: 1, status: 'requested', statusName: '待安排', requestedBy: expect.any(String) });
    // the catalog's own checklist of the item
    expect(first.checklist).toHaveLength(5);
    expect(first.checklist[0]).toContain('经营场所面积');
    // a retry or a second reviewer does not make a second one
    const again = await h.call('POST', '/api/v1/inspections', c.chief1, { caseNo, reason: '再次申请' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INSPECTION.OPEN');
    // nothing is paused yet: the centre has not fixed the time
    expect((await caseView(caseNo)).clock.state).not.toBe('paused');
    expect((await eventsFor(t.database.db, caseNo)).map((e) => e.topic)).toContain('inspection.requested');
  });

  it('is refused, naming the field, for an item the catalog does not inspect, and before acceptance', async () => {
    const company = await h.item('企业设立登记');
    const other = await h.submitted(company, c.applicant1 ?? '');
    await h.act(other, c.clerk1 ?? '', 'accept');
    const res = await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo: other, reason: '核查' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('caseNo');
    const submitted = await h.submitted(food, c.applicant1 ?? '');
    const early = await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo: submitted, reason: '核查' });
    expect(early.statusCode).toBe(409);
    const blank = await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo: submitted, reason: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0].path).toBe('reason');
  });
});

describe('one inspection, from the request to the report', () => {
  let caseNo = '';
  let id = '';
  let checklist: string[] = [];
  let promisedBefore = '';

  it('is scheduled by the centre with at least two inspectors (art. 34): fewer is a 400 naming inspectorIds', async () => {
    setDay(day(2));
    caseNo = await acceptedFoodCase();
    promisedBefore = (await caseView(caseNo)).clock.promisedDue;
    const req = (await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo, reason: '核查经营场所' })).json();
    id = req.id;
    checklist = req.checklist;
    const body = { scheduledOn: day(4), address: '泰安市泰山区东岳大街 100 号', expectedRev: req.rev };

    const one = await h.call('POST', `/api/v1/inspections/${id}/schedule`, c.kancha1, { ...body, inspectorIds: [ids.inspector1] });
    expect(one.statusCode).toBe(400);
    expect(one.json().code).toBe('INSPECTION.INSPECTORS');
    expect(one.json().errors.map((e: { path: string }) => e.path)).toEqual(['inspectorIds']);
    const twice = await h.call('POST', `/api/v1/inspections/${id}/schedule`, c.kancha1, { ...body, inspectorIds: [ids.inspector1, ids.inspector1] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('inspectorIds.1');
    const notInspector = (await h.call('GET', '/api/v1/auth/me', c.caseworker1)).json();
    const wrong = await h.call('POST', `/api/v1/inspections/${id}/schedule`, c.kancha1, { ...body, inspectorIds: [ids.inspector1, notInspector.id] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('inspectorIds.1');
    const past = await h.call('POST', `/api/v1/inspections/${id}/schedule`, c.kancha1, { ...body, scheduledOn: day(-3), inspectorIds: [ids.inspector1, ids.inspector2] });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].path).toBe('scheduledOn');
    const byReviewer = await h.call('POST', `/api/v1/inspections/${id}/schedule`, c.caseworker1, { ...body, inspectorIds: [ids.inspector1, ids.inspector2] });
    expect(byReviewer.statusCode).toBe(403);
    // nothing of the refused attempts was written
    expect((await inspection(id)).status).toBe('requested');
    expect((await caseView(caseNo)).status).toBe('accepted');

    const ok = await h.call('POST', `/api/v1/inspections/${id}/schedule`, c.kancha1, { ...body, inspectorIds: [ids.inspector1, ids.inspector2] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'scheduled', scheduledOn: day(4), reportDue: day(9), inspectors: [{ confirmedAt: null }, { confirmedAt: null }] });
  });

  it('starts the art. 45 pause of the case the day it is scheduled, and tells the applicant', async () => {
    const view = await caseView(caseNo);
    expect(view.status).toBe('paused');
    expect(view.clock.state).toBe('paused');
    const start = view.actions.find((a: { type: string }) => a.type === 'start_pause');
    expect(start.payload).toMatchObject({ kind: 'inspection', expectedDays: 5 });
    const events = await eventsFor(t.database.db, caseNo);
    const scheduled = events.find((e) => e.topic === 'inspection.scheduled');
    expect(scheduled?.payload).toMatchObject({ caseNo, scheduledOn: day(4), address: '泰安市泰山区东岳大街 100 号', inspectors: [expect.stringContaining('陈踏勘'), expect.stringContaining('褚踏勘')] });
    // the applicant's case page: time, place, people; not the officers' record
    const mine = await h.call('GET', `/api/v1/cases/${caseNo}/inspections`, c.applicant1);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items[0]).toMatchObject({ status: 'scheduled', scheduledOn: day(4), address: '泰安市泰山区东岳大街 100 号', detail: null });
    expect(mine.json().canRequest).toBe(false);
    const officers = (await h.call('GET', `/api/v1/cases/${caseNo}/inspections`, c.caseworker1)).json();
    expect(officers.items[0].detail.checklist).toEqual(checklist);
  });

  it('cannot be ended by a reviewer by hand while the inspection is open', async () => {
    const res = await h.act(caseNo, c.caseworker1 ?? '', 'end_pause', { result: '手动结束' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INSPECTION.OPEN');
    expect((await caseView(caseNo)).status).toBe('paused');
  });

  it('is recorded only by an assigned inspector, and the report must answer every point', async () => {
    setDay(day(4));
    const rev = (await inspection(id)).rev;
    const stranger = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector3, report(checklist, rev));
    expect(stranger.statusCode).toBe(403);
    expect((await h.call('GET', `/api/v1/inspections/${id}`, c.inspector3)).statusCode).toBe(404);
    expect((await photo(id, c.inspector3 ?? '', PNG, 'x.png')).statusCode).toBe(403);
    const expert = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.expert1, report(checklist, rev));
    expect(expert.statusCode).toBe(403);

    const partial = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector1, { ...report(checklist, rev), results: report(checklist, rev).results.slice(1) });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().errors[0].path).toBe('results');
    const noNote = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector1, report(checklist, rev, { [checklist[2] ?? '']: ' ' }));
    expect(noNote.statusCode).toBe(400);
    const pastDue = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector1, report(checklist, rev, { [checklist[2] ?? '']: '缺少消毒柜' }, { rectification: '增设消毒柜', rectifyDue: day(4) }));
    expect(pastDue.statusCode).toBe(400);
    expect(pastDue.json().errors[0].path).toBe('rectifyDue');
    const stale = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector1, report(checklist, rev - 1));
    expect(stale.statusCode).toBe(409);

    const ok = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector1, report(checklist, rev, { [checklist[2] ?? '']: '缺少消毒柜' }, { rectification: '增设消毒柜', rectifyDue: day(18), location: { lat: 36.1949, lng: 117.089 } }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ rev: rev + 1, recordedBy: expect.stringContaining('陈踏勘'), location: { lat: 36.1949, lng: 117.089 }, can: { record: true, confirm: true } });
  });

  it('takes photos by content type and size: JPEG, PNG or WebP, once per picture', async () => {
    const pdf = await photo(id, c.inspector2 ?? '', PDF, 'fake.jpg');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().errors[0].path).toBe('file');
    const big = await photo(id, c.inspector2 ?? '', Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), 'big.png');
    expect([400, 413]).toContain(big.statusCode);
    const ok = await photo(id, c.inspector2 ?? '', PNG, '门头.png');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().photos).toHaveLength(1);
    const same = await photo(id, c.inspector2 ?? '', PNG, '门头-再传.png');
    expect(same.json().photos).toHaveLength(1);
    const img = await t.app.inject({ url: ok.json().photos[0].url, headers: { cookie: c.caseworker1 } });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
  });

  it('is final only when every assigned inspector confirmed the same version; a change voids the confirmations', async () => {
    let rev = (await inspection(id)).rev;
    const first = await h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector1, { expectedRev: rev });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('scheduled');
    expect(first.json().inspectors[0].confirmedAt).not.toBeNull();
    // inspector2 corrects a note: inspector1 must confirm again
    const edit = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector2, report(checklist, rev, { [checklist[2] ?? '']: '缺少消毒柜一台' }, { rectification: '增设消毒柜', rectifyDue: day(18) }));
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().inspectors.map((i: { confirmedAt: string | null }) => i.confirmedAt)).toEqual([null, null]);
    const old = await h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector2, { expectedRev: rev });
    expect(old.statusCode).toBe(409);
    rev = edit.json().rev;

    setDay(day(9));
    expect((await h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector2, { expectedRev: rev })).json().status).toBe('scheduled');
    expect((await caseView(caseNo)).status).toBe('paused');
    const last = await h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector1, { expectedRev: rev });
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json()).toMatchObject({ status: 'done', outcome: 'fail', finishedOn: day(9) });
    const after = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector1, report(checklist, rev));
    expect(after.statusCode).toBe(409);
  });

  it('ends the pause with the report: the clock is paused by exactly the inspection\'s working days', async () => {
    const view = await caseView(caseNo);
    expect(view.status).toBe('accepted');
    const pause = view.clock.pauses.find((p: { kind: string }) => p.kind === 'inspection');
    const days = cal.workingDaysBetween(day(2), day(9));
    expect(days).toBe(5);
    expect(pause).toMatchObject({ from: day(2), to: day(9), workingDays: days });
    expect(view.clock.pausedWorkingDays).toBe(days);
    expect(view.clock.promisedDue).toBe(cal.addWorkingDays(promisedBefore, days));
    expect(view.actions.at(-1)).toMatchObject({ type: 'end_pause', actorName: expect.stringContaining('陈踏勘') });
  });

  it('makes the report a numbered, signed document of the case with the results and both inspectors', async () => {
    const res = await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.applicant1);
    const report = (res.json().items as { type: string; number: string; title: string; url: string }[]).find((d) => d.type === 'inspection_report');
    expect(report).toMatchObject({ title: '现场踏勘报告', number: expect.stringMatching(new RegExp(`^泰审批勘字〔${day(9).slice(0, 4)}〕\\d+号$`)) });
    const pdf = await t.app.inject({ url: report?.url ?? '', headers: { cookie: c.applicant1 } });
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    for (const s of ['现场踏勘报告', '陈踏勘', '褚踏勘', '缺少消毒柜一台', '增设消毒柜', '不符合要求', '门头.png', caseNo]) expect(text).toContain(s);
    const verified = await h.multipart('/api/v1/documents/verify', undefined, {}, pdf.rawPayload, 'r.pdf');
    expect(verified.json()).toMatchObject({ valid: true, document: { type: 'inspection_report' } });
  });

  it('lets the reviewer ask for a re-inspection of the failed points after rectification, as a new round and a new pause', async () => {
    setDay(day(10));
    const again = await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo, reason: '整改后复查' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ round: 2, checklist: [checklist[2]] });
    const s = await h.call('POST', `/api/v1/inspections/${again.json().id}/schedule`, c.kancha1, { scheduledOn: day(11), address: '泰安市泰山区东岳大街 100 号', inspectorIds: [ids.inspector2, ids.inspector3], expectedRev: again.json().rev });
    expect(s.statusCode, s.body).toBe(200);
    expect((await caseView(caseNo)).clock.pauses).toHaveLength(2);
    Object.assign(round2, { caseNo, id: again.json().id });
  });
});

describe('the centre\'s board', () => {
  it('counts visits per inspector per day and lists reports overdue on the working calendar', async () => {
    // the re-inspection of day 11 (a Friday) has its report due 3 working days later (day 16, the Wednesday after)
    setDay(day(16));
    let board = (await h.call('GET', BOARD, c.kancha1)).json();
    expect(board.days.map((d: { date: string }) => d.date)).toEqual([day(4), day(5), day(6), day(7), day(8), day(9), day(10), day(11)]);
    expect(board.days[1].working).toBe(false);
    // this file's visits: what the board counts beyond the baseline
    const added = (name: string) => {
      const now = board.inspectors.find((i: { name: string }) => i.name.includes(name)).perDay as number[];
      const before = baseline.find((i) => i.name.includes(name))?.perDay ?? [];
      return now.map((n, d) => n - (before[d] ?? 0));
    };
    expect(added('陈踏勘')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(added('褚踏勘')).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    expect(added('卫踏勘')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    const mineOverdue = (b: { overdue: { caseNo: string; scheduledOn: string; reportDue: string }[] }) => b.overdue.filter((o) => o.scheduledOn === day(11));
    expect(mineOverdue(board)).toEqual([]);
    setDay(day(17));
    board = (await h.call('GET', BOARD, c.kancha1)).json();
    expect(mineOverdue(board)).toEqual([expect.objectContaining({ scheduledOn: day(11), reportDue: day(16) })]);
    expect((await h.call('GET', '/api/v1/inspections/board', c.inspector1)).statusCode).toBe(403);
  });

  it('lists the centre\'s work to the centre and each inspector\'s own tasks to them', async () => {
    const all = await h.call('GET', '/api/v1/inspections?status=requested,scheduled', c.kancha1);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.length).toBeGreaterThanOrEqual(2);
    const mine = (await h.call('GET', '/api/v1/inspections?scope=mine', c.inspector3)).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ round: 2, can: { record: true, confirm: false, schedule: false } });
    expect((await h.call('GET', '/api/v1/inspections', c.inspector3)).statusCode).toBe(403);
    const bad = await h.call('GET', '/api/v1/inspections?status=nope', c.kancha1);
    expect(bad.statusCode).toBe(400);
  });
});

describe('two inspectors confirming at once', () => {
  it('end the pause once, and a retried confirmation changes nothing', async () => {
    setDay(day(17));
    const { caseNo, id } = round2;
    const current = await inspection(id);
    const rec = await h.call('PUT', `/api/v1/inspections/${id}/report`, c.inspector3, report(current.checklist, current.rev));
    expect(rec.statusCode, rec.body).toBe(200);
    const rev = rec.json().rev;
    const both = await Promise.all([
      h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector2, { expectedRev: rev }),
      h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector3, { expectedRev: rev }),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    const view = await caseView(caseNo);
    expect(view.actions.filter((a: { type: string }) => a.type === 'end_pause')).toHaveLength(2);
    expect(view.status).toBe('accepted');
    expect(view.clock.pauses.every((p: { to: string | null }) => p.to !== null)).toBe(true);
    expect((await inspection(id)).outcome).toBe('pass');
    const retry = await h.call('POST', `/api/v1/inspections/${id}/confirm`, c.inspector3, { expectedRev: rev });
    expect(retry.statusCode).toBe(409);
    expect((await caseView(caseNo)).version).toBe(view.version);
  });
});

describe('cancelling', () => {
  it('a requested inspection frees the case for a new request; a scheduled one ends the pause without a report', async () => {
    setDay(day(17));
    const caseNo = await acceptedFoodCase();
    const first = (await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo, reason: '核查' })).json();
    const byInspector = await h.call('POST', `/api/v1/inspections/${first.id}/cancel`, c.inspector1, { reason: '不需要', expectedRev: first.rev });
    expect(byInspector.statusCode).toBe(403);
    const noReason = await h.call('POST', `/api/v1/inspections/${first.id}/cancel`, c.kancha1, { reason: ' ', expectedRev: first.rev });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const cancelled = await h.call('POST', `/api/v1/inspections/${first.id}/cancel`, c.kancha1, { reason: '申请人已搬迁，另行申请', expectedRev: first.rev });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '申请人已搬迁，另行申请', can: { cancel: false, schedule: false } });

    const second = (await h.call('POST', '/api/v1/inspections', c.caseworker1, { caseNo, reason: '核查新址' })).json();
    expect(second.round).toBe(2);
    const s = await h.call('POST', `/api/v1/inspections/${second.id}/schedule`, c.kancha1, { scheduledOn: day(18), address: '新址', inspectorIds: [ids.inspector1, ids.inspector2], expectedRev: second.rev });
    expect(s.statusCode, s.body).toBe(200);
    setDay(day(21));
    const stale = await h.call('POST', `/api/v1/inspections/${second.id}/cancel`, c.caseworker1, { reason: '不再需要', expectedRev: second.rev });
    expect(stale.statusCode).toBe(409);
    const ok = await h.call('POST', `/api/v1/inspections/${second.id}/cancel`, c.caseworker1, { reason: '不再需要', expectedRev: s.json().rev });
    expect(ok.statusCode, ok.body).toBe(200);
    const view = await caseView(caseNo);
    expect(view.status).toBe('accepted');
    expect(view.clock.pauses).toEqual([expect.objectContaining({ kind: 'inspection', from: day(17), to: day(21), workingDays: 2 })]);
    const docs = (await h.call('GET', `/api/v1/cases/${caseNo}/documents`, c.caseworker1)).json().items as { type: string }[];
    expect(docs.map((d) => d.type)).not.toContain('inspection_report');
    const again = await h.call('POST', `/api/v1/inspections/${second.id}/cancel`, c.caseworker1, { reason: '再取消', expectedRev: ok.json().rev });
    expect(again.statusCode).toBe(409);
  });
});
