import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@app/database';
import { AlertsService, ENTREPRENEUR_ALERTS_JOB } from './alerts.service';

/** Registers the hourly alert job in the worker process. */
@Injectable()
export class AlertsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(AlertsWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly alerts: AlertsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(ENTREPRENEUR_ALERTS_JOB, '20 * * * *'); // hourly
    await this.jobs.work(ENTREPRENEUR_ALERTS_JOB, {}, async () => {
      // The minute the job was scheduled for, not the moment it started: a run that starts a
      // few seconds earlier tomorrow still finds today's searches due 24 hours later.
      const now = new Date();
      now.setUTCSeconds(0, 0);
      const report = await this.alerts.runDue(now);
      this.logger.log(report, 'saved-search alerts sent');
    });
  }
}
