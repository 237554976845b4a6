import { allCountryNames } from '@app/core';
import type { SearchDocument } from '@app/search';
import { D, distractorDocuments, suiteDocuments } from './distractor-catalogue';
import { JUDGED_QUERIES } from './judged-queries';
import { R, relevanceDocuments } from './relevance-catalogue';
import {
  describeFailure,
  formatReport,
  gradesOf,
  ndcgAt,
  recallAt,
  reciprocalRank,
  relevantIds,
  scoreQuery,
  summarise,
  topicPrecision,
  type ExpectJudgement,
  type QueryOutcome,
  type TopicJudgement,
} from './relevance-metrics';

const doc = (id: string, extra: Partial<SearchDocument> = {}) =>
  ({
    id,
    title_fr: `Offre ${id}`,
    title_en: null,
    title_pt: null,
    title_ar: null,
    qualityScore: 50,
    categoryCodes: [],
    ...extra,
  }) as unknown as SearchDocument;

describe('relevance metrics', () => {
  describe('recall@10', () => {
    it('is the share of relevant ids on the first page', () => {
      expect(recallAt(['a', 'x', 'b'], ['a', 'b', 'c', 'd'])).toBe(0.5);
    });

    it('ignores hits past the page', () => {
      const returned = [...'abcdefghij'.split(''), 'z'];
      expect(recallAt(returned, ['a', 'z'])).toBe(0.5);
    });

    it('caps the denominator at the page size', () => {
      const relevant = 'abcdefghijkl'.split('');
      expect(recallAt(relevant.slice(0, 10), relevant)).toBe(1);
    });
  });

  describe('reciprocal rank', () => {
    it('is 1 / rank of the first relevant hit', () => {
      expect(reciprocalRank(['x', 'y', 'a', 'b'], ['b', 'a'])).toBeCloseTo(1 / 3);
    });

    it('is 0 when no relevant hit is on the page', () => {
      expect(reciprocalRank(['x', 'y'], ['a'])).toBe(0);
      expect(reciprocalRank([...'xxxxxxxxxx'.split(''), 'a'], ['a'])).toBe(0);
    });
  });

  describe('nDCG@10', () => {
    const grades = new Map([
      ['best', 2],
      ['r1', 1],
      ['r2', 1],
    ]);

    it('is 1 in the ideal order', () => {
      expect(ndcgAt(['best', 'r1', 'r2', 'x'], grades)).toBeCloseTo(1);
      expect(ndcgAt(['best', 'r2', 'r1'], grades)).toBeCloseTo(1);
    });

    it('weighs the best offer above a relevant one', () => {
      const bestSecond = ndcgAt(['r1', 'best', 'r2'], grades);
      const relevantSecond = ndcgAt(['best', 'x', 'r1', 'r2'], grades);
      expect(bestSecond).toBeLessThan(1);
      expect(relevantSecond).toBeGreaterThan(bestSecond);
    });

    it('computes the textbook value', () => {
      // DCG = 1/log2(2) + 3/log2(3); ideal = 3/log2(2) + 1/log2(3) + 1/log2(4).
      const dcg = 1 + 3 / Math.log2(3);
      const ideal = 3 + 1 / Math.log2(3) + 0.5;
      expect(ndcgAt(['r1', 'best'], grades)).toBeCloseTo(dcg / ideal);
    });

    it('is 0 with nothing relevant on the page', () => {
      expect(ndcgAt(['x', 'y'], grades)).toBe(0);
    });
  });

  describe('topic precision', () => {
    it('is the on-topic share of a full page', () => {
      const page = [true, true, false, true, true, true, true, true, false, true];
      expect(topicPrecision(page, 40)).toBe(0.8);
    });

    it('judges a small topic on as many slots as it has offers', () => {
      const page = [true, false, true, true, false, false, false, false, false, false];
      expect(topicPrecision(page, 3)).toBe(1);
      expect(topicPrecision(page, 4)).toBe(0.75);
    });

    it('counts on-topic offers the engine did not return as misses', () => {
      expect(topicPrecision([true, true], 8)).toBe(0.25);
    });
  });

  describe('scoring a query', () => {
    const catalogue = ['a', 'b', 'c', 'x', 'y'].map((id) =>
      doc(id, { categoryCodes: id < 'x' ? ['training'] : ['loan'] }),
    );
    const outcome = (judgement: ExpectJudgement | TopicJudgement, ids: string[]): QueryOutcome => ({
      judgement,
      hits: ids.map((id) => ({ document: catalogue.find((d) => d.id === id)! })),
      total: ids.length,
    });
    const expectation: ExpectJudgement = {
      kind: 'expect',
      q: 'q',
      lang: 'fr',
      why: 'test',
      relevant: ['b'],
      best: 'a',
    };

    it('counts best as relevant and grades it 2', () => {
      expect(relevantIds(expectation)).toEqual(['a', 'b']);
      expect(gradesOf(expectation)).toEqual(
        new Map([
          ['b', 1],
          ['a', 2],
        ]),
      );
    });

    it('is perfect when best is first and every relevant id is there', () => {
      const score = scoreQuery(outcome(expectation, ['a', 'x', 'b']), catalogue);
      expect(score).toMatchObject({ recall: 1, reciprocalRank: 1, bestRank: 1, problems: [] });
    });

    it('names what falls short', () => {
      const score = scoreQuery(outcome(expectation, ['x', 'b']), catalogue);
      expect(score.bestRank).toBeNull();
      expect(score.recall).toBe(0.5);
      expect(score.reciprocalRank).toBe(0.5);
      expect(score.problems).toEqual(['best not on page', '1 expected missing']);
    });

    it('judges a topic with its predicate over the catalogue', () => {
      const judgement: TopicJudgement = {
        kind: 'topic',
        q: 'formation',
        lang: 'fr',
        why: 'test',
        topic: { name: 'training', test: (d) => d.categoryCodes.includes('training') },
      };
      const score = scoreQuery(outcome(judgement, ['a', 'x', 'b', 'y']), catalogue);
      expect(score.onTopicInCatalogue).toBe(3);
      expect(score.topicPrecision).toBeCloseTo(2 / 3);
      expect(score.problems).toHaveLength(1);
    });

    it('summarises means over each kind of query', () => {
      const perfect = scoreQuery(outcome(expectation, ['a', 'b']), catalogue);
      const poor = scoreQuery(outcome(expectation, ['x', 'y']), catalogue);
      expect(summarise([perfect, poor])).toMatchObject({
        expectQueries: 2,
        topicQueries: 0,
        meanRecall: 0.5,
        mrr: 0.5,
        bestQueries: 2,
        bestFirst: 1,
      });
    });

    it('reports what came back against what was expected', () => {
      const score = scoreQuery(
        { ...outcome(expectation, ['x', 'b']), deeperRanks: new Map([['a', 21]]) },
        catalogue,
      );
      const text = describeFailure(score, catalogue);
      expect(text).toContain('"q" (fr)');
      expect(text).toContain('★ Offre a …a (rank 21)');
      expect(text).toMatch(/1\. · Offre x/);
      expect(text).toMatch(/2\. ✓ Offre b/);
      const report = formatReport('test engine', [score], catalogue);
      expect(report).toContain('recall@10         0.500');
      expect(report).toContain('Failing queries, worst first (1):');
    });
  });
});

