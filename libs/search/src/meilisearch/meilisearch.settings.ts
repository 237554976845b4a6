import type { GranularFilterableAttribute, Settings } from 'meilisearch';
import type { FacetName } from '../engine/search-engine';
import { SEARCH_LANGUAGES, type SearchLanguage } from '../search-document';

/** Always explicit: Meilisearch would otherwise guess it from the first batch of documents. */
export const PRIMARY_KEY = 'id';

/** The document attribute each facet of the port counts and filters on. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  category: 'categoryCodes',
  sector: 'sectorCodes',
  stage: 'stageCodes',
  targetCountry: 'targetCountries',
  residenceCountry: 'residenceCountries',
  deliveryLanguage: 'deliveryLanguages',
  format: 'format',
};

const perLanguage = (field: 'title' | 'summary' | 'description') =>
  SEARCH_LANGUAGES.map((lang) => `${field}_${lang}`);

export const TITLE_ATTRIBUTES = perLanguage('title');
export const SUMMARY_ATTRIBUTES = perLanguage('summary');

/** Order matters: the `attribute` ranking rule prefers matches in earlier attributes. */
export const SEARCHABLE_ATTRIBUTES = [
  ...TITLE_ATTRIBUTES,
  'organisationName',
  'categoryLabels',
  'countryNames',
  'sectorLabels',
  'stageLabels',
  'tags',
  ...SUMMARY_ATTRIBUTES,
  ...perLanguage('description'),
];

export const SORTABLE_ATTRIBUTES = ['deadlineTs', 'publishedTs', 'qualityScore'];

/**
 * Text relevance first; `sort` only applies when a query asks for one; the quality score is a
 * coarse last tie-breaker (a custom rule, so it never enters `_rankingScore`).
 */
export const RANKING_RULES = [
  'words',
  'typo',
  'proximity',
  'attribute',
  'sort',
  'exactness',
  'qualityScore:desc',
];

/** ISO 639-3 codes Meilisearch's tokenizer knows, per language suffix of the document fields. */
export const LOCALES: Record<SearchLanguage, string> = {
  fr: 'fra',
  en: 'eng',
  pt: 'por',
  ar: 'ara',
};

/** Enough for every country code, small enough to keep facet responses light. */
export const MAX_VALUES_PER_FACET = 300;
/** Deepest result a reader can page to (offset + limit). */
export const MAX_TOTAL_HITS = 10_000;

const rule = (
  attributePatterns: string[],
  facetSearch: boolean,
  comparison: boolean,
): GranularFilterableAttribute => ({
  attributePatterns,
  features: { facetSearch, filter: { equality: true, comparison } },
});

/**
 * Granular filterable attributes: Meilisearch builds only the structures each attribute needs.
 * - facets: equality filters, facet counts and facet search (long lists such as countries);
 * - flags and ids: equality only (ids serve `distinct` in suggestions);
 * - numbers: equality and comparison (`deadlineTs <= …`), no facet search.
 */
export const FILTERABLE_ATTRIBUTES: GranularFilterableAttribute[] = [
  rule(Object.values(FACET_ATTRIBUTES), true, false),
  rule(
    ['free', 'organisationVerified', 'diasporaOnly', 'rolling', 'organisationId', 'categoryCode'],
    false,
    false,
  ),
  rule(['deadlineTs', 'opensTs', 'fundingMaxEur', 'publishedTs', 'qualityScore'], false, true),
];

/** The settings `prepare()` and `rebuild()` converge the index to. */
export function wantedSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: FILTERABLE_ATTRIBUTES.map((r) => structuredClone(r)),
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    localizedAttributes: SEARCH_LANGUAGES.map((lang) => ({
      attributePatterns: [`*_${lang}`],
      locales: [LOCALES[lang]],
    })),
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    stopWords: [],
  };
}

export interface SettingDrift {
  readonly setting: keyof Settings;
  readonly current: unknown;
  readonly wanted: unknown;
}

/**
 * Settings whose current value differs from the wanted one. Lists are compared in order where
 * order means something (searchable attributes, ranking rules) and as sets elsewhere; nested
 * objects (typo tolerance, faceting, pagination) only on the keys we set, since the server
 * answers with every key filled in.
 */
export function settingsDrift(
  current: Settings,
  wanted: Settings = wantedSettings(),
): SettingDrift[] {
  const drift: SettingDrift[] = [];
  for (const setting of Object.keys(wanted) as (keyof Settings)[]) {
    const want = wanted[setting];
    const have = current[setting];
    if (!sameSetting(setting, have, want)) drift.push({ setting, current: have, wanted: want });
  }
  return drift;
}

function sameSetting(setting: keyof Settings, have: unknown, want: unknown): boolean {
  switch (setting) {
    case 'searchableAttributes':
    case 'rankingRules':
      return canonical(have ?? null) === canonical(want ?? null);
    case 'sortableAttributes':
    case 'stopWords':
      return canonical(sortedStrings(have)) === canonical(sortedStrings(want));
    case 'filterableAttributes':
      return canonical(filterFeatures(have)) === canonical(filterFeatures(want));
    case 'localizedAttributes':
      return canonical(localizedRules(have)) === canonical(localizedRules(want));
    default:
      return containsSubset(have, want);
  }
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const sortedStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String).sort() : [];

/**
 * attribute → features. A plain string means every feature (the legacy syntax); a missing
 * feature in the object syntax takes Meilisearch's default (equality on, the rest off).
 */
function filterFeatures(value: unknown): [string, string][] {
  if (!Array.isArray(value)) return [];
  const features = new Map<string, string>();
  for (const entry of value as (string | Partial<GranularFilterableAttribute>)[]) {
    if (typeof entry === 'string') {
      features.set(entry, 'facetSearch+equality+comparison');
      continue;
    }
    const f = entry.features;
    const flags = [
      f?.facetSearch ? 'facetSearch' : '',
      (f?.filter?.equality ?? true) ? 'equality' : '',
      f?.filter?.comparison ? 'comparison' : '',
    ];
    for (const pattern of entry.attributePatterns ?? []) {
      features.set(pattern, flags.filter(Boolean).join('+'));
    }
  }
  return [...features.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function localizedRules(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return (value as { attributePatterns?: string[]; locales?: string[] }[])
    .map((r) => canonical([sortedStrings(r.attributePatterns), sortedStrings(r.locales)]))
    .sort();
}

/** True when every key set in `want` has the same value in `have` (recursively). */
function containsSubset(have: unknown, want: unknown): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    if (!have || typeof have !== 'object' || Array.isArray(have)) return false;
    return Object.entries(want).every(([key, value]) =>
      containsSubset((have as Record<string, unknown>)[key], value),
    );
  }
  return canonical(have ?? null) === canonical(want ?? null);
}
