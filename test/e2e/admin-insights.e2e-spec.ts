import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import {
  PURGE_SEARCH_QUERY_LOG_JOB,
  SearchIndexer,
  SearchInsightsService,
  SearchQueryRecorder,
  SearchService,
} from '@app/search';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import {
  newAccount,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;

interface Insights {
  search: {
    days: number;
    volume: { total: number; zeroResults: number; zeroResultShare: number; redacted: number };
    topQueries: Array<{ query: string; count: number; lastSeenAt: string }>;
    topZeroResultQueries: Array<{ query: string; count: number; lastSeenAt: string }>;
  };
  catalogue: {
    byState: Record<string, number>;
    byCategory: Array<{
      code: string;
      parentCode: string | null;
      labels: Json | null;
      count: number;
    }>;
    byTargetCountry: Array<{ countryCode: string; count: number }>;
    withoutTargetCountry: number;
  };
  decisions: {
    days: number;
    offers: { count: number; medianHours: number | null; p90Hours: number | null };
    revisions: { count: number; medianHours: number | null; p90Hours: number | null };
    organisations: { count: number; medianHours: number | null; p90Hours: number | null };
  };
}

const EMAIL = 'Awa.Diop@example.org';
const PHONE = '+221 77 123 45 67';

describe('admin insights: anonymous search log, catalogue figures, moderation delays', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let entrepreneur: TestAccount;
  let organisationId: string;
  let liveOfferId: string;

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const offersUrl = () => `/api/v1/organisations/${organisationId}/offers`;
  const create = async (content: Json = offerContent()) => {
    const res = await call('POST', offersUrl(), owner, content);
    expect(res.statusCode).toBe(201);
    return res.json() as Json & { id: string };
  };
  const submit = async (id: string) =>
    expect((await call('POST', `${offersUrl()}/${id}/submit`, owner)).statusCode).toBe(200);
  const decide = async (id: string, decision: string, reason?: string) => {
    const res = await call('POST', `/api/v1/admin/offers/${id}/decision`, admin, {
      decision,
      ...(reason ? { reason } : {}),
    });
    expect(res.statusCode).toBe(200);
  };
  const search = async (qs: string, who?: TestAccount) => {
    const res = await call('GET', `/api/v1/search?${qs}`, who);
    expect(res.statusCode).toBe(200);
    return res.json() as { total: number };
  };
  const q = (words: string) => `q=${encodeURIComponent(words)}`;
  const insights = async (qs = '') => {
    const res = await call('GET', `/api/v1/admin/insights${qs}`, admin);
    expect(res.statusCode).toBe(200);
    return res.json() as Insights;
  };
  // Searches are logged in batches: write what waits before reading the table.
  const logRows = async () => {
    await t.app.get(SearchQueryRecorder).flush();
    return (await db.query(`SELECT * FROM search_query_log ORDER BY id`)) as Array<Json>;
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    entrepreneur = await newAccount(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Kora Incubation'));
    // One live offer in the index (the worker's job, done directly): "incubateur" finds it.
    const offer = await create(
      offerContent({
        translations: {
          fr: {
            title: 'Incubateur numérique pour la diaspora à Dakar',
            summary: 'Six mois d’accompagnement pour lancer votre entreprise numérique.',
            description:
              'Un programme d’incubation avec mentorat, bureaux partagés et mise en relation avec des investisseurs.',
          },
        },
      }),
    );
    await submit(offer.id);
    await decide(offer.id, 'publish');
    await t.app.get(SearchIndexer).syncOffer(offer.id);
    liveOfferId = offer.id;
  });
  afterAll(() => t.close());

  describe('search query log', () => {
    it('lists the queries that found nothing with their counts, never an e-mail address or a phone number', async () => {
      expect((await search(q('incubateur'))).total).toBe(1);
      // The same words, typed three ways: one normalised query.
      expect((await search(q('  Zanzibar   APICULTURE '))).total).toBe(0);
      expect((await search(q('zanzibar apiculture'))).total).toBe(0);
      expect((await search(`${q('Zanzibar\tapiculture')}&lang=en`, entrepreneur)).total).toBe(0);
      // A later page of the same search is not a new search.
      await search(`${q('zanzibar apiculture')}&page=2`);
      expect((await search(q('licorne spatiale'))).total).toBe(0);
      expect((await search(q(`contact ${EMAIL}`))).total).toBe(0);
      expect((await search(q(`appeler le ${PHONE}`))).total).toBe(0);
      // Filters are kept (allow-listed ones only), profile parameters never.
      await search(
        `${q('Licorne spatiale')}&category=grant,loan&targetCountry=SN&free=true&profileResidence=FR&profileSector=digital_tech`,
      );

      const { search: s } = await insights();
      expect(s.days).toBe(30);
      expect(s.volume).toEqual({ total: 8, zeroResults: 7, zeroResultShare: 0.875, redacted: 2 });
      expect(s.topZeroResultQueries.map(({ query, count }) => ({ query, count }))).toEqual([
        { query: 'zanzibar apiculture', count: 3 },
        { query: 'licorne spatiale', count: 2 },
      ]);
      expect(s.topZeroResultQueries[0].lastSeenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(s.topQueries.map(({ query, count }) => ({ query, count }))).toEqual([
        { query: 'zanzibar apiculture', count: 3 },
        { query: 'licorne spatiale', count: 2 },
        { query: 'incubateur', count: 1 },
      ]);

      // Nowhere in the answer or the table: not the address, not the number, not the searcher.
      const everything = JSON.stringify([await insights(), await logRows()]).toLowerCase();
      for (const secret of [
        EMAIL.toLowerCase(),
        'awa.diop',
        'example.org',
        '+221',
        '77 123',
        '123 45',
        entrepreneur.id,
        entrepreneur.email.toLowerCase(),
      ]) {
        expect(everything).not.toContain(secret);
      }
      const rows = await logRows();
      expect(rows.filter((r) => r.redacted)).toEqual([
        expect.objectContaining({ query: null, result_count: 0 }),
        expect.objectContaining({ query: null, result_count: 0 }),
      ]);
      expect(rows.at(-1)).toMatchObject({
        query: 'licorne spatiale',
        lang: 'fr',
        redacted: false,
        filters: { categories: ['grant', 'loan'], targetCountries: ['SN'], freeOnly: true },
        result_count: 0,
      });
      expect(rows.find((r) => r.lang === 'en')).toMatchObject({ query: 'zanzibar apiculture' });
    });

    it('lists at most `limit` queries over the last `days` days', async () => {
      await db.query(
        `INSERT INTO search_query_log (created_at, query, lang, filters, result_count)
         SELECT now() - interval '40 days', 'microcrédit casamance', 'fr', '{}', 0 FROM generate_series(1, 5)`,
      );
      const recent = await insights('?limit=1');
      expect(recent.search.topZeroResultQueries.map((r) => r.query)).toEqual([
        'zanzibar apiculture',
      ]);
      const wider = await insights('?days=60&limit=2');
      expect(wider.search.days).toBe(60);
      expect(wider.search.topZeroResultQueries.map((r) => [r.query, r.count])).toEqual([
        ['microcrédit casamance', 5],
        ['zanzibar apiculture', 3],
      ]);
      expect(wider.search.volume.total).toBe(13);
      for (const bad of ['?days=0', '?days=181', '?limit=101', '?days=abc', '?decisionDays=400']) {
        const res = await call('GET', `/api/v1/admin/insights${bad}`, admin);
        expect({ bad, status: res.statusCode }).toEqual({ bad, status: 400 });
      }
    });

    it('logs only the public search endpoint: not suggestions, not internal searches (alerts, recommendations)', async () => {
      const before = (await logRows()).length;
      const suggest = await call('GET', `/api/v1/search/suggest?q=${encodeURIComponent('incub')}`);
      expect(suggest.statusCode).toBe(200);
      await t.app.get(SearchService).search({
        q: 'recherche interne',
        lang: 'fr',
        filters: {},
        sort: 'relevance',
        page: 1,
        pageSize: 20,
      });
      expect(await logRows()).toHaveLength(before);
    });

    it('has no column for a user, an IP address, a user agent or a session', async () => {
      const columns: Array<{ column_name: string }> = await db.query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'search_query_log' ORDER BY ordinal_position`,
      );
      expect(columns.map((c) => c.column_name)).toEqual([
        'id',
        'created_at',
        'query',
        'redacted',
        'lang',
        'filters',
        'result_count',
      ]);
      for (const { column_name } of columns) {
        expect(column_name).not.toMatch(/user|account|ip|addr|agent|session|email|phone/i);
      }
      // A redacted row cannot keep its words, even if the application tried.
      await expect(
        db.query(
          `INSERT INTO search_query_log (query, redacted, filters, result_count) VALUES ('x', true, '{}', 0)`,
        ),
      ).rejects.toThrow(/search_query_log_redacted_keeps_no_text/);
    });

    it('a search still answers when its log cannot be written', async () => {
      await db.query(`ALTER TABLE search_query_log RENAME TO search_query_log_away`);
      try {
        expect((await search(q('incubateur'))).total).toBe(1);
        // The batch that fails to write is dropped with a warning, never thrown.
        await expect(t.app.get(SearchQueryRecorder).flush()).resolves.toBeUndefined();
      } finally {
        await db.query(`ALTER TABLE search_query_log_away RENAME TO search_query_log`);
      }
    });

    it('purges rows older than 180 days; the worker schedules the purge daily', async () => {
      await db.query(
        `INSERT INTO search_query_log (created_at, query, filters, result_count) VALUES
           (now() - interval '181 days', 'très ancienne', '{}', 0),
           (now() - interval '179 days', 'encore gardée', '{}', 0)`,
      );
      const before = (await logRows()).length;
      expect(await t.app.get(SearchInsightsService).purgeExpired()).toBe(1);
      const rows = await logRows();
      expect(rows).toHaveLength(before - 1);
      expect(rows.map((r) => r.query)).toContain('encore gardée');
      expect(rows.map((r) => r.query)).not.toContain('très ancienne');

      const worker: INestApplicationContext = await createWorkerApp({
        config: t.config,
        databaseUrl: t.database.url,
        logger: createLogger({ level: 'silent', name: 'worker' }),
      });
      try {
        const schedules: Array<{ cron: string }> = await db.query(
          `SELECT cron FROM pgboss.schedule WHERE name = $1`,
          [PURGE_SEARCH_QUERY_LOG_JOB],
        );
        expect(schedules).toEqual([{ cron: '15 3 * * *' }]);
        // Let it finish the outbox jobs it picked up at start before it stops.
        await eventually(async () => {
          const [{ n }] = await db.query(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')
                AND name NOT IN (SELECT name FROM pgboss.schedule)`,
          );
          expect(n).toBe(0);
        });
      } finally {
        await worker.close();
      }
    });
  });

  describe('access', () => {
    it('is for admins only: 401 anonymous, 403 for entrepreneurs and organisation members', async () => {
      const anonymous = await call('GET', '/api/v1/admin/insights');
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
      for (const who of [entrepreneur, owner]) {
        const res = await call('GET', '/api/v1/admin/insights', who);
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('is documented in the OpenAPI document', async () => {
      const doc = (await call('GET', '/api/openapi.json')).json();
      const route = doc.paths['/api/v1/admin/insights'].get;
      expect(Object.keys(route.responses).sort()).toEqual(['200', '400', '401', '403']);
      expect(route.parameters.map((p: Json) => p.name).sort()).toEqual([
        'days',
        'decisionDays',
        'limit',
      ]);
    });
  });

  describe('catalogue figures and moderation delays', () => {
    it('counts offers per state, published offers per category and target country', async () => {
      // Already: one published offer (grant, SN). Then one more of each outcome.
      const loan = await create(
        offerContent({
          categoryCode: 'loan',
          eligibility: {
            residenceCountries: ['FR'],
            targetCountries: ['SN', 'CI'],
            diasporaOnly: false,
            genderFocus: 'any',
          },
        }),
      );
      await submit(loan.id);
      await decide(loan.id, 'publish');
      await create(); // stays a draft
      const waiting = await create();
      await submit(waiting.id);
      const refused = await create();
      await submit(refused.id);
      await decide(refused.id, 'reject', 'Hors du champ de la plateforme.');
      const toFix = await create();
      await submit(toFix.id);
      await decide(toFix.id, 'request_changes', 'Précisez le montant maximum.');
      // A revision of the live offer, approved.
      const edit = await call(
        'PATCH',
        `${offersUrl()}/${liveOfferId}`,
        owner,
        offerContent({ tags: ['v2'] }),
      );
      expect(edit.statusCode).toBe(200);
      await decide(liveOfferId, 'publish');

      const { catalogue } = await insights();
      expect(catalogue.byState).toEqual({
        draft: 1,
        submitted: 1,
        changes_requested: 1,
        published: 2,
        rejected: 1,
        archived: 0,
        expired: 0,
      });
      const byCode = new Map(catalogue.byCategory.map((c) => [c.code, c]));
      expect(byCode.get('grant')).toMatchObject({
        count: 1,
        parentCode: 'financing',
        labels: expect.objectContaining({ fr: expect.any(String), en: expect.any(String) }),
      });
      expect(byCode.get('loan')).toMatchObject({ count: 1 });
      // Empty categories are listed too (what the catalogue lacks), after the others.
      expect(byCode.get('mentoring')).toMatchObject({ count: 0 });
      expect(catalogue.byCategory.slice(0, 2).map((c) => c.count)).toEqual([1, 1]);
      expect(catalogue.byTargetCountry).toEqual([
        { countryCode: 'SN', count: 2 },
        { countryCode: 'CI', count: 1 },
      ]);
      expect(catalogue.withoutTargetCountry).toBe(0);
    });

    it('gives the count, median and 90th percentile of the hours from submission to decision', async () => {
      // Two earlier decisions with known delays (100 h and 200 h), and one outside the window.
      await db.query(
        `INSERT INTO catalogue_audit_events (occurred_at, organisation_id, offer_id, actor_role, action, from_state, to_state)
         VALUES (now() - interval '110 hours', $1, '00000000-0000-4000-8000-000000000001', 'organisation', 'offer.submitted', 'draft', 'submitted'),
                (now() - interval '10 hours', $1, '00000000-0000-4000-8000-000000000001', 'admin', 'offer.published', 'submitted', 'published'),
                (now() - interval '220 hours', $1, '00000000-0000-4000-8000-000000000002', 'organisation', 'offer.submitted', 'draft', 'submitted'),
                (now() - interval '20 hours', $1, '00000000-0000-4000-8000-000000000002', 'admin', 'offer.rejected', 'submitted', 'rejected'),
                (now() - interval '120 days', $1, '00000000-0000-4000-8000-000000000003', 'organisation', 'offer.submitted', 'draft', 'submitted'),
                (now() - interval '100 days', $1, '00000000-0000-4000-8000-000000000003', 'admin', 'offer.published', 'submitted', 'published')`,
        [organisationId],
      );
      // Organisations: the one verified at the start, and one rejected now.
      const other = await newOrganisationOwner(t, 'Association Sans Papiers');
      const rejected = await call(
        'POST',
        `/api/v1/admin/organisations/${other.organisationId}/reject`,
        admin,
        { reason: 'Numéro d’enregistrement introuvable.' },
      );
      expect(rejected.statusCode).toBe(200);

      const { decisions } = await insights();
      expect(decisions.days).toBe(90);
      // Through the API: 2 published (the live one, the loan), 1 rejected, 1 changes requested;
      // ~0 h each. With 100 h and 200 h: median between two ~0 h values, p90 between 100 and 200.
      expect(decisions.offers).toEqual({ count: 6, medianHours: 0, p90Hours: 150 });
      expect(decisions.revisions).toMatchObject({ count: 1, medianHours: 0, p90Hours: 0 });
      expect(decisions.organisations).toMatchObject({ count: 2 });
      expect(decisions.organisations.medianHours).toBeGreaterThanOrEqual(0);
      expect(decisions.organisations.p90Hours).toBeLessThan(1);

      const year = await insights('?decisionDays=365');
      expect(year.decisions.days).toBe(365);
      expect(year.decisions.offers.count).toBe(7);
    });

    it('answers nulls, not zeros, when nothing was decided (a fresh database)', async () => {
      const fresh = await createTestApp();
      try {
        const freshAdmin = await newAdmin(fresh);
        const res = await fresh.app.inject({
          method: 'GET',
          url: '/api/v1/admin/insights',
          headers: freshAdmin.auth(),
        });
        expect(res.statusCode).toBe(200);
        const body = res.json() as Insights;
        expect(body.decisions.offers).toEqual({ count: 0, medianHours: null, p90Hours: null });
        expect(body.decisions.organisations).toEqual({
          count: 0,
          medianHours: null,
          p90Hours: null,
        });
        expect(body.search.volume).toEqual({
          total: 0,
          zeroResults: 0,
          zeroResultShare: 0,
          redacted: 0,
        });
        expect(body.search.topQueries).toEqual([]);
        expect(Object.values(body.catalogue.byState).every((n) => n === 0)).toBe(true);
        expect(body.catalogue.byTargetCountry).toEqual([]);
      } finally {
        await fresh.close();
      }
    });
  });
});
