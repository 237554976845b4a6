import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import {
  MATCH_FIELDS,
  RANKING_RULES,
  SearchQueryRecorder,
  SearchService,
  type SearchEngine,
  type SearchHit,
  type SearchResult,
} from '@app/search';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { toSearchResponse } from '../../apps/api/src/search/search-responses';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { eventually } from '../support/eventually';

/** A change reaches the API's index through the worker's job: the suite's bound for it (as searchIndexHolds). */
const WORKER_MS = 60_000;

type Json = Record<string, unknown>;

describe('search API and index sync (embedded engine, real worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Fonds Kora Démo'));
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const base = `/api/v1/organisations/${'{org}'}/offers`;
  const offersUrl = () => base.replace('{org}', organisationId);
  const titled = (title: string, extra: Json = {}) =>
    offerContent({
      translations: {
        fr: {
          title,
          summary: 'Un programme de démonstration pour les tests de recherche.',
          description:
            'Description suffisamment longue pour être complète et indexée par le moteur de recherche.',
        },
      },
      ...extra,
    });
  const create = async (content: Json) =>
    (await call('POST', offersUrl(), owner, content)).json() as Json & { id: string };
  const publish = async (content: Json) => {
    const offer = await create(content);
    await call('POST', `${offersUrl()}/${offer.id}/submit`, owner);
    const res = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    expect(res.statusCode).toBe(200);
    return offer;
  };
  const search = async (qs: string) => {
    const res = await call('GET', `/api/v1/search?${qs}`);
    expect(res.statusCode).toBe(200);
    return res.json() as {
      hits: Array<Json & { id: string; reasons: Json[] }>;
      total: number;
      facets: Json;
      engine: string;
    };
  };
  const idsFor = async (q: string) =>
    (await search(`q=${encodeURIComponent(q)}&pageSize=50`)).hits.map((h) => h.id);

  it('a published offer becomes searchable once the worker ran its job; an approved revision replaces it', async () => {
    const offer = await publish(titled('Bourse zanzibarique pour les coopératives'));
    await eventually(
      async () => expect(await idsFor('zanzibarique')).toContain(offer.id),
      WORKER_MS,
    );

    await call(
      'PATCH',
      `${offersUrl()}/${offer.id}`,
      owner,
      titled('Bourse quetzalienne pour les coopératives'),
    );
    // Pending revision: the live version is what search shows.
    expect(await idsFor('quetzalienne')).not.toContain(offer.id);
    await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, { decision: 'publish' });
    await eventually(
      async () => expect(await idsFor('quetzalienne')).toContain(offer.id),
      WORKER_MS,
    );
    expect(await idsFor('zanzibarique')).not.toContain(offer.id);
  });

  it('never returns drafts, submitted, rejected, archived or expired offers', async () => {
    const word = 'xylophonique';
    const draft = await create(titled(`Atelier ${word} brouillon`));
    const submitted = await create(titled(`Atelier ${word} soumis`));
    await call('POST', `${offersUrl()}/${submitted.id}/submit`, owner);
    const rejected = await create(titled(`Atelier ${word} refusé`));
    await call('POST', `${offersUrl()}/${rejected.id}/submit`, owner);
    await call('POST', `/api/v1/admin/offers/${rejected.id}/decision`, admin, {
      decision: 'reject',
      reason: 'Non.',
    });
    const archived = await publish(titled(`Atelier ${word} archivé`));
    const expired = await publish(titled(`Atelier ${word} expiré`));
    const live = await publish(titled(`Atelier ${word} publié`));
    await eventually(
      async () =>
        expect(await idsFor(word)).toEqual(
          expect.arrayContaining([archived.id, expired.id, live.id]),
        ),
      WORKER_MS,
    );

    await call('POST', `${offersUrl()}/${archived.id}/archive`, owner);
    await db.query(`UPDATE offers SET deadline = '2020-01-01' WHERE id = $1`, [expired.id]);
    await db.query(
      `UPDATE offers SET content = jsonb_set(content, '{dates,deadline}', '"2020-01-01"') WHERE id = $1`,
      [expired.id],
    );
    const { CatalogueJobsService } = await import('@app/catalogue');
    await t.app.get(CatalogueJobsService).expireDueOffers();
    await eventually(async () => expect((await idsFor(word)).sort()).toEqual([live.id]), WORKER_MS);
    for (const hidden of [draft, submitted, rejected, archived, expired])
      expect(await idsFor(word)).not.toContain(hidden.id);
  });

  it('explains why each hit fits the profile, in the reader’s language', async () => {
    const offer = await publish(titled('Accélérateur ouagadougois pour la diaspora'));
    await eventually(
      async () => expect(await idsFor('ouagadougois')).toContain(offer.id),
      WORKER_MS,
    );
    const fr = await search('q=ouagadougois&profileResidence=FR&profileTarget=SN&lang=fr');
    expect(fr.hits[0]).toMatchObject({ id: offer.id, profileMatch: true });
    expect(fr.hits[0].reasons).toEqual([
      {
        code: 'residence',
        params: { country: 'France' },
        text: 'Ouvert aux résidents de : France',
      },
      {
        code: 'target',
        params: { country: 'Sénégal' },
        text: 'Pour des projets dans ce pays : Sénégal',
      },
    ]);
    const en = await search('q=ouagadougois&profileResidence=fr&profileTarget=sn&lang=en');
    expect(en.hits[0].reasons.map((r) => r.text)).toEqual([
      'Open to residents of France',
      'For projects in Senegal',
    ]);
    expect(fr.engine).toBe('embedded');
  });

  it('answers facets that ignore their own filter', async () => {
    const result = await search('category=grant&targetCountry=SN');
    expect(result.facets).toHaveProperty('category');
    expect(Object.keys(result.facets.category as Json).length).toBeGreaterThan(0);
  });

  it.each([
    ['sort=popular', 'sort', /relevance, deadline, newest/],
    ['category=astrology', 'category', /allowed: financing, grant/],
    ['targetCountry=ZZ', 'country', /ISO 3166-1/],
    ['language=klingon', 'language', /ISO 639-1/],
    ['free=yes', 'free', /boolean/],
    ['pageSize=1000', 'pageSize', /50/],
    ['deadlineBefore=31-12-2026', 'deadlineBefore', /YYYY-MM-DD/],
    ['format=teleport', 'format', /online, in_person, hybrid/],
  ])('400 for %s, naming %s and the allowed values', async (qs, field, message) => {
    const res = await call('GET', `/api/v1/search?${qs}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const violation = (res.json().errors as Array<{ field: string; message: string }>).find(
      (e) => e.field === field,
    );
    expect(violation?.message).toMatch(message);
  });

  describe('why a hit matched, estimates and the ranking explanation', () => {
    const EXPLAINED = [...RANKING_RULES, 'fit', 'quality', 'freshness'].sort();
    type Match = { field: string; codes?: string[]; label: string };

    it('answers whether the total and the facets are exact, and why each hit matched', async () => {
      const offer = await publish(titled('Fonds tamariniers pour artisans'));
      await eventually(
        async () => expect(await idsFor('tamariniers')).toContain(offer.id),
        WORKER_MS,
      );
      const res = await call('GET', '/api/v1/search?q=tamariniers&lang=en');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(typeof body.totalIsExact).toBe('boolean');
      expect(typeof body.facetsAreExact).toBe('boolean');
      // Small catalogue: well under the 5,000 where engines may start estimating.
      expect(body.totalIsExact).toBe(true);
      const hit = (body.hits as Array<Json & { matches: Match[] }>).find((h) => h.id === offer.id)!;
      // What the engine found varies by engine; the shape does not.
      expect(Array.isArray(hit.matches)).toBe(true);
      for (const match of hit.matches) {
        expect(MATCH_FIELDS).toContain(match.field);
        expect(match.label).toEqual(expect.stringMatching(/\S/));
        if (match.codes !== undefined)
          expect(match.codes.every((c) => typeof c === 'string')).toBe(true);
      }
      if (hit.matches.length) expect(hit.matches.map((m) => m.field)).toContain('title');
      expect(hit).not.toHaveProperty('ranking');
    });

    it('labels each match in the request language through the taxonomy and country names', async () => {
      // A constructed engine answer: the labels come from the real taxonomy (real database).
      const real = t.app.get(SearchService);
      const document = (await db.query(`SELECT document FROM search_documents LIMIT 1`))[0]
        .document as SearchHit['document'];
      const ranking = {
        words: 1,
        typo: 0,
        proximity: 0,
        attribute: 0,
        exactness: 0,
        fit: 0,
        quality: 50,
        freshness: 1_767_225_600,
      };
      const answer: SearchResult = {
        hits: [
          {
            document,
            matchedLanguage: 'fr',
            highlight: { title: '', summary: '' },
            profileMatch: false,
            matches: [
              { field: 'title' },
              { field: 'category', codes: ['financing'] },
              { field: 'sector', codes: ['agriculture_agrifood'] },
              { field: 'stage', codes: ['creation'] },
              { field: 'country', codes: ['CI', 'SN'] },
            ],
            ranking,
          },
        ],
        total: 7_000,
        totalIsExact: false,
        facetsAreExact: false,
        facets: {
          category: {},
          sector: {},
          stage: {},
          targetCountry: {},
          residenceCountry: {},
          deliveryLanguage: {},
          format: {},
        },
      };
      const engine = { name: 'embedded', search: async () => answer } as unknown as SearchEngine;
      const service = new SearchService(engine, t.app.get(TaxonomyService), real['recorder']);
      const request = {
        lang: 'fr' as const,
        filters: {},
        sort: 'relevance' as const,
        page: 1,
        pageSize: 20,
      };

      const fr = await service.search({ ...request, q: 'financement' });
      expect(fr.hits[0].matches).toEqual([
        { field: 'title', label: 'Titre' },
        { field: 'category', codes: ['financing'], label: 'Financement' },
        {
          field: 'sector',
          codes: ['agriculture_agrifood'],
          label: 'Agriculture et agroalimentaire',
        },
        { field: 'stage', codes: ['creation'], label: 'Création' },
        { field: 'country', codes: ['CI', 'SN'], label: "Côte d'Ivoire, Sénégal" },
      ]);
      // Not asked: the engine's buckets are not passed on.
      expect(fr.hits[0]).not.toHaveProperty('ranking');
      const en = await service.search({ ...request, lang: 'en', q: 'financing' });
      expect(en.hits[0].matches.map((m) => m.label)).toEqual([
        'Title',
        'Financing',
        'Agriculture and agrifood',
        'Start-up',
        "Côte d'Ivoire, Senegal",
      ]);

      const explained = await service.search({ ...request, q: 'financement', explain: true });
      const json = toSearchResponse(explained, {
        page: 1,
        pageSize: 20,
        engine: 'embedded',
        explain: true,
      });
      expect(json).toMatchObject({ total: 7_000, totalIsExact: false, facetsAreExact: false });
      expect(json.hits[0].ranking).toEqual(ranking);
      expect(json.hits[0].matches[1]).toEqual({
        field: 'category',
        codes: ['financing'],
        label: 'Financement',
      });
    });

    it.each([
      ['anonymous', async () => undefined],
      ['an entrepreneur', async () => newAccount(t)],
    ])('refuses explain=true to %s with a 403 naming the parameter', async (_who, who) => {
      const account = await who();
      const res = await call('GET', '/api/v1/search?q=tamariniers&explain=true', account);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      const problem = res.json();
      expect(problem.code).toBe('SEARCH.EXPLAIN_ADMIN_ONLY');
      expect(problem.detail).toMatch(/explain/);
      expect(problem.errors).toEqual([
        expect.objectContaining({ field: 'explain', rule: 'adminOnly' }),
      ]);
      // Not asking is fine for anyone.
      expect(
        (await call('GET', '/api/v1/search?q=tamariniers&explain=false', account)).statusCode,
      ).toBe(200);
    });

    it('gives admins each hit’s ranking buckets, and keeps their tuning out of the search log', async () => {
      const logged = async () => {
        await t.app.get(SearchQueryRecorder).flush();
        return (
          await db.query(`SELECT count(*)::int AS n FROM search_query_log WHERE query = $1`, [
            'tamariniers',
          ])
        )[0].n as number;
      };
      const before = await logged();
      const res = await call('GET', '/api/v1/search?q=tamariniers&explain=true', admin);
      expect(res.statusCode).toBe(200);
      const hits = res.json().hits as Array<Json & { ranking: Json | null }>;
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        // Always there when asked; null only when the engine cannot explain a hit.
        expect(hit).toHaveProperty('ranking');
        if (hit.ranking !== null) {
          expect(Object.keys(hit.ranking).sort()).toEqual(EXPLAINED);
          expect(Object.values(hit.ranking).every((v) => typeof v === 'number')).toBe(true);
        }
      }
      expect(await logged()).toBe(before);
    });

    it.each(['yes', '1', ''])('answers 400 naming explain for explain=%s', async (value) => {
      const res = await call('GET', `/api/v1/search?explain=${value}`, admin);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      const violation = (res.json().errors as Array<{ field: string; message: string }>).find(
        (e) => e.field === 'explain',
      );
      expect(violation?.message).toMatch(/boolean/);
    });
  });

  it('suggests as you type', async () => {
    await eventually(async () => {
      const res = await call('GET', '/api/v1/search/suggest?q=ouagadoug');
      expect(res.json().map((s: Json) => s.kind)).toContain('offer');
    });
    const organisation = await call('GET', '/api/v1/search/suggest?q=kora');
    expect(organisation.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'organisation', text: 'Fonds Kora Démo' }),
      ]),
    );
  });
});
