/**
 * Fees (issue #20), the parts that followed the first landing: the item's rule for a late payment
 * (wait / surcharge / terminate) edited through the four-stage review and applied by the sweeper
 * exactly once under the service clock; the finance officer's refunds due; the service clock for
 * pages; and the fee figures of 大数据分析 (assessed, waived, collected, refunded per item and month)
 * checked against the fee records planted here, with their drill-down and Excel.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PaySim } from '../src/cli/pay-sim.js';
import { addCalendarDays, toShanghaiDate, WorkingCalendar } from '../src/domain/calendar.js';
import type { FeeLateRule } from '../src/domain/fees.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { feeApp } from './fees-fixture.js';
import { beijing, testEpoch, workingDayFrom, type TestContext } from './harness.js';

vi.setConfig({ testTimeout: 120_000 });
const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 3));
let now = beijing(DAY, '10:00');
let t: TestContext;
let sim: PaySim;
const USERS = ['applicant1', 'clerk1', 'chief6', 'director1', 'finance1', 'editor1', 'reviewer1', 'checker1', 'confirmer1'] as const;
const c = {} as Record<(typeof USERS)[number], string>;
const { call, act, submitted, item: itemNamed } = caseHelpers(() => t);
let forest: Item;

type Fee = { id: string; caseNo: string; status: string; amountFen: number; dueFen: number; payCode: string | null; deadline: string | null; surchargeFen: number; surchargeDays: number; lateRule: string; lateText: string; lapsedAt: string | null };


/** A 森林植被恢复费 case accepted, its fee assessed at `quantity` m² of 乔木林地 (10 元 a m²). */
async function assessedCase(quantity: number, waiverCode?: string): Promise<Fee> {
  const caseNo = await submitted(forest, c.applicant1);
  expect((await act(caseNo, c.clerk1, 'accept')).statusCode).toBe(200);
  const res = await call('POST', `/api/v1/cases/${caseNo}/fees`, c.chief6, { feeIndex: 0, option: 0, quantity, ...(waiverCode ? { waiverCode } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Fee;
}

const feeOf = async (f: Fee): Promise<Fee> => (await call('GET', `/api/v1/cases/${f.caseNo}/fees`, c.applicant1)).json().assessments.find((a: Fee) => a.id === f.id);

/** Move the service clock to `day` and run the fees sweeper there. */
async function sweepOn(day: string) {
  now = beijing(day, '09:00');
  return t.services.fees.sweep();
}

/** Give the forest fee a late rule through the four-stage review (编辑 → 审核 → 复核 → 确认). */
async function revise(late: unknown) {
  const item = (await call('GET', `/api/v1/catalog/items/${encodeURIComponent(forest.code)}`, undefined)).json();
  const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = item;
  const fees = data.fees.map((f: { terms: object }, i: number) => (i === 0 ? { ...f, terms: { ...f.terms, late } } : f));
  const draft = await call('POST', '/api/v1/catalog/versions', c.editor1, { data: { ...data, fees } });
  if (draft.statusCode !== 201) return draft;
  let v = draft.json();
  v = (await call('POST', `/api/v1/catalog/versions/${v.id}/submit`, c.editor1, { rev: v.rev })).json();
  for (const u of ['reviewer1', 'checker1', 'confirmer1'] as const) v = (await call('POST', `/api/v1/catalog/versions/${v.id}/pass`, c[u], { rev: v.rev })).json();
  expect(v.stage).toBe('confirmed');
  return draft;
}

const actionsOf = async (caseNo: string, type: string) => t.database.db.selectFrom('case_actions').select('seq').where('case_no', '=', caseNo).where('type', '=', type).execute();
const remindersOf = async (caseNo: string) => t.database.db.selectFrom('outbox').select('payload').where('topic', '=', 'fee.reminder').where('subject', '=', caseNo).execute();

beforeAll(async () => {
  ({ t, sim } = await feeApp(() => now));
  for (const u of USERS) c[u] = await t.login(u);
  forest = await itemNamed('森林植被恢复费征收');
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('service clock', () => {
  it('GET /clock answers the service clock, not the wall clock', async () => {
    const res = await call('GET', '/api/v1/clock', undefined);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ now: now.toISOString(), today: toShanghaiDate(now), timeZone: 'Asia/Shanghai' });
  });
});

describe('late payment rules', () => {
  const planted: Fee[] = [];
  afterAll(() => {
    now = beijing(DAY, '10:00');
  });

  it("'wait' (terms without a rule): 逾期未缴, a reminder on the first day late and every 7 days, once a day", async () => {
    const fee = await assessedCase(2);
    planted.push(fee);
    expect(fee.lateRule).toBe('wait');
    const deadline = fee.deadline ?? '';
    await sweepOn(addCalendarDays(deadline, 1));
    await t.services.fees.sweep();
    expect((await feeOf(fee)).status).toBe('overdue');
    const before = (await remindersOf(fee.caseNo)).length;
    await sweepOn(addCalendarDays(deadline, 5));
    expect((await remindersOf(fee.caseNo)).length).toBe(before);
    await sweepOn(addCalendarDays(deadline, 8));
    await t.services.fees.sweep();
    expect((await remindersOf(fee.caseNo)).length).toBe(before + 1);
    // still payable, and the case still waits for it
    expect((await feeOf(fee)).surchargeFen).toBe(0);
    expect((await call('GET', `/api/v1/cases/${fee.caseNo}`, c.applicant1)).json().status).toBe('accepted');
    now = beijing(DAY, '10:00');
  });

  it('a late rule is edited through the four-stage review; a bad one is refused naming its field', async () => {
    const bad = await revise({ kind: 'surcharge', dailyPermyriad: 5000, basis: '《中华人民共和国行政强制法》第四十五条' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('data.fees.0.terms.late.dailyPermyriad');
    const ok = await revise({ kind: 'surcharge', dailyPermyriad: 300, basis: '《山东省非税收入管理条例》' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().changes.map((x: { path: string }) => x.path).join(' ')).toContain('fees');
    const published = (await call('GET', `/api/v1/catalog/items/${encodeURIComponent(forest.code)}`, undefined)).json();
    expect(published.fees[0].terms.late).toEqual({ kind: 'surcharge', dailyPermyriad: 300, basis: '《山东省非税收入管理条例》' });
  });

  it("'surcharge': 滞纳金 for the days late, set once a day, never above the amount due (行政强制法 第四十五条)", async () => {
    const fee = await assessedCase(2); // 20.00 元
    planted.push(fee);
    expect(fee.lateRule).toBe('surcharge');
    expect(fee.lateText).toContain('万分之300');
    const deadline = fee.deadline ?? '';
    await sweepOn(deadline);
    expect((await feeOf(fee)).surchargeFen).toBe(0);
    const first = await sweepOn(addCalendarDays(deadline, 10));
    expect(first.surcharged).toBeGreaterThanOrEqual(1);
    const again = await t.services.fees.sweep();
    expect(again.surcharged).toBe(0); // the same day: nothing twice
    // 2000 fen × 3% × 10 days = 600 fen
    expect(await feeOf(fee)).toMatchObject({ status: 'overdue', surchargeFen: 600, surchargeDays: 10 });
    await sweepOn(addCalendarDays(deadline, 50));
    expect(await feeOf(fee)).toMatchObject({ surchargeFen: 2000, surchargeDays: 50 }); // capped at the principal
    const pdf = await call('GET', `/api/v1/fees/${fee.id}/notice.pdf`, c.applicant1);
    expect(pdf.statusCode).toBe(200);
    now = beijing(DAY, '10:00');
  });

  it("'terminate': after the grace days the application ends as withdrawn, once, with a notice; the fee is cancelled", async () => {
    expect((await revise({ kind: 'terminate', graceDays: 2 })).statusCode).toBe(201);
    await consumeOnce(t.database.db, t.services.notices.service.consumer());
    const fee = await assessedCase(3);
    planted.push(fee);
    expect(fee.lateText).toContain('后2日仍未缴纳的，视为撤回申请');
    const deadline = fee.deadline ?? '';
    await sweepOn(addCalendarDays(deadline, 2));
    expect((await feeOf(fee)).status).toBe('overdue');
    expect((await call('GET', `/api/v1/cases/${fee.caseNo}`, c.applicant1)).json().status).toBe('accepted');
    const lapsed = await sweepOn(addCalendarDays(deadline, 3));
    expect(lapsed.lapsed).toBeGreaterThanOrEqual(1);
    expect((await t.services.fees.sweep()).lapsed).toBe(0);
    expect(await actionsOf(fee.caseNo, 'fee_lapse')).toHaveLength(1);
    expect((await call('GET', `/api/v1/cases/${fee.caseNo}`, c.applicant1)).json().status).toBe('withdrawn');
    const after = await feeOf(fee);
    expect(after.status).toBe('cancelled');
    expect(after.lapsedAt).not.toBeNull();
    const notice = () => t.database.db.selectFrom('notices').select(['template', 'body']).where('case_no', '=', fee.caseNo).where('template', '=', 'fee_lapsed').executeTakeFirst();
    await vi.waitFor(
      async () => {
        await consumeOnce(t.database.db, t.services.notices.service.consumer());
        expect(await notice()).toBeDefined();
      },
      { timeout: 20_000, interval: 100 },
    );
    expect((await notice())?.body).toContain('视为撤回申请');
    now = beijing(DAY, '10:00');
  });
});

describe('refunds due and fee analytics', () => {
  const expected = { assessed: { count: 0, fen: 0 }, waived: { count: 0, fen: 0 }, collected: { count: 0, fen: 0 }, refunded: { count: 0, fen: 0 } };
  let refundId = '';

  it('plants paid, refunded and waived fees; the finance officer sees the refund due and makes it', async () => {
    expect((await revise({ kind: 'wait', remindEveryDays: 7 })).statusCode).toBe(201);
    // the three fees of the late-rule tests: 20, 20 and 30 元 assessed (the terminated one too)
    const existing = await t.database.db.selectFrom('fee_assessments').select(['amount_fen', 'waived_fen', 'paid_fen', 'refund_fen']).where('item_code', '=', forest.code).execute();
    expected.assessed = { count: existing.length, fen: existing.reduce((n, r) => n + Number(r.amount_fen), 0) };
    const paid = await assessedCase(5); // 50 元, paid
    await sim.pay(paid.payCode ?? '');
    const refunded = await assessedCase(7); // 70 元, paid, withdrawn, refunded
    await sim.pay(refunded.payCode ?? '');
    const waived = await assessedCase(11, 'SL-RURAL'); // 110 元, fully waived by the director
    expect((await call('POST', `/api/v1/fees/${waived.id}/waiver/approve`, c.director1)).statusCode).toBe(200);
    await vi.waitFor(async () => expect((await feeOf(refunded)).status).toBe('paid'), { timeout: 20_000, interval: 100 });
    await vi.waitFor(async () => expect((await feeOf(paid)).status).toBe('paid'), { timeout: 20_000, interval: 100 });
    expect((await act(refunded.caseNo, c.applicant1, 'withdraw', { reason: '项目取消' })).statusCode).toBe(200);

    expect((await call('GET', '/api/v1/fees/refunds-due', c.chief6)).statusCode).toBe(403);
    const due = (await call('GET', '/api/v1/fees/refunds-due', c.finance1)).json();
    expect(due.items.map((a: Fee) => a.id)).toEqual([refunded.id]);
    expect(due.items[0].caseStatus).toBe('withdrawn');
    refundId = refunded.id;
    const done = await call('POST', `/api/v1/fees/${refundId}/refund`, c.finance1, { reason: '申请人撤回申请' });
    expect(done.statusCode, done.body).toBe(200);
    expect((await call('GET', '/api/v1/fees/refunds-due', c.finance1)).json().items).toEqual([]);

    expected.assessed.count += 3;
    expected.assessed.fen += 5000 + 7000 + 11000;
    expected.collected = { count: 2, fen: 12000 };
    expected.refunded = { count: 1, fen: 7000 };
    expected.waived = { count: 1, fen: 11000 };
  });

  it('the figures equal the planted fee records, in total, per month and per item; the drill-down lists them', async () => {
    const q = `item=${encodeURIComponent(forest.code)}&from=2020-01-01&to=2099-12-31`;
    expect((await call('GET', `/api/v1/analytics/fees?${q}`, c.applicant1)).statusCode).toBe(403);
    const res = await call('GET', `/api/v1/analytics/fees?${q}`, c.finance1);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.totals).toEqual(expected);
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ itemCode: forest.code, itemName: '森林植被恢复费征收', figures: expected });
    // months add up to the totals; the assessments are in the month of the service clock's day
    for (const k of ['assessed', 'waived', 'collected', 'refunded'] as const)
      expect(d.months.reduce((n: number, m: { figures: typeof expected }) => n + m.figures[k].fen, 0)).toBe(expected[k].fen);
    expect(d.months.find((m: { month: string }) => m.month === DAY.slice(0, 7)).figures.assessed).toEqual(expected.assessed);
    // the director reads the same (analytics.read); the section chief of another division sees nothing of it
    expect((await call('GET', `/api/v1/analytics/fees?${q}`, c.director1)).json().totals).toEqual(expected);

    const drill = (await call('GET', `/api/v1/analytics/fees/records?${q}&figure=refunded`, c.finance1)).json();
    expect(drill).toMatchObject({ figure: 'refunded', name: '退费', total: 1, sumFen: 7000 });
    expect(drill.items[0]).toMatchObject({ assessmentId: refundId, amountFen: 7000, status: 'refunded', statusName: '已退费' });
    const page = (await call('GET', `/api/v1/analytics/fees/records?${q}&figure=assessed&pageSize=2`, c.finance1)).json();
    expect([page.total, page.sumFen, page.items.length]).toEqual([expected.assessed.count, expected.assessed.fen, 2]);
    const bad = await call('GET', `/api/v1/analytics/fees/records?${q}&figure=owed`, c.finance1);
    expect([bad.statusCode, bad.json().errors[0].path]).toEqual([400, 'querystring.figure']);
  });

  it('exports the drill-down list to Excel with its total', async () => {
    const res = await call('GET', `/api/v1/analytics/fees/export?item=${encodeURIComponent(forest.code)}&from=2020-01-01&to=2099-12-31&figure=collected`, c.director1);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('收费实收'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('实收');
    expect(ws?.rowCount).toBe(1 + 2 + 1);
    expect(ws?.getRow(4).getCell(1).value).toBe('合计');
    expect(ws?.getRow(4).getCell(5).value).toBe(120);
  });
});
