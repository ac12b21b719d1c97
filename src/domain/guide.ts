/**
 * The intelligent guide (智能导服), its pure part: a BM25F index over catalog items and scenario
 * bundles that explains every hit, the situation questions of an item and the material list
 * their answers select, the scenario file's schema and the evaluation figures. Word
 * segmentation and pinyin are injected (the server uses jieba and pinyin-pro), so this file
 * has no I/O and no native code.
 */
import { z } from 'zod';
import { catalogCode, materialsForSituations, officeText } from './catalog.js';

// ---------------------------------------------------------------------------------------------
// Text analysis (injected)

/** What the index needs from a language toolkit. */
export interface Analyzer {
  /** Search words of a text, lower-cased, stop words and punctuation removed (may overlap: 二手房, 二手). */
  words(text: string): string[];
  /** Toneless pinyin of a Chinese word joined without spaces ("饭店" → "fandian"); '' when it has no Chinese. */
  pinyin(text: string): string;
  /** First letters of the pinyin syllables ("食品经营许可" → "spjyxk"); '' when it has no Chinese. */
  initials(text: string): string;
}

/** Stop words of questions people type: they say nothing about which item is meant. */
export const STOP_WORDS = new Set(
  (
    '我 我们 你 您 他 她 它 想 要 想要 需要 需 办 办理 办个 什么 啥 怎么 怎么办 怎样 如何 哪些 哪个 哪里 哪儿 手续 一个 个 的 了 吗 呢 吧 啊 呀 ' +
    '去 在 可以 能 能不能 请问 咨询 应该 得 该 有 和 与 及 或 是 都 还 就 也 给 把 被 让 些 下 做 弄 搞 整 找 到 从 对 为 着 过 这 那 这个 那个 ' +
    '应当 必须 相关 有关 一下 一些 问 问问 准备 带 带什么 先 后 再 又 多少 多久 几天 时候 那些 这些 要求 条件 流程'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
/** True when the text has a Chinese character. */
export const hasHan = (s: string) => HAN.test(s);

// ---------------------------------------------------------------------------------------------
// The index

/** Where a phrase of a document comes from; each field has its weight in the ranking. */
export const GUIDE_FIELDS = {
  name: { label: '名称', weight: 3, b: 0.5, pinyin: true },
  alias: { label: '别名', weight: 2.6, b: 0.3, pinyin: true },
  keyword: { label: '关键词', weight: 2.4, b: 0.2, pinyin: true },
  oldName: { label: '曾用名', weight: 2.2, b: 0.3, pinyin: true },
  situation: { label: '办理情形', weight: 0.9, b: 0.5, pinyin: false },
  material: { label: '申请材料', weight: 0.35, b: 0.5, pinyin: false },
  description: { label: '事项说明', weight: 0.5, b: 0.75, pinyin: false },
} as const;
export type GuideField = keyof typeof GUIDE_FIELDS;
const FIELD_NAMES = Object.keys(GUIDE_FIELDS) as GuideField[];

/** One document: an item or a scenario, as phrases by field; `boost` scales its whole score (related items rank below main ones). */
export interface GuideDoc {
  id: string;
  phrases: { field: GuideField; text: string }[];
  boost: number;
}

/** Why a document matched: the phrase that was hit and the query words found in it. */
export interface GuideMatch {
  field: GuideField;
  text: string;
  terms: string[];
}

/** One ranked document. */
export interface GuideHit {
  id: string;
  score: number;
  matched: GuideMatch[];
  /**
   * How much of the question the document's names, aliases, keywords and old names answer: the
   * share of the question's characters (Latin words count whole) found in those phrases, 0–1.
   * A "where to go" referral is offered only when it fits the whole question.
   */
  fit: number;
  /** Met by a whole word of the question in a naming phrase (not a lone character, not 营业 of 营业执照): a scenario is offered only then. */
  named: boolean;
}

/** The fields that say what a document is; hits only in the others (materials, situations, description) are circumstantial. */
export const NAMING_FIELDS: ReadonlySet<GuideField> = new Set(['name', 'alias', 'keyword', 'oldName']);

interface Posting {
  doc: number;
  /** BM25F's field-weighted, length-normalised term frequency */
  tfw: number;
  /** the term's BM25 score in this document: idf · tfw·(k1+1)/(k1+tfw) */
  score: number;
  phrases: number[];
}

/** Phrases kept per term and document to explain a hit. */
const MAX_EXPLAIN = 3;

interface PinyinPhrase {
  doc: number;
  phrase: number;
  full: string;
  initials: string;
}

/** One query word's best score per document, and the phrases that gave it. */
interface WordScores {
  scores: Float64Array;
  phrases: (readonly number[])[];
}

const K1 = 1.2;
const NO_PHRASES: readonly number[] = [];
/** Weights of the weaker ways a query word may meet a document: its pinyin (homophones, typos), its characters, a pinyin prefix. */
const PINYIN_WEIGHT = 0.7;
const CHAR_WEIGHT = 0.35;
const PINYIN_PHRASE_WEIGHT = 1.6;
const SINGLE_CHAR_WEIGHT = 0.5;
/** How much a naming phrase said whole in the question raises a document: × (1 + this · phrase length / question length). */
const PHRASE_BONUS = 1;
/** Bound on the phrases of one document, for keys of (document, phrase) pairs. */
const MAX_PHRASES = 10_000;
/** The longest pinyin of an indexed word worth trying when cutting typed pinyin. */
const MAX_PINYIN_KEY = 24;

/**
 * A BM25F index. Terms are words (`w:`), the pinyin of Chinese words (`p:`, so 时品 meets 食品)
 * and single characters of short fields (`c:`, for words the segmenter glued together, e.g. 想开);
 * the full pinyin and initials of names, aliases, old names and keywords answer typed pinyin
 * by prefix ("spjy", "jiaoshizige").
 */
export class GuideIndex {
  private readonly postings = new Map<string, Posting[]>();
  /** the pinyin of names, aliases, keywords and old names, sorted by full pinyin and by initials, for prefix lookups */
  private byFull: PinyinPhrase[] = [];
  private byInitials: PinyinPhrase[] = [];
  private readonly buffers: WordScores[] = [];
  private total = new Float64Array(0);
  private wordsHit = new Uint16Array(0);
  private tier = new Uint8Array(0);
  /** per document, its naming phrases as plain text (two characters or more), for the whole-phrase bonus */
  private naming: string[][] = [];

  private constructor(
    readonly docs: GuideDoc[],
    private readonly analyzer: Analyzer,
  ) {}

  /** Build the index over `docs`. */
  static build(docs: GuideDoc[], analyzer: Analyzer): GuideIndex {
    const index = new GuideIndex(docs, analyzer);
    index.fill();
    return index;
  }

  private fill() {
    const { analyzer } = this;
    // raw counts first: term → doc → field → tf, and field lengths for the normalisation
    const raw = new Map<string, Map<number, { tf: Record<string, number>; phrases: Set<number> }>>();
    const lengths = this.docs.map(() => Object.fromEntries(FIELD_NAMES.map((f) => [f, 0])) as Record<GuideField, number>);
    const add = (term: string, doc: number, field: GuideField, phrase: number) => {
      let byDoc = raw.get(term);
      if (!byDoc) raw.set(term, (byDoc = new Map()));
      let entry = byDoc.get(doc);
      if (!entry) byDoc.set(doc, (entry = { tf: {}, phrases: new Set() }));
      entry.tf[field] = (entry.tf[field] ?? 0) + 1;
      entry.phrases.add(phrase);
    };
    this.docs.forEach((d, doc) => {
      d.phrases.forEach(({ field, text }, phrase) => {
        const words = analyzer.words(text);
        lengths[doc]![field] += words.length;
        for (const w of words) {
          add(`w:${w}`, doc, field, phrase);
          const py = w.length >= 2 ? analyzer.pinyin(w) : '';
          if (py) add(`p:${py}`, doc, field, phrase);
        }
        if (!GUIDE_FIELDS[field].pinyin) return;
        for (const ch of new Set([...text].filter((c) => hasHan(c)))) add(`c:${ch}`, doc, field, phrase);
        if (hasHan(text)) this.byFull.push({ doc, phrase, full: analyzer.pinyin(text), initials: analyzer.initials(text) });
      });
    });
    const avg = Object.fromEntries(FIELD_NAMES.map((f) => [f, Math.max(1, lengths.reduce((n, l) => n + l[f], 0) / Math.max(1, this.docs.length))])) as Record<GuideField, number>;
    for (const [term, byDoc] of raw) {
      const list: Posting[] = [];
      for (const [doc, { tf, phrases }] of byDoc) {
        let tfw = 0;
        for (const f of FIELD_NAMES) {
          const n = tf[f];
          if (!n) continue;
          const { weight, b } = GUIDE_FIELDS[f];
          tfw += (weight * n) / (1 - b + (b * lengths[doc]![f]) / avg[f]);
        }
        // the phrases that explain the hit: the few of the heaviest fields are enough
        const doc_ = this.docs[doc]!;
        const explain = [...phrases].sort((a, b) => GUIDE_FIELDS[doc_.phrases[b]!.field].weight - GUIDE_FIELDS[doc_.phrases[a]!.field].weight).slice(0, MAX_EXPLAIN);
        list.push({ doc, score: 0, phrases: explain, tfw });
      }
      const idf = this.idf(list.length);
      for (const p of list) p.score = idf * ((p.tfw * (K1 + 1)) / (K1 + p.tfw));
      this.postings.set(term, list);
    }
    this.total = new Float64Array(this.docs.length);
    this.wordsHit = new Uint16Array(this.docs.length);
    this.tier = new Uint8Array(this.docs.length);
    this.naming = this.docs.map((d) => [...new Set(d.phrases.filter((p) => NAMING_FIELDS.has(p.field)).map((p) => plainText(p.text)))].filter((t) => t.length >= 2));
    this.byInitials = [...this.byFull].sort((a, b) => (a.initials < b.initials ? -1 : a.initials > b.initials ? 1 : 0));
    this.byFull.sort((a, b) => (a.full < b.full ? -1 : a.full > b.full ? 1 : 0));
  }

  /**
   * A document one of whose names, aliases, keywords or old names the question says whole ranks
   * higher, the more so the more of the question it is: 办营业执照 is a keyword of 企业设立登记, while
   * 营业执照自助打印 only shares words with it.
   */
  private phraseBonus(doc: number, plain: string): number {
    let longest = 0;
    for (const p of this.naming[doc]!) if (p.length > longest && plain.includes(p)) longest = p.length;
    return longest ? 1 + (PHRASE_BONUS * longest) / plain.length : 1;
  }

  /** The zeroed score buffer of the i-th query word. */
  private wordBuffer(i: number): WordScores {
    let w = this.buffers[i];
    if (!w) this.buffers[i] = w = { scores: new Float64Array(this.docs.length), phrases: new Array<readonly number[]>(this.docs.length) };
    else {
      w.scores.fill(0);
      w.phrases.fill(NO_PHRASES);
    }
    return w;
  }

  /** The phrases whose full pinyin (or initials) start with `prefix`: a binary search, then a short walk. */
  private withPrefix(key: 'full' | 'initials', prefix: string): PinyinPhrase[] {
    const sorted = key === 'full' ? this.byFull : this.byInitials;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![key] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: PinyinPhrase[] = [];
    for (let i = lo; i < sorted.length && sorted[i]![key].startsWith(prefix); i++) out.push(sorted[i]!);
    return out;
  }

  private idf(df: number) {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Raise each document's score for this word to the term's BM25 score (times `factor`) where that is higher. */
  private termScores(term: string, factor: number, into: WordScores) {
    const list = this.postings.get(term);
    if (!list) return;
    for (const p of list) {
      const score = factor * p.score;
      if (score > into.scores[p.doc]!) {
        into.scores[p.doc] = score;
        into.phrases[p.doc] = p.phrases;
      }
    }
  }

  /** Prefix matches of typed pinyin (full or initials) against the pinyin of names, aliases, old names and keywords. */
  private pinyinPrefixScores(token: string, into: WordScores) {
    if (token.length < 2) return;
    // a phrase met both ways counts by its full pinyin
    const hits = new Map<PinyinPhrase, number>();
    for (const p of this.withPrefix('initials', token)) hits.set(p, token.length / p.initials.length);
    if (token.length >= 3) for (const p of this.withPrefix('full', token)) hits.set(p, token.length / p.full.length);
    if (!hits.size) return;
    const idf = this.idf(new Set([...hits.keys()].map((h) => h.doc)).size);
    for (const [h, coverage] of hits) {
      const field = this.docs[h.doc]!.phrases[h.phrase]!.field;
      const score = PINYIN_PHRASE_WEIGHT * GUIDE_FIELDS[field].weight * Math.sqrt(coverage) * idf * 0.5;
      if (score > into.scores[h.doc]!) {
        into.scores[h.doc] = score;
        into.phrases[h.doc] = [h.phrase];
      }
    }
  }

  /**
   * Characters of words the index never saw in any form (想开, 家门口): a document scores by its
   * phrase that holds the most of them, so 砍 and 树 together point to “砍树” more than 门 alone to 门诊.
   */
  private charScores(chars: string[], into: WordScores) {
    const byPhrase = new Map<number, { doc: number; phrase: number; score: number; hits: number }>();
    for (const ch of chars)
      for (const p of this.postings.get(`c:${ch}`) ?? [])
        for (const phrase of p.phrases) {
          const key = p.doc * MAX_PHRASES + phrase;
          const e = byPhrase.get(key) ?? { doc: p.doc, phrase, score: 0, hits: 0 };
          e.score += p.score;
          e.hits += 1;
          byPhrase.set(key, e);
        }
    for (const e of byPhrase.values()) {
      const score = (CHAR_WEIGHT * e.score * e.hits) / chars.length;
      if (score > into.scores[e.doc]!) {
        into.scores[e.doc] = score;
        into.phrases[e.doc] = [e.phrase];
      }
    }
  }

  /**
   * The query's words: the analyzer's, the concatenation of space-separated pinyin, and typed
   * pinyin cut into the pinyin of words the index knows ("zhuxiaogongsi" → zhuxiao + gongsi).
   */
  queryWords(q: string): string[] {
    const words = this.analyzer.words(q);
    const latin = q.trim().toLowerCase();
    if (/^[a-z]+(\s+[a-z]+)+$/.test(latin)) words.push(latin.replace(/\s+/g, ''));
    for (const w of [...words]) if (/^[a-z]{4,}$/.test(w)) words.push(...this.pinyinWords(w));
    return [...new Set(words)];
  }

  /** Cut a pinyin string into the fewest pinyin keys of indexed words (dynamic programming); none when it cannot be cut into two or more. */
  private pinyinWords(s: string): string[] {
    const best: (string[] | null)[] = [[]];
    for (let end = 1; end <= s.length; end++) {
      best[end] = null;
      for (let start = Math.max(0, end - MAX_PINYIN_KEY); start < end; start++) {
        const before = best[start];
        const key = s.slice(start, end);
        if (before && key.length >= 2 && this.postings.has(`p:${key}`) && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, key];
      }
    }
    const cut = best[s.length];
    return cut && cut.length >= 2 ? cut : [];
  }

  /**
   * Documents ranked best first, each with the phrases that matched, the words found in them and
   * how well the naming phrases fit the question. Only the documents with the strongest kind of
   * hit remain: a whole word of the question in a name, alias, keyword or old name beats one in
   * materials, situations or description only (营业执照 is a material of fifty items), which beats a
   * lone character or a part of a longer word (开 of 开饭店 meets 开医院, 开驾校, 开网吧 …; 营业 of
   * 营业执照 meets 营业性演出许可). A question met by lone characters only gets no answer.
   */
  search(q: string, limit = 10): GuideHit[] {
    const typed = this.queryWords(q);
    // the words the index knows in no form give their characters, scored together as one more "word"
    const pinyinOf = (w: string) => (w.length >= 2 ? this.analyzer.pinyin(w) : '');
    const unknown = typed.filter((w) => hasHan(w) && !this.postings.has(`w:${w}`) && !(pinyinOf(w) && this.postings.has(`p:${pinyinOf(w)}`)));
    const chars = [...new Set(unknown.flatMap((w) => [...w]))].filter((c) => !STOP_WORDS.has(c));
    const words = typed.filter((w) => !unknown.includes(w));
    const charWord = chars.length ? words.push(chars.join('')) - 1 : -1;
    if (!words.length) return [];
    const units = questionUnits(words, charWord);
    const plain = plainText(q);
    const n = this.docs.length;
    // search is synchronous, so one set of buffers per index serves every query without garbage
    const total = this.total.fill(0);
    const wordsHit = this.wordsHit.fill(0);
    // per document, its strongest hit: 3 a whole word of the question in a naming phrase, 2 a whole
    // word elsewhere, 1 a lone character or a word inside a longer one in a naming phrase, 0 the rest
    const tier = this.tier.fill(0);
    // a word inside a longer word of the question (营业 of 营业执照, 房子 of 盖房子: jieba's search mode gives both) is weaker than a whole one
    const inner = words.map((w, i) => i !== charWord && hasHan(w) && typed.some((o) => o.length > w.length && o.includes(w)));
    const perWord: WordScores[] = [];
    for (const [i, word] of words.entries()) {
      const best = this.wordBuffer(i);
      if (i === charWord) this.charScores(chars, best);
      else if (hasHan(word)) {
        this.termScores(`w:${word}`, 1, best);
        if (pinyinOf(word)) this.termScores(`p:${pinyinOf(word)}`, PINYIN_WEIGHT, best);
      } else {
        this.termScores(`w:${word}`, 1, best);
        this.termScores(`p:${word}`, PINYIN_WEIGHT, best);
        this.pinyinPrefixScores(word, best);
      }
      // a lone character (台, 买, 树) says less about the item than a word does
      const lone = word.length === 1 && hasHan(word);
      const weight = lone ? SINGLE_CHAR_WEIGHT : 1;
      for (let doc = 0; doc < n; doc++)
        if (best.scores[doc]! > 0) {
          total[doc]! += weight * best.scores[doc]!;
          wordsHit[doc]! += 1;
          const phrases = best.phrases[doc]!.map((p) => this.docs[doc]!.phrases[p]!);
          // the character fallback meets a document by a word only when its phrase holds two or more of the characters
          const whole = i === charWord ? phrases.some((p) => chars.filter((c) => p.text.includes(c)).length >= 2) : !lone && !inner[i];
          const t = (whole ? 2 : 0) + (phrases.some((p) => NAMING_FIELDS.has(p.field)) ? 1 : 0);
          if (t > tier[doc]!) tier[doc] = t;
        }
      perWord.push(best);
    }
    let bestTier = 0;
    for (let doc = 0; doc < n; doc++) if (total[doc]! > 0 && tier[doc]! > bestTier) bestTier = tier[doc]!;
    // lone characters alone (交电费 meets 交社保 by 交, 电梯 by 电) answer nothing, unless a lone character is all that was asked
    if (bestTier < 2 && units.length > 1) return [];
    // the best `limit` documents; those meeting more of the query's words rank above ones meeting one word many times
    const top: { doc: number; score: number }[] = [];
    for (let doc = 0; doc < n; doc++) {
      if (total[doc]! <= 0 || tier[doc]! < bestTier) continue;
      const score = total[doc]! * this.docs[doc]!.boost * (0.5 + (0.5 * wordsHit[doc]!) / words.length) * this.phraseBonus(doc, plain);
      if (top.length === limit && score <= top[limit - 1]!.score) continue;
      let i = Math.min(top.length, limit - 1);
      while (i > 0 && top[i - 1]!.score < score) i--;
      top.splice(i, 0, { doc, score });
      if (top.length > limit) top.pop();
    }
    return top.map(({ doc, score }) => {
      const d = this.docs[doc]!;
      const matched: GuideMatch[] = [];
      const at: number[] = [];
      for (let i = 0; i < perWord.length; i++)
        for (const p of perWord[i]!.phrases[doc] ?? []) {
          const { field, text } = d.phrases[p]!;
          const terms = i === charWord ? chars.filter((c) => text.includes(c)) : [words[i]!];
          const j = at.indexOf(p);
          if (j < 0) {
            at.push(p);
            matched.push({ field, text, terms });
          } else for (const t of terms) if (!matched[j]!.terms.includes(t)) matched[j]!.terms.push(t);
        }
      matched.sort((a, b) => GUIDE_FIELDS[b.field].weight - GUIDE_FIELDS[a.field].weight || b.terms.length - a.terms.length);
      return { id: d.id, score: Math.round(score * 1000) / 1000, matched: matched.slice(0, 4), fit: fitOf(units, matched), named: tier[doc] === 3 };
    });
  }

  /** Type-ahead: phrases of names, aliases and keywords that start with (or contain) the text, or whose pinyin starts with it. */
  suggest(q: string, limit = 8): { id: string; text: string; field: GuideField }[] {
    const text = q.trim().toLowerCase();
    if (!text) return [];
    const latin = /^[a-z\s]+$/.test(text) ? text.replace(/\s+/g, '') : '';
    const scored: { id: string; text: string; field: GuideField; rank: number }[] = [];
    if (latin) {
      const full = new Set(this.withPrefix('full', latin));
      for (const p of [...full, ...this.withPrefix('initials', latin).filter((x) => !full.has(x))]) {
        const phrase = this.docs[p.doc]!.phrases[p.phrase]!;
        const rank = full.has(p) ? 1 : 2;
        scored.push({ id: this.docs[p.doc]!.id, text: phrase.text, field: phrase.field, rank: rank * 10 + fieldRank(phrase.field) + phrase.text.length / 100 });
      }
    } else {
      this.docs.forEach((d) => {
        for (const phrase of d.phrases) {
          if (!GUIDE_FIELDS[phrase.field].pinyin) continue;
          const at = phrase.text.toLowerCase().indexOf(text);
          if (at >= 0) scored.push({ id: d.id, text: phrase.text, field: phrase.field, rank: (at === 0 ? 1 : 2) * 10 + fieldRank(phrase.field) + phrase.text.length / 100 - d.boost });
        }
      });
    }
    scored.sort((a, b) => a.rank - b.rank);
    const seen = new Set<string>();
    const out: { id: string; text: string; field: GuideField }[] = [];
    for (const s of scored) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      out.push({ id: s.id, text: s.text, field: s.field });
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Lower-cased letters, digits and Chinese characters only: what the whole-phrase bonus compares. */
const plainText = (s: string) => s.toLowerCase().replace(/[^\p{Script=Han}a-z0-9]/gu, '');

/** What a question asks, as units to cover: its words' Chinese characters, and its Latin words whole (pinyin, initials). */
function questionUnits(words: string[], charWord: number): string[] {
  const units = new Set<string>();
  words.forEach((w, i) => {
    if (i === charWord || hasHan(w)) for (const c of w) units.add(c);
    else if (!words.some((o, j) => j !== i && !hasHan(o) && o.length > w.length && o.includes(w))) units.add(w);
  });
  return [...units];
}

/** The share of the question's units met in naming phrases (a pinyin or homophone hit covers its word). */
function fitOf(units: string[], matched: GuideMatch[]): number {
  if (!units.length) return 0;
  const covered = new Set<string>();
  for (const m of matched)
    if (NAMING_FIELDS.has(m.field))
      for (const t of m.terms) {
        if (hasHan(t)) for (const c of t) covered.add(c);
        else covered.add(t);
      }
  // typed pinyin cut into words (zhuxiao + gongsi) covers the whole string it came from
  for (const u of units) if (!hasHan(u) && [...covered].some((c) => !hasHan(c) && u.includes(c))) covered.add(u);
  return units.filter((u) => covered.has(u)).length / units.length;
}

const fieldRank = (f: GuideField) => ({ name: 0, alias: 1, keyword: 2, oldName: 3 })[f as 'name'] ?? 4;

// ---------------------------------------------------------------------------------------------
// Situation questions (情形引导)

/** One question the guide asks about an item; its options are the item's situations. */
export interface SituationQuestion {
  id: string;
  text: string;
  /** single: pick one option (or none of them); yesno: the one situation applies or not */
  kind: 'single' | 'yesno';
  options: { code: string; name: string; description: string }[];
}

interface SituationLike {
  code: string;
  name: string;
  description: string;
  materialCodes: string[];
  question?: string;
}

/** The questions of an item: situations sharing a question are its options; a situation alone is asked as yes or no. */
export function situationQuestions(situations: SituationLike[]): SituationQuestion[] {
  const out: SituationQuestion[] = [];
  const byText = new Map<string, SituationQuestion>();
  for (const s of situations) {
    const option = { code: s.code, name: s.name, description: s.description };
    const text = s.question?.trim() ?? '';
    const group = text ? byText.get(text) : undefined;
    if (group) {
      group.options.push(option);
      group.kind = 'single';
      continue;
    }
    const q: SituationQuestion = { id: s.code, text: text || (/^(是否|有无|是不是)/.test(s.name) ? `${s.name}？` : `是否${s.name}？`), kind: 'yesno', options: [option] };
    if (text) byText.set(text, q);
    out.push(q);
  }
  return out;
}

/** Answers: question id → the chosen option's code (single) or true/false (yesno). */
export type SituationAnswers = Record<string, string | boolean>;

/** The situations the answers choose, or the answers that are not valid (path `answers.<id>`). */
export function situationsFromAnswers(questions: SituationQuestion[], answers: SituationAnswers): { codes: string[]; errors: { path: string; message: string }[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const codes: string[] = [];
  const errors: { path: string; message: string }[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const q = byId.get(id);
    const path = `answers.${id}`;
    if (!q) {
      errors.push({ path, message: `没有这个问题：${id}` });
    } else if (q.kind === 'yesno') {
      if (typeof answer !== 'boolean') errors.push({ path, message: '请回答 是（true）或 否（false）' });
      else if (answer) codes.push(q.options[0]!.code);
    } else if (typeof answer !== 'string' || !q.options.some((o) => o.code === answer)) {
      errors.push({ path, message: `请从以下选项中选择：${q.options.map((o) => `${o.code} ${o.name}`).join('、')}` });
    } else {
      codes.push(answer);
    }
  }
  return { codes, errors };
}

/** The materials for the answers: every required one and those the chosen situations add. */
export function checklistMaterials<M extends { code: string; requirement: 'required' | 'conditional' }>(
  item: { materials: M[]; situations: SituationLike[] },
  situationCodes: string[],
): (M & { addedBy: string[] })[] {
  const chosen = item.situations.filter((s) => situationCodes.includes(s.code));
  return materialsForSituations(item, situationCodes).map((m) => ({ ...m, addedBy: chosen.filter((s) => s.materialCodes.includes(m.code)).map((s) => s.name) }));
}

// ---------------------------------------------------------------------------------------------
// Scenarios (一件事)

const phrase = z.string().trim().min(1).max(100);

/** A life or business event that needs several items, in the order to do them. */
const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'id 只能是小写字母、数字和横线'),
  name: phrase,
  summary: z.string().trim().max(500).default(''),
  aliases: z.array(phrase).default([]),
  keywords: z.array(phrase).default([]),
  steps: z.array(z.object({ itemCode: catalogCode, note: z.string().trim().min(1).max(500) })).min(2),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The scenario file: unique ids. */
export const scenarioFileSchema = z.array(scenarioSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `场景 id 重复: ${s.id}` });
    seen.add(s.id);
  });
});

