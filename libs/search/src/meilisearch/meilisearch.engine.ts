/**
 * Meilisearch adapter of the SearchEngine port.
 *
 * Order of results (the product's ranking contract, docs/search-ranking.md). The index's
 * `rankingRules` are words > typo > proximity > attributeRank > exactness, then the quality
 * score, then freshness (meilisearch.settings.ts). Meilisearch sorts bucket by bucket and never
 * adds numbers across rules, so:
 *
 * - relevance, no profile: exactly the contract. Without `q` the text rules do not apply and
 *   the order is quality, then freshness.
 * - `deadline` / `newest`: the `sort` rule sits right after `words`, so the reader's order
 *   applies to every offer matching the query's words (all offers without `q`); text rules,
 *   quality and freshness only break its ties. No offer is excluded by a sort.
 * - relevance with a profile and a `q`: a federated multi-search of the profile-filtered query
 *   and the plain one. Federation compares hits by their text score times the query's weight
 *   (then by the custom rules' values); the profile query weighs PROFILE_WEIGHT = 1 + 1e-10,
 *   less than the relative gap between two text buckets (with Meilisearch's 10 query words
 *   there are at most ~10^8 buckets), so fit only reorders offers the text rules tie, and
 *   comes before quality and freshness there, as the contract says. A document found by both
 *   queries is returned once, from the profile query (`queriesPosition` 0 → `profileMatch`).
 * - relevance with a profile and no `q`: every offer ties on text, so fitting offers come
 *   first (see `fitFirst`: weights cannot act without a text score).
 * - `deadline` / `newest` with a profile: both queries weigh 1, the reader's order wins and
 *   fit only flags the hits.
 *
 * What Meilisearch cannot express of the contract is listed beside RANKING_RULES
 * (meilisearch.settings.ts).
 *
 * Totals and facets: counting queries use page/hitsPerPage, for which Meilisearch counts
 * every match; offset/limit (unaligned windows only) gives an estimate, reported as such
 * (`totalIsExact`, `facetsAreExact`). Facet counts ignore their own filter: facets without an
 * active filter are counted by the main query; each facet with one gets its own query with
 * that filter left out, in the same multi-search request.
 *
 * Writes: every task is awaited and must end `succeeded` (a 202 only means "enqueued").
 */
import { Logger, type LoggerService } from '@nestjs/common';
import type { AppConfig } from '@app/core';
import {
  Meilisearch,
  type Config,
  type EnqueuedTask,
  type Index,
  type MultiSearchFederation,
  type MultiSearchQuery,
  type MultiSearchQueryWithFederation,
  type SearchResponse,
  type Settings,
  type Task,
} from 'meilisearch';
import {
  FACETS,
  type FacetName,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SortKey,
  type Suggestion,
} from '../engine/search-engine';
import type { SearchDocument, SearchLanguage } from '../search-document';
import { apiErrorCode, primaryKeyMismatch, taskFailed, taskTimedOut } from './meilisearch.errors';
import {
  andAlso,
  filterClauses,
  joinClauses,
  profileExpression,
  type FilterClause,
} from './meilisearch.filter';
import {
  facetCounts,
  facetsAreExact,
  HIGHLIGHT_TAGS,
  MARK_START,
  stripMarks,
  toIndexedDocument,
  toSearchHit,
  type IndexedDocument,
  type RawHit,
} from './meilisearch.mapper';
import {
  FACET_ATTRIBUTES,
  MAX_TOTAL_HITS,
  PRIMARY_KEY,
  settingsDrift,
  SUMMARY_ATTRIBUTES,
  TITLE_ATTRIBUTES,
  wantedSettings,
} from './meilisearch.settings';

export const DEFAULT_BATCH_SIZE = 5_000;
/** Breaks text ties only: see the header. */
export const PROFILE_WEIGHT = 1 + 1e-10;
const FINGERPRINT_PAGE = 5_000;
const INDEX_UID = /^[A-Za-z0-9_-]{1,350}$/;

const SORT: Record<SortKey, string[] | undefined> = {
  relevance: undefined,
  deadline: ['deadlineTs:asc'],
  newest: ['publishedTs:desc'],
};

