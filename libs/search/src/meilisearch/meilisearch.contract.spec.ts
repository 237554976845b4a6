/**
 * Contract tests of the Meilisearch adapter: no server runs here, so every request the adapter
 * sends goes through FakeMeilisearch, which validates it against the official OpenAPI document
 * (../shared/meilisearch/openapi.json, v1.53) and answers from the documented response schemas.
 * Any request off-contract is recorded in `fake.violations`, which must stay empty.
 */
import { Meilisearch } from 'meilisearch';
import { allCountryNames } from '@app/core';
import type { SearchQuery } from '../engine/search-engine';
import type { SearchDocument } from '../search-document';
import {
  MeilisearchEngine,
  PROFILE_WEIGHT,
  type MeilisearchEngineOptions,
} from './meilisearch.engine';
import { MeilisearchTaskError } from './meilisearch.errors';
import { MAX_TOTAL_HITS, settingsDrift, wantedSettings } from './meilisearch.settings';
import { buildSynonyms } from './meilisearch.synonyms';
import { FAKE_API_KEY, FAKE_HOST, FakeMeilisearch } from './testing/fake-meilisearch';
import { ERRATA, OpenApiContract, sharedContract } from './testing/openapi-contract';
import { batchesOf, makeDocument } from './testing/search-document.factory';

const NOW = new Date('2025-06-01T10:00:00.000Z');
const FRESH = 'offers_20250601100000000';
const TODAY = '2025-06-01';
const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000;

let fake: FakeMeilisearch;
let logs: string[];

const engine = (options: Partial<MeilisearchEngineOptions> = {}) =>
  new MeilisearchEngine({
    host: FAKE_HOST,
    apiKey: FAKE_API_KEY,
    index: 'offers',
    httpClient: fake.httpClient,
    taskPollIntervalMs: 1,
    now: () => NOW,
    logger: { log: (m: string) => logs.push(m), warn: (m: string) => logs.push(m) },
    ...options,
  });

const bodies = (operationId: string) => fake.requestsTo(operationId).map((e) => e.body as any); // eslint-disable-line @typescript-eslint/no-explicit-any
const manyDocuments = (count: number) => Array.from({ length: count }, (_, i) => makeDocument(i));

beforeEach(() => {
  fake = new FakeMeilisearch();
  logs = [];
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
});

