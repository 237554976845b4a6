/**
 * The fixed query mix, replayed in this order (round robin) against every target. Each entry
 * is one URL of GET /api/v1/search and the SearchQuery the controller makes of it, so the
 * raw-SQL loop runs exactly what the API runs.
 */
import type { SearchLanguage, SearchQuery } from '@app/search';

export interface BenchQuery {
  /** Short label used in tables. */
  readonly name: string;
  readonly shape: string;
  readonly params: Readonly<Record<string, string>>;
}

export const QUERY_MIX: readonly BenchQuery[] = [
  { name: 'financement', shape: 'short word (fr)', params: { q: 'financement' } },
  { name: 'formation', shape: 'short word (fr)', params: { q: 'formation' } },
  { name: 'incub', shape: 'prefix', params: { q: 'incub' } },
  { name: 'agri', shape: 'prefix', params: { q: 'agri' } },
  { name: 'finacement', shape: 'typo', params: { q: 'finacement' } },
  { name: 'accompagnemnt', shape: 'typo', params: { q: 'accompagnemnt' } },
  {
    name: 'grant+SN (no q)',
    shape: 'filters only + facets',
    params: { category: 'grant', targetCountry: 'SN' },
  },
  {
    name: 'profile FR→SN',
    shape: 'personalised',
    params: { profileResidence: 'FR', profileTarget: 'SN', q: 'création entreprise' },
  },
  { name: 'entreprise', shape: 'broad term (fr)', params: { q: 'entreprise' } },
  { name: 'business', shape: 'broad term (en)', params: { q: 'business', lang: 'en' } },
  { name: 'تمويل المشاريع', shape: 'Arabic', params: { q: 'تمويل المشاريع', lang: 'ar' } },
  {
    name: 'financiamento agrícola',
    shape: 'Portuguese',
    params: { q: 'financiamento agrícola', lang: 'pt' },
  },
  {
    name: 'subvention agriculture sénégal',
    shape: 'several words (fr)',
    params: { q: 'subvention agriculture sénégal' },
  },
  {
    name: 'formation+filters',
    shape: 'word + filters',
    params: { q: 'formation', category: 'training', targetCountry: 'CI', openNow: 'true' },
  },
  { name: 'browse (no q)', shape: 'no query, no filter', params: {} },
];

export function pathOf(query: BenchQuery): string {
  const search = new URLSearchParams(query.params).toString();
  return `/api/v1/search${search ? `?${search}` : ''}`;
}

const list = (value: string | undefined, map: (s: string) => string) =>
  value
    ? value
        .split(',')
        .map((v) => map(v.trim()))
        .filter(Boolean)
    : undefined;
const bool = (value: string | undefined) => (value === 'true' ? true : undefined);

/** What SearchController + SearchService hand the engine for these parameters (page 1 of 20). */
export function toSearchQuery(query: BenchQuery, today: string): SearchQuery {
  const p = query.params;
  const upper = (s: string) => s.toUpperCase();
  const lower = (s: string) => s.toLowerCase();
  const profile =
    p.profileResidence || p.profileTarget || p.profileSector || p.profileStage
      ? {
          residenceCountry: p.profileResidence?.toUpperCase(),
          targetCountries: list(p.profileTarget, upper),
          sectors: list(p.profileSector, lower),
          stage: p.profileStage,
        }
      : undefined;
  return {
    q: p.q,
    lang: (p.lang ?? 'fr') as SearchLanguage,
    sort: 'relevance',
    offset: 0,
    limit: 20,
    profile,
    today,
    filters: {
      categories: list(p.category, lower),
      sectors: list(p.sector, lower),
      stages: list(p.stage, lower),
      targetCountries: list(p.targetCountry, upper),
      residenceCountries: list(p.residenceCountry, upper),
      deliveryLanguages: list(p.language, lower),
      openNow: bool(p.openNow),
      freeOnly: bool(p.free),
      verifiedOnly: bool(p.verified),
      diasporaOnly: bool(p.diasporaOnly),
    },
  };
}

/**
 * What someone types into the search box, letter by letter: short and long prefixes, an
 * accented one, a city, an organisation kind and Arabic. GET /api/v1/search/suggest, page of 8.
 */
export const SUGGEST_PREFIXES: readonly string[] = [
  'fi',
  'fin',
  'incub',
  'agri',
  'dak',
  'séné',
  'busi',
  'تمو',
];

export function suggestPathOf(prefix: string): string {
  return `/api/v1/search/suggest?${new URLSearchParams({ q: prefix, lang: 'fr', limit: '8' })}`;
}