/** Steps naming items the catalog does not have, or cancelled ones (a scenario never sends anyone to those). */
export function scenarioProblems(scenarios: Scenario[], catalog: Map<string, { disposition: string | null }>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  scenarios.forEach((s, i) =>
    s.steps.forEach((step, j) => {
      const item = catalog.get(step.itemCode);
      if (!item) out.push({ path: `${i}.steps.${j}.itemCode`, message: `场景"${s.name}"引用了不存在的事项: ${step.itemCode}` });
      else if (item.disposition === 'cancelled') out.push({ path: `${i}.steps.${j}.itemCode`, message: `场景"${s.name}"引用了已取消的事项: ${step.itemCode}` });
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Where to go (matters this bureau does not handle)

/**
 * A matter people ask the guide about that no item of the catalog covers (婚姻登记, 居民身份证 …):
 * the office that handles it, in the same four fields as a not-stationed item's (ADR 0013).
 */
const referralSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'id 只能是小写字母、数字和横线'),
  name: phrase,
  aliases: z.array(phrase).default([]),
  keywords: z.array(phrase).min(1),
  officeName: phrase,
  officeAddress: phrase,
  officeHours: phrase,
  officePhone: phrase,
});
export type Referral = z.infer<typeof referralSchema>;

/** The referral file: unique ids. */
export const referralFileSchema = z.array(referralSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `去处 id 重复: ${r.id}` });
    seen.add(r.id);
  });
});