describe('the OpenAPI contract', () => {
  const contract = sharedContract();
  const op = (method: string, path: string) => {
    const match = contract.operation(method, path);
    if (!match) throw new Error(`no operation for ${method} ${path}`);
    return match;
  };
  const body = (method: string, path: string, value: unknown) =>
    contract.validateRequestBody(op(method, path), 'application/json', value);

  it('finds operations by method and path template, literal segments first', () => {
    expect(op('POST', '/indexes/offers/documents/delete-batch').operationId).toBe(
      'delete_documents_batch',
    );
    expect(op('GET', '/indexes/offers/documents/abc').operationId).toBe('get_document');
    expect(op('GET', '/tasks/12').pathParams).toEqual({ task_id: '12' });
    expect(contract.operation('POST', '/indexes/offers/teleport')).toBeUndefined();
  });

  it('names only ranking rules the document knows (Settings types them as plain strings)', () => {
    const view = contract.document.components.schemas.RankingRuleView.oneOf as {
      enum?: string[];
    }[];
    const builtIn = view.flatMap((v) => v.enum ?? []);
    expect(builtIn).toEqual(expect.arrayContaining(['attributeRank', 'attribute', 'sort']));
    for (const rule of wantedSettings().rankingRules ?? []) {
      expect({ rule, known: builtIn.includes(rule) || /^[\w.]+:(asc|desc)$/.test(rule) }).toEqual({
        rule,
        known: true,
      });
    }
  });

  it('bites: deliberately wrong requests are rejected', () => {
    const wrong: [string, string, unknown][] = [
      ['PATCH', '/indexes/offers/settings', { rankingRules: 'words' }],
      ['PATCH', '/indexes/offers/settings', { synonyms: { dakar: 'sénégal' } }],
      ['PATCH', '/indexes/offers/settings', { synonyms: ['dakar', 'sénégal'] }],
      ['POST', '/multi-search', { queries: [{ indexUid: 'offers', showMatchesPosition: 'yes' }] }],
      ['POST', '/multi-search', { queries: [{ indexUid: 'offers', showRankingScoreDetails: 1 }] }],
      ['PATCH', '/indexes/offers/settings', { rankingRule: ['words'] }],
      [
        'PATCH',
        '/indexes/offers/settings',
        { localizedAttributes: [{ attributePatterns: ['*_fr'], locales: ['french'] }] },
      ],
      [
        'PATCH',
        '/indexes/offers/settings',
        { typoTolerance: { minWordSizeForTypos: { oneTypo: 300 } } },
      ],
      [
        'PATCH',
        '/indexes/offers/settings',
        {
          filterableAttributes: [
            { attributePatterns: ['x'], features: { filter: { equality: 'yes' } } },
          ],
        },
      ],
      [
        'PATCH',
        '/indexes/offers/settings',
        { faceting: { sortFacetValuesBy: { '*': 'popularity' } } },
      ],
      ['POST', '/multi-search', { queries: [{ indexUid: 'offers', limt: 5 }] }],
      [
        'POST',
        '/multi-search',
        { queries: [{ indexUid: 'offers', facets: { patterns: ['format'] } }] },
      ],
      [
        'POST',
        '/multi-search',
        {
          federation: {},
          queries: [{ indexUid: 'offers', federationOptions: { weight: 'high' } }],
        },
      ],
      ['POST', '/multi-search', { federation: { limit: -1 }, queries: [] }],
      ['POST', '/swap-indexes', [{ indexes: ['a', 'b'], renamed: true }]],
      ['POST', '/swap-indexes', { indexes: ['a', 'b'] }],
      ['POST', '/indexes', { primaryKey: 'id' }],
      ['POST', '/indexes/offers/documents/delete-batch', { ids: ['a'] }],
    ];
    for (const [method, path, value] of wrong) {
      expect({ method, path, value, problems: body(method, path, value) }).toEqual(
        expect.objectContaining({ problems: expect.arrayContaining([expect.any(String)]) }),
      );
    }
    expect(
      contract.validateParameters(
        op('GET', '/indexes/offers/documents'),
        new URLSearchParams('fields=id&limit=-1&colour=red'),
      ),
    ).toHaveLength(2);
    expect(contract.validateParameters(op('GET', '/tasks/x'), new URLSearchParams())).not.toEqual(
      [],
    );
    expect(
      contract.validateResponse(op('GET', '/tasks/1'), 200, {
        uid: 1,
        status: 'done',
        type: 'indexCreation',
        enqueuedAt: '2025-01-01T00:00:00Z',
      }),
    ).not.toEqual([]);
    expect(
      contract.validateResponse(op('POST', '/multi-search'), 200, {
        results: [{ indexUid: 'offers', query: '', processingTimeMs: 0 }],
      }),
    ).not.toEqual([]);
    expect(
      contract.validateRequestBody(op('PATCH', '/indexes/offers/settings'), 'text/plain', {}),
    ).not.toEqual([]);
  });

  it('bites through the wire too: the fake answers 400 and records the violation', async () => {
    const client = new Meilisearch({
      host: FAKE_HOST,
      apiKey: FAKE_API_KEY,
      httpClient: fake.httpClient,
    });
    await expect(
      client.multiSearch({ queries: [{ indexUid: 'offers', limt: 5 } as never] }),
    ).rejects.toThrow();
    await expect(
      new Meilisearch({ host: FAKE_HOST, httpClient: fake.httpClient }).getIndexes(),
    ).rejects.toThrow();
    expect(fake.violations).toEqual([
      expect.stringMatching(/^multi_search_with_post: .*limt/),
      expect.stringMatching(/without the API key/),
    ]);
    fake.violations.length = 0;
  });

  it('every erratum still corrects the pristine document', () => {
    const pristine = new OpenApiContract({ errata: false, strictTypes: false });
    const multiSearch = (c: OpenApiContract) => c.operation('POST', '/multi-search')!;
    const listAnswer = {
      results: [
        {
          indexUid: 'offers',
          hits: [],
          query: '',
          processingTimeMs: 0,
          limit: 20,
          offset: 0,
          estimatedTotalHits: 0,
        },
      ],
    };
    const federatedAnswer = {
      hits: [],
      processingTimeMs: 0,
      limit: 20,
      offset: 0,
      estimatedTotalHits: 0,
      queryVectors: { '0': [0.5] },
    };
    const facetsQuery = { queries: [{ indexUid: 'offers', facets: ['format'], limit: 0 }] };
    const witnesses: Record<string, () => void> = {
      'attribute-patterns-are-a-string-array': () => {
        expect(
          pristine.validateRequestBody(multiSearch(pristine), 'application/json', facetsQuery),
        ).not.toEqual([]);
        expect(
          contract.validateRequestBody(multiSearch(contract), 'application/json', facetsQuery),
        ).toEqual([]);
      },
      'multi-search-answers-results-without-federation': () => {
        expect(pristine.validateResponse(multiSearch(pristine), 200, listAnswer)).not.toEqual([]);
        expect(contract.validateResponse(multiSearch(contract), 200, listAnswer)).toEqual([]);
      },
      'query-vector-keys-are-strings': () => {
        expect(pristine.validateResponse(multiSearch(pristine), 200, federatedAnswer)).not.toEqual(
          [],
        );
        const strict = new OpenApiContract({ errata: false });
        expect(() => strict.validateResponse(multiSearch(strict), 200, federatedAnswer)).toThrow(
          /strict/,
        );
        expect(contract.validateResponse(multiSearch(contract), 200, federatedAnswer)).toEqual([]);
      },
    };
    expect(Object.keys(witnesses).sort()).toEqual(ERRATA.map((e) => e.id).sort());
    for (const witness of Object.values(witnesses)) witness();
  });
});

