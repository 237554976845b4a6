import { RoaringBitmap32 } from 'roaring';
import type { RankingExplanation } from '../engine/search-engine';
import { FIELD_LEVEL, SEPARATOR, type InvertedIndex } from './inverted-index';
import type { Derivation, Slot } from './query-plan';

/** Partial matches (fewer query words) complete the results only while all-words matches are fewer. */
export const PARTIAL_MATCH_BELOW = 20;
/** Proximity of two words in different fields, or not found near each other (Meilisearch caps at 8). */
export const FAR = 8;
const NO_MATCH = 999;
/** Digits of a code (typo × 100 + level × 10 + exactness), looked up rather than divided in hot loops. */
const CODE_TYPO = Uint8Array.from({ length: 1000 }, (_, c) => Math.floor(c / 100));
const CODE_LEVEL = Uint8Array.from({ length: 1000 }, (_, c) => Math.floor(c / 10) % 10);
const CODE_EXACT = Uint8Array.from({ length: 1000 }, (_, c) => c % 10);
const RANK_BITS = 2 ** 21;

export interface RankRequest {
  readonly slots: readonly Slot[];
  /** Live documents passing every filter. */
  readonly filter: RoaringBitmap32;
  /** Documents fitting the profile (tie-breaker), if a profile was given. */
  readonly fit?: RoaringBitmap32;
  /** How many of the best documents are wanted (offset + limit). */
  readonly need: number;
  /** Position of each document in the quality → freshness → id order. */
  readonly staticRank: Uint32Array;
}

export interface RankResult {
  /** Every document the text matched (with the filters): what totals and facets count. */
  readonly universe: RoaringBitmap32;
  /** The `need` best documents, best first. */
  readonly ordered: number[];
  readonly explain: Map<number, RankingExplanation>;
}

/**
 * The ranking rules, applied bucket by bucket like Meilisearch's: words (all query words,
 * then fewer), typo, proximity, attribute, exactness, then the tie-breakers fit, quality,
 * freshness. Each rule only orders documents the previous ones left tied, and work stops as
 * soon as `need` documents are placed: broad words cost a few bitmap operations, and
 * proximity (the only rule reading positions) runs on the buckets that fill the page.
 */
export function rank(index: InvertedIndex, request: RankRequest): RankResult {
  const { slots, filter, need } = request;
  const explain = new Map<number, RankingExplanation>();
  if (slots.length === 0) {
    const ordered = tieBreak(filter.toUint32Array(), request, need, (doc, fit) =>
      explain.set(doc, explanation(index, doc, 0, 0, 0, 0, 0, fit)),
    );
    return { universe: filter, ordered, explain };
  }
  // Words: documents matching the first k slots, for k = n, n - 1, … 1 while too few.
  const prefixes: RoaringBitmap32[] = [];
  let acc = filter;
  for (const slot of slots) prefixes.push((acc = RoaringBitmap32.and(acc, slot.docs)));
  const buckets: Array<{ docs: RoaringBitmap32; active: number }> = [
    { docs: prefixes[slots.length - 1], active: slots.length },
  ];
  let count = prefixes[slots.length - 1].size;
  for (let k = slots.length - 1; k >= 1 && count < PARTIAL_MATCH_BELOW; k--) {
    const docs = RoaringBitmap32.andNot(prefixes[k - 1], prefixes[k]);
    buckets.push({ docs, active: k });
    count += docs.size;
  }
  const universe = RoaringBitmap32.orMany(buckets.map((b) => b.docs));
  const ordered: number[] = [];
  for (const bucket of buckets) {
    if (ordered.length >= need) break;
    if (bucket.docs.isEmpty) continue;
    rankBucket(
      index,
      request,
      slots.slice(0, bucket.active),
      bucket.docs,
      need - ordered.length,
      ordered,
      explain,
    );
  }
  return { universe, ordered, explain };
}

