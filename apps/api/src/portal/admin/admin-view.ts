import { countryName, formatDateTime, intlLocale, languageName, MAX_PAGE_SIZE } from '@app/core';
import type { TermLabels } from '@app/catalogue';
import type { UiLanguage } from '../web/language';
import { pagination, type Pager } from '../web/pagination';
import { withQuery } from '../web/web-context';

/**
 * Dates, numbers and names in the page language, for the back-office templates. Times are
 * shown in UTC, named as such, so two admins in different countries read the same moment.
 */
export class AdminFormat {
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly numberFormat: Intl.NumberFormat;
  private readonly decimalFormat: Intl.NumberFormat;
  private readonly percentFormat: Intl.NumberFormat;

  constructor(readonly lang: UiLanguage) {
    // The same regional variants as every other page (intlLocale in @app/core).
    const locale = intlLocale(lang);
    this.dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.numberFormat = new Intl.NumberFormat(locale);
    this.decimalFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    this.percentFormat = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    });
  }

  dateTime(value: Date | string | null | undefined): string {
    const date = toDate(value);
    return date ? formatDateTime(date, this.lang) : '';
  }

  /** A calendar date (`2026-03-31` or a Date), without a time. */
  date(value: Date | string | null | undefined): string {
    const date = toDate(value);
    return date ? this.dateFormat.format(date) : '';
  }

  /** For `<time datetime>`. */
  iso(value: Date | string | null | undefined): string {
    const date = toDate(value);
    return date ? date.toISOString() : '';
  }

  number(value: number): string {
    return this.numberFormat.format(value);
  }

  decimal(value: number): string {
    return this.decimalFormat.format(value);
  }

  percent(share: number): string {
    return this.percentFormat.format(share);
  }

  country(code: string): string {
    return countryName(code.trim(), this.lang) ?? code;
  }

  language(code: string): string {
    return languageName(code, this.lang) ?? code;
  }

  /** A taxonomy label in the page language, then French, then English. */
  label(labels: TermLabels | null | undefined, fallback: string): string {
    if (!labels) return fallback;
    return labels[this.lang] ?? labels.fr ?? labels.en ?? fallback;
  }
}

function toDate(value: Date | string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The pagination partial's pager, with links that keep the filters of `path`. */
export function pager(path: string, page: number, pageSize: number, total: number): Pager {
  return pagination(page, total, pageSize, (n) =>
    withQuery(path, { page: n === 1 ? undefined : String(n) }),
  );
}

/** The text values of a query string, for DTO validation: empty ones are left out. */
export function queryValues(
  query: unknown,
  names: readonly string[],
): Record<string, string | undefined> {
  const source = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const out: Record<string, string | undefined> = {};
  for (const name of names) {
    const raw = source[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.trim();
  }
  // A page number from a hand-edited address is not a form error: back to the defaults.
  if (out.page !== undefined && !/^[1-9]\d{0,3}$/.test(out.page)) delete out.page;
  if (
    out.pageSize !== undefined &&
    (!/^[1-9]\d{0,2}$/.test(out.pageSize) || Number(out.pageSize) > MAX_PAGE_SIZE)
  ) {
    delete out.pageSize;
  }
  return out;
}

/** `3 h`, `2,5 j`: a waiting time or a delay given in hours, with the unit words from `t`. */
export function duration(
  hours: number | null | undefined,
  format: AdminFormat,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  if (hours === null || hours === undefined) return t('admin.duration.none');
  if (hours < 1) return t('admin.duration.minutes', { n: format.number(Math.round(hours * 60)) });
  if (hours < 48) return t('admin.duration.hours', { n: format.decimal(hours) });
  return t('admin.duration.days', { n: format.decimal(hours / 24) });
}
