import { isCurrencyCode, minorUnits } from '@app/core';
import type { PublicOfferView } from '@app/catalogue';
import { jsonLdScriptContent, offerJsonLd, organisationJsonLd } from '@app/open-data';
import type { OrganisationSummary, PublicOrganisationView } from '@app/support-organisation';
import { absoluteUrl } from '../web/web-context';
import { httpUrl, type Formatter } from './format';

/** The schema.org `Service` (or `GovernmentService`) of an offer page, ready for the layout. */
export function offerStructuredData(input: {
  offer: PublicOfferView;
  organisation: OrganisationSummary;
  fmt: Formatter;
  title: string;
  /** The summary (or the start of the description) shown on the page. */
  description: string;
  /** The language of the title and description. */
  inLanguage: string;
}): string {
  const { offer, organisation, fmt } = input;
  const c = offer.content;
  const countries = c.eligibility.targetCountries.length
    ? c.eligibility.targetCountries
    : c.location?.countryCode
      ? [c.location.countryCode]
      : [];
  const currency = c.cost.currency ?? undefined;
  return jsonLdScriptContent(
    offerJsonLd({
      name: input.title,
      description: input.description,
      url: absoluteUrl(`/offres/${encodeURIComponent(offer.slug)}`),
      inLanguage: input.inLanguage,
      serviceType: fmt.term('category', c.categoryCode),
      provider: {
        name: organisation.name,
        kind: organisation.kind,
        url: absoluteUrl(`/organisations/${encodeURIComponent(organisation.slug)}`),
      },
      areaServed: countries.map((code) => ({ code, name: fmt.country(code) })),
      residenceCountries: c.eligibility.residenceCountries.map((code) => ({
        code,
        name: fmt.country(code),
      })),
      availableLanguages: c.deliveryLanguages.map((code) => ({ code, name: fmt.language(code) })),
      cost: {
        type: c.cost.type,
        amountMinor: c.cost.amountMinor,
        currency,
        minorDigits: currency && isCurrencyCode(currency) ? minorUnits(currency) : 2,
      },
      deadline: !c.dates.rolling && c.dates.deadline ? c.dates.deadline : undefined,
      opensOn: c.dates.opensOn ?? undefined,
      applyUrl: httpUrl(c.apply.url),
    }),
  );
}

/** The schema.org `Organization` of an organisation page, ready for the layout. */
export function organisationStructuredData(
  organisation: PublicOrganisationView,
  description: string,
  fmt: Formatter,
): string {
  return jsonLdScriptContent(
    organisationJsonLd({
      name: organisation.name,
      url: absoluteUrl(`/organisations/${encodeURIComponent(organisation.slug)}`),
      kind: organisation.kind,
      description,
      website: httpUrl(organisation.website),
      logoUrl: httpUrl(organisation.logoUrl),
      email: organisation.contactEmail,
      telephone: organisation.contactPhone,
      countries: organisation.countriesOfOperation.map((code) => ({
        code,
        name: fmt.country(code),
      })),
    }),
  );
}
