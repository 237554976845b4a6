/**
 * An in-memory Meilisearch behind the client's `httpClient` option, for contract tests.
 *
 * Every request is matched to its operation in the official OpenAPI document; its path and
 * query parameters and its body are validated against that operation (anything that does not
 * validate is recorded in `violations` and answered 400, as Meilisearch would). Answers are
 * built from the operation's response schemas and validated against them before they leave,
 * so the adapter is tested on what the server is documented to send: 202 + SummarizedTaskView
 * for writes, TaskView while polling, search results with hits and facet distributions,
 * federated results with `_federation`.
 *
 * Writes are tasks, as on the server: a task is `processing` at its first poll and finishes at
 * the next one with the outcome `taskOutcome` chooses (`failed`, or `stuck` forever, on demand).
 * Searches really filter (see fake-filter.ts), sort, paginate, highlight, report match
 * positions (UTF-8 byte offsets, `indices` for array elements), apply single-word synonyms and
 * count facets; `_rankingScoreDetails` has the server's shape with plausible values (the fake
 * does not rank by text). They refuse what the server would refuse: filters on attributes not
 * filterable for that operator, sorts on attributes not sortable, pagination or facets inside
 * federated queries.
 */
import { MeilisearchApiError } from 'meilisearch';
import {
  conditionsOf,
  FilterSyntaxError,
  isComparison,
  matchesFilter,
  parseFilterParam,
  type Condition,
} from './fake-filter';
import { sharedContract, type OpenApiContract, type OperationMatch } from './openapi-contract';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Doc = Record<string, unknown>;

export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly status: number;
  readonly response: unknown;
}

export type TaskOutcome = 'succeeded' | 'failed' | 'stuck';

export interface FakeTaskInfo {
  readonly uid: number;
  readonly type: string;
  readonly indexUid: string | null;
}

export interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  settings: Json;
  documents: Map<string, Doc>;
}

interface ApiError {
  message: string;
  code: string;
  type: string;
  link: string;
}

interface FakeTask extends FakeTaskInfo {
  readonly enqueuedAt: string;
  readonly details: Json | null;
  readonly apply: () => ApiError | void;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  polls: number;
  error: ApiError | null;
  startedAt?: string;
  finishedAt?: string;
}

interface RouteRequest {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly body: Json;
}

interface Reply {
  readonly status: number;
  readonly body?: unknown;
}

export const FAKE_API_KEY = 'contract-test-master-key';
export const FAKE_HOST = 'http://meilisearch.contract.test';

const apiError = (code: string, message: string, type = 'invalid_request'): ApiError => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
});

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

const at = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
const normalize = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const clone = <T>(value: T): T => structuredClone(value);
const NESTED_SETTINGS = new Set(['typoTolerance', 'faceting', 'pagination']);
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

export class FakeMeilisearch {
  readonly exchanges: Exchange[] = [];
  readonly violations: string[] = [];
  readonly indexes = new Map<string, FakeIndex>();
  /** How each task ends (asked at its second poll). */
  taskOutcome: (task: FakeTaskInfo) => TaskOutcome = () => 'succeeded';
  /** False: every request fails like an unreachable server. */
  reachable = true;

  private readonly tasks = new Map<number, FakeTask>();
  private clock = 0;

  constructor(readonly contract: OpenApiContract = sharedContract()) {}

  /** Operation ids of the requests, in order, without the task polls. */
  get calls(): string[] {
    return this.exchanges.map((e) => e.operationId).filter((id) => id !== 'get_task');
  }

  requestsTo(operationId: string): Exchange[] {
    return this.exchanges.filter((e) => e.operationId === operationId);
  }

  /** An index as if it existed before the test, with settings as the server reports them. */
  seedIndex(uid: string, documents: readonly object[] = [], settings: Json = {}): FakeIndex {
    const index = this.newIndex(uid, 'id');
    Object.assign(index.settings, clone(settings));
    this.indexes.set(uid, index);
    this.putDocuments(uid, documents);
    return index;
  }