/** "婚姻登记不在本中心办理，请到…办理（地址…）。" */
export const referralText = (r: Referral) => `${r.name}不在本中心办理，${officeText(r)}。`;

// ---------------------------------------------------------------------------------------------
// Evaluation

/** An evaluation file: questions with the names of the items that answer them; none for a question no item answers (the guide must show no item). */
export const evalFileSchema = z.array(z.object({ q: z.string().trim().min(1).max(200), expect: z.array(z.string().trim().min(1)) })).min(1);
export type EvalCase = z.infer<typeof evalFileSchema>[number];

/**
 * Top-1 and top-3 over the questions some item answers (a hit when any expected name is among
 * the first k answers); precision: of the questions the guide answered with an item, the share
 * whose first item is an expected one (an item shown for a question no item answers is wrong);
 * and how many of the questions no item answers were left without an item.
 */
export interface EvalFigures {
  n: number;
  top1: number;
  top3: number;
  precision: number;
  none: { n: number; empty: number };
  misses: { q: string; expect: string[]; got: string[] }[];
}

/** Score a ranking function (question → item names, best first) on the cases. */
export async function evaluate(cases: EvalCase[], rank: (q: string) => Promise<string[]> | string[]): Promise<EvalFigures> {
  let top1 = 0;
  let top3 = 0;
  let answered = 0;
  let empty = 0;
  const misses: EvalFigures['misses'] = [];
  for (const c of cases) {
    const got = (await rank(c.q)).slice(0, 3);
    if (got.length) answered++;
    if (!c.expect.length) {
      if (got.length) misses.push({ q: c.q, expect: c.expect, got });
      else empty++;
      continue;
    }
    if (got.slice(0, 1).some((n) => c.expect.includes(n))) top1++;
    if (got.some((n) => c.expect.includes(n))) top3++;
    else misses.push({ q: c.q, expect: c.expect, got });
  }
  const none = cases.filter((c) => !c.expect.length).length;
  const n = cases.length - none;
  return { n, top1: n ? top1 / n : 0, top3: n ? top3 / n : 0, precision: answered ? top1 / answered : 1, none: { n: none, empty }, misses };
}
