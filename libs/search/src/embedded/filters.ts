import { RoaringBitmap32 } from 'roaring';
import {
  FACETS,
  type FacetName,
  type SearchFilters,
  type SearchProfile,
} from '../engine/search-engine';
import type { InvertedIndex } from './inverted-index';

/** What the filters read from the index. */
export type FilterableIndex = Pick<
  InvertedIndex,
  'alive' | 'flags' | 'facets' | 'capacity' | 'fundingMaxEur' | 'opens' | 'deadline' | 'published'
>;

export interface FilterBitmaps {
  /** Live documents passing every filter that is not a facet. */
  readonly base: RoaringBitmap32;
  /** Each facet's filter apart (values ORed), so a facet's counts can leave its own out. */
  readonly byFacet: Map<FacetName, RoaringBitmap32>;
}

const FACET_FILTER: Record<FacetName, (f: SearchFilters) => string[] | undefined> = {
  category: (f) => f.categories,
  sector: (f) => f.sectors,
  stage: (f) => f.stages,
  targetCountry: (f) => f.targetCountries,
  residenceCountry: (f) => f.residenceCountries,
  deliveryLanguage: (f) => f.deliveryLanguages,
  format: (f) => f.formats,
};

/** Epoch seconds of a UTC day's first second, or of its last with `endOfDay`. */
export function dayTs(day: string, endOfDay = false): number {
  return Math.floor(Date.parse(`${day}T${endOfDay ? '23:59:59' : '00:00:00'}Z`) / 1000);
}

/**
 * The embedded engine's filters, with the same meaning as Meilisearch's (meilisearch.filter.ts):
 * open now = opened on or before today and deadline today or later; deadline before = a fixed
 * deadline up to the end of that day (rolling offers out); published after = strictly after.
 */
export function filterBitmaps(
  index: FilterableIndex,
  f: SearchFilters,
  today: string,
): FilterBitmaps {
  const parts: RoaringBitmap32[] = [index.alive];
  if (f.freeOnly) parts.push(index.flags.free);
  if (f.verifiedOnly) parts.push(index.flags.verified);
  if (f.diasporaOnly) parts.push(index.flags.diasporaOnly);
  let base = andAll(parts);
  const todayStart = dayTs(today);
  const deadlineEnd = f.deadlineBefore ? dayTs(f.deadlineBefore, true) : undefined;
  if (
    f.minAmountEur !== undefined ||
    f.openNow ||
    deadlineEnd !== undefined ||
    f.publishedAfterTs !== undefined
  ) {
    // Range conditions on the per-document columns, one pass over the documents left
    // (rolling marks in an array: one native call, not one per document).
    const rolling = new Uint8Array(index.capacity);
    if (deadlineEnd !== undefined)
      for (const n of index.flags.rolling.toUint32Array()) rolling[n] = 1;
    const kept: number[] = [];
    for (const n of base.toUint32Array()) {
      if (f.minAmountEur !== undefined && !(index.fundingMaxEur[n] >= f.minAmountEur)) continue;
      if (f.openNow && !(index.opens[n] <= todayStart && index.deadline[n] >= todayStart)) continue;
      if (deadlineEnd !== undefined && (rolling[n] || index.deadline[n] > deadlineEnd)) continue;
      if (f.publishedAfterTs !== undefined && !(index.published[n] > f.publishedAfterTs)) continue;
      kept.push(n);
    }
    base = new RoaringBitmap32(kept);
  }
  const byFacet = new Map<FacetName, RoaringBitmap32>();
  for (const facet of FACETS) {
    const values = FACET_FILTER[facet](f);
    if (!values?.length) continue;
    byFacet.set(
      facet,
      RoaringBitmap32.orMany(
        values.map((v) => index.facets[facet].get(v)).filter((b): b is RoaringBitmap32 => !!b),
      ),
    );
  }
  return { base, byFacet };
}

/** Offers fitting the profile on at least one criterion (no profile: none). */
export function profileFit(
  index: Pick<InvertedIndex, 'facets'>,
  p: SearchProfile | undefined,
): RoaringBitmap32 | undefined {
  if (!p) return undefined;
  const get = (facet: FacetName, values: Array<string | undefined>) =>
    values.map((v) => (v ? index.facets[facet].get(v) : undefined));
  const bitmaps = [
    ...get('residenceCountry', [p.residenceCountry]),
    ...get('targetCountry', p.targetCountries ?? []),
    ...get('sector', p.sectors ?? []),
    ...get('stage', [p.stage]),
  ].filter((b): b is RoaringBitmap32 => !!b);
  return RoaringBitmap32.orMany(bitmaps);
}

/** Intersection of several bitmaps (the binding has `orMany` only). */
export function andAll(bitmaps: readonly RoaringBitmap32[]): RoaringBitmap32 {
  const out = bitmaps[0].clone();
  for (let i = 1; i < bitmaps.length; i++) out.andInPlace(bitmaps[i]);
  return out;
}
