import { stringify } from 'csv-stringify/sync';
import type { PublicOfferView, TaxonomyTermView, TaxonomyVocabulary } from '@app/catalogue';
import { countryName, languageName } from '@app/core';
import type { PublicOrganisationView } from '@app/support-organisation';
import { hsdsDateTime, majorAmount } from './hsds-mapper';

/**
 * The catalogue in plain columns for spreadsheet users: one row per published offer, names
 * rather than codes (French), amounts in the currency's unit, lists joined with " | ".
 * UTF-8 with a byte-order mark so Excel reads the accents, and no cell can be a formula.
 */
export const OFFER_CSV_COLUMNS = [
  'id',
  'url',
  'titre',
  'title_en',
  'resume',
  'summary_en',
  'organisation',
  'organisation_url',
  'categorie',
  'secteurs',
  'stades',
  'pays_de_residence',
  'pays_du_projet',
  'diaspora_uniquement',
  'public_genre',
  'age_min',
  'age_max',
  'langues',
  'format',
  'ville',
  'pays_du_lieu',
  'cout',
  'prix',
  'devise_prix',
  'montant_min',
  'montant_max',
  'devise_montant',
  'ouverture',
  'date_limite',
  'toute_l_annee',
  'debut',
  'fin',
  'candidature_url',
  'candidature_email',
  'contact_nom',
  'contact_email',
  'contact_telephone',
  'mots_cles',
  'derniere_verification',
  'mise_a_jour',
] as const;

export const UTF8_BOM = '\uFEFF';

/**
 * OWASP's rule against CSV injection: a cell starting with =, +, -, @, a tab or a carriage
 * return is read as a formula by spreadsheets, so it gets a leading apostrophe.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const LIST = ' | ';
const COST = { free: 'gratuit', paid: 'payant', on_application: 'sur demande' } as const;
const FORMAT = { online: 'en ligne', in_person: 'en présentiel', hybrid: 'hybride' } as const;
const GENDER = { any: 'tous', women: 'femmes', men: 'hommes' } as const;

export type TermNames = (vocabulary: TaxonomyVocabulary, code: string) => string;

export function termNames(terms: readonly TaxonomyTermView[]): TermNames {
  const byKey = new Map(terms.map((t) => [`${t.vocabulary}:${t.code}`, t.labels.fr]));
  return (vocabulary, code) => byKey.get(`${vocabulary}:${code}`) ?? code;
}

export function offerCsvHeader(): string {
  return UTF8_BOM + stringify([[...OFFER_CSV_COLUMNS]], { record_delimiter: '\r\n' });
}

export function offerCsvLines(
  rows: ReadonlyArray<{ offer: PublicOfferView; organisation: PublicOrganisationView }>,
  names: TermNames,
  publicUrl: string,
): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map(({ offer, organisation }) =>
      offerCsvRow(offer, organisation, names, publicUrl).map((v) => safeCell(v)),
    ),
    { record_delimiter: '\r\n' },
  );
}

export function offerCsvRow(
  offer: PublicOfferView,
  organisation: PublicOrganisationView,
  names: TermNames,
  publicUrl: string,
): string[] {
  const c = offer.content;
  const e = c.eligibility;
  const text = (v: string | number | null | undefined) => (v == null ? '' : String(v).trim());
  const amount = (minor: number | null | undefined, currency: string | null | undefined) =>
    minor != null && currency ? String(majorAmount(minor, currency)) : '';
  const countryList = (codes: readonly string[]) =>
    codes.map((code) => countryName(code, 'fr') ?? code).join(LIST);
  const row: Record<(typeof OFFER_CSV_COLUMNS)[number], string> = {
    id: offer.id,
    url: `${publicUrl}/offres/${encodeURIComponent(offer.slug)}`,
    titre: text(c.translations.fr?.title),
    title_en: text(c.translations.en?.title),
    resume: text(c.translations.fr?.summary),
    summary_en: text(c.translations.en?.summary),
    organisation: organisation.name,
    organisation_url: `${publicUrl}/organisations/${encodeURIComponent(organisation.slug)}`,
    categorie: names('category', c.categoryCode),
    secteurs: c.sectorCodes.map((code) => names('sector', code)).join(LIST),
    stades: c.stageCodes.map((code) => names('stage', code)).join(LIST),
    pays_de_residence: countryList(e.residenceCountries),
    pays_du_projet: countryList(e.targetCountries),
    diaspora_uniquement: e.diasporaOnly ? 'oui' : 'non',
    public_genre: GENDER[e.genderFocus],
    age_min: text(e.ageMin),
    age_max: text(e.ageMax),
    langues: c.deliveryLanguages.map((code) => languageName(code, 'fr') ?? code).join(LIST),
    format: FORMAT[c.format],
    ville: text(c.location?.city),
    pays_du_lieu: c.location?.countryCode
      ? (countryName(c.location.countryCode, 'fr') ?? c.location.countryCode)
      : '',
    cout: COST[c.cost.type],
    prix: amount(c.cost.amountMinor, c.cost.currency),
    devise_prix: text(c.cost.currency),
    montant_min: amount(c.funding?.minMinor, c.funding?.currency),
    montant_max: amount(c.funding?.maxMinor, c.funding?.currency),
    devise_montant: text(c.funding?.currency),
    ouverture: text(c.dates.opensOn),
    date_limite: text(c.dates.deadline),
    toute_l_annee: c.dates.rolling ? 'oui' : 'non',
    debut: text(c.dates.startsOn),
    fin: text(c.dates.endsOn),
    candidature_url: text(c.apply.url),
    candidature_email: text(c.apply.email),
    contact_nom: text(c.contact?.name),
    contact_email: text(c.contact?.email),
    contact_telephone: text(c.contact?.phone),
    mots_cles: c.tags.join(LIST),
    derniere_verification: offer.lastVerifiedAt
      ? offer.lastVerifiedAt.toISOString().slice(0, 10)
      : '',
    mise_a_jour: hsdsDateTime(offer.updatedAt),
  };
  return OFFER_CSV_COLUMNS.map((column) => row[column]);
}
