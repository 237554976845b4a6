import { createDataSource } from '@app/database';
import { createMeilisearchEngine } from '@app/search';
import {
  FAKE_API_KEY,
  FAKE_HOST,
  FakeMeilisearch,
} from '../../../libs/search/src/meilisearch/testing/fake-meilisearch';
import { describeSearchBehaviour } from '../../search/search-behaviour';
import { createTestDatabase } from '../../support/test-database';

// No Meilisearch server runs here: the adapter's filters, facets, sorts and paging (the
// expressions meilisearch.filter.ts builds) against the same SQL ground truth as every engine,
// on the contract fake, which evaluates filters as the server documents them and refuses
// requests off the OpenAPI contract. Text ranking needs a real server: `npm run test:meilisearch`.
describeSearchBehaviour(
  'Meilisearch adapter on the contract fake',
  async () => {
    const database = await createTestDatabase();
    const db = createDataSource({ url: database.url, poolSize: 2 });
    await db.initialize();
    const fake = new FakeMeilisearch();
    const engine = createMeilisearchEngine(
      { MEILI_URL: FAKE_HOST, MEILI_API_KEY: FAKE_API_KEY, MEILI_INDEX: 'offers_test' },
      {
        httpClient: fake.httpClient,
        taskPollIntervalMs: 1,
        logger: { log: () => undefined, warn: () => undefined },
      },
    );
    return {
      engine,
      db,
      teardown: async () => {
        await db.destroy();
        await database.drop();
        expect(fake.violations).toEqual([]);
      },
    };
  },
  'filters',
);
