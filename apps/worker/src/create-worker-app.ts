import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createLogger, PinoNestLogger, type AppConfig } from '@app/core';
import type { Logger } from 'pino';
import { WorkerModule } from './worker.module';

export interface CreateWorkerAppOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly logger?: Logger;
}

/** The worker: a Nest application context (no HTTP) with pg-boss started on the same database. */
export async function createWorkerApp(
  options: CreateWorkerAppOptions,
): Promise<INestApplicationContext> {
  const logger =
    options.logger ?? createLogger({ level: options.config.LOG_LEVEL, name: 'worker' });
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({
      config: options.config,
      databaseUrl: options.databaseUrl,
      logger,
    }),
    { logger: new PinoNestLogger(logger), abortOnError: false },
  );
  await app.init();
  return app;
}
