import { Injectable } from '@nestjs/common';
import { TaxonomyService } from '@app/catalogue';
import { describeSearch, type MailLanguage } from './saved-search-description';
import type { SavedSearchQuery } from './saved-search.types';

/** Says saved searches in words with the current taxonomy labels (retired terms included). */
@Injectable()
export class SavedSearchLabels {
  constructor(private readonly taxonomy: TaxonomyService) {}

  async describe(query: SavedSearchQuery, lang: MailLanguage): Promise<string> {
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const labels = new Map(terms.map((t) => [`${t.vocabulary}:${t.code}`, t.labels[lang]]));
    return describeSearch(
      query,
      lang,
      (vocabulary, code) => labels.get(`${vocabulary}:${code}`) ?? code,
    );
  }
}
