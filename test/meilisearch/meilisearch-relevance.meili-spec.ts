import { parseConfig } from '@app/core';
import { createMeilisearchEngine, vocabularySynonyms, type VocabularyTerm } from '@app/search';
import { RELEVANCE_TAXONOMY } from '../search/relevance/relevance-catalogue';
import { describeSearchRelevance } from '../search/relevance/search-relevance';

// `npm run test:meilisearch` with MEILI_URL (and MEILI_API_KEY): the relevance suite on a
// throw-away index, with the platform vocabulary of the suite's taxonomy as synonyms.
describeSearchRelevance('Meilisearch adapter', async () => {
  if (!process.env.MEILI_URL) {
    throw new Error(
      'Set MEILI_URL (and MEILI_API_KEY) to run the relevance suite against Meilisearch.',
    );
  }
  const config = parseConfig({
    MEILI_URL: process.env.MEILI_URL,
    MEILI_API_KEY: process.env.MEILI_API_KEY,
    MEILI_INDEX: `offers_relevance_${Date.now()}`,
  });
  const terms = Object.entries(RELEVANCE_TAXONOMY).flatMap(([vocabulary, codes]) =>
    Object.entries(codes).map(([code, labels]): VocabularyTerm => ({
      vocabulary: vocabulary as VocabularyTerm['vocabulary'],
      code,
      labels,
    })),
  );
  const engine = createMeilisearchEngine(config, { synonyms: vocabularySynonyms(terms) });
  return {
    engine,
    teardown: async () => {
      await fetch(`${config.MEILI_URL}/indexes/${config.MEILI_INDEX}`, {
        method: 'DELETE',
        headers: config.MEILI_API_KEY ? { authorization: `Bearer ${config.MEILI_API_KEY}` } : {},
      });
    },
  };
});
