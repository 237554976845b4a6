import type { SearchFilters } from '@app/search';

export const ALERT_FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** Alerts without an account are for someone who wants mail: `off` means unsubscribing. */
export const ANONYMOUS_ALERT_FREQUENCIES = ['daily', 'weekly'] as const;

export const SAVED_SEARCH_NAME_MAX = 120;

/**
 * What a saved search keeps: the words and the filters of `GET /api/v1/search` (as the engine
 * port takes them), never sort, page or profile. Stored as JSON, checked before it is stored.
 */
export type SavedSearchQuery = { q?: string } & Omit<SearchFilters, 'publishedAfterTs'>;

export interface SavedSearchView {
  readonly id: string;
  readonly name: string;
  readonly search: SavedSearchQuery;
  readonly frequency: AlertFrequency;
  /** When the last alert e-mail went out (null: none yet). */
  readonly lastAlertAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const LIST_KEYS = [
  'categories',
  'sectors',
  'stages',
  'targetCountries',
  'residenceCountries',
  'deliveryLanguages',
  'formats',
] as const;
const FLAG_KEYS = ['freeOnly', 'openNow', 'verifiedOnly', 'diasporaOnly'] as const;

/**
 * The query reduced to the keys a saved search may hold, in a stable order: words trimmed,
 * lists without duplicates, empty lists and false flags left out (they filter nothing).
 */
export function normalizeQuery(input: SavedSearchQuery): SavedSearchQuery {
  const out: Record<string, unknown> = {};
  const q = input.q?.trim();
  if (q) out.q = q;
  for (const key of LIST_KEYS) {
    const values = [...new Set(input[key] ?? [])];
    if (values.length) out[key] = values;
  }
  for (const key of FLAG_KEYS) if (input[key] === true) out[key] = true;
  if (input.minAmountEur !== undefined) out.minAmountEur = input.minAmountEur;
  if (input.deadlineBefore !== undefined) out.deadlineBefore = input.deadlineBefore;
  return out as SavedSearchQuery;
}

/** The filters part, for the search engine. */
export function filtersOf(query: SavedSearchQuery): SearchFilters {
  const { q: _q, ...filters } = normalizeQuery(query);
  return filters;
}
