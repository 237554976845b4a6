import { RoaringBitmap32 } from 'roaring';
import { SEARCH_LANGUAGES, type SearchLanguage } from '../search-document';
import type { PlatformVocabulary } from '../vocabulary/platform-vocabulary';
import {
  FIELD_LEVEL,
  languageBit,
  shapeKey,
  stemToken,
  type InvertedIndex,
  type Term,
} from './inverted-index';
import { stem, words } from './text';

/** Meilisearch's defaults: one typo from 5 letters, two from 9. */
export const ONE_TYPO_FROM = 5;
export const TWO_TYPOS_FROM = 9;
/** Longer queries are cut: the words rule would have nothing left to decide. */
export const MAX_QUERY_WORDS = 10;

export const EXACT = 0;
/** A concept of the platform's vocabulary the words name (a synonym): after the words themselves. */
export const CONCEPT = 1;
export const PREFIX = 2;
export const STEM = 3;

/** One way a query word matches an index term. */
export interface Derivation {
  readonly term: Term;
  readonly typo: number;
  /** EXACT (the word itself), CONCEPT (a synonym from the vocabulary), PREFIX or STEM. */
  readonly exactness: number;
}

export interface Part {
  readonly word: string;
  readonly derivations: Derivation[];
}

/**
 * A unit of the words rule: one query word, or a run of words that names a concept of the
 * platform's vocabulary (then matched either by all its words or by the concept).
 */
export interface Slot {
  readonly parts: Part[];
  readonly synonyms: Derivation[];
  /** Documents matching the slot in any field. */
  docs: RoaringBitmap32;
}

/** Splits the query into slots and finds every derivation of every word in the index. */
export function planQuery(
  q: string,
  index: InvertedIndex,
  vocabulary: PlatformVocabulary,
  lang: SearchLanguage,
  prefixes: PrefixFinder,
): Slot[] {
  const qw = words(q).slice(0, MAX_QUERY_WORDS);
  if (qw.length === 0) return [];
  const lastIsPrefix = /[\p{L}\p{M}\p{N}]$/u.test(q.trim()) && [...qw[qw.length - 1]].length >= 2;
  const spans = vocabulary.spans(qw);
  const slots: Slot[] = [];
  for (let i = 0; i < qw.length;) {
    const span = spans.find((s) => s.start === i);
    const end = span ? span.end : i + 1;
    const parts: Part[] = [];
    for (let k = i; k < end; k++) {
      const isLast = k === qw.length - 1;
      parts.push({
        word: qw[k],
        derivations: derive(qw[k], index, lang, isLast && lastIsPrefix, prefixes),
      });
    }
    const synonyms: Derivation[] = [];
    for (const token of span?.tokens ?? []) {
      const term = index.term(token);
      if (term) synonyms.push({ term, typo: 0, exactness: CONCEPT });
    }
    const slot: Slot = { parts, synonyms, docs: new RoaringBitmap32() };
    slot.docs = slotDocs(slot);
    slots.push(slot);
    i = end;
  }
  return slots;
}

/** Documents containing a term in any field. */
export function termDocs(term: Term): RoaringBitmap32 {
  return RoaringBitmap32.orMany(term.fields.filter((b): b is RoaringBitmap32 => !!b));
}

function slotDocs(slot: Slot): RoaringBitmap32 {
  let all: RoaringBitmap32 | undefined;
  for (const part of slot.parts) {
    const docs = RoaringBitmap32.orMany(part.derivations.map((d) => termDocs(d.term)));
    all = all ? RoaringBitmap32.and(all, docs) : docs;
  }
  const synonyms = slot.synonyms.map((d) => termDocs(d.term));
  return RoaringBitmap32.orMany([all ?? new RoaringBitmap32(), ...synonyms]);
}

/**
 * Derivations of recent words, per index and vocabulary version: people search the same words,
 * and finding typo candidates is the costly part of planning. A new word in the index clears it.
 */
const derivationCache = new WeakMap<
  InvertedIndex,
  { version: number; words: Map<string, Derivation[]> }
>();
const DERIVATION_CACHE_SIZE = 5000;