function rankBucket(
  index: InvertedIndex,
  request: RankRequest,
  slots: readonly Slot[],
  bucket: RoaringBitmap32,
  want: number,
  out: number[],
  explain: Map<number, RankingExplanation>,
): void {
  const target = out.length + want;
  if (slots.length === 1 && slots[0].parts.length === 1) {
    rankOneWord(index, request, slots[0], bucket, target, out, explain);
    return;
  }
  const docs = bucket.toUint32Array();
  const n = docs.length;
  const pos = new Int32Array(index.capacity);
  for (let i = 0; i < n; i++) pos[docs[i]] = i;
  // Per slot, the best (typo, level, exactness) code of each document.
  const typo = new Uint8Array(n);
  const attribute = new Uint8Array(n);
  const exactness = new Uint8Array(n);
  for (const slot of slots) {
    const c = slotCodes(slot, bucket, docs, pos);
    for (let i = 0; i < n; i++) {
      typo[i] += c.typo[i];
      attribute[i] += c.level[i];
      exactness[i] += c.exact[i];
    }
  }
  const fits = request.fit ? marks(RoaringBitmap32.and(request.fit, bucket), pos, n) : undefined;
  // Typo buckets in order; proximity only for the ones that fill the page.
  let maxTypo = 0;
  for (let i = 0; i < n; i++) if (typo[i] > maxTypo) maxTypo = typo[i];
  // Proximity is between consecutive query words, inside a run naming a concept too.
  const wordCount = slots.reduce((sum, slot) => sum + slot.parts.length, 0);
  const masks = wordCount > 1 ? wordMasks(index, slots) : undefined;
  for (let t = 0; t <= maxTypo && out.length < target; t++) {
    let size = 0;
    for (let i = 0; i < n; i++) if (typo[i] === t) size++;
    if (size === 0) continue;
    const group = new Uint32Array(size);
    for (let i = 0, g = 0; i < n; i++) if (typo[i] === t) group[g++] = i;
    const keys = new Float64Array(group.length);
    const prox = new Uint8Array(group.length);
    for (let g = 0; g < group.length; g++) {
      const i = group[g];
      prox[g] = masks ? proximity(index.positionsOf(docs[i]), masks, wordCount) : 0;
      const nofit = fits !== undefined && fits[i] === 1 ? 0 : 1;
      const text = ((prox[g] * 64 + attribute[i]) * 64 + exactness[i]) * 2 + nofit;
      keys[g] = text * RANK_BITS + request.staticRank[docs[i]];
    }
    for (const g of smallest(keys, target - out.length)) {
      const i = group[g];
      out.push(docs[i]);
      explain.set(
        docs[i],
        explanation(
          index,
          docs[i],
          wordCount,
          t,
          prox[g],
          attribute[i],
          exactness[i],
          fits ? fits[i] : 0,
        ),
      );
    }
    if (out.length >= target) return;
  }
}

/**
 * One query word: its derivations' classes (typo, level, exactness), best first, are the
 * rules' buckets themselves, so each class is taken whole and work stops once the page is
 * full — however many offers a broad word matches, the cost is a few bitmap operations.
 */
function rankOneWord(
  index: InvertedIndex,
  request: RankRequest,
  slot: Slot,
  bucket: RoaringBitmap32,
  target: number,
  out: number[],
  explain: Map<number, RankingExplanation>,
): void {
  const classes = derivationClasses([...slot.parts[0].derivations, ...slot.synonyms]);
  const remaining = bucket.clone();
  for (const key of [...classes.keys()].sort((a, b) => a - b)) {
    if (out.length >= target || remaining.isEmpty) return;
    const hit = RoaringBitmap32.and(RoaringBitmap32.orMany(classes.get(key)!), remaining);
    if (hit.isEmpty) continue;
    remaining.andNotInPlace(hit);
    const groups = request.fit
      ? [
          { docs: RoaringBitmap32.and(hit, request.fit), fit: 1 },
          { docs: RoaringBitmap32.andNot(hit, request.fit), fit: 0 },
        ]
      : [{ docs: hit, fit: 0 }];
    for (const group of groups) {
      if (out.length >= target) return;
      const docs = group.docs.toUint32Array();
      const keys = new Float64Array(docs.length);
      for (let i = 0; i < docs.length; i++) keys[i] = request.staticRank[docs[i]];
      for (const i of smallest(keys, target - out.length)) {
        out.push(docs[i]);
        const typo = Math.floor(key / 100);
        const level = Math.floor(key / 10) % 10;
        explain.set(docs[i], explanation(index, docs[i], 1, typo, 0, level, key % 10, group.fit));
      }
    }
  }
}