describe('prepare()', () => {
  it('creates the index with an explicit primary key and converges every setting', async () => {
    await engine().prepare();

    expect(fake.calls).toEqual(['get_index', 'create_index', 'get_all', 'update_all']);
    expect(fake.requestsTo('get_index')[0].status).toBe(404);
    expect(bodies('create_index')).toEqual([{ uid: 'offers', primaryKey: 'id' }]);
    const [patch] = bodies('update_all');
    // Defaults that already match (typo tolerance 5/9, no stop words) are not sent.
    expect(Object.keys(patch).sort()).toEqual([
      'faceting',
      'filterableAttributes',
      'localizedAttributes',
      'pagination',
      'rankingRules',
      'searchableAttributes',
      'sortableAttributes',
    ]);
    expect(settingsDrift(fake.indexes.get('offers')!.settings)).toEqual([]);
    expect(logs.filter((l) => l.includes('drifted'))).toHaveLength(7);
  });

  it('is idempotent: once converged it reads the settings and patches nothing', async () => {
    await engine().prepare();
    fake.exchanges.length = 0;
    logs.length = 0;

    await engine().prepare();

    expect(fake.calls).toEqual(['get_index', 'get_all']);
    expect(logs).toEqual([]);
  });

  it('logs each drifted setting and patches only those', async () => {
    fake.seedIndex('offers', [], {
      ...wantedSettings(),
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
      sortableAttributes: ['qualityScore', 'publishedTs', 'deadlineTs'],
    });

    await engine().prepare();

    expect(bodies('update_all')).toEqual([
      {
        rankingRules: wantedSettings().rankingRules,
        faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
      },
    ]);
    expect(logs).toEqual([
      expect.stringMatching(
        /setting rankingRules drifted: .*"exactness"\] → .*"qualityScore:desc","freshnessTs:desc"\]/,
      ),
      expect.stringMatching(/setting faceting drifted: .*100.* → .*300/),
    ]);
  });

  describe('with synonyms', () => {
    const synonyms = buildSynonyms([
      { code: 'country:SN', names: allCountryNames('SN'), cities: ['Dakar', 'Thiès'] },
      { code: 'category:financing', names: ['Financement', 'Financing', 'تمويل'] },
    ]);

    it('sends them with the other settings, valid per the OpenAPI document, then patches nothing', async () => {
      await engine({ synonyms }).prepare();
      const [patch] = bodies('update_all');
      expect(patch.synonyms).toEqual(synonyms);
      expect(patch.rankingRules).toEqual(wantedSettings().rankingRules);
      expect(fake.indexes.get('offers')!.settings.synonyms).toEqual(synonyms);

      fake.exchanges.length = 0;
      logs.length = 0;
      await engine({ synonyms }).prepare();
      expect(fake.calls).toEqual(['get_index', 'get_all']);
      expect(logs).toEqual([]);
    });

    it('repairs synonyms that drifted, and leaves an index’s synonyms alone when given none', async () => {
      fake.seedIndex('offers', [], {
        ...wantedSettings(),
        synonyms: { ...synonyms, dakar: ['senegal'], paris: ['france'] },
      });
      await engine({ synonyms }).prepare();
      expect(bodies('update_all')).toEqual([{ synonyms }]);
      expect(logs).toEqual([
        expect.stringMatching(/setting synonyms drifted: \{"dakar":\["senegal"\]/),
      ]);

      // A vocabulary's worth of synonyms is cut short in the log line.
      const many = buildSynonyms(
        Array.from({ length: 200 }, (_, i) => ({ code: `c${i}`, names: [`a${i}`, `b${i}`] })),
      );
      logs.length = 0;
      await engine({ synonyms: many }).prepare();
      expect(logs).toEqual([expect.stringMatching(/drifted: .*characters\)$/)]);
      expect(logs[0].length).toBeLessThan(1_000);
      expect(fake.indexes.get('offers')!.settings.synonyms).toEqual(many);

      fake.seedIndex('offers', [], { ...wantedSettings(), synonyms: { paris: ['france'] } });
      fake.exchanges.length = 0;
      await engine().prepare();
      expect(fake.calls).toEqual(['get_index', 'get_all']);
    });

    it('are part of a rebuilt index’s settings', async () => {
      await engine({ synonyms }).rebuild(batchesOf(manyDocuments(2), 10));
      expect(bodies('update_all').at(-1).synonyms).toEqual(synonyms);
      expect(settingsDrift(fake.indexes.get('offers')!.settings, wantedSettings(synonyms))).toEqual(
        [],
      );
    });

    it('let a city find the offers that name its country, and say where the words matched', async () => {
      fake.seedIndex(
        'offers',
        [
          makeDocument(1, {
            title_fr: 'Incubateur pour startups au Sénégal',
            targetCountries: ['CI'],
            residenceCountries: ['FR'],
            countryNames: ['France', "Côte d'Ivoire"],
          }),
          makeDocument(2, {
            targetCountries: ['SN'],
            residenceCountries: ['FR'],
            countryNames: ['France', 'Sénégal', 'Senegal', 'السنغال'],
          }),
          makeDocument(3, { targetCountries: ['CI'], countryNames: ["Côte d'Ivoire"] }),
        ],
        wantedSettings(synonyms),
      );
      const result = await engine({ synonyms }).search({
        q: 'Dakar',
        lang: 'fr',
        filters: {},
        sort: 'relevance',
        offset: 0,
        limit: 20,
        today: TODAY,
      });
      expect(result.hits.map((h) => [h.document.slug, h.matches])).toEqual([
        ['offer-1', [{ field: 'title' }]],
        ['offer-2', [{ field: 'country', codes: ['SN'] }]],
      ]);
      expect(result.hits[0].highlight.title).toBe(
        'Incubateur pour startups au <mark>Sénégal</mark>',
      );
    });
  });

  it('sets a missing primary key and refuses another one', async () => {
    fake.seedIndex('offers', [], wantedSettings()).primaryKey = null;
    await engine().prepare();
    expect(bodies('update_index')).toEqual([{ primaryKey: 'id' }]);

    fake.indexes.get('offers')!.primaryKey = 'uuid';
    await expect(engine().prepare()).rejects.toMatchObject({ code: 'SEARCH.ENGINE_PRIMARY_KEY' });
  });

  it('accepts an index another process created in the meantime', async () => {
    fake.taskOutcome = (task) => {
      if (task.type === 'indexCreation') fake.seedIndex('offers');
      return 'succeeded';
    };
    await engine().prepare();
    expect(fake.requestsTo('create_index')).toHaveLength(1);
    expect(settingsDrift(fake.indexes.get('offers')!.settings)).toEqual([]);
  });

  it('fails when the settings task fails', async () => {
    fake.taskOutcome = (task) => (task.type === 'settingsUpdate' ? 'failed' : 'succeeded');
    await expect(engine().prepare()).rejects.toMatchObject({
      code: 'SEARCH.ENGINE_TASK_FAILED',
      extra: { details: expect.objectContaining({ status: 'failed', type: 'settingsUpdate' }) },
    });
  });
});

