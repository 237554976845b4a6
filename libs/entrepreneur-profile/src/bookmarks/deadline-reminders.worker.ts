import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@app/database';
import { DEADLINE_REMINDERS_JOB, DeadlineRemindersService } from './deadline-reminders.service';

/** Registers the daily deadline-reminder job in the worker process. */
@Injectable()
export class DeadlineRemindersWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeadlineRemindersWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly reminders: DeadlineRemindersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Daily, in the European morning: read before the working day, hours before midnight UTC.
    await this.jobs.schedule(DEADLINE_REMINDERS_JOB, '0 7 * * *');
    await this.jobs.work(DEADLINE_REMINDERS_JOB, {}, async () => {
      const report = await this.reminders.runDue(new Date());
      this.logger.log(report, 'deadline reminders sent');
    });
  }
}
