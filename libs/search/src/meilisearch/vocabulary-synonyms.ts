import { PlatformVocabulary, type VocabularyTerm } from '../vocabulary/platform-vocabulary';
import { buildSynonyms } from './meilisearch.synonyms';

/**
 * The `synonyms` setting for a taxonomy, over the platform vocabulary (its labels, every
 * country name and alias, main cities): what the app is to pass as the engine's `synonyms`.
 */
export function vocabularySynonyms(terms: readonly VocabularyTerm[]): Record<string, string[]> {
  return buildSynonyms(
    new PlatformVocabulary(terms)
      .entries()
      .map((entry) => ({ code: entry.key, names: entry.names, cities: entry.cities })),
  );
}
