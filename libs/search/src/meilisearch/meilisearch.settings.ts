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
export const DESCRIPTION_ATTRIBUTES = perLanguage('description');

/**
 * Order matters: `attributeRank` prefers matches in earlier attributes, in the product's order
 * (title; organisation and the vocabulary labels; summary; description and tags). Meilisearch
 * gives every attribute its own level, so within a tier the listed order also counts.
 */
export const SEARCHABLE_ATTRIBUTES = [
  ...TITLE_ATTRIBUTES,
  'organisationName',
  'categoryLabels',
  'sectorLabels',
  'stageLabels',
  'countryNames',
  ...SUMMARY_ATTRIBUTES,
  ...DESCRIPTION_ATTRIBUTES,
  'tags',
];

export const SORTABLE_ATTRIBUTES = ['deadlineTs', 'publishedTs', 'qualityScore'];

/**
 * Not a SearchDocument field: the mapper adds it to the stored document (epoch seconds of the
 * last verification, else of publication) for the last tie-breaker.
 */
export const FRESHNESS_ATTRIBUTE = 'freshnessTs';

/**
 * The product's ranking contract (docs/search-ranking.md) as Meilisearch rules:
 *
 * - `attributeRank`, not `attribute`: the legacy `attribute` rule also ranks by the word's
 *   position inside the field, a criterion the contract does not have, before exactness.
 * - `sort` only acts when a query asks for deadline or newest order; right after `words`, the
 *   reader's order applies to every offer matching the query's words. Without a sort it is
 *   inert, and the order is the contract's.
 * - quality then freshness break the ties the text rules leave. Custom rules never enter
 *   `_rankingScore`, and their attributes need not be sortable (they are faceted anyway).
 *
 * What Meilisearch cannot express of the contract:
 * - fit: it depends on the reader, and rules are per index. The engine stands in for it with
 *   a federated search whose profile query weighs 1 + 1e-10 (only text ties move), and with
 *   two queries laid end to end when there is no query text (see meilisearch.engine.ts).
 * - attribute tiers: each searchable attribute is its own level, so within the title tier a
 *   French title outranks an English one, and organisation > category > sector > stage >
 *   country within the labels tier; description and tags are two levels too.
 * - exactness is Meilisearch's: an attribute equal to the query, then one starting with it,
 *   then the number of words matched without typo or prefix. Meilisearch does not stem, so
 *   there is no stem bucket (nor stem match); plurals only match as prefixes or typos.
 * - the vocabulary works through `synonyms` (meilisearch.synonyms.ts): typed words are
 *   expanded at query time, documents stay as written. A synonym applies to a name typed as
 *   listed (case and accents aside); the contract also recognises names through stemmers
 *   (`financements`), which Meilisearch has not (a plural may still reach the document's own
 *   word as a typo).
 * - words: Meilisearch drops the last query words when too few documents match them all to
 *   fill the requested page (its `last` strategy), not below the contract's fixed 20; and only
 *   the first 10 query words count.
 * - an explicit sort: ties on the sort value fall to the text rules before quality and
 *   freshness (the contract goes straight to quality).
 */
export const RANKING_RULES = [
  'words',
  'sort',
  'typo',
  'proximity',
  'attributeRank',
  'exactness',
  'qualityScore:desc',
  `${FRESHNESS_ATTRIBUTE}:desc`,
];

/** Meilisearch's own defaults, set explicitly so drift from them is noticed. */
export const TYPO_TOLERANCE = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
};

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

/**
 * The settings `prepare()` and `rebuild()` converge the index to. Synonyms only when given:
 * without them, whatever the index holds is left alone.
 */
export function wantedSettings(synonyms?: Readonly<Record<string, readonly string[]>>): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: FILTERABLE_ATTRIBUTES.map((r) => structuredClone(r)),
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    typoTolerance: structuredClone(TYPO_TOLERANCE),
    localizedAttributes: SEARCH_LANGUAGES.map((lang) => ({
      attributePatterns: [`*_${lang}`],
      locales: [LOCALES[lang]],
    })),
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    stopWords: [],
    ...(synonyms
      ? {
          synonyms: Object.fromEntries(
            Object.entries(synonyms).map(([word, values]) => [word, [...values]]),
          ),
        }
      : {}),
  };
}

export interface SettingDrift {
  readonly setting: keyof Settings;
  readonly current: unknown;
  readonly wanted: unknown;
}

/**
 * Settings whose current value differs from the wanted one. Lists are compared in order where
 * order means something (searchable attributes, ranking rules) and as sets elsewhere (synonyms:
 * each word's list as a set); nested
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
    case 'synonyms':
      return canonical(synonymSets(have)) === canonical(synonymSets(want));
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

/** word → its synonyms as a sorted set: the server answers keys sorted, values as sent. */
function synonymSets(value: unknown): [string, string[]][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .map(([word, values]): [string, string[]] => [word, [...new Set(sortedStrings(values))]])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
