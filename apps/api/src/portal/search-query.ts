import type { FieldViolation } from '@app/core';
import type { SearchLanguage, SearchProfile, SearchRequest, SortKey } from '@app/search';
import { SearchQueryDto, toSearchFilters } from '../search/search.dto';
import { validateWith } from './web/forms';

/**
 * The search page's query fields (GET /recherche): the JSON search API's words, filters, sort
 * and page. The saved-search and alert forms of the entrepreneur space post the same names.
 */
export const LIST_FIELDS = [
  'category',
  'sector',
  'stage',
  'targetCountry',
  'residenceCountry',
  'language',
  'format',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const FLAG_FIELDS = ['free', 'openNow', 'verified', 'diasporaOnly'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];
const SCALAR_FIELDS = ['q', 'minAmount', 'deadlineBefore', 'sort', 'page'] as const;
export const QUERY_FIELDS = [...LIST_FIELDS, ...FLAG_FIELDS, ...SCALAR_FIELDS] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** What a saved search or an alert keeps (POST /mon-espace/recherches and POST /alertes). */
const SAVED_FIELDS: readonly QueryField[] = [
  'q',
  ...LIST_FIELDS,
  ...FLAG_FIELDS,
  'minAmount',
  'sort',
];

type RawQuery = Record<string, unknown>;

/** A search as the page understands it, after validation (invalid parts left out). */
export interface SearchState {
  readonly q?: string;
  readonly lists: Readonly<Record<ListField, readonly string[]>>;
  readonly flags: Readonly<Record<FlagField, boolean>>;
  readonly minAmount?: number;
  readonly deadlineBefore?: string;
  readonly sort: SortKey;
  readonly page: number;
  /** What the reader typed in the text inputs, shown back as typed (even when invalid). */
  readonly typed: { q: string; minAmount: string; deadlineBefore: string };
}

function values(value: unknown): string[] {
  const all = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return all.map((v) => String(v).trim()).filter((v) => v !== '');
}

/** The query string's known fields, as the API's DTO reads them (empty values dropped). */
export function plainQuery(query: RawQuery): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const field of LIST_FIELDS) {
    const v = values(query[field]);
    if (v.length) plain[field] = v;
  }
  for (const field of [...FLAG_FIELDS, ...SCALAR_FIELDS]) {
    const v = values(query[field]);
    if (v.length) plain[field] = v.length === 1 ? v[0] : v;
  }
  return plain;
}

/** The field a violation is about (`format.0` → `format`). */
export function rootField(field: string): string {
  return field.split(/[.[]/)[0];
}

/**
 * Validates the query with the JSON API's own DTO. Fields that break a rule are reported
 * and left out, so the rest of the search still runs.
 */
export async function readSearchQuery(
  query: RawQuery,
): Promise<{ state: SearchState; dto: SearchQueryDto; violations: FieldViolation[] }> {
  const plain = plainQuery(query);
  const checked = await validateWith(SearchQueryDto, plain);
  const { violations } = checked;
  let { value } = checked;
  if (violations.length) {
    const bad = new Set(violations.map((v) => rootField(v.field)));
    for (const field of bad) delete plain[field];
    value = (await validateWith(SearchQueryDto, plain)).value;
  }
  const typed = {
    q: values(query.q)[0] ?? '',
    minAmount: values(query.minAmount)[0] ?? '',
    deadlineBefore: values(query.deadlineBefore)[0] ?? '',
  };
  return { state: stateOf(value, typed), dto: value, violations };
}

export function stateOf(dto: SearchQueryDto, typed: SearchState['typed']): SearchState {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, dedupe(dto[f] ?? [])])) as Record<
    ListField,
    string[]
  >;
  const flags = Object.fromEntries(FLAG_FIELDS.map((f) => [f, dto[f] === true])) as Record<
    FlagField,
    boolean
  >;
  return {
    q: dto.q?.trim() || undefined,
    lists,
    flags,
    minAmount: dto.minAmount,
    deadlineBefore: dto.deadlineBefore,
    sort: dto.sort ?? 'relevance',
    page: dto.page ?? 1,
    typed,
  };
}

