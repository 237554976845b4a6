import {
  countryName,
  escapeHtml,
  formatDay,
  intlLocale,
  isCurrencyCode,
  languageName,
  minorUnits,
  type ExchangeRates,
} from '@app/core';
import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
} from '@app/catalogue';
import type { Translate } from '../web/i18n';
import type { UiLanguage } from '../web/language';

/** A euro equivalent and the sentence giving its rate's date (for `title` or a footnote). */
export interface EuroEquivalent {
  readonly text: string;
  readonly note: string;
}
const collators = new Map<string, Intl.Collator>();

/**
 * Dates, amounts, countries, languages and taxonomy labels in the page language, for the
 * public pages' templates (which are synchronous: everything is resolved before rendering).
 */
export class Formatter {
  private readonly labels = new Map<string, TaxonomyTermView>();

  constructor(
    readonly lang: UiLanguage,
    terms: readonly TaxonomyTermView[] = [],
    /** Without rates, amounts in other currencies get no euro equivalent. */
    private readonly rates?: ExchangeRates,
  ) {
    for (const term of terms) this.labels.set(`${term.vocabulary}/${term.code}`, term);
  }

  /** A calendar date (`2026-12-31`) or an instant, as "31 décembre 2026". */
  date(value: string | Date | null | undefined): string {
    return formatDay(value, this.lang);
  }

  /** `2026-12-31` for <time datetime>. */
  isoDate(value: string | Date | null | undefined): string {
    if (!value) return '';
    return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  }

  /** An amount in minor units (cents, or francs for XOF) with its currency. */
  money(amountMinor: number | null | undefined, currency: string | null | undefined): string {
    if (amountMinor === null || amountMinor === undefined || !currency) return '';
    const digits = isCurrencyCode(currency) ? minorUnits(currency) : 2;
    const major = amountMinor / 10 ** digits;
    try {
      return new Intl.NumberFormat(intlLocale(this.lang), {
        style: 'currency',
        currency,
        maximumFractionDigits: Number.isInteger(major) ? 0 : digits,
      }).format(major);
    } catch {
      return `${major} ${currency}`;
    }
  }

  /** A funding range in words ("De 1 000 € à 5 000 €", "À partir de…", "Jusqu’à…"), if any. */
  amount(
    t: Translate,
    minMinor: number | null | undefined,
    maxMinor: number | null | undefined,
    currency: string | null | undefined,
  ): string | undefined {
    const min = this.money(minMinor, currency);
    const max = this.money(maxMinor, currency);
    if (min && max) return t('amount.range', { min, max });
    if (min) return t('amount.from', { min });
    if (max) return t('amount.upTo', { max });
    return undefined;
  }

  /**
   * "≈ 1 524 €" beside an amount (or a range) in another currency, with the date of the rate
   * for a title or a note; undefined for euros, no amount or a currency without a rate.
   */
  euros(
    t: Translate,
    minMinor: number | null | undefined,
    maxMinor: number | null | undefined,
    currency: string | null | undefined,
  ): EuroEquivalent | undefined {
    if (!this.rates || !currency) return undefined;
    const convert = (minor: number | null | undefined) =>
      minor === null || minor === undefined ? undefined : this.rates!.toEuros(minor, currency);
    const min = convert(minMinor);
    const max = convert(maxMinor);
    const eur = (value: number) => this.money(Math.round(value * 100), 'EUR');
    let text: string;
    if (min !== undefined && max !== undefined && min !== max)
      text = t('money.approxRange', { min: eur(min), max: eur(max) });
    else if (min !== undefined || max !== undefined)
      text = t('money.approx', { amount: eur((min ?? max)!) });
    else return undefined;
    return { text, note: t('money.rateNote', { date: this.date(this.rates.table.date) }) };
  }

  /** A number with the page language's grouping (facet counts, result counts). */
  number(value: number): string {
    return new Intl.NumberFormat(intlLocale(this.lang)).format(value);
  }

  /** A sentence with a count (an ICU plural message with a `count` argument). */
  count(t: Translate, key: string, count: number): string {
    return t(key, { count });
  }

  country(code: string): string {
    return countryName(code, this.lang) ?? code;
  }

  countries(codes: readonly string[]): string {
    return this.join(this.sorted(codes.map((c) => this.country(c))));
  }

  /** Items separated the way the page language writes lists ("a, b" / "a، b"). */
  join(items: readonly string[]): string {
    return items.join(this.lang === 'ar' ? '، ' : ', ');
  }

  language(code: string): string {
    return languageName(code, this.lang) ?? code;
  }

  languages(codes: readonly string[]): string {
    return this.join(codes.map((c) => this.language(c)));
  }

  /** A category, sector or stage label in the page language (French when not translated). */
  term(vocabulary: TaxonomyVocabulary, code: string): string {
    const term = this.labels.get(`${vocabulary}/${code}`);
    return term ? (term.labels[this.lang] ?? term.labels.fr) : code;
  }

  terms(vocabulary: TaxonomyVocabulary, codes: readonly string[]): string {
    return this.join(codes.map((c) => this.term(vocabulary, c)));
  }

  /** Names sorted the way a reader of this language expects. */
  sorted(names: readonly string[]): string[] {
    let collator = collators.get(this.lang);
    if (!collator) {
      collator = new Intl.Collator(intlLocale(this.lang));
      collators.set(this.lang, collator);
    }
    return [...names].sort((a, b) => collator.compare(a, b));
  }
}

/**
 * The language to show a piece of content in: the page's when the content has it, else the
 * first of French, English, Portuguese, Arabic that it has (the element then gets `lang`).
 */
export function contentLanguage(
  has: (lang: ContentLanguage) => boolean,
  preferred: UiLanguage,
): ContentLanguage | undefined {
  if (has(preferred)) return preferred;
  return CONTENT_LANGUAGES.find((l) => has(l));
}

export { escapeHtml };

/**
 * The search engines return title and summary HTML-escaped with `<mark>` around matches
 * (libs/search: PostgreSQL `markup`, Meilisearch `highlightHtml`). Checked again here: if
 * anything but `<mark>`/`</mark>` looks like markup, the plain text is escaped instead.
 */
export function safeHighlight(html: string, plain: string): string {
  const withoutMarks = html.replace(/<\/?mark>/g, '');
  return /[<>]/.test(withoutMarks) ? escapeHtml(plain) : html;
}

/** Today as `YYYY-MM-DD` (UTC), like the catalogue's expiry job. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A web address safe for an href: http(s) only (never javascript: or data:). */
export function httpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
