import { countryName, languageName } from '@app/core';
import type { SavedSearchQuery } from './saved-search.types';

export type MailLanguage = 'fr' | 'en';

/** The label of a taxonomy code in the reader's language (the code itself when unknown). */
export type TermLabeller = (vocabulary: 'category' | 'sector' | 'stage', code: string) => string;

const WORDS = {
  fr: {
    q: 'Mots-clés',
    category: 'Catégorie',
    sector: 'Secteur',
    stage: 'Stade du projet',
    target: 'Pays du projet',
    residence: 'Pays de résidence',
    language: 'Langue',
    format: 'Format',
    amount: 'Montant',
    atLeast: 'au moins',
    deadline: 'Date limite',
    byDay: 'au plus tard le',
    freeOnly: 'Gratuit uniquement',
    openNow: 'Candidatures ouvertes',
    verifiedOnly: 'Organisations vérifiées uniquement',
    diasporaOnly: 'Réservé à la diaspora',
    everything: 'Toutes les offres',
    formats: { online: 'En ligne', in_person: 'En présentiel', hybrid: 'Hybride' },
    quote: (text: string) => `« ${text} »`,
    locale: 'fr-FR',
  },
  en: {
    q: 'Keywords',
    category: 'Category',
    sector: 'Sector',
    stage: 'Business stage',
    target: 'Project country',
    residence: 'Country of residence',
    language: 'Language',
    format: 'Format',
    amount: 'Amount',
    atLeast: 'at least',
    deadline: 'Deadline',
    byDay: 'by',
    freeOnly: 'Free only',
    openNow: 'Open for applications',
    verifiedOnly: 'Verified organisations only',
    diasporaOnly: 'Diaspora only',
    everything: 'All offers',
    formats: { online: 'Online', in_person: 'In person', hybrid: 'Hybrid' } as Record<
      string,
      string
    >,
    quote: (text: string) => `“${text}”`,
    locale: 'en-GB',
  },
} as const;

/** "Catégorie : Subvention" in French (space before the colon), "Category: Grant" in English. */
const labelled = (lang: MailLanguage, label: string, value: string) =>
  lang === 'fr' ? `${label} : ${value}` : `${label}: ${value}`;

/**
 * The saved search in words, in the reader's language, for the alert e-mail to say which
 * search produced it: "Catégorie : Subvention · Pays du projet : Sénégal".
 */
export function describeSearch(
  query: SavedSearchQuery,
  lang: MailLanguage,
  term: TermLabeller,
): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  const list = (
    label: string,
    values: readonly string[] | undefined,
    name: (v: string) => string,
  ) => {
    if (values?.length) parts.push(labelled(lang, label, values.map(name).join(', ')));
  };
  if (query.q) parts.push(labelled(lang, w.q, w.quote(query.q)));
  list(w.category, query.categories, (c) => term('category', c));
  list(w.sector, query.sectors, (c) => term('sector', c));
  list(w.stage, query.stages, (c) => term('stage', c));
  list(w.target, query.targetCountries, (c) => countryName(c, lang) ?? c);
  list(w.residence, query.residenceCountries, (c) => countryName(c, lang) ?? c);
  list(w.language, query.deliveryLanguages, (c) => languageName(c, lang) ?? c);
  list(w.format, query.formats, (f) => (w.formats as Record<string, string>)[f] ?? f);
  if (query.minAmountEur !== undefined) {
    const amount = new Intl.NumberFormat(w.locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(query.minAmountEur);
    parts.push(labelled(lang, w.amount, `${w.atLeast} ${amount}`));
  }
  if (query.deadlineBefore) {
    const day = new Intl.DateTimeFormat(w.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${query.deadlineBefore}T00:00:00Z`),
    );
    parts.push(labelled(lang, w.deadline, `${w.byDay} ${day}`));
  }
  if (query.freeOnly) parts.push(w.freeOnly);
  if (query.openNow) parts.push(w.openNow);
  if (query.verifiedOnly) parts.push(w.verifiedOnly);
  if (query.diasporaOnly) parts.push(w.diasporaOnly);
  return parts.length ? parts.join(' · ') : w.everything;
}

/** fr or en: the languages alert e-mails are written in (pt/ar readers get French for now). */
export function mailLanguage(lang: string | null | undefined): MailLanguage {
  return lang === 'en' ? 'en' : 'fr';
}
