/** The languages people read Passerelle in. French first: most of our users read it. */
export const LOCALES = ['fr', 'en', 'pt', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The locales each section of the catalogues is declared complete in: a missing key there
 * fails `npm run i18n:check` and the catalogue test. Every section a person outside the
 * team reads is complete in all four; the back office stays in French and English.
 */
export const DECLARED_COMPLETE: Readonly<Record<string, readonly Locale[]>> = {
  admin: ['fr', 'en'],
};

export function declaredComplete(section: string): readonly Locale[] {
  return DECLARED_COMPLETE[section] ?? LOCALES;
}
