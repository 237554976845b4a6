import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@app/database';
import { IMPORT_JOB, IMPORT_PURGE_JOB, ImportService } from './import.service';

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