/** Field bitmaps of derivations grouped by code = typo × 100 + level × 10 + exactness. */
function derivationClasses(derivations: readonly Derivation[]): Map<number, RoaringBitmap32[]> {
  const classes = new Map<number, RoaringBitmap32[]>();
  for (const d of derivations) {
    d.term.fields.forEach((bm, field) => {
      if (!bm) return;
      const key = d.typo * 100 + FIELD_LEVEL[field] * 10 + d.exactness;
      const list = classes.get(key);
      if (list) list.push(bm);
      else classes.set(key, [bm]);
    });
  }
  return classes;
}

/**
 * Per document of the bucket, the slot's typos, levels and exactness summed over its query
 * words: through the words themselves, or through the concept they name (then each word
 * counts the concept's level), whichever is better.
 */
function slotCodes(
  slot: Slot,
  bucket: RoaringBitmap32,
  docs: Uint32Array,
  pos: Int32Array,
): { typo: Uint8Array; level: Uint8Array; exact: Uint8Array } {
  const n = docs.length;
  const typo = new Uint8Array(n);
  const level = new Uint8Array(n);
  const exact = new Uint8Array(n);
  const missing = new Uint8Array(n);
  for (const part of slot.parts) {
    const c = derivationCodes(part.derivations, bucket, docs, pos);
    for (let i = 0; i < n; i++) {
      const code = c[i];
      if (code === NO_MATCH) {
        missing[i] = 1;
        continue;
      }
      typo[i] += CODE_TYPO[code];
      level[i] += CODE_LEVEL[code];
      exact[i] += CODE_EXACT[code];
    }
  }
  if (slot.synonyms.length === 0) return { typo, level, exact };
  const k = slot.parts.length;
  const viaConcept = derivationCodes(slot.synonyms, bucket, docs, pos);
  for (let i = 0; i < n; i++) {
    const code = viaConcept[i];
    if (code === NO_MATCH) continue;
    // A concept has no typo; each of its words counts its level and exactness.
    const l = CODE_LEVEL[code] * k;
    const e = CODE_EXACT[code] * k;
    if (missing[i] || typo[i] > 0 || l < level[i] || (l === level[i] && e < exact[i])) {
      typo[i] = 0;
      level[i] = l;
      exact[i] = e;
    }
  }
  return { typo, level, exact };
}

function derivationCodes(
  derivations: readonly Derivation[],
  bucket: RoaringBitmap32,
  docs: Uint32Array,
  pos: Int32Array,
): Uint16Array {
  const out = new Uint16Array(docs.length).fill(NO_MATCH);
  const classes = derivationClasses(derivations);
  const remaining = bucket.clone();
  for (const key of [...classes.keys()].sort((a, b) => a - b)) {
    const hit = RoaringBitmap32.and(RoaringBitmap32.orMany(classes.get(key)!), remaining);
    if (hit.isEmpty) continue;
    for (const d of hit.toUint32Array()) out[pos[d]] = key;
    remaining.andNotInPlace(hit);
    if (remaining.isEmpty) break;
  }
  return out;
}

function marks(bm: RoaringBitmap32, pos: Int32Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const d of bm.toUint32Array()) out[pos[d]] = 1;
  return out;
}

