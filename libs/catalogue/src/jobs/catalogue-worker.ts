import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@app/database';
import {
  CatalogueJobsService,
  EXPIRE_OFFERS_JOB,
  FRESHNESS_REMINDERS_JOB,
  RECOMPUTE_QUALITY_JOB,
} from './catalogue-jobs.service';

/** Registers the catalogue's schedules and handlers in the worker process. */
@Injectable()
export class CatalogueWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogueWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly catalogue: CatalogueJobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(EXPIRE_OFFERS_JOB, '5 * * * *'); // hourly
    await this.jobs.schedule(FRESHNESS_REMINDERS_JOB, '0 8 * * 1'); // Mondays 08:00 UTC
    await this.jobs.schedule(RECOMPUTE_QUALITY_JOB, '30 2 * * *'); // daily
    await this.jobs.work(EXPIRE_OFFERS_JOB, {}, async () => {
      await this.catalogue.expireDueOffers();
    });
    await this.jobs.work(FRESHNESS_REMINDERS_JOB, {}, async () => {
      const sent = await this.catalogue.sendFreshnessReminders();
      this.logger.log({ sent }, 'freshness reminders sent');
    });
    await this.jobs.work(RECOMPUTE_QUALITY_JOB, {}, async () => {
      await this.catalogue.recomputeQuality();
    });
  }
}
