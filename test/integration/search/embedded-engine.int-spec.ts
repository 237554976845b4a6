import { getDataSourceToken } from '@nestjs/typeorm';
import { SEARCH_ENGINE, type SearchEngine } from '@app/search';
import type { DataSource } from 'typeorm';
import { describeSearchBehaviour } from '../../search/search-behaviour';
import { createTestApp } from '../../support/test-app';

// The engine as the API builds it: real taxonomy, real PostgreSQL documents table.
describeSearchBehaviour('embedded engine', async () => {
  const testApp = await createTestApp();
  return {
    engine: testApp.app.get<SearchEngine>(SEARCH_ENGINE),
    db: testApp.app.get<DataSource>(getDataSourceToken()),
    teardown: () => testApp.close(),
  };
});
