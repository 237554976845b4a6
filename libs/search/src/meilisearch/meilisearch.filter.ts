import { ValidationFailedError } from '@app/core';
import type { FacetName, SearchFilters, SearchProfile } from '../engine/search-engine';
import { FACET_ATTRIBUTES } from './meilisearch.settings';

/**
 * Builds Meilisearch filter expressions from the port's filters. Values come from allow-lists,
 * but they are still quoted and escaped here rather than trusted: a value can never close its
 * quotes and add a condition of its own.
 */

/** One condition of the filter; `facet` marks those a facet count must leave out. */
export interface FilterClause {
  readonly facet?: FacetName;
  readonly expression: string;
}

/**
 * A double-quoted filter value. Meilisearch first turns `\"` back into `"` inside the quotes,
 * then unescapes backslash sequences (`\\` → `\`), so backslashes are doubled before quotes are
 * escaped.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute IN ["a", "b"]`: OR within one facet. */
export function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch seconds of a UTC day's first (00:00:00) or last (23:59:59) second. */
export function dayBoundTs(day: string, bound: 'start' | 'end', field: string): number {
  const match = DAY.exec(day);
  const ms = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
  if (!match || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new ValidationFailedError([
      { field, rule: 'isDate', message: 'Expected a calendar date (YYYY-MM-DD).' },
    ]);
  }
  return ms / 1000 + (bound === 'end' ? 86_399 : 0);
}

function amount(value: number, field: string): string {
  if (!Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw new ValidationFailedError([
      { field, rule: 'min', message: 'Expected a non-negative amount.' },
    ]);
  }
  return String(value);
}

const LIST_FILTERS: readonly [keyof SearchFilters, FacetName][] = [
  ['categories', 'category'],
  ['sectors', 'sector'],
  ['stages', 'stage'],
  ['targetCountries', 'targetCountry'],
  ['residenceCountries', 'residenceCountry'],
  ['deliveryLanguages', 'deliveryLanguage'],
  ['formats', 'format'],
];

/** Every condition the filters ask for, in a stable order; AND between them. */
export function filterClauses(filters: SearchFilters, today: string): FilterClause[] {
  const clauses: FilterClause[] = [];
  for (const [key, facet] of LIST_FILTERS) {
    const values = filters[key] as string[] | undefined;
    if (values && values.length > 0) {
      clauses.push({ facet, expression: inList(FACET_ATTRIBUTES[facet], values) });
    }
  }
  if (filters.freeOnly) clauses.push({ expression: 'free = true' });
  if (filters.minAmountEur !== undefined) {
    clauses.push({
      expression: `fundingMaxEur >= ${amount(filters.minAmountEur, 'filters.minAmountEur')}`,
    });
  }
  if (filters.openNow) {
    const todayTs = dayBoundTs(today, 'start', 'today');
    clauses.push({ expression: `opensTs <= ${todayTs} AND deadlineTs >= ${todayTs}` });
  }
  if (filters.deadlineBefore !== undefined) {
    const endTs = dayBoundTs(filters.deadlineBefore, 'end', 'filters.deadlineBefore');
    clauses.push({ expression: `rolling = false AND deadlineTs <= ${endTs}` });
  }
  if (filters.verifiedOnly) clauses.push({ expression: 'organisationVerified = true' });
  if (filters.diasporaOnly) clauses.push({ expression: 'diasporaOnly = true' });
  if (filters.publishedAfterTs !== undefined) {
    const after = amount(Math.floor(filters.publishedAfterTs), 'filters.publishedAfterTs');
    clauses.push({ expression: `publishedTs > ${after}` });
  }
  return clauses;
}

/** The clauses joined with AND, leaving out `exceptFacet`'s own clause (for its counts). */
export function joinClauses(
  clauses: readonly FilterClause[],
  exceptFacet?: FacetName,
): string | undefined {
  const kept = clauses.filter((c) => exceptFacet === undefined || c.facet !== exceptFacet);
  return kept.length > 0 ? kept.map((c) => c.expression).join(' AND ') : undefined;
}

/**
 * Offers that fit the profile on at least one criterion: the reader's residence country is
 * accepted, or one of their target countries, sectors or their stage is served.
 */
export function profileExpression(profile: SearchProfile): string | undefined {
  const parts: string[] = [];
  if (profile.residenceCountry)
    parts.push(inList('residenceCountries', [profile.residenceCountry]));
  if (profile.targetCountries?.length)
    parts.push(inList('targetCountries', profile.targetCountries));
  if (profile.sectors?.length) parts.push(inList('sectorCodes', profile.sectors));
  if (profile.stage) parts.push(inList('stageCodes', [profile.stage]));
  return parts.length > 0 ? parts.join(' OR ') : undefined;
}

/** `base AND (extra)`; `base` is only ever a conjunction, so it needs no parentheses. */
export function andAlso(base: string | undefined, extra: string): string {
  return base ? `${base} AND (${extra})` : `(${extra})`;
}
