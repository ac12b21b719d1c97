/**
 * The guide's text tools: jieba word segmentation (@node-rs/jieba, its search mode, so 二手房
 * also yields 二手) and pinyin-pro for the pinyin of words and phrases, with a cache because
 * pinyin conversion is the slow part of a query.
 */
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { hasHan, STOP_WORDS, type Analyzer } from '../../../domain/guide.js';

// jieba's dictionary and pinyin-pro's (each a tenth to a fifth of a second to load) on the first use, not when the server starts (ADR 0023)
const require = createRequire(import.meta.url);
let pinyinPro: typeof import('pinyin-pro') | undefined;
let jieba: Jieba | undefined;

function loadJieba(): Jieba {
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
  return JiebaClass.withDict(dict);
}

const MAX_CACHED = 50_000;

/** Memoise a string function, forgetting everything when the cache is full (queries are unbounded). */
function cached(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= MAX_CACHED) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

const TOKEN = /[\p{Script=Han}a-z0-9]/u;

/** The analyzer over jieba and pinyin-pro (one jieba dictionary per process, loaded on first use). */
export function chineseAnalyzer(): Analyzer {
  const syllables = (s: string) => (pinyinPro ??= require('pinyin-pro') as typeof import('pinyin-pro')).pinyin(s.replace(/[^\p{Script=Han}]/gu, ''), { toneType: 'none', type: 'array', v: true });
  return {
    words: (text) => {
      const out: string[] = [];
      for (const raw of (jieba ??= loadJieba()).cutForSearch(text.toLowerCase(), true)) {
        const w = raw.trim();
        if (w && TOKEN.test(w) && !STOP_WORDS.has(w)) out.push(w);
      }
      return out;
    },
    pinyin: cached((s) => (hasHan(s) ? syllables(s).join('') : '')),
    initials: cached((s) => (hasHan(s) ? syllables(s).map((p) => p.charAt(0)).join('') : '')),
  };
}
