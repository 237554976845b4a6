import type { SearchDocument, SearchLanguage } from '../search-document';

/** Filters an entrepreneur can apply; every value is checked against an allow-list before it gets here. */
export interface SearchFilters {
  categories?: string[];
  sectors?: string[];
  stages?: string[];
  targetCountries?: string[];
  residenceCountries?: string[];
  deliveryLanguages?: string[];
  formats?: string[];
  freeOnly?: boolean;
  /** Financing whose range reaches at least this many euros. */
  minAmountEur?: number;
  /** Open today (opened and deadline not passed). */
  openNow?: boolean;
  /** Deadline on or before this date (YYYY-MM-DD); rolling offers excluded. */
  deadlineBefore?: string;
  verifiedOnly?: boolean;
  diasporaOnly?: boolean;
  /**
   * Published strictly after this instant (epoch seconds). Not an API filter: saved-search
   * alerts use it to find what is new since their last run.
   */
  publishedAfterTs?: number;
}

export const FACETS = [
  'category',
  'sector',
  'stage',
  'targetCountry',
  'residenceCountry',
  'deliveryLanguage',
  'format',
] as const;
export type FacetName = (typeof FACETS)[number];
export const SORTS = ['relevance', 'deadline', 'newest'] as const;
export type SortKey = (typeof SORTS)[number];

/** What the signed-in entrepreneur (or the profile parameters) says about them. */
export interface SearchProfile {
  residenceCountry?: string;
  targetCountries?: string[];
  sectors?: string[];
  stage?: string;
  languages?: string[];
}

export interface SearchQuery {
  q?: string;
  /** The reader's language: highlights and typo vocabulary prefer it. */
  lang: SearchLanguage;
  filters: SearchFilters;
  sort: SortKey;
  offset: number;
  limit: number;
  profile?: SearchProfile;
  /** Today's date (YYYY-MM-DD, UTC), passed in so results do not depend on the clock inside an engine. */
  today: string;
  /** Attach each hit's bucket for each ranking rule (admins tuning relevance). */
  explain?: boolean;
}

/** The text ranking rules, applied one after another (docs/search-ranking.md). */
export const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'exactness'] as const;
export type RankingRule = (typeof RANKING_RULES)[number];

/**
 * Where a query word matched, best field first. `codes` names the category, sector, stage or
 * country (ISO code) whose label matched, for the vocabulary fields.
 */
export const MATCH_FIELDS = [
  'title',
  'organisation',
  'category',
  'sector',
  'stage',
  'country',
  'summary',
  'description',
  'tags',
] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];
export interface MatchReason {
  field: MatchField;
  codes?: string[];
}

/**
 * A hit's bucket for each rule (lower is better, except `words` = query words matched and the
 * tie-breakers, where higher is better). Engines fill what they can measure.
 */
export interface RankingExplanation {
  words: number;
  typo: number;
  proximity: number;
  attribute: number;
  exactness: number;
  /** 1 when the offer fits the profile on at least one criterion. */
  fit: number;
  quality: number;
  /** Epoch seconds of the last verification (or publication when never verified). */
  freshness: number;
}

export interface SearchHit {
  document: SearchDocument;
  /** The language whose text matched best (for the snippet and the link). */
  matchedLanguage: SearchLanguage;
  /** Title and summary with matches wrapped in <mark>…</mark>; the rest is HTML-escaped. */
  highlight: { title: string; summary: string };
  /** True when the offer fits the profile on at least one criterion (engines rank these first). */
  profileMatch: boolean;
  /** Why it matched: the fields where the query's words were found, best first. Empty without a query. */
  matches: MatchReason[];
  /** Only when the query asked for `explain`. */
  ranking?: RankingExplanation;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** False when `total` is an estimate (the page then says "≈"). */
  totalIsExact: boolean;
  /** False when facet counts are estimates. */
  facetsAreExact: boolean;
  /** Counts per facet value, each ignoring its own facet's filter (so a choice can be widened). */
  facets: Record<FacetName, Record<string, number>>;
}

export interface Suggestion {
  kind: 'offer' | 'organisation' | 'category';
  text: string;
  /** Offer slug, organisation id or category code. */
  value: string;
}

/**
 * A search engine holding one SearchDocument per published offer. Two adapters (PostgreSQL,
 * Meilisearch) pass the same behaviour suite (test/search/*.ts).
 */
export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Creates or checks the index and its settings; safe to call at every start. */
  prepare(): Promise<void>;
  /**
   * Loads what answering searches needs, so the first search is not the one that waits (the
   * embedded engine's in-memory index). Writes never need it. Optional: remote engines have nothing to load.
   */
  warm?(): Promise<void>;
  /** Replaces whole documents (inserts new ones). */
  upsert(documents: SearchDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(prefix: string, lang: SearchLanguage, limit: number): Promise<Suggestion[]>;
  /** Every indexed id with its document's fingerprint, for reconciliation. */
  indexedFingerprints(): Promise<Map<string, string>>;
  /** Builds a fresh index from `batches` and switches searchers to it at the end (no downtime). */
  rebuild(
    batches: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<void>;
  isHealthy(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
