import { describe, expect, it } from 'vitest';
import { evaluate, GuideIndex, scenarioFileSchema, scenarioProblems, situationQuestions, situationsFromAnswers, checklistMaterials, type Analyzer, type GuideDoc } from './guide.js';

/** A toy analyzer: words are the space-separated parts and every known two-character word inside them; pinyin from a small table. */
const PINYIN: Record<string, string> = { 食: 'shi', 时: 'shi', 品: 'pin', 经: 'jing', 营: 'ying', 许: 'xu', 可: 'ke', 饭: 'fan', 店: 'dian', 药: 'yao', 变: 'bian', 更: 'geng', 材: 'cai', 料: 'liao', 门: 'men', 口: 'kou', 树: 'shu', 砍: 'kan', 诊: 'zhen', 腔: 'qiang' };
const toy: Analyzer = {
  words: (text) =>
    text
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => (w.length > 2 && /\p{Script=Han}/u.test(w) ? [w, ...Array.from({ length: w.length - 1 }, (_, i) => w.slice(i, i + 2))] : [w])),
  pinyin: (text) => [...text].map((c) => PINYIN[c] ?? '').join(''),
  initials: (text) => [...text].map((c) => (PINYIN[c] ?? '').charAt(0)).join(''),
};

const docs: GuideDoc[] = [
  { id: 'food', boost: 1, phrases: [{ field: 'name', text: '食品经营许可' }, { field: 'keyword', text: '饭店' }, { field: 'material', text: '营业执照' }] },
  { id: 'food-change', boost: 0.8, phrases: [{ field: 'name', text: '食品经营许可变更' }, { field: 'keyword', text: '饭店' }] },
  { id: 'drug', boost: 1, phrases: [{ field: 'name', text: '药店许可' }, { field: 'material', text: '饭店 材料' }] },
];
const index = GuideIndex.build(docs, toy);