  /** Stores documents directly, as if indexed earlier. */
  putDocuments(uid: string, documents: readonly object[]): void {
    const index = this.indexes.get(uid) ?? this.seedIndex(uid);
    for (const doc of documents as Doc[]) index.documents.set(String(doc.id), clone(doc));
  }

  /** The `httpClient` option of the Meilisearch client: `(url, init) => parsed JSON`. */
  readonly httpClient = async (
    input: Parameters<typeof fetch>[0],
    init: NonNullable<Parameters<typeof fetch>[1]> = {},
  ): Promise<unknown> => {
    if (init.signal?.aborted) throw init.signal.reason;
    if (!this.reachable) throw new TypeError('fetch failed');
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = (init.method ?? 'GET').toUpperCase();
    const op = this.contract.operation(method, url.pathname);
    if (!op) {
      const problem = `${method} ${url.pathname} is not an operation of the OpenAPI document`;
      this.violations.push(problem);
      throw new Error(problem);
    }
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Json) : undefined;
    const reply = this.answer(op, url.searchParams, headers, body);

    const responseProblems = this.contract.validateResponse(op, reply.status, reply.body);
    if (responseProblems.length > 0) {
      this.violations.push(
        `fake answered ${op.operationId} ${reply.status} off-contract: ${responseProblems.join('; ')}`,
      );
    }
    this.exchanges.push({
      method,
      path: url.pathname,
      operationId: op.operationId,
      query: Object.fromEntries(url.searchParams),
      body,
      status: reply.status,
      response: reply.body,
    });
    if (reply.status >= 400) {
      const error = reply.body as ApiError;
      throw new MeilisearchApiError(
        new Response(JSON.stringify(error), { status: reply.status }),
        error,
      );
    }
    return reply.body;
  };

  private answer(
    op: OperationMatch,
    query: URLSearchParams,
    headers: Headers,
    body: Json | undefined,
  ): Reply {
    const secured = (op.operation.security ?? []).length > 0;
    if (secured && headers.get('authorization') !== `Bearer ${FAKE_API_KEY}`) {
      this.violations.push(`${op.operationId} sent without the API key`);
      return { status: 401, body: apiError('missing_authorization_header', 'No key', 'auth') };
    }
    const problems = [
      ...this.contract.validateParameters(op, query),
      ...this.contract.validateRequestBody(op, headers.get('content-type'), body),
    ];
    if (problems.length > 0) {
      this.violations.push(`${op.operationId}: ${problems.join('; ')}`);
      return { status: 400, body: apiError('bad_request', problems.join('; ')) };
    }
    const route = this.routes[`${op.method} ${op.template}`];
    if (!route) {
      this.violations.push(`the fake does not implement ${op.operationId}`);
      return { status: 400, body: apiError('bad_request', `not implemented: ${op.operationId}`) };
    }
    try {
      return route({ params: op.pathParams, query, body: body ?? {} });
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      if (error.status === 400) this.violations.push(`${op.operationId}: ${error.message}`);
      return { status: error.status, body: error.error };
    }
  }

  // ── routes ───────────────────────────────────────────────────────────────────────────────

  private readonly routes: Record<string, (request: RouteRequest) => Reply> = {
    'get /health': () => ({ status: 200, body: { status: 'available' } }),

    'get /indexes/{index_uid}': ({ params }) => ({
      status: 200,
      body: this.indexView(this.mustIndex(params.index_uid)),
    }),

    'post /indexes': ({ body }) =>
      this.enqueue(body.uid, 'indexCreation', { primaryKey: body.primaryKey ?? null }, () => {
        if (this.indexes.has(body.uid)) {
          return apiError('index_already_exists', `Index \`${body.uid}\` already exists.`);
        }
        this.indexes.set(body.uid, this.newIndex(body.uid, body.primaryKey ?? null));
      }),

    'patch /indexes/{index_uid}': ({ params, body }) =>
      this.enqueue(params.index_uid, 'indexUpdate', body, () => {
        const index = this.indexes.get(params.index_uid);
        if (!index) return this.notFound(params.index_uid);
        if (body.primaryKey && index.primaryKey && index.documents.size > 0) {
          return apiError('index_primary_key_already_exists', 'Primary key already set.');
        }
        if (body.primaryKey) index.primaryKey = body.primaryKey;
      }),

    'delete /indexes/{index_uid}': ({ params }) =>
      this.enqueue(params.index_uid, 'indexDeletion', null, () => {
        if (!this.indexes.delete(params.index_uid)) return this.notFound(params.index_uid);
      }),

    'get /indexes/{index_uid}/settings': ({ params }) => ({
      status: 200,
      body: clone(this.mustIndex(params.index_uid).settings),
    }),

    'patch /indexes/{index_uid}/settings': ({ params, body }) =>
      this.enqueue(params.index_uid, 'settingsUpdate', body, () => {
        const index = this.indexOrCreate(params.index_uid);
        const defaults = this.defaultSettings();
        for (const [key, value] of Object.entries(body)) {
          if (value === null) index.settings[key] = defaults[key] ?? null;
          else if (NESTED_SETTINGS.has(key))
            index.settings[key] = merge(index.settings[key], value);
          else index.settings[key] = clone(value);
        }
      }),

    'post /indexes/{index_uid}/documents': (request) => this.writeDocuments(request, 'replace'),
    'put /indexes/{index_uid}/documents': (request) => this.writeDocuments(request, 'update'),

    'post /indexes/{index_uid}/documents/delete-batch': ({ params, body }) =>
      this.enqueue(params.index_uid, 'documentDeletion', { providedIds: body.length }, () => {
        const index = this.indexes.get(params.index_uid);
        if (!index) return this.notFound(params.index_uid);
        for (const id of body as unknown[]) index.documents.delete(String(id));
      }),

    'get /indexes/{index_uid}/documents': ({ params, query }) => {
      const index = this.mustIndex(params.index_uid);
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? 20);
      const fields = query.get('fields')?.split(',');
      const all = [...index.documents.values()];
      return {
        status: 200,
        body: {
          results: all.slice(offset, offset + limit).map((doc) => project(doc, fields)),
          offset,
          limit,
          total: all.length,
        },
      };
    },

    'post /swap-indexes': ({ body }) => {
      for (const swap of body as Json[]) {
        if (swap.indexes.length !== 2) {
          throw new HttpProblem(400, apiError('invalid_swap_indexes', 'Swap two indexes.'));
        }
      }
      return this.enqueue(null, 'indexSwap', { swaps: body }, () => {
        for (const { indexes, rename } of body as Json[]) {
          const [a, b] = indexes as [string, string];
          const first = this.indexes.get(a);
          if (!first) return this.notFound(a);
          const second = this.indexes.get(b);
          if (rename) {
            if (second) return apiError('index_already_exists', `Index \`${b}\` already exists.`);
            this.indexes.delete(a);
            this.indexes.set(b, { ...first, uid: b });
          } else {
            if (!second) return this.notFound(b);
            this.indexes.set(a, { ...second, uid: a });
            this.indexes.set(b, { ...first, uid: b });
          }
        }
      });
    },

    'get /tasks/{task_id}': ({ params }) => {
      const task = this.tasks.get(Number(params.task_id));
      if (!task) {
        throw new HttpProblem(404, apiError('task_not_found', `Task ${params.task_id} not found.`));
      }
      if (task.status === 'enqueued' || task.status === 'processing') this.advance(task);
      return { status: 200, body: this.taskView(task) };
    },

    'post /indexes/{index_uid}/search': ({ params, body }) => {
      const { docs, query } = this.evaluate({ ...body, indexUid: params.index_uid }, 0, false);
      return { status: 200, body: this.searchResult(docs, query) };
    },

    'post /multi-search': ({ body }) => {
      const queries = body.queries as Json[];
      if (!body.federation) {
        const results = queries.map((query, position) => {
          const evaluated = this.evaluate(query, position, false);
          return {
            indexUid: query.indexUid,
            ...this.searchResult(evaluated.docs, evaluated.query),
          };
        });
        return { status: 200, body: { results } };
      }
      return { status: 200, body: this.federatedResult(queries, body.federation) };
    },
  };

  // ── tasks ────────────────────────────────────────────────────────────────────────────────

  private enqueue(
    indexUid: string | null,
    type: string,
    details: Json | null,
    apply: () => ApiError | void,
  ): Reply {
    const uid = this.tasks.size;
    const task: FakeTask = {
      uid,
      indexUid,
      type,
      details: details && clone(details),
      apply,
      enqueuedAt: at(++this.clock),
      status: 'enqueued',
      polls: 0,
      error: null,
    };
    this.tasks.set(uid, task);
    return {
      status: 202,
      body: { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt },
    };
  }

  private advance(task: FakeTask): void {
    task.polls++;
    if (task.polls === 1) {
      task.status = 'processing';
      task.startedAt = at(++this.clock);
      return;
    }
    const outcome = this.taskOutcome(task);
    if (outcome === 'stuck') return;
    const error =
      outcome === 'failed'
        ? apiError('internal', `Task ${task.uid} failed on purpose.`, 'internal')
        : task.apply();
    task.status = error ? 'failed' : 'succeeded';
    task.error = error ?? null;
    task.finishedAt = at(++this.clock);
  }

  private taskView(task: FakeTask): Json {
    const finished = task.status === 'succeeded' || task.status === 'failed';
    return {
      uid: task.uid,
      batchUid: task.startedAt ? task.uid : null,
      indexUid: task.indexUid,
      status: task.status,
      type: task.type,
      canceledBy: null,
      details: task.details,
      error: task.error,
      duration: finished ? 'PT0.001S' : null,
      enqueuedAt: task.enqueuedAt,
      // TaskView types these as non-null strings: omitted until known (the server sends null).
      ...(task.startedAt ? { startedAt: task.startedAt } : {}),
      ...(task.finishedAt ? { finishedAt: task.finishedAt } : {}),
    };
  }

  // ── indexes and documents ────────────────────────────────────────────────────────────────

  /** Settings of a new index: the `default` of each property of the documented schema. */
  private defaultSettings(): Json {
    return {
      ...this.contract.defaultsOf('Settings_Unchecked'),
      distinctAttribute: null,
      searchCutoffMs: null,
    };
  }

  private newIndex(uid: string, primaryKey: string | null): FakeIndex {
    const now = at(++this.clock);
    return {
      uid,
      primaryKey,
      createdAt: now,
      updatedAt: now,
      settings: this.defaultSettings(),
      documents: new Map(),
    };
  }

  private indexView(index: FakeIndex): Json {
    const { uid, primaryKey, createdAt, updatedAt } = index;
    return { uid, primaryKey, createdAt, updatedAt };
  }

  private notFound(uid: string): ApiError {
    return apiError('index_not_found', `Index \`${uid}\` not found.`);
  }

  private mustIndex(uid: string): FakeIndex {
    const index = this.indexes.get(uid);
    if (!index) throw new HttpProblem(404, this.notFound(uid));
    return index;
  }

  private indexOrCreate(uid: string, primaryKey: string | null = null): FakeIndex {
    let index = this.indexes.get(uid);
    if (!index) {
      index = this.newIndex(uid, primaryKey);
      this.indexes.set(uid, index);
    }
    return index;
  }

  private writeDocuments({ params, query, body }: RouteRequest, mode: 'replace' | 'update'): Reply {
    const docs: unknown[] = Array.isArray(body) ? body : [body];
    const wanted = query.get('primaryKey');
    return this.enqueue(
      params.index_uid,
      'documentAdditionOrUpdate',
      { receivedDocuments: docs.length },
      () => {
        const index = this.indexOrCreate(params.index_uid, wanted);
        if (wanted && index.primaryKey && wanted !== index.primaryKey) {
          return apiError('index_primary_key_already_exists', 'Another primary key is set.');
        }
        const key = index.primaryKey ?? wanted ?? 'id';
        for (const doc of docs) {
          if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
            return apiError('malformed_payload', 'Documents are JSON objects.');
          }
          const id = (doc as Doc)[key];
          if (id === undefined) return apiError('missing_document_id', `No \`${key}\`.`);
          if (!(Number.isInteger(id) || (typeof id === 'string' && DOCUMENT_ID.test(id)))) {
            return apiError('invalid_document_id', `Invalid document id ${JSON.stringify(id)}.`);
          }
        }
        index.primaryKey = key;
        for (const doc of docs as Doc[]) {
          const id = String(doc[key]);
          const before = mode === 'update' ? index.documents.get(id) : undefined;
          index.documents.set(id, clone({ ...before, ...doc }));
        }
      },
    );
  }

  // ── search ───────────────────────────────────────────────────────────────────────────────

  /** Filters, matches, sorts and de-duplicates one query's documents, checking it as the server does. */
  private evaluate(query: Json, position: number, federated: boolean) {
    const refuse = (code: string, message: string): never => {
      throw new HttpProblem(400, apiError(code, `Inside \`.queries[${position}]\`: ${message}`));
    };
    const index = this.indexes.get(query.indexUid);
    if (!index) return refuse('index_not_found', `Index \`${query.indexUid}\` not found.`);
    if (federated) {
      for (const key of ['offset', 'limit', 'page', 'hitsPerPage']) {
        if (key in query)
          refuse('invalid_multi_search_query_pagination', `\`${key}\` in a federated query.`);
      }
      if ('facets' in query)
        refuse('invalid_multi_search_query_facets', '`facets` in a federated query.');
    }
    const settings = index.settings;
    let filter;
    try {
      filter = parseFilterParam(query.filter);
    } catch (error) {
      if (!(error instanceof FilterSyntaxError)) throw error;
      return refuse('invalid_search_filter', error.message);
    }
    for (const condition of conditionsOf(filter)) {
      const problem = filterProblem(settings.filterableAttributes ?? [], condition);
      if (problem) refuse('invalid_search_filter', problem);
    }
    const sortable: string[] = settings.sortableAttributes ?? [];
    for (const criterion of (query.sort ?? []) as string[]) {
      const [attribute, direction] = criterion.split(':');
      if (!sortable.includes(attribute) || !['asc', 'desc'].includes(direction)) {
        refuse('invalid_search_sort', `\`${criterion}\` is not sortable.`);
      }
    }
    for (const facet of (query.facets ?? []) as string[]) {
      if (!filterRule(settings.filterableAttributes ?? [], facet)) {
        refuse('invalid_search_facets', `\`${facet}\` is not filterable.`);
      }
    }
    if (query.distinct && !filterRule(settings.filterableAttributes ?? [], query.distinct)) {
      refuse('invalid_search_distinct', `\`${query.distinct}\` is not filterable.`);
    }
    const searchable: string[] = settings.searchableAttributes ?? ['*'];
    for (const attribute of (query.attributesToSearchOn ?? []) as string[]) {
      if (!searchable.includes('*') && !searchable.includes(attribute)) {
        refuse('invalid_search_attributes_to_search_on', `\`${attribute}\` is not searchable.`);
      }
    }

    const words = wordsOf(query.q ?? '');
    // Synonyms: single-word keys and values only, enough to see a synonym match.
    const synonyms = singleWordSynonyms(settings.synonyms);
    const alternatives = words.map((word) => [word, ...(synonyms.get(word) ?? [])]);
    const matchesWord = (token: string, i: number) =>
      alternatives[i].some((alt, j) =>
        j === 0 && i === words.length - 1 ? token.startsWith(alt) : token === alt,
      );
    const matchesAny = (token: string) => words.some((_, i) => matchesWord(token, i));
    const searchedAttributes = (doc: Doc): string[] =>
      (query.attributesToSearchOn as string[] | undefined) ??
      (searchable.includes('*') ? Object.keys(doc) : searchable);
    const searchedIn = (doc: Doc): string[] =>
      searchedAttributes(doc).flatMap((a) =>
        [doc[a]].flat().filter((v): v is string => typeof v === 'string'),
      );
    let docs = [...index.documents.values()]
      .filter((doc) => matchesFilter(filter, doc))
      .filter((doc) => {
        const tokens = searchedIn(doc).flatMap(wordsOf);
        return words.every((_, i) => tokens.some((t) => matchesWord(t, i)));
      });
    if (query.sort) docs = [...docs].sort((a, b) => compareBySort(a, b, query.sort));
    if (query.distinct) {
      const seen = new Set<string>();
      docs = docs.filter((doc) => {
        const value = JSON.stringify(doc[query.distinct] ?? null);
        return !seen.has(value) && !!seen.add(value);
      });
    }
    const highlight = (text: string) =>
      text.replace(/[\p{L}\p{N}]+/gu, (token) =>
        matchesAny(normalize(token))
          ? `${query.highlightPreTag ?? '<em>'}${token}${query.highlightPostTag ?? '</em>'}`
          : token,
      );
    // Byte offsets of the matched words in every attribute; array elements carry `indices`.
    const matchesPosition = (doc: Doc): Json => {
      const positions: Json = {};
      for (const [attribute, value] of Object.entries(doc)) {
        const bounds = [value]
          .flat()
          .flatMap((element, i) =>
            typeof element === 'string'
              ? matchBounds(element, matchesAny).map((b) =>
                  Array.isArray(value) ? { ...b, indices: [i] } : b,
                )
              : [],
          );
        if (bounds.length > 0) positions[attribute] = bounds;
      }
      return positions;
    };
    // The shape of the server's details, with plausible values: every word matched, no typo,
    // words adjacent; attributeRank from the first searchable attribute that matched.
    const rankingScoreDetails = (doc: Doc): Json => {
      const details: Json = {};
      const rules: string[] = settings.rankingRules ?? [];
      let order = 0;
      const n = words.length;
      for (const rule of rules) {
        if (n === 0 && !rule.includes(':')) continue;
        if (rule === 'words') {
          details.words = { order: order++, matchingWords: n, maxMatchingWords: n, score: 1 };
        } else if (rule === 'typo') {
          details.typo = { order: order++, typoCount: 0, maxTypoCount: 2 * n, score: 1 };
        } else if (rule === 'proximity') {
          details.proximity = { order: order++, score: 1 };
        } else if (rule === 'attributeRank' || rule === 'attribute') {
          const attributes = searchedAttributes(doc);
          const best = attributes.findIndex((a) =>
            [doc[a]].flat().some((v) => typeof v === 'string' && wordsOf(v).some(matchesAny)),
          );
          const score = best < 0 ? 0 : 1 - best / Math.max(attributes.length, 1);
          details[rule] = { order: order++, score };
        } else if (rule === 'exactness') {
          details.exactness = { order: order++, matchType: 'noExactMatch', score: 1 };
        } else if (rule.includes(':')) {
          details[rule] = { order: order++, value: doc[rule.split(':')[0]] ?? null };
        }
      }
      return details;
    };
    return {
      index,
      docs,
      query: { ...query, highlight, matchesPosition, rankingScoreDetails } as Json,
    };
  }

  private hit(doc: Doc, query: Json): Json {
    const hit: Json = project(doc, query.attributesToRetrieve);
    if (query.attributesToHighlight) {
      const formatted: Json = { ...hit };
      const wanted: string[] = query.attributesToHighlight.includes('*')
        ? Object.keys(hit)
        : query.attributesToHighlight;
      for (const attribute of wanted) {
        const value = doc[attribute];
        if (typeof value === 'string') formatted[attribute] = query.highlight(value);
        else if (Array.isArray(value)) {
          formatted[attribute] = value.map((v) => (typeof v === 'string' ? query.highlight(v) : v));
        }
      }
      hit._formatted = formatted;
    }
    if (query.showRankingScore) hit._rankingScore = 1;
    if (query.showMatchesPosition) hit._matchesPosition = query.matchesPosition(doc);
    if (query.showRankingScoreDetails) hit._rankingScoreDetails = query.rankingScoreDetails(doc);
    return hit;
  }

  private searchResult(docs: Doc[], query: Json): Json {
    const index = this.indexes.get(query.indexUid) as FakeIndex;
    const maxTotalHits: number = index.settings.pagination?.maxTotalHits ?? 1000;
    const reachable = docs.slice(0, maxTotalHits);
    const paged = 'page' in query || 'hitsPerPage' in query;
    const result: Json = { hits: [], query: query.q ?? '', processingTimeMs: 0 };
    if (paged) {
      const hitsPerPage: number = query.hitsPerPage ?? 20;
      const page: number = query.page ?? 1;
      const start = (page - 1) * hitsPerPage;
      result.hits = reachable.slice(start, start + hitsPerPage).map((doc) => this.hit(doc, query));
      Object.assign(result, {
        hitsPerPage,
        page,
        totalHits: reachable.length,
        totalPages: hitsPerPage > 0 ? Math.ceil(reachable.length / hitsPerPage) : 0,
      });
    } else {
      const offset: number = query.offset ?? 0;
      const limit: number = query.limit ?? 20;
      result.hits = reachable.slice(offset, offset + limit).map((doc) => this.hit(doc, query));
      Object.assign(result, { offset, limit, estimatedTotalHits: docs.length });
    }
    if (query.facets) {
      result.facetDistribution = facetDistribution(
        docs,
        query.facets,
        index.settings.faceting?.maxValuesPerFacet ?? 100,
      );
      result.facetStats = {};
    }
    return result;
  }

  private federatedResult(queries: Json[], federation: Json): Json {
    if (federation.facetsByIndex || federation.mergeFacets) {
      this.violations.push('the fake does not implement federated facets');
    }
    const items = queries.flatMap((query, position) => {
      const { index, docs, query: prepared } = this.evaluate(query, position, true);
      const weight: number = query.federationOptions?.weight ?? 1;
      return docs.map((doc, order) => ({ index, doc, order, position, weight, query: prepared }));
    });
    items.sort(
      (a, b) =>
        b.weight - a.weight ||
        compareBySort(a.doc, b.doc, a.query.sort ?? []) ||
        a.position - b.position ||
        a.order - b.order,
    );
    const seen = new Set<string>();
    const merged = items.filter((item) => {
      const key = `${item.index.uid}/${String(item.doc[item.index.primaryKey ?? 'id'])}`;
      return !seen.has(key) && !!seen.add(key);
    });
    const paged = 'page' in federation || 'hitsPerPage' in federation;
    const hitsPerPage: number = federation.hitsPerPage ?? 20;
    const page: number = federation.page ?? 1;
    const offset: number = paged ? (page - 1) * hitsPerPage : (federation.offset ?? 0);
    const limit: number = paged ? hitsPerPage : (federation.limit ?? 20);
    const hits = merged.slice(offset, offset + limit).map((item) => ({
      ...this.hit(item.doc, item.query),
      _federation: {
        indexUid: item.index.uid,
        queriesPosition: item.position,
        weightedRankingScore: item.weight,
      },
    }));
    const pagination = paged
      ? {
          hitsPerPage,
          page,
          totalHits: merged.length,
          totalPages: Math.ceil(merged.length / Math.max(hitsPerPage, 1)),
        }
      : { offset, limit, estimatedTotalHits: merged.length };
    return { hits, processingTimeMs: 0, ...pagination };
  }
}

