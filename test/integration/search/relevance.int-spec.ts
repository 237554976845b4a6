import { SEARCH_ENGINE, type SearchEngine } from '@app/search';
import { describeSearchRelevance } from '../../search/relevance/search-relevance';
import { createTestApp } from '../../support/test-app';

// The default engine as the API builds it, held to the judged queries.
describeSearchRelevance('embedded engine', async () => {
  const testApp = await createTestApp();
  return {
    engine: testApp.app.get<SearchEngine>(SEARCH_ENGINE),
    teardown: () => testApp.close(),
  };
});
