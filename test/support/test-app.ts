import type { ModuleMetadata } from '@nestjs/common';
import type { Logger } from 'pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parseConfig } from '@app/core';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

/** The real API on its own cloned database; requests go through Fastify's inject (no socket). */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    imports?: ModuleMetadata['imports'];
    logger?: Logger;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    ...options.env,
  });
  const app = await createApiApp({
    config,
    databaseUrl: database.url,
    imports: options.imports,
    logger: options.logger,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
