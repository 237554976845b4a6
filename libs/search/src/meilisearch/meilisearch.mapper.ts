import { allCountryNames, escapeHtml } from '@app/core';
import {
  MATCH_FIELDS,
  type FacetName,
  type MatchField,
  type MatchReason,
  type RankingExplanation,
  type SearchHit,
} from '../engine/search-engine';
import { SEARCH_LANGUAGES, type SearchDocument, type SearchLanguage } from '../search-document';
import {
  FACET_ATTRIBUTES,
  FRESHNESS_ATTRIBUTE,
  MAX_VALUES_PER_FACET,
} from './meilisearch.settings';

/**
 * Meilisearch returns highlighted text raw (not HTML-escaped). It is asked to wrap matches in
 * two private-use characters instead of `<mark>`; the text is then escaped and only those
 * markers become `<mark>`/`</mark>`, so markup written in an offer can never pass through.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
export const HIGHLIGHT_TAGS = { highlightPreTag: MARK_START, highlightPostTag: MARK_END };

export { escapeHtml };

/** Escaped text with the matches in `<mark>`; unbalanced markers are dropped. */
export function highlightHtml(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

export const stripMarks = (text: string): string => text.replace(/[\uE000\uE001]/g, '');

export function markCount(value: unknown): number {
  if (typeof value === 'string') return value.split(MARK_START).length - 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + markCount(v), 0);
  return 0;
}

export type RawHit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>;
  _federation?: { queriesPosition?: number };
  _matchesPosition?: Record<string, MatchBounds[] | undefined> | null;
  _rankingScoreDetails?: Record<string, unknown> | null;
};

/** One match of `_matchesPosition`: byte offsets, and for arrays the element's index. */
export interface MatchBounds {
  start: number;
  length: number;
  indices?: number[] | null;
}

/** What the index stores: the SearchDocument plus the fields only ranking needs. */
export type IndexedDocument = SearchDocument & { [FRESHNESS_ATTRIBUTE]: number };

/** Epoch seconds of the last verification, else of publication (0 when neither is known). */
export function freshnessOf(document: SearchDocument): number {
  const verified = document.lastVerifiedAt ? Date.parse(document.lastVerifiedAt) : NaN;
  return Number.isFinite(verified) ? Math.floor(verified / 1000) : (document.publishedTs ?? 0);
}

export function toIndexedDocument(document: SearchDocument): IndexedDocument {
  return { ...document, [FRESHNESS_ATTRIBUTE]: freshnessOf(document) };
}

