import type { RankingExplanation, SearchDocument, SearchLanguage } from '@app/search';

/** Hits judged per query: the first page. */
export const PAGE_SIZE = 10;

/** The floors the suite enforces (issue 11). */
export const FLOORS = { recall: 0.95, mrr: 0.8, topic: 0.8 } as const;

interface BaseJudgement {
  q: string;
  /** The reader's language, passed to the engine. */
  lang: SearchLanguage;
  /** What the query checks, in a few words (printed with failures). */
  why: string;
}

/** Offers a person expects on the first page; `best` is the one that must come first. */
export interface ExpectJudgement extends BaseJudgement {
  kind: 'expect';
  relevant: readonly string[];
  best?: string;
}

/** A broad query: the first page must be about a topic (a country, a category). */
export interface TopicJudgement extends BaseJudgement {
  kind: 'topic';
  topic: { name: string; test: (document: SearchDocument) => boolean };
}

export type Judgement = ExpectJudgement | TopicJudgement;

export interface ReturnedHit {
  document: SearchDocument;
  ranking?: RankingExplanation;
}

/** What an engine returned for one judged query. */
export interface QueryOutcome {
  judgement: Judgement;
  /** The first page, in order. */
  hits: readonly ReturnedHit[];
  total: number;
  /**
   * Where each expected id that missed the first page ranks further down (from a deeper
   * diagnostic search), or null when the engine does not return it at all.
   */
  deeperRanks?: ReadonlyMap<string, number | null>;
}

export interface QueryScore {
  outcome: QueryOutcome;
  recall?: number;
  reciprocalRank?: number;
  ndcg?: number;
  topicPrecision?: number;
  /** On-topic documents in the whole catalogue (topic queries). */
  onTopicInCatalogue?: number;
  /** 1-based rank of `best` on the first page, null when absent. */
  bestRank?: number | null;
  /** Why the query falls short, empty when it is perfect. */
  problems: string[];
  /** 0 (worst) to 1: sorts the failures. */
  goodness: number;
}

export interface RelevanceSummary {
  queries: number;
  expectQueries: number;
  topicQueries: number;
  meanRecall: number;
  mrr: number;
  meanNdcg: number;
  meanTopicPrecision: number;
  topicBelowFloor: number;
  bestQueries: number;
  bestFirst: number;
}

/** All judged ids: `best` counts as relevant even when the list omits it. */
export function relevantIds(judgement: ExpectJudgement): string[] {
  return [...new Set([...(judgement.best ? [judgement.best] : []), ...judgement.relevant])];
}

/**
 * Share of the relevant ids found in the first `k`. The denominator is capped at `k`, so a
 * query with more relevant offers than a page holds can still reach 1.
 */
export function recallAt(returned: readonly string[], relevant: readonly string[], k = PAGE_SIZE) {
  if (relevant.length === 0) return 1;
  const page = new Set(returned.slice(0, k));
  const found = relevant.filter((id) => page.has(id)).length;
  return found / Math.min(k, relevant.length);
}

