import { Injectable, Logger } from '@nestjs/common';
import type { SearchFilters } from '../engine/search-engine';
import { loggedFilters, normaliseSearchQuery } from './query-normaliser';
import { SearchQueryLogRepository } from './search-query-log.repository';

/**
 * Writes one anonymous row per public search: the normalised words (or nothing when they
 * looked personal), the language, the allow-listed filters and the number of results.
 * Never who searched. A failure is logged as a warning and never reaches the searcher.
 */
@Injectable()
export class SearchQueryRecorder {
  private readonly logger = new Logger(SearchQueryRecorder.name);

  constructor(private readonly log: SearchQueryLogRepository) {}

  async record(search: {
    q?: string;
    lang?: string;
    filters: SearchFilters;
    total: number;
  }): Promise<void> {
    try {
      const { text, redacted } = normaliseSearchQuery(search.q);
      await this.log.insert({
        query: text,
        redacted,
        lang: search.lang ?? null,
        filters: loggedFilters(search.filters),
        resultCount: Math.max(0, Math.trunc(search.total)),
      });
    } catch (error) {
      // Only the error: the query itself may be what we refuse to keep.
      this.logger.warn({ err: error }, 'search query not logged');
    }
  }
}
