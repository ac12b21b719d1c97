import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalAmount,
  computeFee,
  daysLate,
  decimalToFen,
  describeFeeRule,
  describeLateRule,
  feeLateRuleSchema,
  feeFigures,
  feeRuleSchema,
  feeSettled,
  feeTermsSchema,
  feeTermsViolations,
  fenToDecimal,
  formatYuan,
  MAX_FEN,
  paymentDeadline,
  reconcile,
  reminderDays,
  surchargeFen,
  type FeeRule,
} from './fees.js';

/** An independent reading of capitals back to fen, to check the writer by round trip. */
function readCapital(s: string): number {
  const digit = (c: string) => '零壹贰叁肆伍陆柒捌玖'.indexOf(c);
  const small: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
  let yuan = 0;
  let section = 0;
  let current = 0;
  let fen = 0;
  let pendingDigit = 0;
  for (const c of s) {
    if (digit(c) >= 0) pendingDigit = digit(c);
    else if (c in small) {
      section += pendingDigit * (small[c] ?? 0);
      pendingDigit = 0;
    } else if (c === '万') {
      current += (section + pendingDigit) * 10_000;
      section = 0;
      pendingDigit = 0;
    } else if (c === '亿') {
      current = (current + section + pendingDigit) * 100_000_000;
      section = 0;
      pendingDigit = 0;
    } else if (c === '元') {
      yuan = current + section + pendingDigit;
      pendingDigit = 0;
    } else if (c === '角') {
      fen += pendingDigit * 10;
      pendingDigit = 0;
    } else if (c === '分') {
      fen += pendingDigit;
      pendingDigit = 0;
    }
  }
  return yuan * 100 + fen;
}

