import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as portugueseStemmer } from '@orama/stemmers/portuguese';
import type { SearchLanguage } from '../search-document';

/** A word of a text: its folded form and where it stands in the original string. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Letters with their combining marks (Arabic harakat, decomposed accents) and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CACHE_LIMIT = 200_000;
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/**
 * Case, accent and Arabic-variant blind form of a word: `Sénégal` → `senegal`, `أمل` → `امل`.
 * NFKD takes hamza and madda off alef (they are marks), tatweel and marks go, alef maqsura
 * and ta marbuta take their common spellings, Arabic-Indic digits become ASCII digits.
 */
export function fold(word: string): string {
  let out = word
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase();
  if (/[\u0600-\u06ff]/u.test(out)) {
    out = out
      .replace(/\u0649/gu, '\u064a')
      .replace(/\u0629/gu, '\u0647')
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => {
        const c = d.charCodeAt(0);
        return String(
          c - (c >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO),
        );
      });
  }
  return out;
}

const folded = new Map<string, string>();

/** `fold`, remembered: a catalogue repeats its words, and folding is the costly part of reading a text. */
function foldCached(raw: string): string {
  let out = folded.get(raw);
  if (out === undefined) {
    out = fold(raw);
    if (folded.size >= CACHE_LIMIT) folded.clear();
    folded.set(raw, out);
  }
  return out;
}

/** The words of a text with their offsets, folded. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldCached(m[0]);
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Folded words only (queries, labels, documents): the whole text is folded at once, then split. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

export const isArabicScript = (word: string) => /[\u0600-\u06ff]/u.test(word);

const STEMMERS: Record<SearchLanguage, (word: string) => string> = {
  fr: frenchStemmer,
  en: englishStemmer,
  pt: portugueseStemmer,
  ar: arabicStemmer,
};

const cache: Record<SearchLanguage, Map<string, string>> = {
  fr: new Map(),
  en: new Map(),
  pt: new Map(),
  ar: new Map(),
};

/**
 * The Snowball stem of a folded word in one language, folded again. Latin-script stemmers
 * only see Latin words and the Arabic one only Arabic words, so a stemmer never acts on a
 * word of another script. Stems are cached: a catalogue repeats its words.
 */
export function stem(word: string, lang: SearchLanguage): string {
  const arabic = isArabicScript(word);
  if ((lang === 'ar') !== arabic || word.length < 3) return word;
  const memo = cache[lang];
  let out = memo.get(word);
  if (out === undefined) {
    out = fold(STEMMERS[lang](word));
    if (!out) out = word;
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(word, out);
  }
  return out;
}
