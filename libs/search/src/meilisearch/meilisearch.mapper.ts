import type { FacetName, SearchHit } from '../engine/search-engine';
import { SEARCH_LANGUAGES, type SearchDocument, type SearchLanguage } from '../search-document';
import { FACET_ATTRIBUTES } from './meilisearch.settings';

/**
 * Meilisearch returns highlighted text raw (not HTML-escaped). It is asked to wrap matches in
 * two private-use characters instead of `<mark>`; the text is then escaped and only those
 * markers become `<mark>`/`</mark>`, so markup written in an offer can never pass through.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
export const HIGHLIGHT_TAGS = { highlightPreTag: MARK_START, highlightPostTag: MARK_END };

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Escaped text with the matches in `<mark>`; unbalanced markers are dropped. */
export function highlightHtml(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

export const stripMarks = (text: string): string => text.replace(/[\uE000\uE001]/g, '');

export function markCount(value: unknown): number {
  if (typeof value === 'string') return value.split(MARK_START).length - 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + markCount(v), 0);
  return 0;
}

export type RawHit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>;
  _federation?: { queriesPosition?: number };
};

/** The stored document, without Meilisearch's `_formatted`, `_rankingScore`, `_federation`… */
export function toSearchDocument(hit: RawHit): SearchDocument {
  return Object.fromEntries(
    Object.entries(hit).filter(([key]) => !key.startsWith('_')),
  ) as unknown as SearchDocument;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The language to show: among the document's languages, the reader's own if its title or
 * summary matched, else the one with most matches; with no match at all, the reader's
 * language if the offer has it, else the offer's first language.
 */
export function matchedLanguage(
  document: SearchDocument,
  formatted: Record<string, unknown>,
  readerLanguage: SearchLanguage,
): SearchLanguage {
  const available =
    document.languages?.length > 0
      ? document.languages
      : SEARCH_LANGUAGES.filter((l) => !!document[`title_${l}`]);
  const marks = (l: SearchLanguage) =>
    markCount(formatted[`title_${l}`]) + markCount(formatted[`summary_${l}`]);
  const matched = available.filter((l) => marks(l) > 0);
  if (matched.includes(readerLanguage)) return readerLanguage;
  if (matched.length > 0) return matched.reduce((best, l) => (marks(l) > marks(best) ? l : best));
  if (available.includes(readerLanguage)) return readerLanguage;
  return available[0] ?? readerLanguage;
}

export function toSearchHit(
  hit: RawHit,
  readerLanguage: SearchLanguage,
  profileMatch: boolean,
): SearchHit {
  const document = toSearchDocument(hit);
  const formatted = hit._formatted ?? {};
  const lang = matchedLanguage(document, formatted, readerLanguage);
  const field = (name: 'title' | 'summary') =>
    textOf(formatted[`${name}_${lang}`]) ?? textOf(document[`${name}_${lang}`]) ?? '';
  return {
    document,
    matchedLanguage: lang,
    highlight: { title: highlightHtml(field('title')), summary: highlightHtml(field('summary')) },
    profileMatch,
    matches: [],
  };
}

type Distribution = Record<string, Record<string, number>> | null | undefined;

/** Counts per facet, each taken from the query that left that facet's own filter out. */
export function facetCounts(
  sources: ReadonlyMap<FacetName, Distribution>,
): Record<FacetName, Record<string, number>> {
  const counts = {} as Record<FacetName, Record<string, number>>;
  for (const facet of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
    counts[facet] = { ...(sources.get(facet)?.[FACET_ATTRIBUTES[facet]] ?? {}) };
  }
  return counts;
}
