import {
  CONTENT_LANGUAGES,
  titleIn,
  type ContentLanguage,
  type OfferContent,
  type PublicOfferView,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
  type TermLabels,
} from '@app/catalogue';
import { countryName, isCurrencyCode, languageName, minorUnits } from '@app/core';
import type { PublicOrganisationView } from '@app/support-organisation';
import { derivedId } from './hsds-ids';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsCostOption,
  HsdsFunding,
  HsdsOrganization,
  HsdsService,
  HsdsServiceSummary,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './hsds-types';

/**
 * Pure mapping of the public catalogue to HSDS 3.0 (docs/open-data/export.md has the table).
 * Only what the public pages already show goes out: the offer's live content (never a pending
 * revision), the organisation's public profile, and the offer's own public contact.
 * Texts are in French, falling back through the other content languages; an English title
 * different from the French one is the `alternate_name`.
 */

/** Where links in the export point (PUBLIC_URL, without a trailing slash). */
export interface ExportContext {
  readonly publicUrl: string;
  /** Every term of the vocabularies (retired ones too: published offers may still carry them). */
  readonly terms: readonly TaxonomyTermView[];
}

export const EXPORT_LANGUAGE: ContentLanguage = 'fr';

/** Our vocabularies as HSDS taxonomies, plus the eligibility criteria as attribute terms. */
type ExportVocabulary = TaxonomyVocabulary | 'eligibility';

const TAXONOMY_TEXT: Record<ExportVocabulary, { name: string; description: string }> = {
  category: {
    name: 'Passerelle — catégories d’offres',
    description: 'Kind of support an offer gives (financing, training, mentoring…).',
  },
  sector: {
    name: 'Passerelle — secteurs',
    description: 'Business sectors an offer is for.',
  },
  stage: {
    name: 'Passerelle — stades du projet',
    description: 'Business stages an offer is for (idea, creation, early, growth, established).',
  },
  eligibility: {
    name: 'Passerelle — critères d’éligibilité',
    description:
      'Machine-readable eligibility of an offer; the attribute value holds the criterion (a country code, true, a gender focus).',
  },
};

const ELIGIBILITY_TERMS: Record<string, TermLabels> = {
  residence_country: { fr: 'Pays de résidence', en: 'Country of residence' },
  target_country: { fr: 'Pays du projet', en: 'Country of the project' },
  diaspora_only: { fr: 'Réservé à la diaspora', en: 'Diaspora only' },
  gender_focus: { fr: 'Public visé (genre)', en: 'Gender focus' },
};

export function taxonomyId(vocabulary: ExportVocabulary): string {
  return derivedId('taxonomy', vocabulary);
}

export function termId(vocabulary: ExportVocabulary, code: string): string {
  return derivedId('taxonomy_term', vocabulary, code);
}

export function hsdsTaxonomies(): HsdsTaxonomy[] {
  return (Object.keys(TAXONOMY_TEXT) as ExportVocabulary[]).map((vocabulary) => ({
    id: taxonomyId(vocabulary),
    ...TAXONOMY_TEXT[vocabulary],
    version: '1',
  }));
}

function termOf(
  vocabulary: ExportVocabulary,
  code: string,
  labels: TermLabels | undefined,
  parentCode: string | null = null,
): HsdsTaxonomyTerm {
  const fr = labels?.fr ?? code;
  const en = labels?.en ?? code;
  return {
    id: termId(vocabulary, code),
    // Codes are unique per vocabulary only; the table wants them unique.
    code: `${vocabulary}:${code}`,
    name: fr,
    description: fr === en ? fr : `${fr} (en: ${en})`,
    ...(parentCode ? { parent_id: termId(vocabulary, parentCode) } : {}),
    taxonomy: TAXONOMY_TEXT[vocabulary].name,
    language: 'fr',
    taxonomy_id: taxonomyId(vocabulary),
  };
}

/** Every term of the taxonomy table: the vocabularies' terms and the eligibility criteria. */
export function hsdsTaxonomyTerms(context: ExportContext): HsdsTaxonomyTerm[] {
  return [
    ...context.terms.map((t) => termOf(t.vocabulary, t.code, t.labels, t.parentCode)),
    ...Object.entries(ELIGIBILITY_TERMS).map(([code, labels]) =>
      termOf('eligibility', code, labels),
    ),
  ];
}

