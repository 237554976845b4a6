import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { parseConfig, type AppConfig } from '@app/core';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { Mailbox } from './mailbox';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly database: TestDatabase;
  readonly config: AppConfig;
  /** The file mailbox (SMTP is the one outside system we fake). */
  readonly mailbox: Mailbox;
  close(): Promise<void>;
}

/**
 * The real API on its own cloned database, with a temporary DATA_DIR whose mail/ folder is
 * the mailbox. Requests go through Fastify's inject: the whole HTTP stack, no socket.
 */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    imports?: ModuleMetadata['imports'];
    logger?: Logger;
    /** The URL the app connects with, from its database's (to go through a proxy). */
    routeDatabase?: (url: string) => string;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const databaseUrl = options.routeDatabase?.(database.url) ?? database.url;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-app-'));
  await chmod(dataDir, 0o755);
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    PUBLIC_URL: 'https://passerelle.test',
    // Functional tests make many accounts from one address; the throttling test sets its own limits.
    AUTH_IP_LIMIT_PER_MINUTE: '10000',
    AUTH_ACCOUNT_LIMIT_PER_MINUTE: '1000',
    // Likewise for the public API; the partner-keys test sets its own limits.
    PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE: '1000000',
    PUBLIC_API_KEY_LIMIT_PER_MINUTE: '1000000',
    ...options.env,
  });
  const app = await createApiApp({
    config,
    databaseUrl,
    imports: options.imports,
    logger: options.logger,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    database,
    config,
    mailbox: new Mailbox(path.join(dataDir, 'mail')),
    close: async () => {
      await app.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
