import { createLogger, loadConfigOrExit, withLocalSecrets } from '@app/core';
import { openLocalDatabase, runPendingMigrations } from '@app/database';
import { runDemoSeed } from './demo-seed.module';

// `npm run seed:demo`: migrates, then fills an empty database with the fictitious demo
// catalogue and its three accounts. A database that already has data is left untouched.

async function main(): Promise<void> {
  const config = await withLocalSecrets(loadConfigOrExit());
  if (config.NODE_ENV === 'production') {
    process.stderr.write('Refusing to seed demo data with NODE_ENV=production.\n');
    process.exit(78);
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'seed' });
  const database = await openLocalDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  try {
    await runPendingMigrations(database.url);
    const result = await runDemoSeed({ config, databaseUrl: database.url, logger });
    if (result.seeded) {
      console.log(
        `Demo catalogue seeded in ${result.durationMs} ms: ${result.organisations} organisations, ` +
          `${result.offers} offers. Accounts: ${result.accounts.join(', ')}.`,
      );
    } else {
      console.log(`Demo catalogue not seeded: ${result.reason}.`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
