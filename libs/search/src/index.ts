export {
  buildSearchDocument,
  fingerprintOf,
  ROLLING_DEADLINE_TS,
  SEARCH_LANGUAGES,
  toEuros,
  type SearchDocument,
  type SearchDocumentInput,
  type SearchLanguage,
} from './search-document';
export {
  FACETS,
  MATCH_FIELDS,
  RANKING_RULES,
  SEARCH_ENGINE,
  SORTS,
  type FacetName,
  type MatchField,
  type MatchReason,
  type RankingExplanation,
  type RankingRule,
  type SearchEngine,
  type SearchFilters,
  type SearchHit,
  type SearchProfile,
  type SearchQuery,
  type SearchResult,
  type SortKey,
  type Suggestion,
} from './engine/search-engine';
export { SearchModule, SearchWorkerModule } from './search.module';
export { SearchWarmup } from './search-warmup';
export { SearchService, type SearchRequest, type SearchResponseHit } from './search.service';
export { SearchIndexer, type ReconcileReport } from './sync/search-indexer';
export {
  SEARCH_DAYS,
  SEARCH_QUERY_LOG_RETENTION_DAYS,
  SearchInsightsService,
  type QueryCount,
  type QueryInsightOptions,
  type SearchDay,
  type SearchVolume,
} from './insights/search-insights.service';
export { PURGE_SEARCH_QUERY_LOG_JOB } from './insights/search-query-log.worker';
export { SearchQueryRecorder } from './insights/search-query-recorder';
export {
  LOGGED_FILTER_KEYS,
  loggedFilters,
  looksPersonal,
  MAX_LOGGED_QUERY_LENGTH,
  normaliseSearchQuery,
  type LoggedFilterKey,
  type LoggedFilters,
  type NormalisedQuery,
} from './insights/query-normaliser';
export { RECONCILE_SEARCH_JOB, SYNC_RETRY } from './sync/search-sync.worker';
export { EmbeddedSearchEngine } from './embedded/embedded-search.engine';
export {
  PlatformVocabulary,
  type VocabularyEntry,
  type VocabularyTerm,
} from './vocabulary/platform-vocabulary';
export { fitReasons, type FitReason } from './reasons';
export {
  createMeilisearchEngine,
  MeilisearchEngine,
  type MeilisearchEngineOptions,
} from './meilisearch/meilisearch.engine';
export { MeilisearchTaskError } from './meilisearch/meilisearch.errors';
export { vocabularySynonyms } from './meilisearch/vocabulary-synonyms';