export interface MeilisearchEngineOptions {
  /** Base URL of the server (`MEILI_URL`). */
  host: string;
  /** `MEILI_API_KEY`; none for a server without a master key. */
  apiKey?: string;
  /** The live index (`MEILI_INDEX`); rebuilds use `<index>_<timestamp>` then swap. */
  index: string;
  /** Replaces `fetch` (the client's own option): contract tests answer from the OpenAPI document. */
  httpClient?: Config['httpClient'];
  /** Documents per write request. */
  batchSize?: number;
  /** How long to wait for one task to finish (indexing 5,000 documents takes a while). */
  taskTimeoutMs?: number;
  /** First wait between two polls of a task; doubles up to one second. */
  taskPollIntervalMs?: number;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** Weight of the profile query when ranking by relevance (see the header before changing it). */
  profileWeight?: number;
  /**
   * The `synonyms` setting (buildSynonyms over the platform's vocabulary). When given it is
   * applied and checked for drift like the other settings; when not, the index's are kept.
   */
  synonyms?: Readonly<Record<string, readonly string[]>>;
  /** Names rebuild indexes; injectable so tests are deterministic. */
  now?: () => Date;
  logger?: Pick<LoggerService, 'log' | 'warn'>;
}

type Hits = SearchResponse<Record<string, unknown>>;
type Display = Pick<
  MultiSearchQuery,
  | 'attributesToHighlight'
  | 'highlightPreTag'
  | 'highlightPostTag'
  | 'showRankingScore'
  | 'showMatchesPosition'
  | 'showRankingScoreDetails'
