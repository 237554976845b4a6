export { createDataSource, dataSourceOptions, type DatabaseSettings } from './data-source';
export { DatabaseModule } from './database.module';
export {
  EmbeddedDatabaseError,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseOptions,
} from './embedded/embedded-database';
export {
  ensureDatabase,
  LOCAL_DATABASE_NAME,
  openLocalDatabase,
  type LocalDatabase,
} from './embedded/local-database';
export { JobQueue, type JobHandler, type JobQueueSettings } from './jobs/job-queue';
export { JobsModule } from './jobs/jobs.module';
export { currentQueueStats } from './jobs/job-metrics';
export { JOB_SCHEMA, type QueueStats } from './jobs/job-stats.repository';
export { migrations } from './migrations';
export { runPendingMigrations } from './migrate';
export {
  applySyncWindow,
  readSyncWindow,
  syncHorizonMicros,
  type SyncWindow,
} from './sync/sync-read';
