/**
 * Fees (收费, issue #20, docs/adr/0022-fees.md): the officer confirms a fee's amount at the step the
 * catalog names (受理 or 决定), a waiver (减免) waits for its approver, the order goes to the
 * unified public payment platform which answers the 缴款码; the platform's signed callback records
 * the payment once (a replay does nothing, a forged or mismatched one is refused and flagged), the
 * e-receipt (财政电子票据) is kept; the finance officer imports the daily statement (对账单) and works
 * the mismatches; refunds follow a withdrawal or refusal. Each step is an action on the case log.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { chineseDate, toShanghaiDate } from '../../../domain/calendar.js';
import { FINAL_STATUSES } from '../../../domain/case.js';
import type { CatalogItem } from '../../../domain/catalog.js';
import {
  capitalAmount,
  computeFee,
  daysLate,
  decimalToFen,
  DEFAULT_LATE_RULE,
  describeFeeRule,
  describeLateRule,
  feeFigures,
  FeeInputError,
  feeLateRuleSchema,
  FEE_STATUSES,
  feeTermsSchema,
  fenToDecimal,
  formatYuan,
  MISMATCH_KINDS,
  paymentDeadline,
  reconcile,
  reminderDays,
  surchargeFen,
  type FeeInput,
  type FeeLateRule,
  type FeeStatus,
  type FeeTerms,
  type StatementLine,
} from '../../../domain/fees.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorizeUser, requireUser, type Actor, type UserActor } from '../../platform/auth.js';
import type { Db, Executor, Trx } from '../../platform/db.js';
import type { FeeFlagKind } from '../../platform/db-types-fees.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { BUREAU_NAME, renderPdf } from '../../platform/pdf.js';
import type { CaseCommandsService } from '../cases/case-commands.service.js';
import type { CaseQueriesService } from '../cases/case-queries.service.js';
import { paymentCallbackSchema, PayPlatformClient, verifySigned, type PayPlatformConfig, type PlatformOrder } from './fees.client.js';

export interface FeesDeps {
  db: Db;
  caseCommands: CaseCommandsService;
  caseQueries: CaseQueriesService;
  now: () => Date;
  log: Logger;
  /** the payment platform; null: fees are assessed but cannot be paid online */
  platform: PayPlatformConfig | null;
  publicUrl: string;
}

/** What the officer asks for: which fee of the item, the computing input, and a waiver to apply for. */
export interface AssessInput extends FeeInput {
  feeIndex: number;
  waiverCode?: string | null;
}

/** The statement file's header (docs/adr/0022-fees.md § 对账单). */
export const STATEMENT_HEADER = 'day,orderNo,payCode,amount,paidAt,tradeNo,receiptNo';

type AssessmentRow = Awaited<ReturnType<typeof loadAssessment>>;