>;
type Federation = MultiSearchFederation & { page?: number; hitsPerPage?: number };

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexUid: string;
  private readonly batchSize: number;
  private readonly wait: { timeout: number; interval: number };
  private readonly profileWeight: number;
  private readonly synonyms: MeilisearchEngineOptions['synonyms'];
  private readonly now: () => Date;
  private readonly logger: Pick<LoggerService, 'log' | 'warn'>;

  constructor(options: MeilisearchEngineOptions) {
    if (!INDEX_UID.test(options.index)) {
      throw new Error(`MEILI_INDEX "${options.index}" is not a valid index uid (A-Z a-z 0-9 _ -).`);
    }
    this.indexUid = options.index;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.wait = {
      timeout: options.taskTimeoutMs ?? 10 * 60_000,
      interval: options.taskPollIntervalMs ?? 50,
    };
    this.profileWeight = options.profileWeight ?? PROFILE_WEIGHT;
    this.synonyms = options.synonyms;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? new Logger(MeilisearchEngine.name);
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      httpClient: options.httpClient,
      timeout: options.requestTimeoutMs ?? 30_000,
    });
  }

  // ── index lifecycle ──────────────────────────────────────────────────────────────────────

  async prepare(): Promise<void> {
    await this.ensureIndex(this.indexUid);
    await this.convergeSettings(this.indexUid);
  }

  async rebuild(
    batches: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<void> {
    const live = this.indexUid;
    await this.ensureIndex(live, false);
    const fresh = `${live}_${this.now().toISOString().replace(/\D/g, '').slice(0, 17)}`;
    await this.run(`create index ${fresh}`, () =>
      this.client.createIndex(fresh, { primaryKey: PRIMARY_KEY }),
    );
    try {
      await this.run(`settings of ${fresh}`, () =>
        this.client.index(fresh).updateSettings(wantedSettings(this.synonyms)),
      );
      let done = 0;
      for await (const chunk of rechunk(batches, this.batchSize)) {
        await this.addDocuments(fresh, chunk);
        done += chunk.length;
        onProgress?.(done);
      }
      await this.run(`swap ${live} and ${fresh}`, () =>
        this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]),
      );
    } catch (error) {
      await this.deleteIndexQuietly(fresh);
      throw error;
    }
    // After the swap, `fresh` holds the previous documents.
    await this.run(`delete previous index ${fresh}`, () => this.client.deleteIndex(fresh));
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += this.batchSize) {
      await this.addDocuments(this.indexUid, documents.slice(i, i + this.batchSize));
    }
  }

  async delete(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += this.batchSize) {
      const chunk = ids.slice(i, i + this.batchSize);
      await this.run(`delete ${chunk.length} documents`, () =>
        this.client.index(this.indexUid).deleteDocuments(chunk),
      );
    }
  }

  async indexedFingerprints(): Promise<Map<string, string>> {
    const fingerprints = new Map<string, string>();
    const index = this.client.index<Pick<SearchDocument, 'id' | 'fingerprint'>>(this.indexUid);
    try {
      for (let offset = 0; ; offset += FINGERPRINT_PAGE) {
        const page = await index.getDocuments({
          fields: ['id', 'fingerprint'],
          offset,
          limit: FINGERPRINT_PAGE,
        });
        for (const doc of page.results) fingerprints.set(String(doc.id), String(doc.fingerprint));
        if (page.results.length < FINGERPRINT_PAGE || offset + FINGERPRINT_PAGE >= page.total) {
          return fingerprints;
        }
      }
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return fingerprints;
      throw error;
    }
  }

  isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  // ── search ───────────────────────────────────────────────────────────────────────────────

  async search(query: SearchQuery): Promise<SearchResult> {
    const clauses = filterClauses(query.filters, query.today);
    const filter = joinClauses(clauses);
    const q = query.q?.trim() || undefined;
    const sort = SORT[query.sort];
    const display: Display = {
      attributesToHighlight: [...TITLE_ATTRIBUTES, ...SUMMARY_ATTRIBUTES],
      ...HIGHLIGHT_TAGS,
      showRankingScore: true,
      ...(q ? { showMatchesPosition: true } : {}),
      ...(query.explain ? { showRankingScoreDetails: true } : {}),
    };
    const window = pageWindow(query.offset, query.limit);
    const facets = this.facetQueries(q, clauses);
    const profile = query.profile ? profileExpression(query.profile) : undefined;
    const toHit = (hit: unknown, fits: boolean) =>
      toSearchHit(hit as RawHit, query.lang, fits, query.explain === true);

    if (!profile) {
      const main: MultiSearchQuery = {
        indexUid: this.indexUid,
        q,
        filter,
        sort,
        ...display,
        ...window,
        facets: facets.shared,
      };
      const { results } = await this.client.multiSearch({
        queries: [main, ...facets.isolated.map((f) => f.query)],
      });
      const [hits, ...isolated] = results;
      const sources = facets.distributions(hits, isolated);
      return {
        hits: hits.hits.map((hit) => toHit(hit, false)),
        total: totalOf(hits),
        totalIsExact: isExactTotal(hits),
        facets: facetCounts(sources),
        facetsAreExact: facetsAreExact(sources, 'page' in window),
      };
    }

    if (!q && query.sort === 'relevance') {
      return this.fitFirst(query, filter, profile, display, facets, toHit);
    }

    // Text ties (relevance) are broken by fit; an explicit sort is the reader's order, so
    // both queries weigh the same there and fit only flags the hits.
    const weight = query.sort === 'relevance' ? this.profileWeight : 1;
    const weighted = (extraFilter: string | undefined, w: number) =>
      ({
        indexUid: this.indexUid,
        q,
        filter: extraFilter,
        sort,
        ...display,
        federationOptions: { weight: w },
      }) satisfies MultiSearchQueryWithFederation;
    const federation: Federation = { ...window };
    const [merged, counted] = await Promise.all([
      this.client.multiSearch({
        federation,
        queries: [weighted(andAlso(filter, profile), weight), weighted(filter, 1)],
      }),
      this.client.multiSearch({
        queries: [facets.counting(filter), ...facets.isolated.map((f) => f.query)],
      }),
    ]);
    const [shared, ...isolated] = counted.results;
    const sources = facets.distributions(shared, isolated);
    return {
      hits: merged.hits.map((hit) => toHit(hit, hit._federation?.queriesPosition === 0)),
      total: totalOf(merged),
      totalIsExact: isExactTotal(merged),
      facets: facetCounts(sources),
      facetsAreExact: facetsAreExact(sources, true),
    };
  }

  /**
   * No query, relevance order, a profile: the text rules tie everywhere, so the contract puts
   * every fitting offer first, then quality and freshness. A federated search cannot do that
   * (its weights only scale text scores, which a search without words does not have), so two
   * plain queries are laid end to end: the fitting offers, then the others, at positions
   * computed from the exact count of fitting offers. A page past the fitting offers costs a
   * second request.
   */
  private async fitFirst(
    query: SearchQuery,
    filter: string | undefined,
    profile: string,
    display: Display,
    facets: ReturnType<MeilisearchEngine['facetQueries']>,
    toHit: (hit: unknown, fits: boolean) => SearchHit,
  ): Promise<SearchResult> {
    const { offset, limit } = query;
    const plain = (extraFilter: string, from: number, count: number): MultiSearchQuery => ({
      indexUid: this.indexUid,
      filter: extraFilter,
      ...display,
      offset: from,
      limit: count,
    });
    const fitting = andAlso(filter, profile);
    const { results } = await this.client.multiSearch({
      queries: [
        plain(fitting, offset, limit),
        { indexUid: this.indexUid, filter: fitting, page: 1, hitsPerPage: 0 },
        facets.counting(filter),
        ...facets.isolated.map((f) => f.query),
      ],
    });
    const [page, fitCount, shared, ...isolated] = results;
    const fitTotal = totalOf(fitCount);
    const total = totalOf(shared);
    const hits = page.hits.map((hit) => toHit(hit, true));
    const missing = limit - hits.length;
    if (missing > 0 && total > fitTotal && offset + hits.length < total) {
      const others = andAlso(filter, `NOT (${profile})`);
      const rest = await this.client.multiSearch({
        queries: [plain(others, Math.max(0, offset - fitTotal), missing)],
      });
      hits.push(...rest.results[0].hits.map((hit) => toHit(hit, false)));
    }
    const sources = facets.distributions(shared, isolated);
    return {
      hits,
      total,
      totalIsExact: isExactTotal(shared),
      facets: facetCounts(sources),
      facetsAreExact: facetsAreExact(sources, true),
    };
  }

  /**
   * Facets counted by the main query, and one query per facet whose own filter is active. The
   * counting queries use page/hitsPerPage: only then does Meilisearch count every match
   * (offset/limit stops once the page is full and estimates the rest).
   */
  private facetQueries(q: string | undefined, clauses: FilterClause[]) {
    const active = FACETS.filter((facet) => clauses.some((c) => c.facet === facet));
    const shared = FACETS.filter((facet) => !active.includes(facet)).map(
      (facet) => FACET_ATTRIBUTES[facet],
    );
    const isolated = active.map((facet) => ({
      facet,
      query: {
        indexUid: this.indexUid,
        q,
        filter: joinClauses(clauses, facet),
        facets: [FACET_ATTRIBUTES[facet]],
        ...COUNT_ONLY,
      } satisfies MultiSearchQuery,
    }));
    /** The shared facets and the exact total, without hits (when the hits come elsewhere). */
    const counting = (filter: string | undefined): MultiSearchQuery => ({
      indexUid: this.indexUid,
      q,
      filter,
      facets: shared,
      ...COUNT_ONLY,
    });
    const distributions = (main: Hits, own: Hits[]) => {
      const sources = new Map<FacetName, Hits['facetDistribution']>();
      for (const facet of FACETS) {
        if (!active.includes(facet)) sources.set(facet, main.facetDistribution);
      }
      isolated.forEach(({ facet }, i) => sources.set(facet, own[i]?.facetDistribution));
      return sources;
    };
    return { shared, isolated, distributions, counting };
  }

  async suggest(prefix: string, lang: SearchLanguage, limit: number): Promise<Suggestion[]> {
    const q = prefix.trim();
    if (!q || limit <= 0) return [];
    const offerFields = ['id', 'slug', 'languages', ...TITLE_ATTRIBUTES];
    const { results } = await this.client.multiSearch({
      queries: [
        {
          indexUid: this.indexUid,
          q,
          attributesToSearchOn: [`title_${lang}`],
          attributesToRetrieve: offerFields,
          limit,
        },
        {
          indexUid: this.indexUid,
          q,
          attributesToSearchOn: TITLE_ATTRIBUTES,
          attributesToRetrieve: offerFields,
          attributesToHighlight: TITLE_ATTRIBUTES,
          ...HIGHLIGHT_TAGS,
          limit,
        },
        {
          indexUid: this.indexUid,
          q,
          attributesToSearchOn: ['organisationName'],
          attributesToRetrieve: ['organisationId', 'organisationName'],
          distinct: 'organisationId',
          limit,
        },
        {
          indexUid: this.indexUid,
          q,
          attributesToSearchOn: ['categoryLabels'],
          attributesToRetrieve: ['categoryCode', 'categoryLabels'],
          attributesToHighlight: ['categoryLabels'],
          ...HIGHLIGHT_TAGS,
          distinct: 'categoryCode',
          limit,
        },
      ],
    });
    const [inLanguage, anyLanguage, organisations, categories] = results.map(
      (r) => r.hits as RawHit[],
    );
    const offers = unique([...inLanguage, ...anyLanguage], (h) => String(h.id)).map(
      (hit): Suggestion => ({
        kind: 'offer',
        text: offerTitle(hit, lang),
        value: String(hit.slug),
      }),
    );
    const orgs = unique(organisations, (h) => String(h.organisationId)).map((hit): Suggestion => ({
      kind: 'organisation',
      text: String(hit.organisationName),
      value: String(hit.organisationId),
    }));
    const cats = unique(categories, (h) => String(h.categoryCode)).map((hit): Suggestion => ({
      kind: 'category',
      text: matchedLabel(hit),
      value: String(hit.categoryCode),
    }));
    return roundRobin([offers, orgs, cats], limit);
  }

  // ── writes ───────────────────────────────────────────────────────────────────────────────

  /**
   * Creates the index with its primary key if missing. `check` also fixes a missing key and
   * refuses another one; a rebuild skips that, since its swap brings the right key along.
   */
  private async ensureIndex(uid: string, check = true): Promise<void> {
    let primaryKey: string | null | undefined;
    try {
      primaryKey = (await this.client.index(uid).getRawInfo()).primaryKey;
    } catch (error) {
      if (apiErrorCode(error) !== 'index_not_found') throw error;
      this.logger.log(`Creating Meilisearch index "${uid}".`);
      // Another process may create it at the same time: that is fine.
      await this.run(
        `create index ${uid}`,
        () => this.client.createIndex(uid, { primaryKey: PRIMARY_KEY }),
        ['index_already_exists'],
      );
      return;
    }
    if (!check) return;
    if (primaryKey == null) {
      await this.run(`set primary key of ${uid}`, () =>
        this.client.updateIndex(uid, { primaryKey: PRIMARY_KEY }),
      );
    } else if (primaryKey !== PRIMARY_KEY) {
      throw primaryKeyMismatch(uid, primaryKey, PRIMARY_KEY);
    }
  }

  /** Reads the settings, logs each drifted one and patches only those. */
  private async convergeSettings(uid: string): Promise<void> {
    const index = this.client.index(uid);
    const wanted = wantedSettings(this.synonyms);
    const drift = settingsDrift(await index.getSettings(), wanted);
    if (drift.length === 0) return;
    for (const { setting, current, wanted: want } of drift) {
      this.logger.warn(
        `Meilisearch index "${uid}": setting ${setting} drifted: ` +
          `${brief(current)} → ${brief(want)}`,
      );
    }
    const patch: Settings = Object.fromEntries(drift.map((d) => [d.setting, wanted[d.setting]]));
    await this.run(`settings of ${uid}`, () => index.updateSettings(patch));
  }

  private addDocuments(uid: string, documents: SearchDocument[]): Promise<Task> {
    return this.run(`add or replace ${documents.length} documents in ${uid}`, () =>
      (this.client.index(uid) as Index<IndexedDocument>).addDocuments(
        documents.map(toIndexedDocument),
        { primaryKey: PRIMARY_KEY },
      ),
    );
  }

  private async deleteIndexQuietly(uid: string): Promise<void> {
    try {
      await this.run(`delete index ${uid}`, () => this.client.deleteIndex(uid));
    } catch (error) {
      this.logger.warn(`Could not delete Meilisearch index "${uid}": ${String(error)}`);
    }
  }

  /**
   * Enqueues a write and waits for its task: a 202 only says the task was accepted. Throws
   * unless it ends `succeeded` (or failed with one of the `tolerated` error codes).
   */
  private async run(
    what: string,
    enqueue: () => Promise<EnqueuedTask>,
    tolerated: readonly string[] = [],
  ): Promise<Task> {
    const { taskUid } = await enqueue();
    const task = await this.finished(what, taskUid);
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return task;
    throw taskFailed(what, task);
  }

  /**
   * Polls the task until it leaves `enqueued`/`processing`, backing off to one poll a second.
   * Not the client's `waitForTask`: it passes an AbortSignal to each poll, and with a request
   * `timeout` set the client then neither applies that timeout nor removes the abort listener
   * it adds (one leaked listener per poll, in meilisearch 0.62 `getTimeoutFn`).
   */
  private async finished(what: string, taskUid: number): Promise<Task> {
    const deadline = Date.now() + this.wait.timeout;
    for (let interval = this.wait.interval; ; interval = Math.min(interval * 2, 1_000)) {
      const task = await this.client.tasks.getTask(taskUid);
      if (task.status !== 'enqueued' && task.status !== 'processing') return task;
      if (Date.now() >= deadline) throw taskTimedOut(what, taskUid, this.wait.timeout);
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/** Builds the adapter from the validated configuration (`MEILI_URL` must be set). */
export function createMeilisearchEngine(
  config: Pick<AppConfig, 'MEILI_URL' | 'MEILI_API_KEY' | 'MEILI_INDEX'>,
  options: Partial<MeilisearchEngineOptions> = {},
): MeilisearchEngine {
  if (!config.MEILI_URL) throw new Error('MEILI_URL is not set: use the embedded search engine.');
  return new MeilisearchEngine({
    host: config.MEILI_URL,
    apiKey: config.MEILI_API_KEY,
    index: config.MEILI_INDEX,
    ...options,
  });
}

/**
 * Page-aligned windows use `page`/`hitsPerPage`, for which Meilisearch counts hits exhaustively;
 * any other window uses `offset`/`limit` and an estimated total.
 */
function pageWindow(
  offset: number,
  limit: number,
): { page: number; hitsPerPage: number } | { offset: number; limit: number } {
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit };
  return { offset, limit };
}

type Totals = { totalHits?: number; estimatedTotalHits?: number };

const totalOf = (response: Totals) => response.totalHits ?? response.estimatedTotalHits ?? 0;

/**
 * `totalHits` (page/hitsPerPage) is exhaustive, `estimatedTotalHits` (offset/limit) is not;
 * and a plain search counts at most `maxTotalHits`, so reaching it means "at least".
 */
const isExactTotal = (response: Totals) =>
  typeof response.totalHits === 'number' && response.totalHits < MAX_TOTAL_HITS;

/** A setting for a log line: synonyms run to tens of kilobytes. */
function brief(value: unknown, max = 400): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** Page 1 of size 0: only the exhaustive total and facet counts. */
const COUNT_ONLY = { page: 1, hitsPerPage: 0 } as const;

/** Regroups incoming batches of any size into writes of `size` documents. */
async function* rechunk(
  batches: AsyncIterable<SearchDocument[]>,
  size: number,
): AsyncGenerator<SearchDocument[]> {
  let pending: SearchDocument[] = [];
  for await (const batch of batches) {
    pending = pending.concat(batch);
    while (pending.length >= size) {
      yield pending.slice(0, size);
      pending = pending.slice(size);
    }
  }
  if (pending.length > 0) yield pending;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

function offerTitle(hit: RawHit, lang: SearchLanguage): string {
  const own = hit[`title_${lang}`];
  if (typeof own === 'string' && own) return own;
  const formatted = hit._formatted ?? {};
  const titles = TITLE_ATTRIBUTES.filter((a) => typeof hit[a] === 'string' && hit[a]);
  const matched = titles.find((a) => String(formatted[a] ?? '').includes(MARK_START));
  return String(hit[matched ?? titles[0]] ?? '');
}

/** The label the prefix matched (the category's, or its parent's when that is what matched). */
function matchedLabel(hit: RawHit): string {
  const formatted = hit._formatted?.categoryLabels;
  const labels = Array.isArray(hit.categoryLabels) ? hit.categoryLabels.map(String) : [];
  if (Array.isArray(formatted)) {
    const match = formatted.find((l) => typeof l === 'string' && l.includes(MARK_START));
    if (typeof match === 'string') return stripMarks(match);
  }
  return labels[0] ?? String(hit.categoryCode);
}

/** Takes one of each kind in turn up to `limit`, then lists them kind by kind. */
function roundRobin(groups: Suggestion[][], limit: number): Suggestion[] {
  const taken = groups.map(() => 0);
  for (let total = 0, progress = true; total < limit && progress;) {
    progress = false;
    for (let g = 0; g < groups.length && total < limit; g++) {
      if (taken[g] < groups[g].length) {
        taken[g]++;
        total++;
        progress = true;
      }
    }
  }
  return groups.flatMap((group, g) => group.slice(0, taken[g]));
}