/** Term id → bit of each query word whose forms (typed, corrected, prefixed or stem-related) it is. */
function wordMasks(index: InvertedIndex, slots: readonly Slot[]): Uint16Array {
  const masks = new Uint16Array(index.termById.length);
  let bit = 0;
  for (const slot of slots) {
    for (const part of slot.parts) {
      for (const d of part.derivations) {
        masks[d.term.id] |= 1 << bit;
        for (const w of index.stemWords.get(d.term.id) ?? []) masks[w] |= 1 << bit;
      }
      bit++;
    }
  }
  return masks;
}

const LAST = new Int32Array(32);
const BEST = new Uint8Array(32);

/** Sum over consecutive slots of their closest distance in one field (reversed order costs one more). */
export function proximity(
  positions: Uint32Array | undefined,
  masks: Uint16Array,
  slotCount: number,
): number {
  const pairs = slotCount - 1;
  if (!positions) return pairs * FAR;
  // Scratch arrays reused across documents: allocating typed arrays per document costs more than the scan.
  const last = LAST;
  const best = BEST;
  last.fill(-1, 0, slotCount);
  best.fill(FAR, 0, pairs);
  let unsettled = pairs; // pairs not yet at distance 1: none left, nothing can improve
  for (let p = 0; p < positions.length && unsettled > 0; p++) {
    const t = positions[p];
    if (t === SEPARATOR) {
      last.fill(-1, 0, slotCount);
      continue;
    }
    const m = masks[t];
    if (!m) continue;
    for (let s = 0; s < slotCount; s++) {
      if ((m & (1 << s)) === 0) continue;
      if (s > 0 && last[s - 1] >= 0) {
        const d = p - last[s - 1];
        if (d < best[s - 1]) {
          if (d === 1) unsettled--;
          best[s - 1] = d;
        }
      }
      if (s < pairs && last[s + 1] >= 0) {
        const d = p - last[s + 1] + 1;
        if (d < best[s]) {
          if (d === 1) unsettled--;
          best[s] = d;
        }
      }
      last[s] = p;
    }
  }
  let sum = 0;
  for (let i = 0; i < pairs; i++) sum += best[i];
  return sum;
}

/** Orders documents by the tie-breakers only (no text): fit, then quality, freshness, id. */
function tieBreak(
  docs: Uint32Array,
  request: RankRequest,
  need: number,
  onPlaced: (doc: number, fit: number) => void,
): number[] {
  const fit = new Uint8Array(request.staticRank.length);
  if (request.fit)
    for (const d of RoaringBitmap32.and(request.fit, request.filter).toUint32Array()) fit[d] = 1;
  const keys = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++)
    keys[i] = (1 - fit[docs[i]]) * RANK_BITS + request.staticRank[docs[i]];
  return smallest(keys, need).map((i) => {
    onPlaced(docs[i], fit[docs[i]]);
    return docs[i];
  });
}

/** Indices of the k smallest keys, smallest first (keys are distinct: each ends with a static rank). */
export function smallest(keys: Float64Array, k: number): number[] {
  if (k <= 0 || keys.length === 0) return [];
  // Threshold from a quickselect on a copy, then sort only what is under it.
  const kth = k >= keys.length ? Infinity : select(Float64Array.from(keys), k - 1);
  const under: number[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] <= kth) under.push(i);
  return under.sort((a, b) => keys[a] - keys[b]).slice(0, k);
}

function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function explanation(
  index: InvertedIndex,
  doc: number,
  wordsMatched: number,
  typo: number,
  prox: number,
  attribute: number,
  exactness: number,
  fit: number,
): RankingExplanation {
  return {
    words: wordsMatched,
    typo,
    proximity: prox,
    attribute,
    exactness,
    fit,
    quality: index.quality[doc],
    freshness: index.freshness[doc],
  };
}