// The judgements themselves: checked against the catalogue, not against any engine.
describe('judged queries', () => {
  const catalogue = suiteDocuments();
  const ids = new Set(catalogue.map((d) => d.id));

  it('cover at least 60 offers, 150 distractors and 170 queries of both kinds', () => {
    expect(relevanceDocuments().length).toBeGreaterThanOrEqual(64);
    expect(distractorDocuments().length).toBeGreaterThanOrEqual(150);
    expect(ids.size).toBe(catalogue.length);
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(175);
    expect(JUDGED_QUERIES.filter((j) => j.kind === 'topic').length).toBeGreaterThan(20);
  });

  it('name only offers of the catalogue, at most a page of them', () => {
    for (const j of JUDGED_QUERIES) {
      if (j.kind !== 'expect') continue;
      const all = relevantIds(j);
      expect({ q: j.q, unknown: all.filter((id) => !ids.has(id)) }).toEqual({
        q: j.q,
        unknown: [],
      });
      expect(all.length).toBeGreaterThan(0);
      expect(all.length).toBeLessThanOrEqual(10);
    }
  });

  it('give every topic some offers to find', () => {
    for (const j of JUDGED_QUERIES) {
      if (j.kind !== 'topic') continue;
      expect({ q: j.q, onTopic: catalogue.filter(j.topic.test).length > 0 }).toEqual({
        q: j.q,
        onTopic: true,
      });
    }
  });

  it('judge a city as part of its country', () => {
    const senegal = JUDGED_QUERIES.find((j) => j.kind === 'topic' && j.q === 'Sénégal');
    const dakar = catalogue.find((d) => d.id === R.dakarIncubator)!;
    expect(dakar.targetCountries).toEqual([]);
    expect(senegal?.kind === 'topic' && senegal.topic.test(dakar)).toBe(true);
  });

  it('name judged offers and distractors apart', () => {
    const shared = Object.keys(D).filter((key) => key in R);
    expect(shared).toEqual([]);
  });

  it('are each judged once per kind', () => {
    const keys = JUDGED_QUERIES.map((j) => `${j.kind}:${j.q}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
});

describe('distractors', () => {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ');
  const handWritten = new Set(Object.values(D));
  const generated = distractorDocuments().filter((d) => !handWritten.has(d.id));

  it('are generated the same on every run', () => {
    expect(distractorDocuments()).toEqual(distractorDocuments());
    expect(generated.length).toBeGreaterThanOrEqual(100);
  });

  // The judged queries are about these countries and cities: a generated offer naming one in
  // a title could be a right answer nobody judged.
  it('generated from templates name no judged country or city in a title, nor target one', () => {
    const judged = ['SN', 'CI', 'MA', 'TN', 'CM', 'ML', 'DZ', 'EG', 'GH', 'NG', 'CV', 'AO'];
    const cities = ['Dakar', 'Abidjan', 'Casablanca', 'Douala', 'Bamako', 'Tunis', 'Lagos'];
    const names = [...judged.flatMap((code) => allCountryNames(code)), ...cities].map(fold);
    for (const d of generated) {
      const titles = ` ${fold([d.title_fr, d.title_en, d.title_pt, d.title_ar].join(' '))} `;
      expect({ id: d.id, named: names.filter((n) => titles.includes(` ${n.trim()} `)) }).toEqual({
        id: d.id,
        named: [],
      });
      expect(d.targetCountries.filter((c) => judged.includes(c))).toEqual([]);
    }
  });
});
