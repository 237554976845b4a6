import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobMetrics } from './job-metrics';
import { JOB_QUEUE_SETTINGS, JobQueue, type JobQueueSettings } from './job-queue';
import { JobStatsRepository } from './job-stats.repository';

@Global()
@Module({})
export class JobsModule {
  static forRoot(settings: JobQueueSettings): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        { provide: JOB_QUEUE_SETTINGS, useValue: settings },
        JobQueue,
        JobStatsRepository,
        JobMetrics,
      ],
      exports: [JobQueue],
    };
  }
}
