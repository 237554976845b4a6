import { countryName, isLocale, languageName, MailWords, type Locale } from '@app/core';
import type { SavedSearchQuery } from './saved-search.types';

export type MailLanguage = Locale;

/** The label of a taxonomy code in the reader's language (the code itself when unknown). */
export type TermLabeller = (vocabulary: 'category' | 'sector' | 'stage', code: string) => string;

const NUMBER_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', pt: 'pt-PT', ar: 'ar' };

/**
 * The saved search in words, in the reader's language, for the alert e-mail to say which
 * search produced it: "Catégorie : Subvention · Pays du projet : Sénégal".
 */
export function describeSearch(
  query: SavedSearchQuery,
  lang: MailLanguage,
  term: TermLabeller,
): string {
  const w = new MailWords(lang);
  const parts: string[] = [];
  const pair = (label: string, value: string) =>
    parts.push(w.t('search.pair', { label: w.t(`search.${label}`), value }));
  const list = (
    label: string,
    values: readonly string[] | undefined,
    name: (v: string) => string,
  ) => {
    if (values?.length) pair(label, values.map(name).join(', '));
  };
  if (query.q) pair('q', w.t('search.quoted', { text: query.q }));
  list('category', query.categories, (c) => term('category', c));
  list('sector', query.sectors, (c) => term('sector', c));
  list('stage', query.stages, (c) => term('stage', c));
  list('target', query.targetCountries, (c) => countryName(c, lang) ?? c);
  list('residence', query.residenceCountries, (c) => countryName(c, lang) ?? c);
  list('language', query.deliveryLanguages, (c) => languageName(c, lang) ?? c);
  list('format', query.formats, (f) => {
    const name = w.t(`search.format.${f}`);
    return name === `search.format.${f}` ? f : name;
  });
  if (query.minAmountEur !== undefined) {
    const amount = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(query.minAmountEur);
    pair('amount', w.t('search.atLeast', { amount }));
  }
  if (query.deadlineBefore)
    pair('deadline', w.t('search.byDay', { date: w.day(query.deadlineBefore) }));
  if (query.freeOnly) parts.push(w.t('search.freeOnly'));
  if (query.openNow) parts.push(w.t('search.openNow'));
  if (query.verifiedOnly) parts.push(w.t('search.verifiedOnly'));
  if (query.diasporaOnly) parts.push(w.t('search.diasporaOnly'));
  return parts.length ? parts.join(' · ') : w.t('search.everything');
}

/** The language alert e-mails are written in: the one asked for, French otherwise. */
export function mailLanguage(lang: string | null | undefined): MailLanguage {
  return isLocale(lang) ? lang : 'fr';
}
