import type { SearchEngine, SearchQuery } from '@app/search';
import { suiteDocuments } from './distractor-catalogue';
import { JUDGED_QUERIES } from './judged-queries';
import { RELEVANCE_TODAY } from './relevance-catalogue';
import {
  describeFailure,
  FLOORS,
  formatReport,
  PAGE_SIZE,
  relevantIds,
  scoreQuery,
  summarise,
  type Judgement,
  type QueryOutcome,
  type QueryScore,
} from './relevance-metrics';

/** How deep a failing query is searched again, to tell "rank 21" from "not matched". */
const DIAGNOSTIC_DEPTH = 100;

const queryFor = (j: Judgement, limit: number): SearchQuery => ({
  q: j.q,
  lang: j.lang,
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit,
  today: RELEVANCE_TODAY,
  explain: true,
});

async function run(engine: SearchEngine, judgement: Judgement): Promise<QueryOutcome> {
  const result = await engine.search(queryFor(judgement, PAGE_SIZE));
  const hits = result.hits.map((h) => ({ document: h.document, ranking: h.ranking }));
  const outcome: QueryOutcome = { judgement, hits, total: result.total };
  if (judgement.kind !== 'expect') return outcome;
  const onPage = new Set(hits.map((h) => h.document.id));
  const missing = relevantIds(judgement).filter((id) => !onPage.has(id));
  if (missing.length === 0) return outcome;
  const deeper = (await engine.search(queryFor(judgement, DIAGNOSTIC_DEPTH))).hits.map(
    (h) => h.document.id,
  );
  const deeperRanks = new Map(
    missing.map((id) => {
      const index = deeper.indexOf(id);
      return [id, index < 0 ? null : index + 1] as const;
    }),
  );
  return { ...outcome, deeperRanks };
}

/**
 * The relevance suite, run against any engine (issue 11): the hand-written catalogue and its
 * distractors are indexed, every judged query is searched once, the report is printed, and
 * the floors are enforced. A failure lists each query that falls short with what came back.
 */
export function describeSearchRelevance(
  name: string,
  setup: () => Promise<{ engine: SearchEngine; teardown: () => Promise<void> }>,
): void {
  describe(`search relevance: ${name}`, () => {
    const catalogue = suiteDocuments();
    let teardown: (() => Promise<void>) | undefined;
    let engine: SearchEngine;
    let scores: QueryScore[] = [];

    beforeAll(async () => {
      const context = await setup();
      teardown = context.teardown;
      engine = context.engine;
      await engine.prepare();
      await engine.upsert(catalogue);
      // One query at a time: the scores must not depend on concurrency.
      for (const judgement of JUDGED_QUERIES) {
        scores.push(scoreQuery(await run(engine, judgement), catalogue));
      }
      console.log(formatReport(`${name} (${engine.name})`, scores, catalogue));
    }, 180_000);

    afterAll(async () => {
      scores = [];
      await teardown?.();
    });

    const failWith = (headline: string, failing: readonly QueryScore[]) => {
      throw new Error(
        [headline, ...failing.map((s) => describeFailure(s, catalogue))].join('\n\n'),
      );
    };

    it(`finds the expected offers on the first page (mean recall@10 ≥ ${FLOORS.recall})`, () => {
      const { meanRecall } = summarise(scores);
      if (meanRecall < FLOORS.recall) {
        const failing = scores.filter((s) => s.recall !== undefined && s.recall < 1);
        failWith(
          `mean recall@10 is ${meanRecall.toFixed(3)} < ${FLOORS.recall}; ${failing.length} queries miss expected offers:`,
          failing,
        );
      }
    });

    it(`puts an expected offer at the top (MRR ≥ ${FLOORS.mrr})`, () => {
      const { mrr } = summarise(scores);
      if (mrr < FLOORS.mrr) {
        const failing = scores.filter(
          (s) => s.reciprocalRank !== undefined && s.reciprocalRank < 1,
        );
        failWith(
          `MRR is ${mrr.toFixed(3)} < ${FLOORS.mrr}; ${failing.length} queries do not start with an expected offer:`,
          failing,
        );
      }
    });

    it(`keeps every broad query on topic (≥ ${FLOORS.topic * 100} % of the first page)`, () => {
      const failing = scores.filter(
        (s) => s.topicPrecision !== undefined && s.topicPrecision < FLOORS.topic,
      );
      if (failing.length > 0) {
        failWith(`${failing.length} broad queries drift off topic:`, failing);
      }
    });

    it('finds in every language the offers a concept covers in French (a category, a country)', async () => {
      const covered = async (q: string, lang: SearchQuery['lang'], test: (id: string) => boolean) =>
        (await engine.search({ ...queryFor({ q, lang } as Judgement, 1000), explain: false })).hits
          .map((h) => h.document.id)
          .filter(test)
          .sort();
      const byId = new Map(catalogue.map((d) => [d.id, d]));
      const financing = (id: string) => byId.get(id)!.categoryCodes.includes('financing');
      const senegal = (id: string) =>
        [...byId.get(id)!.targetCountries, ...byId.get(id)!.residenceCountries].includes('SN');
      const cases: Array<[string, SearchQuery['lang'], (id: string) => boolean]> = [
        ['financing', 'en', financing],
        ['financiamento', 'pt', financing],
        ['تمويل', 'ar', financing],
      ];
      const french = await covered('financement', 'fr', financing);
      expect(french.length).toBeGreaterThan(10);
      for (const [q, lang, test] of cases) {
        expect({ q, ids: await covered(q, lang, test) }).toEqual({ q, ids: french });
      }
      const senegalFr = await covered('Sénégal', 'fr', senegal);
      for (const [q, lang] of [
        ['Senegal', 'en'],
        ['السنغال', 'ar'],
      ] as const) {
        expect({ q, ids: await covered(q, lang, senegal) }).toEqual({ q, ids: senegalFr });
      }
    });

    it('ranks the one right offer first wherever a query names it', () => {
      const failing = scores.filter((s) => s.bestRank !== undefined && s.bestRank !== 1);
      if (failing.length > 0) {
        failWith(`${failing.length} queries do not put their best offer first:`, failing);
      }
    });
  });
}
