import { LRUCache } from 'lru-cache';
import type { SearchDocument, SearchLanguage } from '../search-document';
import { analyseText, type AnalysedText } from './highlight';
import type { SearchDocumentRepository } from './search-document.repository';

/** How many documents a process keeps for its result pages (a few MB). */
export const DOCUMENT_CACHE_SIZE = 1_000;

/** A document of a result page, with its texts analysed for highlighting once, not per request. */
export class CachedDocument {
  private readonly analysed = new Map<string, AnalysedText>();

  constructor(readonly document: Readonly<SearchDocument>) {}

  text(field: 'title' | 'summary', lang: SearchLanguage): AnalysedText {
    const key = `${field}_${lang}` as const;
    let out = this.analysed.get(key);
    if (!out) {
      out = analyseText(this.document[key] ?? '', lang);
      this.analysed.set(key, out);
    }
    return out;
  }
}

/**
 * The full documents of result pages. Popular searches show the same offers again and again:
 * reading and parsing them from `search_documents` was a third of a search's time through the
 * API. A cached copy is used only while its fingerprint is the one the index holds, so a page
 * never shows an older version than the one it was ranked on.
 */
export class DocumentCache {
  private readonly entries: LRUCache<string, CachedDocument>;

  constructor(
    private readonly repository: Pick<SearchDocumentRepository, 'byIds'>,
    max = DOCUMENT_CACHE_SIZE,
  ) {
    this.entries = new LRUCache({ max });
  }

  /** The documents of `ids` that exist; `indexed(id)` is the fingerprint the index holds. */
  async get(
    ids: readonly string[],
    indexed: (id: string) => string | undefined,
  ): Promise<Map<string, CachedDocument>> {
    const out = new Map<string, CachedDocument>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.entries.get(id);
      if (cached && cached.document.fingerprint === indexed(id)) out.set(id, cached);
      else missing.push(id);
    }
    for (const [id, document] of await this.repository.byIds(missing)) {
      // Frozen: every request shares it.
      const entry = new CachedDocument(Object.freeze(document));
      this.entries.set(id, entry);
      out.set(id, entry);
    }
    return out;
  }

  clear(): void {
    this.entries.clear();
  }
}
