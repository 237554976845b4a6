import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@app/core';
import { CatalogueModule, OfferSlugService } from '@app/catalogue';
import { openLocalDatabase, runPendingMigrations } from '@app/database';
import { OrganisationService } from '@app/support-organisation';
import { CliModule } from './cli-module';

// `npm run slugs:renew`, once after upgrading: offers and organisations named in Arabic (or
// another non-Latin script) get transliterated slugs; their old addresses answer 301.

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openLocalDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  try {
    await runPendingMigrations(database.url);
    const app = await NestFactory.createApplicationContext(
      CliModule.with({ config, url: database.url, name: 'slugs', imports: [CatalogueModule] }),
      { logger: ['error', 'warn'] },
    );
    try {
      const organisations = await app.get(OrganisationService).renewTransliteratedSlugs();
      const offers = await app.get(OfferSlugService).renewTransliterated();
      console.log(`New slugs: ${organisations} organisations, ${offers} offers.`);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