describe('Chinese capital amounts (大写)', () => {
  // hand-written, following 《正确填写票据和结算凭证的基本规定》 and its own examples
  const cases: [number, string][] = [
    [100520, '壹仟零伍元贰角'],
    [5, '伍分'],
    [50, '伍角'],
    [55, '伍角伍分'],
    [0, '零元整'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [1030, '壹拾元叁角'],
    [1500, '壹拾伍元整'],
    [10_000_000, '壹拾万元整'],
    [100_000_001, '壹佰万元零壹分'],
    [140950, '壹仟肆佰零玖元伍角'], // the rule's own example ¥1,409.50
    [168032, '壹仟陆佰捌拾元叁角贰分'], // ¥1,680.32, the optional 零 not written
    [10_700_053, '壹拾万柒仟元伍角叁分'], // ¥107,000.53
    [1_640_902, '壹万陆仟肆佰零玖元零贰分'], // ¥16,409.02
    [32504, '叁佰贰拾伍元零肆分'], // ¥325.04
    [10_050_000, '壹拾万零伍佰元整'],
    [100_010_000, '壹佰万零壹佰元整'],
    [10_000_000_000, '壹亿元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [10_100_000_000, '壹亿零壹佰万元整'],
    [11_010_100_000, '壹亿壹仟零壹拾万壹仟元整'],
    [MAX_FEN, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ];
  it.each(cases)('%d fen → %s', (f, text) => expect(capitalAmount(f)).toBe(text));

  it('refuses what is not an amount in fen', () => {
    expect(() => capitalAmount(-1)).toThrow(RangeError);
    expect(() => capitalAmount(1.5)).toThrow(RangeError);
    expect(() => capitalAmount(MAX_FEN + 1)).toThrow(RangeError);
  });

  it('reads back to the same amount, never doubles 零, and writes 整 only after whole 元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_FEN }), (f) => {
        const s = capitalAmount(f);
        expect(readCapital(s)).toBe(f);
        expect(s).not.toMatch(/零零|零[元万亿角]|^零/);
        expect(s.endsWith('整')).toBe(f % 100 === 0);
        expect(s.endsWith('零')).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('figures', () => {
  it('formats and parses amounts without floating point', () => {
    expect(formatYuan(100520)).toBe('¥1,005.20');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(fenToDecimal(100_000_001)).toBe('1000000.01');
    expect(decimalToFen('1005.2')).toBe(100520);
    expect(decimalToFen('0.05')).toBe(5);
    expect(decimalToFen('1.005')).toBeNull();
    expect(decimalToFen('-1')).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), (f) => {
      expect(decimalToFen(fenToDecimal(f))).toBe(f);
    }));
  });
});

describe('fee rules', () => {
  const estate: FeeRule = feeRuleSchema.parse({ kind: 'fixed', options: [{ label: '住宅类', amountFen: 8000 }, { label: '非住宅类', amountFen: 55000 }] });
  const forest: FeeRule = feeRuleSchema.parse({
    kind: 'per_unit',
    unit: '平方米',
    options: [{ label: '乔木林地', unitFen: 1000 }, { label: '灌木林地', unitFen: 600 }, { label: '宜林地', unitFen: 300 }],
  });
  const certificates: FeeRule = feeRuleSchema.parse({ kind: 'per_unit', unit: '本', options: [{ label: '工本费', unitFen: 1000 }], freeUnits: 1 });
  const tiered: FeeRule = feeRuleSchema.parse({ kind: 'tiered', unit: '平方米', tiers: [{ upTo: 100, unitFen: 500 }, { upTo: 1000, unitFen: 300 }, { upTo: null, unitFen: 100 }] });

  it('computes fixed, per unit, free units, tiered and assessed amounts', () => {
    expect(computeFee(estate, { option: 1 })).toBe(55000);
    expect(computeFee(forest, { option: 0, quantity: 1234.56 })).toBe(1_234_560);
    expect(computeFee(forest, { option: 2, quantity: 0.01 })).toBe(3);
    expect(computeFee(certificates, { quantity: 1 })).toBe(0);
    expect(computeFee(certificates, { quantity: 3 })).toBe(2000);
    // 100 × 5 + 900 × 3 + 500 × 1 = 3,700 元
    expect(computeFee(tiered, { quantity: 1500 })).toBe(370_000);
    expect(computeFee(tiered, { quantity: 50 })).toBe(25_000);
    expect(computeFee({ kind: 'assessed', standard: '泰安市收费标准' }, { amountFen: 123_456 })).toBe(123_456);
  });

  it('rounds half up to the fen', () => {
    const r = feeRuleSchema.parse({ kind: 'per_unit', unit: '平方米', options: [{ label: '标准', unitFen: 333 }] });
    expect(computeFee(r, { quantity: 0.5 })).toBe(167); // 166.5 → 167
    expect(computeFee(r, { quantity: 0.15 })).toBe(50); // 49.95 → 50
  });

  it('applies the floor and cap of a per unit rule', () => {
    const r = feeRuleSchema.parse({ kind: 'per_unit', unit: '平方米', options: [{ label: '标准', unitFen: 100 }], minFen: 5000, maxFen: 100_000 });
    expect(computeFee(r, { quantity: 1 })).toBe(5000);
    expect(computeFee(r, { quantity: 5000 })).toBe(100_000);
  });

  it('names the field at fault', () => {
    expect(() => computeFee(estate, { option: 2 })).toThrow(expect.objectContaining({ field: 'option' }));
    expect(() => computeFee(forest, { quantity: 1.234 })).toThrow(expect.objectContaining({ field: 'quantity' }));
    expect(() => computeFee(forest, { quantity: -1 })).toThrow(expect.objectContaining({ field: 'quantity' }));
    expect(() => computeFee(forest, {})).toThrow(expect.objectContaining({ field: 'quantity' }));
    expect(() => computeFee({ kind: 'assessed', standard: 'x' }, { amountFen: 1.5 })).toThrow(expect.objectContaining({ field: 'amountFen' }));
    const capped = feeRuleSchema.parse({ kind: 'tiered', unit: '平方米', tiers: [{ upTo: 10, unitFen: 1 }] });
    expect(() => computeFee(capped, { quantity: 11 })).toThrow(expect.objectContaining({ field: 'quantity' }));
  });

  it('tiered amounts never fall as the quantity grows, and never exceed the top rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100];
        expect(computeFee(tiered, { quantity: lo })).toBeLessThanOrEqual(computeFee(tiered, { quantity: hi }));
        expect(computeFee(tiered, { quantity: hi })).toBeLessThanOrEqual(Math.round(hi * 500) + 1);
      }),
    );
  });

  it('a waiver never makes the due amount negative, and due + waived = amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), fc.option(fc.integer({ min: 1, max: 100 })), (amount, pct) => {
        const f = feeFigures(amount, pct);
        expect(f.dueFen + f.waivedFen).toBe(amount);
        expect(f.dueFen).toBeGreaterThanOrEqual(0);
        if (pct === 100) expect(f.dueFen).toBe(0);
      }),
    );
    expect(feeFigures(55000, 50)).toEqual({ amountFen: 55000, waivedFen: 27500, dueFen: 27500 });
  });

  it('describes the rule for the public page', () => {
    expect(describeFeeRule(estate)).toBe('住宅类每件80元；非住宅类每件550元');
    expect(describeFeeRule(forest)).toBe('乔木林地每平方米10元；灌木林地每平方米6元；宜林地每平方米3元');
    expect(describeFeeRule(certificates)).toBe('每本10元；前1本免收');
    expect(describeFeeRule(tiered)).toBe('0至100平方米部分每平方米5元；100至1000平方米部分每平方米3元；1000平方米以上部分每平方米1元（分档累进计算）');
  });

  it('checks the terms across fields', () => {
    const terms = feeTermsSchema.parse({
      rule: { kind: 'tiered', unit: '平方米', tiers: [{ upTo: 100, unitFen: 1 }, { upTo: null, unitFen: 1 }, { upTo: 50, unitFen: 1 }] },
      payee: '泰安市行政审批服务局',
      waivers: [
        { code: 'W1', name: '保障性住房', condition: '保障性住房项目', basis: '规定', percent: 100, approverRole: 'section_chief' },
        { code: 'W1', name: '重复', condition: 'x', basis: 'y', percent: 50, approverRole: 'section_chief' },
      ],
    });
    const paths = feeTermsViolations(terms).map((v) => v.path.join('.'));
    expect(paths).toEqual(['rule.tiers.1.upTo', 'waivers.1.code']);
    expect(feeTermsViolations(feeTermsSchema.parse({ rule: tiered, payee: 'x' }))).toEqual([]);
  });
});