/** word → its single-word synonyms, both normalised as the server does. */
function singleWordSynonyms(setting: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, values] of Object.entries((setting ?? {}) as Record<string, string[]>)) {
    const keyWords = wordsOf(key);
    if (keyWords.length !== 1) continue;
    const singles = values
      .map(wordsOf)
      .filter((w) => w.length === 1)
      .map(([w]) => w);
    map.set(keyWords[0], [...(map.get(keyWords[0]) ?? []), ...singles]);
  }
  return map;
}

/** `{start, length}` in UTF-8 bytes of each word of `text` that `matches`. */
function matchBounds(text: string, matches: (word: string) => boolean): Json[] {
  const bounds: Json[] = [];
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!matches(normalize(found[0]))) continue;
    bounds.push({
      start: Buffer.byteLength(text.slice(0, found.index), 'utf8'),
      length: Buffer.byteLength(found[0], 'utf8'),
    });
  }
  return bounds;
}

function merge(base: unknown, patch: Json): Json {
  const out: Json = base && typeof base === 'object' ? clone(base as Json) : {};
  for (const [key, value] of Object.entries(patch)) {
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) ? merge(out[key], value) : value;
  }
  return out;
}

function project(doc: Doc, fields?: string[]): Json {
  if (!fields || fields.includes('*')) return clone(doc);
  return Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, clone(doc[f])]));
}

