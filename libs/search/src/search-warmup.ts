import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SEARCH_ENGINE, type SearchEngine } from './engine/search-engine';

/**
 * Loads the search index before the API starts listening, so readiness means searches are
 * answered from memory. Only the API lists it: the worker loads on its first search, if any.
 */
@Injectable()
export class SearchWarmup implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchWarmup.name);

  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.warm?.();
    } catch (error) {
      // Searches retry the load; the rest of the API must not wait for it.
      this.logger.error({ err: error }, 'search index not loaded at start; searches will retry');
    }
  }
}