describe('payment terms', () => {
  it('counts the deadline in natural days and reminds 3 days and 1 day before and on the day', () => {
    expect(paymentDeadline('2026-12-25', 15)).toBe('2027-01-09');
    expect(reminderDays('2026-12-25', '2027-01-09')).toEqual(['2027-01-06', '2027-01-08', '2027-01-09']);
    expect(reminderDays('2027-01-08', '2027-01-09')).toEqual(['2027-01-09']);
  });

  it('releases a licence only once the fee is paid or waived', () => {
    expect(feeSettled(null)).toBe(true);
    expect(feeSettled('paid')).toBe(true);
    expect(feeSettled('waived')).toBe(true);
    expect(feeSettled('unpaid')).toBe(false);
    expect(feeSettled('waiver_pending')).toBe(false);
  });
});

describe('reconciliation', () => {
  it('finds paid-but-not-recorded, recorded-but-not-paid and differing amounts', () => {
    const statement = [
      { orderNo: 'O1', payCode: 'P1', amountFen: 100 },
      { orderNo: 'O2', payCode: 'P2', amountFen: 200 },
      { orderNo: 'O3', payCode: 'P3', amountFen: 300 },
    ];
    const recorded = [
      { orderNo: 'O1', payCode: 'P1', amountFen: 100 },
      { orderNo: 'O3', payCode: 'P3', amountFen: 301 },
      { orderNo: 'O4', payCode: 'P4', amountFen: 400 },
    ];
    expect(reconcile(statement, recorded)).toEqual([
      { kind: 'not_recorded', orderNo: 'O2', payCode: 'P2', statementFen: 200 },
      { kind: 'amount_differs', orderNo: 'O3', payCode: 'P3', statementFen: 300, recordedFen: 301 },
      { kind: 'not_paid', orderNo: 'O4', payCode: 'P4', recordedFen: 400 },
    ]);
  });

  it('finds nothing when both sides agree, in any order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 30 }), (ns) => {
        const lines = ns.map((n) => ({ orderNo: `O${n}`, payCode: `P${n}`, amountFen: n }));
        expect(reconcile(lines, [...lines].reverse())).toEqual([]);
      }),
    );
  });
});

describe('late payment (逾期未缴)', () => {
  it('counts whole days past the deadline', () => {
    expect(daysLate('2026-12-31', '2026-12-31')).toBe(0);
    expect(daysLate('2026-12-31', '2026-12-30')).toBe(0);
    expect(daysLate('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysLate('2027-02-27', '2027-03-01')).toBe(2);
  });

  it('滞纳金: 万分之N a day of the amount due, half up to the fen, never above the amount due (行政强制法 第四十五条)', () => {
    expect(surchargeFen(100520, 5, 0)).toBe(0);
    expect(surchargeFen(100520, 5, 1)).toBe(50); // 50.26 → 50
    expect(surchargeFen(100520, 5, 3)).toBe(151); // 150.78 → 151
    expect(surchargeFen(2000, 300, 10)).toBe(600);
    expect(surchargeFen(2000, 300, 50)).toBe(2000);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 3650 }), (due, rate, days) => surchargeFen(due, rate, days) <= due));
  });

  it('terms without a late rule wait; each rule reads in words', () => {
    expect(feeTermsSchema.parse({ rule: { kind: 'assessed', standard: '省定标准' }, payee: 'x' }).late).toEqual({ kind: 'wait', remindEveryDays: 7 });
    expect(describeLateRule({ kind: 'surcharge', dailyPermyriad: 5, basis: '某规定' })).toContain('万分之5');
    expect(describeLateRule({ kind: 'terminate', graceDays: 0 })).toBe('缴款期限届满仍未缴纳的，视为撤回申请，终止办理并书面告知');
    expect(feeLateRuleSchema.safeParse({ kind: 'surcharge', dailyPermyriad: 301, basis: 'x' }).success).toBe(false);
  });
});