/** 1 / rank of the first relevant hit within the first `k`, 0 when none is there. */
export function reciprocalRank(
  returned: readonly string[],
  relevant: readonly string[],
  k = PAGE_SIZE,
): number {
  const wanted = new Set(relevant);
  const index = returned.slice(0, k).findIndex((id) => wanted.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Graded gains: `best` = 2, other relevant = 1, anything else = 0. */
export function gradesOf(judgement: ExpectJudgement): Map<string, number> {
  const grades = new Map<string, number>(judgement.relevant.map((id) => [id, 1]));
  if (judgement.best) grades.set(judgement.best, 2);
  return grades;
}

/** nDCG over the first `k`, with gain 2^grade − 1 and the ideal order of the judged grades. */
export function ndcgAt(
  returned: readonly string[],
  grades: ReadonlyMap<string, number>,
  k = PAGE_SIZE,
): number {
  const dcg = (gains: number[]) =>
    gains.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  if (ideal === 0) return 1;
  return dcg(returned.map((id) => grades.get(id) ?? 0)) / ideal;
}

/**
 * Share of the first page on topic. A page holds `k` slots, or fewer when the catalogue has
 * fewer on-topic offers than that: then the page is judged on that many slots, since the rest
 * could only be off-topic (the hand-written catalogue is small). Missing on-topic offers count
 * as misses, so an engine returning few hits is not let off.
 */
export function topicPrecision(
  onTopic: readonly boolean[],
  onTopicInCatalogue: number,
  k = PAGE_SIZE,
): number {
  const slots = Math.min(k, onTopicInCatalogue);
  if (slots === 0) return 1;
  const hits = onTopic.slice(0, k).filter(Boolean).length;
  return Math.min(1, hits / slots);
}

const mean = (values: number[]) =>
  values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length;

export function scoreQuery(
  outcome: QueryOutcome,
  catalogue: readonly SearchDocument[],
): QueryScore {
  const { judgement } = outcome;
  const ids = outcome.hits.map((h) => h.document.id);
  if (judgement.kind === 'topic') {
    const onTopicInCatalogue = catalogue.filter(judgement.topic.test).length;
    const precision = topicPrecision(
      outcome.hits.map((h) => judgement.topic.test(h.document)),
      onTopicInCatalogue,
    );
    const problems =
      precision < FLOORS.topic ? [`topic precision ${precision.toFixed(2)} < ${FLOORS.topic}`] : [];
    return {
      outcome,
      topicPrecision: precision,
      onTopicInCatalogue,
      problems,
      goodness: precision,
    };
  }
  const relevant = relevantIds(judgement);
  const recall = recallAt(ids, relevant);
  const rr = reciprocalRank(ids, relevant);
  const ndcg = ndcgAt(ids, gradesOf(judgement));
  const problems: string[] = [];
  let bestRank: number | null | undefined;
  if (judgement.best) {
    const index = ids.indexOf(judgement.best);
    bestRank = index < 0 ? null : index + 1;
    if (bestRank !== 1)
      problems.push(`best ${bestRank === null ? 'not on page' : `at ${bestRank}`}`);
  }
  if (recall < 1) {
    const missing = relevant.filter((id) => !ids.includes(id)).length;
    problems.push(`${missing} expected missing`);
  }
  if (rr < 1 && !judgement.best) {
    problems.push(rr === 0 ? 'no expected offer on page' : `first expected offer at ${1 / rr}`);
  }
  return {
    outcome,
    recall,
    reciprocalRank: rr,
    ndcg,
    bestRank,
    problems,
    goodness: Math.min(ndcg, recall, rr),
  };
}

export function summarise(scores: readonly QueryScore[]): RelevanceSummary {
  const expect = scores.filter((s) => s.outcome.judgement.kind === 'expect');
  const topic = scores.filter((s) => s.outcome.judgement.kind === 'topic');
  const withBest = expect.filter((s) => s.bestRank !== undefined);
  return {
    queries: scores.length,
    expectQueries: expect.length,
    topicQueries: topic.length,
    meanRecall: mean(expect.map((s) => s.recall!)),
    mrr: mean(expect.map((s) => s.reciprocalRank!)),
    meanNdcg: mean(expect.map((s) => s.ndcg!)),
    meanTopicPrecision: mean(topic.map((s) => s.topicPrecision!)),
    topicBelowFloor: topic.filter((s) => s.topicPrecision! < FLOORS.topic).length,
    bestQueries: withBest.length,
    bestFirst: withBest.filter((s) => s.bestRank === 1).length,
  };
}

/** A document's title in the first language it has, for the report. */
export function titleOf(document: SearchDocument): string {
  return (
    document.title_fr ??
    document.title_en ??
    document.title_pt ??
    document.title_ar ??
    `(untitled ${document.id})`
  );
}

const shortId = (id: string) => `…${id.slice(-3)}`;
const num = (value: number | undefined) => (value === undefined ? '   —' : value.toFixed(2));
const clip = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;
const pad = (text: string, width: number) => clip(text, width).padEnd(width);
const quoted = (j: Judgement) => `"${j.q}" (${j.lang})`;

function explainText(ranking: RankingExplanation | undefined): string {
  if (!ranking) return '';
  const r = ranking;
  return ` [w${r.words} t${r.typo} p${r.proximity} a${r.attribute} e${r.exactness} q${r.quality}]`;
}

/** One failing query: what was expected, what came back (first page) and where the rest went. */
export function describeFailure(score: QueryScore, catalogue: readonly SearchDocument[]): string {
  const { judgement, hits, total, deeperRanks } = score.outcome;
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const lines = [`✗ ${quoted(judgement)} — ${judgement.why}: ${score.problems.join('; ')}`];
  if (judgement.kind === 'expect') {
    const expected = relevantIds(judgement).map((id) => {
      const doc = byId.get(id);
      const mark = id === judgement.best ? '★' : '✓';
      const deeper = deeperRanks?.get(id);
      const where = hits.some((h) => h.document.id === id)
        ? ''
        : deeper === undefined
          ? ''
          : deeper === null
            ? ' (not matched)'
            : ` (rank ${deeper})`;
      return `      ${mark} ${doc ? clip(titleOf(doc), 70) : id} ${shortId(id)}${where}`;
    });
    lines.push('    expected:', ...expected);
  } else {
    lines.push(`    topic: ${judgement.topic.name} (${score.onTopicInCatalogue} in the catalogue)`);
  }
  lines.push(`    got (${total} matches):`);
  if (hits.length === 0) lines.push('      (nothing)');
  hits.forEach((hit, i) => {
    const id = hit.document.id;
    const mark =
      judgement.kind === 'topic'
        ? judgement.topic.test(hit.document)
          ? '✓'
          : '✗'
        : id === judgement.best
          ? '★'
          : judgement.relevant.includes(id)
            ? '✓'
            : '·';
    const rank = String(i + 1).padStart(2);
    lines.push(
      `      ${rank}. ${mark} ${clip(titleOf(hit.document), 70)} ${shortId(id)} q${hit.document.qualityScore}${explainText(hit.ranking)}`,
    );
  });
  return lines.join('\n');
}

/** The whole report: the summary, a line per query, then the failures worst first. */
export function formatReport(
  engineName: string,
  scores: readonly QueryScore[],
  catalogue: readonly SearchDocument[],
): string {
  const s = summarise(scores);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'BELOW FLOOR');
  const lines = [
    `Search relevance — ${engineName}: ${s.queries} judged queries (${s.expectQueries} expected-offer, ${s.topicQueries} topic) over ${catalogue.length} offers`,
    `  recall@10         ${s.meanRecall.toFixed(3)}  (floor ${FLOORS.recall}) ${verdict(s.meanRecall >= FLOORS.recall)}`,
    `  MRR               ${s.mrr.toFixed(3)}  (floor ${FLOORS.mrr}) ${verdict(s.mrr >= FLOORS.mrr)}`,
    `  nDCG@10           ${s.meanNdcg.toFixed(3)}`,
    `  topic precision   ${s.meanTopicPrecision.toFixed(3)}  mean; ${s.topicBelowFloor} of ${s.topicQueries} below ${FLOORS.topic}`,
    `  best first        ${s.bestFirst} of ${s.bestQueries}`,
    '',
    `  ${pad('query', 34)} ${pad('kind', 6)} lang recall   RR   nDCG topic`,
  ];
  for (const score of scores) {
    const j = score.outcome.judgement;
    const flag = score.problems.length ? `  ✗ ${score.problems.join('; ')}` : '';
    lines.push(
      `  ${pad(j.q, 34)} ${pad(j.kind, 6)} ${pad(j.lang, 4)} ${num(score.recall)} ${num(score.reciprocalRank)} ${num(score.ndcg)} ${num(score.topicPrecision)}${flag}`,
    );
  }
  const failing = scores
    .filter((x) => x.problems.length > 0)
    .sort((a, b) => a.goodness - b.goodness);
  lines.push('', `Failing queries, worst first (${failing.length}):`);
  for (const score of failing) lines.push(describeFailure(score, catalogue));
  return lines.join('\n');
}