describe('writes wait for their task and throw unless it succeeded', () => {
  it('upsert adds or replaces whole documents in batches of 5,000, waiting for each task', async () => {
    const documents = manyDocuments(12_001);
    await engine().upsert(documents);

    const adds = fake.requestsTo('replace_documents');
    expect(adds.map((e) => (e.body as SearchDocument[]).length)).toEqual([5_000, 5_000, 2_001]);
    expect(adds.map((e) => e.query)).toEqual(Array(3).fill({ primaryKey: 'id' }));
    expect(adds.every((e) => e.status === 202)).toBe(true);
    // Each add is followed by polls until its task succeeded, before the next write.
    const trail = fake.exchanges.map((e) =>
      e.operationId === 'get_task' ? (e.response as { status: string }).status : e.operationId,
    );
    expect(trail).toEqual(Array(3).fill(['replace_documents', 'processing', 'succeeded']).flat());
    expect(fake.indexes.get('offers')!.documents.size).toBe(12_001);
    // Stored with the freshness the last tie-breaker reads; the rest as built.
    expect(fake.indexes.get('offers')!.documents.get(documents[42].id)).toEqual({
      ...documents[42],
      freshnessTs: documents[42].publishedTs,
    });
  });

  it('delete removes documents by id in one batch request', async () => {
    fake.seedIndex('offers', manyDocuments(3), wantedSettings());
    const [first, , third] = manyDocuments(3).map((d) => d.id);
    await engine().delete([first, third]);
    expect(bodies('delete_documents_batch')).toEqual([[first, third]]);
    expect([...fake.indexes.get('offers')!.documents.keys()]).toEqual([makeDocument(1).id]);
    await engine().delete([]);
    expect(fake.requestsTo('delete_documents_batch')).toHaveLength(1);
  });

  it('a task that fails is an error, not a success', async () => {
    fake.taskOutcome = () => 'failed';
    const error = await engine()
      .upsert([makeDocument(1)])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskError);
    expect(error).toMatchObject({
      kind: 'unavailable',
      code: 'SEARCH.ENGINE_TASK_FAILED',
      message: expect.stringMatching(
        /task 0 \(add or replace 1 documents in offers\) ended failed: internal/,
      ),
    });
  });

  it('a document the server refuses fails its task, and the adapter says so', async () => {
    await expect(
      engine().upsert([makeDocument(1, { id: 'not a valid id!' })]),
    ).rejects.toMatchObject({
      code: 'SEARCH.ENGINE_TASK_FAILED',
      message: expect.stringContaining('invalid_document_id'),
    });
  });

  it('a 202 whose task never succeeds ends in an error', async () => {
    fake.taskOutcome = () => 'stuck';
    await expect(engine({ taskTimeoutMs: 25 }).delete(['a'])).rejects.toMatchObject({
      code: 'SEARCH.ENGINE_TASK_TIMEOUT',
    });
    expect(fake.requestsTo('delete_documents_batch')[0].status).toBe(202);
    const polls = fake.requestsTo('get_task').map((e) => (e.response as { status: string }).status);
    expect(new Set(polls)).toEqual(new Set(['processing']));
  });
});

