import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@app/database';
import { IMPORT_JOB, IMPORT_PURGE_JOB, IMPORT_RECOVER_JOB, ImportService } from './import.service';

/** Runs queued imports in the worker process, one at a time. */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ImportWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly imports: ImportService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(IMPORT_PURGE_JOB, '40 3 * * *'); // daily
    await this.jobs.work(IMPORT_PURGE_JOB, {}, async () => {
      const dropped = await this.imports.dropOldFiles();
      this.logger.log({ dropped }, 'old import files dropped');
    });
    await this.jobs.schedule(IMPORT_RECOVER_JOB, '*/5 * * * *');
    await this.jobs.work(IMPORT_RECOVER_JOB, {}, async () => {
      const requeued = await this.imports.recoverStalled();
      if (requeued.length > 0) this.logger.warn({ requeued }, 'stalled imports queued again');
    });
    // A worker that starts may be the one replacing a dead one: look at once, not in 5 minutes.
    await this.jobs.send(IMPORT_RECOVER_JOB, {});
    await this.jobs.work<{ importId: string }>(
      IMPORT_JOB,
      { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        try {
          await this.imports.run(job.data.importId);
        } catch (error) {
          // Recorded on the import (status failed, with the message); nothing to retry.
          this.logger.error(error);
        }
      },
    );
  }
}
