/**
 * Fees (收费): how a catalog item's fee is computed, waived (减免) and written in Chinese capitals (大写).
 * Pure: no I/O. Every amount is an integer number of fen (分); nothing here uses floating-point money.
 *
 * A fee's rule is one of
 * - fixed (定额): one amount per case, or one of a few named amounts (住宅 80 元 / 非住宅 550 元);
 * - per unit (按量): a unit price times a quantity (平方米, 本), optionally with free units and a floor or cap;
 * - tiered (分档累进): each band of the quantity at its own unit price, like a progressive scale;
 * - assessed (核定): the amount comes from a standard outside the catalog and the officer enters it.
 * A waiver (减免) names its condition, legal basis, the share it removes and the role that approves it.
 */
import { z } from 'zod';

/** Largest amount handled: just under 1 万亿 元 (the capitals below write up to 仟亿). */
export const MAX_FEN = 100_000_000_000_000 - 1;

const fen = z.number().int().min(0).max(MAX_FEN);
const label = z.string().trim().min(1).max(100);

/** When the fee falls due: with acceptance (paid before review) or with the decision (paid before the licence). */
export const FEE_DUE_AT = { acceptance: '受理时核定', decision: '决定时核定' } as const;
export type FeeDueAt = keyof typeof FEE_DUE_AT;

/** zh-CN names of the rule kinds. */
export const FEE_RULE_KINDS = { fixed: '定额', per_unit: '按量计收', tiered: '分档累进', assessed: '按标准核定' } as const;

/** One band of a tiered rule: quantity up to `upTo` (null: no upper bound) at `unitFen` a unit. */
export const feeTierSchema = z.object({ upTo: z.number().positive().max(1e9).nullable(), unitFen: fen });

/** How a fee's amount is computed. */
export const feeRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), options: z.array(z.object({ label, amountFen: fen })).min(1).max(20) }),
  z.object({
    kind: z.literal('per_unit'),
    unit: label,
    options: z.array(z.object({ label, unitFen: fen })).min(1).max(20),
    freeUnits: z.number().int().min(0).max(1000).default(0),
    minFen: fen.nullable().default(null),
    maxFen: fen.nullable().default(null),
  }),
  z.object({ kind: z.literal('tiered'), unit: label, tiers: z.array(feeTierSchema).min(1).max(20) }),
  z.object({ kind: z.literal('assessed'), standard: z.string().trim().min(1).max(500) }),
]);
export type FeeRule = z.infer<typeof feeRuleSchema>;

/** A waiver (减免): its condition, basis, the share of the amount it removes, and who approves it. */
export const feeWaiverSchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, '减免编码只能包含字母、数字、横线和下划线'),
  name: label,
  condition: z.string().trim().min(1).max(500),
  basis: z.string().trim().min(1).max(500),
  /** share removed, in percent: 100 is 免收, 50 is 减半 */
  percent: z.number().int().min(1).max(100),
  /** the role whose action approves it (e.g. section_chief) */
  approverRole: z.string().trim().min(1).max(40),
});
export type FeeWaiver = z.infer<typeof feeWaiverSchema>;

/** zh-CN names of what happens when the payment deadline passes unpaid (逾期未缴). */
export const FEE_LATE_RULES = { wait: '保留逾期未缴并提醒', surcharge: '按日加收滞纳金', terminate: '终止办理' } as const;
export type FeeLateKind = keyof typeof FEE_LATE_RULES;

/**
 * The item's rule for a fee unpaid past its deadline:
 * - wait: the fee stays 逾期未缴 (payable; the case cannot be decided) and the applicant is reminded every `remindEveryDays`;
 * - surcharge: 滞纳金 at `dailyPermyriad` (万分之N) of the amount due a day from the day after the deadline, never more
 *   than the amount due (《中华人民共和国行政强制法》第四十五条), named by its `basis`;
 * - terminate: `graceDays` after the deadline the application is ended as withdrawn (视为撤回) with a notice.
 */
