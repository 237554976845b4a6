import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@app/core';
import { PublicOffersService } from '@app/catalogue';
import { openLocalDatabase, runPendingMigrations } from '@app/database';
import { SearchIndexer, SearchModule } from '@app/search';
import { SingleBar, Presets } from 'cli-progress';
import { CliModule } from './cli-module';

// `npm run search:reindex`: rebuilds the whole search index from the database. Searchers keep
// getting results throughout (Meilisearch: a new index swapped in; PostgreSQL: upsert, then prune).

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openLocalDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  try {
    await runPendingMigrations(database.url);
    const app = await NestFactory.createApplicationContext(
      CliModule.with({ config, url: database.url, name: 'reindex', imports: [SearchModule] }),
      {
        logger: ['error', 'warn'],
      },
    );
    try {
      const { total } = await app.get(PublicOffersService).list({}, 0, 1);
      const bar = new SingleBar(
        {
          format: 'Reindexing |{bar}| {value}/{total} offers | {eta_formatted} left',
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      const started = Date.now();
      bar.start(total, 0);
      await app.get(SearchIndexer).rebuild((done) => bar.update(done));
      bar.update(total);
      bar.stop();
      console.log(
        `Indexed ${total} published offers in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
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