function derive(
  word: string,
  index: InvertedIndex,
  lang: SearchLanguage,
  asPrefix: boolean,
  prefixes: PrefixFinder,
): Derivation[] {
  let cache = derivationCache.get(index);
  if (!cache || cache.version !== index.vocabularyVersion) {
    cache = { version: index.vocabularyVersion, words: new Map() };
    derivationCache.set(index, cache);
  }
  const key = `${lang}|${asPrefix ? 1 : 0}|${word}`;
  let found = cache.words.get(key);
  if (!found) {
    found = deriveUncached(word, index, lang, asPrefix, prefixes);
    if (cache.words.size >= DERIVATION_CACHE_SIZE) cache.words.clear();
    cache.words.set(key, found);
  }
  return found;
}

function deriveUncached(
  word: string,
  index: InvertedIndex,
  lang: SearchLanguage,
  asPrefix: boolean,
  prefixes: PrefixFinder,
): Derivation[] {
  const out: Derivation[] = [];
  const seen = new Set<number>();
  const add = (term: Term | undefined, typo: number, exactness: number) => {
    if (term && !seen.has(term.id)) {
      seen.add(term.id);
      out.push({ term, typo, exactness });
    }
  };
  const exact = index.term(word);
  add(exact, 0, EXACT);
  // A stemmer only matches text of its own language, and only for a word of that language
  // (one the index has seen in such text, or the reader's language); an unknown word may be of any.
  for (const l of SEARCH_LANGUAGES) {
    const known = exact ? (exact.langs & languageBit(l)) !== 0 : true;
    if (known || l === lang) add(index.term(stemToken(l, stem(word, l))), 0, STEM);
  }
  if (asPrefix) for (const term of prefixes.find(word)) add(term, 0, PREFIX);
  const length = [...word].length;
  if (length >= ONE_TYPO_FROM) {
    const max = length >= TWO_TYPOS_FROM ? 2 : 1;
    for (const [term, typos] of typoCandidates(word, max, index)) add(term, typos, EXACT);
  }
  return out;
}

/** Words within `max` edits; a different first letter counts as two typos (as in Meilisearch). */
function typoCandidates(word: string, max: number, index: InvertedIndex): Array<[Term, number]> {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const length = [...word].length;
  const out: Array<[Term, number]> = [];
  for (let len = length - max; len <= length + max; len++) {
    for (const id of index.wordsByShape.get(shapeKey(first, len)) ?? []) {
      const term = index.termById[id];
      if (term.text === word) continue;
      const d = editDistance(word, term.text, max);
      if (d <= max) out.push([term, d]);
    }
  }
  if (max === 2) {
    // A typo on the first letter alone (it counts as two) on a long word.
    const tail = word.slice(first.length);
    const sameLength = `${length}:`;
    for (const [shape, ids] of index.wordsByShape) {
      if (!shape.startsWith(sameLength) || shape === shapeKey(first, length)) continue;
      for (const id of ids) {
        const text = index.termById[id].text;
        if (text.endsWith(tail) && text.length - tail.length <= 2)
          out.push([index.termById[id], 2]);
      }
    }
  }
  return out;
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (a transposition is one edit) over UTF-16 units (our
 * scripts are in the BMP), or max + 1 as soon as every path is beyond `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (cols > rows[0].length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(cols * 2);
  let [prev2, prev, cur] = rows;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[cols - 1];
}

/** Words starting with a prefix, from a sorted copy of the vocabulary rebuilt when it grows. */
export class PrefixFinder {
  private sorted: Term[] = [];
  private builtAt = -1;

  constructor(private readonly index: InvertedIndex) {}

  find(prefix: string): Term[] {
    if (this.builtAt !== this.index.vocabularyVersion) {
      this.sorted = this.index.termById
        .filter((t) => !t.text.startsWith('#') && !t.text.startsWith('~'))
        .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      this.builtAt = this.index.vocabularyVersion;
    }
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].text < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Term[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].text.startsWith(prefix); i++) {
      if (this.sorted[i].text !== prefix) out.push(this.sorted[i]);
    }
    return out;
  }
}

/** Level of a field index (re-exported for the ranking code). */
export const levelOf = (field: number) => FIELD_LEVEL[field];
