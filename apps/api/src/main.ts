import { loadConfigOrExit } from '@app/core';
import { createApiApp } from './create-api-app';

// Production entry point: one API process against an existing DATABASE_URL.
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const missing = [
    !config.DATABASE_URL &&
      'DATABASE_URL: is required to run the API alone (`npm start` runs an embedded database)',
    !config.JWT_SECRET &&
      'JWT_SECRET: is required to run the API alone (`npm start` makes a local one)',
  ].filter(Boolean);
  if (missing.length > 0) {
    process.stderr.write(`Invalid configuration:\n${missing.map((m) => `  - ${m}`).join('\n')}\n`);
    process.exit(78);
  }
  const app = await createApiApp({ config, databaseUrl: config.DATABASE_URL! });
  app.enableShutdownHooks();
  await app.listen({ port: config.PORT, host: config.HOST });
}

void main();
