import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOB_QUEUE_SETTINGS, JobQueue, type JobQueueSettings } from './job-queue';

@Global()
@Module({})
export class JobsModule {
  static forRoot(settings: JobQueueSettings): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOB_QUEUE_SETTINGS, useValue: settings }, JobQueue],
      exports: [JobQueue],
    };
  }
}
