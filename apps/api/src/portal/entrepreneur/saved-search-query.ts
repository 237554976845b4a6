import type { FieldViolation } from '@app/core';
import type { SavedSearchQuery } from '@app/entrepreneur-profile';
import { SORTS } from '@app/search';
import { FLAG_FIELDS, LIST_FIELDS } from '../search-query';
import { list, text, type FormBody } from '../web/forms';
import type { Translate } from '../web/i18n';
import type { Formats, ReferenceLabels } from './page-helpers';

/** The search page's fields a saved search or an alert form carries (all but the page). */
const QUERY_FIELDS = [
  'q',
  ...LIST_FIELDS,
  ...FLAG_FIELDS,
  'minAmount',
  'deadlineBefore',
  'sort',
] as const;

/** A checkbox of the search form: `true` (or a browser's `on`/`1`), `false`, or as sent. */
function flag(form: FormBody, name: string): string | undefined {
  const value = text(form, name);
  if (value === '') return undefined;
  if (['true', 'on', '1'].includes(value)) return 'true';
  return value;
}

/**
 * The search fields of a form as the `search` object of the API's saved-search and alert
 * bodies (SearchFiltersDto: lists as arrays, flags as "true"/"false"), and the sort, which a
 * saved search does not keep but must still be a sort the search page knows.
 */
export function searchFromForm(form: FormBody): {
  search: Record<string, unknown>;
  violations: FieldViolation[];
} {
  const search: Record<string, unknown> = {};
  const q = text(form, 'q');
  if (q) search.q = q;
  for (const name of LIST_FIELDS) {
    const values = list(form, name);
    if (values.length) search[name] = values;
  }
  for (const name of FLAG_FIELDS) {
    const value = flag(form, name);
    if (value !== undefined) search[name] = value;
  }
  const minAmount = text(form, 'minAmount').replace(/[\s\u00a0\u202f]/g, '');
  if (minAmount) search.minAmount = minAmount;
  const deadlineBefore = text(form, 'deadlineBefore');
  if (deadlineBefore) search.deadlineBefore = deadlineBefore;
  const violations: FieldViolation[] = [];
  const sort = text(form, 'sort');
  if (sort && !(SORTS as readonly string[]).includes(sort)) {
    violations.push({
      field: 'sort',
      rule: 'isIn',
      message: `sort must be one of: ${SORTS.join(', ')}`,
    });
  }
  return { search, violations };
}

/** The same search as hidden fields, to carry it through a form that asks for more. */
export function hiddenFieldsOf(form: FormBody): Array<{ name: string; value: string }> {
  return QUERY_FIELDS.flatMap((name) => list(form, name).map((value) => ({ name, value })));
}

/** The search page's address for a stored search (lists as repeated parameters). */
export function searchUrl(query: SavedSearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.append('q', query.q);
  const lists: Array<[string, readonly string[] | undefined]> = [
    ['category', query.categories],
    ['sector', query.sectors],
    ['stage', query.stages],
    ['targetCountry', query.targetCountries],
    ['residenceCountry', query.residenceCountries],
    ['language', query.deliveryLanguages],
    ['format', query.formats],
  ];
  for (const [name, values] of lists) for (const v of values ?? []) params.append(name, v);
  if (query.freeOnly) params.append('free', 'true');
  if (query.minAmountEur !== undefined) params.append('minAmount', String(query.minAmountEur));
  if (query.openNow) params.append('openNow', 'true');
  if (query.deadlineBefore) params.append('deadlineBefore', query.deadlineBefore);
  if (query.verifiedOnly) params.append('verified', 'true');
  if (query.diasporaOnly) params.append('diasporaOnly', 'true');
  const search = params.toString();
  return search ? `/recherche?${search}` : '/recherche';
}

export interface Criterion {
  /** The search page's field name (for ids and error links). */
  readonly field: string;
  readonly label: string;
  readonly value: string;
}

/** The search in words, criterion by criterion, in the page's language. */
export function describeQuery(
  query: SavedSearchQuery,
  t: Translate,
  labels: ReferenceLabels,
  fmt: Formats,
): Criterion[] {
  const out: Criterion[] = [];
  const add = (field: string, value: string) =>
    out.push({ field, label: t(`query.${field}`), value });
  const addList = (
    field: string,
    values: readonly string[] | undefined,
    name: (code: string) => string,
  ) => {
    if (values?.length) add(field, values.map(name).join(', '));
  };
  if (query.q) add('q', fmt.lang === 'fr' ? `« ${query.q} »` : `“${query.q}”`);
  addList('category', query.categories, (c) => labels.term('category', c));
  addList('sector', query.sectors, (c) => labels.term('sector', c));
  addList('stage', query.stages, (c) => labels.term('stage', c));
  addList('targetCountry', query.targetCountries, (c) => labels.country(c));
  addList('residenceCountry', query.residenceCountries, (c) => labels.country(c));
  addList('language', query.deliveryLanguages, (c) => labels.language(c));
  addList('format', query.formats, (f) => {
    const key = `format.${f}`;
    return t(key) === key ? f : t(key);
  });
  if (query.minAmountEur !== undefined)
    add('minAmount', t('query.minAmount.value', { amount: fmt.euros(query.minAmountEur) }));
  if (query.deadlineBefore)
    add('deadlineBefore', t('query.deadlineBefore.value', { date: fmt.day(query.deadlineBefore) }));
  const yes = t('query.yes');
  if (query.freeOnly) add('free', yes);
  if (query.openNow) add('openNow', yes);
  if (query.verifiedOnly) add('verified', yes);
  if (query.diasporaOnly) add('diasporaOnly', yes);
  return out;
}

/** One line: "Catégorie : Subvention · Pays du projet : Sénégal", or "Toutes les offres". */
export function queryInWords(criteria: readonly Criterion[], t: Translate, lang: string): string {
  if (!criteria.length) return t('query.everything');
  const sep = lang === 'fr' ? ' : ' : ': ';
  return criteria
    .map((c) => (c.value === t('query.yes') ? c.label : `${c.label}${sep}${c.value}`))
    .join(' · ');
}

/**
 * Violations about the search (from the API's DTO or from SearchService) as lines naming
 * the field: `search.category` → "Catégorie : category: unknown value(s) "nope"…".
 */
export function searchProblems(
  violations: readonly FieldViolation[],
  t: Translate,
): Array<{ field: string; label: string; message: string }> {
  return violations.map((v) => {
    const field = v.field.replace(/^search\./, '');
    const key = `query.${field}`;
    return { field, label: t(key) === key ? field : t(key), message: v.message };
  });
}