export const feeLateRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wait'), remindEveryDays: z.number().int().min(1).max(30).default(7) }),
  z.object({ kind: z.literal('surcharge'), dailyPermyriad: z.number().int().min(1).max(300), basis: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('terminate'), graceDays: z.number().int().min(0).max(60).default(0) }),
]);
export type FeeLateRule = z.infer<typeof feeLateRuleSchema>;
export const DEFAULT_LATE_RULE: FeeLateRule = { kind: 'wait', remindEveryDays: 7 };

/** Whole days a deadline (YYYY-MM-DD) has passed by on `today` (0 on the deadline itself or before it). */
export function daysLate(deadline: string, today: string): number {
  const d = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(d) && d > 0 ? Math.round(d) : 0;
}

/** 滞纳金 after `days` late: dueFen × 万分之N × days, half up to the fen, capped at the amount due (行政强制法 第四十五条). */
export function surchargeFen(dueFen: number, dailyPermyriad: number, days: number): number {
  if (days <= 0) return 0;
  const v = (BigInt(dueFen) * BigInt(dailyPermyriad) * BigInt(days) + 5_000n) / 10_000n;
  return Number(v > BigInt(dueFen) ? BigInt(dueFen) : v);
}

/** The late rule in words, for the public item page and the payment notice. */
export function describeLateRule(rule: FeeLateRule): string {
  switch (rule.kind) {
    case 'wait':
      return `逾期未缴的，保留逾期未缴状态，每${rule.remindEveryDays}日提醒一次，缴清后方可作出决定`;
    case 'surcharge':
      return `逾期未缴的，自缴款期限届满次日起每日按应缴金额的万分之${rule.dailyPermyriad}加收滞纳金，滞纳金不超过应缴金额（《中华人民共和国行政强制法》第四十五条；${rule.basis}）`;
    case 'terminate':
      return `缴款期限届满${rule.graceDays > 0 ? `后${rule.graceDays}日` : ''}仍未缴纳的，视为撤回申请，终止办理并书面告知`;
  }
}

/** The structured terms of one catalog fee, beside its published name, basis and amount text. */
export const feeTermsSchema = z.object({
  rule: feeRuleSchema,
  dueAt: z.enum(['acceptance', 'decision']).default('decision'),
  /** natural days from the notice to the payment deadline */
  payWithinDays: z.number().int().min(1).max(90).default(15),
  /** 执收单位: who the money is paid to */
  payee: z.string().trim().min(1).max(200),
  waivers: z.array(feeWaiverSchema).max(20).default([]),
  /** what happens when the deadline passes unpaid (terms written before the rule existed wait) */
  late: feeLateRuleSchema.default(DEFAULT_LATE_RULE),
});
export type FeeTerms = z.infer<typeof feeTermsSchema>;

/** Rules across fields of one fee's terms (the catalog's cross-field check calls this). */
export function feeTermsViolations(t: FeeTerms): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  if (t.rule.kind === 'tiered') {
    t.rule.tiers.forEach((tier, i, all) => {
      const prev = i > 0 ? all[i - 1]?.upTo : 0;
      if (tier.upTo === null && i !== all.length - 1) out.push({ path: ['rule', 'tiers', i, 'upTo'], message: '只有最后一档可以不设上限' });
      if (tier.upTo !== null && prev !== null && prev !== undefined && tier.upTo <= prev) out.push({ path: ['rule', 'tiers', i, 'upTo'], message: '分档上限必须逐档递增' });
    });
  }
  if (t.rule.kind === 'per_unit' && t.rule.minFen !== null && t.rule.maxFen !== null && t.rule.minFen > t.rule.maxFen)
    out.push({ path: ['rule', 'minFen'], message: '最低收费不得高于最高收费' });
  const codes = new Set<string>();
  t.waivers.forEach((w, i) => {
    if (codes.has(w.code)) out.push({ path: ['waivers', i, 'code'], message: `减免编码重复: ${w.code}` });
    codes.add(w.code);
  });
  return out;
}