describe('rebuild()', () => {
  it('loads a new index in batches, swaps it with the live one and deletes the old one', async () => {
    fake.seedIndex('offers', [makeDocument(900_001), makeDocument(900_002)], wantedSettings());
    const documents = manyDocuments(12_001);
    const progress: number[] = [];

    await engine().rebuild(batchesOf(documents, 1_500), (done) => progress.push(done));

    expect(fake.calls).toEqual([
      'get_index',
      'create_index',
      'update_all',
      'replace_documents',
      'replace_documents',
      'replace_documents',
      'swap_indexes',
      'delete_index',
    ]);
    expect(bodies('create_index')).toEqual([{ uid: FRESH, primaryKey: 'id' }]);
    expect(fake.requestsTo('update_all')[0].path).toBe(`/indexes/${FRESH}/settings`);
    expect(bodies('update_all')).toEqual([wantedSettings()]);
    expect(fake.requestsTo('replace_documents').map((e) => e.path)).toEqual(
      Array(3).fill(`/indexes/${FRESH}/documents`),
    );
    expect(progress).toEqual([5_000, 10_000, 12_001]);
    expect(bodies('swap_indexes')).toEqual([[{ indexes: ['offers', FRESH], rename: false }]]);
    expect(fake.requestsTo('delete_index')[0].path).toBe(`/indexes/${FRESH}`);

    expect([...fake.indexes.keys()]).toEqual(['offers']);
    const live = fake.indexes.get('offers')!;
    expect(live.documents.size).toBe(12_001);
    expect(live.documents.has(makeDocument(900_001).id)).toBe(false);
    expect(settingsDrift(live.settings)).toEqual([]);
  });

  it('creates the live index first when there is none, so the swap has two sides', async () => {
    await engine().rebuild(batchesOf(manyDocuments(2), 10));
    expect(bodies('create_index')).toEqual([
      { uid: 'offers', primaryKey: 'id' },
      { uid: FRESH, primaryKey: 'id' },
    ]);
    expect(fake.indexes.get('offers')!.documents.size).toBe(2);
    expect([...fake.indexes.keys()]).toEqual(['offers']);
  });

  it('is how a live index with another primary key gets repaired', async () => {
    fake.seedIndex('offers', [], wantedSettings()).primaryKey = 'uuid';
    await expect(engine().prepare()).rejects.toMatchObject({ code: 'SEARCH.ENGINE_PRIMARY_KEY' });

    await engine().rebuild(batchesOf(manyDocuments(3), 10));

    expect(fake.indexes.get('offers')!.primaryKey).toBe('id');
    await engine().prepare();
  });

  it('a failed load leaves the live index untouched and drops the new one', async () => {
    const before = [makeDocument(900_001)];
    fake.seedIndex('offers', before, wantedSettings());
    let adds = 0;
    fake.taskOutcome = (task) =>
      task.type === 'documentAdditionOrUpdate' && ++adds === 2 ? 'failed' : 'succeeded';

    await expect(engine().rebuild(batchesOf(manyDocuments(12_001), 5_000))).rejects.toBeInstanceOf(
      MeilisearchTaskError,
    );

    expect(fake.requestsTo('swap_indexes')).toEqual([]);
    expect(fake.requestsTo('delete_index').map((e) => e.path)).toEqual([`/indexes/${FRESH}`]);
    expect([...fake.indexes.keys()]).toEqual(['offers']);
    expect([...fake.indexes.get('offers')!.documents.keys()]).toEqual([before[0].id]);
  });
});

