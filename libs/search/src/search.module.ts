import { Module, type Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { CatalogueModule, TaxonomyService } from '@app/catalogue';
import { SupportOrganisationModule } from '@app/support-organisation';
import type { DataSource } from 'typeorm';
import { SEARCH_ENGINE, type SearchEngine } from './engine/search-engine';
import { SearchInsightsService } from './insights/search-insights.service';
import { SearchQueryLogRepository } from './insights/search-query-log.repository';
import { SearchQueryLogWorker } from './insights/search-query-log.worker';
import { SearchQueryRecorder } from './insights/search-query-recorder';
import { EmbeddedSearchEngine } from './embedded/embedded-search.engine';
import { SearchService } from './search.service';
import { SearchIndexer } from './sync/search-indexer';
import { SearchSyncWorker } from './sync/search-sync.worker';

/** Meilisearch when MEILI_URL is set, the embedded in-process engine otherwise. */
const engineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, getDataSourceToken(), TaxonomyService],
  useFactory: async (
    config: AppConfig,
    dataSource: DataSource,
    taxonomy: TaxonomyService,
  ): Promise<SearchEngine> => {
    const terms = async () =>
      (await taxonomy.list(undefined, { includeRetired: true })).map((t) => ({
        vocabulary: t.vocabulary,
        code: t.code,
        labels: t.labels,
      }));
    if (config.MEILI_URL) {
      const { createMeilisearchEngine } = await import(
        './meilisearch/meilisearch.engine' as string
      );
      const { vocabularySynonyms } = await import('./meilisearch/vocabulary-synonyms' as string);
      return createMeilisearchEngine(config, { synonyms: vocabularySynonyms(await terms()) });
    }
    return new EmbeddedSearchEngine(dataSource, terms, { dataDir: config.DATA_DIR });
  },
};

@Module({
  imports: [CatalogueModule, SupportOrganisationModule],
  providers: [
    engineProvider,
    SearchService,
    SearchIndexer,
    SearchQueryLogRepository,
    SearchQueryRecorder,
    SearchInsightsService,
  ],
  exports: [SearchService, SearchIndexer, SearchInsightsService, SEARCH_ENGINE],
})
export class SearchModule {}

@Module({
  imports: [SearchModule],
  providers: [SearchSyncWorker, SearchQueryLogWorker],
})
export class SearchWorkerModule {}
