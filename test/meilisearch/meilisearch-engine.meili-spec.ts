import { parseConfig } from '@app/core';
import { createDataSource } from '@app/database';
import { createMeilisearchEngine } from '@app/search';
import { describeSearchBehaviour } from '../search/search-behaviour';
import { createTestDatabase } from '../support/test-database';

// `npm run test:meilisearch` with MEILI_URL (and MEILI_API_KEY) pointing at a real server:
// the same behaviour suite as the PostgreSQL adapter, on a throw-away index.
describeSearchBehaviour('Meilisearch adapter', async () => {
  if (!process.env.MEILI_URL) {
    throw new Error(
      'Set MEILI_URL (and MEILI_API_KEY) to run the behaviour suite against Meilisearch.',
    );
  }
  const database = await createTestDatabase();
  const db = createDataSource({ url: database.url, poolSize: 2 });
  await db.initialize();
  const config = parseConfig({
    MEILI_URL: process.env.MEILI_URL,
    MEILI_API_KEY: process.env.MEILI_API_KEY,
    MEILI_INDEX: `offers_test_${Date.now()}`,
  });
  const engine = createMeilisearchEngine(config);
  return {
    engine,
    db,
    teardown: async () => {
      await fetch(`${config.MEILI_URL}/indexes/${config.MEILI_INDEX}`, {
        method: 'DELETE',
        headers: config.MEILI_API_KEY ? { authorization: `Bearer ${config.MEILI_API_KEY}` } : {},
      });
      await db.destroy();
      await database.drop();
    },
  };
});
