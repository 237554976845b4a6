import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@app/database';
import { SearchInsightsService } from './search-insights.service';

export const PURGE_SEARCH_QUERY_LOG_JOB = 'search.purge-query-log';

/** In the worker: once a day, deletes search log rows past their retention period. */
@Injectable()
export class SearchQueryLogWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchQueryLogWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly insights: SearchInsightsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(PURGE_SEARCH_QUERY_LOG_JOB, '15 3 * * *'); // daily, 03:15 UTC
    await this.jobs.work(PURGE_SEARCH_QUERY_LOG_JOB, {}, async () => {
      const deleted = await this.insights.purgeExpired();
      this.logger.log({ deleted }, 'search query log purged');
    });
  }
}