describe('search()', () => {
  // A small catalogue with distinct values on every filtered field.
  const corpus = [
    makeDocument(1, {
      categoryCode: 'grant',
      categoryCodes: ['grant', 'financing'],
      sectorCodes: ['agriculture'],
      targetCountries: ['SN'],
      format: 'online',
      title_fr: 'Subvention agricole au Sénégal',
      free: true,
      fundingMaxEur: 50_000,
      rolling: false,
      deadline: '2025-06-20',
      deadlineTs: day('2025-06-20') + 86_399,
      opensTs: day('2025-05-01'),
      publishedTs: 100,
    }),
    makeDocument(2, {
      categoryCode: 'loan',
      categoryCodes: ['loan', 'financing'],
      sectorCodes: ['fintech'],
      targetCountries: ['CI'],
      format: 'online',
      free: false,
      fundingMaxEur: 5_000,
      rolling: false,
      deadline: '2025-06-10',
      deadlineTs: day('2025-06-10') + 86_399,
      publishedTs: 300,
    }),
    makeDocument(3, {
      categoryCode: 'training',
      sectorCodes: ['agriculture'],
      targetCountries: ['SN'],
      format: 'in_person',
      organisationVerified: false,
      publishedTs: 200,
    }),
    makeDocument(4, {
      categoryCode: 'grant',
      categoryCodes: ['grant', 'financing'],
      sectorCodes: ['health'],
      targetCountries: ['CM'],
      residenceCountries: ['BE'],
      format: 'hybrid',
      diasporaOnly: true,
      fundingMaxEur: 20_000,
      opensTs: day('2025-07-01'),
      publishedTs: 400,
    }),
  ];
  const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
    lang: 'fr',
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 20,
    today: TODAY,
    ...overrides,
  });
  const ids = (hits: { document: SearchDocument }[]) => hits.map((h) => h.document.slug);

  beforeEach(() => {
    fake.seedIndex('offers', corpus, wantedSettings());
  });

  it('sends one multi-search: the hits query, then one query per facet with its own filter left out', async () => {
    const result = await engine().search(
      query({
        filters: { categories: ['grant', 'loan'], sectors: ['agriculture'], freeOnly: true },
      }),
    );

    const [request] = bodies('multi_search_with_post');
    expect(request.federation).toBeUndefined();
    const [main, category, sector] = request.queries;
    expect(main).toEqual({
      indexUid: 'offers',
      filter:
        'categoryCodes IN ["grant", "loan"] AND sectorCodes IN ["agriculture"] AND free = true',
      attributesToHighlight: [
        'title_fr',
        'title_en',
        'title_pt',
        'title_ar',
        'summary_fr',
        'summary_en',
        'summary_pt',
        'summary_ar',
      ],
      highlightPreTag: '\uE000',
      highlightPostTag: '\uE001',
      showRankingScore: true,
      page: 1,
      hitsPerPage: 20,
      facets: [
        'stageCodes',
        'targetCountries',
        'residenceCountries',
        'deliveryLanguages',
        'format',
      ],
    });
    // Counting queries page (page 1 of 0 hits): only then does Meilisearch count every match.
    expect(category).toEqual({
      indexUid: 'offers',
      filter: 'sectorCodes IN ["agriculture"] AND free = true',
      facets: ['categoryCodes'],
      page: 1,
      hitsPerPage: 0,
    });
    expect(sector).toEqual({
      indexUid: 'offers',
      filter: 'categoryCodes IN ["grant", "loan"] AND free = true',
      facets: ['sectorCodes'],
      page: 1,
      hitsPerPage: 0,
    });
    expect(request.queries).toHaveLength(3);

    expect(ids(result.hits)).toEqual(['offer-1']);
    expect(result.total).toBe(1);
    // Categories are counted as if no category were chosen (offer 3 is a free training)…
    expect(result.facets.category).toEqual({ training: 1, grant: 1, financing: 1 });
    // …sectors as if no sector were chosen (offer 4, a free grant in health, counts)…
    expect(result.facets.sector).toEqual({ agriculture: 1, health: 1 });
    // …and the other facets under every filter.
    expect(result.facets.format).toEqual({ online: 1 });
    expect(result.facets.targetCountry).toEqual({ SN: 1 });
  });

  it('applies every filter the server accepts for these settings', async () => {
    const all = await engine().search(
      query({
        filters: {
          categories: ['grant'],
          sectors: ['agriculture'],
          stages: ['idea'],
          targetCountries: ['SN'],
          residenceCountries: ['FR'],
          deliveryLanguages: ['fr'],
          formats: ['online'],
          freeOnly: true,
          minAmountEur: 10_000,
          openNow: true,
          deadlineBefore: '2025-06-20',
          verifiedOnly: true,
          diasporaOnly: false,
        },
      }),
    );
    expect(ids(all.hits)).toEqual(['offer-1']);
    // The deadline day itself is included, the day before is not.
    const dayBefore = await engine().search(query({ filters: { deadlineBefore: '2025-06-19' } }));
    expect(ids(dayBefore.hits)).toEqual(['offer-2']);
    const notYetOpen = await engine().search(
      query({ filters: { openNow: true, diasporaOnly: true } }),
    );
    expect(ids(notYetOpen.hits)).toEqual([]);
    const large = await engine().search(query({ filters: { minAmountEur: 20_000 } }));
    expect(ids(large.hits)).toEqual(['offer-1', 'offer-4']);
  });

  it('quotes values: a hostile value stays one value and matches nothing', async () => {
    const hostile = 'grant" OR free = true OR categoryCodes = "x';
    const result = await engine().search(query({ filters: { categories: [hostile] } }));
    expect(bodies('multi_search_with_post')[0].queries[0].filter).toBe(
      'categoryCodes IN ["grant\\" OR free = true OR categoryCodes = \\"x"]',
    );
    expect(result.hits).toEqual([]);
  });

  it('sorts by deadline or publication, and by relevance with no sort at all', async () => {
    const deadline = await engine().search(query({ sort: 'deadline' }));
    const newest = await engine().search(query({ sort: 'newest' }));
    await engine().search(query({ sort: 'relevance' }));
    const sorts = bodies('multi_search_with_post').map((b) => b.queries[0].sort);
    expect(sorts).toEqual([['deadlineTs:asc'], ['publishedTs:desc'], undefined]);
    expect(ids(deadline.hits)).toEqual(['offer-2', 'offer-1', 'offer-3', 'offer-4']);
    expect(ids(newest.hits)).toEqual(['offer-4', 'offer-2', 'offer-3', 'offer-1']);
  });

  it('pages with page/hitsPerPage when aligned (exhaustive total), else offset/limit', async () => {
    const aligned = await engine().search(query({ offset: 2, limit: 2, sort: 'newest' }));
    const unaligned = await engine().search(query({ offset: 1, limit: 2, sort: 'newest' }));
    const [first, second] = bodies('multi_search_with_post').map((b) => b.queries[0]);
    expect([first.page, first.hitsPerPage, first.offset]).toEqual([2, 2, undefined]);
    expect([second.offset, second.limit, second.page]).toEqual([1, 2, undefined]);
    expect([ids(aligned.hits), aligned.total]).toEqual([['offer-3', 'offer-1'], 4]);
    expect([ids(unaligned.hits), unaligned.total]).toEqual([['offer-2', 'offer-3'], 4]);
    // Only the exhaustive count is exact; the estimate also makes the main query's facets one.
    expect([aligned.totalIsExact, aligned.facetsAreExact]).toEqual([true, true]);
    expect([unaligned.totalIsExact, unaligned.facetsAreExact]).toEqual([false, false]);
  });

  it('does not call a total exact once it reaches maxTotalHits (the server stops counting)', async () => {
    fake.seedIndex(
      'offers',
      Array.from({ length: MAX_TOTAL_HITS + 5 }, (_, i) => makeDocument(i + 10)),
      wantedSettings(),
    );
    const result = await engine().search(query({ limit: 5 }));
    expect([result.total, result.totalIsExact]).toEqual([MAX_TOTAL_HITS, false]);
  });

  it('asks where the words matched only with a query, and the score details only to explain', async () => {
    const plain = await engine().search(query({ q: 'subvention' }));
    await engine().search(query());
    const explained = await engine().search(query({ q: 'subvention', explain: true }));
    const [withQ, withoutQ, explaining] = bodies('multi_search_with_post').map((b) => b.queries[0]);
    expect([withQ.showMatchesPosition, withQ.showRankingScoreDetails]).toEqual([true, undefined]);
    expect([withoutQ.showMatchesPosition, withoutQ.showRankingScoreDetails]).toEqual([
      undefined,
      undefined,
    ]);
    expect([explaining.showMatchesPosition, explaining.showRankingScoreDetails]).toEqual([
      true,
      true,
    ]);

    expect(ids(plain.hits)).toEqual(['offer-1']);
    expect(plain.hits[0].matches).toEqual([{ field: 'title' }]);
    expect(plain.hits[0]).not.toHaveProperty('ranking');
    expect(plain.hits[0].document).toEqual(corpus[0]);
    expect(explained.hits[0].ranking).toEqual({
      words: 1,
      typo: 0,
      proximity: 0,
      attribute: 0,
      exactness: 0,
      fit: 0,
      quality: corpus[0].qualityScore,
      freshness: corpus[0].publishedTs,
    });
  });

  it('highlights matches in <mark>, escapes the rest, and shows the matched language', async () => {
    fake.putDocuments('offers', [
      makeDocument(9, { id: 'x', title_en: 'Seed <b>fund</b> & grants', summary_en: 'A fund.' }),
    ]);
    const [hit] = (await engine().search(query({ q: 'fund', lang: 'fr' }))).hits;
    expect(hit.matchedLanguage).toBe('en');
    expect(hit.highlight).toEqual({
      title: 'Seed &lt;b&gt;<mark>fund</mark>&lt;/b&gt; &amp; grants',
      summary: 'A <mark>fund</mark>.',
    });
    expect(hit.profileMatch).toBe(false);
  });

  const profileSN = { targetCountries: ['SN'], languages: ['fr'] };

  it('with a profile and a sort, federates two queries of equal weight: the reader’s order wins, fit flags', async () => {
    const result = await engine().search(
      query({
        filters: { formats: ['online', 'in_person', 'hybrid'] },
        sort: 'newest',
        profile: {
          residenceCountry: 'BE',
          targetCountries: ['SN'],
          sectors: [],
          languages: ['fr'],
        },
      }),
    );

    const [federated, counting] = bodies('multi_search_with_post');
    const base = 'format IN ["online", "in_person", "hybrid"]';
    expect(federated.federation).toEqual({ page: 1, hitsPerPage: 20 });
    expect(federated.queries.map((q: { filter: string }) => q.filter)).toEqual([
      `${base} AND (residenceCountries IN ["BE"] OR targetCountries IN ["SN"])`,
      base,
    ]);
    expect(
      federated.queries.map((q: { federationOptions: unknown }) => q.federationOptions),
    ).toEqual([{ weight: 1 }, { weight: 1 }]);
    for (const q of federated.queries) {
      expect(q).toEqual(
        expect.objectContaining({ sort: ['publishedTs:desc'], showRankingScore: true }),
      );
      expect(Object.keys(q)).not.toEqual(expect.arrayContaining(['limit']));
    }
    expect(counting.federation).toBeUndefined();
    expect(counting.queries).toEqual([
      {
        indexUid: 'offers',
        filter: base,
        facets: [
          'categoryCodes',
          'sectorCodes',
          'stageCodes',
          'targetCountries',
          'residenceCountries',
          'deliveryLanguages',
        ],
        page: 1,
        hitsPerPage: 0,
      },
      { indexUid: 'offers', facets: ['format'], page: 1, hitsPerPage: 0 },
    ]);

    // Newest first; fitting offers (4: resides in BE; 3 and 1: target SN) are flagged.
    expect(result.hits.map((h) => [h.document.slug, h.profileMatch])).toEqual([
      ['offer-4', true],
      ['offer-2', false],
      ['offer-3', true],
      ['offer-1', true],
    ]);
    expect([result.total, result.totalIsExact, result.facetsAreExact]).toEqual([4, true, true]);
    expect(result.facets.format).toEqual({ online: 2, in_person: 1, hybrid: 1 });
  });

  it('with a profile and a query, by relevance, the profile query weighs just above 1 (text ties only)', async () => {
    const result = await engine().search(query({ q: 'offer', profile: profileSN }));

    const [federated] = bodies('multi_search_with_post');
    expect(PROFILE_WEIGHT).toBeGreaterThan(1);
    expect(PROFILE_WEIGHT - 1).toBeLessThanOrEqual(1e-9);
    expect(
      federated.queries.map((q: { federationOptions: unknown }) => q.federationOptions),
    ).toEqual([{ weight: PROFILE_WEIGHT }, { weight: 1 }]);
    expect(federated.queries[0]).toEqual(
      expect.objectContaining({ q: 'offer', showMatchesPosition: true }),
    );
    expect(result.hits.map((h) => [h.document.slug, h.profileMatch])).toEqual([
      ['offer-1', true],
      ['offer-3', true],
      ['offer-2', false],
      ['offer-4', false],
    ]);
    expect(result.hits[0].matches).toEqual([{ field: 'title' }, { field: 'summary' }]);
  });

  it('with a profile and no query, by relevance: fitting offers first, laid end to end with the others', async () => {
    const first = await engine().search(query({ profile: profileSN, limit: 3 }));

    const [round1, round2] = bodies('multi_search_with_post');
    expect(round1.federation).toBeUndefined();
    const fitting = '(targetCountries IN ["SN"])';
    expect(round1.queries.slice(0, 2)).toEqual([
      expect.objectContaining({ filter: fitting, offset: 0, limit: 3, showRankingScore: true }),
      { indexUid: 'offers', filter: fitting, page: 1, hitsPerPage: 0 },
    ]);
    expect(round1.queries[2]).toEqual(expect.objectContaining({ page: 1, hitsPerPage: 0 }));
    // Two fitting offers fill part of the page; the others fill the rest.
    expect(round2.queries).toEqual([
      expect.objectContaining({
        filter: '(NOT (targetCountries IN ["SN"]))',
        offset: 0,
        limit: 1,
      }),
    ]);
    expect(first.hits.map((h) => [h.document.slug, h.profileMatch])).toEqual([
      ['offer-1', true],
      ['offer-3', true],
      ['offer-2', false],
    ]);
    expect([first.total, first.totalIsExact, first.facetsAreExact]).toEqual([4, true, true]);
    expect(first.facets.targetCountry).toEqual({ SN: 2, CI: 1, CM: 1 });

    fake.exchanges.length = 0;
    const second = await engine().search(query({ profile: profileSN, limit: 3, offset: 3 }));
    expect(bodies('multi_search_with_post')[1].queries[0]).toEqual(
      expect.objectContaining({ offset: 1, limit: 3 }),
    );
    expect(second.hits.map((h) => [h.document.slug, h.profileMatch])).toEqual([['offer-4', false]]);

    // A page within the fitting offers needs one request.
    fake.exchanges.length = 0;
    const inside = await engine().search(query({ profile: profileSN, limit: 1, offset: 1 }));
    expect(bodies('multi_search_with_post')).toHaveLength(1);
    expect(inside.hits.map((h) => h.document.slug)).toEqual(['offer-3']);
  });

  it('a profile with no usable criterion searches plainly', async () => {
    const result = await engine().search(
      query({ profile: { targetCountries: [], languages: ['fr'] } }),
    );
    expect(bodies('multi_search_with_post')).toHaveLength(1);
    expect(bodies('multi_search_with_post')[0].federation).toBeUndefined();
    expect(result.hits.every((h) => !h.profileMatch)).toBe(true);
  });
});