/** What the officer enters to compute an amount: the option chosen, the quantity, or the assessed amount. */
export interface FeeInput {
  option?: number;
  /** in the rule's unit; at most two decimals (平方米 to 0.01) */
  quantity?: number;
  /** for assessed rules: the amount the standard gives */
  amountFen?: number;
}

/** A fee input that cannot be computed, naming the field at fault. */
export class FeeInputError extends Error {
  constructor(readonly field: 'option' | 'quantity' | 'amountFen', message: string) {
    super(message);
  }
}

/** The quantity in hundredths of a unit, refusing more than two decimals. */
function centiUnits(quantity: number | undefined): bigint {
  if (quantity === undefined || !Number.isFinite(quantity) || quantity < 0 || quantity > 1e9)
    throw new FeeInputError('quantity', '数量必须是 0 到 10 亿之间的数');
  const centi = Math.round(quantity * 100);
  if (Math.abs(centi - quantity * 100) > 1e-6) throw new FeeInputError('quantity', '数量最多保留两位小数');
  return BigInt(centi);
}

/** unitFen × centi / 100, rounded half up to the fen. */
function priceOf(centi: bigint, unitFen: number): bigint {
  return (centi * BigInt(unitFen) + 50n) / 100n;
}

function pick<T>(options: readonly T[], index: number | undefined): T {
  const i = index ?? 0;
  const o = Number.isInteger(i) ? options[i] : undefined;
  if (o === undefined) throw new FeeInputError('option', `收费标准只有 ${options.length} 档，请选择其中之一`);
  return o;
}

function checked(amount: bigint): number {
  if (amount > BigInt(MAX_FEN)) throw new FeeInputError('quantity', '金额超出可处理的范围');
  return Number(amount);
}

/** The amount a rule gives for the officer's input, in fen. Throws FeeInputError naming the bad field. */
export function computeFee(rule: FeeRule, input: FeeInput): number {
  switch (rule.kind) {
    case 'fixed':
      return pick(rule.options, input.option).amountFen;
    case 'per_unit': {
      const o = pick(rule.options, input.option);
      const centi = centiUnits(input.quantity) - BigInt(rule.freeUnits) * 100n;
      let amount = centi > 0n ? priceOf(centi, o.unitFen) : 0n;
      if (rule.minFen !== null && amount < BigInt(rule.minFen)) amount = BigInt(rule.minFen);
      if (rule.maxFen !== null && amount > BigInt(rule.maxFen)) amount = BigInt(rule.maxFen);
      return checked(amount);
    }
    case 'tiered': {
      const total = centiUnits(input.quantity);
      let amount = 0n;
      let from = 0n;
      for (const tier of rule.tiers) {
        const to = tier.upTo === null ? total : BigInt(Math.round(tier.upTo * 100));
        const band = (total < to ? total : to) - from;
        if (band > 0n) amount += BigInt(tier.unitFen) * band;
        from = to;
        if (total <= to) break;
      }
      if (total > from) throw new FeeInputError('quantity', '数量超出了最高一档的上限');
      return checked((amount + 50n) / 100n);
    }
    case 'assessed': {
      const a = input.amountFen;
      if (a === undefined || !Number.isInteger(a) || a < 0 || a > MAX_FEN) throw new FeeInputError('amountFen', '请填写核定金额（以分为单位的整数）');
      return a;
    }
  }
}

/** The share a waiver removes from an amount, rounded half up to the fen. */
export function waivedFen(amountFen: number, percent: number): number {
  return Number((BigInt(amountFen) * BigInt(percent) + 50n) / 100n);
}

/** An amount in figures: 1005.2 → "¥1,005.20". */
export function formatYuan(amountFen: number): string {
  const yuan = Math.trunc(amountFen / 100);
  const cents = String(amountFen % 100).padStart(2, '0');
  return `¥${yuan.toLocaleString('en-US')}.${cents}`;
}