describe('the guide index', () => {
  it('ranks a main item above its related item, and leaves out a material-only hit when names are hit', () => {
    const hits = index.search('饭店');
    expect(hits.map((h) => h.id)).toEqual(['food', 'food-change']);
    expect(hits[0]!.matched).toEqual([{ field: 'keyword', text: '饭店', terms: ['饭店'] }]);
    expect(hits[0]).toMatchObject({ fit: 1, named: true });
    // with no name hit, the material hit is the answer
    expect(index.search('材料').map((h) => h.id)).toEqual(['drug']);
  });

  it('leaves out documents met only by a lone character or a part of a longer word when a whole word meets others', () => {
    const shops = GuideIndex.build(
      [
        { id: 'restaurant', boost: 1, phrases: [{ field: 'keyword', text: '开饭店' }] },
        { id: 'clinic', boost: 1, phrases: [{ field: 'keyword', text: '开诊所' }] },
        { id: 'shop', boost: 1, phrases: [{ field: 'keyword', text: '饭店改名' }] },
      ],
      { ...toy, words: (text) => (text === '开饭店' ? ['开', '饭店'] : toy.words(text).flatMap((w) => (w.startsWith('开') && w.length > 1 ? ['开', w.slice(1)] : [w]))) },
    );
    expect(shops.search('开饭店').map((h) => h.id)).toEqual(['restaurant', 'shop']);
    // a question met by lone characters only gets nothing; a lone character asked alone still answers
    expect(shops.search('开 药').map((h) => h.id)).toEqual([]);
    expect(shops.search('开').map((h) => h.id).sort()).toEqual(['clinic', 'restaurant']);
  });

  it('finds homophones through pinyin and says which word hit', () => {
    const [top] = index.search('时品');
    expect(top!.id).toBe('food');
    expect(top!.matched[0]).toMatchObject({ field: 'name', terms: ['时品'] });
  });

  it('answers full pinyin and initials by prefix of names', () => {
    expect(index.search('spjy')[0]!.id).toBe('food');
    expect(index.search('shipinjing')[0]!.id).toBe('food');
    expect(index.search('yaodian')[0]!.id).toBe('drug');
  });

  it('falls back to characters for a word it never saw, and finds nothing for nothing', () => {
    expect(index.search('药x店')[0]!.id).toBe('drug');
    expect(index.search('品营')[0]!.id).toBe('food');
    expect(index.search('xyz')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('cuts typed pinyin into the pinyin of known words', () => {
    expect(index.queryWords('shipinxuke')).toEqual(['shipinxuke', 'shipin', 'xuke']);
    expect(index.search('yaodianxuke')[0]!.id).toBe('drug');
  });

  it('prefers the phrase holding more of an unknown word’s characters, and weighs lone characters less', () => {
    const trees = GuideIndex.build(
      [
        { id: 'gate', boost: 1, phrases: [{ field: 'keyword', text: '门诊' }, { field: 'keyword', text: '口腔' }] },
        { id: 'tree', boost: 1, phrases: [{ field: 'keyword', text: '砍树' }] },
      ],
      toy,
    );
    const [top] = trees.search('门口 树砍');
    expect(top).toEqual({ id: 'tree', score: expect.any(Number), matched: [{ field: 'keyword', text: '砍树', terms: ['树', '砍'] }], fit: 0.5, named: true });
  });

  it('suggests by prefix, by contained text and by pinyin, one entry per document', () => {
    expect(index.suggest('食品').map((s) => s.id)).toEqual(['food', 'food-change']);
    expect(index.suggest('sp')[0]).toEqual({ id: 'food', text: '食品经营许可', field: 'name' });
    // a name containing the text comes before keywords containing it
    expect(index.suggest('店').map((s) => s.id)).toEqual(['drug', 'food', 'food-change']);
  });
});

const situations = [
  { code: 'S01', name: '仅销售预包装食品', description: '', materialCodes: [], question: '经营什么？' },
  { code: 'S02', name: '含热食类食品制售', description: '', materialCodes: ['M03'], question: '经营什么？' },
  { code: 'S03', name: '委托代理人办理', description: '', materialCodes: ['M04'], question: '' },
];

describe('situation questions', () => {
  it('groups situations sharing a question into one choice and asks a lone one as yes or no', () => {
    const qs = situationQuestions(situations);
    expect(qs.map((q) => [q.id, q.kind, q.text, q.options.map((o) => o.code)])).toEqual([
      ['S01', 'single', '经营什么？', ['S01', 'S02']],
      ['S03', 'yesno', '是否委托代理人办理？', ['S03']],
    ]);
  });

  it('turns answers into situations and names each bad answer', () => {
    const qs = situationQuestions(situations);
    expect(situationsFromAnswers(qs, { S01: 'S02', S03: true })).toEqual({ codes: ['S02', 'S03'], errors: [] });
    expect(situationsFromAnswers(qs, { S03: false }).codes).toEqual([]);
    const bad = situationsFromAnswers(qs, { S01: 'S09', S03: 'yes', X: true });
    expect(bad.errors.map((e) => e.path)).toEqual(['answers.S01', 'answers.S03', 'answers.X']);
  });

  it('lists the required materials and those the chosen situations add, saying which situation added them', () => {
    const m = (code: string, requirement: 'required' | 'conditional') => ({ code, requirement });
    const item = { situations, materials: [m('M01', 'required'), m('M03', 'conditional'), m('M04', 'conditional')] };
    expect(checklistMaterials(item, ['S02'])).toEqual([
      { code: 'M01', requirement: 'required', addedBy: [] },
      { code: 'M03', requirement: 'conditional', addedBy: ['含热食类食品制售'] },
    ]);
  });
});

describe('scenarios and evaluation', () => {
  const scenario = { id: 'restaurant', name: '开饭店', steps: [{ itemCode: 'A', note: '先' }, { itemCode: 'B', note: '后' }] };

  it('checks the file: ids unique, at least two steps, codes known and not cancelled', () => {
    expect(scenarioFileSchema.safeParse([scenario, scenario]).success).toBe(false);
    expect(scenarioFileSchema.safeParse([{ ...scenario, steps: [scenario.steps[0]] }]).success).toBe(false);
    const parsed = scenarioFileSchema.parse([scenario]);
    expect(scenarioProblems(parsed, new Map([['A', { disposition: 'transferred' }], ['B', { disposition: null }]]))).toEqual([]);
    expect(scenarioProblems(parsed, new Map([['A', { disposition: 'cancelled' }]])).map((p) => p.path)).toEqual(['0.steps.0.itemCode', '0.steps.1.itemCode']);
  });

  it('counts a hit when any expected name is in the first one or three answers', async () => {
    const answers: Record<string, string[]> = { a: ['x', 'y'], b: ['y', 'x', 'z'], c: ['p', 'q', 'r', 'x'] };
    const f = await evaluate(
      [
        { q: 'a', expect: ['x'] },
        { q: 'b', expect: ['x', 'z'] },
        { q: 'c', expect: ['x'] },
      ],
      (q) => answers[q] ?? [],
    );
    expect(f).toMatchObject({ n: 3, top1: 1 / 3, top3: 2 / 3, precision: 1 / 3 });
    expect(f.misses).toEqual([{ q: 'c', expect: ['x'], got: ['p', 'q', 'r'] }]);
  });

  it('counts an item shown for a question no item answers against precision', async () => {
    const answers: Record<string, string[]> = { a: ['x'], junk: ['y'], none: [] };
    const f = await evaluate(
      [
        { q: 'a', expect: ['x'] },
        { q: 'junk', expect: [] },
        { q: 'none', expect: [] },
      ],
      (q) => answers[q] ?? [],
    );
    expect(f).toMatchObject({ n: 1, top1: 1, top3: 1, precision: 1 / 2, none: { n: 2, empty: 1 } });
    expect(f.misses).toEqual([{ q: 'junk', expect: [], got: ['y'] }]);
  });
});
