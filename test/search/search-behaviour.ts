import type { DataSource } from 'typeorm';
import type { FacetName, SearchEngine, SearchFilters, SearchQuery } from '@app/search';
import { FIXTURE_TODAY, fixtureDocuments, HAND, MARKUP_TITLE } from './fixture-catalogue';

/**
 * What a run covers: `everything`, or only what needs no text ranking (`filters`: filters,
 * facets, sorts, paging), for the Meilisearch adapter on the contract fake, which filters,
 * sorts and counts like the server but does not rank by text.
 */
export type BehaviourScope = 'everything' | 'filters';

/**
 * One behaviour for every engine: the embedded engine always, the Meilisearch adapter's
 * filters on the contract fake always, and the whole suite on a real Meilisearch when
 * MEILI_URL is set. Ground truth for filters and facets comes from plain SQL over the
 * fixture documents (table `fixture_documents`), not from any engine.
 */
export function describeSearchBehaviour(
  name: string,
  setup: () => Promise<{ engine: SearchEngine; db: DataSource; teardown: () => Promise<void> }>,
  scope: BehaviourScope = 'everything',
): void {
  // Tests that need text ranking are left out of a `filters` run (not skipped: not there).
  const text = (title: string, body: () => void) => {
    if (scope === 'everything') describe(title, body);
  };
  const textIt = (title: string, body: () => Promise<void>) => {
    if (scope === 'everything') it(title, body);
  };
  describe(`search behaviour: ${name}`, () => {
    let engine: SearchEngine;
    let db: DataSource;
    let teardown: () => Promise<void>;
    const documents = fixtureDocuments();

    beforeAll(async () => {
      ({ engine, db, teardown } = await setup());
      await engine.prepare();
      await engine.upsert(documents);
      await db.query(`CREATE TABLE IF NOT EXISTS fixture_documents (document jsonb NOT NULL)`);
      await db.query(`TRUNCATE fixture_documents`);
      await db.query(`INSERT INTO fixture_documents SELECT jsonb_array_elements($1::jsonb)`, [
        JSON.stringify(documents),
      ]);
      // A whole app and index: on a loaded 2-core machine this took over a minute.
    }, 180_000);
    afterAll(() => teardown());

    const query = (q: Partial<SearchQuery>): SearchQuery => ({
      lang: 'fr',
      filters: {},
      sort: 'relevance',
      offset: 0,
      limit: 100,
      today: FIXTURE_TODAY,
      ...q,
    });
    const ids = async (q: Partial<SearchQuery>) =>
      (await engine.search(query(q))).hits.map((h) => h.document.id);
    const truth = async (where: string, params: unknown[] = []) =>
      (
        (await db.query(
          `SELECT document->>'id' AS id FROM fixture_documents d WHERE ${where}`,
          params,
        )) as Array<{ id: string }>
      )
        .map((r) => r.id)
        .sort();

    text('text', () => {
      it('is accent-insensitive: "senegal" finds Sénégal offers', async () => {
        const plain = await ids({ q: 'senegal' });
        expect(plain).toEqual(
          expect.arrayContaining([
            HAND.senegalFinancing,
            HAND.agrifoodSenegalGrowth,
            HAND.incubator,
          ]),
        );
        expect((await ids({ q: 'Sénégal' })).sort()).toEqual(plain.sort());
      });

      it('corrects one typo in a long word: "finacement"', async () => {
        expect(await ids({ q: 'finacement' })).toContain(HAND.senegalFinancing);
      });

      it('matches the last word as a prefix: "incub"', async () => {
        expect(await ids({ q: 'incub' })).toEqual(
          expect.arrayContaining([HAND.incubator, HAND.techIvoryCoast]),
        );
      });

      it('finds the same offers for a country named in English, French or Arabic', async () => {
        const expected = await truth(
          `document->'targetCountries' ? 'CI' OR document->'residenceCountries' ? 'CI'`,
        );
        for (const q of ['Ivory Coast', "Côte d'Ivoire", 'ساحل العاج']) {
          expect({ q, ids: (await ids({ q })).sort() }).toEqual({ q, ids: expected });
        }
      });

      it('stems French plurals both ways', async () => {
        expect(await ids({ q: 'formation gestion' })).toContain(HAND.trainingsPlural);
        expect(await ids({ q: 'formations' })).toContain(HAND.trainingsPlural);
      });

      it('answers an Arabic query on Arabic content, and highlights it in Arabic', async () => {
        const result = await engine.search(query({ q: 'إرشاد المغرب', lang: 'ar' }));
        const hit = result.hits.find((h) => h.document.id === HAND.arabicMorocco);
        expect(hit).toBeDefined();
        expect(hit!.matchedLanguage).toBe('ar');
        expect(hit!.highlight.title).toContain('<mark>');
      });

      it('answers a Portuguese query', async () => {
        expect(await ids({ q: 'formação Cabo Verde' })).toContain(HAND.portugueseCaboVerde);
      });

      it('highlights matches with <mark>', async () => {
        const result = await engine.search(query({ q: 'incubation' }));
        const hit = result.hits.find((h) => h.document.id === HAND.incubator)!;
        expect(hit.highlight.title.toLowerCase()).toContain('<mark>incubation</mark>');
      });

      it('escapes the text around the marks: a title with <, >, & and quotes', async () => {
        const result = await engine.search(query({ q: 'douane' }));
        const hit = result.hits.find((h) => h.document.id === HAND.markupTitle)!;
        expect(hit.document.title_fr).toBe(MARKUP_TITLE);
        expect(hit.highlight.title).toBe(
          'Atelier &lt;export&gt; &amp; &quot;<mark>douane</mark>&quot; : l&#39;essentiel',
        );
        expect(hit.highlight.summary).toContain('&lt;b&gt;');
        expect(hit.highlight.summary).not.toMatch(/<(?!\/?mark>)/);
      });

      it('finds nothing for words no offer has', async () => {
        expect(await ids({ q: 'zzqxv kwyjibo' })).toEqual([]);
      });
    });

    describe('filters match a SQL ground truth', () => {
      // Always four elements: a shorter tuple would make Jest pass its `done` callback as the fourth argument.
      const cases: Array<[string, SearchFilters, string, unknown[]]> = [
        [
          'category (financing includes its sub-types)',
          { categories: ['financing'] },
          `document->'categoryCodes' ? 'financing'`,
          [],
        ],
        [
          'categories OR',
          { categories: ['loan', 'mentoring'] },
          `document->'categoryCodes' ?| array['loan','mentoring']`,
          [],
        ],
        ['sector', { sectors: ['digital_tech'] }, `document->'sectorCodes' ? 'digital_tech'`, []],
        ['stage', { stages: ['growth'] }, `document->'stageCodes' ? 'growth'`, []],
        [
          'target country',
          { targetCountries: ['SN', 'CM'] },
          `document->'targetCountries' ?| array['SN','CM']`,
          [],
        ],
        [
          'residence country',
          { residenceCountries: ['IT'] },
          `document->'residenceCountries' ? 'IT'`,
          [],
        ],
        [
          'delivery language',
          { deliveryLanguages: ['en'] },
          `document->'deliveryLanguages' ? 'en'`,
          [],
        ],
        [
          'format',
          { formats: ['in_person', 'hybrid'] },
          `document->>'format' IN ('in_person','hybrid')`,
          [],
        ],
        ['free only', { freeOnly: true }, `(document->>'free')::boolean`, []],
        [
          'financing amount',
          { minAmountEur: 20_000 },
          `(document->>'fundingMaxEur')::bigint >= 20000`,
          [],
        ],
        [
          'open now',
          { openNow: true },
          `(document->>'opensTs')::bigint <= extract(epoch FROM $1::date) AND (document->>'deadlineTs')::bigint >= extract(epoch FROM $1::date)`,
          [FIXTURE_TODAY],
        ],
        [
          'deadline before',
          { deadlineBefore: '2026-07-31' },
          `NOT (document->>'rolling')::boolean AND document->>'deadline' <= '2026-07-31'`,
          [],
        ],
        [
          'verified organisations only',
          { verifiedOnly: true },
          `(document->>'organisationVerified')::boolean`,
          [],
        ],
        ['diaspora-only', { diasporaOnly: true }, `(document->>'diasporaOnly')::boolean`, []],
        [
          'combined',
          { categories: ['grant'], targetCountries: ['SN'], freeOnly: true },
          `document->'categoryCodes' ? 'grant' AND document->'targetCountries' ? 'SN' AND (document->>'free')::boolean`,
          [],
        ],
      ];
      it.each(cases)('%s', async (_label, filters, where, params) => {
        const expected = await truth(where, params);
        expect(expected.length).toBeGreaterThan(0);
        expect((await ids({ filters })).sort()).toEqual(expected);
        expect((await engine.search(query({ filters }))).total).toBe(expected.length);
      });
    });

    it('open now leaves out an offer that opens tomorrow, and takes it in on that day', async () => {
      expect(await ids({})).toContain(HAND.opensTomorrow);
      expect(await ids({ filters: { openNow: true } })).not.toContain(HAND.opensTomorrow);
      expect(await ids({ filters: { openNow: true }, today: '2026-06-02' })).toContain(
        HAND.opensTomorrow,
      );
      // Its deadline alone would let it through: only the opening date keeps it out.
      expect(
        await truth(`(document->>'deadlineTs')::bigint >= extract(epoch FROM $1::date)`, [
          FIXTURE_TODAY,
        ]),
      ).toContain(HAND.opensTomorrow);
    });

    it('facet counts match SQL, each ignoring its own filter', async () => {
      const filters: SearchFilters = { categories: ['grant'], targetCountries: ['SN'] };
      const result = await engine.search(query({ filters }));
      const count = async (facet: FacetName, field: string, where: string) => {
        const rows: Array<{ v: string; n: number }> = await db.query(
          `SELECT v, count(*)::int AS n FROM fixture_documents d, jsonb_array_elements_text(document->'${field}') v WHERE ${where} GROUP BY v`,
        );
        expect({ facet, counts: result.facets[facet] }).toEqual({
          facet,
          counts: Object.fromEntries(rows.map((r) => [r.v, r.n])),
        });
      };
      await count('category', 'categoryCodes', `document->'targetCountries' ? 'SN'`);
      await count('targetCountry', 'targetCountries', `document->'categoryCodes' ? 'grant'`);
      await count(
        'sector',
        'sectorCodes',
        `document->'targetCountries' ? 'SN' AND document->'categoryCodes' ? 'grant'`,
      );
      await count(
        'stage',
        'stageCodes',
        `document->'targetCountries' ? 'SN' AND document->'categoryCodes' ? 'grant'`,
      );
    });

    textIt('ranks offers that fit the profile first', async () => {
      const profile = { residenceCountry: 'IT', targetCountries: ['SN'] };
      const result = await engine.search(query({ filters: { categories: ['grant'] }, profile }));
      const fits = result.hits.map((h) => h.profileMatch);
      expect(fits[0]).toBe(true);
      expect(fits.indexOf(false)).toBeGreaterThan(0);
      expect(fits.slice(fits.indexOf(false))).not.toContain(true);
      expect(result.hits.filter((h) => h.profileMatch).map((h) => h.document.id)).toEqual(
        expect.arrayContaining([HAND.agrifoodSenegalGrowth, HAND.senegalFinancing]),
      );
    });

    it('sorts by deadline (rolling last) and by newest', async () => {
      const byDeadline = (await engine.search(query({ sort: 'deadline' }))).hits.map(
        (h) => h.document.deadlineTs,
      );
      expect(byDeadline).toEqual([...byDeadline].sort((a, b) => a - b));
      const newest = (await engine.search(query({ sort: 'newest' }))).hits.map(
        (h) => h.document.publishedTs,
      );
      expect(newest).toEqual([...newest].sort((a, b) => b - a));
    });

    it('pages without overlap and keeps the total', async () => {
      const page1 = await engine.search(query({ sort: 'newest', limit: 10, offset: 0 }));
      const page2 = await engine.search(query({ sort: 'newest', limit: 10, offset: 10 }));
      expect(page1.total).toBe(documents.length);
      expect(page2.total).toBe(documents.length);
      const overlap = page1.hits.filter((h) =>
        page2.hits.some((x) => x.document.id === h.document.id),
      );
      expect(overlap).toEqual([]);
    });

    textIt(
      'an empty page past the end still reports the total, with a profile and a query',
      async () => {
        const result = await engine.search(
          query({
            q: 'senegal',
            offset: 500,
            limit: 10,
            profile: { residenceCountry: 'FR', sectors: ['digital_tech'] },
          }),
        );
        expect(result.hits).toEqual([]);
        expect(result.total).toBeGreaterThan(0);
      },
    );

    textIt('suggests offers and organisations as you type', async () => {
      const suggestions = await engine.suggest('incub', 'fr', 8);
      expect(suggestions.some((s) => s.kind === 'offer' && /incubat/i.test(s.text))).toBe(true);
      expect(
        suggestions.some((s) => s.kind === 'organisation' && s.text === 'Incubateur Baobab Démo'),
      ).toBe(true);
    });

    textIt('an updated document becomes searchable; a deleted one disappears', async () => {
      const doc = documents.find((d) => d.id === HAND.trainingsPlural)!;
      expect(await ids({ q: 'trésorerie' })).toContain(doc.id);
      await engine.upsert([
        {
          ...doc,
          title_fr: 'Atelier de cartographie participative',
          description_fr: 'Cartes.',
          summary_fr: 'Cartes.',
          fingerprint: 'changed',
        },
      ]);
      expect(await ids({ q: 'cartographie' })).toContain(doc.id);
      expect(await ids({ q: 'trésorerie' })).not.toContain(doc.id);
      expect((await engine.indexedFingerprints()).get(doc.id)).toBe('changed');
      await engine.delete([doc.id]);
      expect(await ids({ q: 'cartographie' })).not.toContain(doc.id);
      expect((await engine.indexedFingerprints()).has(doc.id)).toBe(false);
      await engine.upsert([doc]);
    });
  });
}
