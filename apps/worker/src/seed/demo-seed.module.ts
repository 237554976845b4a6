import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ConfigModule, MailModule, PinoNestLogger, type AppConfig } from '@app/core';
import { DatabaseModule, JobQueue, JobsModule } from '@app/database';
import { AuthService, IdentityModule } from '@app/identity';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { seedDemoCatalogue, type DemoSeedResult } from './demo-seed';

/** Just what the seed needs: the database, the job queue (to enqueue) and identity (accounts). */
@Module({})
export class DemoSeedModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: DemoSeedModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: 4,
          applicationName: 'passerelle-seed',
        }),
        JobsModule.forRoot({ url: databaseUrl, role: 'producer' }),
        MailModule,
        IdentityModule,
      ],
    };
  }
}

/**
 * Seeds the demo catalogue from a short-lived application context, for `npm start` and
 * `npm run seed:demo`. The caller has applied the migrations.
 */
export async function runDemoSeed(options: {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}): Promise<DemoSeedResult> {
  const app = await NestFactory.createApplicationContext(
    DemoSeedModule.forRoot(options.config, options.databaseUrl),
    {
      logger: new PinoNestLogger(options.logger.child({}, { level: 'warn' })),
      abortOnError: false,
    },
  );
  try {
    return await seedDemoCatalogue(app.get<DataSource>(getDataSourceToken()), {
      auth: app.get(AuthService),
      jobs: app.get(JobQueue),
    });
  } finally {
    await app.close();
  }
}