function textIn(
  pick: (lang: ContentLanguage) => string | undefined,
  preferred: ContentLanguage = EXPORT_LANGUAGE,
): string | undefined {
  for (const lang of [preferred, ...CONTENT_LANGUAGES.filter((l) => l !== preferred)]) {
    const text = pick(lang)?.trim();
    if (text) return text;
  }
  return undefined;
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

/** RFC 3339 without milliseconds: what both JSON Schema `date-time` and Frictionless `datetime` read. */
export function hsdsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An amount in minor units as a number in the currency's major unit (XOF 0 digits, EUR 2). */
export function majorAmount(minor: number, currency: string): number {
  const digits = isCurrencyCode(currency) ? minorUnits(currency) : 2;
  return minor / 10 ** digits;
}

function money(minor: number, currency: string): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }).format(
    majorAmount(minor, currency),
  )} ${currency}`;
}

export function hsdsOrganization(
  organisation: PublicOrganisationView,
  context: Pick<ExportContext, 'publicUrl'>,
): HsdsOrganization {
  const phone = organisation.contactPhone?.trim();
  return definedOnly({
    id: organisation.id,
    name: organisation.name,
    // Required by HSDS; an organisation without a description is described by its name.
    description: textIn((l) => organisation.description[l]) ?? organisation.name,
    email: organisation.contactEmail ?? undefined,
    website: organisation.website ?? undefined,
    logo: organisation.logoUrl ?? undefined,
    uri: `${context.publicUrl}/organisations/${encodeURIComponent(organisation.slug)}`,
    phones: phone
      ? [
          {
            id: derivedId('organization_phone', organisation.id),
            organization_id: organisation.id,
            number: phone,
          },
        ]
      : undefined,
  });
}

function countries(codes: readonly string[]): string {
  return [...new Set(codes)].map((c) => countryName(c, 'fr') ?? c).join(', ');
}

/** Eligibility in one French paragraph (the structured form is in the attributes). */
export function eligibilityDescription(content: OfferContent): string {
  const e = content.eligibility;
  const parts: string[] = [];
  if (e.residenceCountries.length)
    parts.push(`Pays de résidence : ${countries(e.residenceCountries)}.`);
  if (e.targetCountries.length) parts.push(`Pays du projet : ${countries(e.targetCountries)}.`);
  if (e.diasporaOnly) parts.push('Réservé aux entrepreneurs de la diaspora.');
  if (e.genderFocus === 'women') parts.push('Pour les femmes.');
  if (e.genderFocus === 'men') parts.push('Pour les hommes.');
  if (e.ageMin != null && e.ageMax != null) parts.push(`Âge : ${e.ageMin} à ${e.ageMax} ans.`);
  else if (e.ageMin != null) parts.push(`Âge : ${e.ageMin} ans et plus.`);
  else if (e.ageMax != null) parts.push(`Âge : jusqu’à ${e.ageMax} ans.`);
  const other = textIn((l) => e.otherConditions?.[l]);
  if (other) parts.push(other);
  return parts.length ? parts.join(' ') : 'Ouvert à tous.';
}

export function feesDescription(content: OfferContent): string {
  const { cost } = content;
  if (cost.type === 'free') return 'Gratuit.';
  if (cost.type === 'on_application') return 'Tarif sur demande.';
  return cost.amountMinor != null && cost.currency
    ? `Payant : ${money(cost.amountMinor, cost.currency)}.`
    : 'Payant.';
}

export function applicationProcess(content: OfferContent): string {
  const { apply, dates } = content;
  const parts: string[] = [];
  if (apply.url) parts.push(`Candidater : ${apply.url}`);
  if (apply.email) parts.push(`Candidater par e-mail : ${apply.email}`);
  if (dates.opensOn) parts.push(`Ouverture : ${dates.opensOn}`);
  parts.push(dates.rolling ? 'Candidatures toute l’année' : `Date limite : ${dates.deadline}`);
  return `${parts.join('. ')}.`;
}

function costOptions(offer: PublicOfferView): HsdsCostOption[] {
  const { cost } = offer.content;
  const id = derivedId('cost_option', offer.id);
  if (cost.type === 'free') return [{ id, service_id: offer.id, option: 'Gratuit', amount: 0 }];
  if (cost.type === 'on_application')
    return [
      {
        id,
        service_id: offer.id,
        option: 'Sur demande',
        amount_description: 'Tarif communiqué sur demande.',
      },
    ];
  return [
    definedOnly({
      id,
      service_id: offer.id,
      option: 'Payant',
      currency: cost.currency ?? undefined,
      amount:
        cost.amountMinor != null && cost.currency
          ? majorAmount(cost.amountMinor, cost.currency)
          : undefined,
    }),
  ];
}

function funding(offer: PublicOfferView, organisation: PublicOrganisationView): HsdsFunding[] {
  const range = offer.content.funding;
  if (!range) return [];
  const { minMinor, maxMinor, currency } = range;
  const amount =
    minMinor != null && maxMinor != null
      ? `de ${money(minMinor, currency)} à ${money(maxMinor, currency)}`
      : minMinor != null
        ? `à partir de ${money(minMinor, currency)}`
        : `jusqu’à ${money(maxMinor ?? 0, currency)}`;
  return [
    {
      id: derivedId('funding', offer.id),
      service_id: offer.id,
      source: `${organisation.name} : financement ${amount}.`,
    },
  ];
}

/** The offer's public contact only (what the offer page shows): never a member's account. */
function contacts(offer: PublicOfferView): HsdsContact[] {
  const contact = offer.content.contact;
  const name = contact?.name?.trim();
  const email = contact?.email?.trim();
  const phone = contact?.phone?.trim();
  if (!name && !email && !phone) return [];
  const id = derivedId('contact', offer.id);
  return [
    definedOnly({
      id,
      service_id: offer.id,
      name,
      email,
      phones: phone
        ? [{ id: derivedId('contact_phone', offer.id), contact_id: id, number: phone }]
        : undefined,
    }),
  ];
}

function attributes(offer: PublicOfferView, context: ExportContext): HsdsAttribute[] {
  const c = offer.content;
  const labels = new Map(context.terms.map((t) => [`${t.vocabulary}:${t.code}`, t]));
  const out: HsdsAttribute[] = [];
  const add = (vocabulary: ExportVocabulary, code: string, value?: string) => {
    const known = labels.get(`${vocabulary}:${code}`);
    const term = termOf(
      vocabulary,
      code,
      known?.labels ?? ELIGIBILITY_TERMS[code],
      known?.parentCode ?? null,
    );
    out.push(
      definedOnly({
        id: derivedId('attribute', offer.id, vocabulary, code, value ?? ''),
        link_id: offer.id,
        taxonomy_term_id: term.id,
        link_type: vocabulary,
        link_entity: 'service' as const,
        value,
        taxonomy_term: term,
      }),
    );
  };
  add('category', c.categoryCode);
  for (const code of new Set(c.sectorCodes)) add('sector', code);
  for (const code of new Set(c.stageCodes)) add('stage', code);
  const e = c.eligibility;
  for (const country of new Set(e.residenceCountries))
    add('eligibility', 'residence_country', country);
  for (const country of new Set(e.targetCountries)) add('eligibility', 'target_country', country);
  if (e.diasporaOnly) add('eligibility', 'diaspora_only', 'true');
  if (e.genderFocus !== 'any') add('eligibility', 'gender_focus', e.genderFocus);
  return out;
}

export function hsdsServiceSummary(
  offer: PublicOfferView,
  organisation: PublicOrganisationView,
  context: ExportContext,
): HsdsServiceSummary {
  const c = offer.content;
  const name = titleIn(c, EXPORT_LANGUAGE);
  const english = c.translations.en?.title?.trim();
  const contact = c.contact?.email?.trim();
  return definedOnly({
    id: offer.id,
    organization_id: offer.organisationId,
    name,
    alternate_name: english && english !== name ? english : undefined,
    description:
      textIn((l) => c.translations[l]?.description) ??
      textIn((l) => c.translations[l]?.summary) ??
      name,
    url: `${context.publicUrl}/offres/${encodeURIComponent(offer.slug)}`,
    email: contact || c.apply.email?.trim() || undefined,
    status: 'active' as const,
    application_process: applicationProcess(c),
    fees_description: feesDescription(c),
    eligibility_description: eligibilityDescription(c),
    minimum_age: c.eligibility.ageMin ?? undefined,
    maximum_age: c.eligibility.ageMax ?? undefined,
    // HSDS's "last checked by a person": our last verified date, not the last edit.
    assured_date: offer.lastVerifiedAt?.toISOString().slice(0, 10),
    last_modified: hsdsDateTime(offer.updatedAt),
    organization: hsdsOrganization(organisation, context),
  });
}

/** The fully nested service of an offer (`/services/{id}`, and the source of every CSV row). */
export function hsdsService(
  offer: PublicOfferView,
  organisation: PublicOrganisationView,
  context: ExportContext,
): HsdsService {
  const c = offer.content;
  return {
    ...hsdsServiceSummary(offer, organisation, context),
    service_areas: [...new Set(c.eligibility.targetCountries)].map((code) => ({
      id: derivedId('service_area', offer.id, code),
      service_id: offer.id,
      name: countryName(code, 'fr') ?? code,
      description: `ISO 3166-1 alpha-2: ${code}`,
    })),
    languages: [...new Set(c.deliveryLanguages)].map((code) => ({
      id: derivedId('language', offer.id, code),
      service_id: offer.id,
      name: languageName(code, 'fr') ?? code,
      code,
    })),
    cost_options: costOptions(offer),
    funding: funding(offer, organisation),
    contacts: contacts(offer),
    attributes: attributes(offer, context),
  };
}