const matchesPattern = (pattern: string, attribute: string) =>
  pattern === '*' ||
  pattern === attribute ||
  (pattern.startsWith('*') && pattern.endsWith('*') && attribute.includes(pattern.slice(1, -1))) ||
  (pattern.endsWith('*') && attribute.startsWith(pattern.slice(0, -1))) ||
  (pattern.startsWith('*') && attribute.endsWith(pattern.slice(1)));

interface FilterFeatures {
  equality: boolean;
  comparison: boolean;
}

/** The features of the first filterableAttributes rule matching `attribute` (plain strings: all). */
function filterRule(rules: unknown[], attribute: string): FilterFeatures | undefined {
  for (const rule of rules) {
    if (typeof rule === 'string') {
      if (rule === attribute) return { equality: true, comparison: true };
      continue;
    }
    const { attributePatterns = [], features = {} } = rule as Json;
    if ((attributePatterns as string[]).some((p) => matchesPattern(p, attribute))) {
      return {
        equality: features.filter?.equality ?? true,
        comparison: features.filter?.comparison ?? false,
      };
    }
  }
  return undefined;
}

function filterProblem(rules: unknown[], condition: Condition): string | undefined {
  const features = filterRule(rules, condition.attribute);
  if (!features) return `Attribute \`${condition.attribute}\` is not filterable.`;
  if (isComparison(condition.operator) && !features.comparison) {
    return `Attribute \`${condition.attribute}\` is not filterable with comparison operators.`;
  }
  if (!isComparison(condition.operator) && !features.equality) {
    return `Attribute \`${condition.attribute}\` is not filterable with equality operators.`;
  }
  return undefined;
}

function compareBySort(a: Doc, b: Doc, criteria: string[]): number {
  for (const criterion of criteria) {
    const [attribute, direction] = criterion.split(':');
    const [x, y] = [a[attribute], b[attribute]];
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x ?? '').localeCompare(String(y ?? ''));
    if (order !== 0) return direction === 'desc' ? -order : order;
  }
  return 0;
}

function facetDistribution(docs: Doc[], facets: string[], maxValues: number): Json {
  const distribution: Json = {};
  for (const facet of facets) {
    const counts = new Map<string, number>();
    for (const doc of docs) {
      for (const value of new Set([doc[facet]].flat())) {
        if (value === undefined || value === null) continue;
        counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
      }
    }
    distribution[facet] = Object.fromEntries(
      [...counts.entries()]
        .sort(([k1, c1], [k2, c2]) => c2 - c1 || k1.localeCompare(k2))
        .slice(0, maxValues),
    );
  }
  return distribution;
}
