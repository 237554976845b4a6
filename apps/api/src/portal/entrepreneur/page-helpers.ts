import {
  countryList,
  countryName,
  formatDay,
  intlLocale,
  languageList,
  languageName,
} from '@app/core';
import type { TaxonomyService, TaxonomyTermView, TaxonomyVocabulary } from '@app/catalogue';
import type { UiLanguage } from '../web/language';

/** Dates and amounts written the way the page's language writes them. */
export class Formats {
  constructor(readonly lang: UiLanguage) {}

  /** A calendar day (`YYYY-MM-DD`) or an instant, as a date; '' when there is none. */
  day(value: string | Date | null | undefined): string {
    const text = formatDay(value, this.lang);
    // An unreadable string stays unseen rather than shown raw.
    return text === value ? '' : text;
  }

  /** `YYYY-MM-DD` of an instant, for `<time datetime>`. */
  isoDay(value: string | Date | null | undefined): string {
    if (!value) return '';
    return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  }

  euros(amount: number): string {
    return new Intl.NumberFormat(intlLocale(this.lang), {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(amount);
  }
}

/** Names of countries, languages and taxonomy terms in the page's language. */
export class ReferenceLabels {
  private constructor(
    private readonly lang: UiLanguage,
    private readonly terms: readonly TaxonomyTermView[],
  ) {}

  static async load(taxonomy: TaxonomyService, lang: UiLanguage): Promise<ReferenceLabels> {
    return new ReferenceLabels(lang, await taxonomy.list(undefined, { includeRetired: true }));
  }

  country(code: string): string {
    return countryName(code, this.lang) ?? code;
  }

  language(code: string): string {
    return languageName(code, this.lang) ?? code;
  }

  term(vocabulary: TaxonomyVocabulary, code: string): string {
    const term = this.terms.find((t) => t.vocabulary === vocabulary && t.code === code);
    return term ? (term.labels[this.lang] ?? term.labels.fr) : code;
  }

  /** The selectable terms of a vocabulary with their labels, in display order. */
  choices(vocabulary: TaxonomyVocabulary): Array<{ code: string; label: string; child: boolean }> {
    return this.terms
      .filter((t) => t.vocabulary === vocabulary && t.selectable)
      .map((t) => ({
        code: t.code,
        label: t.labels[this.lang] ?? t.labels.fr,
        child: t.parentCode !== null,
      }));
  }

  countries(): Array<{ code: string; name: string }> {
    return countryList(this.lang);
  }

  languages(): Array<{ code: string; name: string }> {
    return languageList(this.lang);
  }
}

/** An offer's title in the page's language when it has one, else in the first it has. */
export function pickTitle(
  titles: Partial<Record<string, string | null | undefined>>,
  lang: UiLanguage,
): { text: string; lang: string } | null {
  for (const l of [lang, 'fr', 'en', 'pt', 'ar']) {
    const text = titles[l]?.trim();
    if (text) return { text, lang: l };
  }
  return null;
}

export const PAGE_SIZE = 20;

export function pageWindowOf(page: number, pageSize = PAGE_SIZE) {
  return { page, pageSize, offset: (page - 1) * pageSize, limit: pageSize };
}
