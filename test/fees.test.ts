/**
 * Fees (issue #20) end to end against the payment platform stand-in (`shenpi pay-sim`, started in
 * process, which checks our signed requests with its own HMAC implementation; its callbacks reach
 * the app over HTTP and are verified with the `standardwebhooks` package): assessment at the
 * decision step, the 缴款通知书, payment on the platform, the callback recorded once, the e-receipt,
 * a replayed, forged or mismatched callback, a waiver that needs the director, reconciliation
 * with three planted mismatches, the decision waiting for payment, a refund.
 */
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PaySim } from '../src/cli/pay-sim.js';
import { addCalendarDays, toShanghaiDate, WorkingCalendar } from '../src/domain/calendar.js';
import { signedHeaders } from '../src/server/modules/fees/fees.client.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { feeApp, PAY_SECRET } from './fees-fixture.js';
import { beijing, testEpoch, workingDayFrom, type TestContext } from './harness.js';

vi.setConfig({ testTimeout: 120_000 });
const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 3));
let now = beijing(DAY, '10:00');
let t: TestContext;
let sim: PaySim;
let base = '';
const USERS = ['applicant1', 'clerk1', 'chief6', 'director1', 'finance1'] as const;
const c = {} as Record<(typeof USERS)[number], string>;
const { call, act, submitted, item: itemNamed } = caseHelpers(() => t);
let forest: Item;

type Fee = { id: string; status: string; amountFen: number; dueFen: number; waivedFen: number; payCode: string | null; orderNo: string | null; payUrl: string | null; deadline: string | null; receiptNo: string | null; dueCapital: string };


/** A 森林植被恢复费 case accepted and ready for the decision step (chief6's division, TA-D09). */
async function acceptedCase(): Promise<string> {
  const caseNo = await submitted(forest, c.applicant1);
  const accepted = await act(caseNo, c.clerk1, 'accept');
  expect(accepted.statusCode, accepted.body).toBe(200);
  return caseNo;
}

async function assess(caseNo: string, cookie: string, body: object) {
  return call('POST', `/api/v1/cases/${caseNo}/fees`, cookie, body);
}

