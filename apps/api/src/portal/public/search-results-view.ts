import { RANKING_RULES, type RankingExplanation, type SearchResponseHit } from '@app/search';
import type { Translate } from '../web/i18n';
import { safeHighlight, type EuroEquivalent, type Formatter } from './format';

/**
 * Engines count exactly up to at least this many matches; past it an estimate is shown as
 * "plus de 5 000" rather than a number that looks precise.
 */
export const ESTIMATE_CEILING = 5_000;

/** A count as the page shows it: "1 234", "≈ 1 234" or "plus de 5 000". */
export interface CountView {
  /** The words shown (without the "≈"). */
  readonly text: string;
  /** Shown after a "≈" (hidden from screen readers, which read `about` instead). */
  readonly approximate: boolean;
  /** The whole count as a sentence for the live region ("environ 1 234 résultats"). */
  readonly spoken: string;
}

export interface RankingRow {
  readonly rule: string;
  readonly label: string;
  readonly value: string;
}

export interface SearchResultView {
  readonly url: string;
  /** Escaped text with <mark> around matches (checked by safeHighlight). */
  readonly titleHtml: string;
  readonly summaryHtml: string;
  /** The content language when it is not the page's. */
  readonly lang?: string;
  readonly organisation: { name: string; url: string; verified: boolean };
  readonly category: string;
  readonly targetCountries: string;
  readonly residenceCountries: string;
  readonly deadline?: { text: string; iso: string };
  readonly rolling: boolean;
  readonly cost: string;
  readonly amount?: string;
  /** "≈ 1 524 €" when the amount is in another currency. */
  readonly amountEuros?: EuroEquivalent;
  /** Why it fits the signed-in entrepreneur's profile. */
  readonly reasons: string[];
  /** Why it matched the words ("Dans le titre", "Catégorie : Financement"), best first. */
  readonly matches: string[];
  /** Admins asking `explain`: the hit's bucket per rule (empty when the engine gave none). */
  readonly ranking?: RankingRow[];
}

/** The heading over the results: exact, "≈" when estimated, "plus de 5 000" past the ceiling. */
export function totalView(
  t: Translate,
  fmt: Formatter,
  result: { total: number; totalIsExact: boolean } | undefined,
): CountView {
  const plain = (text: string): CountView => ({ text, approximate: false, spoken: text });
  if (!result) return plain(t('search.count.none'));
  const { total, totalIsExact } = result;
  if (total === 0) return plain(fmt.count(t, 'search.count', 0));
  if (totalIsExact) return plain(fmt.count(t, 'search.count', total));
  if (total > ESTIMATE_CEILING)
    return plain(t('search.count.over', { count: fmt.number(ESTIMATE_CEILING) }));
  const text = fmt.count(t, 'search.count', total);
  return { text, approximate: true, spoken: `${t('search.count.about')} ${text}` };
}

/** A facet value's count, estimated the same way as the total when facets are not exact. */
export function facetCountView(
  t: Translate,
  fmt: Formatter,
  count: number,
  exact: boolean,
): CountView {
  const text = fmt.number(count);
  if (exact || count === 0) return { text, approximate: false, spoken: text };
  if (count > ESTIMATE_CEILING) {
    const over = t('search.facetCount.over', { count: fmt.number(ESTIMATE_CEILING) });
    return { text: over, approximate: false, spoken: over };
  }
  return { text, approximate: true, spoken: `${t('search.count.about')} ${text}` };
}

/** "Dans le titre", "Catégorie : Financement", "Pays : Côte d'Ivoire"… one line per field. */
export function matchLines(t: Translate, matches: SearchResponseHit['matches']): string[] {
  const lines = matches.map((match) => {
    switch (match.field) {
      case 'category':
      case 'sector':
      case 'stage':
      case 'country': {
        if (!match.codes?.length) {
          const field = match.field.charAt(0).toUpperCase() + match.field.slice(1);
          return t(`search.match.any${field}`);
        }
        return t(`search.match.${match.field}`, { label: match.label });
      }
      default:
        return t(`search.match.${match.field}`);
    }
  });
  return [...new Set(lines)];
}

/** The buckets of an explained hit, in the rules' order then the tie-breakers. */
export function rankingRows(
  t: Translate,
  fmt: Formatter,
  ranking: RankingExplanation | undefined,
): RankingRow[] {
  if (!ranking) return [];
  const rules = [...RANKING_RULES, 'fit', 'quality', 'freshness'] as const;
  return rules.map((rule) => ({
    rule,
    label: t(`search.rule.${rule}`),
    value:
      rule === 'freshness' && ranking.freshness > 0
        ? fmt.date(new Date(ranking.freshness * 1000))
        : fmt.number(ranking[rule]),
  }));
}

/** One hit as the results list shows it. */
export function resultView(
  t: Translate,
  fmt: Formatter,
  hit: SearchResponseHit,
  options: { organisationSlug?: string; explain?: boolean } = {},
): SearchResultView {
  const d = hit.document;
  const l = hit.matchedLanguage;
  const amount = fmt.amount(t, d.fundingMinMinor, d.fundingMaxMinor, d.fundingCurrency);
  const amountEuros = fmt.euros(t, d.fundingMinMinor, d.fundingMaxMinor, d.fundingCurrency);
  return {
    url: `/offres/${encodeURIComponent(d.slug)}`,
    titleHtml: safeHighlight(hit.highlight.title, d[`title_${l}`] ?? ''),
    summaryHtml: safeHighlight(hit.highlight.summary, d[`summary_${l}`] ?? ''),
    lang: l === fmt.lang ? undefined : l,
    organisation: {
      name: d.organisationName,
      // By id when the slug is unknown (the id address redirects to the readable one).
      url: `/organisations/${encodeURIComponent(options.organisationSlug ?? d.organisationId)}`,
      verified: d.organisationVerified,
    },
    category: fmt.term('category', d.categoryCode),
    targetCountries: fmt.countries(d.targetCountries),
    residenceCountries: fmt.countries(d.residenceCountries),
    deadline:
      d.deadline && !d.rolling ? { text: fmt.date(d.deadline), iso: d.deadline } : undefined,
    rolling: d.rolling,
    cost: t(`cost.${d.costType}`),
    amount,
    amountEuros,
    reasons: hit.reasons.map((r) => t(`fit.${r.code}`, r.params)),
    matches: matchLines(t, hit.matches),
    ranking: options.explain ? rankingRows(t, fmt, hit.ranking) : undefined,
  };
}
