import { createLogger, exitOnUnexpectedRejection, loadConfigOrExit } from '@app/core';
import { createWorkerApp } from './create-worker-app';

// Production entry point: one worker process against an existing DATABASE_URL.
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.DATABASE_URL) {
    process.stderr.write(
      'Invalid configuration:\n  - DATABASE_URL: is required to run the worker alone\n',
    );
    process.exit(78);
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  // A job that ends while the database is away must not take the worker down with it.
  exitOnUnexpectedRejection(logger);
  const app = await createWorkerApp({ config, databaseUrl: config.DATABASE_URL, logger });
  app.enableShutdownHooks();
}

void main();