const callbacks = (orderNo: string) => sim.callbacks.filter((x) => x.orderNo === orderNo);
const postCallback = (body: string, headers: Record<string, string>) => fetch(`${base}/api/v1/fees/callback`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

beforeAll(async () => {
  ({ t, sim, base } = await feeApp(() => now));
  for (const u of USERS) c[u] = await t.login(u);
  forest = await itemNamed('森林植被恢复费征收');
  c.finance1 = await t.login('finance1');
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('signatures', () => {
  it('our requests verify with the standardwebhooks package, and the stand-in refuses a wrong secret', async () => {
    const body = '{"orderNo":"X"}';
    const h = signedHeaders(PAY_SECRET, body);
    expect(() => new Webhook(PAY_SECRET).verify(body, h)).not.toThrow();
    expect(() => new Webhook(PAY_SECRET).verify(`${body} `, h)).toThrow();
    const res = await fetch(`${sim.url}/api/orders/X`, { headers: { 'x-merchant-id': 'TA-SPJ', ...signedHeaders('whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==', '') } });
    expect(res.status).toBe(401);
  });
});

describe('a fee item from assessment to receipt', () => {
  let caseNo = '';
  let fee: Fee;

  it('shows the fee and how it is computed; the decision waits for the assessment', async () => {
    caseNo = await acceptedCase();
    const fees = (await call('GET', `/api/v1/cases/${caseNo}/fees`, c.applicant1)).json();
    expect(fees.status).toBe('待缴费');
    expect(fees.fees[0].computation).toContain('郁闭度0.2以上的乔木林地每平方米10元');
    await act(caseNo, c.chief6, 'submit_opinion', { opinion: '同意' });
    const early = await act(caseNo, c.chief6, 'approve', { opinion: '准予' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'FEE.UNSETTLED']);
  });

  it('only the decision step assesses; bad input names the field, nothing written', async () => {
    expect((await assess(caseNo, c.applicant1, { feeIndex: 0, option: 0, quantity: 100 })).statusCode).toBe(403);
    expect((await assess(caseNo, c.clerk1, { feeIndex: 0, option: 0, quantity: 100 })).statusCode).toBe(403);
    const bad = await assess(caseNo, c.chief6, { feeIndex: 0, option: 9, quantity: 100 });
    expect([bad.statusCode, bad.json().errors[0].path]).toEqual([400, 'option']);
    const decimals = await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 1.234 });
    expect([decimals.statusCode, decimals.json().errors[0].path]).toEqual([400, 'quantity']);
    const noFee = await assess(caseNo, c.chief6, { feeIndex: 3, option: 0, quantity: 1 });
    expect([noFee.statusCode, noFee.json().errors[0].path]).toEqual([400, 'feeIndex']);
    expect((await call('GET', `/api/v1/cases/${caseNo}/fees`, c.chief6)).json().assessments).toEqual([]);
  });

  it('the officer confirms the amount; the order gets its 缴款码; the case log and the applicant are told', async () => {
    const res = await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 100.52 });
    expect(res.statusCode, res.body).toBe(200);
    fee = res.json();
    expect(fee).toMatchObject({ status: 'unpaid', amountFen: 100520, dueFen: 100520, dueCapital: '壹仟零伍元贰角' });
    expect(fee.payCode).toMatch(/^\d{14}$/);
    expect(fee.deadline).toBe(addCalendarDays(DAY, 15));
    expect(sim.orders.get(fee.orderNo ?? '')?.amount).toBe('1005.20');
    const again = await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 1 });
    expect([again.statusCode, again.json().code]).toEqual([409, 'FEE.ALREADY_ASSESSED']);
    const log = (await call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json();
    expect(JSON.stringify(log)).toContain('assess_fee');
  });

  it('prints the 缴款通知书 for the applicant, not for a stranger', async () => {
    const pdf = await call('GET', `/api/v1/fees/${fee.id}/notice.pdf`, c.applicant1);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('GET', `/api/v1/fees/${fee.id}/notice.pdf`, c.finance1)).statusCode).toBe(404);
  });

  it('the applicant pays on the platform; the signed callback records it once and the receipt is kept', async () => {
    const page = await fetch(fee.payUrl ?? '');
    expect(await page.text()).toContain('1005.20');
    const paid = await fetch(fee.payUrl ?? '', { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(callbacks(fee.orderNo ?? '').map((x) => x.status)).toEqual([200]);
    const after = (await call('GET', `/api/v1/cases/${caseNo}/fees`, c.applicant1)).json();
    expect(after.status).toBe('已缴费');
    expect(after.assessments[0]).toMatchObject({ status: 'paid', paidFen: 100520 });
    const receipt = await call('GET', `/api/v1/fees/${fee.id}/receipt.pdf`, c.applicant1);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.rawPayload.toString('latin1')).toContain('%PDF-');
    const paidActions = await t.database.db.selectFrom('case_actions').select('type').where('case_no', '=', caseNo).where('type', '=', 'fee_paid').execute();
    expect(paidActions).toHaveLength(1);
  });

  it('a replayed callback does nothing twice', async () => {
    const first = callbacks(fee.orderNo ?? '')[0];
    if (!first) throw new Error('no callback');
    const replay = await postCallback(first.body, first.headers);
    expect([replay.status, await replay.json()]).toEqual([200, { result: 'duplicate' }]);
    // the same payment told again under a new message id is recorded as ignored, not applied
    const resent = await postCallback(first.body, sim.sign(first.body));
    expect(await resent.json()).toEqual({ result: 'ignored' });
    const paidActions = await t.database.db.selectFrom('case_actions').select('type').where('case_no', '=', caseNo).where('type', '=', 'fee_paid').execute();
    expect(paidActions).toHaveLength(1);
  });

  it('the decision follows payment', async () => {
    const approved = await act(caseNo, c.chief6, 'approve', { opinion: '准予' });
    expect(approved.statusCode, approved.body).toBe(200);
  });
});

