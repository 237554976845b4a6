import { loadConfigOrExit } from '@app/core';
import { createApiApp } from './create-api-app';

// Production entry point: one API process against an existing DATABASE_URL.
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.DATABASE_URL) {
    process.stderr.write(
      'Invalid configuration:\n  - DATABASE_URL: is required to run the API alone (`npm start` runs an embedded database)\n',
    );
    process.exit(78);
  }
  const app = await createApiApp({ config, databaseUrl: config.DATABASE_URL });
  app.enableShutdownHooks();
  await app.listen({ port: config.PORT, host: config.HOST });
}

void main();
