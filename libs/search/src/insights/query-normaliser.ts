import type { SearchFilters } from '../engine/search-engine';

/** Longest query text the log keeps (characters, not bytes). */
export const MAX_LOGGED_QUERY_LENGTH = 100;

export interface NormalisedQuery {
  /** Trimmed, whitespace collapsed, lower-cased, at most 100 characters; null when empty or redacted. */
  readonly text: string | null;
  /** True when the words looked personal (an e-mail address, a phone number, a long digit run). */
  readonly redacted: boolean;
}

// An @ attached to a word: an e-mail address, whole or partly typed ("awa@", "@gmail.com").
// Errs on the side of privacy: nobody needs an @ to find an offer.
const EMAIL_LIKE = /[^\s@]@|@[^\s@]/u;
// Seven or more digits in one run, with up to three spaces, dots, dashes, slashes or brackets
// between two of them: phone numbers in any national layout, account and identity numbers.
// (A year range such as "2025-2026" is caught too: better one query too many left out.)
const DIGIT_RUN = /\d(?:[\s./()-]{0,3}\d){6,}/u;

/** True when the text holds something that may identify a person, and must not be stored. */
export function looksPersonal(text: string): boolean {
  return EMAIL_LIKE.test(text) || DIGIT_RUN.test(text);
}

/**
 * What the search log keeps of the words of a search: trimmed, whitespace collapsed,
 * lower-cased, cut to 100 characters. Words that look like an e-mail address or a phone
 * number (checked on the whole text, before it is cut) are not kept at all.
 */
export function normaliseSearchQuery(q: string | null | undefined): NormalisedQuery {
  // Control characters and lone surrogates are not words, and PostgreSQL refuses them in text.
  const text = (q ?? '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  if (!text) return { text: null, redacted: false };
  if (looksPersonal(text)) return { text: null, redacted: true };
  // By code point, so a cut never leaves half a surrogate pair.
  const cut = Array.from(text).slice(0, MAX_LOGGED_QUERY_LENGTH).join('').trimEnd();
  return { text: cut, redacted: false };
}

/** The public filters a logged search may record, and only these (never profile or internal ones). */
export const LOGGED_FILTER_KEYS = [
  'categories',
  'sectors',
  'stages',
  'targetCountries',
  'residenceCountries',
  'deliveryLanguages',
  'formats',
  'freeOnly',
  'minAmountEur',
  'openNow',
  'deadlineBefore',
  'verifiedOnly',
  'diasporaOnly',
] as const satisfies ReadonlyArray<keyof SearchFilters>;
export type LoggedFilterKey = (typeof LOGGED_FILTER_KEYS)[number];
export type LoggedFilters = Partial<Record<LoggedFilterKey, string[] | boolean | number | string>>;

/**
 * The filters used, as the log keeps them: allow-listed keys only, empty ones left out, lists
 * sorted and de-duplicated so the same choice is stored the same way. The values were checked
 * against their allow-lists (taxonomy codes, ISO codes, formats) before the search ran.
 */
export function loggedFilters(filters: SearchFilters): LoggedFilters {
  const out: LoggedFilters = {};
  for (const key of LOGGED_FILTER_KEYS) {
    const value: unknown = filters[key];
    if (Array.isArray(value)) {
      const values = [...new Set(value.filter((v): v is string => typeof v === 'string'))].sort();
      if (values.length) out[key] = values;
    } else if (typeof value === 'boolean') {
      if (value) out[key] = true;
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      out[key] = value;
    } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      out[key] = value;
    }
  }
  return out;
}
