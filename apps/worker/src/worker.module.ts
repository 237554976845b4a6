import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, MailModule, MetricsModule, ROOT_LOGGER, type AppConfig } from '@app/core';
import { CatalogueWorkerModule } from '@app/catalogue';
import { SearchWorkerModule } from '@app/search';
import { EntrepreneurAlertsWorkerModule } from '@app/entrepreneur-profile';
import { OpenDataWorkerModule } from '@app/open-data';
import { DatabaseModule, JobsModule } from '@app/database';
import type { Logger } from 'pino';

export interface WorkerModuleOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly logger: Logger;
}

/** Job handlers and schedules; the feature libs' worker modules are added here. */
@Module({})
export class WorkerModule {
  static forRoot({ config, databaseUrl, logger }: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: 'passerelle-worker',
        }),
        JobsModule.forRoot({ url: databaseUrl, role: 'worker' }),
        MailModule,
        // The worker has no HTTP port: METRICS_PORT is how its metrics are scraped.
        MetricsModule,
        CatalogueWorkerModule,
        SearchWorkerModule,
        EntrepreneurAlertsWorkerModule,
        OpenDataWorkerModule,
      ],
      providers: [{ provide: ROOT_LOGGER, useValue: logger }],
    };
  }
}
