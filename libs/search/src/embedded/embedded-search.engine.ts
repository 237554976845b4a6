import { Logger } from '@nestjs/common';
import path from 'node:path';
import { RoaringBitmap32 } from 'roaring';
import type { DataSource } from 'typeorm';
import {
  FACETS,
  MATCH_FIELDS,
  type FacetName,
  type MatchReason,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type Suggestion,
} from '../engine/search-engine';
import { SEARCH_LANGUAGES, type SearchDocument, type SearchLanguage } from '../search-document';
import { PlatformVocabulary, type VocabularyTerm } from '../vocabulary/platform-vocabulary';
import { CachedDocument, DocumentCache } from './document-cache';
import { andAll, filterBitmaps, profileFit } from './filters';
import { highlightAnalysed } from './highlight';
import { IndexSnapshots } from './index-snapshot';
import { FIELD, InvertedIndex } from './inverted-index';
import { planQuery, PrefixFinder, STEM, type Slot } from './query-plan';
import { rank, smallest } from './ranking';
import { SearchDocumentRepository, TOMBSTONE_RETENTION_HOURS } from './search-document.repository';
import { words } from './text';

export interface EmbeddedSearchOptions {
  /** How often other processes' changes are picked up. */
  readonly followIntervalMs?: number;
  /** Folder for the index snapshot a restart starts from (the app's DATA_DIR); none: no snapshot. */
  readonly dataDir?: string;
  /** How often the snapshot is rewritten when the index changed. */
  readonly snapshotIntervalMs?: number;
}

/**
 * A snapshot is followed on from its cursor only while the deletions after it still have
 * their tombstones; the margin covers clock skew and transactions open for hours.
 */
const SNAPSHOT_MAX_AGE_MS = (TOMBSTONE_RETENTION_HOURS - 4) * 3_600_000;