describe('forged and mismatched callbacks', () => {
  it('a forged callback is refused and flagged; an amount that differs is refused, flagged, and nothing recorded', async () => {
    const caseNo = await acceptedCase();
    const fee = (await assess(caseNo, c.chief6, { feeIndex: 0, option: 2, quantity: 10 })).json() as Fee;
    expect(fee.dueFen).toBe(3000);
    const body = JSON.stringify({ type: 'payment.succeeded', orderNo: fee.orderNo, payCode: fee.payCode, amount: '30.00', paidAt: new Date().toISOString(), tradeNo: 'T-FORGED', receiptNo: 'R-FORGED' });
    // signed with a secret that is not the merchant's
    const forged = await postCallback(body, signedHeaders('whsec_Zm9yZ2VkLXNlY3JldC1mb3JnZWQtc2VjcmV0', body));
    expect(forged.status).toBe(401);
    const short = JSON.stringify({ type: 'payment.succeeded', orderNo: fee.orderNo, payCode: fee.payCode, amount: '0.30', paidAt: new Date().toISOString(), tradeNo: 'T-SHORT', receiptNo: 'R-SHORT' });
    const mismatch = await postCallback(short, sim.sign(short));
    expect(mismatch.status).toBe(409);
    expect(((await mismatch.json()) as { code: string }).code).toBe('FEE.AMOUNT_MISMATCH');
    const after = (await call('GET', `/api/v1/cases/${caseNo}/fees`, c.applicant1)).json();
    expect(after.assessments[0].status).toBe('unpaid');
    const flags = (await call('GET', '/api/v1/fees/flags?open=true', c.finance1)).json().items as { kind: string; orderNo: string }[];
    expect(flags.filter((f) => f.orderNo === fee.orderNo).map((f) => f.kind).sort()).toEqual(['amount_mismatch', 'forged_callback']);
    expect((await call('GET', '/api/v1/fees/flags', c.chief6)).statusCode).toBe(403);
  });
});

describe('waivers', () => {
  it('a waiver waits for the director; the assessor cannot approve it; a full waiver settles the fee', async () => {
    const caseNo = await acceptedCase();
    const unknown = await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 50, waiverCode: 'NOPE' });
    expect([unknown.statusCode, unknown.json().errors[0].path]).toEqual([400, 'waiverCode']);
    const fee = (await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 50, waiverCode: 'SL-RURAL' })).json() as Fee;
    expect(fee).toMatchObject({ status: 'waiver_pending', payCode: null });
    await act(caseNo, c.chief6, 'submit_opinion', { opinion: '同意' });
    expect((await act(caseNo, c.chief6, 'approve', { opinion: '准予' })).json().code).toBe('FEE.UNSETTLED');
    expect((await call('POST', `/api/v1/fees/${fee.id}/waiver/approve`, c.chief6)).statusCode).toBe(403);
    const ok = await call('POST', `/api/v1/fees/${fee.id}/waiver/approve`, c.director1);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'waived', waivedFen: 50000, dueFen: 0 });
    expect((await call('POST', `/api/v1/fees/${fee.id}/waiver/approve`, c.director1)).json().code).toBe('FEE.NOT_PENDING_WAIVER');
    expect((await act(caseNo, c.chief6, 'approve', { opinion: '准予' })).statusCode).toBe(200);
  });
});

describe('reconciliation', () => {
  it('finds three planted mismatches, once, and the finance officer works them', async () => {
    const today = toShanghaiDate(new Date());
    // two payments recorded today: one the platform leaves out, one whose amount it states differently
    const a = (await assess(await acceptedCase(), c.chief6, { feeIndex: 0, option: 1, quantity: 1 })).json() as Fee;
    const b = (await assess(await acceptedCase(), c.chief6, { feeIndex: 0, option: 1, quantity: 2 })).json() as Fee;
    await sim.pay(a.payCode ?? '');
    await sim.pay(b.payCode ?? '');
    sim.omit(a.orderNo ?? '');
    sim.plant(today, { orderNo: b.orderNo ?? '', payCode: b.payCode ?? '', amount: '12.01' });
    // and one the platform collected that Shenpi never recorded (a lost order)
    sim.plant(today, { orderNo: 'TA-LOST-ORDER', payCode: '37090000000099', amount: '88.00' });
    // b also appears with its true amount: the statement has it twice, which the import refuses by line
    const bad = await call('POST', '/api/v1/fees/statements', c.finance1, { day: today });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toContain('订单号重复');
    // the platform's file as it should be: b's line only once, with the differing amount
    const statement = [
      'day,orderNo,payCode,amount,paidAt,tradeNo,receiptNo',
      `${today},${b.orderNo},${b.payCode},12.01,${today}T10:00:00+08:00,T1,R1`,
      `${today},TA-LOST-ORDER,37090000000099,88.00,${today}T10:00:00+08:00,T2,R2`,
    ].join('\n');
    const imported = await call('POST', '/api/v1/fees/statements', c.finance1, { day: today, csv: statement });
    expect(imported.statusCode, imported.body).toBe(200);
    const flags = ((await call('GET', '/api/v1/fees/flags?open=true', c.finance1)).json().items as { id: string; kind: string; orderNo: string; statementDay: string | null }[]).filter((f) => f.statementDay === today);
    const found = flags.map((f) => `${f.kind}:${f.orderNo}`).sort();
    expect(found).toEqual(expect.arrayContaining([`amount_differs:${b.orderNo}`, 'not_recorded:TA-LOST-ORDER', `not_paid:${a.orderNo}`]));
    // the same day again finds nothing new
    await call('POST', '/api/v1/fees/statements', c.finance1, { day: today, csv: statement });
    const again = ((await call('GET', '/api/v1/fees/flags?open=true', c.finance1)).json().items as { statementDay: string | null }[]).filter((f) => f.statementDay === today);
    expect(again).toHaveLength(flags.length);
    const lost = flags.find((f) => f.orderNo === 'TA-LOST-ORDER');
    const closed = await call('POST', `/api/v1/fees/flags/${lost?.id}/resolve`, c.finance1, { action: 'confirm', note: '经核实为线下缴款，已另行入账' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await call('POST', `/api/v1/fees/flags/${lost?.id}/resolve`, c.finance1, { action: 'confirm', note: '再次' })).json().code).toBe('FEE.FLAG_RESOLVED');
    const badCsv = await call('POST', '/api/v1/fees/statements', c.finance1, { day: today, csv: 'day,orderNo,payCode,amount,paidAt,tradeNo,receiptNo\n2020-01-01,X,Y,1.5,a,b,c' });
    expect(badCsv.json().errors.map((e: { path: string }) => e.path)).toEqual(['csv.2.day', 'csv.2.amount']);
  });
});

