/**
 * Copy of `libs/search/src/postgres/search-sql.ts` as it stood before issue 11, frozen for the
 * benchmark's baseline: the same SQL, over the baseline's own text-search configurations
 * (baseline-schema.ts) so it keeps working once the project drops its own.
 */
import type { SearchFilters, SearchProfile } from '@app/search';

/** Created by baseline-schema.ts, one per language plus `simple` (unaccent + stemmer). */
export const TS_CONFIGS = {
  fr: 'baseline_fr',
  en: 'baseline_en',
  pt: 'baseline_pt',
  ar: 'baseline_ar',
} as const;
export const SIMPLE_CONFIG = 'baseline_simple';

/** Collects positional parameters so every value reaches PostgreSQL as data, never as SQL. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export type FilterKey =
  | 'category'
  | 'sector'
  | 'stage'
  | 'targetCountry'
  | 'residenceCountry'
  | 'deliveryLanguage'
  | 'format'
  | 'other';

/** One SQL condition per filter, keyed by facet so a facet's count can leave its own filter out. */
export function filterConditions(
  filters: SearchFilters,
  today: string,
  p: Params,
): Map<FilterKey, string[]> {
  const out = new Map<FilterKey, string[]>();
  const add = (key: FilterKey, sql: string) => out.set(key, [...(out.get(key) ?? []), sql]);
  const anyOf = (column: string, values?: string[]) =>
    values && values.length ? `d.${column} && ${p.add(values)}::text[]` : undefined;
  const pairs: Array<[FilterKey, string | undefined]> = [
    ['category', anyOf('category_codes', filters.categories)],
    ['sector', anyOf('sector_codes', filters.sectors)],
    ['stage', anyOf('stage_codes', filters.stages)],
    ['targetCountry', anyOf('target_countries', filters.targetCountries)],
    ['residenceCountry', anyOf('residence_countries', filters.residenceCountries)],
    ['deliveryLanguage', anyOf('delivery_languages', filters.deliveryLanguages)],
    [
      'format',
      filters.formats?.length ? `d.format = ANY(${p.add(filters.formats)}::text[])` : undefined,
    ],
  ];
  for (const [key, sql] of pairs) if (sql) add(key, sql);
  const todayStart = Math.floor(Date.parse(`${today}T00:00:00Z`) / 1000);
  if (filters.freeOnly) add('other', 'd.free');
  if (filters.verifiedOnly) add('other', 'd.organisation_verified');
  if (filters.diasporaOnly) add('other', 'd.diaspora_only');
  if (filters.minAmountEur !== undefined)
    add('other', `d.funding_max_eur >= ${p.add(filters.minAmountEur)}`);
  if (filters.openNow) {
    const t = p.add(todayStart);
    add('other', `d.opens_ts <= ${t} AND d.deadline_ts >= ${t}`);
  }
  if (filters.deadlineBefore) {
    const end = Math.floor(Date.parse(`${filters.deadlineBefore}T23:59:59Z`) / 1000);
    add('other', `NOT d.rolling AND d.deadline_ts <= ${p.add(end)}`);
  }
  if (filters.publishedAfterTs !== undefined)
    add('other', `d.published_ts > ${p.add(Math.floor(filters.publishedAfterTs))}`);
  return out;
}

export function whereClause(conditions: Map<FilterKey, string[]>, except?: FilterKey): string {
  const parts = [...conditions.entries()].filter(([k]) => k !== except).flatMap(([, v]) => v);
  return parts.length ? parts.join(' AND ') : 'true';
}

/** 1 when the offer fits the profile on at least one stated criterion, else 0. */
export function fitExpression(profile: SearchProfile | undefined, p: Params): string {
  if (!profile) return '0';
  const parts: string[] = [];
  if (profile.residenceCountry)
    parts.push(`${p.add(profile.residenceCountry)} = ANY(d.residence_countries)`);
  if (profile.targetCountries?.length)
    parts.push(`d.target_countries && ${p.add(profile.targetCountries)}::text[]`);
  if (profile.sectors?.length) parts.push(`d.sector_codes && ${p.add(profile.sectors)}::text[]`);
  if (profile.stage) parts.push(`${p.add(profile.stage)} = ANY(d.stage_codes)`);
  return parts.length ? `(CASE WHEN ${parts.join(' OR ')} THEN 1 ELSE 0 END)` : '0';
}

/** Words of a query: letters and digits of any script, case-folded (accents stay: unaccent runs in SQL). */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/**
 * The tsquery for `q`: websearch syntax for everything but the last word, which is matched
 * as a prefix while the user is still typing. One query per language configuration, OR-ed,
 * so a French word meets the French stemmer and a country name the simple one.
 */
export function tsqueryExpression(q: string, p: Params): string {
  const trimmed = q.trim();
  const endsInWord = /[\p{L}\p{N}]$/u.test(trimmed);
  const words = queryWords(trimmed);
  const last = endsInWord ? words[words.length - 1] : undefined;
  const rest = last ? trimmed.slice(0, trimmed.toLowerCase().lastIndexOf(last)).trim() : trimmed;
  const restParam = rest ? p.add(rest) : undefined;
  const lastParam = last ? p.add(`${last}:*`) : undefined;
  const perConfig = [...Object.values(TS_CONFIGS), SIMPLE_CONFIG].map((config) => {
    const parts: string[] = [];
    if (restParam) parts.push(`websearch_to_tsquery('${config}', ${restParam})`);
    if (lastParam) parts.push(`to_tsquery('${config}', ${lastParam})`);
    return parts.length ? `(${parts.join(' && ')})` : `''::tsquery`;
  });
  return perConfig.join(' || ');
}
