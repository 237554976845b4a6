import { loadConfigOrExit } from '@app/core';
import { PublicOffersService } from '@app/catalogue';
import { SearchIndexer, SearchModule } from '@app/search';
import { SingleBar, Presets } from 'cli-progress';
import { exitWith, withCliContext } from './cli-module';

// `npm run search:reindex`: rebuilds the whole search index from the database. Searchers keep
// getting results throughout (Meilisearch: a new index swapped in; PostgreSQL: upsert, then prune).

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await withCliContext({ config, name: 'reindex', imports: [SearchModule] }, async (app) => {
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
  });
}

exitWith(main());