/** The stored document as the port knows it: no `_formatted`, `_rankingScore`, freshness… */
export function toSearchDocument(hit: RawHit): SearchDocument {
  return Object.fromEntries(
    Object.entries(hit).filter(([key]) => !key.startsWith('_') && key !== FRESHNESS_ATTRIBUTE),
  ) as unknown as SearchDocument;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The language to show: among the document's languages, the reader's own if its title or
 * summary matched, else the one with most matches; with no match at all, the reader's
 * language if the offer has it, else the offer's first language.
 */
export function matchedLanguage(
  document: SearchDocument,
  formatted: Record<string, unknown>,
  readerLanguage: SearchLanguage,
): SearchLanguage {
  const available =
    document.languages?.length > 0
      ? document.languages
      : SEARCH_LANGUAGES.filter((l) => !!document[`title_${l}`]);
  const marks = (l: SearchLanguage) =>
    markCount(formatted[`title_${l}`]) + markCount(formatted[`summary_${l}`]);
  const matched = available.filter((l) => marks(l) > 0);
  if (matched.includes(readerLanguage)) return readerLanguage;
  if (matched.length > 0) return matched.reduce((best, l) => (marks(l) > marks(best) ? l : best));
  if (available.includes(readerLanguage)) return readerLanguage;
  return available[0] ?? readerLanguage;
}

export function toSearchHit(
  hit: RawHit,
  readerLanguage: SearchLanguage,
  profileMatch: boolean,
  explain = false,
): SearchHit {
  const document = toSearchDocument(hit);
  const formatted = hit._formatted ?? {};
  const lang = matchedLanguage(document, formatted, readerLanguage);
  const field = (name: 'title' | 'summary') =>
    textOf(formatted[`${name}_${lang}`]) ?? textOf(document[`${name}_${lang}`]) ?? '';
  return {
    document,
    matchedLanguage: lang,
    highlight: { title: highlightHtml(field('title')), summary: highlightHtml(field('summary')) },
    profileMatch,
    matches: matchReasons(hit._matchesPosition, document),
    ...(explain
      ? { ranking: rankingExplanation(hit._rankingScoreDetails, document, profileMatch) }
      : {}),
  };
}

// ── why it matched ─────────────────────────────────────────────────────────────────────────

const LANGUAGE_SUFFIX = new RegExp(`_(${SEARCH_LANGUAGES.join('|')})$`);

/** The port's field for a document attribute; undefined for attributes that are not text. */
export function matchFieldOf(attribute: string): MatchField | undefined {
  const [, base] = /^(title|summary|description)_[a-z]{2}$/.exec(attribute) ?? [];
  if (base && LANGUAGE_SUFFIX.test(attribute)) return base as MatchField;
  const fields: Record<string, MatchField> = {
    organisationName: 'organisation',
    categoryLabels: 'category',
    sectorLabels: 'sector',
    stageLabels: 'stage',
    countryNames: 'country',
    tags: 'tags',
  };
  return Object.hasOwn(fields, attribute) ? fields[attribute] : undefined;
}

type Vocabulary = 'category' | 'sector' | 'stage';
const LABELS = {
  category: ['categoryCodes', 'categoryLabels'],
  sector: ['sectorCodes', 'sectorLabels'],
  stage: ['stageCodes', 'stageLabels'],
} as const satisfies Record<Vocabulary, [keyof SearchDocument, keyof SearchDocument]>;

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Array elements the bounds point at (`indices[0]`, Meilisearch ≥ 1.12), in range only. */
function matchedElements(bounds: readonly MatchBounds[], length: number): number[] {
  const found = new Set<number>();
  for (const { indices } of bounds) {
    const i = Array.isArray(indices) ? indices[0] : undefined;
    if (typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < length) found.add(i);
  }
  return [...found];
}

/**
 * The codes whose label matched, approximately: labels are the flattened, de-duplicated
 * fr/en/pt/ar labels of the codes in order, so label `i` of `L` is taken to belong to code
 * `floor(i × codes / L)`. Exact when every code has as many labels as the others (the usual
 * case) and the lists were built in the same order; otherwise a neighbour may be named.
 */
function vocabularyCodes(
  vocabulary: Vocabulary,
  document: SearchDocument,
  bounds: readonly MatchBounds[],
): string[] {
  const [codesKey, labelsKey] = LABELS[vocabulary];
  const codes = stringsOf(document[codesKey]);
  const labels = stringsOf(document[labelsKey]);
  if (codes.length <= 1) return codes;
  const elements = matchedElements(bounds, labels.length);
  return [
    ...new Set(
      elements.map(
        (i) => codes[Math.min(codes.length - 1, Math.floor((i * codes.length) / labels.length))],
      ),
    ),
  ];
}

/** The document's countries (ISO codes) one of whose names is a matched element. */
function countryCodes(document: SearchDocument, bounds: readonly MatchBounds[]): string[] {
  const countries = [
    ...new Set([...(document.residenceCountries ?? []), ...(document.targetCountries ?? [])]),
  ];
  const names = stringsOf(document.countryNames);
  if (countries.length <= 1) return countries;
  const matched = matchedElements(bounds, names.length).map((i) => names[i]);
  return countries.filter((code) => matched.some((name) => allCountryNames(code).includes(name)));
}

/**
 * Fields where the query's words matched (from `_matchesPosition`), best first in the
 * product's attribute order, one reason per field; vocabulary fields name their codes when
 * they can be told (omitted when Meilisearch gives no element index and the document has
 * several). Attributes that are not searchable text are ignored.
 */
export function matchReasons(
  positions: RawHit['_matchesPosition'],
  document: SearchDocument,
): MatchReason[] {
  const byField = new Map<MatchField, MatchBounds[]>();
  for (const [attribute, bounds] of Object.entries(positions ?? {})) {
    const field = matchFieldOf(attribute);
    if (!field || !Array.isArray(bounds) || bounds.length === 0) continue;
    byField.set(field, [...(byField.get(field) ?? []), ...bounds]);
  }
  return MATCH_FIELDS.filter((field) => byField.has(field)).map((field): MatchReason => {
    const bounds = byField.get(field)!;
    const codes =
      field === 'country'
        ? countryCodes(document, bounds)
        : field === 'category' || field === 'sector' || field === 'stage'
          ? vocabularyCodes(field, document, bounds)
          : undefined;
    return codes?.length ? { field, codes } : { field };
  });
}

// ── why it ranks where it does ─────────────────────────────────────────────────────────────

const numberAt = (details: Record<string, unknown>, rule: string, key: string) => {
  const entry = details[rule];
  const value =
    entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** 1 − score, rounded: 0 is the rule's best bucket, closer to 1 is worse. */
const distance = (score: number | undefined) =>
  score === undefined ? 0 : Math.round((1 - score) * 10_000) / 10_000;

/**
 * `_rankingScoreDetails` in the port's terms (lower is better except words, fit, quality,
 * freshness). Meilisearch reports counts for two rules and only a 0–1 score for the others:
 *
 * - words: `words.matchingWords` (query words the offer contains);
 * - typo: `typo.typoCount`;
 * - proximity, attribute, exactness: 1 − the rule's score, so 0 is the best bucket. Attribute
 *   reads `attributeRank` (or the legacy `attribute`); exactness's score already folds in its
 *   `matchType` (whole attribute equal to the query, starting with it, else words matched
 *   exactly);
 * - fit: whether the offer came from the profile query; quality and freshness: the
 *   document's own values, which the tie-breaking rules read.
 *
 * Without a query (or without details) the text rules all tie at 0.
 */
export function rankingExplanation(
  details: RawHit['_rankingScoreDetails'],
  document: SearchDocument,
  profileMatch: boolean,
): RankingExplanation {
  const d = details ?? {};
  return {
    words: numberAt(d, 'words', 'matchingWords') ?? 0,
    typo: numberAt(d, 'typo', 'typoCount') ?? 0,
    proximity: distance(numberAt(d, 'proximity', 'score')),
    attribute: distance(numberAt(d, 'attributeRank', 'score') ?? numberAt(d, 'attribute', 'score')),
    exactness: distance(numberAt(d, 'exactness', 'score')),
    fit: profileMatch ? 1 : 0,
    quality: document.qualityScore,
    freshness: freshnessOf(document),
  };
}

type Distribution = Record<string, Record<string, number>> | null | undefined;

/**
 * Whether the counts are exact: every source was counted exhaustively (a page/hitsPerPage
 * query) and no facet reached `maxValuesPerFacet`, where values beyond it are left out.
 */
export function facetsAreExact(
  sources: ReadonlyMap<FacetName, Distribution>,
  exhaustive: boolean,
): boolean {
  if (!exhaustive) return false;
  return [...sources].every(
    ([facet, distribution]) =>
      Object.keys(distribution?.[FACET_ATTRIBUTES[facet]] ?? {}).length < MAX_VALUES_PER_FACET,
  );
}

/** Counts per facet, each taken from the query that left that facet's own filter out. */
export function facetCounts(
  sources: ReadonlyMap<FacetName, Distribution>,
): Record<FacetName, Record<string, number>> {
  const counts = {} as Record<FacetName, Record<string, number>>;
  for (const facet of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
    counts[facet] = { ...(sources.get(facet)?.[FACET_ATTRIBUTES[facet]] ?? {}) };
  }
  return counts;
}
