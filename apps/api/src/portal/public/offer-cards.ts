import type { PublicOfferView } from '@app/catalogue';
import type { OrganisationSummary } from '@app/support-organisation';
import { contentLanguage, todayIso, type Formatter } from './format';

/** An offer as a list shows it (home, organisation page): enough to choose to open it. */
export interface OfferCard {
  readonly url: string;
  readonly title: string;
  /** Set when the title is not in the page language. */
  readonly titleLang?: string;
  readonly summary: string;
  readonly summaryLang?: string;
  readonly category: string;
  readonly organisation?: { name: string; url: string; verified: boolean };
  readonly deadline?: { text: string; iso: string };
  readonly rolling: boolean;
  readonly expired: boolean;
}

export function offerCard(
  offer: PublicOfferView,
  fmt: Formatter,
  organisation?: OrganisationSummary,
  today = todayIso(),
): OfferCard {
  const t = offer.content.translations;
  const titleLang =
    contentLanguage((l) => !!t[l]?.title?.trim(), fmt.lang) ?? (fmt.lang as 'fr' | 'en');
  const summaryLang = contentLanguage((l) => !!t[l]?.summary?.trim(), fmt.lang) ?? titleLang;
  const deadline = offer.content.dates.deadline ?? null;
  return {
    url: `/offres/${encodeURIComponent(offer.slug)}`,
    title: t[titleLang]?.title?.trim() ?? '',
    titleLang: titleLang === fmt.lang ? undefined : titleLang,
    summary: t[summaryLang]?.summary?.trim() ?? '',
    summaryLang: summaryLang === fmt.lang ? undefined : summaryLang,
    category: fmt.term('category', offer.content.categoryCode),
    organisation: organisation
      ? {
          name: organisation.name,
          url: `/organisations/${encodeURIComponent(organisation.slug)}`,
          verified: organisation.verified,
        }
      : undefined,
    deadline:
      deadline && !offer.content.dates.rolling
        ? { text: fmt.date(deadline), iso: deadline }
        : undefined,
    rolling: offer.content.dates.rolling,
    expired:
      offer.state === 'expired' || (!offer.content.dates.rolling && !!deadline && deadline < today),
  };
}