describe('suggest()', () => {
  beforeEach(() => {
    fake.seedIndex(
      'offers',
      [
        makeDocument(1, {
          title_fr: 'Agritech Sénégal',
          title_en: 'Agritech Senegal',
          organisationId: 'org-agri',
          organisationName: 'Agrifund',
        }),
        makeDocument(2, { title_fr: null, title_en: 'Agriculture loans', languages: ['en'] }),
        makeDocument(3, {
          categoryCode: 'agri-grant',
          categoryCodes: ['agri-grant'],
          categoryLabels: ['Subvention agricole', 'Agricultural grant'],
        }),
      ],
      wantedSettings(),
    );
  });

  it('asks one multi-search for offers (reader’s language first), organisations and categories', async () => {
    const suggestions = await engine().suggest('agri', 'fr', 10);

    const [{ queries }] = bodies('multi_search_with_post');
    expect(queries.map((q: { attributesToSearchOn: string[] }) => q.attributesToSearchOn)).toEqual([
      ['title_fr'],
      ['title_fr', 'title_en', 'title_pt', 'title_ar'],
      ['organisationName'],
      ['categoryLabels'],
    ]);
    expect(queries.map((q: { distinct?: string }) => q.distinct)).toEqual([
      undefined,
      undefined,
      'organisationId',
      'categoryCode',
    ]);
    expect(suggestions).toEqual([
      { kind: 'offer', text: 'Agritech Sénégal', value: 'offer-1' },
      { kind: 'offer', text: 'Agriculture loans', value: 'offer-2' },
      { kind: 'organisation', text: 'Agrifund', value: 'org-agri' },
      { kind: 'category', text: 'Subvention agricole', value: 'agri-grant' },
    ]);
  });

  it('shares the limit fairly between kinds', async () => {
    const suggestions = await engine().suggest('agri', 'fr', 2);
    expect(suggestions.map((s) => s.kind)).toEqual(['offer', 'organisation']);
    expect(await engine().suggest('  ', 'fr', 5)).toEqual([]);
    expect(fake.requestsTo('multi_search_with_post')).toHaveLength(1);
  });
});

describe('indexedFingerprints() and isHealthy()', () => {
  it('pages through the documents asking only for id and fingerprint', async () => {
    fake.seedIndex('offers', manyDocuments(12_001), wantedSettings());
    const fingerprints = await engine().indexedFingerprints();
    expect(fingerprints.size).toBe(12_001);
    expect(fingerprints.get(makeDocument(7).id)).toBe('fp-7');
    expect(fake.requestsTo('get_documents').map((e) => e.query)).toEqual(
      [0, 5_000, 10_000].map((offset) => ({
        fields: 'id,fingerprint',
        offset: String(offset),
        limit: '5000',
      })),
    );
  });

  it('answers an empty map when the index does not exist yet', async () => {
    expect(await engine().indexedFingerprints()).toEqual(new Map());
  });

  it('is healthy when GET /health answers available, not when the server is unreachable', async () => {
    expect(await engine().isHealthy()).toBe(true);
    expect(fake.calls).toEqual(['get_health']);
    fake.reachable = false;
    expect(await engine().isHealthy()).toBe(false);
  });
});
