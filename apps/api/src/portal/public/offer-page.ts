import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  type OfferContent,
  type TaxonomyTermView,
} from '@app/catalogue';
import type { ExchangeRates } from '@app/core';
import type { OrganisationSummary } from '@app/support-organisation';
import { LANGUAGE_NAMES } from '../web/language';
import type { WebContext } from '../web/web-context';
import { contentLanguage, Formatter, httpUrl, todayIso } from './format';

/** A text in the page language when the offer has it, else in another one (marked with lang). */
export interface LocalText {
  readonly text: string;
  readonly lang?: string;
}

/** What views/public/offer.eta reads of an offer: a published one, or a draft in preview. */
export interface OfferPageOffer {
  readonly id: string;
  readonly slug: string;
  readonly state: string;
  readonly content: OfferContent;
  readonly lastVerifiedAt: Date | null;
  readonly publishedAt: Date | null;
  readonly updatedAt: Date;
}

export interface OfferPageModel {
  readonly fmt: Formatter;
  readonly url: string;
  readonly title: LocalText;
  readonly summary: LocalText;
  readonly description: LocalText;
  readonly titleLang: ContentLanguage;
  readonly expired: boolean;
  /** The template's data, but for the reader's own parts (eligibility, contact form). */
  readonly data: Record<string, unknown>;
}

/**
 * The public offer page's content, shared by the public page and the organisation's preview
 * of a draft, so the preview is the page as it will be published. `languageUrl` gives the
 * address of the page in another content language.
 */
export function offerPageModel(
  web: WebContext,
  input: {
    offer: OfferPageOffer;
    terms: readonly TaxonomyTermView[];
    organisation: OrganisationSummary;
    languageUrl?: (lang: ContentLanguage) => string;
    /** For the "≈ … €" beside amounts in other currencies. */
    rates?: ExchangeRates;
  },
): OfferPageModel {
  const { offer, organisation } = input;
  const c = offer.content;
  const fmt = new Formatter(web.lang, input.terms, input.rates);
  const today = todayIso();
  const pick = (field: 'title' | 'summary' | 'description'): LocalText => {
    const l = contentLanguage((x) => !!c.translations[x]?.[field]?.trim(), web.lang);
    const value = l ? (c.translations[l]?.[field]?.trim() ?? '') : '';
    return { text: value, lang: l && l !== web.lang ? l : undefined };
  };
  const title = pick('title');
  const summary = pick('summary');
  const description = pick('description');
  const titleLang = (title.lang ?? web.lang) as ContentLanguage;
  const otherLanguages = CONTENT_LANGUAGES.filter(
    (l) => l !== titleLang && !!c.translations[l]?.title?.trim(),
  );
  const conditions = c.eligibility.otherConditions ?? {};
  const conditionsLang = contentLanguage((l) => !!conditions[l]?.trim(), web.lang);
  const deadline = c.dates.deadline ?? null;
  const expired = offer.state === 'expired' || (!c.dates.rolling && !!deadline && deadline < today);
  const amount = fmt.amount(web.t, c.funding?.minMinor, c.funding?.maxMinor, c.funding?.currency);
  const age =
    c.eligibility.ageMin != null || c.eligibility.ageMax != null
      ? c.eligibility.ageMin != null && c.eligibility.ageMax != null
        ? web.t('offer.age.range', { min: c.eligibility.ageMin, max: c.eligibility.ageMax })
        : c.eligibility.ageMin != null
          ? web.t('offer.age.min', { min: c.eligibility.ageMin })
          : web.t('offer.age.max', { max: c.eligibility.ageMax! })
      : undefined;
  const location = c.location
    ? [
        c.location.address,
        c.location.city,
        c.location.countryCode && fmt.country(c.location.countryCode),
      ]
        .filter((x): x is string => !!x && x.trim() !== '')
        .join(web.lang === 'ar' ? '، ' : ', ')
    : '';
  const cost =
    c.cost.type === 'paid' && c.cost.amountMinor != null && c.cost.currency
      ? web.t('cost.paidAmount', { amount: fmt.money(c.cost.amountMinor, c.cost.currency) })
      : web.t(`cost.${c.cost.type}`);
  const url = `/offres/${encodeURIComponent(offer.slug)}`;
  const languageUrl = input.languageUrl ?? ((l: ContentLanguage) => `${url}?lang=${l}`);
  return {
    fmt,
    url,
    title,
    summary,
    description,
    titleLang,
    expired,
    data: {
      styles: ['public.css'],
      offer,
      url,
      fmt,
      title,
      summary,
      description,
      otherLanguages: otherLanguages.map((l) => ({
        lang: l,
        name: LANGUAGE_NAMES[l],
        url: languageUrl(l),
      })),
      organisation: {
        ...organisation,
        url: `/organisations/${encodeURIComponent(organisation.slug)}`,
      },
      category: fmt.term('category', c.categoryCode),
      sectors: c.sectorCodes.map((s) => fmt.term('sector', s)),
      stages: c.stageCodes.map((s) => fmt.term('stage', s)),
      residenceCountries: c.eligibility.residenceCountries.length
        ? fmt.countries(c.eligibility.residenceCountries)
        : undefined,
      targetCountries: c.eligibility.targetCountries.length
        ? fmt.countries(c.eligibility.targetCountries)
        : undefined,
      age,
      conditions: conditionsLang
        ? {
            text: conditions[conditionsLang]!.trim(),
            lang: conditionsLang === web.lang ? undefined : conditionsLang,
          }
        : undefined,
      deliveryLanguages: fmt.languages(c.deliveryLanguages),
      location,
      cost,
      costEuros:
        c.cost.type === 'paid'
          ? fmt.euros(web.t, c.cost.amountMinor, null, c.cost.currency)
          : undefined,
      amount,
      amountEuros: fmt.euros(web.t, c.funding?.minMinor, c.funding?.maxMinor, c.funding?.currency),
      deadline: deadline && !c.dates.rolling ? deadline : undefined,
      expired,
      // Published offers go through the counting redirect (GET /offres/:slug/postuler).
      applyUrl:
        httpUrl(c.apply.url) &&
        (offer.state === 'published' ? `${url}/postuler` : httpUrl(c.apply.url)),
    },
  };
}