/** Fen → "1005.20" (no grouping), the form the payment platform exchanges. */
export function fenToDecimal(amountFen: number): string {
  return `${Math.trunc(amountFen / 100)}.${String(amountFen % 100).padStart(2, '0')}`;
}

/** "1005.20" → 100520 fen; null when it is not a non-negative amount with at most two decimals. */
export function decimalToFen(s: string): number | null {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) return null;
  const v = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return v <= MAX_FEN ? v : null;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IN_GROUP = ['', '拾', '佰', '仟'];
/** group units; amounts stop below 1 万亿 元 (MAX_FEN), so three groups suffice */
const GROUPS = ['', '万', '亿'];

/** One group of four digits (0 < g < 10000), without leading 零; zeros inside become one 零. */
function groupCapital(g: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(g / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    out += (zero ? '零' : '') + DIGITS[d] + IN_GROUP[pos];
    zero = false;
  }
  return out;
}

/** The 元 part in capitals (n > 0): groups of four digits with 万 and 亿, one 零 for any run of zeros. */
function integerCapital(n: number): string {
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 10000)) groups.push(v % 10000);
  let out = '';
  let zero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      if (out) zero = true;
      continue;
    }
    if (out && (zero || g < 1000)) out += '零';
    out += groupCapital(g) + (GROUPS[i] ?? '');
    zero = false;
  }
  return out;
}

/**
 * An amount in Chinese capitals (中文大写金额) as 《正确填写票据和结算凭证的基本规定》 asks:
 * 零壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿 and 元角分; 壹拾 keeps its 壹; one 零 for a run of zeros between
 * digits; 元 with no 角 or 分 ends in 整, an amount ending in 角 does not (壹仟零伍元贰角), one with 分
 * never; a 分 with no 角 after whole 元 takes 零 (叁佰贰拾伍元零肆分); under one 元 the 元 is left out
 * (伍分); where 元位 is 0 and 角 is not, the optional 零 is not written (壹仟陆佰捌拾元叁角贰分).
 */
