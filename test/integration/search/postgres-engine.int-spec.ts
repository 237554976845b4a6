import { createDataSource } from '@app/database';
import { PostgresSearchEngine } from '@app/search';
import { describeSearchBehaviour } from '../../search/search-behaviour';
import { createTestDatabase } from '../../support/test-database';

describeSearchBehaviour('PostgreSQL adapter', async () => {
  const database = await createTestDatabase();
  const db = createDataSource({ url: database.url, poolSize: 4 });
  await db.initialize();
  return {
    engine: new PostgresSearchEngine(db),
    db,
    teardown: async () => {
      await db.destroy();
      await database.drop();
    },
  };
});
