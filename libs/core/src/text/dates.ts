/**
 * The Intl locale of each interface language: one regional variant for every page, e-mail
 * and sentence (European Portuguese, British English), so a date reads the same everywhere.
 */
const INTL_LOCALES: Readonly<Record<string, string>> = {
  fr: 'fr-FR',
  en: 'en-GB',
  pt: 'pt-PT',
  ar: 'ar',
};

export function intlLocale(lang: string): string {
  return INTL_LOCALES[lang] ?? lang;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (`2026-12-17`, or an instant's day in UTC) as people read it in `lang`:
 * "17 décembre 2026", "17 December 2026", "١٧ ديسمبر ٢٠٢٦". '' for nothing; an unreadable
 * string is returned as it came. ISO stays for `<time datetime>` only.
 */
export function formatDay(value: string | Date | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const locale = intlLocale(lang);
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant with its time, in UTC and saying so ("8 déc. 2026, 14:05 UTC"): the pages are read
 * from Dakar to Paris, and the server's own zone is nobody's. '' for nothing.
 */
export function formatDateTime(value: string | Date | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const locale = intlLocale(lang);
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}
