import { DEFAULT_LOCALE, directionOf, isLocale, LOCALES, type Locale } from '@app/core';

/** Languages the pages are written in (the catalogues' locales). */
export const UI_LANGUAGES = LOCALES;
export type UiLanguage = Locale;
export const DEFAULT_UI_LANGUAGE: UiLanguage = DEFAULT_LOCALE;
export { directionOf };
/** Each language's name in itself (the language switch, language choices). */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  fr: 'Français',
  en: 'English',
  pt: 'Português',
  ar: 'العربية',
};
export const LANGUAGE_COOKIE = 'passerelle_lang';

export const isUiLanguage = isLocale;

/** Best language from an Accept-Language header among ours, by quality then order. */
export function fromAcceptLanguage(header: string | undefined): UiLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.q > 0 && isUiLanguage(entry.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.tag as UiLanguage | undefined;
}

/**
 * The page language: an explicit ?lang= (the switch), then the remembered choice,
 * then the account's preference, then the browser's, then French.
 */
export function resolveLanguage(input: {
  query?: unknown;
  cookie?: string;
  preferred?: string;
  acceptLanguage?: string;
}): UiLanguage {
  if (isUiLanguage(input.query)) return input.query;
  if (isUiLanguage(input.cookie)) return input.cookie;
  if (isUiLanguage(input.preferred)) return input.preferred;
  return fromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_UI_LANGUAGE;
}