async function loadAssessment(ex: Executor, id: string) {
  return ex.selectFrom('fee_assessments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The fees of cases, their payment and reconciliation. */
export class FeesService {
  private readonly client: PayPlatformClient | null;

  constructor(private readonly d: FeesDeps) {
    this.client = d.platform ? new PayPlatformClient(d.platform) : null;
  }

  private platform(): PayPlatformClient {
    if (!this.client) throw conflict('FEE.PLATFORM_OFF', '未接入统一公共支付平台（SHENPI_PAY_URL），不能生成缴款码');
    return this.client;
  }

  private today(): string {
    return toShanghaiDate(this.d.now());
  }

  /** The fees an item charges with structured terms, by their place in the list. */
  private termsOf(item: Pick<CatalogItem, 'fees'>, feeIndex: number): { name: string; basis: string; terms: FeeTerms } {
    const fee = item.fees[feeIndex];
    if (!fee) throw badRequest('FEE.NOT_CHARGED', '该事项没有这项收费', [{ path: 'feeIndex', message: `该事项只有 ${item.fees.length} 项收费` }]);
    const terms = fee.terms ? feeTermsSchema.safeParse(fee.terms) : null;
    if (!terms?.success) throw conflict('FEE.NO_RULE', `“${fee.name}”在事项目录中没有计费规则，请先经四级审核补充`);
    return { name: fee.name, basis: fee.basis, terms: terms.data };
  }

  // ------------------------------------------------------------------ assessment

  /**
   * 核定收费: the officer at the step the catalog names (受理: the window; 决定: the reviewer or the
   * decider of the item's division) confirms the amount. Without a waiver the order is created on the
   * platform at once and the applicant told the 缴款码; with one, it waits for the approver.
   */
  async assess(actor: Actor, caseNo: string, input: AssessInput) {
    const user = requireUser(actor);
    const c = await this.d.caseQueries.feeContext(user, caseNo);
    const fee = this.termsOf(c.item, input.feeIndex);
    const duty = fee.terms.dueAt === 'acceptance' ? (['accept'] as const) : (['submit_opinion', 'approve'] as const);
    if (!(await this.d.caseQueries.mayTakeAny(user, caseNo, duty)))
      throw forbidden(fee.terms.dueAt === 'acceptance' ? '该收费在受理时核定，由受理该事项的窗口人员办理' : '该收费在决定时核定，由该事项承办科室的审查或决定人员办理');
    let amountFen: number;
    try {
      amountFen = computeFee(fee.terms.rule, input);
    } catch (err) {
      if (err instanceof FeeInputError) throw badRequest('FEE.INPUT_INVALID', err.message, [{ path: err.field, message: err.message }]);
      throw err;
    }
    const waiver = input.waiverCode ? fee.terms.waivers.find((w) => w.code === input.waiverCode) : null;
    if (input.waiverCode && !waiver) throw badRequest('FEE.WAIVER_UNKNOWN', '该收费项目没有这项减免', [{ path: 'waiverCode', message: `没有减免 ${input.waiverCode}` }]);
    const live = await this.d.db.selectFrom('fee_assessments').select('id').where('case_no', '=', caseNo).where('fee_index', '=', input.feeIndex).where('status', '<>', 'cancelled').executeTakeFirst();
    if (live) throw conflict('FEE.ALREADY_ASSESSED', `“${fee.name}”已经核定`);
    const id = crypto.randomUUID();
    const figures = feeFigures(amountFen, null);
    const payable = !waiver && figures.dueFen > 0;
    const order = payable ? await this.createOrder(id, caseNo, c, fee, figures.dueFen) : null;
    const now = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('fee_assessments')
        .values({
          id,
          case_no: caseNo,
          fee_index: input.feeIndex,
          fee_name: fee.name,
          basis: fee.basis,
          item_code: c.item.code,
          due_at: fee.terms.dueAt,
          rule: JSON.stringify(fee.terms.rule),
          late_rule: JSON.stringify(fee.terms.late),
          input: JSON.stringify({ option: input.option ?? null, quantity: input.quantity ?? null, amountFen: input.amountFen ?? null }),
          amount_fen: amountFen,
          waiver_code: waiver?.code ?? null,
          waiver_name: waiver?.name ?? null,
          waiver_percent: waiver?.percent ?? null,
          waiver_approver_role: waiver?.approverRole ?? null,
          waived_fen: 0,
          due_fen: figures.dueFen,
          payee: fee.terms.payee,
          status: waiver ? 'waiver_pending' : figures.dueFen > 0 ? 'unpaid' : 'waived',
          assessed_by: user.userId,
          assessed_by_name: user.displayName,
          assessed_at: now,
          ...this.orderColumns(order?.order ?? null, order?.deadline ?? null),
          created_at: now,
        })
        .execute()
        .catch((err: unknown) => {
          if (err instanceof Error && /fee_assessments_live|duplicate key/.test(err.message)) throw conflict('FEE.ALREADY_ASSESSED', `“${fee.name}”已经核定`);
          throw err;
        });
      await this.d.caseCommands.appendFeeAction(
        trx,
        caseNo,
        'assess_fee',
        { assessmentId: id, feeName: fee.name, amountFen, waiverCode: waiver?.code ?? null, dueFen: figures.dueFen, payCode: order?.order.payCode ?? null, deadline: order?.deadline ?? null },
        user,
      );
    });
    return this.view(await this.row(id));
  }

  private orderColumns(order: PlatformOrder | null, deadline: string | null) {
    return order ? { order_no: order.orderNo, pay_code: order.payCode, pay_url: order.payUrl, notice_day: this.today(), deadline } : {};
  }

  /** The order on the platform, for the amount due, with the payment deadline counted from today. */
  private async createOrder(id: string, caseNo: string, c: { item: CatalogItem; applicantName: string }, fee: { name: string; terms: FeeTerms }, dueFen: number) {
    const deadline = paymentDeadline(this.today(), fee.terms.payWithinDays);
    const order = await this.platform().createOrder({
      orderNo: orderNoOf(id),
      amountFen: dueFen,
      payer: c.applicantName,
      itemName: c.item.name,
      feeName: fee.name,
      deadline,
      notifyUrl: `${this.d.publicUrl}/api/v1/fees/callback`,
      returnUrl: `${this.d.publicUrl}/my/cases/${encodeURIComponent(caseNo)}?paid=${id}`,
    });
    if (order.amountFen !== dueFen) throw new DomainError('FEE.PLATFORM_REFUSED', 502, '统一公共支付平台返回的订单金额与应缴金额不一致');
    return { order, deadline };
  }

  /** 减免审批: the waiver's approver (its role, in the case's division, not the one who assessed) approves it. */
  async approveWaiver(actor: Actor, id: string) {
    const user = requireUser(actor);
    const a = await this.row(id);
    const c = await this.d.caseQueries.feeContext(user, a.case_no);
    if (a.status !== 'waiver_pending' || a.waiver_percent === null || !a.waiver_code) throw conflict('FEE.NOT_PENDING_WAIVER', '该收费没有待审批的减免');
    if (!user.roles.some((r) => r.role === a.waiver_approver_role) || !(await this.d.caseQueries.mayTakeAny(user, a.case_no, ['approve'])))
      throw forbidden(`该减免须由该事项承办科室的${a.waiver_approver_role ?? ''}审批`);
    if (a.assessed_by === user.userId) throw conflict('FEE.WAIVER_SELF', '核定人不能审批自己提出的减免');
    const figures = feeFigures(a.amount_fen, a.waiver_percent);
    const fee = this.termsOf(c.item, a.fee_index);
    const order = figures.dueFen > 0 ? await this.createOrder(id, a.case_no, c, fee, figures.dueFen) : null;
    const now = this.d.now();
    await this.d.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('fee_assessments')
        .set({
          status: figures.dueFen > 0 ? 'unpaid' : 'waived',
          waived_fen: figures.waivedFen,
          due_fen: figures.dueFen,
          waiver_approved_by: user.userId,
          waiver_approved_name: user.displayName,
          waiver_approved_at: now,
          ...this.orderColumns(order?.order ?? null, order?.deadline ?? null),
        })
        .where('id', '=', id)
        .where('status', '=', 'waiver_pending')
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw conflict('FEE.NOT_PENDING_WAIVER', '该减免已被处理');
      await this.d.caseCommands.appendFeeAction(
        trx,
        a.case_no,
        'approve_fee_waiver',
        { assessmentId: id, waiverCode: a.waiver_code ?? '', waivedFen: figures.waivedFen, dueFen: figures.dueFen, payCode: order?.order.payCode ?? null, deadline: order?.deadline ?? null },
        user,
      );
    });
    return this.view(await this.row(id));
  }

  /**
   * The approval check (a case policy): an item whose fees carry rules is decided only once every such
   * fee is assessed and paid or waived — so the decision, its documents and the licence follow payment.
   */
  async checkSettled(trx: Trx, caseNo: string, item: Pick<CatalogItem, 'fees'>): Promise<void> {
    const charged = item.fees.map((f, i) => ({ f, i })).filter(({ f }) => f.terms);
    if (!charged.length) return;
    const rows = await trx.selectFrom('fee_assessments').select(['fee_index', 'status', 'fee_name']).where('case_no', '=', caseNo).where('status', '<>', 'cancelled').execute();
    for (const { f, i } of charged) {
      const r = rows.find((x) => x.fee_index === i);
      if (!r) throw conflict('FEE.UNSETTLED', `“${f.name}”尚未核定，请先核定收费`);
      if (r.status !== 'paid' && r.status !== 'waived') throw conflict('FEE.UNSETTLED', `“${f.name}”${FEE_STATUSES[r.status]}，缴清后方可作出决定、发放证照`);
    }
  }

  // ------------------------------------------------------------------ payment

  /**
   * The platform's asynchronous payment notice. Verified with the shared secret; a message already
   * processed does nothing; a forged one, or one whose amount or 缴款码 differs from the order, is
   * refused and flagged for the finance officer; otherwise the payment is recorded once.
   */
  async callback(rawBody: string, headers: Record<string, string | string[] | undefined>): Promise<{ result: 'applied' | 'duplicate' | 'ignored' }> {
    const cfg = this.d.platform;
    if (!cfg) throw conflict('FEE.PLATFORM_OFF', '未接入统一公共支付平台');
    const now = this.d.now();
    let msgId: string;
    try {
      msgId = verifySigned(cfg.secret, rawBody, headers);
    } catch (err) {
      await this.d.db.transaction().execute(async (trx) => {
        await trx.insertInto('fee_callbacks').values({ msg_id: null, received_at: now, order_no: orderNoIn(rawBody), verdict: 'forged', detail: (err as Error).message, body: rawBody.slice(0, 10_000) }).execute();
        await this.flag(trx, 'forged_callback', { orderNo: orderNoIn(rawBody), detail: `签名校验失败：${(err as Error).message}` });
      });
      this.d.log.warn({ orderNo: orderNoIn(rawBody) }, 'fee callback refused: bad signature');
      throw new DomainError('FEE.SIGNATURE_INVALID', 401, '回调签名无效');
    }
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      json = null;
    }
    const parsed = paymentCallbackSchema.safeParse(json);
    if (!parsed.success) throw badRequest('FEE.CALLBACK_INVALID', '回调报文格式不正确', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const cb = parsed.data;
    return this.d.db.transaction().execute(async (trx) => {
      const fresh = await trx
        .insertInto('fee_callbacks')
        .values({ msg_id: msgId, received_at: now, order_no: cb.orderNo, verdict: 'applied', detail: '', body: rawBody })
        .onConflict((oc) => oc.column('msg_id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!fresh) return { result: 'duplicate' as const };
      const verdict = async (v: 'amount_mismatch' | 'unknown_order' | 'ignored', detail: string) =>
        trx.updateTable('fee_callbacks').set({ verdict: v, detail }).where('id', '=', fresh.id).execute();
      const a = await trx.selectFrom('fee_assessments').selectAll().where('order_no', '=', cb.orderNo).forUpdate().executeTakeFirst();
      if (!a) {
        await verdict('unknown_order', '没有这个订单');
        await this.flag(trx, 'not_recorded', { orderNo: cb.orderNo, payCode: cb.payCode, statementFen: decimalToFen(cb.amount), detail: '平台通知了本系统没有的订单' });
        return { result: 'ignored' as const };
      }
      if (a.status === 'paid' || a.status === 'refunded') {
        await verdict('ignored', '该订单已记录缴费');
        return { result: 'ignored' as const };
      }
      const paid = decimalToFen(cb.amount);
      if (paid !== a.due_fen || cb.payCode !== a.pay_code) {
        const detail = paid !== a.due_fen ? `回调金额 ${cb.amount} 元与应缴 ${fenToDecimal(a.due_fen)} 元不一致` : `回调缴款码 ${cb.payCode} 与订单不一致`;
        await verdict('amount_mismatch', detail);
        await this.flag(trx, 'amount_mismatch', { orderNo: cb.orderNo, payCode: cb.payCode, statementFen: paid, recordedFen: a.due_fen, detail });
        return { result: 'mismatch' as const, detail };
      }
      await this.recordPayment(trx, a, { paidAt: cb.paidAt, tradeNo: cb.tradeNo, receiptNo: cb.receiptNo, amountFen: paid });
      return { result: 'applied' as const };
    }).then(async (r) => {
      if (r.result === 'mismatch') throw new DomainError('FEE.AMOUNT_MISMATCH', 409, '回调金额与应缴金额不一致', [], r.detail);
      if (r.result === 'applied') await this.fetchReceipt(cb.orderNo).catch((err: unknown) => this.d.log.warn({ orderNo: cb.orderNo, err: (err as Error).message }, 'e-receipt not fetched yet'));
      return { result: r.result };
    });
  }

  private async recordPayment(trx: Trx, a: NonNullable<AssessmentRow>, p: { paidAt: string; tradeNo: string; receiptNo: string | null; amountFen: number }) {
    const paidAt = new Date(p.paidAt);
    await trx
      .updateTable('fee_assessments')
      .set({ status: 'paid', paid_at: Number.isNaN(paidAt.getTime()) ? this.d.now() : paidAt, paid_fen: p.amountFen, trade_no: p.tradeNo, receipt_no: p.receiptNo })
      .where('id', '=', a.id)
      .execute();
    await this.d.caseCommands.appendFeeAction(trx, a.case_no, 'fee_paid', { assessmentId: a.id, amountFen: p.amountFen, orderNo: a.order_no ?? '', receiptNo: p.receiptNo }, null);
  }

  /** Keep the e-receipt file of a paid order (after the callback, or when first downloaded). */
  private async fetchReceipt(orderNo: string): Promise<Buffer | null> {
    const a = await this.d.db.selectFrom('fee_assessments').select(['id', 'receipt_no', 'receipt_file']).where('order_no', '=', orderNo).executeTakeFirst();
    if (!a?.receipt_no) return null;
    if (a.receipt_file) return a.receipt_file;
    const file = await this.platform().receipt(a.receipt_no);
    await this.d.db
      .updateTable('fee_assessments')
      .set({ receipt_file: file, receipt_sha256: crypto.createHash('sha256').update(file).digest('hex') })
      .where('id', '=', a.id)
      .where('receipt_file', 'is', null)
      .execute();
    return file;
  }

  /**
   * 订单查询: ask the platform about an unpaid order (the applicant back from its page, or a lost
   * callback); a paid order is recorded as the callback would have.
   */
  async refresh(actor: Actor, id: string) {
    const a = await this.readable(actor, id);
    if (a.status !== 'unpaid' && a.status !== 'overdue') return this.view(a);
    if (!a.order_no) throw conflict('FEE.NOT_PAYABLE', '该收费尚未生成缴款码');
    const o = await this.platform().queryOrder(a.order_no);
    if (o.status === 'paid' && o.amountFen === a.due_fen && o.payCode === a.pay_code) {
      await this.d.db.transaction().execute(async (trx) => {
        const locked = await trx.selectFrom('fee_assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        if (locked && (locked.status === 'unpaid' || locked.status === 'overdue'))
          await this.recordPayment(trx, locked, { paidAt: o.paidAt ?? this.d.now().toISOString(), tradeNo: o.tradeNo ?? '', receiptNo: o.receiptNo, amountFen: o.amountFen });
      });
      await this.fetchReceipt(a.order_no).catch(() => null);
    }
    return this.view(await this.row(id));
  }

  // ------------------------------------------------------------------ reading and documents

  private async row(id: string) {
    const a = await loadAssessment(this.d.db, id);
    if (!a) throw notFound('FEE.NOT_FOUND', '收费记录不存在');
    return a;
  }

  /** The assessment when the caller may see its case (the applicant, the filer, staff of the case). */
  private async readable(actor: Actor, id: string) {
    const a = await this.row(id);
    await this.d.caseQueries.canRead(actor, a.case_no);
    return a;
  }

  /** A case's fees, with what each needs next. */
  async ofCase(actor: Actor, caseNo: string) {
    const c = await this.d.caseQueries.feeContext(actor, caseNo);
    const rows = await this.d.db.selectFrom('fee_assessments').selectAll().where('case_no', '=', caseNo).orderBy('fee_index').orderBy('created_at').execute();
    const fees = c.item.fees.map((f, i) => {
      const terms = f.terms ? feeTermsSchema.safeParse(f.terms) : null;
      return {
        feeIndex: i,
        name: f.name,
        basis: f.basis,
        amountText: f.amount,
        computation: terms?.success ? describeFeeRule(terms.data.rule) : null,
        rule: terms?.success ? terms.data : null,
        late: terms?.success ? describeLateRule(terms.data.late) : null,
      };
    });
    const assessments = rows.map((r) => this.view(r));
    const live = assessments.filter((a) => a.status !== 'cancelled');
    const settled = fees.every((f) => !f.rule || live.some((a) => a.feeIndex === f.feeIndex && (a.status === 'paid' || a.status === 'waived')));
    return { caseNo, fees, assessments, status: !fees.some((f) => f.rule) ? null : settled ? ('已缴费' as const) : ('待缴费' as const) };
  }

  view(a: NonNullable<AssessmentRow>) {
    return {
      id: a.id,
      caseNo: a.case_no,
      feeIndex: a.fee_index,
      feeName: a.fee_name,
      basis: a.basis,
      dueAt: a.due_at,
      input: a.input,
      amountFen: a.amount_fen,
      waiverCode: a.waiver_code,
      waiverName: a.waiver_name,
      waiverPercent: a.waiver_percent,
      waiverApprovedBy: a.waiver_approved_name,
      waivedFen: a.waived_fen,
      dueFen: a.due_fen,
      dueCapital: capitalAmount(a.due_fen),
      payee: a.payee,
      status: a.status as FeeStatus,
      statusName: FEE_STATUSES[a.status as FeeStatus],
      assessedBy: a.assessed_by_name,
      assessedAt: a.assessed_at.toISOString(),
      orderNo: a.order_no,
      payCode: a.pay_code,
      payUrl: a.status === 'unpaid' || a.status === 'overdue' ? a.pay_url : null,
      deadline: a.deadline,
      paidAt: a.paid_at?.toISOString() ?? null,
      paidFen: a.paid_fen,
      receiptNo: a.receipt_no,
      refundedAt: a.refunded_at?.toISOString() ?? null,
      refundReason: a.refund_reason,
      lateRule: lateRuleOf(a.late_rule).kind,
      lateText: describeLateRule(lateRuleOf(a.late_rule)),
      surchargeFen: a.surcharge_fen,
      surchargeDays: a.surcharge_days,
      lapsedAt: a.lapsed_at?.toISOString() ?? null,
    };
  }

  /** 缴款通知书 (PDF): 缴款码, amount in figures and capitals, payee, deadline and a QR of the payment page. */
  async noticePdf(actor: Actor, id: string): Promise<{ file: Buffer; name: string }> {
    const a = await this.readable(actor, id);
    if (!a.pay_code || !a.deadline || !a.pay_url) throw conflict('FEE.NOT_PAYABLE', '该收费尚未生成缴款码');
    const c = await this.d.caseQueries.feeContext(actor, a.case_no);
    const file = await renderPdf({
      title: `缴款通知书 ${a.pay_code}`,
      blocks: [
        { kind: 'title', text: '非税收入缴款通知书' },
        { kind: 'right', text: `缴款码：${a.pay_code}` },
        { kind: 'para', text: `${c.applicantName}：`, indent: false },
        { kind: 'para', text: `你（单位）申请的“${c.item.name}”（办件号 ${a.case_no}）应缴纳${a.fee_name}，请于 ${chineseDate(a.deadline)} 前凭缴款码通过统一公共支付平台缴纳（扫描左下角二维码或登录“我的办件”在线缴纳）。`, indent: true },
        {
          kind: 'facts',
          rows: [
            ['收费项目', a.fee_name],
            ['收费依据', a.basis],
            ['核定金额', formatYuan(a.amount_fen)],
            ...(a.waived_fen > 0 ? ([['减免', `${a.waiver_name ?? ''} ${formatYuan(a.waived_fen)}`]] as [string, string][]) : []),
            ['应缴金额（小写）', formatYuan(a.due_fen)],
            ['应缴金额（大写）', capitalAmount(a.due_fen)],
            ['执收单位（收款人）', a.payee],
            ['缴款期限', chineseDate(a.deadline)],
            ['逾期未缴', describeLateRule(lateRuleOf(a.late_rule))],
            ...(a.surcharge_fen > 0 ? ([['已加收滞纳金', `${formatYuan(a.surcharge_fen)}（逾期 ${a.surcharge_days} 日）`]] as [string, string][]) : []),
            ['缴款码', a.pay_code],
          ],
        },
        { kind: 'para', text: '缴款后由统一公共支付平台开具财政电子票据，可在“我的办件”下载。逾期未缴的，按上列规定处理。', indent: true },
      ],
      on: a.notice_day ?? this.today(),
      qr: a.pay_url,
      footer: `${BUREAU_NAME} · 缴款通知书 · ${a.case_no}`,
    });
    return { file, name: `缴款通知书-${a.pay_code}.pdf` };
  }

  /** The e-receipt (财政电子票据) file of a paid fee, for the case's people. */
  async receipt(actor: Actor, id: string): Promise<{ file: Buffer; name: string }> {
    const a = await this.readable(actor, id);
    if (!a.receipt_no || !a.order_no) throw notFound('FEE.NO_RECEIPT', '尚无电子票据');
    const file = a.receipt_file ?? (await this.fetchReceipt(a.order_no));
    if (!file) throw notFound('FEE.NO_RECEIPT', '尚无电子票据');
    return { file, name: `财政电子票据-${a.receipt_no}.pdf` };
  }

  // ------------------------------------------------------------------ reconciliation and refunds

  private async flag(trx: Trx, kind: FeeFlagKind, f: { orderNo?: string | null; payCode?: string | null; statementDay?: string | null; statementFen?: number | null; recordedFen?: number | null; detail: string }) {
    await trx
      .insertInto('fee_flags')
      .values({
        id: crypto.randomUUID(),
        kind,
        order_no: f.orderNo ?? null,
        pay_code: f.payCode ?? null,
        statement_day: f.statementDay ?? null,
        statement_fen: f.statementFen ?? null,
        recorded_fen: f.recordedFen ?? null,
        detail: f.detail,
        created_at: this.d.now(),
      })
      .onConflict((oc) => oc.columns(['statement_day', 'order_no', 'kind']).doNothing())
      .execute();
  }

  /**
   * Import a day's statement (CSV, docs/adr/0022-fees.md) — given, or fetched from the platform — and
   * match it against the payments recorded as paid that day (Shanghai time). Each mismatch becomes a
   * finding once; importing the same day again finds nothing new.
   */
  async importStatement(actor: Actor, day: string, csv?: string) {
    const user = authorizeUser(actor, 'fee.finance');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw badRequest('FEE.STATEMENT_INVALID', '对账日期格式应为 YYYY-MM-DD', [{ path: 'day', message: '格式应为 YYYY-MM-DD' }]);
    const text = csv ?? (await this.platform().statement(day));
    const lines = parseStatement(text, day);
    const from = new Date(`${day}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 86_400_000);
    const recorded = await this.d.db
      .selectFrom('fee_assessments')
      .select(['order_no', 'pay_code', 'paid_fen'])
      .where('paid_at', '>=', from)
      .where('paid_at', '<', to)
      .where('status', 'in', ['paid', 'refunded'])
      .execute();
    const mismatches = reconcile(
      lines,
      recorded.map((r) => ({ orderNo: r.order_no ?? '', payCode: r.pay_code ?? '', amountFen: r.paid_fen ?? 0 })),
    );
    await this.d.db.transaction().execute(async (trx) => {
      const values = { imported_at: this.d.now(), imported_by: user.userId, lines: lines.length, total_fen: lines.reduce((s, l) => s + l.amountFen, 0), csv: text };
      await trx.insertInto('fee_statements').values({ day, ...values }).onConflict((oc) => oc.column('day').doUpdateSet(values)).execute();
      for (const m of mismatches)
        await this.flag(trx, m.kind, {
          orderNo: m.orderNo,
          payCode: m.payCode,
          statementDay: day,
          statementFen: 'statementFen' in m ? m.statementFen : null,
          recordedFen: 'recordedFen' in m ? m.recordedFen : null,
          detail: MISMATCH_KINDS[m.kind],
        });
      await audit(trx, auditActor(user), { action: 'fee.statement_import', targetType: 'fee_statement', targetId: day, after: { lines: lines.length, mismatches: mismatches.length } });
    });
    return { day, lines: lines.length, totalFen: lines.reduce((s, l) => s + l.amountFen, 0), matched: lines.length - mismatches.filter((m) => m.kind !== 'not_paid').length, mismatches: mismatches.length };
  }

  /** The findings (refused callbacks and reconciliation mismatches), open ones first. */
  async flags(actor: Actor, q: { open?: boolean }) {
    authorizeUser(actor, 'fee.finance');
    let query = this.d.db.selectFrom('fee_flags').leftJoin('fee_assessments', 'fee_assessments.order_no', 'fee_flags.order_no').select([
      'fee_flags.id',
      'fee_flags.kind',
      'fee_flags.order_no',
      'fee_flags.pay_code',
      'fee_flags.statement_day',
      'fee_flags.statement_fen',
      'fee_flags.recorded_fen',
      'fee_flags.detail',
      'fee_flags.created_at',
      'fee_flags.resolved_at',
      'fee_flags.resolution',
      'fee_flags.note',
      'fee_assessments.case_no',
      'fee_assessments.id as assessment_id',
    ]);
    if (q.open) query = query.where('fee_flags.resolved_at', 'is', null);
    const rows = await query.orderBy('fee_flags.resolved_at', (ob) => ob.nullsFirst()).orderBy('fee_flags.created_at', 'desc').limit(500).execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindName: FLAG_KINDS[r.kind],
      orderNo: r.order_no,
      payCode: r.pay_code,
      statementDay: r.statement_day,
      statementFen: r.statement_fen,
      recordedFen: r.recorded_fen,
      detail: r.detail,
      caseNo: r.case_no,
      assessmentId: r.assessment_id,
      createdAt: r.created_at.toISOString(),
      resolvedAt: r.resolved_at?.toISOString() ?? null,
      resolution: r.resolution,
      note: r.note,
    }));
  }

  /**
   * Work a finding: `requery` asks the platform for the order and records a payment it confirms (the
   * paid-but-not-recorded case); `confirm` closes it with the officer's note (checked by hand).
   */
  async resolveFlag(actor: Actor, id: string, body: { action: 'requery' | 'confirm'; note: string }) {
    const user = authorizeUser(actor, 'fee.finance');
    const f = await this.d.db.selectFrom('fee_flags').selectAll().where('id', '=', id).executeTakeFirst();
    if (!f) throw notFound('FEE.FLAG_NOT_FOUND', '对账差异不存在');
    if (f.resolved_at) throw conflict('FEE.FLAG_RESOLVED', '该差异已处理');
    let resolution = '人工核实';
    if (body.action === 'requery') {
      const a = f.order_no ? await this.d.db.selectFrom('fee_assessments').select('id').where('order_no', '=', f.order_no).executeTakeFirst() : null;
      if (!a) throw badRequest('FEE.ORDER_UNKNOWN', '本系统没有该订单，不能查询补记', [{ path: 'action', message: '请人工核实后确认' }]);
      const v = await this.refresh(user, a.id);
      resolution = v.status === 'paid' ? '查询平台订单后补记缴费' : `平台订单查询：${v.statusName}`;
    }
    await this.d.db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('fee_flags').set({ resolved_at: this.d.now(), resolved_by: user.userId, resolution, note: body.note }).where('id', '=', id).where('resolved_at', 'is', null).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw conflict('FEE.FLAG_RESOLVED', '该差异已处理');
      await audit(trx, auditActor(user), { action: 'fee.flag_resolve', targetType: 'fee_flag', targetId: id, after: { resolution, note: body.note } });
    });
    return { id, resolution };
  }

  /** 退费: a fee paid for a case that was withdrawn, rejected or refused is refunded in full through the platform. */
  async refund(actor: Actor, id: string, reason: string) {
    const user = authorizeUser(actor, 'fee.finance');
    const a = await this.row(id);
    const status = await this.d.caseQueries.statusOf(a.case_no);
    if (a.status !== 'paid' || !a.order_no || !REFUNDABLE_CASE.includes(status))
      throw conflict('FEE.NOT_REFUNDABLE', '只有撤回、不予受理或不予许可的已缴费办件可以退费');
    const amount = a.paid_fen ?? a.due_fen;
    await this.platform().refund(a.order_no, amount, reason);
    await this.d.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('fee_assessments')
        .set({ status: 'refunded', refunded_at: this.d.now(), refund_fen: amount, refund_reason: reason, refund_by: user.userId })
        .where('id', '=', id)
        .where('status', '=', 'paid')
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw conflict('FEE.NOT_REFUNDABLE', '该收费已退费');
      await this.d.caseCommands.appendFeeAction(trx, a.case_no, 'refund_fee', { assessmentId: id, amountFen: amount, reason }, user);
    });
    return this.view(await this.row(id));
  }

  // ------------------------------------------------------------------ sweeper

  /**
   * Payment deadlines, under the service clock: reminders 3 days and 1 day before and on the day,
   * once each (outbox topic fee.reminder, de-duplicated per assessment and day); past the deadline
   * the fee becomes 逾期未缴 (the order stays payable; the case cannot be decided) and the rule the
   * fee was assessed under applies — `wait`: a reminder on the first day late and every N days;
   * `surcharge`: the 滞纳金 for the days late, set once a day, never above the amount due;
   * `terminate`: after the grace days the fee is cancelled and the application ends as withdrawn
   * (`fee_lapse`, with its notice). Each fee in its own transaction, its row locked, so a second
   * sweep the same day (or one running beside it) does nothing twice.
   */
  async sweep(): Promise<{ reminded: number; overdue: number; surcharged: number; lapsed: number }> {
    const today = this.today();
    const open = await this.d.db.selectFrom('fee_assessments').select('id').where('status', 'in', ['unpaid', 'overdue']).where('deadline', 'is not', null).execute();
    const n = { reminded: 0, overdue: 0, surcharged: 0, lapsed: 0 };
    for (const { id } of open) {
      const lapse = await this.d.db.transaction().execute(async (trx) => {
        const a = await trx.selectFrom('fee_assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        if (!a?.deadline || !a.notice_day || (a.status !== 'unpaid' && a.status !== 'overdue')) return null;
        const remind = async () => {
          const fresh = await trx.insertInto('fee_reminders').values({ assessment_id: a.id, day: today }).onConflict((oc) => oc.columns(['assessment_id', 'day']).doNothing()).returning('day').executeTakeFirst();
          if (!fresh) return;
          await emit(trx, {
            topic: 'fee.reminder',
            subject: a.case_no,
            payload: { caseNo: a.case_no, assessmentId: a.id, feeName: a.fee_name, dueFen: a.due_fen + a.surcharge_fen, payCode: a.pay_code, deadline: a.deadline },
            dedupeKey: `fee-reminder:${a.id}:${today}`,
          });
          n.reminded++;
        };
        const late = daysLate(a.deadline, today);
        if (late === 0) {
          if (reminderDays(a.notice_day, a.deadline).includes(today)) await remind();
          return null;
        }
        if (a.status === 'unpaid') {
          await trx.updateTable('fee_assessments').set({ status: 'overdue' }).where('id', '=', a.id).execute();
          n.overdue++;
        }
        const rule = lateRuleOf(a.late_rule);
        switch (rule.kind) {
          case 'wait':
            if ((late - 1) % rule.remindEveryDays === 0) await remind();
            return null;
          case 'surcharge': {
            if (a.surcharge_day === today) return null;
            await trx
              .updateTable('fee_assessments')
              .set({ surcharge_fen: surchargeFen(a.due_fen, rule.dailyPermyriad, late), surcharge_days: late, surcharge_day: today })
              .where('id', '=', a.id)
              .execute();
            n.surcharged++;
            return null;
          }
          case 'terminate': {
            if (late <= rule.graceDays) return null;
            await trx.updateTable('fee_assessments').set({ status: 'cancelled', lapsed_at: this.d.now() }).where('id', '=', a.id).execute();
            n.lapsed++;
            // a case already ended (refused, withdrawn) keeps its end; the fee is only cancelled
            if ((FINAL_STATUSES as readonly string[]).includes(await this.d.caseQueries.statusOf(a.case_no, trx))) return null;
            const reason = `缴款期限 ${a.deadline}${rule.graceDays > 0 ? ` 后 ${rule.graceDays} 日` : ''}届满仍未缴纳`;
            return { caseNo: a.case_no, action: await this.d.caseCommands.appendFeeAction(trx, a.case_no, 'fee_lapse', { assessmentId: a.id, feeName: a.fee_name, deadline: a.deadline, reason }, null) };
          }
        }
      });
      if (lapse) this.d.caseCommands.committed(lapse.caseNo, [lapse.action]);
    }
    return n;
  }

  // ------------------------------------------------------------------ refunds due

  /** Paid fees of cases that ended without a licence (withdrawn, lapsed, not accepted, refused): the finance officer's refunds to make. */
  async refundsDue(actor: Actor) {
    authorizeUser(actor, 'fee.finance');
    const paid = await this.d.db.selectFrom('fee_assessments').selectAll().where('status', '=', 'paid').orderBy('paid_at', 'desc').limit(2000).execute();
    const statuses = await this.d.caseQueries.statusesOf([...new Set(paid.map((a) => a.case_no))]);
    return paid.filter((a) => REFUNDABLE_CASE.includes(statuses.get(a.case_no) ?? '')).map((a) => ({ ...this.view(a), caseStatus: statuses.get(a.case_no) ?? '' }));
  }
}

/** Case statuses whose paid fees are refunded. */
const REFUNDABLE_CASE: readonly string[] = ['withdrawn', 'rejected', 'refused'];

/** The late rule an assessment was made under (rows from before the rule: wait). */
function lateRuleOf(v: unknown): FeeLateRule {
  const r = feeLateRuleSchema.safeParse(v);
  return r.success ? r.data : DEFAULT_LATE_RULE;
}

/** zh-CN names of the findings. */
export const FLAG_KINDS: Record<FeeFlagKind, string> = {
  forged_callback: '伪造或签名无效的回调',
  amount_mismatch: '回调金额或缴款码不一致',
  ...MISMATCH_KINDS,
};

/** Our order number for an assessment (unique, at most 32 characters). */
function orderNoOf(id: string): string {
  return `TA${id.replace(/-/g, '').slice(0, 24).toUpperCase()}`;
}

/** The order number an unverified body names, for the finding (never trusted for anything else). */
function orderNoIn(body: string): string | null {
  const m = /"orderNo"\s*:\s*"([A-Za-z0-9_-]{1,64})"/.exec(body);
  return m?.[1] ?? null;
}

/** Parse a statement CSV: the header, then one line per payment of `day`; every bad line named. */
export function parseStatement(text: string, day: string): StatementLine[] {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (rows[0]?.trim() !== STATEMENT_HEADER) throw badRequest('FEE.STATEMENT_INVALID', '对账单第1行应为表头', [{ path: 'csv.1', message: `应为 ${STATEMENT_HEADER}` }]);
  const errors: { path: string; message: string }[] = [];
  const out: StatementLine[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((line, i) => {
    const n = i + 2;
    const cols = line.split(',').map((c) => c.trim());
    if (cols.length !== 7) return errors.push({ path: `csv.${n}`, message: `第${n}行应有7列` });
    const [d, orderNo = '', payCode = '', amount = ''] = cols;
    const fen = decimalToFen(amount);
    if (d !== day) errors.push({ path: `csv.${n}.day`, message: `第${n}行日期不是 ${day}` });
    if (!orderNo) errors.push({ path: `csv.${n}.orderNo`, message: `第${n}行缺少订单号` });
    if (seen.has(orderNo)) errors.push({ path: `csv.${n}.orderNo`, message: `第${n}行订单号重复` });
    if (fen === null || !/^\d+\.\d{2}$/.test(amount)) errors.push({ path: `csv.${n}.amount`, message: `第${n}行金额应为两位小数的元` });
    seen.add(orderNo);
    if (fen !== null) out.push({ orderNo, payCode, amountFen: fen });
  });
  if (errors.length) throw badRequest('FEE.STATEMENT_INVALID', `对账单有 ${errors.length} 处错误`, errors);
  return out;
}
