import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { OFFER_CHANGED_JOB } from '@app/catalogue';
import { JobQueue } from '@app/database';
import { ORGANISATION_CHANGED_JOB } from '@app/support-organisation';
import { SEARCH_ENGINE, type SearchEngine } from '../engine/search-engine';
import { SearchIndexer } from './search-indexer';

export const RECONCILE_SEARCH_JOB = 'search.reconcile';

/** Retries with exponential backoff for a few hours (12 tries from 2 s); past that, the reconcile job catches up. */
export const SYNC_RETRY = { retryLimit: 12, retryDelay: 2, retryBackoff: true } as const;

/**
 * Consumes the catalogue's outbox jobs in the worker. A failing engine makes the job fail and
 * retry with backoff; catalogue writes are never held up by it.
 */
@Injectable()
export class SearchSyncWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchSyncWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly indexer: SearchIndexer,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  /** Settles once prepare() has succeeded; forgotten after a failure so the next job tries again. */
  private prepared?: Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.ready();
    } catch (error) {
      // The engine may be down at start: jobs will retry, the worker still serves the rest.
      this.logger.error({ err: error }, 'search engine not ready; sync jobs will retry');
    }
    for (const name of [OFFER_CHANGED_JOB, ORGANISATION_CHANGED_JOB, RECONCILE_SEARCH_JOB]) {
      await this.jobs.ensureQueue(name, SYNC_RETRY);
      await this.jobs.instance.updateQueue(name, { name, ...SYNC_RETRY });
    }
    await this.jobs.work<{ offerId: string }>(
      OFFER_CHANGED_JOB,
      { batchSize: 20, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        await this.ready();
        for (const job of jobs) await this.indexer.syncOffer(job.data.offerId);
      },
    );
    await this.jobs.work<{ organisationId: string }>(
      ORGANISATION_CHANGED_JOB,
      { pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        await this.ready();
        for (const job of jobs) await this.indexer.syncOrganisation(job.data.organisationId);
      },
    );
    await this.jobs.schedule(RECONCILE_SEARCH_JOB, '*/15 * * * *');
    await this.jobs.work(RECONCILE_SEARCH_JOB, {}, async () => {
      await this.ready();
      await this.indexer.reconcile();
    });
  }

  /**
   * Index and settings must exist before the first write: Meilisearch creates a missing index
   * on the first document write, with default settings (nothing filterable or sortable), and
   * nothing would fix it later. So a prepare() that failed at start is retried by every job
   * until it succeeds; until then the job fails and pg-boss retries it.
   */
  private ready(): Promise<void> {
    this.prepared ??= this.engine.prepare().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }
}
