/**
 * schema.org structured data (JSON-LD) for offer and organisation pages, following Google's
 * structured-data guidelines: only what the page itself shows, absolute URLs, ISO codes.
 * Google has no rich result for services; `Organization` takes its recommended properties
 * (name, url, logo, description, email, telephone, sameAs).
 */

export type JsonLd = Record<string, unknown>;

export interface JsonLdOrganisation {
  readonly name: string;
  /** The organisation's page on this site (absolute). */
  readonly url: string;
  readonly kind: string;
  readonly description?: string;
  readonly website?: string | null;
  readonly logoUrl?: string | null;
  readonly email?: string | null;
  readonly telephone?: string | null;
  /** Countries where it operates: ISO code and name in the page language. */
  readonly countries?: ReadonlyArray<{ code: string; name: string }>;
}

export interface JsonLdOffer {
  readonly name: string;
  readonly description?: string;
  /** The offer's page (absolute). */
  readonly url: string;
  readonly inLanguage: string;
  /** The category's label (the kind of service). */
  readonly serviceType?: string;
  readonly provider: JsonLdOrganisation;
  /** Where a project may be: ISO code and name in the page language. */
  readonly areaServed: ReadonlyArray<{ code: string; name: string }>;
  /** Where applicants must live (the audience), when the offer says. */
  readonly residenceCountries?: ReadonlyArray<{ code: string; name: string }>;
  /** Languages the service is delivered in: ISO 639-1 code and name. */
  readonly availableLanguages: ReadonlyArray<{ code: string; name: string }>;
  readonly cost: {
    readonly type: 'free' | 'paid' | 'on_application';
    readonly amountMinor?: number | null;
    /** ISO 4217. */
    readonly currency?: string | null;
    /** Decimal places of the currency (2 for EUR, 0 for XOF). */
    readonly minorDigits?: number;
  };
  /** Last day to apply (`YYYY-MM-DD`), when the offer has one. */
  readonly deadline?: string;
  readonly opensOn?: string;
  /** Where to apply (http(s) only). */
  readonly applyUrl?: string;
}

/** Public bodies publish a `GovernmentService`; everyone else a `Service`. */
const GOVERNMENT_KINDS = new Set(['public_agency']);

function country(c: { code: string; name: string }): JsonLd {
  return { '@type': 'Country', name: c.name, identifier: c.code };
}

export function organisationJsonLd(o: JsonLdOrganisation, withContext = true): JsonLd {
  return compact({
    ...(withContext ? { '@context': 'https://schema.org' } : {}),
    '@type': GOVERNMENT_KINDS.has(o.kind) ? 'GovernmentOrganization' : 'Organization',
    name: o.name,
    url: o.url,
    description: o.description || undefined,
    logo: o.logoUrl || undefined,
    email: o.email || undefined,
    telephone: o.telephone || undefined,
    sameAs: o.website ? [o.website] : undefined,
    areaServed: o.countries?.length ? o.countries.map(country) : undefined,
  });
}

export function offerJsonLd(offer: JsonLdOffer): JsonLd {
  const government = GOVERNMENT_KINDS.has(offer.provider.kind);
  const provider = organisationJsonLd(offer.provider, false);
  return compact({
    '@context': 'https://schema.org',
    '@type': government ? 'GovernmentService' : 'Service',
    name: offer.name,
    description: offer.description || undefined,
    url: offer.url,
    inLanguage: offer.inLanguage,
    serviceType: offer.serviceType || undefined,
    provider,
    ...(government ? { serviceOperator: provider } : {}),
    areaServed: offer.areaServed.length ? offer.areaServed.map(country) : undefined,
    audience: offer.residenceCountries?.length
      ? { '@type': 'BusinessAudience', geographicArea: offer.residenceCountries.map(country) }
      : undefined,
    availableLanguage: offer.availableLanguages.length
      ? offer.availableLanguages.map((l) => ({
          '@type': 'Language',
          name: l.name,
          alternateName: l.code,
        }))
      : undefined,
    availableChannel: offer.applyUrl
      ? { '@type': 'ServiceChannel', serviceUrl: offer.applyUrl }
      : undefined,
    offers: priceOffer(offer),
  });
}

/** schema.org's Offer: `price: 0` when free, the price and currency when paid. */
function priceOffer(offer: JsonLdOffer): JsonLd | undefined {
  const { cost } = offer;
  let price: Record<string, unknown>;
  if (cost.type === 'free') {
    price = { price: 0, ...(cost.currency ? { priceCurrency: cost.currency } : {}) };
  } else if (cost.type === 'paid' && cost.amountMinor != null && cost.currency) {
    const major = cost.amountMinor / 10 ** (cost.minorDigits ?? 2);
    price = { price: Number(major.toFixed(cost.minorDigits ?? 2)), priceCurrency: cost.currency };
  } else return undefined;
  return compact({
    '@type': 'Offer',
    ...price,
    url: offer.url,
    availabilityStarts: offer.opensOn || undefined,
    validThrough: offer.deadline ? `${offer.deadline}T23:59:59Z` : undefined,
  });
}

function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * The JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as JSON
 * escapes, so no text can close the element ("</script>") or open a comment, and the
 * line separators JavaScript parsers once refused.
 */
export function jsonLdScriptContent(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