describe('refunds', () => {
  it('a paid fee of a withdrawn case is refunded through the platform; an open case is not refundable', async () => {
    const caseNo = await acceptedCase();
    const fee = (await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 1 })).json() as Fee;
    await sim.pay(fee.payCode ?? '');
    expect((await call('POST', `/api/v1/fees/${fee.id}/refund`, c.finance1, { reason: '申请人撤回' })).json().code).toBe('FEE.NOT_REFUNDABLE');
    expect((await act(caseNo, c.applicant1, 'withdraw', { reason: '项目取消' })).statusCode).toBe(200);
    const refunded = await call('POST', `/api/v1/fees/${fee.id}/refund`, c.finance1, { reason: '申请人撤回' });
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect(refunded.json().status).toBe('refunded');
    expect(sim.orders.get(fee.orderNo ?? '')?.status).toBe('refunded');
  });
});

describe('payment deadline', () => {
  it('reminds the applicant 3 days before the deadline, once a day; past it the fee is overdue', async () => {
    // the notices consumer starts reading at its first pass
    await consumeOnce(t.database.db, t.services.notices.service.consumer());
    const caseNo = await acceptedCase();
    const fee = (await assess(caseNo, c.chief6, { feeIndex: 0, option: 0, quantity: 2 })).json() as Fee;
    const deadline = fee.deadline ?? '';
    expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const before = now;
    try {
      now = beijing(addCalendarDays(deadline, -3), '09:00');
      const first = await t.services.fees.sweep();
      expect(first.reminded).toBeGreaterThanOrEqual(1);
      const reminders = () => t.database.db.selectFrom('outbox').select('payload').where('topic', '=', 'fee.reminder').where('subject', '=', caseNo).execute();
      expect(await reminders()).toHaveLength(1);
      await t.services.fees.sweep();
      expect(await reminders()).toHaveLength(1); // once a day
      // the applicant's inbox and SMS: the amount, the 缴款码, the deadline
      const reminder = () => t.database.db.selectFrom('notices').select(['template', 'body']).where('case_no', '=', caseNo).where('template', '=', 'fee_reminder').executeTakeFirst();
      await vi.waitFor(
        async () => {
          await consumeOnce(t.database.db, t.services.notices.service.consumer());
          expect(await reminder()).toBeDefined();
        },
        { timeout: 20_000, interval: 100 },
      );
      const notice = await reminder();
      expect(notice?.body).toContain(fee.payCode ?? '—');
      expect(notice?.body).toContain(deadline);
      expect(notice?.body).toContain('尚未缴纳');

      now = beijing(addCalendarDays(deadline, 1), '09:00');
      expect((await t.services.fees.sweep()).overdue).toBeGreaterThanOrEqual(1);
      expect((await call('GET', `/api/v1/cases/${caseNo}/fees`, c.applicant1)).json().assessments[0].status).toBe('overdue');
    } finally {
      now = before;
    }
  });
});