/** The same search without some values of some fields (the reader removed a filter). */
export function withoutValues(state: SearchState, field: QueryField, value?: string): SearchState {
  const lists = { ...state.lists };
  const flags = { ...state.flags };
  let { q, minAmount, deadlineBefore } = state;
  if ((LIST_FIELDS as readonly string[]).includes(field)) {
    const f = field as ListField;
    lists[f] = value === undefined ? [] : lists[f].filter((v) => v !== value);
  } else if ((FLAG_FIELDS as readonly string[]).includes(field)) {
    flags[field as FlagField] = false;
  } else if (field === 'q') q = undefined;
  else if (field === 'minAmount') minAmount = undefined;
  else if (field === 'deadlineBefore') deadlineBefore = undefined;
  return { ...state, lists, flags, q, minAmount, deadlineBefore, page: 1 };
}

/** Name/value pairs of a search, in a stable order (URLs and hidden form fields). */
export function searchPairs(
  state: SearchState,
  options: { page?: number; only?: readonly QueryField[] } = {},
): Array<[QueryField, string]> {
  const pairs: Array<[QueryField, string]> = [];
  const keep = (f: QueryField) => !options.only || options.only.includes(f);
  if (state.q && keep('q')) pairs.push(['q', state.q]);
  for (const field of LIST_FIELDS)
    if (keep(field)) for (const v of state.lists[field]) pairs.push([field, v]);
  for (const field of FLAG_FIELDS)
    if (keep(field) && state.flags[field]) pairs.push([field, 'true']);
  if (state.minAmount !== undefined && keep('minAmount'))
    pairs.push(['minAmount', String(state.minAmount)]);
  if (state.deadlineBefore && keep('deadlineBefore'))
    pairs.push(['deadlineBefore', state.deadlineBefore]);
  if (state.sort !== 'relevance' && keep('sort')) pairs.push(['sort', state.sort]);
  const page = options.page ?? state.page;
  if (page > 1 && keep('page')) pairs.push(['page', String(page)]);
  return pairs;
}

export function searchUrl(state: SearchState, page = 1): string {
  const query = new URLSearchParams(searchPairs(state, { page })).toString();
  return query ? `/recherche?${query}` : '/recherche';
}

/** The hidden fields a "save this search" or an alert form posts. */
export function savedSearchFields(state: SearchState): Array<[QueryField, string]> {
  return searchPairs(state, { page: 1, only: SAVED_FIELDS });
}

export function hasCriteria(state: SearchState): boolean {
  return searchPairs(state, { page: 1 }).some(([f]) => f !== 'sort');
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** The search service's request for a search of the page (or of its feeds). */
export function searchRequestOf(
  state: SearchState,
  options: {
    lang: SearchLanguage;
    pageSize: number;
    profile?: SearchProfile;
    page?: number;
    sort?: SortKey;
  },
): SearchRequest {
  return {
    q: state.q,
    lang: options.lang,
    sort: options.sort ?? state.sort,
    page: options.page ?? state.page,
    pageSize: options.pageSize,
    profile: options.profile,
    filters: toSearchFilters({
      category: [...state.lists.category],
      sector: [...state.lists.sector],
      stage: [...state.lists.stage],
      targetCountry: [...state.lists.targetCountry],
      residenceCountry: [...state.lists.residenceCountry],
      language: [...state.lists.language],
      format: [...state.lists.format],
      free: state.flags.free || undefined,
      openNow: state.flags.openNow || undefined,
      verified: state.flags.verified || undefined,
      diasporaOnly: state.flags.diasporaOnly || undefined,
      minAmount: state.minAmount,
      deadlineBefore: state.deadlineBefore,
    }),
  };
}

/** The search's Atom and iCalendar feeds (`/recherche.atom`, `/recherche.ics`), in a language. */
export function feedUrls(state: SearchState, lang: string): { atom: string; ics: string } {
  const query = new URLSearchParams([...searchPairs(state, { page: 1 }), ['lang', lang]]);
  return { atom: `/recherche.atom?${query}`, ics: `/recherche.ics?${query}` };
}
