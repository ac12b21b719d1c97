import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStagePass, diffItems, itemSchema, materialsForSituations, meetsRealNameLevel, nextStage, type CatalogItemInput } from './catalog.js';

const base: CatalogItemInput = {
  code: '000121007000-370900000000-000-11370900MB2857146P-1-00',
  name: '食品经营许可',
  kind: 'main',
  type: 'licensing',
  disposition: 'transferred',
  departmentCode: 'TA-D05',
  zone: 'C',
  legalBasis: ['《中华人民共和国食品安全法》第三十五条'],
  statutoryDays: 20,
  promisedDays: 3,
  resultType: 'licence',
  licenceName: '食品经营许可证',
  onlineLevel: 'at_most_once',
  materials: [
    { code: 'M1', name: '食品经营许可申请书', source: '申请人自备', requirement: 'required', originals: 1, copies: 0, form: 'either' },
    { code: 'M2', name: '网络经营说明', source: '申请人自备', requirement: 'conditional', originals: 1, copies: 0, form: 'either' },
  ],
  situations: [{ code: 'S1', name: '含网络经营', materialCodes: ['M2'] }],
};

describe('item rules', () => {
  it('accepts a well-formed item', () => {
    expect(itemSchema.safeParse(base).success).toBe(true);
  });
  it('refuses a promised limit longer than the statutory one, naming the field', () => {
    const r = itemSchema.safeParse({ ...base, promisedDays: 21 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('promisedDays');
  });
  it('refuses a situation that names a missing material', () => {
    const r = itemSchema.safeParse({ ...base, situations: [{ code: 'S1', name: 'x', materialCodes: ['M9'] }] });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('situations.0.materialCodes.0');
  });
  it('asks a 证照 item for its licence name and keeps licence fields off the other results', () => {
    const paths = (input: object) => itemSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ licenceName: '' })).toEqual(['licenceName']);
    expect(paths({ resultType: 'record' })).toEqual(['licenceName']);
    expect(paths({ resultType: 'service', licenceName: '', licenceYears: 5 })).toEqual(['licenceYears']);
    expect(paths({ resultType: 'decision', licenceName: '' })).toEqual([]);
    expect(paths({ resultType: 'receipt' })).toContain('resultType');
  });
  it('asks a not-stationed item where to go: office, address, hours and phone', () => {
    const r = itemSchema.safeParse({ ...base, disposition: 'not_stationed', officeName: '泰安市公安局治安支队' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['officeAddress', 'officeHours', 'officePhone']);
    const office = { officeName: '泰安市公安局治安支队', officeAddress: '东岳大街336号', officeHours: '工作日 9:00—17:00', officePhone: '0538-6996414' };
    expect(itemSchema.safeParse({ ...base, disposition: 'not_stationed', ...office }).success).toBe(true);
  });
  it('refuses a related item without its main item and a delegated item without the county', () => {
    expect(itemSchema.safeParse({ ...base, kind: 'related' }).error?.issues.map((i) => i.path.join('.'))).toContain('parentCode');
    expect(itemSchema.safeParse({ ...base, disposition: 'delegated' }).error?.issues.map((i) => i.path.join('.'))).toContain('delegatedTo');
  });
  it('promised ≤ statutory holds exactly when the schema accepts the limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 }), (statutory, promised) => {
        const ok = itemSchema.safeParse({ ...base, statutoryDays: statutory, promisedDays: promised }).success;
        return ok === promised <= statutory;
      }),
    );
  });
});

describe('materials for a situation', () => {
  it('gives required materials plus those the chosen situations add', () => {
    const item = itemSchema.parse(base);
    expect(materialsForSituations(item, []).map((m) => m.code)).toEqual(['M1']);
    expect(materialsForSituations(item, ['S1']).map((m) => m.code)).toEqual(['M1', 'M2']);
  });
});

describe('four review stages', () => {
  const v = { authorId: 'editor', passedBy: [] as string[] };
  it('each stage needs its own role', () => {
    expect(checkStagePass({ ...v, stage: 'first_review', actorId: 'r', roles: ['catalog_reviewer'] })).toBeNull();
    expect(checkStagePass({ ...v, stage: 'recheck', actorId: 'r', roles: ['catalog_reviewer'] })?.code).toBe('CATALOG.STAGE_ROLE');
    expect(checkStagePass({ ...v, stage: 'final_review', actorId: 'c', roles: ['catalog_confirmer'] })).toBeNull();
  });
  it('nobody passes their own draft', () => {
    expect(checkStagePass({ ...v, stage: 'first_review', actorId: 'editor', roles: ['catalog_reviewer'] })?.code).toBe('CATALOG.OWN_DRAFT');
  });
  it('nobody passes two stages of one version', () => {
    expect(checkStagePass({ ...v, passedBy: ['x'], stage: 'recheck', actorId: 'x', roles: ['catalog_reviewer', 'catalog_checker'] })?.code).toBe('CATALOG.SAME_REVIEWER');
  });
  it('drafts and confirmed versions are not at a review stage', () => {
    expect(checkStagePass({ ...v, stage: 'draft', actorId: 'r', roles: ['catalog_reviewer'] })?.code).toBe('CATALOG.WRONG_STAGE');
    expect(checkStagePass({ ...v, stage: 'confirmed', actorId: 'r', roles: ['catalog_confirmer'] })?.code).toBe('CATALOG.WRONG_STAGE');
  });
  it('stages follow 初审拟定 → 复核 → 终审确认 → published', () => {
    expect(nextStage('first_review')).toBe('recheck');
    expect(nextStage('recheck')).toBe('final_review');
    expect(nextStage('final_review')).toBe('confirmed');
  });
});

describe('field-by-field diff', () => {
  it('names each changed field with before and after', () => {
    const a = itemSchema.parse(base);
    const b = itemSchema.parse({ ...base, promisedDays: 2, materials: [base.materials?.[0], { ...base.materials?.[1], copies: 1 }] });
    expect(diffItems(a, b)).toEqual([
      { path: 'materials[1].copies', before: 0, after: 1 },
      { path: 'promisedDays', before: 3, after: 2 },
    ]);
  });
  it('finds no change between an item and itself, and every change it reports is real', () => {
    const item = itemSchema.parse(base);
    expect(diffItems(item, item)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.string({ minLength: 1, maxLength: 20 }), (days, name) => {
        const changed = { ...item, promisedDays: days, name: name.trim() || 'x' };
        const paths = diffItems(item, changed).map((c) => c.path);
        return paths.includes('promisedDays') === (days !== item.promisedDays) && paths.includes('name') === (changed.name !== item.name);
      }),
    );
  });
});

describe('real-name level', () => {
  it('an account meets an item’s minimum at or above it; no proven identity meets only no requirement', () => {
    expect(meetsRealNameLevel(null, null)).toBe(true);
    expect(meetsRealNameLevel('L1', null)).toBe(true);
    expect(meetsRealNameLevel(null, 'L1')).toBe(false);
    expect(meetsRealNameLevel('L1', 'L2')).toBe(false);
    expect(meetsRealNameLevel('L2', 'L2')).toBe(true);
    expect(meetsRealNameLevel('L3', 'L2')).toBe(true);
    expect(meetsRealNameLevel('L2', 'L3')).toBe(false);
  });
});
