import { loadConfigOrExit } from '@app/core';
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
  const app = await createWorkerApp({
    config,
    databaseUrl: config.DATABASE_URL,
  });
  app.enableShutdownHooks();
}

void main();