/** Rebuild the index once this share of its document numbers belongs to replaced or deleted documents. */
const COMPACT_DEAD_SHARE = 0.25;
const COMPACT_MIN_DEAD = 1000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * The default engine: an in-process index over compressed bitmaps (roaring), loaded from
 * `search_documents` at start and kept current by following that table's changes, so every
 * API and worker process answers alone, in memory, with the ranking rules of
 * docs/search-ranking.md. PostgreSQL stays the source of truth; the page's documents are
 * read from it (through a cache checked against the index's fingerprints). Choice and figures: docs/adr/0001-embedded-search-engine.md.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly logger = new Logger(EmbeddedSearchEngine.name);
  private readonly repository: SearchDocumentRepository;
  private readonly documents: DocumentCache;
  private index?: InvertedIndex;
  private vocabulary?: PlatformVocabulary;
  private prefixes?: PrefixFinder;
  private fingerprints = new Map<string, string>();
  private cursor = '0';
  /** When `cursor` was read (epoch ms). */
  private cursorAt = 0;
  private readonly snapshots?: IndexSnapshots;
  private loading?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private following?: Promise<void>;
  private compacting = false;
  private closed = false;
  private lastPrune = 0;
  private staticRank = { version: -1, ranks: new Uint32Array(0), order: new Uint32Array(0) };

  constructor(
    db: DataSource,
    private readonly taxonomy: () => Promise<readonly VocabularyTerm[]>,
    private readonly options: EmbeddedSearchOptions = {},
  ) {
    this.repository = new SearchDocumentRepository(db);
    this.documents = new DocumentCache(this.repository);
    if (options.dataDir)
      this.snapshots = new IndexSnapshots({
        file: path.join(options.dataDir, 'search', 'embedded-index.snapshot'),
        database: this.repository,
        logger: this.logger,
        maxAgeMs: SNAPSHOT_MAX_AGE_MS,
        intervalMs: options.snapshotIntervalMs ?? 600_000,
        current: () =>
          this.index && this.vocabulary
            ? {
                index: this.index,
                vocabulary: this.vocabulary,
                fingerprints: this.fingerprints,
                cursor: this.cursor,
                cursorAt: this.cursorAt,
              }
            : undefined,
      });
  }

  /** The schema comes from migrations: writing needs no index in memory. */
  async prepare(): Promise<void> {
    await this.repository.ping();
  }

  /** Loads the index once (concurrent callers share the load) and starts following changes. */
  async warm(): Promise<void> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    await this.loading;
    if (this.closed) return;
    this.timer ??= setInterval(() => void this.follow(), this.options.followIntervalMs ?? 500);
    this.timer.unref();
  }

  /** Stops following changes (the application is closing). */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    // The database closes after this: let a pass under way finish first.
    await this.following;
    await this.snapshots?.close();
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.repository.upsert(documents);
    if (this.index) this.apply(documents.map((d) => ({ id: d.id, document: d })));
  }

  async delete(ids: string[]): Promise<void> {
    await this.repository.delete(ids);
    if (this.index) this.apply(ids.map((id) => ({ id, document: null })));
  }

  indexedFingerprints(): Promise<Map<string, string>> {
    return this.repository.fingerprints();
  }

  async rebuild(
    batches: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<void> {
    const seen: string[] = [];
    for await (const batch of batches) {
      await this.upsert(batch);
      seen.push(...batch.map((d) => d.id));
      onProgress?.(seen.length);
    }
    await this.repository.deleteAllBut(seen);
    await this.follow();
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.repository.ping();
      return !!this.index;
    } catch {
      return false;
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.warm();
    const index = this.index!;
    const { base, byFacet } = filterBitmaps(index, query.filters, query.today);
    const filter = andAll([base, ...byFacet.values()]);
    const slots = query.q?.trim()
      ? planQuery(query.q, index, this.vocabulary!, query.lang, this.prefixes!)
      : [];
    const fit = profileFit(index, query.profile);
    const staticRank = this.ranks(index);
    const need = query.offset + query.limit;
    const relevance = query.sort === 'relevance';
    const ranked = rank(index, { slots, filter, fit, need: relevance ? need : 0, staticRank });
    const ordered = relevance
      ? ranked.ordered
      : this.sorted(index, ranked.universe, query, staticRank, need);
    const facets = this.facets(index, slots, base, byFacet, fit, staticRank);
    const page = ordered.slice(query.offset, need);
    const documents = await this.documents.get(
      page.map((n) => index.uuid[n]),
      (id) => this.fingerprints.get(id),
    );
    const hits: SearchHit[] = [];
    for (const n of page) {
      const cached = documents.get(index.uuid[n]);
      if (!cached) continue; // deleted since: the follower will drop it
      hits.push(this.hit(n, cached, slots, query, !!fit?.has(n), ranked.explain.get(n)));
    }
    return { hits, total: ranked.universe.size, totalIsExact: true, facetsAreExact: true, facets };
  }

  async suggest(prefix: string, lang: SearchLanguage, limit: number): Promise<Suggestion[]> {
    await this.warm();
    const index = this.index!;
    const qw = words(prefix);
    if (qw.length === 0) return [];
    const title = (text: string) => index.term(text)?.fields[FIELD.title];
    let docs: RoaringBitmap32 | undefined = index.alive;
    for (const [i, w] of qw.entries()) {
      const forms = i === qw.length - 1 ? [w, ...this.prefixes!.find(w).map((t) => t.text)] : [w];
      const bitmaps = forms.map(title).filter((b): b is RoaringBitmap32 => !!b);
      docs = RoaringBitmap32.and(docs, RoaringBitmap32.orMany(bitmaps));
      if (docs.isEmpty) break;
    }
    const offers = this.bestRanked(index, docs, limit).map((n): Suggestion => {
      const t = index.titles[n];
      const text = t[lang] ?? SEARCH_LANGUAGES.map((l) => t[l]).find(Boolean) ?? '';
      return { kind: 'offer', text, value: index.slug[n] };
    });
    const folded = qw.join(' ');
    const organisations: Suggestion[] = [];
    for (const [value, organisation] of index.organisations) {
      if (organisations.length >= limit) break;
      if (organisation.folded.includes(folded))
        organisations.push({ kind: 'organisation', text: organisation.name, value });
    }
    return [...offers, ...organisations];
  }

  // --- loading and following ---------------------------------------------------------------

  private async load(): Promise<void> {
    const started = Date.now();
    const vocabulary = new PlatformVocabulary(await this.taxonomy());
    // At start, the snapshot and the changes since it (compaction reloads from the database).
    const restored = this.index ? undefined : await this.snapshots?.read(vocabulary);
    if (restored) {
      const { index, fingerprints, cursor, cursorAt } = restored;
      this.swap(index, vocabulary, fingerprints, cursor, cursorAt);
      await this.follow();
      this.logger.log(
        { documents: index.size, ms: Date.now() - started },
        'search index loaded from its snapshot',
      );
      return;
    }
    const cursorAt = Date.now();
    const cursor = await this.repository.horizon();
    const index = new InvertedIndex(vocabulary);
    const fingerprints = new Map<string, string>();
    // No flush per batch: the index flushes its postings every few thousand documents itself.
    for await (const batch of this.repository.all()) {
      for (const doc of batch) {
        index.add(doc);
        fingerprints.set(doc.id, doc.fingerprint);
      }
    }
    index.compactMemory();
    this.swap(index, vocabulary, fingerprints, cursor, cursorAt);
    this.logger.log({ documents: index.size, ms: Date.now() - started }, 'search index loaded');
    void this.snapshots?.save(); // in the background: readiness does not wait for the file
  }

  private swap(
    index: InvertedIndex,
    vocabulary: PlatformVocabulary,
    fingerprints: Map<string, string>,
    cursor: string,
    cursorAt: number,
  ): void {
    this.index = index;
    this.vocabulary = vocabulary;
    this.prefixes = new PrefixFinder(index);
    this.fingerprints = fingerprints;
    this.cursor = cursor;
    this.cursorAt = cursorAt;
    // The static order is cached by version number, which a new index counts afresh.
    this.staticRank = { version: -1, ranks: new Uint32Array(0), order: new Uint32Array(0) };
    this.snapshots?.start();
  }

  /** Applies what other processes wrote; one pass at a time. */
  private follow(): Promise<void> {
    this.following ??= (async () => {
      try {
        if (!this.index || this.closed) return;
        const at = Date.now();
        const { changes, until } = await this.repository.changesSince(this.cursor);
        this.apply(changes);
        this.cursor = until;
        this.cursorAt = at;
        if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
          this.lastPrune = Date.now();
          await this.repository.pruneTombstones();
        }
      } catch (error) {
        if (!this.closed)
          this.logger.warn({ err: error }, 'search index could not follow changes; retrying');
      } finally {
        this.following = undefined;
      }
    })();
    return this.following;
  }

  private apply(changes: ReadonlyArray<{ id: string; document: SearchDocument | null }>): void {
    const index = this.index!;
    for (const { id, document } of changes) {
      if (document) {
        if (this.fingerprints.get(id) === document.fingerprint && index.byUuid.has(id)) continue;
        index.add(document);
        this.fingerprints.set(id, document.fingerprint);
      } else if (index.remove(id)) this.fingerprints.delete(id);
    }
    index.flush();
    if (index.dead >= COMPACT_MIN_DEAD && index.dead > index.size * COMPACT_DEAD_SHARE)
      this.compact();
  }

  /** Loads a fresh index beside the current one and switches to it (searches go on meanwhile). */
  private compact(): void {
    if (this.compacting) return;
    this.compacting = true;
    void this.load()
      .then(() => this.follow())
      .catch((error: unknown) => this.logger.warn({ err: error }, 'search index rebuild failed'))
      .finally(() => (this.compacting = false));
  }

  // --- searching -----------------------------------------------------------------------------

  /** Counts per facet value over the text matches, each facet leaving its own filter out. */
  private facets(
    index: InvertedIndex,
    slots: readonly Slot[],
    base: RoaringBitmap32,
    byFacet: Map<FacetName, RoaringBitmap32>,
    fit: RoaringBitmap32 | undefined,
    staticRank: Uint32Array,
  ): SearchResult['facets'] {
    const text = slots.length
      ? rank(index, { slots, filter: base, fit, need: 0, staticRank }).universe
      : base;
    const out = {} as SearchResult['facets'];
    for (const facet of FACETS) {
      const others = [...byFacet].filter(([k]) => k !== facet).map(([, b]) => b);
      const scope = others.length ? andAll([text, ...others]) : text;
      const counts: Record<string, number> = {};
      if (!scope.isEmpty) {
        for (const [value, bm] of index.facets[facet]) {
          const n = scope.andCardinality(bm);
          if (n > 0) counts[value] = n;
        }
      }
      out[facet] = counts;
    }
    return out;
  }

  /** Deadline (soonest first, rolling last) or newest first; the static order breaks ties. */
  private sorted(
    index: InvertedIndex,
    universe: RoaringBitmap32,
    query: SearchQuery,
    staticRank: Uint32Array,
    need: number,
  ): number[] {
    const docs = universe.toUint32Array();
    const keys = new Float64Array(docs.length);
    const SHIFT = 2 ** 20;
    for (let i = 0; i < docs.length; i++) {
      const n = docs[i];
      const primary =
        query.sort === 'deadline' ? index.deadline[n] : 2 ** 32 - 1 - index.published[n];
      keys[i] = primary * SHIFT + Math.min(staticRank[n], SHIFT - 1);
    }
    return smallest(keys, need).map((i) => docs[i]);
  }

  /** The `limit` documents of `docs` first in the quality → freshness → id order. */
  private bestRanked(index: InvertedIndex, docs: RoaringBitmap32, limit: number): number[] {
    const ranks = this.ranks(index);
    const { order } = this.staticRank;
    // Many candidates (a short prefix): walking the order finds `limit` of them within about
    // limit × (alive ÷ candidates) steps, instead of ranking every candidate.
    if (docs.size * 16 >= order.length) {
      const out: number[] = [];
      for (let i = 0; i < order.length && out.length < limit; i++)
        if (docs.has(order[i])) out.push(order[i]);
      return out;
    }
    const candidates = docs.toUint32Array();
    const keys = Float64Array.from(candidates, (n) => ranks[n]);
    return smallest(keys, limit).map((i) => candidates[i]);
  }

  /** Position of every document in the quality → freshness → id order, cached per index version. */
  private ranks(index: InvertedIndex): Uint32Array {
    if (this.staticRank.version === index.version && this.staticRank.ranks.length >= index.capacity)
      return this.staticRank.ranks;
    const alive = [...index.alive.toUint32Array()];
    alive.sort(
      (a, b) =>
        index.quality[b] - index.quality[a] ||
        index.freshness[b] - index.freshness[a] ||
        (index.uuid[a] < index.uuid[b] ? -1 : 1),
    );
    const ranks = new Uint32Array(index.capacity).fill(0xfffff);
    alive.forEach((n, i) => (ranks[n] = i));
    this.staticRank = { version: index.version, ranks, order: Uint32Array.from(alive) };
    return ranks;
  }

  private hit(
    n: number,
    cached: CachedDocument,
    slots: readonly Slot[],
    query: SearchQuery,
    profileMatch: boolean,
    ranking: SearchHit['ranking'],
  ): SearchHit {
    const vocabulary = this.vocabulary!;
    const document = cached.document as SearchDocument;
    const derivations = slots.flatMap((s) => [
      ...s.parts.flatMap((p) => p.derivations),
      ...s.synonyms,
    ]);
    const marked = {
      words: new Set(
        derivations
          .filter((d) => !d.term.text.startsWith('~') && !d.term.text.startsWith('#'))
          .map((d) => d.term.text),
      ),
      stems: new Set(derivations.filter((d) => d.exactness === STEM).map((d) => d.term.text)),
      countries: new Set(
        derivations
          .filter((d) => d.term.text.startsWith('#country:'))
          .map((d) => d.term.text.slice(9)),
      ),
    };
    const highlighted = (l: SearchLanguage) => ({
      title: highlightAnalysed(cached.text('title', l), marked, vocabulary),
      summary: highlightAnalysed(cached.text('summary', l), marked, vocabulary),
    });
    // The request's language first, then the first language whose title or summary marks a word.
    const order = [query.lang, ...SEARCH_LANGUAGES.filter((l) => l !== query.lang)];
    const written = order.filter((l) => document[`title_${l}`]);
    const lang = written[0] ?? 'fr';
    let found: { lang: SearchLanguage; highlight: SearchHit['highlight'] } | undefined;
    for (const l of slots.length ? written : []) {
      const h = highlighted(l);
      if (h.title.includes('<mark>') || h.summary.includes('<mark>')) {
        found = { lang: l, highlight: h };
        break;
      }
    }
    found ??= { lang, highlight: highlighted(lang) };
    return {
      document,
      matchedLanguage: found.lang,
      highlight: found.highlight,
      profileMatch,
      matches: slots.length ? matchReasons(n, derivations) : [],
      ...(query.explain && ranking ? { ranking } : {}),
    };
  }
}

/** The fields where the query's derivations are found in document `n`, best first, with codes. */
function matchReasons(
  n: number,
  derivations: ReadonlyArray<{
    term: { text: string; fields: Array<RoaringBitmap32 | undefined> };
  }>,
): MatchReason[] {
  const out: MatchReason[] = [];
  MATCH_FIELDS.forEach((field, f) => {
    const codes = new Set<string>();
    let found = false;
    for (const d of derivations) {
      if (!d.term.fields[f]?.has(n)) continue;
      found = true;
      const concept = /^#(category|sector|stage|country):(.+)$/u.exec(d.term.text);
      if (
        concept &&
        (concept[1] === field ||
          (field !== 'title' && concept[1] === 'country' && field === 'country'))
      )
        codes.add(concept[2]);
    }
    if (found) out.push(codes.size ? { field, codes: [...codes] } : { field });
  });
  return out;
}