export function capitalAmount(amountFen: number): string {
  if (!Number.isInteger(amountFen) || amountFen < 0 || amountFen > MAX_FEN) throw new RangeError(`not an amount in fen: ${amountFen}`);
  const yuan = Math.floor(amountFen / 100);
  const jiao = Math.floor(amountFen / 10) % 10;
  const fenDigit = amountFen % 10;
  if (amountFen === 0) return '零元整';
  let out = yuan > 0 ? `${integerCapital(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (fenDigit > 0) out += `${DIGITS[fenDigit]}分`;
  return out;
}

/** How a rule computes the fee, in words for the public item page. */
export function describeFeeRule(rule: FeeRule): string {
  const y = (f: number) => `${fenToDecimal(f).replace(/\.00$/, '')}元`;
  switch (rule.kind) {
    case 'fixed':
      return rule.options.length === 1 ? `每件${y(rule.options[0]?.amountFen ?? 0)}` : rule.options.map((o) => `${o.label}每件${y(o.amountFen)}`).join('；');
    case 'per_unit': {
      const parts = rule.options.map((o) => `${rule.options.length > 1 ? o.label : ''}每${rule.unit}${y(o.unitFen)}`);
      if (rule.freeUnits > 0) parts.push(`前${rule.freeUnits}${rule.unit}免收`);
      if (rule.minFen !== null) parts.push(`最低${y(rule.minFen)}`);
      if (rule.maxFen !== null) parts.push(`最高${y(rule.maxFen)}`);
      return parts.join('；');
    }
    case 'tiered': {
      let from = 0;
      return rule.tiers
        .map((t) => {
          const band = t.upTo === null ? `${from}${rule.unit}以上部分` : `${from}至${t.upTo}${rule.unit}部分`;
          from = t.upTo ?? from;
          return `${band}每${rule.unit}${y(t.unitFen)}`;
        })
        .join('；') + '（分档累进计算）';
    }
    case 'assessed':
      return `按${rule.standard}核定`;
  }
}

/** An assessment's figures: gross amount, waived share, and what is due. */
export interface FeeFigures {
  amountFen: number;
  waivedFen: number;
  dueFen: number;
}

/** The figures of an assessment with an approved waiver (or none). */
export function feeFigures(amountFen: number, waiverPercent: number | null): FeeFigures {
  const waived = waiverPercent === null ? 0 : waivedFen(amountFen, waiverPercent);
  return { amountFen, waivedFen: waived, dueFen: amountFen - waived };
}

/** The states of a fee on a case (待缴费 / 已缴费 …). */
export const FEE_STATUSES = {
  waiver_pending: '减免待审批',
  unpaid: '待缴费',
  paid: '已缴费',
  waived: '已免收',
  overdue: '逾期未缴',
  refunded: '已退费',
  cancelled: '已撤销',
} as const;
export type FeeStatus = keyof typeof FEE_STATUSES;

/** Whether a case whose fee stands so may release its licence or result (only after payment or full waiver). */
export function feeSettled(status: FeeStatus | null): boolean {
  return status === null || status === 'paid' || status === 'waived';
}

/** The payment deadline: `days` natural days after the notice day (YYYY-MM-DD). */
export function paymentDeadline(noticeDay: string, days: number): string {
  const d = new Date(`${noticeDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Reminder days before the deadline (3 days and 1 day before, and the day itself), those not before the notice day. */
export function reminderDays(noticeDay: string, deadline: string): string[] {
  return [3, 1, 0].map((n) => paymentDeadline(deadline, -n)).filter((d) => d > noticeDay);
}

/** A line of the platform's daily statement (对账单). */
export interface StatementLine {
  orderNo: string;
  payCode: string;
  amountFen: number;
}

/** A payment Shenpi has recorded as paid for a day. */
export interface RecordedPayment {
  orderNo: string;
  payCode: string;
  amountFen: number;
}

/** A reconciliation finding. */
export type Mismatch =
  | { kind: 'not_recorded'; orderNo: string; payCode: string; statementFen: number }
  | { kind: 'not_paid'; orderNo: string; payCode: string; recordedFen: number }
  | { kind: 'amount_differs'; orderNo: string; payCode: string; statementFen: number; recordedFen: number };

/** zh-CN names of the reconciliation findings. */
export const MISMATCH_KINDS = { not_recorded: '平台已收款、本系统未记录', not_paid: '本系统已记录、平台无收款', amount_differs: '金额不一致' } as const;

/** Match a day's statement against the payments recorded for that day, by order number. */
export function reconcile(statement: readonly StatementLine[], recorded: readonly RecordedPayment[]): Mismatch[] {
  const byOrder = new Map(recorded.map((r) => [r.orderNo, r]));
  const seen = new Set<string>();
  const out: Mismatch[] = [];
  for (const line of statement) {
    seen.add(line.orderNo);
    const r = byOrder.get(line.orderNo);
    if (!r) out.push({ kind: 'not_recorded', orderNo: line.orderNo, payCode: line.payCode, statementFen: line.amountFen });
    else if (r.amountFen !== line.amountFen)
      out.push({ kind: 'amount_differs', orderNo: line.orderNo, payCode: line.payCode, statementFen: line.amountFen, recordedFen: r.amountFen });
  }
  for (const r of recorded) if (!seen.has(r.orderNo)) out.push({ kind: 'not_paid', orderNo: r.orderNo, payCode: r.payCode, recordedFen: r.amountFen });
  return out;
}

/** The fee figures of 大数据分析, each anchored on its own day: assessed (核定), waived (减免), collected (实收), refunded (退费). */
export const FEE_FIGURES = { assessed: '核定应收', waived: '减免', collected: '实收', refunded: '退费' } as const;
export type FeeFigure = keyof typeof FEE_FIGURES;
